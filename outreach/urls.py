from django.urls import path

from outreach import views
from outreach.distance import views as distance

app_name = "outreach"

urlpatterns = [
    path("", views.caseload, name="caseload"),
    path("referrals/new/", views.referral_new, name="referral_new"),
    path("people/<int:pk>/", views.first_stepper, name="first_stepper"),
    path("people/<int:pk>/contact/", views.contact_new, name="contact_new"),
    path("people/<int:pk>/stage/", views.stage, name="stage"),
    path("people/<int:pk>/step-back/", views.step_back, name="step_back"),
    path("people/<int:pk>/come-back/", views.re_engage, name="re_engage"),
    path("people/<int:pk>/told-about-data/", views.told_about_data, name="told_about_data"),
    path("people/<int:pk>/opt-out/", views.opt_out, name="opt_out"),
    path("people/<int:pk>/review/", views.review, name="review"),
    path("people/<int:pk>/assign/", views.assign, name="assign"),
    path("people/<int:pk>/erase/", views.erase, name="erase"),
    path("people/<int:pk>/export/", views.export, name="export"),
    path("people/<int:pk>/reading/", distance.reading_new, name="reading_new"),
    path("manage/", views.manage, name="manage"),
    path("distance-travelled/", distance.instrument, name="instrument"),
    path("sources/", views.sources, name="sources"),
    path("sources/<int:pk>/toggle/", views.source_toggle, name="source_toggle"),
]
