"""Speakers: the queue of each block and who spoke how long."""
