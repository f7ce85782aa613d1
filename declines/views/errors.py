"""Error pages that keep the site's look and a way back."""

from django.shortcuts import render


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context: the failure may lie in whatever it needs.
    return render(request, "500.html", status=500)
