"""Options of the lists of speakers: those who have not spoken yet go first; a limit of turns.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(
            sa.Column("first_timers_first", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("turn_limit", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_column("turn_limit")
        batch.drop_column("first_timers_first")
