"""Reservations of rooms and areas (reservations.py) and registrations for courses and
events (courses.py), and seasonal application rounds (rounds.py)."""

from .courses import Course, CourseSession, Registration
from .reservations import DenyReason, Occupancy, Reservation, ReservationSeries, Unit
from .rounds import AgeGroup, Application, ApplicationRound, ApplicationWish

__all__ = [
    "AgeGroup",
    "Application",
    "ApplicationRound",
    "ApplicationWish",
    "Course",
    "CourseSession",
    "DenyReason",
    "Occupancy",
    "Registration",
    "Reservation",
    "ReservationSeries",
    "Unit",
]
