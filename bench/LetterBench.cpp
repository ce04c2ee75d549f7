// Letters: PDF determination letters per second (Letters::preview: the
// letter composed from the store, laid out and written as PDF/A, audited),
// beside the same HTML letter converted to PDF by LibreOffice headless.

#include "Bench.h"
#include "BundleGen.h"
#include "StoreGen.h"
#include "intake/FhirImporter.h"
#include "letters/LetterTemplate.h"
#include "letters/Letters.h"
#include "policy/PolicyLibrary.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace bench {

namespace {

QString office()
{
    for (const char *name : { "soffice", "libreoffice" })
        if (const QString exe = QStandardPaths::findExecutable(QString::fromLatin1(name)); !exe.isEmpty())
            return exe;
    return {};
}

// One LibreOffice run converting `files`; wall milliseconds, or -1.
double convert(const QString &exe, const QString &profile, const QStringList &files, const QString &outDir)
{
    QProcess p;
    p.setProgram(exe);
    QStringList args
        = { QStringLiteral("-env:UserInstallation=%1").arg(QUrl::fromLocalFile(profile).toString()),
            QStringLiteral("--headless"),
            QStringLiteral("--norestore"),
            QStringLiteral("--convert-to"),
            QStringLiteral("pdf:writer_web_pdf_Export"),
            QStringLiteral("--outdir"),
            outDir };
    args += files;
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        log(QStringLiteral("LibreOffice: exit %1: %2")
                .arg(p.exitCode())
                .arg(QString::fromLocal8Bit(p.readAll()).trimmed()));
        return -1;
    }
    const double elapsed = t.nsecsElapsed() / 1e6;
    for (const QString &f : files) {
        const QString pdf = QDir(outDir).filePath(QFileInfo(f).completeBaseName() + QStringLiteral(".pdf"));
        if (!QFile::exists(pdf) || QFileInfo(pdf).size() < 1000) {
            log(QStringLiteral("LibreOffice wrote no PDF for %1: %2")
                    .arg(f, QString::fromLocal8Bit(p.readAll()).trimmed()));
            return -1;
        }
        QFile::remove(pdf);
    }
    return elapsed;
}

} // namespace

