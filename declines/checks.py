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
