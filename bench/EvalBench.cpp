// Evaluation: bundles per second for import + evaluate against every
// applicable policy, and evaluate alone on facts already loaded, beside
// QJsonDocument parsing the same bytes (the floor of any importer); then
// `pareview evaluate --bundle-dir` end to end; then how the cost grows from
// 10k to 1M bundles. The CQL engine is not quoted here as a fixed figure: the
// `cql` section runs it beside pareview on the same bundles (CqlBench.cpp).

#include "Bench.h"
#include "BundleGen.h"
#include "engine/Evaluator.h"
#include "intake/FhirImporter.h"
#include "policy/Applicability.h"
#include "policy/Payers.h"
#include "policy/PolicyLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace bench {

namespace {

struct Tally
{
    qint64 bundles = 0;
    qint64 rejected = 0;
    qint64 noPolicy = 0;
    qint64 evaluations = 0;
    qint64 criteria = 0;
};

// What `pareview evaluate` does for one bundle: every policy that applies
// (the built-in payer table, then drug and line of business), in effect on the as-of date.
void evaluateAll(const pareview::PolicyLibrary &library, const pareview::CaseFacts &facts, Tally &t)
{
    static const pareview::PayerTable payers = pareview::PayerTable::builtIn();
    const QDate asOf = pareview::Evaluator::defaultAsOf(facts);
    int n = 0;
    if (facts.drug.has()) {
        if (auto selection = pareview::applicablePolicies(library, payers, facts, asOf)) {
            for (const pareview::ApplicablePolicy &a : selection->policies) {
                const pareview::Evaluation ev = pareview::Evaluator::evaluate(*a.policy, facts, asOf);
                t.criteria += ev.criteria.size();
                ++n;
            }
        }
    }
    t.evaluations += n;
    if (n == 0)
        ++t.noPolicy;
}

} // namespace

