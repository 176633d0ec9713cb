-- Version 1 -> 2: networking bingo tables and badge print records.

CREATE TABLE badge_prints (
    id           INTEGER PRIMARY KEY,
    attendee_id  INTEGER NOT NULL REFERENCES attendees (id),
    at_utc       TEXT NOT NULL,
    desk         TEXT NOT NULL,
    reprint      INTEGER NOT NULL CHECK (reprint IN (0, 1))
);

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
