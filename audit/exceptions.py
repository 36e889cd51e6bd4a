from django.http import Http404

from audit.models import AccessLog


class Refused(Http404):
    """Someone asked for a thing they may not see. They get the usual "not found" page;
    audit.middleware writes a refused row to the access log with whatever is known here."""

    def __init__(self, *, subject=None, kind=AccessLog.Kind.PAGE, object_id=None):
        super().__init__()
        self.subject = subject
        self.kind = kind
        self.object_id = object_id
