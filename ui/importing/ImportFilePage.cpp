#include "ImportFilePage.h"

#include "ImportDraft.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// The first local file among dropped URLs, if any.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    }
    return {};
}

constexpr int MaxPreviewColumnWidth = 260;

} // namespace

ImportFilePage::ImportFilePage(ImportDraft &draft, QWidget *parent)
    : QWizardPage(parent),
      m_draft(draft),
      m_pathEdit(new QLineEdit),
      m_chooseButton(new QPushButton(tr("Choose…"))),
      m_encodingCombo(new QComboBox),
      m_messageLabel(new QLabel),
      m_previewTable(new QTableWidget)
{
    setTitle(tr("Registration export"));
    setSubTitle(tr("Choose the CSV file from Festa, Event-us, Onoffmix, Luma, Eventbrite or Google Forms, "
                   "or drop it here. Check that the names below read correctly."));
    setAcceptDrops(true);

    m_pathEdit->setObjectName(u"filePathLineEdit"_s);
    m_pathEdit->setPlaceholderText(tr("Path of the CSV file"));
    m_chooseButton->setObjectName(u"chooseFileButton"_s);
    m_encodingCombo->setObjectName(u"encodingComboBox"_s);
    m_encodingCombo->addItem(ImportDraft::encodingLabel(TextEncoding::Auto), int(TextEncoding::Auto));
    m_encodingCombo->addItem(ImportDraft::encodingLabel(TextEncoding::Utf8), int(TextEncoding::Utf8));
    m_encodingCombo->addItem(tr("CP949 (Korean Windows, EUC-KR)"), int(TextEncoding::Cp949));
    m_encodingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_messageLabel->setObjectName(u"fileMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewTable->setObjectName(u"previewTable"_s);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setWordWrap(false);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewTable->verticalHeader()->setToolTip(tr("Line in the file"));

    auto *fileRow = new QGridLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_pathEdit);
    auto *encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encodingCombo);
    fileRow->addWidget(fileLabel, 0, 0);
    fileRow->addWidget(m_pathEdit, 0, 1);
    fileRow->addWidget(m_chooseButton, 0, 2);
    fileRow->addWidget(encodingLabel, 1, 0);
    fileRow->addWidget(m_encodingCombo, 1, 1, Qt::AlignLeft);
    fileRow->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_previewTable, 1);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportFilePage::chooseFileRequested);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        const QString path = m_pathEdit->text().trimmed();
        if (!path.isEmpty() && path != QDir::toNativeSeparators(m_draft.path()))
            openFile(QDir::fromNativeSeparators(path));
    });
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::encodingChosen);
    showDraft();
}

void ImportFilePage::openFile(const QString &path)
{
    if (path.isEmpty())
        return;
    m_draft.load(path);
    {
        const QSignalBlocker blocker(m_encodingCombo);
        m_encodingCombo->setCurrentIndex(m_encodingCombo->findData(int(TextEncoding::Auto)));
        m_pathEdit->setText(QDir::toNativeSeparators(path));
    }
    showDraft();
}

void ImportFilePage::encodingChosen()
{
    m_draft.setEncoding(TextEncoding(m_encodingCombo->currentData().toInt()));
    showDraft();
}

bool ImportFilePage::isComplete() const
{
    return m_draft.isUsable();
}

void ImportFilePage::showDraft()
{
    const bool decodedAutomatically = m_draft.isLoaded() && m_draft.requestedEncoding() == TextEncoding::Auto
            && !m_draft.headers().isEmpty() && m_draft.error().isEmpty();
    m_encodingCombo->setItemText(0, decodedAutomatically
                                         ? tr("Automatic (%1 detected)").arg(ImportDraft::encodingLabel(m_draft.usedEncoding()))
                                         : ImportDraft::encodingLabel(TextEncoding::Auto));
    m_encodingCombo->setEnabled(m_draft.isLoaded());

    if (!m_draft.isLoaded())
        showMessage(tr("No file chosen yet."), false);
    else if (!m_draft.error().isEmpty())
        showMessage(m_draft.error(), true);
    else
        showMessage(tr("Rows: %1 · Columns: %2 · Encoding: %3. The first rows as they will be read:")
                            .arg(QLocale().toString(m_draft.rowCount()), QLocale().toString(m_draft.headers().size()),
                                 ImportDraft::encodingLabel(m_draft.usedEncoding())),
                    false);
    showPreview();
    emit completeChanged();
}

void ImportFilePage::showPreview()
{
    const QStringList headers = m_draft.headers();
    const QList<CsvRecord> &records = m_draft.previewRecords();
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(headers.size()));
    m_previewTable->setRowCount(int(records.size()));
    m_previewTable->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < records.size(); ++row) {
        const CsvRecord &record = records.at(row);
        m_previewTable->setVerticalHeaderItem(row, new QTableWidgetItem(QLocale().toString(record.line)));
        for (int column = 0; column < headers.size(); ++column) {
            // Line breaks inside a quoted cell would make rows of uneven height.
            QString text = record.fields.value(column);
            text.replace(u'\n', u' ').remove(u'\r');
            m_previewTable->setItem(row, column, new QTableWidgetItem(text));
        }
    }
    m_previewTable->resizeColumnsToContents();
    for (int column = 0; column < m_previewTable->columnCount(); ++column)
        m_previewTable->setColumnWidth(column, std::min(m_previewTable->columnWidth(column) + 12, MaxPreviewColumnWidth));
}

void ImportFilePage::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(isError ? u"color: #b00020; font-weight: bold;"_s : QString());
    m_messageLabel->setProperty("isError", isError);
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

} // namespace mannam
