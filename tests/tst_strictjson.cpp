// The strict JSON reader: what it accepts, where it says values are, and
// the exact words it uses when it refuses input.

#include "json/StrictJson.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QTest>

#include <cmath>
#include <thread>

using pareview::json::Limits;
using pareview::json::Value;
using namespace Qt::StringLiterals;

namespace {

QString renderString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c.unicode() < 0x20)
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            out += c;
    }
    return out + u'"';
}

// A compact canonical form of a parsed tree; numbers as written.
QString render(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        return u"null"_s;
    case Value::Type::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case Value::Type::Number:
        return value.numberText();
    case Value::Type::String:
        return renderString(value.toString());
    case Value::Type::Array: {
        QStringList items;
        for (int i = 0; i < value.size(); ++i)
            items << render(value.at(i));
        return u'[' + items.join(u',') + u']';
    }
    case Value::Type::Object: {
        QStringList members;
        for (const auto &member : value.members())
            members << renderString(member.first.toString()) + u':' + render(*member.second);
        return u'{' + members.join(u',') + u'}';
    }
    }
    return {};
}

// "/list/1/name": array indexes and object keys; "" is the root.
const Value *valueAt(const Value &root, const QString &path)
{
    const Value *current = &root;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (current->isArray()) {
            bool ok = false;
            const int index = segment.toInt(&ok);
            if (!ok || index < 0 || index >= current->size())
                return nullptr;
            current = &current->at(index);
        } else if (current->isObject()) {
            current = current->find(segment);
            if (!current)
                return nullptr;
        } else {
            return nullptr;
        }
    }
    return current;
}

QByteArray nested(const QByteArray &open, const QByteArray &inner, const QByteArray &close, int levels)
{
    return open.repeated(levels) + inner + close.repeated(levels);
}

} // namespace

class TestStrictJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidDocuments_data();
    void acceptsValidDocuments();
    void readsNumbers_data();
    void readsNumbers();
    void decodesStrings_data();
    void decodesStrings();
    void recordsPositions_data();
    void recordsPositions();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void honoursLimits_data();
    void honoursLimits();
    void namesTypes_data();
    void namesTypes();
    void keepsKeyOrderAndFindsMembers();
    void keysOutliveTheirInput();
    void readsStringsOnAFreshThread();
    void comparesKeysAsText_data();
    void comparesKeysAsText();
    void findsDuplicateInHugeObject();
    void scansStringsAndSpacesAtEveryOffset();
    void parsesLargeDocument();
};

void TestStrictJson::acceptsValidDocuments_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("null") << QByteArray("null") << u"null"_s;
    QTest::newRow("true") << QByteArray("true") << u"true"_s;
    QTest::newRow("false") << QByteArray("false") << u"false"_s;
    QTest::newRow("zero") << QByteArray("0") << u"0"_s;
    QTest::newRow("string") << QByteArray("\"text\"") << u"\"text\""_s;
    QTest::newRow("empty array") << QByteArray("[]") << u"[]"_s;
    QTest::newRow("empty object") << QByteArray("{}") << u"{}"_s;
    QTest::newRow("surrounding whitespace") << QByteArray(" \t\r\n [ 1 , 2 ] \n\t ") << u"[1,2]"_s;
    QTest::newRow("all types in an array")
        << QByteArray(R"([null, true, false, -1.5, "s", [], {}])") << u"[null,true,false,-1.5,\"s\",[],{}]"_s;
    QTest::newRow("nested objects and arrays") << QByteArray(R"({"a": [1, {"b": null}], "c": {"d": [[]]}})")
                                               << u"{\"a\":[1,{\"b\":null}],\"c\":{\"d\":[[]]}}"_s;
    QTest::newRow("key order preserved")
        << QByteArray(R"({"z": 1, "a": 2, "m": 3})") << u"{\"z\":1,\"a\":2,\"m\":3}"_s;
    QTest::newRow("same key in sibling objects") << QByteArray(R"([{"a": 1}, {"a": 2}, {"b": {"a": 3}}])")
                                                 << u"[{\"a\":1},{\"a\":2},{\"b\":{\"a\":3}}]"_s;
    QTest::newRow("keys differing only in case")
        << QByteArray(R"({"a": 1, "A": 2})") << u"{\"a\":1,\"A\":2}"_s;
    QTest::newRow("empty key") << QByteArray(R"({"": 1})") << u"{\"\":1}"_s;
    QTest::newRow("number as written") << QByteArray("[78.40, 2e13, 1E+2]") << u"[78.40,2e13,1E+2]"_s;
    QTest::newRow("CRLF line endings") << QByteArray("{\r\n  \"a\": 1\r\n}\r\n") << u"{\"a\":1}"_s;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": true}") << u"{\"a\":true}"_s;
    QTest::newRow("raw UTF-8 in key and value")
        << QByteArray("{\"caf\xC3\xA9\": \"\xE2\x82\xAC \xF0\x9F\x98\x80\"}")
        << QString::fromUtf8("{\"caf\xC3\xA9\":\"\xE2\x82\xAC \xF0\x9F\x98\x80\"}");
    QTest::newRow("100 nested arrays (the default limit)")
        << nested("[", "", "]", 100) << QString::fromLatin1(nested("[", "", "]", 100));
    QTest::newRow("100 nested objects (the default limit)")
        << nested("{\"a\":", "{}", "}", 99) << QString::fromLatin1(nested("{\"a\":", "{}", "}", 99));
}

