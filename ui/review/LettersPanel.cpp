#include "LettersPanel.h"
#include "common/TableKeys.h"

#include "attachments/PdfRenderer.h"
#include "common/Dialogs.h"
#include "common/StatusText.h"
#include "common/UserSettings.h"
#include "letters/AppealLetters.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace pareview {

namespace {

QString appealOutcomeTitle(const QString &outcome)
{
    if (outcome == QLatin1String("overturned"))
        return LettersPanel::tr("overturned");
    if (outcome == QLatin1String("partly-overturned"))
        return LettersPanel::tr("partly overturned");
    if (outcome == QLatin1String("upheld"))
        return LettersPanel::tr("upheld");
    if (outcome == QLatin1String("dismissed"))
        return LettersPanel::tr("dismissed");
    if (outcome == QLatin1String("withdrawn"))
        return LettersPanel::tr("withdrawn");
    return outcome;
}

QString kindTitle(const IssuedLetter &letter)
{
    if (letter.appealId > 0)
        return LettersPanel::tr("Appeal %1: %2")
            .arg(letter.appealReference, appealOutcomeTitle(letter.kind.mid(int(qstrlen("appeal-")))));
    const QString &kind = letter.kind;
    if (kind == QLatin1String("approval"))
        return LettersPanel::tr("Approval");
    if (kind == QLatin1String("denial"))
        return LettersPanel::tr("Denial");
    if (kind == QLatin1String("information"))
        return LettersPanel::tr("Request for information");
    if (kind == QLatin1String("referral"))
        return LettersPanel::tr("Referral");
    return kind;
}

} // namespace

