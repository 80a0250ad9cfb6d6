-- Where the stored daily summary records what it was built from (metric_days_fingerprint).
CREATE TABLE IF NOT EXISTS metric_days_state (fingerprint VARCHAR NOT NULL)
