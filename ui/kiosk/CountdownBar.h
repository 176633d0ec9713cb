#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

namespace mannam {

// A thin bar that shrinks until the screen resets itself, so people see that
// the result will go away on its own.
class CountdownBar : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownBar(QWidget *parent = nullptr);

    // Milliseconds left (or -1 for none) and the full length, polled while visible.
    void setSource(std::function<int()> remainingMs);
    void start(int totalMs);
    void stop();

    QSize sizeHint() const override { return {200, 8}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    std::function<int()> m_remaining;
    int m_totalMs = 0;
    QTimer m_tick;
};

} // namespace mannam
