"""Receipt printing: the slip laid out as text, ESC/POS bytes and PDF, and the printer port."""
