#include "FigureTile.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

FigureTile::FigureTile(const QString &objectName, const QColor &accent, QWidget *parent)
    : QFrame(parent),
      m_valueLabel(new QLabel(u"0"_s, this)),
      m_captionLabel(new QLabel(this)),
      m_detailLabel(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    // A coloured bar on the left tells the tiles apart at a glance.
    setStyleSheet(u"mannam--FigureTile { border-left: 5px solid %1; }"_s.arg(accent.name()));
    m_valueLabel->setObjectName(objectName + u"Value"_s);
    m_captionLabel->setObjectName(objectName + u"Caption"_s);
    m_detailLabel->setObjectName(objectName + u"Detail"_s);

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_valueLabel->setFont(big);
    QPalette palette = m_valueLabel->palette();
    palette.setColor(QPalette::WindowText, accent.darker(120));
    m_valueLabel->setPalette(palette);
    m_detailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_detailLabel->setMinimumHeight(m_detailLabel->fontMetrics().height()); // tiles keep one height

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(0);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_detailLabel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void FigureTile::setCaption(const QString &caption)
{
    m_captionLabel->setText(caption);
}

void FigureTile::setValue(int value)
{
    m_valueLabel->setText(QLocale().toString(value));
}

void FigureTile::setDetail(const QString &detail)
{
    m_detailLabel->setText(detail);
}

QString FigureTile::valueText() const
{
    return m_valueLabel->text();
}

} // namespace mannam
