from django.urls import path

from readiness import views

app_name = "readiness"

urlpatterns = [
    path("", views.board, name="board"),
    path("reports/", views.report, name="reports"),
    path("reports.csv", views.report_csv, name="reports_csv"),
    path("reports/first-steps/", views.first_steps_report, name="first_steps_report"),
    path("reports/first-steps.csv", views.first_steps_report_csv, name="first_steps_report_csv"),
    path("reports/distance-travelled/", views.distance_report, name="distance_report"),
    path("reports/distance-travelled.csv", views.distance_report_csv, name="distance_report_csv"),
    path("rules/", views.settings_page, name="settings"),
    path("rules/checks/", views.add_check_type, name="add_check_type"),
    path("rules/courses/", views.add_required_course, name="add_required_course"),
    path("rules/courses/<int:pk>/remove/", views.remove_required_course, name="remove_required_course"),
    path("mine/", views.mine, name="mine"),
    path("volunteers/<int:user_id>/", views.checklist, name="checklist"),
    path("volunteers/<int:user_id>/checks/", views.record_check, name="record_check"),
    path("volunteers/<int:user_id>/checks/start/", views.start_check, name="start_check"),
    path("volunteers/<int:user_id>/checks/chase/", views.chase_check, name="chase_check"),
    path("volunteers/<int:user_id>/sign-off/", views.sign_off, name="sign_off"),
]
