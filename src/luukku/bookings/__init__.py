"""Reservations of rooms and areas, and registrations for courses and events (docs/bookings.md):
charged through commerce, written on the customer's case."""
