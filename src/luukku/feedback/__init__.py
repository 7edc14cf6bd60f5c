"""Feedback of every kind, satisfaction surveys and documented hard situations
(docs/feedback.md): feedback arrives as cases through the one write path."""
