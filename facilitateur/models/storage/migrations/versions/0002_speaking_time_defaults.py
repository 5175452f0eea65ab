"""Speaking-time defaults per event and per block, and the minimum break for re-planning.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(
            sa.Column("speaker_seconds", sa.Integer(), nullable=False, server_default="300")
        )
        batch.add_column(
            sa.Column("min_break_seconds", sa.Integer(), nullable=False, server_default="600")
        )
    with op.batch_alter_table("agenda_block") as batch:
        batch.add_column(sa.Column("speaker_seconds", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agenda_block") as batch:
        batch.drop_column("speaker_seconds")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("min_break_seconds")
        batch.drop_column("speaker_seconds")
