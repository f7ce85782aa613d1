"""`{{ draft|snippet }}`: a draft as a line of plain text to glance at (`composer.snippet`)."""

from django import template

from declines import composer

register = template.Library()
register.filter("snippet", composer.snippet)
