#include "FeedbackSounds.h"

#include "common/AppSettings.h"

#include <QSoundEffect>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
QSoundEffect *loadEffect(const QString &resource, QObject *parent)
{
    auto *effect = new QSoundEffect(parent);
    effect->setSource(QUrl(u"qrc"_s + resource));
    effect->setVolume(0.8f);
    return effect;
}
} // namespace

FeedbackSounds::FeedbackSounds(QObject *parent)
    : QObject(parent),
      m_admitted(loadEffect(u":/sounds/admitted.wav"_s, this)),
      m_already(loadEffect(u":/sounds/already.wav"_s, this)),
      m_refused(loadEffect(u":/sounds/refused.wav"_s, this)),
      m_muted(AppSettings::soundsMuted())
{
}

void FeedbackSounds::setMuted(bool muted)
{
    m_muted = muted;
    AppSettings::setSoundsMuted(muted);
}

void FeedbackSounds::play(CheckInRules::Signal signal)
{
    if (m_muted)
        return;
    switch (signal) {
    case CheckInRules::Signal::Green: m_admitted->play(); break;
    case CheckInRules::Signal::Yellow: m_already->play(); break;
    case CheckInRules::Signal::Red: m_refused->play(); break;
    }
}

} // namespace mannam
