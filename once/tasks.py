from celery import shared_task

from once.services import submitted_forms_forget


@shared_task
def forget_submitted_forms():
    """Daily (beat): a key only matters for the seconds around a double tap."""
    return submitted_forms_forget()
