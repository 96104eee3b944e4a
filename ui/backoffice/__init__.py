"""The manager's back office: members, cards, programme, staff, import and export, audit log.

`BackOfficeWindow` hosts one panel per area in tabs; `panels.PANELS` lists them. Every panel is
a QWidget built from a `BackOffice` (the collaborators it needs) and reads or writes only
through the use cases in `pos_loyalty.services`, off the GUI thread through `ui.worker.Worker`.
"""
