from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("lessons/<int:pk>/quiz/", views.quiz_submit, name="quiz_submit"),
    path("lessons/<int:pk>/complete/", views.lesson_complete, name="lesson_complete"),
    path("lessons/<int:pk>/reflections/<str:block_id>/", views.reflection_save, name="reflection_save"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt_detail"),
    path("reflections/<int:pk>/", views.reflection_detail, name="reflection_detail"),
    path("sessions/", views.session_list, name="session_list"),
    path("sessions/new/", views.session_new, name="session_new"),
    path("sessions/<int:pk>/book/", views.session_book, name="session_book"),
    path("sessions/<int:pk>/register/", views.register, name="register"),
    path("sessions/<int:pk>/edit/", views.session_edit, name="session_edit"),
    path("sessions/<int:pk>/cancel/", views.session_cancel, name="session_cancel"),
    path("bookings/<int:pk>/cancel/", views.booking_cancel, name="booking_cancel"),
    path("certificates/<int:pk>/", views.certificate_download, name="certificate_download"),
    path("policies/<int:pk>/acknowledge/", views.policy_acknowledge, name="policy_acknowledge"),
]
