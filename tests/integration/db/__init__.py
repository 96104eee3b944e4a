"""Integration tests of the database adapter on real SQLite files built by the migrations."""
