// The JSON writer (model/json/JsonWriter) makes UTF-8 directly: every kind
// of character is written so that the strict reader gives the same text
// back, and the bytes are the ones QString::toUtf8 makes of the same text.

#include "json/JsonWriter.h"
#include "json/StrictJson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pareview::json::Writer;

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTextTheReaderReadsBack_data();
    void writesTextTheReaderReadsBack();
    void writesLoneSurrogatesAsQtDoes();
    void writesNumbersAndNames();
};

void TestJsonWriter::writesTextTheReaderReadsBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written"); // the JSON string, quotes included

    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("ascii") << u"age 30"_s << QByteArray(R"("age 30")");
    // Longer than one word of the fast path, the special character at each offset.
    QTest::newRow("quote after a run") << u"abcdefghij\"k"_s << QByteArray(R"("abcdefghij\"k")");
    QTest::newRow("backslash") << u"a\\b"_s << QByteArray(R"("a\\b")");
    QTest::newRow("newline, return, tab") << u"a\nb\rc\td"_s << QByteArray(R"("a\nb\rc\td")");
    QTest::newRow("other control") << u"x\u0001y\u001fz"_s << QByteArray(R"("x\u0001y\u001fz")");
    QTest::newRow("two-byte") << u"Jos\u00e9 Pe\u00f1a"_s << QByteArray("\"Jos\xc3\xa9 Pe\xc3\xb1" "a\"");
    QTest::newRow("three-byte") << u"age 30 \u2265 18"_s << QByteArray("\"age 30 \xe2\x89\xa5 18\"");
    QTest::newRow("surrogate pair") << u"\U0001F600!"_s << QByteArray("\"\xf0\x9f\x98\x80!\"");
    QTest::newRow("mixed, long") << u"factor IX activity 1.29 % \u2264 2 %, drawn 2026-03-05 \u2014 \"ok\""_s
                                 << QByteArray("\"factor IX activity 1.29 % \xe2\x89\xa4 2 %, drawn 2026-03-05 \xe2\x80\x94 \\\"ok\\\"\"");
}

void TestJsonWriter::writesTextTheReaderReadsBack()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);

    Writer w;
    w.beginObject().value("k", text).endObject();
    QCOMPARE(w.utf8(), "{\"k\":" + written + "}");
    QCOMPARE(w.text(), QString::fromUtf8(w.utf8()));
    QCOMPARE(Writer::quote(text), QString::fromUtf8(written));

    const auto back = pareview::json::parse(w.utf8());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value()->find(QLatin1String("k"))->toString(), text);
}

// What the output had when it was made as text and converted with toUtf8.
void TestJsonWriter::writesLoneSurrogatesAsQtDoes()
{
    QString text = u"a"_s;
    text.append(QChar(0xD800));
    text.append(u'b');
    text.append(QChar(0xDC00));
    Writer w;
    w.beginArray().stringArray(nullptr, {text}).endArray();
    QCOMPARE(w.utf8(), "[[\"" + QStringView(text).toUtf8() + "\"]]");
    QCOMPARE(w.utf8(), QByteArray(R"([["a?b?"]])"));
}

void TestJsonWriter::writesNumbersAndNames()
{
    Writer w;
    w.beginObject()
        .value("whole", 150)
        .value("negative", -3.0)
        .value("fraction", 1.29)
        .value("small", 1e-7)
        .value("huge", 1e20)
        .value("nan", std::nan(""))
        .value("name", "not-met")
        .value(u"d\u00eda"_s, u"lunes"_s)
        .value("yes", true)
        .null("none")
        .endObject();
    QCOMPARE(w.utf8(), QByteArray("{\"whole\":150,\"negative\":-3,\"fraction\":1.29,\"small\":1e-07,\"huge\":1e+20,"
                                  "\"nan\":null,\"name\":\"not-met\",\"d\xc3\xad" "a\":\"lunes\",\"yes\":true,\"none\":null}"));

    Writer pretty(true);
    pretty.beginObject().value("a", 1).beginArray("b").endArray().endObject();
    QCOMPARE(pretty.utf8(), QByteArray("{\n  \"a\": 1,\n  \"b\": []\n}"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
