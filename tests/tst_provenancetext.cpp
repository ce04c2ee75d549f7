// Where a fact came from, read in Spanish (issue 10, point 12): each kind of
// bundle entry the importer records ("hg-01.json entry[7] Observation …")
// is worded in the interface language. The words were once passed through a
// helper lupdate could not see, so the Spanish reviewer read "lab result" and
// "questionnaire answer" in the evidence line; this test reads every kind
// with the Spanish translation the program has built in.

#include "common/StatusText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace pareview;

class TestProvenanceText final : public QObject
{
    Q_OBJECT

    QTranslator m_spanish;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_spanish.load(QStringLiteral("pareview_es"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&m_spanish));
        QLocale::setDefault(QLocale(QStringLiteral("es")));
        QCOMPARE(uiLanguage(), QStringLiteral("es"));
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_spanish);
        QLocale::setDefault(QLocale::c());
    }

    void entryInSpanish_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("lab not in the catalog")
            << QStringLiteral("hg-01.json entry[7] Observation 99999-9, imported by nurse")
            << QStringLiteral("resultado de laboratorio: 99999-9 (entrada 7 de hg-01.json), importado por nurse");
        QTest::newRow("lab without a code")
            << QStringLiteral("entry[7] Observation") << QStringLiteral("resultado de laboratorio (entrada 7 del paquete)");
        QTest::newRow("answer not in the catalog")
            << QStringLiteral("entry[20] QuestionnaireResponse some-question")
            << QStringLiteral("respuesta del cuestionario: some-question (entrada 20 del paquete)");
        QTest::newRow("answer without a question")
            << QStringLiteral("entry[20] QuestionnaireResponse") << QStringLiteral("respuesta del cuestionario (entrada 20 del paquete)");
        QTest::newRow("member") << QStringLiteral("entry[1] Patient") << QStringLiteral("ficha del miembro (entrada 1 del paquete)");
        QTest::newRow("member's birth date")
            << QStringLiteral("entry[1] Patient birthDate") << QStringLiteral("ficha del miembro: fecha de nacimiento (entrada 1 del paquete)");
        QTest::newRow("coverage") << QStringLiteral("entry[2] Coverage") << QStringLiteral("registro de cobertura (entrada 2 del paquete)");
        QTest::newRow("request") << QStringLiteral("entry[3] MedicationRequest") << QStringLiteral("solicitud del medicamento (entrada 3 del paquete)");
        QTest::newRow("diagnosis") << QStringLiteral("entry[5] Condition") << QStringLiteral("registro de diagnóstico (entrada 5 del paquete)");
        QTest::newRow("prescriber") << QStringLiteral("entry[4] Practitioner") << QStringLiteral("registro del médico que receta (entrada 4 del paquete)");
        QTest::newRow("prescriber's organization")
            << QStringLiteral("entry[6] Organization") << QStringLiteral("registro del médico que receta (entrada 6 del paquete)");
        QTest::newRow("document") << QStringLiteral("entry[9] DocumentReference") << QStringLiteral("documento (entrada 9 del paquete)");
        QTest::newRow("named document")
            << QStringLiteral("entry[9] DocumentReference chart-note.pdf") << QStringLiteral("documento: chart-note.pdf (entrada 9 del paquete)");
        QTest::newRow("demo data") << QStringLiteral("demo data") << QStringLiteral("datos de demostración");
    }

    void entryInSpanish()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(provenanceText(stored), shown);
    }

    // A lab and a question the catalog knows are named as the catalog names them in Spanish.
    void catalogNamesInSpanish()
    {
        const QString lab = provenanceText(QStringLiteral("entry[8] Observation 3209-4"));
        QVERIFY2(lab.startsWith(QStringLiteral("resultado de laboratorio: ")) && !lab.contains(QStringLiteral("3209-4")), qPrintable(lab));
        const QString answer = provenanceText(QStringLiteral("entry[20] QuestionnaireResponse request-type"));
        QVERIFY2(answer.startsWith(QStringLiteral("respuesta del cuestionario: ")) && !answer.contains(QStringLiteral("request-type")), qPrintable(answer));
    }
};

QTEST_MAIN(TestProvenanceText)
#include "tst_provenancetext.moc"
