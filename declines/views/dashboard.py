"""The dashboard: the user's offers at a glance."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from declines.models import Offer


@require_safe
def dashboard(request):
    offers = Offer.objects.for_user(request.user).order_by("status", "respond_by", "-received_on", "pk")
    return render(request, "declines/dashboard.html", {"offers": offers})
