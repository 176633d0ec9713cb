-- Version 2 -> 3: the networking bingo's rules enforced by the database itself.

CREATE INDEX meetings_attendee_hi ON meetings (attendee_hi);
CREATE UNIQUE INDEX bingo_squares_keyword ON bingo_squares (attendee_id, keyword_id);
CREATE INDEX bingo_squares_meeting ON bingo_squares (filled_meeting) WHERE filled_meeting IS NOT NULL;

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