void runLetters(const Config &cfg)
{
    BundleGen gen(cfg.examplesDir);
    const QString work = QDir(cfg.workDir).filePath(QStringLiteral("letters"));
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    const QString path = QDir(work).filePath(QStringLiteral("letters.sqlite"));
    auto opened = pareview::Database::open(path);
    if (!opened) {
        log(opened.error());
        return;
    }
    pareview::Database &db = *opened.value();
    BenchUsers users;
    QString error;
    if (!addBenchUsers(db, &users, &error)) {
        log(error);
        return;
    }
    const pareview::PolicyLibrary library = pareview::PolicyLibrary::builtIn();
    auto facts = pareview::FhirImporter::import(gen.example(2)); // Sevenfact, meets cigna-ip0355
    if (!facts) {
        log(facts.error());
        return;
    }
    auto id = pareview::CaseStore::create(db, facts.value(), users.nurse);
    if (!id) {
        log(id.error());
        return;
    }
    // Typed in at intake: the nurse submits it for review first.
    if (auto s = pareview::Review::submitForReview(db, id.value(), users.nurse); !s) {
        log(s.error());
        return;
    }
    auto draft = pareview::DecisionDrafts::prepare(db, library, id.value(), QStringLiteral("approve"),
                                                   QString(), users.director, QStringLiteral("cigna-ip0355"));
    if (!draft) {
        log(draft.error());
        return;
    }
    if (auto d = pareview::Review::determine(db, id.value(), draft->input, users.director); !d) {
        log(d.error());
        return;
    }
    pareview::LetterOptions options;
    options.language = QStringLiteral("en");
    auto first = pareview::Letters::preview(db, library, id.value(), options, users.reviewer);
    if (!first) {
        log(first.error());
        return;
    }
    const int perRun = 20;
    QVector<double> perLetter;
    for (int r = 0; r < cfg.reps; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < perRun; ++i)
            if (auto l = pareview::Letters::preview(db, library, id.value(), options, users.reviewer); !l)
                log(l.error());
        perLetter << t.nsecsElapsed() / 1e6 / perRun;
    }
    const double letterMs = median(perLetter);
    {
        QFile pdf(QDir(work).filePath(QStringLiteral("pareview-letter.pdf")));
        if (pdf.open(QIODevice::WriteOnly))
            pdf.write(first->pdf);
    }

    // The same letter as HTML with its style sheet, for LibreOffice.
    QString html = first->html;
    auto css = pareview::letters::letterResource(QStringLiteral("letter.css"));
    const QString style
        = QStringLiteral("<head><meta charset=\"utf-8\"><title>Letter</title><style>%1</style></head>")
              .arg(css ? QString::fromUtf8(css.value()) : QString());
    if (html.contains(QLatin1String("<html>")))
        html.replace(QLatin1String("<html>"), QStringLiteral("<html>") + style);
    else
        html = QStringLiteral("<html>") + style + QStringLiteral("<body>") + html
            + QStringLiteral("</body></html>");

    const QString group = QStringLiteral("Letters (approval letter, %1 pages, %2 KiB PDF/A)")
                              .arg(first->pages)
                              .arg(first->pdf.size() / 1024);
    const QString exe = office();
    if (exe.isEmpty()) {
        report().add({ group,
                       QStringLiteral("Letters::preview: compose from the store, lay out, write PDF, audit"),
                       ms(letterMs), QStringLiteral("LibreOffice headless"), QStringLiteral("not installed"),
                       QStringLiteral("n/a"), QStringLiteral("≥ 10× faster"),
                       QStringLiteral("n/a (LibreOffice could not be installed)") });
        return;
    }
    const int batch = 10;
    QStringList files;
    for (int i = 0; i < batch; ++i) {
        const QString f = QDir(work).filePath(QStringLiteral("letter-%1.html").arg(i));
        QFile out(f);
        if (!out.open(QIODevice::WriteOnly)) {
            log(QStringLiteral("cannot write %1").arg(f));
            return;
        }
        out.write(html.toUtf8());
        files << f;
    }
    const QString profile = QDir(work).filePath(QStringLiteral("lo-profile"));
    const QString outDir = QDir(work).filePath(QStringLiteral("lo-out"));
    QDir().mkpath(outDir);
    log(QStringLiteral("letters: LibreOffice warm-up (creates its profile)"));
    convert(exe, profile, { files.first() }, outDir);
    QVector<double> batchRuns, singleRuns;
    for (int r = 0; r < qMax(3, cfg.reps - 2); ++r) {
        const double b = convert(exe, profile, files, outDir);
        const double s = convert(exe, profile, { files.first() }, outDir);
        if (b > 0)
            batchRuns << b / batch;
        if (s > 0)
            singleRuns << s;
    }
    if (batchRuns.isEmpty()) {
        report().add({ group,
                       QStringLiteral("Letters::preview: compose from the store, lay out, write PDF, audit"),
                       ms(letterMs), QStringLiteral("LibreOffice headless"), QStringLiteral("failed"),
                       QStringLiteral("n/a"), QStringLiteral("≥ 10× faster"),
                       QStringLiteral("n/a (LibreOffice did not convert the letter)") });
        return;
    }
    const double loBatch = median(batchRuns);
    const double loSingle = median(singleRuns);
    report().add(
        { group,
          QStringLiteral("Letters::preview: compose from the store, lay out, write PDF/A, audit — %1")
              .arg(rate(1000 / letterMs, QStringLiteral("letters"))),
          ms(letterMs),
          QStringLiteral("LibreOffice headless, same HTML, %1 letters per run (start-up shared) — %2")
              .arg(batch)
              .arg(rate(1000 / loBatch, QStringLiteral("letters"))),
          ms(loBatch), times(loBatch / letterMs) + QStringLiteral(" faster"), QStringLiteral("≥ 10× faster"),
          atLeast(loBatch / letterMs, 10) });
    report().add(
        { group, QStringLiteral("the same, per letter"), ms(letterMs),
          QStringLiteral("LibreOffice headless, one letter per run (as a letter service would call it)"),
          ms(loSingle), times(loSingle / letterMs) + QStringLiteral(" faster"),
          QStringLiteral("≥ 10× faster"), atLeast(loSingle / letterMs, 10) });
}

} // namespace bench
