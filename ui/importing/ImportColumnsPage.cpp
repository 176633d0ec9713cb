#include "ImportColumnsPage.h"

#include "FieldLabels.h"
#include "ImportDraft.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

ImportColumnsPage::ImportColumnsPage(ImportDraft &draft, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_columnsTable(new QTableWidget), m_nameWarningLabel(new QLabel)
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Each column of the file goes to one attendee field. The guesses come from the column "
                   "names; change any that are wrong, or ignore a column."));

    m_columnsTable->setObjectName(u"columnsTable"_s);
    m_columnsTable->setColumnCount(3);
    m_columnsTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Examples"), tr("Imported as")});
    m_columnsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_columnsTable->setWordWrap(false);
    m_columnsTable->verticalHeader()->hide();
    m_columnsTable->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::Interactive);
    m_columnsTable->horizontalHeader()->setSectionResizeMode(SamplesColumn, QHeaderView::Stretch);
    m_columnsTable->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);

    m_nameWarningLabel->setObjectName(u"noNameWarningLabel"_s);
    m_nameWarningLabel->setWordWrap(true);
    m_nameWarningLabel->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_nameWarningLabel->setText(tr("No column gives the attendees' names. Choose \"Name\" for the column with "
                                   "the full name, or \"First name\" and \"Last name\" for the two parts."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_columnsTable, 1);
    layout->addWidget(m_nameWarningLabel);
}

void ImportColumnsPage::initializePage()
{
    // The draft keeps the user's choices while the file's columns stay the same.
    const QStringList headers = m_draft.headers();
    const QList<AttendeeField> fields = m_draft.fields();
    const QList<AttendeeField> choices = FieldLabels::choices();
    m_columnsTable->setRowCount(0);  // drops the old combos too
    m_columnsTable->setRowCount(int(headers.size()));
    for (int column = 0; column < headers.size(); ++column) {
        const QString header = headers.at(column).trimmed();
        auto *headerItem = new QTableWidgetItem(header.isEmpty() ? tr("(column %1, no name)").arg(column + 1) : header);
        QFont bold = headerItem->font();
        bold.setBold(true);
        headerItem->setFont(bold);
        m_columnsTable->setItem(column, HeaderColumn, headerItem);

        const QStringList samples = m_draft.samples(column);
        auto *samplesItem = new QTableWidgetItem(samples.isEmpty() ? tr("(empty)") : samples.join(u"  ·  "_s));
        if (samples.isEmpty())
            samplesItem->setForeground(Qt::gray);
        samplesItem->setToolTip(samples.join(u'\n'));
        m_columnsTable->setItem(column, SamplesColumn, samplesItem);

        auto *combo = new QComboBox;
        combo->setObjectName(u"fieldComboBox%1"_s.arg(column));
        for (AttendeeField field : choices)
            combo->addItem(FieldLabels::label(field), int(field));
        combo->setCurrentIndex(combo->findData(int(fields.value(column, AttendeeField::Ignore))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { fieldChosen(column); });
        m_columnsTable->setCellWidget(column, FieldColumn, combo);
    }
    m_columnsTable->resizeColumnToContents(HeaderColumn);
    m_columnsTable->setColumnWidth(HeaderColumn, std::clamp(m_columnsTable->columnWidth(HeaderColumn), 120, 320));
    showNameWarning();
}

QComboBox *ImportColumnsPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_columnsTable->cellWidget(column, FieldColumn));
}

void ImportColumnsPage::fieldChosen(int column)
{
    QList<AttendeeField> fields = m_draft.fields();
    const auto chosen = AttendeeField(fieldCombo(column)->currentData().toInt());
    fields[column] = chosen;
    // A field comes from one column: the column that had it before lets it go.
    if (chosen != AttendeeField::Ignore) {
        for (int other = 0; other < fields.size(); ++other) {
            if (other == column || fields.at(other) != chosen)
                continue;
            fields[other] = AttendeeField::Ignore;
            QComboBox *otherCombo = fieldCombo(other);
            const QSignalBlocker blocker(otherCombo);
            otherCombo->setCurrentIndex(otherCombo->findData(int(AttendeeField::Ignore)));
        }
    }
    m_draft.setFields(fields);
    showNameWarning();
}

void ImportColumnsPage::showNameWarning()
{
    m_nameWarningLabel->setVisible(!m_draft.hasNameColumn());
    emit completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return m_draft.hasNameColumn();
}

} // namespace mannam
