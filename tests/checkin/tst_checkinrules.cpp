// The door's rules, one row each, and the state read from log rows.
#include "checkin/CheckInRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {
AttendeeState stateOf(bool admitted, bool inside)
{
    AttendeeState state;
    state.admitted = admitted;
    state.inside = inside;
    return state;
}

LogEntry row(qint64 id, ScanAction action, ScanResult result, qint64 undoes = 0)
{
    LogEntry entry;
    entry.id = id;
    entry.action = action;
    entry.result = result;
    entry.undoesId = undoes;
    entry.desk = u"Desk %1"_s.arg(id);
    entry.at = QDateTime(QDate(2026, 11, 28), QTime(9, int(id)), Qt::UTC);
    return entry;
}
} // namespace

class TestCheckInRules : public QObject
{
    Q_OBJECT

private slots:
    void decide_data()
    {
        QTest::addColumn<ScanAction>("action");
        QTest::addColumn<AttendeeStatus>("status");
        QTest::addColumn<CodeKind>("kind");
        QTest::addColumn<bool>("admitted");
        QTest::addColumn<bool>("inside");
        QTest::addColumn<ScanResult>("expected");
        const auto E = ScanAction::Entry;
        const auto X = ScanAction::Exit;
        const auto R = AttendeeStatus::Registered;
        const auto C = AttendeeStatus::Cancelled;
        const auto T = CodeKind::Ticket;
        const auto B = CodeKind::Badge;
        QTest::addRow("first ticket scan admits") << E << R << T << false << false << ScanResult::Admitted;
        QTest::addRow("second scan while inside is yellow") << E << R << T << true << true << ScanResult::AlreadyInside;
        QTest::addRow("back after an exit") << E << R << T << true << false << ScanResult::Reentered;
        QTest::addRow("cancelled is refused") << E << C << T << false << false << ScanResult::Cancelled;
        QTest::addRow("cancelled after admission, inside") << E << C << T << true << true << ScanResult::AlreadyInside;
        QTest::addRow("badge does not admit") << E << R << B << false << false << ScanResult::BadgeNotTicket;
        QTest::addRow("badge lets an admitted person back in") << E << R << B << true << false << ScanResult::Reentered;
        QTest::addRow("badge while inside") << E << R << B << true << true << ScanResult::AlreadyInside;
        QTest::addRow("exit while inside") << X << R << T << true << true << ScanResult::Exited;
        QTest::addRow("exit twice") << X << R << T << true << false << ScanResult::AlreadyOutside;
        QTest::addRow("exit before any entry") << X << R << T << false << false << ScanResult::NotCheckedIn;
        QTest::addRow("exit with badge") << X << R << B << true << true << ScanResult::Exited;
    }

    void decide()
    {
        QFETCH(ScanAction, action);
        QFETCH(AttendeeStatus, status);
        QFETCH(CodeKind, kind);
        QFETCH(bool, admitted);
        QFETCH(bool, inside);
        QFETCH(ScanResult, expected);
        QCOMPARE(CheckInRules::decide(action, status, kind, stateOf(admitted, inside)), expected);
    }

    void signalFor_greenYellowRed()
    {
        QCOMPARE(CheckInRules::signalFor(ScanResult::Admitted), CheckInRules::Signal::Green);
        QCOMPARE(CheckInRules::signalFor(ScanResult::Reentered), CheckInRules::Signal::Green);
        QCOMPARE(CheckInRules::signalFor(ScanResult::AlreadyInside), CheckInRules::Signal::Yellow);
        QCOMPARE(CheckInRules::signalFor(ScanResult::AlreadyOutside), CheckInRules::Signal::Yellow);
        for (ScanResult red : {ScanResult::UnknownCode, ScanResult::InvalidCode, ScanResult::OtherEvent,
                               ScanResult::Cancelled, ScanResult::BadgeNotTicket, ScanResult::NotCheckedIn})
            QCOMPARE(CheckInRules::signalFor(red), CheckInRules::Signal::Red);
    }

    void stateFromLog_emptyLog_isNeverAdmitted()
    {
        const AttendeeState state = AttendeeState::fromLog({});
        QVERIFY(!state.admitted);
        QVERIFY(!state.inside);
        QCOMPARE(state.nextAdmissionRound, 1);
    }

    void stateFromLog_failedScansDoNotCount()
    {
        const AttendeeState state = AttendeeState::fromLog({row(1, ScanAction::Entry, ScanResult::Cancelled),
                                                            row(2, ScanAction::Exit, ScanResult::NotCheckedIn)});
        QVERIFY(!state.admitted);
        QCOMPARE(state.lastMovementId, 0);
    }

    void stateFromLog_entryExitEntry_insideWithFirstAdmission()
    {
        const AttendeeState state = AttendeeState::fromLog({row(1, ScanAction::Entry, ScanResult::Admitted),
                                                            row(2, ScanAction::Entry, ScanResult::AlreadyInside),
                                                            row(3, ScanAction::Exit, ScanResult::Exited),
                                                            row(4, ScanAction::Entry, ScanResult::Reentered)});
        QVERIFY(state.admitted);
        QVERIFY(state.inside);
        QCOMPARE(state.firstAdmittedDesk, u"Desk 1"_s);
        QCOMPARE(state.lastMovementId, 4);
        QCOMPARE(state.nextAdmissionRound, 1);
    }

    void stateFromLog_undoneAdmission_opensTheNextRound()
    {
        const AttendeeState state = AttendeeState::fromLog({row(1, ScanAction::Entry, ScanResult::Admitted),
                                                            row(2, ScanAction::Undo, ScanResult::Undone, 1)});
        QVERIFY(!state.admitted);
        QVERIFY(!state.inside);
        QCOMPARE(state.nextAdmissionRound, 2);
        QCOMPARE(state.lastMovementId, 0);
    }

    void stateFromLog_undoneExit_isInsideAgain()
    {
        const AttendeeState state = AttendeeState::fromLog({row(1, ScanAction::Entry, ScanResult::Admitted),
                                                            row(2, ScanAction::Exit, ScanResult::Exited),
                                                            row(3, ScanAction::Undo, ScanResult::Undone, 2)});
        QVERIFY(state.admitted);
        QVERIFY(state.inside);
        QCOMPARE(state.lastMovementId, 1);
    }
};

QTEST_GUILESS_MAIN(TestCheckInRules)
#include "tst_checkinrules.moc"
