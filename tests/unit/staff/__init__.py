"""Unit tests of the staff accounts a manager keeps and the audit log they read."""
