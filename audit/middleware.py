from django.core.exceptions import PermissionDenied

from audit.exceptions import Refused
from audit.models import AccessLog
from audit.services import access_record


class AccessLogMiddleware:
    """Log every refused access by a signed-in person: a permission check that answered
    "not found" (audit.exceptions.Refused) or a PermissionDenied. A plain 404 for something
    that does not exist is not a refusal, and people who are not signed in are sent to sign in.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if isinstance(exception, Refused):
            access_record(request=request, kind=exception.kind, subject=exception.subject,
                          object_id=exception.object_id, outcome=AccessLog.Outcome.REFUSED)
        elif isinstance(exception, PermissionDenied):
            access_record(request=request, kind=AccessLog.Kind.PAGE, outcome=AccessLog.Outcome.REFUSED)
        return None
