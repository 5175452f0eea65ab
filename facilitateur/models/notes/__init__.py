"""Notes, decisions and actions: the one-line capture, deadlines, the notes as listed."""
