"""Write paths: every change that touches more than one row goes through here,
one module per area (accounts, offers, drafts, follow-ups, templates, coaching).

Each function is keyword-only and atomic, so a view parses input, calls one
service and renders; it never writes rows itself.
"""


class EditConflict(Exception):
    """The row changed since the user opened it; their save was not applied."""

    def __init__(self, current):
        super().__init__("The row changed since it was opened.")
        self.current = current
