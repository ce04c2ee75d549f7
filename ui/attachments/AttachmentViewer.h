#pragma once

#include "store/CaseStore.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QStackedWidget;

namespace pareview {

// Shows one attachment inside the case: PDF pages rendered out of process,
// images decoded with a size limit, text read-only. Its bytes are checked
// against their SHA-256 before anything is shown.
class AttachmentViewer final : public QDialog
{
    Q_OBJECT

public:
    AttachmentViewer(const StoredAttachment &attachment, const QByteArray &bytes, QWidget *parent = nullptr);

    int pageCount() const { return m_pages; }
    QString problem() const { return m_problem; }
    bool showPage(int page);

private:
    StoredAttachment m_attachment;
    QByteArray m_bytes;
    int m_pages = 0;
    QString m_problem;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_status = nullptr;
    QSpinBox *m_page = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace pareview
