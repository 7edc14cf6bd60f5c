"""Writes of the walk-in queue: the day, tickets, calling and serving (docs/queue.md)."""
