"""The Open Space: rooms, slots, topics, the board, its solver, reports."""
