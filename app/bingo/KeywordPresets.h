#pragma once

#include "Bingo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mannam {

// A curated keyword pool an organizer can start from: things attendees of that
// kind of meetup would really pick as "my keywords" (topics, tools, roles and a
// few icebreakers), with natural Korean and English labels.
struct KeywordPreset
{
    QString id;                      // stable, for object names and settings ("ai-ml")
    QString name;                    // translated, for menus
    QList<BingoKeyword> keywords;    // ids 0: not stored yet
};

class KeywordPresets
{
    Q_DECLARE_TR_FUNCTIONS(mannam::KeywordPresets)

public:
    static QList<KeywordPreset> all();
    // The preset with this id; an empty preset when there is none.
    static KeywordPreset byId(const QString &id);
};

} // namespace mannam
