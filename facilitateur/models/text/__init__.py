"""Words as people write and read them: accent folding, plural counts, the forms of dates and times."""
