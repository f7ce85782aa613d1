"""Write paths: every change that touches more than one row goes through here."""

from django.contrib.auth import get_user_model
from django.db import transaction

from declines.models import Profile


@transaction.atomic
def user_create(*, username: str, email: str, password: str, full_name: str = ""):
    user = get_user_model().objects.create_user(username=username, email=email, password=password)
    Profile.objects.create(user=user, full_name=full_name)
    return user
