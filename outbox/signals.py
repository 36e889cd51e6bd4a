from celery.signals import task_prerun

from outbox.queue import HEADER, queued_task_started


@task_prerun.connect(weak=False)
def _forget_queued_task(sender=None, task=None, **kwargs):
    request = getattr(task, "request", None)
    if request is None or getattr(request, "is_eager", False):
        return
    pk = getattr(request, HEADER, None) or (getattr(request, "headers", None) or {}).get(HEADER)
    if pk:
        queued_task_started(pk)
