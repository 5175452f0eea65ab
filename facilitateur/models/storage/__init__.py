"""Where an event is kept: the file or shared database, its schema and migrations, the journal, backups, merges and transfers."""
