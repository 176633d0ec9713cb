#pragma once

#include <QFrame>

class QAction;
class QChart;
class QChartView;
class QToolButton;

namespace mannam {

// One chart of the dashboard in a frame, with "Save as PNG…" on a button in
// its corner and in its context menu. The subclasses fill the chart.
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    // `fileStem`: the suggested file name without extension ("arrivals").
    ChartPanel(const QString &objectName, const QString &fileStem, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QString suggestedFileName() const;

    // The chart as it is shown (without the button), written as a PNG.
    // False when the file could not be written.
    bool saveAsPng(const QString &path);

    // Titles, axes and legend in the widget's font, so that Hangul renders
    // whatever font the chart theme would pick. Call after the axes exist.
    void applyFonts();

signals:
    void saveRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void placeSaveButton();

    QString m_fileStem;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QAction *m_saveAction = nullptr;
    QToolButton *m_saveButton = nullptr;
};

} // namespace mannam
