// Replays the fuzz corpus in the normal test suite (no clang needed): every
// file of fuzz/corpus/<target>/ (the seeds) and fuzz/regressions/<target>/
// (inputs that once crashed a fuzz target, kept after the fix) goes through
// the same entry point and the same checks as the libFuzzer executable
// (fuzz/FuzzTargets.h): no crash, and a refusal is a Result error with a
// message that says where.

#include "../fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace pareview;

class TestFuzzCorpus final : public QObject
{
    Q_OBJECT

private:
    static QString fuzzDir() { return QStringLiteral(PAREVIEW_SOURCE_DIR "/fuzz"); }

    // Files of <fuzz>/<folder>/<target>/, as "<folder>/<target>/<file>".
    static QStringList inputs(const QString &folder, const QString &target)
    {
        QStringList out;
        const QDir dir(fuzzDir() + QLatin1Char('/') + folder + QLatin1Char('/') + target);
        const auto names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names)
            out << folder + QLatin1Char('/') + target + QLatin1Char('/') + name;
        return out;
    }

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const QString &target : fuzz::targetNames()) {
            for (const QString &folder : { QStringLiteral("corpus"), QStringLiteral("regressions") }) {
                for (const QString &file : inputs(folder, target))
                    QTest::newRow(qPrintable(file)) << target << file;
            }
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile f(fuzzDir() + QLatin1Char('/') + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
        const QByteArray data = f.readAll();
        const QString problem = fuzz::check(target, data);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The same bytes without a terminating NUL or spare capacity, as the
        // fuzzer hands them over.
        const QByteArray raw = QByteArray::fromRawData(data.constData(), data.size());
        QCOMPARE(fuzz::check(target, raw), problem);
    }

    // The seed corpus is not empty, so a moved folder does not pass silently.
    void everyTargetHasSeeds()
    {
        for (const QString &target : fuzz::targetNames())
            QVERIFY2(inputs(QStringLiteral("corpus"), target).size() >= 3, qPrintable(target));
    }

    // The seeds are what they claim: the examples import, the built-in
    // policies load, and each sample is detected as its own type.
    void seedsAreGood()
    {
        for (const QString &file : inputs(QStringLiteral("corpus"), QStringLiteral("fhir_import"))) {
            if (file.contains(QLatin1String("/bad-")))
                continue;
            QFile f(fuzzDir() + QLatin1Char('/') + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto facts = FhirImporter::import(f.readAll(), fuzz::fuzzToday());
            QVERIFY2(facts.ok(), qPrintable(file + QStringLiteral(": ") + facts.error()));
        }
        for (const QString &file : inputs(QStringLiteral("corpus"), QStringLiteral("policy_load"))) {
            QFile f(fuzzDir() + QLatin1Char('/') + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto loaded = PolicyLoader::load(f.readAll(), file);
            QVERIFY2(loaded.policy.has_value(),
                     qPrintable(file + QStringLiteral(": ") + loaded.errors.join(u'\n')));
        }
        const QList<QPair<const char *, const char *>> samples = {
            { "sample.pdf", "application/pdf" },
            { "sample.png", "image/png" },
            { "sample.jpg", "image/jpeg" },
            { "sample.gif", "image/gif" },
            { "sample-le.tif", "image/tiff" },
            { "sample-be.tif", "image/tiff" },
            { "note.txt", "text/plain" },
            { "note-utf8.txt", "text/plain" },
            { "binary.bin", "application/octet-stream" },
            { "latin1.txt", "application/octet-stream" },
            { "empty", "application/octet-stream" },
            { "long-utf8-across-64k.txt", "text/plain" },
        };
        for (const auto &[name, type] : samples) {
            QFile f(fuzzDir() + QStringLiteral("/corpus/content_type/") + QLatin1String(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            QCOMPARE(detectContentType(f.readAll()), QLatin1String(type));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
