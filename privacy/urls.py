from django.urls import path

from privacy import views

app_name = "privacy"

# Mounted under /people/ beside the people app's own pages.
urlpatterns = [
    path("<int:pk>/export/", views.export, name="export"),
    path("<int:pk>/erase/", views.erase, name="erase"),
]
