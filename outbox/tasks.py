"""Beat sweeps for the outbox: each is safe to run twice at once (rows are claimed)."""

from celery import shared_task


@shared_task
def emails_sweep():
    """Every minute: send e-mails still waiting (a mail server that failed, a worker that died)."""
    from outbox.emails import emails_forget, emails_send

    sent = emails_send()
    emails_forget()
    return sent


@shared_task
def queued_tasks_sweep():
    """Every minute: hand the broker work saved while it was away."""
    from outbox.queue import queued_tasks_publish

    return queued_tasks_publish()