void TestStrictJson::acceptsValidDocuments()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);

    const auto result = pareview::json::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(render(*result.value()), expected);
}

void TestStrictJson::readsNumbers_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("integerLiteral");

    QTest::newRow("zero") << QByteArray("0") << 0.0 << true;
    QTest::newRow("negative zero") << QByteArray("-0") << -0.0 << true;
    QTest::newRow("negative zero with fraction") << QByteArray("-0.0") << -0.0 << false;
    QTest::newRow("integer") << QByteArray("42") << 42.0 << true;
    QTest::newRow("negative integer") << QByteArray("-17") << -17.0 << true;
    QTest::newRow("fraction") << QByteArray("78.40") << 78.4 << false;
    QTest::newRow("small exponent") << QByteArray("1.5e-7") << 1.5e-7 << false;
    QTest::newRow("upper-case exponent with sign") << QByteArray("1E+2") << 100.0 << false;
    QTest::newRow("2e13") << QByteArray("2e13") << 2e13 << false;
    QTest::newRow("20000000000000.0") << QByteArray("20000000000000.0") << 2e13 << false;
    QTest::newRow("largest exact integer") << QByteArray("9007199254740991") << 9007199254740991.0 << true;
    QTest::newRow("smallest exact integer") << QByteArray("-9007199254740991") << -9007199254740991.0 << true;
    QTest::newRow("17 significant digits") << QByteArray("1234567.8901234567") << 1234567.8901234567 << false;
    QTest::newRow("zeros around 17 significant digits")
        << QByteArray("0.000012345678901234567000") << 0.000012345678901234567 << false;
    QTest::newRow("trailing zeros are not significant")
        << QByteArray("100000000000000000000e-10") << 1e10 << false;
    QTest::newRow("tiny") << QByteArray("1e-300") << 1e-300 << false;
    QTest::newRow("smallest subnormal") << QByteArray("5e-324") << 5e-324 << false;
    QTest::newRow("zero with huge exponent") << QByteArray("0e999") << 0.0 << false;
}

void TestStrictJson::readsNumbers()
{
    QFETCH(QByteArray, literal);
    QFETCH(double, expected);
    QFETCH(bool, integerLiteral);

    const auto result = pareview::json::parse(literal);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Value &value = *result.value();
    QVERIFY(value.isNumber());
    QVERIFY2(value.toDouble() == expected, qPrintable(QString::number(value.toDouble(), 'g', 17)));
    QCOMPARE(std::signbit(value.toDouble()), std::signbit(expected));
    QCOMPARE(value.numberText(), QString::fromLatin1(literal));
    QCOMPARE(value.isIntegerLiteral(), integerLiteral);
}

void TestStrictJson::decodesStrings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray(R"("abc")") << u"abc"_s;
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
    QTest::newRow("short escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t")") << u"\"\\/\b\f\n\r\t"_s;
    QTest::newRow("ASCII \\u escape") << QByteArray(R"("\u0041")") << u"A"_s;
    QTest::newRow("two-byte \\u escape") << QByteArray(R"("caf\u00e9")") << QString::fromUtf8("caf\xC3\xA9");
    QTest::newRow("three-byte \\u escape") << QByteArray(R"("\u20AC")") << QString::fromUtf8("\xE2\x82\xAC");
    QTest::newRow("surrogate pair") << QByteArray(R"("\uD83D\uDE00")")
                                    << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("lower-case surrogate pair")
        << QByteArray(R"("x\ud83d\ude00y")") << QString::fromUtf8("x\xF0\x9F\x98\x80y");
    QTest::newRow("escaped NUL") << QByteArray(R"("a\u0000b")") << QString(u"a"_s + QChar(0) + u"b"_s);
    QTest::newRow("raw UTF-8") << QByteArray("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"")
                               << QString::fromUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    QTest::newRow("raw UTF-8 next to escapes")
        << QByteArray("\"\xC3\xA9\\n\xE2\x82\xAC\"") << QString::fromUtf8("\xC3\xA9\n\xE2\x82\xAC");
    QTest::newRow("raw DEL is allowed") << QByteArray("\"a\x7F\"") << u"a\x7F"_s;
    QTest::newRow("raw line separator is allowed")
        << QByteArray("\"\xE2\x80\xA8\"") << QString::fromUtf8("\xE2\x80\xA8");
}

void TestStrictJson::decodesStrings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);

    const auto result = pareview::json::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(result.value()->isString());
    QCOMPARE(result.value()->toString(), expected);

    // The same text as an object key.
    const auto asKey = pareview::json::parse("{" + input + ": 1}");
    QVERIFY2(asKey.ok(), qPrintable(asKey.error()));
    QCOMPARE(asKey.value()->members().size(), std::size_t(1));
    QCOMPARE(asKey.value()->members().front().first.toString(), expected);
}

