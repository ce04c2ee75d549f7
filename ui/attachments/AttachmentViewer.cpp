#include "AttachmentViewer.h"

#include "PdfRenderer.h"
#include "common/ScreenFit.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pareview {

AttachmentViewer::AttachmentViewer(const StoredAttachment &attachment, const QByteArray &bytes, QWidget *parent)
    : QDialog(parent)
    , m_attachment(attachment)
    , m_bytes(bytes)
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setWindowTitle(tr("%1 — %2, %3 bytes").arg(attachment.fileName, attachment.detectedType).arg(attachment.size));
    m_stack = new QStackedWidget;
    m_image = new QLabel;
    m_image->setObjectName(QStringLiteral("attachmentImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("attachmentText"));
    m_text->setReadOnly(true);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_text);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("attachmentStatus"));
    m_status->setWordWrap(true);
    m_page = new QSpinBox;
    m_page->setObjectName(QStringLiteral("attachmentPage"));
    m_page->setPrefix(tr("page "));
    m_page->setMinimum(1);
    m_page->setAccessibleName(tr("Page"));
    m_page->hide();
    m_scroll->setAccessibleName(tr("Attachment page"));
    m_text->setAccessibleName(tr("Attachment text"));
    m_status->setAccessibleName(tr("Attachment status"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    // A page at a readable size, within the screen (a 900-pixel-tall
    // screen leaves less than 900 for the window).
    fitToScreen(this, QSize(900, 900));

    const QString type = attachment.detectedType;
    if (type == QLatin1String("application/pdf")) {
        m_rendering = new QFutureWatcher<Rendered>(this);
        connect(m_rendering, &QFutureWatcherBase::finished, this, [this] { showRendered(m_rendering->result()); });
        connect(m_page, &QSpinBox::valueChanged, this, &AttachmentViewer::requestPage);
        m_page->setEnabled(false); // until the pages are counted
        requestPage(1);
    } else if (type.startsWith(QLatin1String("image/"))) {
        QBuffer buffer(&m_bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAllocationLimit(256); // MB: a decompression bomb stops here
        const QImage image = reader.read();
        if (image.isNull()) {
            m_problem = reader.errorString();
            m_status->setText(tr("This image cannot be shown: %1").arg(reader.errorString()));
            return;
        }
        m_pages = 1;
        m_image->setPixmap(QPixmap::fromImage(image));
        m_status->setText(tr("%1 × %2 pixels · integrity checked (SHA-256 %3)").arg(image.width()).arg(image.height()).arg(attachment.sha256.left(12)));
    } else if (type == QLatin1String("text/plain")) {
        m_pages = 1;
        m_stack->setCurrentWidget(m_text);
        m_text->setPlainText(QString::fromUtf8(m_bytes.left(5 * 1024 * 1024)));
        m_status->setText(tr("Text · integrity checked (SHA-256 %1)").arg(attachment.sha256.left(12)));
    } else {
        m_problem = tr("no viewer for %1").arg(type);
        m_status->setText(tr("pareview has no viewer for %1 files.").arg(type));
    }
}

AttachmentViewer::~AttachmentViewer()
{
    // A page still rendering finishes on its own; nobody shows it.
    if (m_rendering)
        m_rendering->disconnect(this);
}

void AttachmentViewer::requestPage(int page)
{
    m_wanted = page;
    if (m_rendering->isRunning())
        return; // asked for when the page on its way arrives
    const bool count = m_pages == 0;
    m_status->setText(count ? tr("Reading the PDF…") : tr("Rendering page %1 of %2…").arg(page).arg(m_pages));
    m_rendering->setFuture(QtConcurrent::run([bytes = m_bytes, page, count] {
        Rendered out;
        out.page = page;
        out.sandboxed = PdfRenderer::sandboxed();
        if (count) {
            auto pages = PdfRenderer::pageCount(bytes);
            if (!pages) {
                out.error = pages.error();
                return out;
            }
            out.pages = pages.value();
        }
        auto image = PdfRenderer::renderPage(bytes, page);
        if (!image)
            out.error = image.error();
        else
            out.image = image.value();
        return out;
    }));
}

void AttachmentViewer::showRendered(const Rendered &rendered)
{
    if (rendered.pages >= 0 || (m_pages == 0 && !rendered.error.isEmpty())) {
        if (rendered.pages < 0) {
            m_problem = rendered.error;
            m_status->setText(tr("This PDF cannot be shown: %1").arg(rendered.error));
            return;
        }
        m_pages = rendered.pages;
        const QSignalBlocker blocker(m_page);
        m_page->setMaximum(qMax(1, m_pages));
        m_page->setSuffix(tr(" of %1").arg(m_pages));
        m_page->setEnabled(true);
        m_page->show();
    }
    if (m_wanted != rendered.page) {
        requestPage(m_wanted); // the person moved on meanwhile
        return;
    }
    if (!rendered.error.isEmpty()) {
        m_problem = rendered.error;
        m_status->setText(tr("Page %1 cannot be shown: %2").arg(rendered.page).arg(rendered.error));
        return;
    }
    m_problem.clear();
    m_image->setPixmap(QPixmap::fromImage(rendered.image));
    const QSignalBlocker blocker(m_page);
    m_page->setValue(rendered.page);
    m_status->setText(tr("PDF page %1 of %2 · rendered in a separate process%3 · integrity checked (SHA-256 %4)")
                          .arg(rendered.page)
                          .arg(m_pages)
                          .arg(rendered.sandboxed ? tr(" (sandboxed)") : QString())
                          .arg(m_attachment.sha256.left(12)));
}

} // namespace pareview
