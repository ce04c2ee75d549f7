// No freezes (issues 10 and 14): the longest the event loop of the window
// went without running, while the work a person starts runs. A 2 ms timer
// on the GUI thread notes the longest gap between its ticks; the work is
// started as a person starts it (the window's own actions, the folder
// chosen through the dialog wrapper) on the offscreen platform. Goal: no
// gap over 100 ms. Beside each: how long the whole operation took, and for
// the integrity check the same check run on the GUI thread (how start-up
// ran it before).

#include "Bench.h"
#include "BundleGen.h"
#include "StoreGen.h"

#include "MainWindow.h"
#include "attachments/AttachmentViewer.h"
#include "attachments/PdfRenderer.h"
#include "common/Dialogs.h"
#include "letters/AppealLetters.h"
#include "letters/Letters.h"
#include "policy/PolicyLibrary.h"
#include "store/CaseStore.h"
#include "store/Appeals.h"
#include "store/Review.h"
#include "worklist/WorklistView.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreCheck.h"
#include "store/Users.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <functional>

namespace bench {

namespace {

// The longest gap between ticks of a 2 ms timer while `work` runs (which
// may spin the event loop itself, or start something and return: then the
// loop runs until `done` is true).
struct Stall
{
    double longestMs = 0;
    double totalMs = 0;
};

Stall measureStall(const std::function<void()> &work, const std::function<bool()> &done = {})
{
    QElapsedTimer clock, total;
    QTimer beat;
    beat.setTimerType(Qt::PreciseTimer);
    beat.setInterval(2);
    qint64 last = 0, longest = 0;
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    clock.start();
    beat.start();
    QEventLoop settle; // the first tick, so the gap counts from a running loop
    QTimer::singleShot(10, &settle, &QEventLoop::quit);
    settle.exec();
    longest = 0;
    last = clock.nsecsElapsed();
    total.start();
    work();
    while (done && !done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const qint64 end = clock.nsecsElapsed();
    longest = qMax(longest, end - last); // a stall at the very end counts too
    beat.stop();
    return { longest / 1e6, total.nsecsElapsed() / 1e6 };
}

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

const QString kGroup = QStringLiteral("No freezes: the longest event-loop stall of the window while the work runs (2 ms heartbeat on the GUI thread, offscreen)");

} // namespace

void runStalls(const Config &cfg)
{
    BundleGen gen(cfg.examplesDir);
    if (!gen.ok()) {
        log(gen.error());
        return;
    }
    const pareview::PolicyLibrary library = pareview::PolicyLibrary::builtIn();

    // 1. The integrity check of the largest generated store: StoreCheck (its
    // own connection and thread) against the same check on the GUI thread.
    for (int size : cfg.sizes) {
        if (size != cfg.sizes.last())
            continue;
        QString error;
        const QString path = ensureStore(cfg, gen, size, &error);
        if (path.isEmpty()) {
            log(error);
            break;
        }
        const QString label = QLocale(QLocale::English).toString(size);
        QVector<double> bgStall, bgTotal, fgStall;
        for (int r = 0; r < qMax(1, cfg.reps / 2); ++r) {
            auto db = pareview::Database::open(path, {}, pareview::Database::CheckOnOpen::Later);
            if (!db) {
                log(db.error());
                return;
            }
            std::unique_ptr<pareview::StoreCheck> check;
            const Stall bg = measureStall([&] { check = std::make_unique<pareview::StoreCheck>(db.value()); },
                                          [&] { return check && check->state() != pareview::StoreCheck::State::Running; });
            if (check->state() != pareview::StoreCheck::State::Passed)
                log(QStringLiteral("stalls: the check of %1 failed: %2").arg(path, check->problem()));
            bgStall << bg.longestMs;
            bgTotal << bg.totalMs;
            const Stall fg = measureStall([&] { (void)db.value()->integrityProblem(pareview::Database::checkFor(QFileInfo(path).size())); });
            fgStall << fg.longestMs;
            log(QStringLiteral("stalls: check of %1 cases: background %2 ms stall (%3 ms), foreground %4 ms").arg(label).arg(bg.longestMs).arg(bg.totalMs).arg(fg.longestMs));
        }
        report().add({ kGroup,
                       QStringLiteral("integrity check of the %1-case store (%2; %3 ms in all), StoreCheck beside the window")
                           .arg(label, pareview::Database::checkFor(QFileInfo(path).size()) == pareview::Database::Check::Full ? QStringLiteral("integrity_check")
                                                                                                                             : QStringLiteral("quick_check"))
                           .arg(median(bgTotal), 0, 'f', 0),
                       ms(median(bgStall)), QStringLiteral("the same check on the GUI thread (start-up before this change)"), ms(median(fgStall)),
                       times(median(bgStall) / median(fgStall)), QStringLiteral("< 100 ms"), atMost(median(bgStall), 100) });
    }

    // 2. Folder import and re-evaluation in the window, on a demo store.
    const QString store = QDir(cfg.workDir).filePath(QStringLiteral("stalls-demo.sqlite"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(store + suffix);
    auto db = pareview::Database::open(store);
    if (!db || !pareview::DemoData::populate(*db.value())) {
        log(QStringLiteral("stalls: cannot make the demo store"));
        return;
    }
    const int bundles = 100;
    const QString folder = QDir(cfg.workDir).filePath(QStringLiteral("stalls-bundles"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    for (int i = 0; i < bundles; ++i) {
        QFile f(QDir(folder).filePath(QStringLiteral("b%1.json").arg(i, 4, 10, QLatin1Char('0'))));
        const QByteArray b = gen.make(100000 + i, 64 * 1024); // a chart note of 32–96 KiB each
        if (!f.open(QIODevice::WriteOnly) || f.write(b) != b.size())
            return;
    }
    auto admin = pareview::Users::byName(*db.value(), QStringLiteral("admin"));
    auto director = pareview::Users::byName(*db.value(), QStringLiteral("director"));
    if (!admin || !director)
        return;
    {
        pareview::MainWindow window(db.value(), admin.value(), library);
        window.show();
        QCoreApplication::processEvents();
        pareview::Dialogs::answerNext(pareview::Dialogs::path(pareview::Dialogs::Kind::Directory, folder));
        QAction *import = action(&window, "importFolderAction");
        const Stall s = measureStall([&] { import->trigger(); });
        report().add({ kGroup, QStringLiteral("File → Import a folder of bundles… (%1 bundles with a 32–96 KiB attachment each, into SQLite)").arg(bundles),
                       ms(s.longestMs), QStringLiteral("the whole import"), ms(s.totalMs), times(s.longestMs / s.totalMs), QStringLiteral("< 100 ms"),
                       atMost(s.longestMs, 100) });
    }
    {
        pareview::MainWindow window(db.value(), director.value(), library);
        window.show();
        QCoreApplication::processEvents();
        QAction *reevaluate = action(&window, "reevaluateAction");
        const Stall s = measureStall([&] { reevaluate->trigger(); });
        report().add({ kGroup, QStringLiteral("File → Re-evaluate the listed cases… (the director's default list of the store above)"), ms(s.longestMs),
                       QStringLiteral("the whole re-evaluation"), ms(s.totalMs), times(s.longestMs / s.totalMs), QStringLiteral("< 100 ms"),
                       atMost(s.longestMs, 100) });
    }

    // 3. The medical director's letter and a PDF attachment, as a person
    // goes: Determine… (the letter previewed, marked DRAFT, its pages shown),
    // Record, Issue letter; then the issued letter attached to the case as a
    // PDF and opened in the attachment viewer, and its next page. Beside
    // each, the same work on the GUI thread (how it ran before).
    auto nurse = pareview::Users::byName(*db.value(), QStringLiteral("nurse"));
    auto reviewer = pareview::Users::byName(*db.value(), QStringLiteral("reviewer"));
    auto elias = db.value()->exec(QStringLiteral("SELECT id FROM cases WHERE member_id = 'M10004417'"));
    if (!nurse || !reviewer || !elias || !elias->next())
        return;
    const qint64 caseId = elias->value(0).toLongLong();
    if (!pareview::Review::submitForReview(*db.value(), caseId, nurse.value())
        || !pareview::Review::sendToMedicalDirector(*db.value(), caseId, QStringLiteral("please decide"), reviewer.value())) {
        log(QStringLiteral("stalls: the letter's case cannot be sent to the medical director"));
        return;
    }
    // The page images a preview shows, on the calling thread.
    const auto pageImages = [](const QByteArray &pdf) {
        auto count = pareview::PdfRenderer::pageCount(pdf);
        for (int page = 1; count && page <= count.value(); ++page)
            (void)pareview::PdfRenderer::renderPage(pdf, page, 80);
    };
    pareview::MainWindow window(db.value(), director.value(), library);
    window.resize(1280, 900);
    window.show();
    QCoreApplication::processEvents();
    Q_EMIT window.worklist()->openCase(caseId);
    QCoreApplication::processEvents();
    if (auto *policy = window.findChild<QComboBox *>(QStringLiteral("policySelector")); policy && policy->findText(QStringLiteral("IP0535"), Qt::MatchContains) >= 0)
        policy->setCurrentIndex(policy->findText(QStringLiteral("IP0535"), Qt::MatchContains));
    QCoreApplication::processEvents();
    QPointer<QDialog> dialog;
    QLabel *status = nullptr;
    const Stall preview = measureStall([&] { window.findChild<QPushButton *>(QStringLiteral("determineButton"))->click(); },
                                       [&] {
                                           dialog = window.findChild<QDialog *>(QStringLiteral("determinationDialog"));
                                           status = dialog ? dialog->findChild<QLabel *>(QStringLiteral("letterPreviewStatus")) : nullptr;
                                           return status && !status->text().isEmpty() && !status->text().endsWith(QStringLiteral("…"));
                                       });
    if (!dialog || !status->text().startsWith(QStringLiteral("DRAFT"))) {
        log(QStringLiteral("stalls: no letter preview: %1").arg(status ? status->text() : QStringLiteral("no dialog")));
        return;
    }
    dialog->findChild<QPushButton *>(QStringLiteral("recordDetermination"))->click();
    QCoreApplication::processEvents();
    auto *issueButton = dialog->findChild<QPushButton *>(QStringLiteral("issueLetter"));
    if (!issueButton->isEnabled()) {
        log(QStringLiteral("stalls: the determination was not recorded: %1")
                .arg(dialog->findChild<QLabel *>(QStringLiteral("determinationMessage"))->text()));
        return;
    }
    const Stall issue = measureStall([&] { issueButton->click(); }, [&] { return !dialog || !dialog->isVisible(); });
    auto letters = pareview::Letters::issued(*db.value(), caseId);
    if (!letters || letters->isEmpty()) {
        log(QStringLiteral("stalls: no letter was issued"));
        return;
    }
    const QByteArray pdf = letters->last().pdf;
    // Baselines: the letter written and laid out on the GUI thread (Issue
    // before: the same minus its transaction), and with its page images
    // (the preview without its worker).
    const Stall fgIssue = measureStall([&] { (void)pareview::Letters::preview(*db.value(), library, caseId, {}, director.value()); });
    const Stall fgPreview = measureStall([&] {
        auto letter = pareview::Letters::preview(*db.value(), library, caseId, {}, director.value());
        if (letter)
            pageImages(letter->pdf);
    });
    report().add({ kGroup, QStringLiteral("Determine… on a case sent to the medical director: the dialog opens and the letter's DRAFT preview (%1 pages as images) is shown")
                       .arg(pareview::PdfRenderer::pageCount(pdf).ok() ? pareview::PdfRenderer::pageCount(pdf).value() : 0),
                   ms(preview.longestMs), QStringLiteral("the same letter and its page images made on the GUI thread"), ms(fgPreview.longestMs),
                   times(preview.longestMs / fgPreview.longestMs), QStringLiteral("< 100 ms"), atMost(preview.longestMs, 100) });
    report().add({ kGroup, QStringLiteral("Issue letter after Record (%1 ms in all: written, laid out as PDF/A on a worker, stored in one transaction)").arg(issue.totalMs, 0, 'f', 0),
                   ms(issue.longestMs), QStringLiteral("the same letter written and laid out on the GUI thread (Issue before, without its transaction)"),
                   ms(fgIssue.longestMs), times(issue.longestMs / fgIssue.longestMs), QStringLiteral("< 100 ms"), atMost(issue.longestMs, 100) });

    // The issued letter as a PDF attachment of the case, opened in the viewer.
    if (!pareview::CaseStore::addAttachment(*db.value(), caseId, QStringLiteral("letter.pdf"), QStringLiteral("application/pdf"), pdf, director.value())) {
        log(QStringLiteral("stalls: the PDF cannot be attached"));
        return;
    }
    Q_EMIT window.worklist()->openCase(caseId); // the attachments list read again
    QCoreApplication::processEvents();
    auto *table = window.findChild<QTableWidget *>(QStringLiteral("attachmentsTable"));
    const int row = table->rowCount() - 1;
    QPointer<pareview::AttachmentViewer> viewer;
    QLabel *viewerStatus = nullptr;
    const auto pageShown = [&](int page) {
        return [&, page] {
            const auto viewers = window.findChildren<pareview::AttachmentViewer *>();
            viewer = viewers.isEmpty() ? nullptr : viewers.last();
            viewerStatus = viewer ? viewer->findChild<QLabel *>(QStringLiteral("attachmentStatus")) : nullptr;
            return viewerStatus
                && (viewerStatus->text().startsWith(QStringLiteral("PDF page %1 ").arg(page)) || !viewer->problem().isEmpty());
        };
    };
    const Stall open = measureStall([&] { Q_EMIT table->cellActivated(row, 0); }, pageShown(1));
    if (!viewer || !viewer->problem().isEmpty()) {
        log(QStringLiteral("stalls: the PDF attachment was not shown: %1").arg(viewer ? viewer->problem() : QStringLiteral("no viewer")));
        return;
    }
    const Stall next = measureStall([&] { viewer->findChild<QSpinBox *>(QStringLiteral("attachmentPage"))->setValue(2); }, pageShown(2));
    const Stall fgOpen = measureStall([&] {
        (void)pareview::PdfRenderer::pageCount(pdf);
        (void)pareview::PdfRenderer::renderPage(pdf, 1);
    });
    const Stall fgNext = measureStall([&] { (void)pareview::PdfRenderer::renderPage(pdf, 2); });
    report().add({ kGroup, QStringLiteral("a PDF attachment opened in the attachment viewer (the letter above, %1 pages; counted and page 1 rendered by pareview-pdfrender, %2 ms in all)")
                       .arg(viewer->pageCount()).arg(open.totalMs, 0, 'f', 0),
                   ms(open.longestMs), QStringLiteral("the same count and page on the GUI thread (the viewer before)"), ms(fgOpen.longestMs),
                   times(open.longestMs / fgOpen.longestMs), QStringLiteral("< 100 ms"), atMost(open.longestMs, 100) });
    report().add({ kGroup, QStringLiteral("its next page in the page box (%1 ms in all)").arg(next.totalMs, 0, 'f', 0), ms(next.longestMs),
                   QStringLiteral("the same page on the GUI thread"), ms(fgNext.longestMs), times(next.longestMs / fgNext.longestMs),
                   QStringLiteral("< 100 ms"), atMost(next.longestMs, 100) });
    viewer->close();

    // 4. An appeal's letter, as a person issues it: the member appeals the
    // approval above, a second medical director dismisses the appeal in the
    // window's Appeals tab and presses Issue appeal letter (written and laid
    // out on a worker, stored in one transaction). Beside it, the same
    // letter written and laid out on the GUI thread (how the tab issued it before).
    auto second = pareview::Users::add(*db.value(), QStringLiteral("bench-director-2"), pareview::Role::MedicalDirector,
                                       QStringLiteral("bench director 2 pass"), QStringLiteral("Dana Reyes"), QStringLiteral("MD"), &admin.value());
    pareview::AppealFiling filing;
    filing.filedBy = QStringLiteral("member");
    filing.reason = QStringLiteral("asks for a longer approval");
    auto appealId = second ? pareview::Appeals::file(*db.value(), caseId, filing, nurse.value()) : pareview::Result<qint64>(pareview::Error{second.error()});
    if (!appealId) {
        log(QStringLiteral("stalls: no appeal to write a letter for: %1").arg(appealId.error()));
        return;
    }
    pareview::AppealDecision dismissal;
    dismissal.outcome = QStringLiteral("dismissed");
    dismissal.reason = QStringLiteral("The approval already covers the period the member asks for.");
    if (auto s = pareview::Appeals::decide(*db.value(), appealId.value(), dismissal, second.value()); !s) {
        log(QStringLiteral("stalls: the appeal cannot be decided: %1").arg(s.error()));
        return;
    }
    const pareview::Appeal appeal = pareview::Appeals::byId(*db.value(), appealId.value()).value();
    pareview::MainWindow appealWindow(db.value(), second.value(), library);
    appealWindow.resize(1280, 900);
    appealWindow.show();
    QCoreApplication::processEvents();
    Q_EMIT appealWindow.worklist()->openCase(appeal.caseId);
    QCoreApplication::processEvents();
    auto *issueAppeal = appealWindow.findChild<QPushButton *>(QStringLiteral("issueAppealLetterButton"));
    auto *appealStatus = appealWindow.findChild<QLabel *>(QStringLiteral("appealLetterStatus"));
    if (!issueAppeal || !issueAppeal->isEnabled()) {
        log(QStringLiteral("stalls: Issue appeal letter is not offered: %1").arg(issueAppeal ? issueAppeal->toolTip() : QStringLiteral("no button")));
        return;
    }
    const Stall appealIssue = measureStall([&] { issueAppeal->click(); },
                                           [&] { return appealStatus->text().contains(QStringLiteral("Letters tab"))
                                                        || appealStatus->text().contains(QStringLiteral("not issued")); });
    auto appealLetters = pareview::AppealLetters::issued(*db.value(), appeal.id);
    if (!appealLetters || appealLetters->isEmpty()) {
        log(QStringLiteral("stalls: the appeal letter was not issued: %1").arg(appealStatus->text()));
        return;
    }
    pareview::LetterOptions spanish;
    spanish.language = QStringLiteral("es"); // not issued: written and laid out, nothing stored
    const Stall fgAppeal = measureStall([&] { (void)pareview::AppealLetters::preview(*db.value(), appeal.id, spanish, second.value()); });
    const auto appealPages = pareview::PdfRenderer::pageCount(appealLetters->first().pdf);
    report().add({ kGroup, QStringLiteral("Issue appeal letter in the Appeals tab (a dismissed appeal, %1 page(s); %2 ms in all: read, written and laid out as PDF/A on a worker, stored in one transaction)")
                       .arg(appealPages ? appealPages.value() : 0)
                       .arg(appealIssue.totalMs, 0, 'f', 0),
                   ms(appealIssue.longestMs), QStringLiteral("the same letter written and laid out on the GUI thread (the tab before)"),
                   ms(fgAppeal.longestMs), times(appealIssue.longestMs / fgAppeal.longestMs), QStringLiteral("< 100 ms"),
                   atMost(appealIssue.longestMs, 100) });
}

} // namespace bench
