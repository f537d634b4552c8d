-- One row per nightly run; counts are kept so that listing runs needs no scan of findings.
CREATE TABLE tieout_run (
  id BIGINT NOT NULL PRIMARY KEY,
  job TEXT NOT NULL,
  started_at TEXT NOT NULL,
  checks INTEGER NOT NULL,
  passed INTEGER NOT NULL,
  failed INTEGER NOT NULL,
  not_evaluated INTEGER NOT NULL,
  new_count INTEGER NOT NULL,
  open_count INTEGER NOT NULL,
  resolved_count INTEGER NOT NULL,
  mail_status TEXT NOT NULL,
  output_dir TEXT
);

CREATE INDEX tieout_run_job ON tieout_run (job, id);

-- Every finding of a run, passed ones too. Amounts are exact decimal strings.
CREATE TABLE tieout_finding (
  run_id BIGINT NOT NULL REFERENCES tieout_run (id) ON DELETE CASCADE,
  identity TEXT NOT NULL,
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  entity TEXT NOT NULL,
  period TEXT NOT NULL,
  dimensions TEXT NOT NULL,
  concept TEXT NOT NULL,
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  message TEXT NOT NULL,
  reported TEXT,
  computed TEXT,
  variance TEXT,
  tolerance TEXT,
  reason TEXT,
  first_seen TEXT,
  PRIMARY KEY (run_id, identity)
);
