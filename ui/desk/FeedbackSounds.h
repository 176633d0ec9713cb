#pragma once

#include "checkin/CheckInRules.h"

#include <QObject>

class QSoundEffect;

namespace mannam {

// A distinct short sound for green, yellow and red, so staff hear the result
// while looking at the attendee. Muting is remembered per machine.
class FeedbackSounds : public QObject
{
    Q_OBJECT

public:
    explicit FeedbackSounds(QObject *parent = nullptr);

    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    void play(CheckInRules::Signal signal);

private:
    QSoundEffect *m_admitted;
    QSoundEffect *m_already;
    QSoundEffect *m_refused;
    bool m_muted = false;
};

} // namespace mannam
