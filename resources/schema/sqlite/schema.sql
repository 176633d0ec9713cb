-- Mannam event file, full schema for new files (SQLite dialect).
-- Keep in step with the upgrade-N.sql files: a test checks that a file
-- migrated from version 1 has exactly this schema.
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

-- Reprints and other badge events, for the desk's record.
CREATE TABLE badge_prints (
    id           INTEGER PRIMARY KEY,
    attendee_id  INTEGER NOT NULL REFERENCES attendees (id),
    at_utc       TEXT NOT NULL,
    desk         TEXT NOT NULL,
    reprint      INTEGER NOT NULL CHECK (reprint IN (0, 1))
);

-- Networking bingo (schema versions 2 and 3).
CREATE TABLE bingo_keywords (
    id        INTEGER PRIMARY KEY,
    label_ko  TEXT NOT NULL,
    label_en  TEXT NOT NULL,
    category  TEXT NOT NULL DEFAULT '',
    UNIQUE (label_ko, label_en)
);

CREATE TABLE bingo_cards (
    attendee_id  INTEGER PRIMARY KEY REFERENCES attendees (id) ON DELETE CASCADE,
    size         INTEGER NOT NULL CHECK (size BETWEEN 3 AND 5),
    created_at   TEXT NOT NULL,
    lines        INTEGER NOT NULL DEFAULT 0,
    won_at       TEXT
);

CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY,
    attendee_lo  INTEGER NOT NULL REFERENCES attendees (id),
    attendee_hi  INTEGER NOT NULL REFERENCES attendees (id),
    at_utc       TEXT NOT NULL,
    kiosk        TEXT NOT NULL,
    nonce        TEXT NOT NULL UNIQUE,
    CHECK (attendee_lo < attendee_hi),
    UNIQUE (attendee_lo, attendee_hi)
);

CREATE TABLE bingo_squares (
    attendee_id    INTEGER NOT NULL REFERENCES bingo_cards (attendee_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    keyword_id     INTEGER REFERENCES bingo_keywords (id),
    filled_by      INTEGER REFERENCES attendees (id),
    filled_meeting INTEGER REFERENCES meetings (id),
    PRIMARY KEY (attendee_id, position)
);

CREATE TABLE prize_handovers (
    id           INTEGER PRIMARY KEY,
    attendee_id  INTEGER NOT NULL UNIQUE REFERENCES attendees (id),
    at_utc       TEXT NOT NULL,
    given_by     TEXT NOT NULL
);

-- Version 3: the bingo's rules enforced by the database itself.
CREATE INDEX meetings_attendee_hi ON meetings (attendee_hi);
CREATE UNIQUE INDEX bingo_squares_keyword ON bingo_squares (attendee_id, keyword_id);
CREATE INDEX bingo_squares_meeting ON bingo_squares (filled_meeting) WHERE filled_meeting IS NOT NULL;
CREATE INDEX bingo_squares_filled ON bingo_squares (attendee_id) WHERE filled_meeting IS NOT NULL;

-- A meeting is recorded once and never rewritten.
CREATE TRIGGER meetings_no_update BEFORE UPDATE ON meetings
BEGIN
    SELECT RAISE(ABORT, 'meetings are append-only');
END;
CREATE TRIGGER meetings_no_delete BEFORE DELETE ON meetings
BEGIN
    SELECT RAISE(ABORT, 'meetings are append-only');
END;

-- A filled square is explained by exactly one meeting: it is never filled twice.
CREATE TRIGGER bingo_squares_fill_once BEFORE UPDATE ON bingo_squares
WHEN OLD.filled_meeting IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a bingo square is filled once');
END;

-- The moment somebody won never moves: it ranks the winners.
CREATE TRIGGER bingo_cards_won_once BEFORE UPDATE OF won_at ON bingo_cards
WHEN OLD.won_at IS NOT NULL AND NEW.won_at IS NOT OLD.won_at
BEGIN
    SELECT RAISE(ABORT, 'a bingo win is recorded once');
END;

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
