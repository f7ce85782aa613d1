"""`/`: the dashboard for a signed-in user, and for a visitor the page that says what Declines is."""

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render
from django.views.decorators.http import require_safe

from declines.views import dashboard


@login_not_required
@require_safe
def home(request):
    if request.user.is_authenticated:
        return dashboard.dashboard(request)
    return render(request, "declines/home/home.html")
