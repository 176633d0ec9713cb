#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTime>

namespace mannam {

// One keyword of the event's pool, as it appears on bingo squares.
struct BingoKeyword
{
    qint64 id = 0;
    QString labelKo;
    QString labelEn;
    QString category;

    // The label for the current UI language, falling back to the other one.
    QString label() const;
    // How a chosen keyword is stored among an attendee's "my keywords": the
    // Korean label, or the English one when there is none (either matches).
    QString storedLabel() const { return labelKo.isEmpty() ? labelEn : labelKo; }
    // Whether an attendee's "my keyword" (free text from an import or the desk)
    // names this keyword: either label, ignoring case and surrounding spaces.
    bool matches(const QString &text) const;
};

// The bingo rules of one event, stored in the event file.
struct BingoSettings
{
    int cardSize = 0;                // 3, 4 or 5; 0 until chosen (suggested from the registered count)
    int linesToWin = 1;
    bool freeCentre = true;          // only odd sizes have a centre
    bool meetingNeedsCheckIn = true; // both people admitted at the door first
    QTime kioskOpens;                // local time; both invalid = open all the time
    QTime kioskCloses;
    bool bigScreenFirstNamesOnly = false;
};

struct BingoSquare
{
    qint64 keywordId = 0;            // 0 = the free centre
    qint64 filledBy = 0;             // the attendee whose keyword filled it
    qint64 filledMeeting = 0;        // the meeting that filled it

    bool isFree() const { return keywordId == 0; }
    bool isFilled() const { return isFree() || filledMeeting != 0; }
};

// An attendee's card: size × size squares, row by row. Dealt once, stored.
struct BingoCard
{
    qint64 attendeeId = 0;
    int size = 0;
    QList<BingoSquare> squares;
    int lines = 0;                   // completed rows, columns and diagonals
    QDateTime wonAt;                 // when the lines needed were reached; invalid if not yet

    bool isValid() const { return size > 0 && squares.size() == size * size; }
    QList<bool> filledMask() const;
    int filledCount() const;
};

// Two people who met, recorded once (attendeeLo < attendeeHi).
struct Meeting
{
    qint64 id = 0;
    qint64 attendeeLo = 0;
    qint64 attendeeHi = 0;
    QDateTime at;                    // UTC
    QString kiosk;
    QString nonce;
};

struct PrizeHandover
{
    qint64 attendeeId = 0;
    QDateTime at;
    QString givenBy;
};

// A winner in the order they reached the lines needed.
struct BingoWinner
{
    int rank = 0;
    qint64 attendeeId = 0;
    QString name;
    QString affiliation;
    QDateTime wonAt;
    int lines = 0;
    int peopleMet = 0;
    QDateTime prizeGivenAt;          // invalid until handed over
    QString prizeGivenBy;
};

// One attendee's count of people met, for leaderboards.
struct ConnectedAttendee
{
    qint64 attendeeId = 0;
    QString name;
    int peopleMet = 0;
};

// A meeting with both names and what it filled, for exports and lists.
struct MeetingRow
{
    Meeting meeting;
    QString nameLo;
    QString nameHi;
    int filledOnLo = 0;              // squares of lo's card filled by hi's keywords
    int filledOnHi = 0;
};

} // namespace mannam

Q_DECLARE_METATYPE(mannam::BingoCard)