void TestStrictJson::recordsPositions_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray document = "{\n"
                                "  \"name\": \"x\",\n"
                                "  \"list\": [\n"
                                "    true,\n"
                                "\tnull\n"
                                "  ]\n"
                                "}\n";
    QTest::newRow("root after spaces") << QByteArray("  42") << QString() << u"number"_s << 1 << 3;
    QTest::newRow("root object") << document << QString() << u"object"_s << 1 << 1;
    QTest::newRow("string member on line 2") << document << u"/name"_s << u"string"_s << 2 << 11;
    QTest::newRow("array member on line 3") << document << u"/list"_s << u"array"_s << 3 << 11;
    QTest::newRow("array item on line 4") << document << u"/list/0"_s << u"boolean"_s << 4 << 5;
    QTest::newRow("tab counts as one column") << document << u"/list/1"_s << u"null"_s << 5 << 2;
    QTest::newRow("value on one line") << QByteArray(R"({"a": 1})") << u"/a"_s << u"number"_s << 1 << 7;
    QTest::newRow("CRLF is one line break")
        << QByteArray("[\r\n1,\r\n  2]") << u"/1"_s << u"number"_s << 3 << 3;
    QTest::newRow("lone CR is a line break") << QByteArray("[\r1]") << u"/0"_s << u"number"_s << 2 << 1;
    QTest::newRow("escaped newline stays on the line")
        << QByteArray(R"(["a\nb", 3])") << u"/1"_s << u"number"_s << 1 << 10;
    // Columns count bytes: the two-byte e-acute advances the column by two.
    QTest::newRow("columns count bytes")
        << QByteArray("[\"\xC3\xA9\", 2]") << u"/1"_s << u"number"_s << 1 << 8;
    QTest::newRow("byte order mark not counted")
        << QByteArray("\xEF\xBB\xBF[1]") << u"/0"_s << u"number"_s << 1 << 2;
    QTest::newRow("nested object") << QByteArray("[\n  {\"k\": {\"x\": [false]}}\n]") << u"/0/k/x/0"_s
                                   << u"boolean"_s << 2 << 16;
}

void TestStrictJson::recordsPositions()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto result = pareview::json::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Value *value = valueAt(*result.value(), path);
    QVERIFY(value);
    QCOMPARE(Value::typeName(value->type()), type);
    QCOMPARE(value->line(), line);
    QCOMPARE(value->column(), column);
}

