"""The review checklist (§7): `engine` runs the rules in `rules/` over a draft; `text` is what they share."""
