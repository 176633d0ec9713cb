#include "DeskListEditor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

DeskListEditor::DeskListEditor(QWidget *parent)
    : QWidget(parent),
      m_list(new QListWidget),
      m_add(new QPushButton(tr("Add"))),
      m_rename(new QPushButton(tr("Rename"))),
      m_remove(new QPushButton(tr("Remove")))
{
    m_list->setObjectName(u"deskListWidget"_s);
    m_add->setObjectName(u"addDeskButton"_s);
    m_rename->setObjectName(u"renameDeskButton"_s);
    m_remove->setObjectName(u"removeDeskButton"_s);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setFixedHeight(110);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_rename, m_remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1, Qt::AlignTop);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &DeskListEditor::addDesk);
    connect(m_rename, &QPushButton::clicked, this, &DeskListEditor::renameCurrentDesk);
    connect(m_remove, &QPushButton::clicked, this, &DeskListEditor::removeCurrentDesk);
    connect(m_list, &QListWidget::currentRowChanged, this, &DeskListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &DeskListEditor::edited);
    updateButtons();
}

void DeskListEditor::setDesks(const QStringList &desks)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &desk : desks) {
        auto *item = new QListWidgetItem(desk, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

QStringList DeskListEditor::desks() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        names << m_list->item(row)->text().simplified(); // stored one per line: no line breaks
    return names;
}

QString DeskListEditor::problem() const
{
    QSet<QString> seen;
    const QStringList names = desks();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        if (name.isEmpty())
            return tr("Desk %1 has no name.").arg(i + 1);
        const QString key = name.toCaseFolded();
        if (seen.contains(key))
            return tr("The desk name “%1” appears twice.").arg(name);
        seen.insert(key);
    }
    return {};
}

void DeskListEditor::addDesk()
{
    // "Desk 3" after "Desk 1" and "Desk 2"; the next free number if renamed meanwhile.
    const QStringList names = desks();
    int number = int(names.size()) + 1;
    while (names.contains(tr("Desk %1").arg(number), Qt::CaseInsensitive))
        ++number;
    auto *item = new QListWidgetItem(tr("Desk %1").arg(number), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    emit edited();
}

void DeskListEditor::renameCurrentDesk()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void DeskListEditor::removeCurrentDesk()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    updateButtons();
    emit edited();
}

void DeskListEditor::updateButtons()
{
    const bool current = m_list->currentRow() >= 0;
    m_rename->setEnabled(current);
    m_remove->setEnabled(current);
}

} // namespace mannam
