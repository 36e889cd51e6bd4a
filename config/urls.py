from django.conf import settings
from django.contrib import admin
from django.urls import include, path, reverse_lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config import views
from people.language_views import language_choose

# Wagtail's own sign-in, sign-out and password-reset pages (in the admin, and the learning
# site's /learn/_util/login/) would be a second way in around allauth (and its e-mail
# verification, rate limits and MFA), so they lead to allauth's.
wagtail_account_redirects = [
    path("cms/login/", RedirectView.as_view(url=reverse_lazy("account_login"), query_string=True)),
    path("learn/_util/login/", RedirectView.as_view(url=reverse_lazy("account_login"), query_string=True)),
    path("cms/logout/", RedirectView.as_view(url=reverse_lazy("account_logout"))),
    path(
        "cms/password_reset/",
        RedirectView.as_view(url=reverse_lazy("account_reset_password")),
    ),
    path(
        "cms/password_reset/<path:rest>",
        RedirectView.as_view(url=reverse_lazy("account_reset_password")),
    ),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("switch-role/", views.switch_role, name="switch_role"),
    path("language/", language_choose, name="language_choose"),
    path("accounts/", include("allauth.urls")),
    path("people/", include("people.urls")),
    path("people/", include("privacy.urls")),
    path("supervision/", include("supervision.urls")),
    path("first-steps/", include("outreach.urls")),
    path("readiness/", include("readiness.urls")),
    *wagtail_account_redirects,
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("django-admin/", admin.site.urls),
    path("courses/", include("courses.urls")),
    path("verify/", include("courses.urls_verify")),
    path("learn/", include(wagtail_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
