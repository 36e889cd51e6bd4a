from courses import catalogue


class ContentFromCache:
    """Reads the content version once for the request (courses.catalogue), with the Wagtail
    Site and the site root paths: Wagtail looks those up for each request (to serve a page,
    or to build a page's address) from the database or the cache, yet they are the same for
    everyone, so they come from what this process keeps and are put where Wagtail keeps them
    for the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = catalogue.request_started()
        try:
            if not hasattr(request, "_wagtail_site"):
                request._wagtail_site = catalogue.site_for(request)
            if not hasattr(request, "_wagtail_cached_site_root_paths"):
                request._wagtail_cached_site_root_paths = catalogue.site_root_paths()
            return self.get_response(request)
        finally:
            catalogue.request_finished(token)
