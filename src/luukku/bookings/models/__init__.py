"""Reservations of rooms and areas (reservations.py) and registrations for courses and
events (courses.py)."""

from .courses import Course, CourseSession, Registration
from .reservations import DenyReason, Occupancy, Reservation, ReservationSeries, Unit

__all__ = [
    "Course",
    "CourseSession",
    "DenyReason",
    "Occupancy",
    "Registration",
    "Reservation",
    "ReservationSeries",
    "Unit",
]
