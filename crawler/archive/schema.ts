// The archive's tables. Raw pages are kept (gzip, by content hash) so every listing can be
// re-extracted and every assessment re-run; listings keep their history as numbered versions.
export const ARCHIVE_SCHEMA_VERSION = 1;

export const ARCHIVE_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Page bodies, stored once per distinct content.
CREATE TABLE IF NOT EXISTS bodies (
  sha256 TEXT PRIMARY KEY,
  gzip BLOB NOT NULL,
  bytes INTEGER NOT NULL
);

-- Every response a crawl used: what was asked, what came back, when, from where.
CREATE TABLE IF NOT EXISTS pages (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL,
  store TEXT NOT NULL,
  app_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  url TEXT NOT NULL,
  status INTEGER NOT NULL,
  fetched_at TEXT NOT NULL,
  captured_at TEXT NOT NULL,
  origin TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  rendered INTEGER NOT NULL,
  content_type TEXT,
  sha256 TEXT NOT NULL REFERENCES bodies(sha256)
);
CREATE INDEX IF NOT EXISTS pages_by_app ON pages(store, app_id);

-- One row per app ever archived; current_version points into listing_versions.
CREATE TABLE IF NOT EXISTS listings (
  store TEXT NOT NULL,
  app_id TEXT NOT NULL,
  current_version INTEGER NOT NULL,
  origin TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_checked TEXT NOT NULL,
  PRIMARY KEY (store, app_id)
);

-- A new version only when the listing's content changed; changed_fields names what changed.
CREATE TABLE IF NOT EXISTS listing_versions (
  store TEXT NOT NULL,
  app_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  content_sha256 TEXT NOT NULL,
  listing_json TEXT NOT NULL,
  changed_fields TEXT NOT NULL,
  captured_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  run_id INTEGER NOT NULL,
  PRIMARY KEY (store, app_id, version)
);

CREATE TABLE IF NOT EXISTS assessments (
  store TEXT NOT NULL,
  app_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  rubric_version TEXT NOT NULL,
  assessed_at TEXT NOT NULL,
  assessment_json TEXT NOT NULL,
  PRIMARY KEY (store, app_id, version, rubric_version)
);

-- A crawl (or import) run and the apps it set out to do: resuming continues the pending ones.
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  mode TEXT NOT NULL,
  options_json TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  state TEXT NOT NULL CHECK (state IN ('running', 'finished'))
);
CREATE INDEX IF NOT EXISTS runs_by_key ON runs(key, state);

CREATE TABLE IF NOT EXISTS run_apps (
  run_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  store TEXT NOT NULL,
  app_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
  outcome TEXT,
  message TEXT,
  missing_fields TEXT,
  pages INTEGER NOT NULL DEFAULT 0,
  finished_at TEXT,
  PRIMARY KEY (run_id, store, app_id)
);

-- Failures by kind, for the app as a whole or for one page the app's listing could do without.
CREATE TABLE IF NOT EXISTS failures (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL,
  store TEXT NOT NULL,
  app_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  url TEXT,
  message TEXT NOT NULL,
  fatal INTEGER NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS failures_by_run ON failures(run_id, kind);
`;
