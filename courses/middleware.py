import logging

from courses import content_cache


class ContentFromCache:
    """Reads the content version once for the request (courses.content_cache), with the Wagtail
    Site and the site root paths: Wagtail looks those up for each request (to serve a page,
    or to build a page's address) from the database or the cache, yet they are the same for
    everyone, so they come from what this process keeps and are put where Wagtail keeps them
    for the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = content_cache.request_started()
        try:
            if not hasattr(request, "_wagtail_site"):
                request._wagtail_site = content_cache.site_for(request)
            if not hasattr(request, "_wagtail_cached_site_root_paths"):
                request._wagtail_cached_site_root_paths = content_cache.site_root_paths()
            return self.get_response(request)
        finally:
            content_cache.request_finished(token)


class ScheduledPublishingInProcess:
    """In the embedded mode there is no Celery beat, so the site itself publishes what editors
    scheduled: at most once a minute in each process, after answering a request. Off when a
    worker runs beat (settings.WAYMARK_PUBLISH_SCHEDULED_IN_PROCESS)."""

    INTERVAL_SECONDS = 60
    # For the process: Wagtail builds a fresh middleware chain for every preview.
    last_run = 0.0

    def __init__(self, get_response):
        from django.conf import settings
        from django.core.exceptions import MiddlewareNotUsed

        if not settings.WAYMARK_PUBLISH_SCHEDULED_IN_PROCESS:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        import time

        response = self.get_response(request)
        now = time.monotonic()
        due = now - ScheduledPublishingInProcess.last_run >= self.INTERVAL_SECONDS
        if due and not getattr(request, "is_dummy", False):
            ScheduledPublishingInProcess.last_run = now
            from courses import tasks

            try:
                tasks.publish_scheduled()
            except Exception:
                # The person asking for a page must still get it.
                logging.getLogger(__name__).exception("Scheduled publishing failed")
        return response
