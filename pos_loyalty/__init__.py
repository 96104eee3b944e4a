"""POS Loyalty: the loyalty core (domain rules and use cases), free of any framework."""

__version__ = "0.1.0"
