// The policy files: each built-in policy loads and validates, its criteria
// are exactly the document's numbering, `policy check` reports errors by
// line, and the version in effect on the as-of date is the one used.

#include "testsupport.h"

#include "cli/Cli.h"
#include "policy/PolicyLibrary.h"
#include "policy/PolicyLoader.h"

#include <QBuffer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {

QStringList labelsOf(const QVector<Criterion> &nodes)
{
    QStringList out;
    for (const auto &c : nodes) {
        out << c.fullLabel;
        out << labelsOf(c.children);
    }
    return out;
}

QStringList allLabels(const Policy &p)
{
    QStringList out;
    for (const auto &pw : p.pathways)
        out << labelsOf(pw.criteria);
    return out;
}

QByteArray builtInText(const QString &id)
{
    return readAll(QStringLiteral(PAREVIEW_SOURCE_DIR "/resources/policies/%1.json").arg(id));
}

QStringList expand(const QString &prefix, const QStringList &suffixes)
{
    QStringList out;
    for (const QString &s : suffixes)
        out << prefix + QLatin1Char('.') + s;
    return out;
}

int runCli(const QStringList &args, QString *out, QString *err)
{
    QBuffer in;
    in.open(QIODevice::ReadOnly);
    QTextStream o(out), e(err);
    const int code = cli::run(args, {in, o, e});
    o.flush();
    e.flush();
    return code;
}

} // namespace

class TestPolicyFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLibraryLoads()
    {
        const PolicyLibrary lib = PolicyLibrary::builtIn();
        QVERIFY2(lib.loadErrors().isEmpty(), qPrintable(lib.loadErrors().join(QLatin1Char('\n'))));
        QStringList ids = lib.ids();
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("centene-cp-phar-220"), QStringLiteral("centene-cp-phar-580"),
                                   QStringLiteral("cigna-ip0355"), QStringLiteral("cigna-ip0535"),
                                   QStringLiteral("pharmacy-109"), QStringLiteral("wha-gl-182187")}));
    }

    // The numbering of each document, written out by hand from the policy texts.
    void criteriaMatchTheDocument_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QStringList>("pathways");

        const QStringList sevenfact = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B.i"), QStringLiteral("B.ii"),
                                       QStringLiteral("B.iii"), QStringLiteral("C"), QStringLiteral("Reauthorization")};
        QTest::newRow("cigna-ip0355: 1.A–1.C and 2.A–2.C, reauthorization")
            << "cigna-ip0355" << expand(QStringLiteral("1"), sevenfact) + expand(QStringLiteral("2"), sevenfact)
            << QStringList{QStringLiteral("1"), QStringLiteral("2")};

        QTest::newRow("centene-cp-phar-220: I.A, I.B, I.C, II.A, II.B")
            << "centene-cp-phar-220"
            << expand(QStringLiteral("I.A"), {QStringLiteral("1"), QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("1.c"),
                                              QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("4.a"),
                                              QStringLiteral("4.b"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("6.a"),
                                              QStringLiteral("6.a.i"), QStringLiteral("6.a.ii"), QStringLiteral("6.b")})
                   + expand(QStringLiteral("I.B"), {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                                    QStringLiteral("5"), QStringLiteral("5.a"), QStringLiteral("5.b"), QStringLiteral("6"),
                                                    QStringLiteral("7")})
                   + expand(QStringLiteral("I.C"), {QStringLiteral("1"), QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("2")})
                   + expand(QStringLiteral("II.A"), {QStringLiteral("1"), QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("2"),
                                                     QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("4.a"), QStringLiteral("4.a.i"),
                                                     QStringLiteral("4.a.ii"), QStringLiteral("4.b")})
                   + expand(QStringLiteral("II.B"), {QStringLiteral("1"), QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("2")})
            << QStringList{QStringLiteral("I.A"), QStringLiteral("I.B"), QStringLiteral("I.C"), QStringLiteral("II.A"), QStringLiteral("II.B")};

        QTest::newRow("pharmacy-109: Hemgenix 1–8, Roctavian 1–9")
            << "pharmacy-109"
            << expand(QStringLiteral("Hemgenix"), {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                                   QStringLiteral("4.a"), QStringLiteral("4.b"), QStringLiteral("5"), QStringLiteral("6"),
                                                   QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("8.a"), QStringLiteral("8.b"),
                                                   QStringLiteral("8.c"), QStringLiteral("8.d"), QStringLiteral("8.e")})
                   + expand(QStringLiteral("Roctavian"), {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                                          QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                                                          QStringLiteral("9"), QStringLiteral("9.a"), QStringLiteral("9.b"), QStringLiteral("9.c"),
                                                          QStringLiteral("9.d"), QStringLiteral("9.e")})
            << QStringList{QStringLiteral("Hemgenix"), QStringLiteral("Roctavian")};

        QTest::newRow("cigna-ip0535: 1.A–1.O")
            << "cigna-ip0535"
            << expand(QStringLiteral("1"), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                            QStringLiteral("E"), QStringLiteral("E.i"), QStringLiteral("E.ii"), QStringLiteral("E.ii.a"),
                                            QStringLiteral("E.ii.b"), QStringLiteral("E.iii"), QStringLiteral("E.iii.a"),
                                            QStringLiteral("E.iii.b"), QStringLiteral("F"), QStringLiteral("F.i"), QStringLiteral("F.ii"),
                                            QStringLiteral("G"), QStringLiteral("G.i"), QStringLiteral("G.ii"), QStringLiteral("H"),
                                            QStringLiteral("I"), QStringLiteral("I.i"), QStringLiteral("I.ii"), QStringLiteral("I.iii"),
                                            QStringLiteral("I.iv"), QStringLiteral("J"), QStringLiteral("K"), QStringLiteral("L"),
                                            QStringLiteral("L.i"), QStringLiteral("L.ii"), QStringLiteral("M"), QStringLiteral("N"),
                                            QStringLiteral("O")})
            << QStringList{QStringLiteral("1")};

        QTest::newRow("centene-cp-phar-580: I.A 1–11, I.B, II.A, II.B")
            << "centene-cp-phar-580"
            << expand(QStringLiteral("I.A"), {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                              QStringLiteral("5"), QStringLiteral("5.a"), QStringLiteral("5.b"), QStringLiteral("6"),
                                              QStringLiteral("7"), QStringLiteral("7.a"), QStringLiteral("7.b"), QStringLiteral("7.c"),
                                              QStringLiteral("8"), QStringLiteral("8.a"), QStringLiteral("8.b"), QStringLiteral("8.c"),
                                              QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11")})
                   + expand(QStringLiteral("I.B"), {QStringLiteral("1"), QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("2")})
                   + QStringList{QStringLiteral("II.A.1")}
                   + expand(QStringLiteral("II.B"), {QStringLiteral("1"), QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("2")})
            << QStringList{QStringLiteral("I.A"), QStringLiteral("I.B"), QStringLiteral("II.A"), QStringLiteral("II.B")};

        // The page numbers nothing: its sections and bullets are numbered in their order.
        QTest::newRow("wha-gl-182187: 1 (initial) 1–5, 2 (reauthorization) 1–2")
            << "wha-gl-182187"
            << expand(QStringLiteral("1"), {QStringLiteral("1"), QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("2"),
                                            QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("5.a"),
                                            QStringLiteral("5.b")})
                   + expand(QStringLiteral("2"), {QStringLiteral("1"), QStringLiteral("2")})
            << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    }

    void criteriaMatchTheDocument()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, labels);
        QFETCH(QStringList, pathways);
        const auto result = PolicyLoader::load(builtInText(id), id);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        const Policy &p = *result.policy;
        QCOMPARE(p.id, id);
        QCOMPARE(allLabels(p), labels);
        QCOMPARE(p.criteriaCount(), labels.size());
        QStringList ids;
        for (const auto &pw : p.pathways)
            ids << pw.id;
        QCOMPARE(ids, pathways);
        // Every node carries the policy's words.
        std::function<void(const QVector<Criterion> &)> check = [&](const QVector<Criterion> &nodes) {
            for (const auto &c : nodes) {
                QVERIFY2(c.text.size() > 3, qPrintable(c.fullLabel));
                check(c.children);
            }
        };
        for (const auto &pw : p.pathways)
            check(pw.criteria);
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("effective");
        QTest::addColumn<QStringList>("hcpcs");
        QTest::addColumn<bool>("medicalDirector");
        QTest::newRow("cigna-ip0355") << "cigna-ip0355" << "IP0355" << "2025-03-01" << QStringList{QStringLiteral("J7212")} << false;
        QTest::newRow("centene-cp-phar-220") << "centene-cp-phar-220" << "CP.PHAR.220" << "2016-05-01"
                                             << QStringList{QStringLiteral("J7189"), QStringLiteral("J7212")} << false;
        QTest::newRow("pharmacy-109") << "pharmacy-109" << "PHARMACY-109" << "2023-02-01"
                                      << QStringList{QStringLiteral("J1411"), QStringLiteral("J1412")} << false;
        QTest::newRow("cigna-ip0535") << "cigna-ip0535" << "IP0535" << "2026-03-12" << QStringList{QStringLiteral("J1411")} << true;
        QTest::newRow("centene-cp-phar-580") << "centene-cp-phar-580" << "CP.PHAR.580" << "2022-11-22" << QStringList{QStringLiteral("J1411")} << true;
        QTest::newRow("wha-gl-182187") << "wha-gl-182187" << "GL-182187" << "2025-04-02" << QStringList{QStringLiteral("C9304")} << false;
    }

    void metadata()
    {
        QFETCH(QString, id);
        QFETCH(QString, number);
        QFETCH(QString, effective);
        QFETCH(QStringList, hcpcs);
        QFETCH(bool, medicalDirector);
        const auto result = PolicyLoader::load(builtInText(id), id);
        QVERIFY(result.policy);
        const Policy &p = *result.policy;
        QCOMPARE(p.number, number);
        QCOMPARE(p.effective, QDate::fromString(effective, Qt::ISODate));
        QStringList codes;
        for (const auto &d : p.drugs)
            codes << d.hcpcs;
        codes.sort();
        QCOMPARE(codes, hcpcs);
        QCOMPARE(p.medicalDirectorReviewAll, medicalDirector);
        // Cigna's and Western Health Advantage's texts list no line of business (POLICY-READING.md, which policy applies).
        QCOMPARE(p.linesOfBusiness.isEmpty(), p.payer == QLatin1String("Cigna") || p.payer == QLatin1String("Western Health Advantage"));
    }

    void centeneReferralsByLineOfBusiness()
    {
        const auto result = PolicyLoader::load(builtInText(QStringLiteral("centene-cp-phar-220")));
        const Policy &p = *result.policy;
        QCOMPARE(p.referralFor(QStringLiteral("off-label"), QStringLiteral("commercial")), QStringLiteral("CP.CPA.09"));
        QCOMPARE(p.referralFor(QStringLiteral("off-label"), QStringLiteral("marketplace")), QStringLiteral("HIM.PA.154"));
        QCOMPARE(p.referralFor(QStringLiteral("off-label"), QStringLiteral("medicaid")), QStringLiteral("CP.PMN.53"));
        QCOMPARE(p.referralFor(QStringLiteral("label-change-formulary"), QStringLiteral("medicaid")), QStringLiteral("CP.PMN.255"));
        QCOMPARE(p.referralFor(QStringLiteral("label-change-non-formulary"), QStringLiteral("marketplace")), QStringLiteral("HIM.PA.103"));
    }

    void hemgenixKitTableIsCignasTable1()
    {
        const auto result = PolicyLoader::load(builtInText(QStringLiteral("cigna-ip0535")));
        const Policy &p = *result.policy;
        QCOMPARE(p.kitTable.size(), 39);
        for (int i = 0; i < p.kitTable.size(); ++i) {
            const KitBand &band = p.kitTable[i];
            QCOMPARE(band.minKg, 46 + 5 * i);
            QCOMPARE(band.maxKg, 50 + 5 * i);
            QCOMPARE(band.vials, 10 + i);
            QCOMPARE(band.ndc, QStringLiteral("0053-0%1-%2").arg(band.vials * 10, 3, 10, QLatin1Char('0')).arg(band.vials, 2, 10, QLatin1Char('0')));
        }
        QCOMPARE(p.kitFor(78)->ndc, QStringLiteral("0053-0160-16"));
        QVERIFY(!p.kitFor(45));
        QVERIFY(!p.kitFor(241));
    }

    // `pareview policy check` names the line and column of each problem.
    void checkReportsErrorsByLine_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown rule kind") << QByteArray("\"kind\": \"sex-at-birth\"") << QByteArray("\"kind\": \"gender\"")
                                           << "unknown rule kind \"gender\"";
        QTest::newRow("unknown lab") << QByteArray("\"lab\": \"platelets\"") << QByteArray("\"lab\": \"platelet\"")
                                     << "unknown lab \"platelet\"";
        QTest::newRow("bad window") << QByteArray("\"within\": \"30 days\"") << QByteArray("\"within\": \"thirty days\"")
                                    << "window \"thirty days\"";
        QTest::newRow("misspelt key") << QByteArray("\"documentation\": true") << QByteArray("\"documentaton\": true")
                                      << "unknown key \"documentaton\"";
        QTest::newRow("duplicate key") << QByteArray("\"label\": \"A\",") << QByteArray("\"label\": \"A\", \"label\": \"A\",")
                                       << "duplicate key \"label\"";
        QTest::newRow("bad date") << QByteArray("\"effective\": \"2026-03-12\"") << QByteArray("\"effective\": \"2026-02-30\"")
                                  << "\"2026-02-30\" is not a date";
        QTest::newRow("unknown attestation") << QByteArray("\"item\": \"hiv-uncontrolled\"") << QByteArray("\"item\": \"hiv\"")
                                             << "unknown attestation item \"hiv\"";
        QTest::newRow("bad operator") << QByteArray("\"op\": \">=\"") << QByteArray("\"op\": \"=>\"") << "operator \"=>\"";
        QTest::newRow("truncated") << QByteArray("\"pathways\": [") << QByteArray("\"pathways\": [ {") << "";
    }

    void checkReportsErrorsByLine()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text = builtInText(QStringLiteral("cigna-ip0535"));
        const int at = text.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        const int expectedLine = text.left(at).count('\n') + 1;
        text.replace(at, from.size(), to);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();

        QString out, err;
        QCOMPARE(runCli({QStringLiteral("policy"), QStringLiteral("check"), path}, &out, &err), 3);
        QVERIFY2(!err.isEmpty(), qPrintable(out));
        if (!message.isEmpty()) {
            QVERIFY2(err.contains(message), qPrintable(err));
            // The first error points at the changed line.
            const QString first = err.split(QLatin1Char('\n')).first();
            QVERIFY2(first.startsWith(QStringLiteral("%1:%2:").arg(path).arg(expectedLine)), qPrintable(first));
        }
    }

    void checkAcceptsEveryBuiltInFile()
    {
        const QStringList ids = {QStringLiteral("cigna-ip0355"), QStringLiteral("centene-cp-phar-220"), QStringLiteral("pharmacy-109"),
                                 QStringLiteral("cigna-ip0535"), QStringLiteral("centene-cp-phar-580")};
        for (const QString &id : ids) {
            QString out, err;
            const QString path = QStringLiteral(PAREVIEW_SOURCE_DIR "/resources/policies/%1.json").arg(id);
            QCOMPARE(runCli({QStringLiteral("policy"), QStringLiteral("check"), path}, &out, &err), 0);
            QVERIFY2(out.contains(QStringLiteral(": ok")), qPrintable(out + err));
        }
    }

    // A case is evaluated against the version in effect on its as-of date.
    void versionInEffectOnAsOfDate()
    {
        PolicyLibrary lib = PolicyLibrary::builtIn();
        QByteArray next = builtInText(QStringLiteral("cigna-ip0535"));
        next.replace("\"version\": \"2026-03-12\"", "\"version\": \"2027-01-01\"");
        next.replace("\"effective\": \"2026-03-12\"", "\"effective\": \"2027-01-01\"");
        auto loaded = PolicyLoader::load(next);
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        lib.add(*loaded.policy);

        QCOMPARE(lib.versions(QStringLiteral("cigna-ip0535")).size(), 2);
        QVERIFY(!lib.inEffect(QStringLiteral("cigna-ip0535"), QDate(2026, 3, 11)));
        QCOMPARE(lib.inEffect(QStringLiteral("cigna-ip0535"), QDate(2026, 3, 12))->version, QStringLiteral("2026-03-12"));
        QCOMPARE(lib.inEffect(QStringLiteral("cigna-ip0535"), QDate(2026, 12, 31))->version, QStringLiteral("2026-03-12"));
        QCOMPARE(lib.inEffect(QStringLiteral("cigna-ip0535"), QDate(2027, 1, 1))->version, QStringLiteral("2027-01-01"));
    }

    void policyFolderAddsVersionsWithoutCode()
    {
        QTemporaryDir dir;
        QByteArray next = builtInText(QStringLiteral("centene-cp-phar-580"));
        next.replace("\"version\": \"2024-02\"", "\"version\": \"2027-02\"");
        next.replace("\"effective\": \"2022-11-22\"", "\"effective\": \"2027-02-01\"");
        QFile f(dir.filePath(QStringLiteral("centene-cp-phar-580-2027.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(next);
        f.close();
        PolicyLibrary lib = PolicyLibrary::builtIn();
        QVERIFY(lib.addDirectory(dir.path()).isEmpty());
        QCOMPARE(lib.inEffect(QStringLiteral("centene-cp-phar-580"), QDate(2027, 3, 1))->version, QStringLiteral("2027-02"));
        QCOMPARE(lib.inEffect(QStringLiteral("centene-cp-phar-580"), QDate(2026, 11, 21))->version, QStringLiteral("2024-02"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyFiles)
#include "tst_policyfiles.moc"
