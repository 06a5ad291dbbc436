"""Alembic environment: migrations run on the connection the service hands over (see db.Database.migrate)."""

from alembic import context

from pinscan.server.db import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")  # SQLite alters tables by copying them
with context.begin_transaction():
    context.run_migrations()
