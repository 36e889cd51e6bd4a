"""Named events: a service that changes facts other apps judge from says so here.

Saving one row sends Django's model signals, but a bulk write (`update()`, `bulk_create()`)
sends nothing. Rather than write row by row so that listeners hear, a service that changes
these facts in bulk sends one of these events after the change, naming the people it was
about. Any app may send or receive them; this package imports no app, so sending one never
ties the sender to whoever listens (readiness/signals.py listens today).

Each is sent with `people`: the user ids of the people concerned.
"""

from django.dispatch import Signal

# Who supervises these volunteers changed: a supervision started or ended.
supervisors_changed = Signal()
# These people's places in meetings changed: cancelled, moved, or attendance recorded.
meetings_changed = Signal()
