"""Customer relationships (docs/relationships.md): segments, customer plans and their annual
clock of meetings, announcements to segments, contact preferences."""
