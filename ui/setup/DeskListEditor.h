#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace mannam {

// The event's registration desks: add, rename (in place) and remove.
class DeskListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DeskListEditor(QWidget *parent = nullptr);

    void setDesks(const QStringList &desks);
    // The names as shown, trimmed; empty names included so that they can be refused.
    QStringList desks() const;
    // A problem with the names (empty or twice), for the organizer; empty if none.
    QString problem() const;

    void addDesk();
    void renameCurrentDesk();
    void removeCurrentDesk();

signals:
    void edited();

private:
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_remove;
};

} // namespace mannam
