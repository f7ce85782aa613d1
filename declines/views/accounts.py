"""Sign up, and Django's own views for passwords with our forms and limits.

Log in and log out are Django's views as they are (see urls.py); wrong
passwords anywhere are counted by django-axes (`declines/throttle.py`).
"""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from declines import throttle
from declines.forms import PasswordChangeForm, SignUpForm
from declines.services.accounts import user_create
from declines.views.account_settings import site_url


def _next_url(request) -> str:
    """Where to go once signed up (a coach's invitation, say): a page of this site only."""
    url = request.POST.get("next") or request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return url if safe else ""


@login_not_required
@require_http_methods(["GET", "POST"])
def signup(request):
    next_url = _next_url(request)
    if request.user.is_authenticated:
        return redirect(next_url or "dashboard")
    form = SignUpForm(data=request.POST or None)
    context = {"form": form, "next": next_url}
    if request.method == "POST" and not throttle.signup_allowed(request):
        form.is_valid()  # so that what was typed is shown back, with any other problem
        form.add_error(None, "Too many sign-ups from your network in the last hour. Please try again later.")
        return render(request, "registration/signup.html", context, status=429)
    if request.method == "POST" and form.is_valid():
        user = user_create(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
            full_name=form.cleaned_data["full_name"],
            site_url=site_url(request),
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to Declines. Your account is ready.")
        return redirect(next_url or "dashboard")
    return render(request, "registration/signup.html", context)


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = PasswordChangeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset by email, limited per address and per email typed.

    Whether or not an account uses the address, the answer is the same page;
    the link in the email points at SITE_URL when it is set, never at the
    Host the request named. Without it (a laptop), it points where the
    request came, a Host that ALLOWED_HOSTS has already vetted.
    """

    email_template_name = "registration/password_reset_email.txt"

    def form_valid(self, form):
        problem = throttle.password_reset_problem(self.request, form.cleaned_data["email"])
        if problem:
            form.add_error("email", problem)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        self.extra_email_context = {"site_url": site_url(self.request)}
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    def form_valid(self, form):
        response = super().form_valid(form)
        # A person locked out by their own wrong guesses, who has just proved
        # they own the account, may log in with the new password at once.
        throttle.forget_failures(self.request, username=form.user.get_username())
        return response
