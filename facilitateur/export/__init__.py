"""Writers of the event to files (JSON, later PDF and CSV). No Qt here."""
