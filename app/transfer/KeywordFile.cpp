#include "KeywordFile.h"

#include "CsvReader.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// Which keyword a column of a keyword file holds.
enum class KeywordColumn { None, Korean, English, Category };

// A header cell without case, spaces and the punctuation people put in headers.
QString headerKey(const QString &cell)
{
    QString key;
    for (const QChar c : cell.normalized(QString::NormalizationForm_C).toCaseFolded()) {
        if (!c.isSpace() && !QStringView(u"_-.():*\uFEFF").contains(c))
            key += c;
    }
    return key;
}

KeywordColumn keywordColumnOf(const QString &header)
{
    static const QHash<QString, KeywordColumn> names = [] {
        QHash<QString, KeywordColumn> map;
        for (const QString &name : {u"ko"_s, u"kr"_s, u"korean"_s, u"koreanlabel"_s, u"labelko"_s, u"한국어"_s,
                                    u"한글"_s, u"국문"_s, u"한국어라벨"_s, u"한국어키워드"_s, u"키워드한국어"_s,
                                    u"keyword"_s, u"keywords"_s, u"label"_s, u"키워드"_s, u"라벨"_s})
            map.insert(name, KeywordColumn::Korean);
        for (const QString &name : {u"en"_s, u"english"_s, u"englishlabel"_s, u"labelen"_s, u"영어"_s, u"영문"_s,
                                    u"영어라벨"_s, u"영어키워드"_s, u"키워드영어"_s})
            map.insert(name, KeywordColumn::English);
        for (const QString &name : {u"category"_s, u"categories"_s, u"group"_s, u"분류"_s, u"카테고리"_s,
                                    u"그룹"_s, u"범주"_s})
            map.insert(name, KeywordColumn::Category);
        return map;
    }();
    return names.value(headerKey(header), KeywordColumn::None);
}

KeywordFile failed(const QString &message)
{
    KeywordFile file;
    file.error = message;
    return file;
}

} // namespace

KeywordFile KeywordFile::read(const QByteArray &bytes)
{
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.ok())
        return failed(decoded.error);
    const CsvTable table = parseCsv(decoded.text, detectDelimiter(decoded.text));
    if (!table.ok())
        return failed(table.error);
    if (table.records.isEmpty())
        return failed(tr("The file is empty."));

    KeywordFile file;
    file.encoding = decoded.encoding;
    // A header: known names, each column named once; one known name is enough
    // only when it is the only cell ("keyword").
    QList<KeywordColumn> columns;
    {
        const QStringList first = table.records.constFirst().fields;
        QSet<KeywordColumn> named;
        bool repeated = false;
        int filled = 0;
        for (const QString &cell : first) {
            const KeywordColumn column = keywordColumnOf(cell);
            columns << column;
            if (!cell.trimmed().isEmpty())
                ++filled;
            if (column == KeywordColumn::None)
                continue;
            repeated = repeated || named.contains(column);
            named.insert(column);
        }
        file.hadHeader = !named.isEmpty() && !repeated && (named.size() >= 2 || filled == 1);
        if (file.hadHeader && !named.contains(KeywordColumn::Korean) && !named.contains(KeywordColumn::English))
            return failed(tr("The header names no label column. Columns: Korean label, "
                                                    "English label, category (e.g. ko,en,category or 한국어,영어,분류)."));
        if (!file.hadHeader)
            columns = {KeywordColumn::Korean, KeywordColumn::English, KeywordColumn::Category};
    }

    QHash<QString, int> seenAt; // case-folded label → line
    for (qsizetype r = file.hadHeader ? 1 : 0; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records.at(r);
        BingoKeyword keyword;
        bool anything = false;
        for (qsizetype c = 0; c < record.fields.size(); ++c) {
            const QString cell = record.fields.at(c).trimmed().normalized(QString::NormalizationForm_C);
            anything = anything || !cell.isEmpty();
            const KeywordColumn column = columns.value(c, KeywordColumn::None);
            if (c >= columns.size() && !cell.isEmpty())
                return failed(
                        file.hadHeader
                                ? tr("Line %1 has %2 fields but the header has %3.")
                                          .arg(record.line)
                                          .arg(record.fields.size())
                                          .arg(columns.size())
                                : tr("Line %1 has %2 fields; a keyword file has up to three: Korean "
                                                  "label, English label, category.")
                                          .arg(record.line)
                                          .arg(record.fields.size()));
            switch (column) {
            case KeywordColumn::Korean: keyword.labelKo = cell; break;
            case KeywordColumn::English: keyword.labelEn = cell; break;
            case KeywordColumn::Category: keyword.category = cell; break;
            case KeywordColumn::None: break;
            }
        }
        if (!anything)
            continue; // ",,": an empty row as spreadsheets write it
        if (keyword.labelKo.isEmpty() && keyword.labelEn.isEmpty())
            return failed(
                    tr("Line %1: a keyword needs a Korean or an English label.").arg(record.line));
        for (const QString &label : {keyword.labelKo, keyword.labelEn}) {
            const QString key = label.toCaseFolded();
            if (key.isEmpty() || seenAt.value(key) == record.line)
                continue; // "LLM,LLM": one keyword written the same in both languages
            if (seenAt.contains(key))
                return failed(tr("Line %1: the keyword “%2” is already on line %3.")
                                                .arg(record.line)
                                                .arg(label)
                                                .arg(seenAt.value(key)));
            seenAt.insert(key, record.line);
        }
        file.pool << keyword;
    }
    if (file.pool.isEmpty())
        return failed(tr("The file holds no keywords."));
    return file;
}

} // namespace mannam
