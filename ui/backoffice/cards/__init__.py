"""The back office's Cards tab: find a card, block it, replace it, issue and print cards."""

from ui.backoffice.cards.panel import CardsPanel

__all__ = ["CardsPanel"]