void TestStrictJson::refusesInvalidInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    // Document structure
    QTest::newRow("empty input") << QByteArray() << 1 << 1
                                 << u"unexpected end of input (the input contains no JSON value)"_s;
    QTest::newRow("whitespace only") << QByteArray("  \n  ") << 2 << 3
                                     << u"unexpected end of input (the input contains no JSON value)"_s;
    QTest::newRow("second value") << QByteArray("1 2") << 1 << 3
                                  << u"expected the end of input after the JSON value but found '2'"_s;
    QTest::newRow("stray bracket on next line")
        << QByteArray("{}\n}") << 2 << 1 << u"expected the end of input after the JSON value but found '}'"_s;
    QTest::newRow("trailing comma in array")
        << QByteArray("[1,2,]") << 1 << 6 << u"trailing comma before ']' is not allowed"_s;
    QTest::newRow("trailing comma in object")
        << QByteArray(R"({"a":1,})") << 1 << 8 << u"trailing comma before '}' is not allowed"_s;
    QTest::newRow("missing comma in array")
        << QByteArray("[1 2]") << 1 << 4
        << u"expected ',' or ']' in the array starting at line 1, column 1 but found '2'"_s;
    QTest::newRow("missing comma in object")
        << QByteArray("{\n\"a\": 1\n\"b\": 2}") << 3 << 1
        << u"expected ',' or '}' in the object starting at line 1, column 1 but found '\"'"_s;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << 1 << 6
                                   << u"expected ':' after the key \"a\" but found '1'"_s;
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 1 << 2
                                  << u"expected a string key but found 'a'"_s;
    QTest::newRow("single-quoted string")
        << QByteArray("['a']") << 1 << 2 << u"expected a value but found \"'\""_s;
    QTest::newRow("comment") << QByteArray("[1, // one\n2]") << 1 << 5 << u"expected a value but found '/'"_s;
    QTest::newRow("non-ASCII outside a string")
        << QByteArray("[1, \xC3\xA9]") << 1 << 5
        << QString::fromUtf8("expected a value but found '\xC3\xA9' (U+00E9)");
    QTest::newRow("three-byte character outside a string")
        << QByteArray("\xE2\x82\xAC") << 1 << 1
        << QString::fromUtf8("expected a value but found '\xE2\x82\xAC' (U+20AC)");
    QTest::newRow("four-byte character outside a string")
        << QByteArray("[\xF0\x9F\x98\x80]") << 1 << 2
        << QString::fromUtf8("expected a value but found '\xF0\x9F\x98\x80' (U+1F600)");
    QTest::newRow("byte order mark inside") << QByteArray("[\xEF\xBB\xBF"
                                                          "1]")
                                            << 1 << 2 << u"(U+FEFF)"_s;
    QTest::newRow("control character outside a string")
        << QByteArray("[\x01]") << 1 << 2 << u"expected a value but found control character U+0001"_s;

    // Literals
    QTest::newRow("truncated true") << QByteArray("tru") << 1 << 4
                                    << u"unexpected end of input (incomplete literal 'tru')"_s;
    QTest::newRow("misspelt null") << QByteArray("[nul]") << 1 << 2 << u"expected a value but found 'nul'"_s;
    QTest::newRow("capitalised True")
        << QByteArray("True") << 1 << 1 << u"expected a value but found 'True'"_s;
    QTest::newRow("literal run on") << QByteArray("[truex]") << 1 << 2
                                    << u"expected a value but found 'truex'"_s;

    // Number grammar
    QTest::newRow("leading zero") << QByteArray("01") << 1 << 1 << u"the number '01' has a leading zero"_s;
    QTest::newRow("negative leading zero")
        << QByteArray("[-012]") << 1 << 2 << u"the number '-012' has a leading zero"_s;
    QTest::newRow("plus sign") << QByteArray("+1") << 1 << 1 << u"expected a value but found '+'"_s;
    QTest::newRow("leading decimal point")
        << QByteArray(".5") << 1 << 1 << u"expected a value but found '.'"_s;
    QTest::newRow("trailing decimal point")
        << QByteArray("[1.]") << 1 << 4
        << u"expected a digit after the decimal point in the number '1.' but found ']'"_s;
    QTest::newRow("point before exponent")
        << QByteArray("1.e5") << 1 << 3
        << u"expected a digit after the decimal point in the number '1.' but found 'e5'"_s;
    QTest::newRow("empty exponent at end")
        << QByteArray("1e") << 1 << 3 << u"unexpected end of input (incomplete number '1e')"_s;
    QTest::newRow("exponent sign only")
        << QByteArray("[1e+]") << 1 << 5
        << u"expected a digit in the exponent in the number '1e+' but found ']'"_s;
    QTest::newRow("lone minus") << QByteArray("-") << 1 << 2
                                << u"unexpected end of input (incomplete number '-')"_s;
    QTest::newRow("NaN") << QByteArray("NaN") << 1 << 1 << u"expected a value but found 'NaN'"_s;
    QTest::newRow("Infinity") << QByteArray("[Infinity]") << 1 << 2
                              << u"expected a value but found 'Infinity'"_s;
    QTest::newRow("-Infinity") << QByteArray("-Infinity") << 1 << 2
                               << u"expected a digit after '-' in the number '-' but found 'Infinity'"_s;
    QTest::newRow("hexadecimal") << QByteArray("0x10") << 1 << 2
                                 << u"expected the end of input after the JSON value but found 'x10'"_s;

    // Numbers a double cannot hold
    QTest::newRow("overflow") << QByteArray("1e400") << 1 << 1 << u"number 1e400 is too large for a double"_s;
    QTest::newRow("negative overflow")
        << QByteArray("-1e400") << 1 << 1 << u"number -1e400 is too large for a double"_s;
    QTest::newRow("underflow") << QByteArray("1e-400") << 1 << 1
                               << u"number 1e-400 is too small for a double (it would become 0)"_s;
    QTest::newRow("2^53") << QByteArray("9007199254740992") << 1 << 1
                          << u"number 9007199254740992 is too large to hold exactly"_s;
    QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << 1 << 1
                              << u"number 9007199254740993 is too large to hold exactly"_s;
    QTest::newRow("-2^53") << QByteArray("-9007199254740992") << 1 << 1
                           << u"number -9007199254740992 is too large to hold exactly"_s;
    QTest::newRow("20 digits") << QByteArray("12345678901234567890") << 1 << 1
                               << u"number 12345678901234567890 is too large to hold exactly"_s;
    QTest::newRow("21 digits") << QByteArray("123456789012345678901") << 1 << 1
                               << u"number 123456789012345678901 is too large to hold exactly"_s;
    QTest::newRow("1e16") << QByteArray("1e16") << 1 << 1 << u"number 1e16 is too large to hold exactly"_s;
    QTest::newRow("2^53 with a fraction") << QByteArray("9007199254740992.0") << 1 << 1
                                          << u"number 9007199254740992.0 is too large to hold exactly"_s;
    QTest::newRow("18 significant digits")
        << QByteArray("1.23456789012345678") << 1 << 1
        << u"number 1.23456789012345678 has more significant digits than can be "
           u"held exactly (18, at most 17)"_s;
    QTest::newRow("18 significant digits after zeros")
        << QByteArray("[0.000123456789012345678]") << 1 << 2
        << u"has more significant digits than can be held exactly"_s;
    QTest::newRow("bad number inside a document")
        << QByteArray("{\n  \"a\": [1, 1e400]\n}") << 2 << 12 << u"number 1e400 is too large for a double"_s;

    // Strings
    QTest::newRow("raw newline in string")
        << QByteArray("\"ab\ncd\"") << 1 << 4
        << u"unescaped control character U+000A in the string starting at line 1, column 1"_s;
    QTest::newRow("raw tab in string")
        << QByteArray("[\"a\tb\"]") << 1 << 4
        << u"unescaped control character U+0009 in the string starting at line 1, column 2"_s;
    QTest::newRow("raw NUL in string")
        << QByteArray("\"a\0\"", 4) << 1 << 3 << u"unescaped control character U+0000"_s;
    QTest::newRow("unknown escape") << QByteArray(R"("a\x")") << 1 << 3
                                    << u"invalid escape: a backslash followed by 'x'"_s;
    QTest::newRow("non-hex \\u escape")
        << QByteArray(R"("\u12G4")") << 1 << 2
        << u"invalid escape: \\u must be followed by four hex digits, found 'G4'"_s;
    QTest::newRow("lone high surrogate")
        << QByteArray(R"("\uD800")") << 1 << 2 << u"lone surrogate \\uD800"_s;
    QTest::newRow("high surrogate then other escape")
        << QByteArray(R"("x\uD800\u0041")") << 1 << 3
        << u"lone surrogate \\uD800 (a high surrogate must be followed by a \\uDC00-\\uDFFF escape)"_s;
    QTest::newRow("high surrogate then text")
        << QByteArray(R"("\ud83dabc")") << 1 << 2 << u"lone surrogate \\uD83D"_s;
    QTest::newRow("lone low surrogate")
        << QByteArray(R"("\uDE00")") << 1 << 2
        << u"lone surrogate \\uDE00 (a low surrogate without a high surrogate before it)"_s;
    QTest::newRow("unterminated string")
        << QByteArray("[\n  \"abc") << 2 << 7
        << u"unexpected end of input (unterminated string starting at line 2, column 3)"_s;
    QTest::newRow("unterminated in escape")
        << QByteArray(R"("ab\)") << 1 << 5
        << u"unexpected end of input (unterminated string starting at line 1, column 1)"_s;
    QTest::newRow("unterminated in \\u escape")
        << QByteArray(R"("\u12)") << 1 << 6
        << u"unexpected end of input (unterminated string starting at line 1, column 1)"_s;
    QTest::newRow("unterminated key")
        << QByteArray("{\"ab") << 1 << 5
        << u"unexpected end of input (unterminated string starting at line 1, column 2)"_s;

    // Truncated containers
    QTest::newRow("unterminated array")
        << QByteArray("[1, [2, 3]") << 1 << 11
        << u"unexpected end of input (unterminated array starting at line 1, column 1)"_s;
    QTest::newRow("array ends after comma")
        << QByteArray("[1,") << 1 << 4
        << u"unexpected end of input (unterminated array starting at line 1, column 1)"_s;
    QTest::newRow("unterminated object")
        << QByteArray(R"({"a": {"b": 1})") << 1 << 15
        << u"unexpected end of input (unterminated object starting at line 1, column 1)"_s;
    QTest::newRow("object ends after key")
        << QByteArray("\n {\"a\"") << 2 << 6
        << u"unexpected end of input (unterminated object starting at line 2, column 2)"_s;
    QTest::newRow("object ends after colon")
        << QByteArray(R"({"a":)") << 1 << 6
        << u"unexpected end of input (unterminated object starting at line 1, column 1)"_s;
    QTest::newRow("deep document cut off")
        << nested("[", "", "", 100) << 1 << 101
        << u"unexpected end of input (unterminated array starting at line 1, column 100)"_s;

    // Duplicate keys
    QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})") << 1 << 8
                                   << u"duplicate key \"a\" (first at line 1)"_s;
    QTest::newRow("duplicate key on a later line")
        << QByteArray("{\n  \"code\": 1,\n  \"value\": 2,\n  \"value\": 3\n}") << 4 << 3
        << u"duplicate key \"value\" (first at line 3)"_s;
    QTest::newRow("duplicate key in nested object")
        << QByteArray(R"([{"a":{"x":1,"x":1}}])") << 1 << 14 << u"duplicate key \"x\" (first at line 1)"_s;
    QTest::newRow("duplicate key with a placeholder in it")
        << QByteArray(R"({"%1%2":1,"%1%2":2})") << 1 << 11 << u"duplicate key \"%1%2\" (first at line 1)"_s;
    QTest::newRow("duplicate key written with an escape")
        << QByteArray(R"({"a":1,"\u0061":2})") << 1 << 8 << u"duplicate key \"a\" (first at line 1)"_s;

    // UTF-8, inside and outside strings
    QTest::newRow("0xFF in a string")
        << QByteArray("\"a\xFF\"") << 1 << 3 << u"invalid UTF-8 byte 0xFF (never valid in UTF-8)"_s;
    QTest::newRow("0xFF outside a string")
        << QByteArray("[1,\xFF]") << 1 << 4 << u"invalid UTF-8 byte 0xFF"_s;
    QTest::newRow("0xF8 five-byte form") << QByteArray("\"\xF8\x88\x80\x80\x80\"") << 1 << 2
                                         << u"invalid UTF-8 byte 0xF8 (never valid in UTF-8)"_s;
    QTest::newRow("overlong two-byte")
        << QByteArray("\"\xC0\xAF\"") << 1 << 2 << u"invalid UTF-8 byte 0xC0 (an overlong encoding)"_s;
    QTest::newRow("overlong three-byte")
        << QByteArray("\"\xE0\x80\xAF\"") << 1 << 2 << u"invalid UTF-8 byte 0xE0 (an overlong encoding)"_s;
    QTest::newRow("overlong four-byte") << QByteArray("\"\xF0\x80\x80\xAF\"") << 1 << 2
                                        << u"invalid UTF-8 byte 0xF0 (an overlong encoding)"_s;
    QTest::newRow("encoded surrogate") << QByteArray("\"\xED\xA0\x80\"") << 1 << 2
                                       << u"invalid UTF-8 byte 0xED (encodes a UTF-16 surrogate)"_s;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"") << 1 << 2
                                     << u"invalid UTF-8 byte 0xF4 (encodes a code point beyond U+10FFFF)"_s;
    QTest::newRow("lone continuation byte")
        << QByteArray("\"\x80\"") << 1 << 2
        << u"invalid UTF-8 byte 0x80 (a continuation byte without a lead byte)"_s;
    QTest::newRow("sequence cut by end of input")
        << QByteArray("\"\xC3") << 1 << 2
        << u"invalid UTF-8 byte 0xC3 (sequence cut short by the end of input)"_s;
    QTest::newRow("sequence cut by ASCII")
        << QByteArray("\"\xC3"
                      "A\"")
        << 1 << 2 << u"invalid UTF-8 byte 0xC3 (sequence cut short by byte 0x41)"_s;
    QTest::newRow("three-byte sequence cut short")
        << QByteArray("\"\xE2\x82\"") << 1 << 2
        << u"invalid UTF-8 byte 0xE2 (sequence cut short by byte 0x22)"_s;
    QTest::newRow("bad byte after a valid character")
        << QByteArray("\"\xC3\xA9\xFF\"") << 1 << 4 << u"invalid UTF-8 byte 0xFF"_s;
    QTest::newRow("bad byte on line 3")
        << QByteArray("[\n\"\xC3\xA9\",\n\"x\xFE\"]") << 3 << 3 << u"invalid UTF-8 byte 0xFE"_s;

    // Nesting
    QTest::newRow("101 nested arrays")
        << nested("[", "", "]", 101) << 1 << 101 << u"nesting deeper than 100 levels"_s;
    QTest::newRow("101 nested objects")
        << nested("{\"a\":", "{}", "}", 100) << 1 << 501 << u"nesting deeper than 100 levels"_s;
}

