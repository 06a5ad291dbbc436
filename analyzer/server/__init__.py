"""`pinscan serve`: the pre-submission gate as a service, on top of the scan, gate, diff and reporters.

Modules, from the bottom up:
- `settings`: what the service runs with (data folder, database URL, limits) and the per-user default folder;
- `db`: the tables (SQLAlchemy 2), their Alembic migrations (`migrations/`) and transactions;
- `tokens`: bearer tokens (stored hashed, scoped read < upload < admin) and page sessions;
- `uploads`: a multipart upload streamed to disk with its SHA-256, cut off at the size limit;
- `judge`: a scan's raw result + the uploader's policy → verdict and the CLI's reports (json, sarif, html);
- `records`: submitting, completing and recovering scans; apps, releases, diffs and expiring pins;
- `workers`: scans in worker processes (the batch machinery) or on Dask, with timeouts and dead-worker handling;
- `service`: the database, dispatcher and limits behind the routes, and taking an upload; `lock`: one server
  per data folder;
- `api` (JSON, /api/v1) and `pages` (server-rendered HTML), assembled by `app`.

Nothing here imports the web stack at module level except `service`, `api`, `pages` and `app`, so workers
(which import only `worker_init` and `pinscan.runner.batch`) stay light.
"""
