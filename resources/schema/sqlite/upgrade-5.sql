-- Version 5: shared events (PostgreSQL) and their offline fallback.

-- Scans that desks made while the server was unreachable and that turned out,
-- when replayed, to clash with what another desk did meanwhile (the same
-- person admitted twice). Kept for the organizer; nothing is thrown away.
-- (A local copy pulled from a server carries them.)
CREATE TABLE sync_conflicts (
    id              INTEGER PRIMARY KEY,
    nonce           TEXT NOT NULL UNIQUE,   -- the offline scan's (its log row, if the server kept one)
    attendee_id     INTEGER REFERENCES attendees (id),
    desk            TEXT NOT NULL,
    offline_at      TEXT NOT NULL,
    offline_result  TEXT NOT NULL,
    server_result   TEXT NOT NULL,
    replayed_at     TEXT NOT NULL
);

-- In a desk's local copy of a shared event: the log rows it wrote while the
-- server was unreachable, waiting to be replayed there (by nonce, so a replay
-- that is interrupted and repeated never counts a scan twice).
CREATE TABLE offline_scans (
    log_id  INTEGER PRIMARY KEY REFERENCES checkin_log (id)
);
