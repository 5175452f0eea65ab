"""The agenda and its timing: the event, its days and blocks, the timer's transitions, the day as it runs, the podium."""
