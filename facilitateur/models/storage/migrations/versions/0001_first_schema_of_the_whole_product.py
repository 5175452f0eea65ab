"""First schema of the whole product

Revision ID: 0001
Revises: (none)
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("venue", sa.String(length=1000), nullable=False),
        sa.Column("organiser", sa.String(length=500), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("warning_seconds", sa.Integer(), nullable=False),
        sa.Column("danger_seconds", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_table(
        "journal",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("cmd", sa.String(length=64), nullable=False),
        sa.Column("args", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal")),
    )
    op.create_table(
        "person",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("organisation", sa.String(length=500), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.create_table(
        "room",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
    )
    op.create_table(
        "topic",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("convener", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("interest", sa.Integer(), nullable=False),
        sa.Column("merged_into_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["topic.id"], name=op.f("fk_topic_merged_into_id_topic")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic")),
    )
    op.create_table(
        "day",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Time(), nullable=True),
        sa.Column("end", sa.Time(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], name=op.f("fk_day_event_id_event")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day")),
    )
    with op.batch_alter_table("day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_day_event_id"), ["event_id"], unique=False)

    op.create_table(
        "workshop_report",
        sa.Column("topic_id", sa.Uuid(), nullable=False),
        sa.Column("convener", sa.String(length=500), nullable=False),
        sa.Column("note_taker", sa.String(length=300), nullable=False),
        sa.Column("participants_count", sa.Integer(), nullable=True),
        sa.Column("participant_names", sa.Text(), nullable=False),
        sa.Column("key_points", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_workshop_report_topic_id_topic")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_report")),
        sa.UniqueConstraint("topic_id", name=op.f("uq_workshop_report_topic_id")),
    )
    op.create_table(
        "agenda_block",
        sa.Column("day_id", sa.Uuid(), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("planned_start", sa.Time(), nullable=True),
        sa.Column("planned_end", sa.Time(), nullable=True),
        sa.Column("end_inferred", sa.Boolean(), nullable=False),
        sa.Column("fixed_start", sa.Boolean(), nullable=False),
        sa.Column("timer_mode", sa.String(length=12), nullable=False),
        sa.Column("warning_seconds", sa.Integer(), nullable=True),
        sa.Column("danger_seconds", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["day_id"], ["day.id"], name=op.f("fk_agenda_block_day_id_day")),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["agenda_block.id"], name=op.f("fk_agenda_block_parent_id_agenda_block")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_block")),
    )
    with op.batch_alter_table("agenda_block", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_block_day_id"), ["day_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_block_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "proposal",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["workshop_report.id"],
            name=op.f("fk_proposal_report_id_workshop_report"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal")),
    )
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proposal_report_id"), ["report_id"], unique=False)

    op.create_table(
        "slot",
        sa.Column("day_id", sa.Uuid(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["day_id"], ["day.id"], name=op.f("fk_slot_day_id_day")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slot")),
    )
    with op.batch_alter_table("slot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slot_day_id"), ["day_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("block_id", sa.Uuid(), nullable=True),
        sa.Column("topic_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("speaker_id", sa.Uuid(), nullable=True),
        sa.Column("owner", sa.String(length=300), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["block_id"], ["agenda_block.id"], name=op.f("fk_note_block_id_agenda_block")
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["person.id"], name=op.f("fk_note_speaker_id_person")
        ),
        sa.ForeignKeyConstraint(["topic_id"], ["topic.id"], name=op.f("fk_note_topic_id_topic")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_block_id"), ["block_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_speaker_id"), ["speaker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("topic_id", sa.Uuid(), nullable=False),
        sa.Column("room_id", sa.Uuid(), nullable=False),
        sa.Column("slot_id", sa.Uuid(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_placement_room_id_room")),
        sa.ForeignKeyConstraint(["slot_id"], ["slot.id"], name=op.f("fk_placement_slot_id_slot")),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_placement_topic_id_topic")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
        sa.UniqueConstraint("topic_id", name=op.f("uq_placement_topic_id")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_slot_id"), ["slot_id"], unique=False)

    op.create_table(
        "speaker_entry",
        sa.Column("block_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("speech_type", sa.String(length=20), nullable=False),
        sa.Column("allotted_seconds", sa.Integer(), nullable=True),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["block_id"], ["agenda_block.id"], name=op.f("fk_speaker_entry_block_id_agenda_block")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_speaker_entry_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_entry")),
    )
    with op.batch_alter_table("speaker_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speaker_entry_block_id"), ["block_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_speaker_entry_person_id"), ["person_id"], unique=False)

    op.create_table(
        "timer_transition",
        sa.Column("block_id", sa.Uuid(), nullable=True),
        sa.Column("speaker_entry_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("adjust_seconds", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["block_id"],
            ["agenda_block.id"],
            name=op.f("fk_timer_transition_block_id_agenda_block"),
        ),
        sa.ForeignKeyConstraint(
            ["speaker_entry_id"],
            ["speaker_entry.id"],
            name=op.f("fk_timer_transition_speaker_entry_id_speaker_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timer_transition")),
    )
    with op.batch_alter_table("timer_transition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_timer_transition_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_timer_transition_block_id"), ["block_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_timer_transition_speaker_entry_id"), ["speaker_entry_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("timer_transition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timer_transition_speaker_entry_id"))
        batch_op.drop_index(batch_op.f("ix_timer_transition_block_id"))
        batch_op.drop_index(batch_op.f("ix_timer_transition_at"))

    op.drop_table("timer_transition")
    with op.batch_alter_table("speaker_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_entry_person_id"))
        batch_op.drop_index(batch_op.f("ix_speaker_entry_block_id"))

    op.drop_table("speaker_entry")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_slot_id"))
        batch_op.drop_index(batch_op.f("ix_placement_room_id"))

    op.drop_table("placement")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_topic_id"))
        batch_op.drop_index(batch_op.f("ix_note_speaker_id"))
        batch_op.drop_index(batch_op.f("ix_note_block_id"))

    op.drop_table("note")
    with op.batch_alter_table("slot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slot_day_id"))

    op.drop_table("slot")
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_report_id"))

    op.drop_table("proposal")
    with op.batch_alter_table("agenda_block", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_block_parent_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_block_day_id"))

    op.drop_table("agenda_block")
    op.drop_table("workshop_report")
    with op.batch_alter_table("day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_day_event_id"))

    op.drop_table("day")
    op.drop_table("topic")
    op.drop_table("room")
    op.drop_table("person")
    op.drop_table("journal")
    op.drop_table("event")
