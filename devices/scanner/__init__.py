"""Card scanners: byte framing, scan validation, the serial reader and the keyboard wedge."""
