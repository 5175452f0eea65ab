"""Animer / Run: the podium view and the stage display."""
