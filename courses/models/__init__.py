from courses.models.activity import (
    Certificate,
    CourseStatus,
    LessonCompletion,
    PolicyAcknowledgement,
    PolicyVersion,
    QuizAttempt,
    ReflectionAnswer,
)
from courses.models.classroom import ATTENDED, Attendance, Booking, BookingState, ClassroomSession, RegisterEntry
from courses.models.corrections import ContentCorrection
from courses.models.pages import (
    REQUIRED_CATEGORIES,
    Category,
    Course,
    Delivery,
    LearningHub,
    Lesson,
    Module,
    PoliciesIndex,
    PolicyPage,
)

__all__ = [
    "ATTENDED",
    "REQUIRED_CATEGORIES",
    "Attendance",
    "Booking",
    "BookingState",
    "Category",
    "Certificate",
    "ContentCorrection",
    "ClassroomSession",
    "Course",
    "CourseStatus",
    "Delivery",
    "LearningHub",
    "Lesson",
    "LessonCompletion",
    "Module",
    "PoliciesIndex",
    "PolicyAcknowledgement",
    "PolicyPage",
    "PolicyVersion",
    "QuizAttempt",
    "ReflectionAnswer",
    "RegisterEntry",
]
