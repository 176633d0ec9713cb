#pragma once

#include "bingo/Bingo.h"
#include "TextDecoding.h"

#include <QCoreApplication>

namespace mannam {

// A bingo keyword pool read from a CSV file, or why it could not be.
// Columns: Korean label, English label, category; a header row (ko,en,category /
// 한국어,영어,분류, any order) is recognised and optional. UTF-8 with or without
// BOM, or CP949. Blank rows are skipped; a row without a label, a label that
// appears twice (either language, ignoring case) or an extra column is an error.
struct KeywordFile
{
    Q_DECLARE_TR_FUNCTIONS(mannam::KeywordFile)

public:
    QList<BingoKeyword> pool;
    TextEncoding encoding = TextEncoding::Utf8;
    bool hadHeader = false;
    QString error;       // translated; names the line

    bool ok() const { return error.isEmpty(); }
    static KeywordFile read(const QByteArray &bytes);
};

} // namespace mannam
