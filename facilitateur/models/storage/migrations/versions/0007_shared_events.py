"""Several laptops on one event: a version per row, the laptop and the id of each journal
entry, the podium's holder; on PostgreSQL, foreign keys checked at commit (undo replays a
command's rows in any order, as SQLite's `defer_foreign_keys` allows).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED = (
    "event",
    "day",
    "agenda_block",
    "person",
    "speaker_entry",
    "timer_transition",
    "note",
    "room",
    "slot",
    "topic",
    "placement",
    "workshop_report",
    "proposal",
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("journal") as batch:
        batch.add_column(sa.Column("origin", sa.String(36), nullable=False, server_default=""))
        batch.add_column(sa.Column("author", sa.String(300), nullable=False, server_default=""))
        batch.add_column(sa.Column("command_id", sa.String(36), nullable=True))
    op.create_index("ix_journal_command_id", "journal", ["command_id"], unique=True)
    # Notes are listed in the order they were written (`note.add` keeps their instants apart).
    op.create_index("ix_note_created_at", "note", ["created_at"])
    with op.batch_alter_table("event") as batch:
        batch.add_column(
            sa.Column("podium_holder", sa.String(36), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("podium_label", sa.String(300), nullable=False, server_default="")
        )
    if op.get_bind().dialect.name == "postgresql":
        from facilitateur.models.storage.schema import defer_foreign_keys

        defer_foreign_keys(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_column("podium_label")
        batch.drop_column("podium_holder")
    op.drop_index("ix_note_created_at", table_name="note")
    op.drop_index("ix_journal_command_id", table_name="journal")
    with op.batch_alter_table("journal") as batch:
        batch.drop_column("command_id")
        batch.drop_column("author")
        batch.drop_column("origin")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
