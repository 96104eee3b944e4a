"""The back office's Programme tab: the programme editor, its preview and personal offers.

One module per section of the programme (`tiers`, `caps`, `categories`, `expiry`, `bonuses`,
`membership`, `promotions` with `promotion_form`), the personal offers (`offers`), the preview
of a sample check (`preview`), and the panel that puts them together and saves (`panel`).
"""

from ui.backoffice.programme.panel import ProgrammePanel

__all__ = ["ProgrammePanel"]
