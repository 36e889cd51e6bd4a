from courses import catalogue


class ContentFromCache:
    """Reads the content version once for the request (courses.catalogue), and the Wagtail
    Site: Wagtail looks that up for each request (to serve a page, or to build a page's
    address) with a query, yet it is the same for everyone on a host, so it comes from the
    cache and is put where Wagtail keeps it for the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = catalogue.request_started()
        try:
            if not hasattr(request, "_wagtail_site"):
                request._wagtail_site = catalogue.site_for(request)
            return self.get_response(request)
        finally:
            catalogue.request_finished(token)
