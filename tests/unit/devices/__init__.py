"""Unit tests of the device layer: pure logic, fakes only."""
