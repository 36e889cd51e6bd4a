from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("", views.people_list, name="list"),
    path("invite/", views.invite, name="invite"),
    path("invitations/<int:pk>/revoke/", views.invitation_revoke, name="invitation_revoke"),
    path("join/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("placements/", views.placements, name="placements"),
    path("me/step-back/", views.step_back, name="step_back"),
    path("<int:pk>/", views.person, name="person"),
    path("<int:pk>/access-log/", views.access_log, name="access_log"),
    path("<int:pk>/status/", views.status_change, name="status_change"),
    path("<int:pk>/roles/", views.roles_change, name="roles_change"),
    path("<int:pk>/first-steps/", views.first_steps_change, name="first_steps_change"),
]
