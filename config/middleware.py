"""Answer a malformed admin address with a 400 that says so, not a 500.

Django's admin and django-simple-history read values from the address (an object's id, a
history id, a date drill-down's year, any ``?field=value`` filter on the model's own
fields) without checking that the value fits the field: "abc" as an id, year 0, a
twenty-digit number, a NUL byte. The database or the date library then raises while the
page is built. Such a request is the address's fault, so staff get a 400 page in the admin
that names the address, and the error is logged in case it was ours after all. Only reads
are answered this way: a failing save still fails loudly.
"""

import logging

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import DataError
from django.template.response import TemplateResponse

logger = logging.getLogger(__name__)

# What a value that does not fit its field raises inside the admin: int() and the date
# constructors (ValueError, OverflowError), a field's to_python (ValidationError), and the
# database itself (DataError: a number out of range or a NUL byte in text on PostgreSQL).
UNREADABLE_VALUE = (ValueError, OverflowError, ValidationError, DataError)


class AdminBadAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = request.resolver_match
        if (
            not isinstance(exception, UNREADABLE_VALUE)
            or match is None
            or match.namespace != admin.site.name
            or request.method not in ("GET", "HEAD")
        ):
            return None
        logger.warning("Admin address %s could not be read", request.get_full_path(), exc_info=True)
        context = {
            **admin.site.each_context(request),
            "title": "This address cannot be read",
            "address": request.get_full_path(),
        }
        return TemplateResponse(request, "admin/bad_address.html", context, status=400)
