#pragma once

#include <QFrame>

class QLabel;

namespace mannam {

// One figure on top of the dashboard: a big number, what it counts, and an
// optional detail line ("83% of registered").
class FigureTile : public QFrame
{
    Q_OBJECT

public:
    FigureTile(const QString &objectName, const QColor &accent, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(int value);
    void setDetail(const QString &detail);

    QString valueText() const;

private:
    QLabel *m_valueLabel = nullptr;
    QLabel *m_captionLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
};

} // namespace mannam