void runEvaluation(const Config &cfg)
{
    BundleGen gen(cfg.examplesDir);
    if (!gen.ok()) {
        log(gen.error());
        return;
    }
    const pareview::PolicyLibrary library = pareview::PolicyLibrary::builtIn();
    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("pareview-bench-bundles-XXXXXX")));
    const int n = cfg.evalBundles;
    log(QStringLiteral("evaluation: writing %1 generated bundles to %2").arg(n).arg(dir.path()));
    QVector<QByteArray> bundles;
    bundles.reserve(n);
    qint64 totalBytes = 0;
    QElapsedTimer gt;
    gt.start();
    for (int i = 0; i < n; ++i) {
        bundles << gen.make(i);
        totalBytes += bundles.last().size();
        QFile f(dir.filePath(QStringLiteral("b%1.json").arg(i, 6, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly) || f.write(bundles.last()) != bundles.last().size()) {
            log(QStringLiteral("cannot write %1").arg(f.fileName()));
            return;
        }
    }
    report().note(
        QStringLiteral("Evaluation set: %1 generated bundles, %2 in all (%3 KiB on average), written in %4.")
            .arg(n)
            .arg(mib(double(totalBytes)))
            .arg(totalBytes / n / 1024)
            .arg(ms(gt.nsecsElapsed() / 1e6)));

    // Floor: QJsonDocument alone.
    qint64 sink = 0;
    const double floorMs = medianMs(cfg.reps, [&] {
        for (const QByteArray &b : std::as_const(bundles))
            sink += QJsonDocument::fromJson(b).object().size();
    });

    // Import alone (information).
    const double importMs = medianMs(cfg.reps, [&] {
        for (const QByteArray &b : std::as_const(bundles))
            sink += pareview::FhirImporter::import(b).ok();
    });

    // Import + evaluate.
    Tally once;
    const double fullMs = medianMs(cfg.reps, [&] {
        Tally t;
        for (const QByteArray &b : std::as_const(bundles)) {
            ++t.bundles;
            auto facts = pareview::FhirImporter::import(b);
            if (!facts) {
                ++t.rejected;
                continue;
            }
            evaluateAll(library, facts.value(), t);
        }
        once = t;
    });

    // Evaluate alone, facts loaded.
    QVector<pareview::CaseFacts> loaded;
    loaded.reserve(n);
    for (const QByteArray &b : std::as_const(bundles))
        if (auto f = pareview::FhirImporter::import(b))
            loaded << f.value();
    const double evalMs = medianMs(cfg.reps, [&] {
        Tally t;
        for (const pareview::CaseFacts &f : std::as_const(loaded))
            evaluateAll(library, f, t);
        sink += t.criteria;
    });
    report().note(
        QStringLiteral(
            "Of the %1 generated bundles %2 were rejected by the importer and %3 matched no policy; "
            "%4 evaluations in all (%5 per bundle on average), %6 criterion results.")
            .arg(once.bundles)
            .arg(once.rejected)
            .arg(once.noPolicy)
            .arg(once.evaluations)
            .arg(double(once.evaluations) / double(qMax<qint64>(1, once.bundles)), 0, 'f', 2)
            .arg(once.criteria));

    const double floorRate = n / (floorMs / 1000);
    const double fullRate = n / (fullMs / 1000);
    const double evalRate = loaded.size() / (evalMs / 1000);
    const double importRate = n / (importMs / 1000);
    const QString floorName = QStringLiteral("QJsonDocument::fromJson, same bytes");
    report().add({ QStringLiteral("Evaluation (10,000 generated bundles, all applicable policies)"),
                   QStringLiteral("import + evaluate"), rate(fullRate, QStringLiteral("bundles")), floorName,
                   rate(floorRate, QStringLiteral("bundles")),
                   times(fullRate / floorRate) + QStringLiteral(" of floor"),
                   QStringLiteral("≥ 20% of the floor's throughput"), atLeast(fullRate / floorRate, 0.2) });
    report().add(
        { QStringLiteral("Evaluation (10,000 generated bundles, all applicable policies)"),
          QStringLiteral("import alone (strict reader + facts)"), rate(importRate, QStringLiteral("bundles")),
          floorName, rate(floorRate, QStringLiteral("bundles")),
          times(importRate / floorRate) + QStringLiteral(" of floor"), QString(), QStringLiteral("—") });
    report().add({ QStringLiteral("Evaluation (10,000 generated bundles, all applicable policies)"),
                   QStringLiteral("evaluate alone, facts loaded"), rate(evalRate, QStringLiteral("bundles")),
                   floorName, rate(floorRate, QStringLiteral("bundles")),
                   times(evalRate / floorRate) + QStringLiteral(" of floor"),
                   QStringLiteral("far above the floor"),
                   evalRate > floorRate ? QStringLiteral("met") : QStringLiteral("**missed**") });
    const double perEvalUs = evalMs * 1000 / double(qMax<qint64>(1, once.evaluations));
    report().add({ QStringLiteral("Evaluation (10,000 generated bundles, all applicable policies)"),
                   QStringLiteral("one policy evaluation, facts loaded"), us(perEvalUs),
                   QStringLiteral("the CQL engine: measured beside pareview in the `cql` section of the same run"), QStringLiteral("—"),
                   QStringLiteral("—"), QString(), QStringLiteral("—") });

    // End to end: the command line tool over the folder.
    if (!cfg.pareviewExe.isEmpty() && QFile::exists(cfg.pareviewExe)) {
        QVector<double> walls;
        qint64 lines = -1;
        for (int r = 0; r < qMax(3, cfg.reps - 2); ++r) {
            QProcess p;
            p.setProgram(cfg.pareviewExe);
            p.setArguments({ QStringLiteral("evaluate"), QStringLiteral("--bundle-dir"), dir.path(),
                             QStringLiteral("--format"), QStringLiteral("jsonl") });
            const QString outFile = dir.filePath(QStringLiteral("out.jsonl"));
            p.setStandardOutputFile(r == 0 ? outFile : QProcess::nullDevice());
            QElapsedTimer t;
            t.start();
            p.start();
            p.waitForFinished(-1);
            walls << t.nsecsElapsed() / 1e6;
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                log(QStringLiteral("pareview evaluate exited %1: %2")
                        .arg(p.exitCode())
                        .arg(QString::fromLocal8Bit(p.readAllStandardError())));
            if (r == 0) {
                QFile f(outFile);
                if (f.open(QIODevice::ReadOnly))
                    lines = f.readAll().count('\n');
                QFile::remove(outFile);
            }
        }
        const double wall = median(walls);
        const double perBundle = wall / n;
        report().add(
            { QStringLiteral("Evaluation (10,000 generated bundles, all applicable policies)"),
              QStringLiteral("`pareview evaluate --bundle-dir DIR --format jsonl`, wall time per bundle "
                             "(process start, policy load, read, import, evaluate, write; %1 lines)")
                  .arg(lines),
              ms(perBundle), QStringLiteral("the CQL engine: measured beside pareview in the `cql` section of the same run"),
              QStringLiteral("—"), QStringLiteral("—"), QString(), QStringLiteral("—") });
    }

    // Growth: the same pipeline streamed over 10k, 100k and 1M bundles
    // (the generated set, cycled), per bundle.
    QVector<double> perBundleUs;
    QStringList sizes;
    for (int size : cfg.sizes) {
        Tally t;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < size; ++i) {
            auto facts = pareview::FhirImporter::import(bundles[i % bundles.size()]);
            if (!facts) {
                ++t.rejected;
                continue;
            }
            evaluateAll(library, facts.value(), t);
        }
        const double us = timer.nsecsElapsed() / 1e3 / size;
        perBundleUs << us;
        sizes << QLocale(QLocale::English).toString(size);
        log(QStringLiteral("evaluation growth: %1 bundles, %2 µs per bundle").arg(size).arg(us, 0, 'f', 1));
    }
    if (perBundleUs.size() > 1) {
        QStringList figures;
        for (int i = 0; i < perBundleUs.size(); ++i)
            figures << QStringLiteral("%1: %2").arg(sizes[i], bench::us(perBundleUs[i]));
        const double growth = perBundleUs.last() / perBundleUs.first();
        report().add({ QStringLiteral("Growth"),
                       QStringLiteral("import + evaluate per bundle, streamed (%1)")
                           .arg(figures.join(QStringLiteral("; "))),
                       bench::us(perBundleUs.last()), QStringLiteral("the same at %1").arg(sizes.first()),
                       bench::us(perBundleUs.first()), times(growth),
                       QStringLiteral("linear total (per-bundle ratio ≤ 1.5×)"), atMost(growth, 1.5) });
    }
    if (sink == 42)
        log(QStringLiteral("."));
}

} // namespace bench