void TestStrictJson::refusesInvalidInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const auto result = pareview::json::parse(input);
    QVERIFY(!result.ok());
    const QString prefix = u"line %1, column %2: "_s.arg(line).arg(column);
    QVERIFY2(result.error().startsWith(prefix), qPrintable(u"got: "_s + result.error()));
    QVERIFY2(result.error().contains(message), qPrintable(u"got: "_s + result.error()));
}

void TestStrictJson::honoursLimits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("error"); // empty: accepted

    QTest::newRow("exactly at the byte limit") << QByteArray("[1]") << 100 << qint64(3) << QString();
    QTest::newRow("over the byte limit")
        << QByteArray("[1, 2]") << 100 << qint64(5) << u"input of 6 bytes exceeds the limit of 5 bytes"_s;
    QTest::newRow("size is checked before content") << QByteArray("\xFF\xFF\xFF") << 100 << qint64(2)
                                                    << u"input of 3 bytes exceeds the limit of 2 bytes"_s;
    QTest::newRow("exactly at the depth limit") << QByteArray("[[[]]]") << 3 << qint64(100) << QString();
    QTest::newRow("arrays over the depth limit")
        << QByteArray("[[[[]]]]") << 3 << qint64(100) << u"line 1, column 4: nesting deeper than 3 levels"_s;
    QTest::newRow("objects over the depth limit") << QByteArray(R"({"a":{"b":{}}})") << 2 << qint64(100)
                                                  << u"line 1, column 11: nesting deeper than 2 levels"_s;
    QTest::newRow("scalar with depth 0") << QByteArray("1") << 0 << qint64(100) << QString();
    QTest::newRow("array with depth 0")
        << QByteArray("[]") << 0 << qint64(100) << u"line 1, column 1: nesting deeper than 0 levels"_s;
}

