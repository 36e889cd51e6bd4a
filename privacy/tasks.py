"""Background jobs for data protection: thin adapters around privacy.services."""

from celery import shared_task


@shared_task
def retention_sweep():
    """Daily (beat): delete or anonymise whatever has passed its retention period."""
    from privacy import services

    return services.retention_sweep()
