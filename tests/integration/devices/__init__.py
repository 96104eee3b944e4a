"""Integration tests of the device layer: real pyserial on pseudo-terminals, TCP, files, PDF."""
