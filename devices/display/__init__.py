"""The 2x20 customer display: command sets (CD5220, ESC/POS) and the serial transport."""
