#include "ResultPanel.h"

#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
// How long a result stays: long enough to read, short enough for the queue.
constexpr int GreenMs = 3000;
constexpr int OtherMs = 6000;

QLabel *makeLabel(int pointSizeFactorPercent, bool bold, const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    // Names come from registration files: "<b>Kim</b>" is shown as typed, never as markup.
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * pointSizeFactorPercent / 100.0);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}
} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QFrame(parent),
      m_titleLabel(makeLabel(220, true, u"resultTitleLabel"_s)),
      m_nameLabel(makeLabel(400, true, u"resultNameLabel"_s)),
      m_detailLabel(makeLabel(160, false, u"resultDetailLabel"_s)),
      m_noteLabel(makeLabel(150, true, u"resultNoteLabel"_s)),
      m_resetTimer(new QTimer(this))
{
    setObjectName(u"resultPanel"_s);
    setAutoFillBackground(true);
    setMinimumHeight(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch();
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_noteLabel);
    layout->addStretch();
    m_resetTimer->setSingleShot(true);
    connect(m_resetTimer, &QTimer::timeout, this, &ResultPanel::showReady);
    showReady();
}

QString ResultPanel::headline() const
{
    return m_titleLabel->text();
}

void ResultPanel::setState(const QString &state, const QString &background, const QString &foreground)
{
    setStyleSheet(u"#resultPanel { background: %1; border-radius: 12px; } #resultPanel QLabel { color: %2; }"_s
                          .arg(background, foreground));
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void ResultPanel::showReady()
{
    m_resetTimer->stop();
    m_titleLabel->setText(tr("Ready to scan"));
    m_nameLabel->setText(QString());
    m_detailLabel->setText(tr("Hold the QR code up to the camera, scan it, or search by name."));
    m_noteLabel->setText(QString());
    setState(u"ready"_s, u"#eceff1"_s, u"#37474f"_s);
}

void ResultPanel::showOutcome(const CheckInOutcome &outcome)
{
    const Attendee *person = outcome.attendee ? &*outcome.attendee : nullptr;
    m_nameLabel->setText(person ? person->name : QString());
    QStringList details;
    if (person && !person->affiliation.isEmpty())
        details << person->affiliation;
    if (person && !person->ticketType.isEmpty())
        details << person->ticketType;
    m_noteLabel->setText(person && person->attention && !person->notes.isEmpty() ? u"⚠ "_s + person->notes
                                                                                   : QString());
    switch (outcome.signal()) {
    case CheckInRules::Signal::Green:
        m_titleLabel->setText(CheckInService::resultLabel(outcome.result));
        m_detailLabel->setText(details.join(u"  ·  "_s));
        setState(u"green"_s, u"#2e7d32"_s, u"#ffffff"_s);
        m_resetTimer->start(GreenMs);
        return;
    case CheckInRules::Signal::Yellow:
        if (outcome.result == ScanResult::AlreadyInside) {
            m_titleLabel->setText(tr("Already checked in"));
            m_detailLabel->setText(tr("at %1 at %2").arg(localTime(outcome.before.firstAdmittedAt),
                                                         outcome.before.firstAdmittedDesk));
        } else {
            m_titleLabel->setText(tr("Already left"));
            m_detailLabel->setText(tr("at %1 at %2").arg(localTime(outcome.before.lastMovementAt),
                                                         outcome.before.lastMovementDesk));
        }
        setState(u"yellow"_s, u"#f9a825"_s, u"#212121"_s);
        m_resetTimer->start(OtherMs);
        return;
    case CheckInRules::Signal::Red:
        m_titleLabel->setText(CheckInService::resultLabel(outcome.result));
        m_detailLabel->setText(outcome.reason());
        setState(u"red"_s, u"#c62828"_s, u"#ffffff"_s);
        m_resetTimer->start(OtherMs);
        return;
    }
}

void ResultPanel::showNotSaved(const QString &message)
{
    m_titleLabel->setText(tr("NOT SAVED"));
    m_nameLabel->setText(QString());
    m_detailLabel->setText(message);
    m_noteLabel->setText(tr("Nobody was checked in. Fix the problem, then scan again."));
    setState(u"red"_s, u"#b71c1c"_s, u"#ffffff"_s);
    m_resetTimer->start(OtherMs * 2);
}

} // namespace mannam
