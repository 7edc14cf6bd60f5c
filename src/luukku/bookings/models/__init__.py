"""Reservations of rooms and areas (reservations.py) and registrations for courses and
events (courses.py)."""

from .courses import Course, CourseSession, Registration

__all__ = ["Course", "CourseSession", "Registration"]
