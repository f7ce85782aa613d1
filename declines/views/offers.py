"""Offers: add one, see it, edit it."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from declines.forms import OfferForm
from declines.ownership import get_offer_for_user


@require_http_methods(["GET", "POST"])
def offer_new(request):
    form = OfferForm(data=request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        offer = form.save()
        messages.success(request, f"Saved your offer from {offer.company}.")
        return redirect(offer)
    return render(request, "declines/offer_form.html", {"form": form})


@require_safe
def offer_detail(request, pk):
    offer = get_offer_for_user(request.user, pk)
    return render(request, "declines/offer_detail.html", {"offer": offer})


@require_http_methods(["GET", "POST"])
def offer_edit(request, pk):
    offer = get_offer_for_user(request.user, pk)
    form = OfferForm(data=request.POST or None, instance=offer, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your changes are saved.")
        return redirect(offer)
    return render(request, "declines/offer_form.html", {"form": form, "offer": offer})
