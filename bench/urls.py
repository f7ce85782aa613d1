"""The app's URLs plus the yardsticks of `bench/pages.py`.

`bench/bare/` does nothing but answer "ok", behind the same middleware as
every page (so a logged-in request still loads its session and user): what a
page costs on top of it is the page's own work. `bench/empty/` is an empty
page in the site's layout (`base.html`: the navigation, the messages, the
scripts), which every page pays for before its own content.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import include, path
from django.views.decorators.http import require_safe


@require_safe
def bare(request):
    return HttpResponse("ok", content_type="text/plain")


@require_safe
def empty(request):
    return render(request, "base.html")


urlpatterns = [
    path("bench/bare/", bare, name="bench_bare"),
    path("bench/empty/", empty, name="bench_empty"),
    path("", include("declines.urls")),
]

handler404 = "declines.views.errors.page_not_found"
handler500 = "declines.views.errors.server_error"