void TestStrictJson::honoursLimits()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxDepth);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, error);

    Limits limits;
    limits.maxDepth = maxDepth;
    limits.maxBytes = maxBytes;
    const auto result = pareview::json::parse(input, limits);
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error()));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), error);
    }
}

void TestStrictJson::namesTypes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");

    QTest::newRow("null") << QByteArray("null") << int(Value::Type::Null) << u"null"_s;
    QTest::newRow("bool") << QByteArray("false") << int(Value::Type::Bool) << u"boolean"_s;
    QTest::newRow("number") << QByteArray("1") << int(Value::Type::Number) << u"number"_s;
    QTest::newRow("string") << QByteArray("\"\"") << int(Value::Type::String) << u"string"_s;
    QTest::newRow("array") << QByteArray("[]") << int(Value::Type::Array) << u"array"_s;
    QTest::newRow("object") << QByteArray("{}") << int(Value::Type::Object) << u"object"_s;
}

void TestStrictJson::namesTypes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, type);
    QFETCH(QString, name);

    const auto result = pareview::json::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(int(result.value()->type()), type);
    QCOMPARE(Value::typeName(result.value()->type()), name);
}

void TestStrictJson::keepsKeyOrderAndFindsMembers()
{
    const auto result = pareview::json::parse(R"({"zeta": 1, "alpha": [true, "x"], "mid": {"k": null}})");
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Value &root = *result.value();

    QStringList keys;
    for (const auto &member : root.members())
        keys << member.first.toString();
    QCOMPARE(keys, QStringList({ u"zeta"_s, u"alpha"_s, u"mid"_s }));

    QVERIFY(root.contains(u"alpha"));
    QVERIFY(!root.contains(u"Alpha"));
    QCOMPARE(root.find(u"missing"), nullptr);
    QCOMPARE(root.find(u"zeta")->toDouble(), 1.0);
    const Value *alpha = root.find(u"alpha");
    QVERIFY(alpha && alpha->isArray());
    QCOMPARE(alpha->size(), 2);
    QVERIFY(alpha->at(0).toBool());
    QCOMPARE(alpha->at(1).toString(), u"x"_s);
    // Arrays and scalars have no members.
    QCOMPARE(alpha->find(u"0"), nullptr);
    QCOMPARE(alpha->at(1).find(u"x"), nullptr);
    QVERIFY(root.find(u"mid")->find(u"k")->isNull());
}

