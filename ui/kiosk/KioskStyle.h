#pragma once

#include <QColor>
#include <QFont>

class QWidget;

namespace mannam::KioskStyle {

// The kiosk is read from a step away on anything from a 1366×768 laptop to a
// 1080p TV: sizes are given in pixels at 768 lines and scaled with the window.
constexpr int DesignHeight = 768;
constexpr int DesignWidth = 1366;

// Colours: dark on light, green for what a meeting filled, gold for a bingo.
inline const QColor Background{0xf3, 0xf1, 0xec};
inline const QColor Surface{0xff, 0xff, 0xff};
inline const QColor Ink{0x1d, 0x29, 0x39};
inline const QColor MutedInk{0x5b, 0x67, 0x78};
inline const QColor Line{0xd5, 0xd9, 0xe0};
inline const QColor Header{0x1d, 0x29, 0x39};
inline const QColor Green{0x2e, 0x7d, 0x32};
inline const QColor FreshGreen{0x43, 0xa0, 0x47};
inline const QColor Gold{0xf2, 0xb7, 0x05};
inline const QColor DeepGold{0xb8, 0x86, 0x0b};
inline const QColor Amber{0xf9, 0xa8, 0x25};
inline const QColor Red{0xc6, 0x28, 0x28};
inline const QColor DarkRed{0x8e, 0x1c, 0x1c};

// The kiosk's font family: Noto Sans CJK KR where installed (even Hangul and
// Latin in one face), else the application font.
QFont baseFont();

// Gives `widget` a font of `designPx` pixels at DesignHeight; rescale() keeps
// it proportional to the window.
void setFontPx(QWidget *widget, int designPx, QFont::Weight weight = QFont::Normal);
// Applies `scale` (window height / DesignHeight) to every widget under `root`
// that got its font from setFontPx().
void rescale(QWidget *root, qreal scale);

// "#rrggbb" for style sheets.
QString css(const QColor &color);

} // namespace mannam::KioskStyle
