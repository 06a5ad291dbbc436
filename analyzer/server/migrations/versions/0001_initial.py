"""The first schema: tokens, page sessions, packages, analyses, scans, reports, pin sets.

Revision ID: 0001
Revises:
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=True),
        sa.Column("scope", sa.String(10), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(16), nullable=False),
        _when("created_at", False), _when("last_used_at"), _when("revoked_at"),
    )
    op.create_table(
        "sessions",
        sa.Column("hash", sa.String(64), primary_key=True),
        sa.Column("token_id", sa.Integer(), sa.ForeignKey("tokens.id"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        _when("created_at", False), _when("expires_at", False),
    )
    op.create_index("ix_sessions_token_id", "sessions", ["token_id"])
    op.create_table(
        "packages",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        _when("created_at", False),
    )
    op.create_table(
        "analyses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("packages.sha256"), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("as_of", sa.String(10), nullable=False),
        sa.Column("expiry_warning_days", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("error_kind", sa.String(10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("result", sa.LargeBinary(), nullable=True),
        sa.Column("platform", sa.String(10), nullable=True),
        sa.Column("app_id", sa.String(255), nullable=True),
        sa.Column("app_name", sa.String(255), nullable=True),
        sa.Column("version_name", sa.String(255), nullable=True),
        sa.Column("version_code", sa.String(255), nullable=True),
        _when("queued_at", False), _when("started_at"), _when("finished_at"),
    )
    op.create_index("ix_analyses_key", "analyses", ["key"])
    op.create_index("ix_analyses_status_id", "analyses", ["status", "id"])
    op.create_table(
        "scans",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("analysis_id", sa.Integer(), sa.ForeignKey("analyses.id"), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("token_id", sa.Integer(), sa.ForeignKey("tokens.id"), nullable=True),
        sa.Column("policy_name", sa.String(100), nullable=True),
        sa.Column("policy_options", sa.Text(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        _when("created_at", False), _when("finished_at"),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("fail_on", sa.String(10), nullable=True),
        sa.Column("platform", sa.String(10), nullable=True),
        sa.Column("app_id", sa.String(255), nullable=True),
        sa.Column("app_name", sa.String(255), nullable=True),
        sa.Column("version_name", sa.String(255), nullable=True),
        sa.Column("version_code", sa.String(255), nullable=True),
    )
    op.create_index("ix_scans_analysis_id", "scans", ["analysis_id"])
    op.create_index("ix_scans_status", "scans", ["status"])
    op.create_index("ix_scans_app", "scans", ["app_id", "status"])
    op.create_table(
        "reports",
        sa.Column("scan_id", sa.String(32), sa.ForeignKey("scans.id"), primary_key=True),
        sa.Column("format", sa.String(10), primary_key=True),
        sa.Column("content", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "pin_sets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("analysis_id", sa.Integer(), sa.ForeignKey("analyses.id"), nullable=False),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("expiration", sa.String(32), nullable=False),
        sa.Column("include_subdomains", sa.Boolean(), nullable=False),
        sa.Column("enforced", sa.Boolean(), nullable=False),
        sa.Column("pins", sa.Integer(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
    )
    op.create_index("ix_pin_sets_analysis_id", "pin_sets", ["analysis_id"])


def downgrade() -> None:
    for table in ("pin_sets", "reports", "scans", "analyses", "packages", "sessions", "tokens"):
        op.drop_table(table)
