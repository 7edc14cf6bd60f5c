"""Luukku: a municipality's one-stop, multichannel customer service."""
