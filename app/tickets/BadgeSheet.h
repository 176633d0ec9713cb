#pragma once

#include "common/Attendee.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace mannam {

// A PDF of name badges for cutting: the desk's badge design (BadgeLayout, 90 × 55 mm)
// 2 × 5 to an A4 portrait page, edge to edge and centred, with cut marks in the margin
// only (a slightly off cut leaves no stray ink on a badge). Business-card sheets of that
// size work too. Hangul is embedded as a font, not drawn as outlines.
// Long work for a whole event: progress is reported per badge and can cancel. Runs in
// a worker thread (QPdfWriter and QFont work off the GUI thread in Qt 6) but needs a
// QGuiApplication to exist (fonts).
class BadgeSheet
{
    Q_DECLARE_TR_FUNCTIONS(mannam::BadgeSheet)

public:
    static constexpr int Columns = 2;
    static constexpr int Rows = 5;
    static constexpr int BadgesPerPage = Columns * Rows;

    // Called after each badge with (badges done, total); returning false cancels: the
    // PDF is then not written (an existing file at the path stays as it was).
    using Progress = std::function<bool(int done, int total)>;

    explicit BadgeSheet(EventInfo event) : m_event(std::move(event)) {}

    // Writes the badges in the order given (the caller decides who: cancelled people are
    // not filtered here) to a temporary file beside `path`, renamed to `path` only when
    // complete. Every badge code is checked before anything is painted: a person without
    // a usable code fails the sheet, named in `error`. False with a translated `error`
    // (naming the path or the person) on failure or cancel.
    bool write(const QList<Attendee> &attendees, const QString &path, QString *error,
               const Progress &progress = {});

    bool wasCancelled() const { return m_cancelled; }
    static int pageCount(int badges) { return (badges + BadgesPerPage - 1) / BadgesPerPage; }

private:
    EventInfo m_event;
    bool m_cancelled = false;
};

} // namespace mannam
