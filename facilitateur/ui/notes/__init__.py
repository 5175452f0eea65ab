"""Notes: every note, decision and action of the day, found and edited."""
