#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mannam {

class ImportDraft;

// Step 1: which file, how it reads. The encoding is detected (and can be
// overridden); the preview shows the first rows as they will be imported.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportDraft &draft, QWidget *parent = nullptr);

    void openFile(const QString &path);
    bool isComplete() const override;

signals:
    // "Choose…" was clicked; the wizard asks for a path (a seam in tests).
    void chooseFileRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void encodingChosen();
    void showDraft();
    void showPreview();
    void showMessage(const QString &text, bool isError);

    ImportDraft &m_draft;
    QLineEdit *m_pathEdit;
    QPushButton *m_chooseButton;
    QComboBox *m_encodingCombo;
    QLabel *m_messageLabel;
    QTableWidget *m_previewTable;
};

} // namespace mannam
