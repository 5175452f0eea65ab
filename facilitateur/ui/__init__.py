"""The Qt interface. It changes state only through commands (see facilitateur.models.commands)."""
