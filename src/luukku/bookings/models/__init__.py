from .reservations import (
    DenyReason,
    Occupancy,
    Reservation,
    ReservationSeries,
    Unit,
)

__all__ = [
    "DenyReason",
    "Occupancy",
    "Reservation",
    "ReservationSeries",
    "Unit",
]
