"""gunicorn's settings for Declines, read from the folder gunicorn starts in: the Dockerfile's command, `make bench`
and `make loadtest` all start it here.

The app is loaded once, in gunicorn's master process, and the checklist's phrase patterns are compiled there before
any worker is forked, so every worker starts with them. Otherwise each worker compiled them in its first checklist:
a preview or a compose page that took two to five seconds more, once per worker, after every deploy or restart.
"""

preload_app = True


def when_ready(server):
    """Compile the review rules' patterns in the master, once the app is loaded and before the workers are forked."""
    from django.urls import get_resolver

    from declines.review.text import CaseBlind

    get_resolver().url_patterns  # noqa: B018 (the URLs import the views, and with them the review rules)
    CaseBlind.compile_all()
