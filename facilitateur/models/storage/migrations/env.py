"""Alembic environment: the application passes its own connection in `config.attributes`."""

from alembic import context

from facilitateur.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through facilitateur.models.storage.schema.migrate")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
