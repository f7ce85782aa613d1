"""The static files' storage in production: whitenoise's, with each URL worked out once a process.

The manifest of hashed names is read once, when the process starts, and does
not change until the next deployment; yet every page asked it again for the
same half-dozen URLs (its stylesheets and scripts), about 40 µs each.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls: dict[str, str] = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        try:
            return self._urls[name]
        except KeyError:
            url = self._urls[name] = super().url(name)
            return url
