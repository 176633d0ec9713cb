#include "KioskStyle.h"

#include <QApplication>
#include <QFontDatabase>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace mannam::KioskStyle {

namespace {
constexpr const char *DesignPxProperty = "mannamKioskPx";
constexpr const char *WeightProperty = "mannamKioskWeight";
constexpr const char *ScaleProperty = "mannamKioskScale";

void applyFont(QWidget *widget, qreal scale)
{
    const int designPx = widget->property(DesignPxProperty).toInt();
    QFont font = baseFont();
    font.setPixelSize(std::max(8, qRound(designPx * scale)));
    font.setWeight(QFont::Weight(widget->property(WeightProperty).toInt()));
    widget->setFont(font);
}
} // namespace

QFont baseFont()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate : {u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"NanumGothic"_s,
                                         u"Malgun Gothic"_s, u"Apple SD Gothic Neo"_s}) {
            if (families.contains(candidate))
                return candidate;
        }
        return QApplication::font().family();
    }();
    QFont font = QApplication::font();
    font.setFamily(family);
    return font;
}

void setFontPx(QWidget *widget, int designPx, QFont::Weight weight)
{
    widget->setProperty(DesignPxProperty, designPx);
    widget->setProperty(WeightProperty, int(weight));
    // A widget made after the window was scaled takes the window's scale.
    qreal scale = 1.0;
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        const QVariant s = w->property(ScaleProperty);
        if (s.isValid()) {
            scale = s.toReal();
            break;
        }
    }
    applyFont(widget, scale);
}

void rescale(QWidget *root, qreal scale)
{
    root->setProperty(ScaleProperty, scale);
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->property(DesignPxProperty).isValid())
            applyFont(widget, scale);
    }
}

QString css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

} // namespace mannam::KioskStyle