// Keys are views of the input the document keeps: a caller's buffer may be
// changed or freed once parse() returns, raw data (fromRawData) included.
void TestStrictJson::keysOutliveTheirInput()
{
    const char text[] = "{\"plain\": 1, \"r\\u00e9sum\\u00e9\": 2, \"caf\xc3\xa9\": 3}";
    std::shared_ptr<const Value> owned;
    std::shared_ptr<const Value> raw;
    {
        QByteArray input(text);
        auto result = pareview::json::parse(input);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        owned = result.value();
        input.fill('x');
    }
    {
        QByteArray buffer(text);
        auto result = pareview::json::parse(QByteArray::fromRawData(buffer.constData(), buffer.size()));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        raw = result.value();
        buffer.fill('x'); // the bytes the raw array pointed at
    }
    for (const auto &root : { owned, raw }) {
        QStringList keys;
        for (const auto &member : root->members())
            keys << member.first.toString();
        QCOMPARE(keys, QStringList({ u"plain"_s, u"r\u00e9sum\u00e9"_s, u"caf\u00e9"_s }));
        QCOMPARE(root->find(QLatin1String("plain"))->toDouble(), 1.0);
        QCOMPARE(root->find(u"r\u00e9sum\u00e9")->toDouble(), 2.0);
        QCOMPARE(root->find(QLatin1String("caf\xe9"))->toDouble(), 3.0);
    }
}

// Short strings are kept per thread from one document to the next: a
// thread's first string may be the empty one, and the same text read again
// in a later document is the same text.
void TestStrictJson::readsStringsOnAFreshThread()
{
    QStringList read;
    std::thread reader([&read] {
        for (const char *text : { R"([""])", R"({"": "", "a": "x"})", R"(["x", "", "y", "x"])" }) {
            const auto result = pareview::json::parse(text);
            if (!result.ok()) {
                read << result.error();
                continue;
            }
            const Value &root = *result.value();
            if (root.isArray())
                for (int i = 0; i < root.size(); ++i)
                    read << root.at(i).toString();
            else
                for (const auto &member : root.members())
                    read << member.first.toString() + u'=' + member.second->toString();
        }
    });
    reader.join();
    QCOMPARE(read, QStringList({ QString(), u"="_s, u"a=x"_s, u"x"_s, QString(), u"y"_s, u"x"_s }));
}

void TestStrictJson::comparesKeysAsText_data()
{
    QTest::addColumn<QByteArray>("key"); // as written in the document
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("same");
    QTest::newRow("ascii") << QByteArray("code") << u"code"_s << true;
    QTest::newRow("ascii, case differs") << QByteArray("Code") << u"code"_s << false;
    QTest::newRow("prefix") << QByteArray("cod") << u"code"_s << false;
    QTest::newRow("escaped ascii") << QByteArray("\\u0063ode") << u"code"_s << true;
    QTest::newRow("UTF-8") << QByteArray("\xc3\xa9t\xc3\xa9") << u"\u00e9t\u00e9"_s << true;
    QTest::newRow("UTF-8, other accent") << QByteArray("\xc3\xa8t\xc3\xa9") << u"\u00e9t\u00e9"_s << false;
    QTest::newRow("escaped non-ASCII") << QByteArray("\\u00e9t\\u00e9") << u"\u00e9t\u00e9"_s << true;
    QTest::newRow("astral") << QByteArray("\xf0\x9f\x98\x80") << u"\U0001F600"_s << true;
}