LettersPanel::LettersPanel(std::shared_ptr<Database> db, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_user(user)
{
    setObjectName(QStringLiteral("lettersPanel"));
    m_table = new QTableWidget(0, 5);
    tabLeavesTable(m_table);
    m_table->setObjectName(QStringLiteral("lettersTable"));
    m_table->setAccessibleName(tr("Letters issued for this case"));
    m_table->setHorizontalHeaderLabels({tr("Issued"), tr("Kind"), tr("Language"), tr("Issued by"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_save = new QPushButton(tr("&Save letter as PDF…"));
    m_save->setObjectName(QStringLiteral("saveLetterButton"));
    m_print = new QPushButton(tr("&Print…"));
    m_print->setObjectName(QStringLiteral("printLetterButton"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("lettersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A fixed row of three lines: a message appearing never moves the buttons.
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 3 + 4);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_printing = new QFutureWatcher<Printed>(this);
    connect(m_printing, &QFutureWatcher<Printed>::finished, this, [this] {
        const Printed p = m_printing->result();
        m_message->setText(p.error.isEmpty() ? tr("The letter was sent to the printer (%n page(s)).", nullptr, p.pages)
                                             : tr("The letter was not printed: %1").arg(p.error));
        updateButtons();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LettersPanel::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &LettersPanel::save);
    connect(m_print, &QPushButton::clicked, this, &LettersPanel::print);
    updateButtons();
}

void LettersPanel::setCase(qint64 caseId, const QString &caseReference)
{
    m_caseId = caseId;
    m_reference = caseReference;
    m_letters.clear();
    m_table->setRowCount(0);
    m_message->clear();
    m_message->setToolTip(QString());
    if (caseId > 0) {
        // The determinations' letters and the appeals' (of this case, or
        // the appeal it is), in the order they were issued.
        auto letters = Letters::issued(*m_db, caseId);
        auto appealLetters = AppealLetters::forCase(*m_db, caseId);
        if (!letters || !appealLetters) {
            m_message->setText(tr("The letters cannot be listed: %1").arg(!letters ? letters.error() : appealLetters.error()));
        } else {
            m_letters = letters.value() + appealLetters.value();
            std::stable_sort(m_letters.begin(), m_letters.end(), [](const IssuedLetter &a, const IssuedLetter &b) {
                return Database::storedTime(QVariant(a.issuedAt)) < Database::storedTime(QVariant(b.issuedAt));
            });
        }
    }
    const QLocale locale;
    m_table->setRowCount(int(m_letters.size()));
    for (int row = 0; row < m_letters.size(); ++row) {
        const IssuedLetter &l = m_letters.at(row);
        const QDateTime at = Database::storedTime(QVariant(l.issuedAt));
        m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(kindTitle(l)));
        m_table->setItem(row, 2, new QTableWidgetItem(letterLanguageText(l.language)));
        m_table->setItem(row, 3, new QTableWidgetItem(l.issuedByName));
        m_table->setItem(row, 4, new QTableWidgetItem(l.current ? tr("In force") : tr("No longer in force: a later determination")));
    }
    m_table->resizeColumnsToContents();
    if (!m_letters.isEmpty())
        m_table->selectRow(int(m_letters.size()) - 1);
    else if (caseId > 0 && m_message->text().isEmpty())
        m_message->setText(tr("No letter has been issued for this case yet."));
    updateButtons();
    Q_EMIT countChanged(int(m_letters.size()));
}

const IssuedLetter *LettersPanel::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_letters.size() ? &m_letters.at(row) : nullptr;
}

void LettersPanel::updateButtons()
{
    const bool any = selected() && Letters::mayExport(m_user);
    m_save->setEnabled(any);
    m_print->setEnabled(any && !m_printing->isRunning());
}

void LettersPanel::save()
{
    const IssuedLetter *chosen = selected();
    if (!chosen)
        return;
    // The folder the person saved a letter to last, else their Documents.
    UserSettings settings(m_user.name);
    QString folder = settings.value(QStringLiteral("letters/saveFolder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString reference = chosen->appealId > 0 ? chosen->appealReference
                              : m_reference.isEmpty()  ? QString::number(m_caseId)
                                                       : m_reference;
    const QString suggested
        = QDir(folder).filePath(QStringLiteral("%1-%2-%3.pdf").arg(reference, chosen->kind, chosen->language));
    const QString path = Dialogs::saveFileName(this, tr("Save letter as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // The stored bytes, checked against their SHA-256 as they are read.
    auto letter = exportIssued(*chosen);
    if (!letter) {
        m_message->setText(tr("The letter was not saved: %1").arg(letter.error()));
        Dialogs::warning(this, tr("Save letter as PDF"), tr("The letter was not saved: %1").arg(letter.error()));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(letter->pdf) != letter->pdf.size() || !file.commit()) {
        const QString why = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        m_message->setText(why);
        Dialogs::warning(this, tr("Save letter as PDF"), why);
        return;
    }
    settings.setValue(QStringLiteral("letters/saveFolder"), QFileInfo(path).absolutePath());
    m_message->setText(tr("Saved the letter “%1” (%2) to %3 (SHA-256 %4).")
                           .arg(kindTitle(*letter), letterLanguageText(letter->language),
                                QDir::toNativeSeparators(path), letter->sha256));
    m_message->setToolTip(m_message->text());
}

Result<IssuedLetter> LettersPanel::exportIssued(const IssuedLetter &letter)
{
    return letter.appealId > 0 ? AppealLetters::exportIssued(*m_db, letter.id, m_user) : Letters::exportIssued(*m_db, letter.id, m_user);
}

void LettersPanel::print()
{
    const IssuedLetter *chosen = selected();
    if (!chosen || m_printing->isRunning())
        return;
    const IssuedLetter which = *chosen;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(kindTitle(which));
    if (!Dialogs::print(this, printer.get(), tr("Print letter"))) {
        m_message->setText(tr("Printing was cancelled."));
        return;
    }
    // Read (and audit as exported) only once the person has chosen to print.
    auto letter = exportIssued(which);
    if (!letter) {
        m_message->setText(tr("The letter was not printed: %1").arg(letter.error()));
        Dialogs::warning(this, tr("Print letter"), tr("The letter was not printed: %1").arg(letter.error()));
        return;
    }
    m_message->setText(tr("Printing…"));
    const QByteArray pdf = letter->pdf;
    m_print->setEnabled(false);
    // The pages are rendered (out of process) and painted on a worker: the
    // window keeps answering while a long letter prints.
    m_printing->setFuture(QtConcurrent::run([printer, pdf]() {
        Printed out;
        auto count = PdfRenderer::pageCount(pdf);
        if (!count) {
            out.error = count.error();
            return out;
        }
        const int dpi = qBound(150, printer->resolution(), 300);
        QPainter painter;
        if (!painter.begin(printer.get())) {
            out.error = QStringLiteral("the printer could not be started");
            return out;
        }
        for (int page = 1; page <= count.value(); ++page) {
            auto image = PdfRenderer::renderPage(pdf, page, dpi);
            if (!image) {
                out.error = image.error();
                break;
            }
            if (page > 1 && !printer->newPage()) {
                out.error = QStringLiteral("the printer refused page %1").arg(page);
                break;
            }
            const QRect area = painter.viewport();
            const QSize size = image->size().scaled(area.size(), Qt::KeepAspectRatio);
            painter.drawImage(QRect(area.topLeft() + QPoint((area.width() - size.width()) / 2, 0), size), image.value());
            ++out.pages;
        }
        if (!painter.end() && out.error.isEmpty())
            out.error = QStringLiteral("the printer did not finish");
        return out;
    }));
}

} // namespace pareview
