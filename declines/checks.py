"""System checks for settings that are valid alone but wrong together."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def proxy_addresses(app_configs, **kwargs):
    """Behind a proxy every visitor arrives from the proxy's address, so the
    throttles would count all of them as one unless told which hop to believe."""
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None) and settings.TRUSTED_PROXY_COUNT == 0:
        return [
            Warning(
                "BEHIND_TLS_PROXY is set but TRUSTED_PROXY_COUNT is 0: every visitor shares the proxy's "
                "address, so a few wrong passwords lock everyone out.",
                hint="Set TRUSTED_PROXY_COUNT to the number of proxies that append to X-Forwarded-For.",
                id="declines.W001",
            )
        ]
    return []


@register()
def site_url_for_links_without_a_request(app_configs, **kwargs):
    """Pages build their links from the request when SITE_URL is unset; reminder
    emails answer no request, so `send_reminders` needs it. On a laptop (DEBUG)
    that is expected; a production server without it sends no reminders."""
    if not settings.SITE_URL and not settings.DEBUG:
        return [
            Warning(
                "SITE_URL is not set: pages link to the address they were asked for, but send_reminders "
                "refuses to run, since its emails must link to the site's public address.",
                hint="Set SITE_URL to the public address, e.g. https://declines.example.com.",
                id="declines.W002",
            )
        ]
    return []
