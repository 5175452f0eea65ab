"""An index of the journal entries left undone: commands no longer read the whole journal.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_journal_undone",
        "journal",
        ["seq"],
        sqlite_where=sa.text("state = 'undone'"),
        postgresql_where=sa.text("state = 'undone'"),
    )


def downgrade() -> None:
    op.drop_index("ix_journal_undone", table_name="journal")
