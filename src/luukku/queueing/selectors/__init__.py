"""Reads of the walk-in queue: the day, the desks' lines, the display, a ticket's place."""
