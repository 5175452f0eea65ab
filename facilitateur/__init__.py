"""Facilitateur: run a gathering offline from the podium and write its synthesis."""

__version__ = "0.1.0"
