from django.urls import path

from supervision.views import booking, calendar, checkins, meetings, series, team

app_name = "supervision"

urlpatterns = [
    path("", team.index, name="index"),
    path("team/", team.team, name="team"),
    path("assignments/", team.assignments, name="assignments"),
    path("volunteers/<int:pk>/", team.volunteer, name="volunteer"),
    path("volunteers/<int:pk>/assign/", team.assign, name="assign"),
    path("volunteers/<int:pk>/book/", booking.book, name="book"),
    path("availability/", booking.availability, name="availability"),
    path("availability/<int:pk>/remove/", booking.availability_remove, name="availability_remove"),
    path("mine/", checkins.mine, name="mine"),
    path("check-in/", checkins.checkin, name="checkin"),
    path("my-wellbeing/", checkins.my_wellbeing, name="my_wellbeing"),
    path("flags/<int:pk>/", checkins.flag, name="flag"),
    path("meetings/", meetings.meetings, name="meetings"),
    path("meetings/<int:pk>/", meetings.meeting, name="meeting"),
    path("meetings/<int:pk>/attendance/", meetings.attendance, name="attendance"),
    path("meetings/<int:pk>/topics/", meetings.topics, name="topics"),
    path("meetings/<int:pk>/record/", meetings.record, name="record"),
    path("meetings/<int:pk>/actions/", meetings.action_add, name="action_add"),
    path("meetings/<int:pk>/move/", meetings.move, name="move"),
    path("meetings/<int:pk>/cancel/", meetings.cancel, name="cancel"),
    path("meetings/<int:pk>/ask-to-move/", meetings.ask_to_move, name="ask_to_move"),
    path("meetings/<int:pk>/meeting.ics", meetings.meeting_ics, name="meeting_ics"),
    path("move-requests/<int:pk>/", meetings.move_request, name="move_request"),
    path("actions/<int:pk>/done/", meetings.action_done, name="action_done"),
    path("series/", series.series_list, name="series_list"),
    path("series/new/", series.series_new, name="series_new"),
    path("series/<int:pk>/", series.series_edit, name="series_edit"),
    path("series/<int:pk>/people/", series.series_members, name="series_members"),
    path("rhythm/", series.rhythm, name="rhythm"),
    path("rhythm/<slug:key>/", series.rhythm_apply, name="rhythm_apply"),
    path("calendar/", calendar.calendar, name="calendar"),
    path("calendar/reset/", calendar.calendar_reset, name="calendar_reset"),
    path("calendar/<str:token>.ics", calendar.calendar_feed, name="calendar_feed"),
]
