#pragma once

#include "store/CaseStore.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QStackedWidget;

namespace pareview {

// Shows one attachment inside the case: PDF pages rendered out of process,
// images decoded with a size limit, text read-only. Its bytes are checked
// against their SHA-256 before anything is shown. A PDF's pages are
// rendered on a worker thread (the renderer process can take seconds), so
// the window keeps answering; the page box asks for a page, and only the
// page last asked for is shown when it arrives.
class AttachmentViewer final : public QDialog
{
    Q_OBJECT

public:
    AttachmentViewer(const StoredAttachment &attachment, const QByteArray &bytes, QWidget *parent = nullptr);

    ~AttachmentViewer() override;

    int pageCount() const { return m_pages; }
    QString problem() const { return m_problem; }

private:
    struct Rendered
    {
        int page = 0;
        int pages = -1; // counted with this page: the first time
        QImage image;
        QString error;
        bool sandboxed = false;
    };
    void requestPage(int page);
    void showRendered(const Rendered &rendered);

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
    QFutureWatcher<Rendered> *m_rendering = nullptr;
    int m_wanted = 0; // the page the person asked for last
};

} // namespace pareview
