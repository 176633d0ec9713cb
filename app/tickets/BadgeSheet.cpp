#include "BadgeSheet.h"

#include "PdfFile.h"

#include "BadgeLayout.h"
#include "codes/QrCodec.h"

#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// Vector coordinates; 300 units per inch is plenty for 0.1 mm precision.
constexpr qreal A4WidthMm = 210.0;
// Cut marks stop this far from the badges and from the paper's edge.
constexpr qreal CutMarkGapMm = 2.0;
const QColor CutMark(0x80, 0x80, 0x80);

// Lines along every badge edge, drawn in the margins around the block of badges.
void paintCutMarks(QPainter &painter, const QRectF &block, const QSizeF &badge, const QSizeF &page,
                   qreal mm)
{
    painter.save();
    painter.setPen(QPen(CutMark, 0.2 * mm));
    const qreal gap = CutMarkGapMm * mm;
    for (int c = 0; c <= BadgeSheet::Columns; ++c) {
        const qreal x = block.left() + c * badge.width();
        painter.drawLine(QPointF(x, gap), QPointF(x, block.top() - gap));
        painter.drawLine(QPointF(x, block.bottom() + gap), QPointF(x, page.height() - gap));
    }
    for (int r = 0; r <= BadgeSheet::Rows; ++r) {
        const qreal y = block.top() + r * badge.height();
        painter.drawLine(QPointF(gap, y), QPointF(block.left() - gap, y));
        painter.drawLine(QPointF(block.right() + gap, y), QPointF(page.width() - gap, y));
    }
    painter.restore();
}

} // namespace

bool BadgeSheet::write(const QList<Attendee> &attendees, const QString &path, QString *error,
                       const Progress &progress)
{
    m_cancelled = false;
    const QString shownPath = QDir::toNativeSeparators(path);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Fonts need a GUI application; without one Qt aborts instead of failing.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Badges can only be drawn by a graphical application."));
    if (attendees.isEmpty())
        return fail(tr("There is nobody to make badges for."));
    for (const Attendee &attendee : attendees) {
        if (attendee.badgeCode.isEmpty())
            return fail(tr("%1 has no badge code.").arg(attendee.name));
        QString encodeError;
        if (QrCodec::encode(attendee.badgeCode, 1, &encodeError).isNull())
            return fail(tr("Cannot make the badge QR code of %1: %2").arg(attendee.name, encodeError));
    }

    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    const bool written = PdfFile::write(path, a4, tr("Badges · %1").arg(m_event.name), [&](QPainter &painter, QPdfWriter &pdf) {
        const QSizeF page(pdf.width(), pdf.height());
        const qreal mm = page.width() / A4WidthMm;
        const QSizeF badge(BadgeLayout::BadgeWidthMm * mm, BadgeLayout::BadgeHeightMm * mm);
        const QSizeF blockSize(Columns * badge.width(), Rows * badge.height());
        const QRectF block(QPointF((page.width() - blockSize.width()) / 2,
                                   (page.height() - blockSize.height()) / 2),
                           blockSize);
        const int total = int(attendees.size());
        for (int i = 0; i < total; ++i) {
            const int slot = i % BadgesPerPage;
            if (slot == 0) {
                if (i > 0 && !pdf.newPage())
                    return false;
                paintCutMarks(painter, block, badge, page, mm);
            }
            const QRectF cell(block.left() + (slot % Columns) * badge.width(),
                              block.top() + (slot / Columns) * badge.height(), badge.width(),
                              badge.height());
            BadgeLayout::paintBadge(painter, cell, m_event, attendees.at(i));
            if (progress && !progress(i + 1, total)) {
                m_cancelled = true;
                return false;
            }
        }
        return true;
    }, error);
    if (m_cancelled)
        return fail(tr("Cancelled; %1 was not written.").arg(shownPath));
    return written;
}

} // namespace mannam
