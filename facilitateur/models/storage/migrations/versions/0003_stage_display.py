"""The stage display's state: a message to the speaker (optionally blinking) and blackout.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("stage_message", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("stage_blink", sa.Boolean(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("stage_blackout", sa.Boolean(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("timer_transition") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("timer_transition") as batch:
        batch.drop_column("seq")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("stage_blackout")
        batch.drop_column("stage_blink")
        batch.drop_column("stage_message")
