#include "KeywordPicker.h"

#include "KioskStyle.h"

#include <QGridLayout>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mannam {

KeywordButton::KeywordButton(const BingoKeyword &keyword, QWidget *parent)
    : QAbstractButton(parent), m_keyword(keyword)
{
    setObjectName(u"keyword%1Button"_s.arg(keyword.id));
    setCheckable(true);
    setFocusPolicy(Qt::NoFocus); // the kiosk window keeps the focus for the scanner
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setText(keyword.labelKo.isEmpty() ? keyword.labelEn : keyword.labelKo);
}

void KeywordButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(2, 2, -2, -2);
    const bool on = isChecked();
    QColor fill = on ? KioskStyle::Green : KioskStyle::Surface;
    if (!isEnabled())
        fill = QColor(0xee, 0xee, 0xee);
    painter.setPen(QPen(on ? KioskStyle::Green.darker(120) : KioskStyle::Line, on ? 3 : 1.5));
    painter.setBrush(fill);
    painter.drawRoundedRect(r, 12, 12);

    const QColor ink = on ? Qt::white : (isEnabled() ? KioskStyle::Ink : QColor(0xa0, 0xa4, 0xaa));
    const QColor soft = on ? QColor(0xe8, 0xf5, 0xe9) : (isEnabled() ? KioskStyle::MutedInk : QColor(0xb0, 0xb4, 0xba));
    const QRectF text = r.adjusted(8, 4, -8, -4);
    QString korean = m_keyword.labelKo;
    QString english = m_keyword.labelEn;
    if (korean.isEmpty())
        std::swap(korean, english);
    QFont big = font();
    big.setWeight(QFont::Bold);
    QFont small = font();
    small.setPixelSize(std::max(9, font().pixelSize() * 4 / 5));
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    if (english.isEmpty() || english.compare(korean, Qt::CaseInsensitive) == 0) {
        painter.setFont(big);
        painter.setPen(ink);
        painter.drawText(text, flags, korean);
        return;
    }
    const QRectF top(text.left(), text.top(), text.width(), text.height() * 0.55);
    const QRectF bottom(text.left(), top.bottom(), text.width(), text.height() - top.height());
    painter.setFont(big);
    painter.setPen(ink);
    painter.drawText(top, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, korean);
    painter.setFont(small);
    painter.setPen(soft);
    painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, english);
}

KeywordPicker::KeywordPicker(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(u"keywordPicker"_s);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
}

void KeywordPicker::setKeywords(const QList<BingoKeyword> &pool, int maxChoices)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_chosen.clear();
    m_maxChoices = std::max(1, maxChoices);
    // Wider than tall, like the screen: 40 keywords make 8 × 5.
    const int columns = std::max(1, int(std::ceil(std::sqrt(pool.size() * 1.6))));
    for (int i = 0; i < pool.size(); ++i) {
        auto *button = new KeywordButton(pool.at(i), this);
        KioskStyle::setFontPx(button, 17, QFont::Normal);
        connect(button, &QAbstractButton::toggled, this, [this, button](bool on) { toggled(button, on); });
        m_grid->addWidget(button, i / columns, i % columns);
        m_buttons << button;
    }
    emit chosenChanged(0);
}

QList<qint64> KeywordPicker::chosen() const
{
    return m_chosen;
}

void KeywordPicker::toggled(KeywordButton *button, bool on)
{
    if (on)
        m_chosen << button->keywordId();
    else
        m_chosen.removeAll(button->keywordId());
    const bool full = m_chosen.size() >= m_maxChoices;
    for (KeywordButton *b : std::as_const(m_buttons))
        b->setEnabled(b->isChecked() || !full);
    emit chosenChanged(int(m_chosen.size()));
}

} // namespace mannam
