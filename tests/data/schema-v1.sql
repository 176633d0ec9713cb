-- Test fixture: the event file schema at version 1, to test migrations.
-- PRAGMA application_id and user_version are set by the code, not here.

CREATE TABLE event_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE attendees (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    affiliation  TEXT NOT NULL DEFAULT '',
    ticket_type  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'cancelled')),
    notes        TEXT NOT NULL DEFAULT '',
    attention    INTEGER NOT NULL DEFAULT 0 CHECK (attention IN (0, 1)),
    consent      INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    source       TEXT NOT NULL DEFAULT 'import' CHECK (source IN ('import', 'walk_in', 'manual', 'demo')),
    external_id  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX attendees_external_id ON attendees (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX attendees_email ON attendees (lower(email)) WHERE email <> '';

-- Every code that identifies somebody, in one table so that a code is unique
-- across kinds and a scan is one indexed lookup.
CREATE TABLE attendee_codes (
    code         TEXT PRIMARY KEY NOT NULL,
    attendee_id  INTEGER NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('ticket', 'badge')),
    UNIQUE (attendee_id, kind)
);

CREATE TABLE attendee_keywords (
    attendee_id  INTEGER NOT NULL REFERENCES attendees (id) ON DELETE CASCADE,
    slot         INTEGER NOT NULL CHECK (slot BETWEEN 1 AND 3),
    label        TEXT NOT NULL,
    PRIMARY KEY (attendee_id, slot)
);

-- Append-only: every scan, failed ones included, and every undo.
-- The attendee's state is derived from these rows.
CREATE TABLE checkin_log (
    id               INTEGER PRIMARY KEY,
    nonce            TEXT NOT NULL UNIQUE,
    at_utc           TEXT NOT NULL,
    desk             TEXT NOT NULL,
    action           TEXT NOT NULL CHECK (action IN ('entry', 'exit', 'undo')),
    result           TEXT NOT NULL,
    scanned_code     TEXT NOT NULL,
    attendee_id      INTEGER REFERENCES attendees (id),
    undoes_id        INTEGER REFERENCES checkin_log (id),
    -- Admissions of one attendee are numbered; an undo opens the next round.
    -- The unique index below makes a second admission in a round impossible,
    -- whatever the application does.
    admission_round  INTEGER
);
CREATE INDEX checkin_log_attendee ON checkin_log (attendee_id, id);
CREATE UNIQUE INDEX checkin_log_one_admission ON checkin_log (attendee_id, admission_round)
    WHERE result = 'admitted';
CREATE UNIQUE INDEX checkin_log_one_undo ON checkin_log (undoes_id) WHERE undoes_id IS NOT NULL;

CREATE TRIGGER checkin_log_no_update BEFORE UPDATE ON checkin_log
BEGIN
    SELECT RAISE(ABORT, 'checkin_log is append-only');
END;
CREATE TRIGGER checkin_log_no_delete BEFORE DELETE ON checkin_log
BEGIN
    SELECT RAISE(ABORT, 'checkin_log is append-only');
END;