// A key equals a name as text, whatever the spelling in the document and
// whichever kind of string the program names it with.
void TestStrictJson::comparesKeysAsText()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, name);
    QFETCH(bool, same);

    const auto result = pareview::json::parse("{\"" + key + "\": true}");
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const pareview::json::Key &parsed = result.value()->members().front().first;
    QCOMPARE(parsed == QStringView(name), same);
    QCOMPARE(result.value()->find(QStringView(name)) != nullptr, same);
    const QByteArray latin1 = name.toLatin1();
    if (QString::fromLatin1(latin1) == name) { // a name Latin-1 can spell
        QCOMPARE(parsed == QLatin1StringView(latin1), same);
        QCOMPARE(result.value()->find(QLatin1StringView(latin1)) != nullptr, same);
    }
}

void TestStrictJson::findsDuplicateInHugeObject()
{
    // A quadratic duplicate check would take minutes here.
    constexpr int count = 200000;
    QByteArray input = "{";
    for (int i = 0; i < count; ++i)
        input += "\n\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",";
    input += "\n\"k5\": 0}";

    QElapsedTimer timer;
    timer.start();
    const auto result = pareview::json::parse(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), u"line %1, column 1: duplicate key \"k5\" (first at line 7)"_s.arg(count + 2));

    // Without the duplicate the same object is accepted, in order.
    input.chop(int(qstrlen("\n\"k5\": 0}")) + 1);
    input += "}";
    const auto accepted = pareview::json::parse(input);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
    QCOMPARE(accepted.value()->members().size(), std::size_t(count));
    QCOMPARE(accepted.value()->members().back().first.toString(), u"k%1"_s.arg(count - 1));
    qInfo("huge object parsed twice in %lld ms", qint64(timer.elapsed()));
}

void TestStrictJson::scansStringsAndSpacesAtEveryOffset()
{
    // Strings and runs of spaces are scanned eight bytes at a time, UTF-8 is
    // checked thirty-two at a time: put the character that ends a run at
    // every offset around those words.
    for (int length = 0; length <= 40; ++length) {
        for (int at = 0; at <= length; ++at) {
            const QByteArray before(at, 'a');
            const QByteArray after(length - at, 'b');
            const auto escaped = pareview::json::parse("[\"" + before + "\\\"" + after + "\"]");
            QVERIFY2(escaped.ok(), qPrintable(escaped.error()));
            QCOMPARE(escaped.value()->at(0).toString(), QString::fromLatin1(before + '"' + after));

            const auto accented = pareview::json::parse("[\"" + before + "\xc3\xa9" + after + "\"]");
            QVERIFY2(accented.ok(), qPrintable(accented.error()));
            QCOMPARE(accented.value()->at(0).toString(), QString::fromLatin1(before) + u'\u00e9' + QString::fromLatin1(after));

            const auto control = pareview::json::parse("[\"" + before + '\x01' + after + "\"]");
            QVERIFY(!control.ok());
            QVERIFY2(control.error().startsWith(u"line 1, column %1: unescaped control character U+0001"_s.arg(at + 3)),
                     qPrintable(control.error()));
        }
        const QByteArray spaces(length, ' ');
        const auto spaced = pareview::json::parse("[" + spaces + "1" + spaces + ",\n" + spaces + "\"x\"" + spaces + "]");
        QVERIFY2(spaced.ok(), qPrintable(spaced.error()));
        QCOMPARE(spaced.value()->at(0).column(), length + 2);
        QCOMPARE(spaced.value()->at(1).line(), 2);
        QCOMPARE(spaced.value()->at(1).column(), length + 1);
    }
}

void TestStrictJson::parsesLargeDocument()
{
    // Shaped like a FHIR bundle, a few megabytes.
    constexpr int entries = 20000;
    QByteArray input = "{\"resourceType\": \"Bundle\", \"entry\": [\n";
    for (int i = 0; i < entries; ++i) {
        if (i > 0)
            input += ",\n";
        input += "  {\"fullUrl\": \"urn:uuid:" + QByteArray::number(i)
            + "\", \"resource\": {\"resourceType\": \"Observation\", \"status\": \"final\", "
              "\"code\": {\"text\": \"H\\u00e9moglobine \\\"A1c\\\"\"}, "
              "\"valueQuantity\": {\"value\": 6."
            + QByteArray::number(i % 10) + ", \"unit\": \"%\"}}}";
    }
    input += "\n]}";
    QVERIFY(input.size() > 2 * 1000 * 1000);

    QElapsedTimer timer;
    timer.start();
    const auto result = pareview::json::parse(input);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    qInfo("%lld bytes parsed in %lld ms", qint64(input.size()), elapsed);

    const Value *entry = result.value()->find(u"entry");
    QVERIFY(entry && entry->isArray());
    QCOMPARE(entry->size(), entries);
    const Value &last = entry->at(entries - 1);
    QCOMPARE(last.line(), entries + 1);
    QCOMPARE(last.column(), 3);
    const Value *quantity = valueAt(last, u"/resource/valueQuantity/value"_s);
    QVERIFY(quantity);
    QCOMPARE(quantity->numberText(), u"6.9"_s);
    QCOMPARE(valueAt(last, u"/resource/code/text"_s)->toString(),
             QString::fromUtf8("H\xC3\xA9moglobine \"A1c\""));
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
