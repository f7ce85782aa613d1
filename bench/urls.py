"""The app's URLs plus `bench/bare/`, the yardstick of `bench/pages.py`.

The bare view does nothing but answer "ok", behind the same middleware as
every page (so a logged-in request still loads its session and user): what a
page costs on top of it is the page's own work.
"""

from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.http import require_safe


@require_safe
def bare(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/bare/", bare, name="bench_bare"),
    path("", include("declines.urls")),
]

handler404 = "declines.views.errors.page_not_found"
handler500 = "declines.views.errors.server_error"
