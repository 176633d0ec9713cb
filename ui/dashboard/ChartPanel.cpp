#include "ChartPanel.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>

#include <QAction>
#include <QEvent>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

ChartPanel::ChartPanel(const QString &objectName, const QString &fileStem, QWidget *parent)
    : QFrame(parent), m_fileStem(fileStem), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    m_chart->setAnimationOptions(QChart::NoAnimation); // live data: no replaying of the last change
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setObjectName(objectName + u"View"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_saveAction = new QAction(tr("Save as PNG…"), this);
    m_saveAction->setObjectName(objectName + u"SaveAction"_s);
    connect(m_saveAction, &QAction::triggered, this, &ChartPanel::saveRequested);
    m_view->addAction(m_saveAction);
    m_saveButton = new QToolButton(m_view);
    m_saveButton->setObjectName(objectName + u"SaveButton"_s);
    m_saveButton->setDefaultAction(m_saveAction);
    m_saveButton->setAutoRaise(true);
    m_saveButton->setCursor(Qt::PointingHandCursor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QString ChartPanel::suggestedFileName() const
{
    return m_fileStem + u".png"_s;
}

bool ChartPanel::saveAsPng(const QString &path)
{
    m_saveButton->hide();
    const QPixmap image = m_view->grab();
    m_saveButton->show();
    return !image.isNull() && image.save(path, "PNG");
}

void ChartPanel::applyFonts()
{
    const QFont base = font();
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.15);
    m_chart->setTitleFont(title);
    m_chart->legend()->setFont(base);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(small);
        axis->setTitleFont(base);
    }
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeSaveButton();
}

void ChartPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
    else if (event->type() == QEvent::LanguageChange)
        m_saveAction->setText(tr("Save as PNG…"));
}

void ChartPanel::placeSaveButton()
{
    m_saveButton->adjustSize();
    m_saveButton->move(m_view->width() - m_saveButton->width() - 4, 4);
    m_saveButton->raise();
}

} // namespace mannam
