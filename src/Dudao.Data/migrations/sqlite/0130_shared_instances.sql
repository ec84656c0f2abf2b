-- 0130 several instances on one database: the data-protection key ring they share, and the
-- per-client request counters of the public rate limit and the login throttle (keyed by the
-- client's daily keyed hash, never its address).

CREATE TABLE data_protection_keys (
    id INTEGER NOT NULL CONSTRAINT pk_data_protection_keys PRIMARY KEY AUTOINCREMENT,
    friendly_name TEXT NULL,
    xml TEXT NULL
);

CREATE TABLE rate_limit_windows (
    policy TEXT NOT NULL,
    client TEXT NOT NULL,
    window_start TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    count INTEGER NOT NULL,
    CONSTRAINT pk_rate_limit_windows PRIMARY KEY (policy, client, window_start)
);

CREATE INDEX ix_rate_limit_windows_expires_at ON rate_limit_windows (expires_at);
