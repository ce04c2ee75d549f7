// The FHIR R4 intake importer against ../shared/spec/intake-bundle.md: the
// example bundles give the right typed facts with their sources, units are
// converted exactly or refused, bad bundles are rejected with a message that
// names the entry and the field, accepted variations are read, and the real
// Synthea export imports.
//
// Bad and varied bundles are made from the example text by targeted edits
// inside one entry (entries of the examples begin with their "fullUrl"), or
// written inline. An edit that does not find its target yields text starting
// with "EDIT FAILED", which every test refuses before importing.

#include "intake/FhirImporter.h"
#include "intake/LabCatalog.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cctype>
#include <cmath>
#include <optional>

using namespace testsupport;
using namespace Qt::StringLiterals;
using pareview::Attestation;
using pareview::CaseFacts;
using pareview::FhirImporter;
using pareview::Measurement;

namespace {

// ---- expected facts of the example bundles ------------------------------------

struct ExpectedLab
{
    QString name;
    int entry = -1;
    double value = 0;
    QString unit;
    QDate date;
    std::optional<double> uln;
    QString text;
};

struct ExpectedAttachment
{
    int entry = -1;
    QString title;
    QString contentType;
    QString description;
    QByteArray bytes;
    QByteArray sha256Hex; // python3: hashlib.sha256(base64.b64decode(data)).hexdigest()
};

struct ExpectedFacts
{
    QString file;
    QString memberName;
    QString memberId;
    QDate birthDate;
    QString sexAtBirth;
    QString payer;
    QString plan;
    QString lineOfBusiness;
    QString prescriberName;
    QString prescriberNpi;
    QStringList taxonomies;
    bool atHtc = false; // an Organization typed htc names the prescriber's practice
    QString htcName;
    QString drug;
    QString hcpcs;
    QString drugText;
    double dosePerKg = 0;
    QString doseUnit;
    std::optional<double> intervalHours;
    std::optional<double> quantityMcg;
    std::optional<double> supplyDays;
    QString priority;
    QDate authoredOn;
    QVector<QPair<QString, bool>> diagnoses; // code, forRequest
    QVector<ExpectedLab> labs;
    int attestationEntry = -1;
    QDate attestationDate;
    QVector<QPair<QString, QVariant>> attestations;
    QVector<ExpectedAttachment> attachments;
};

} // namespace

Q_DECLARE_METATYPE(ExpectedFacts)

namespace {

const QDate kAsOf(2026, 11, 21); // Bundle.timestamp of every example

QString qs(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray exampleText(const char *name)
{
    return readAll(sharedPath(u"spec/examples/"_s + qs(name)));
}

QByteArray syntheaText()
{
    return readAll(sharedPath(u"spec/real/synthea-sample-complete-patient.json"_s));
}

// ---- edits of the example text --------------------------------------------------

QByteArray editFailed(const QByteArray &what)
{
    return QByteArrayLiteral("EDIT FAILED: ") + what;
}

bool isEditFailure(const QByteArray &text)
{
    return text.startsWith("EDIT FAILED");
}

struct Span
{
    qsizetype begin = -1;
    qsizetype end = -1;
    bool ok() const { return begin >= 0; }
};

// The text of entry `entry`: from its "fullUrl" to the next entry's.
Span entrySpan(const QByteArray &text, int entry)
{
    QVector<qsizetype> starts;
    for (qsizetype p = text.indexOf("\"fullUrl\""); p >= 0; p = text.indexOf("\"fullUrl\"", p + 1))
        starts << p;
    if (entry < 0 || entry >= starts.size())
        return {};
    return { starts[entry], entry + 1 < starts.size() ? starts[entry + 1] : text.size() };
}

// Where the JSON value starting at `pos` ends (one past it).
qsizetype jsonValueEnd(const QByteArray &t, qsizetype pos)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = pos; i < t.size(); ++i) {
        const char c = t.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"') {
                inString = false;
                if (depth == 0)
                    return i + 1;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == 0)
                return i; // a scalar ends at its parent's close
            if (--depth == 0)
                return i + 1;
            break;
        case ',':
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            if (depth == 0)
                return i;
            break;
        default:
            break;
        }
    }
    return -1;
}

// The first member "key" inside entry `entry`: where its key starts, and its value.
struct Member
{
    qsizetype keyStart = -1;
    qsizetype valueStart = -1;
    qsizetype valueEnd = -1;
    bool ok() const { return valueEnd > valueStart && valueStart > keyStart && keyStart >= 0; }
};

Member findMember(const QByteArray &text, int entry, const QByteArray &key)
{
    const Span span = entrySpan(text, entry);
    if (!span.ok())
        return {};
    const QByteArray quoted = '"' + key + '"';
    const qsizetype at = text.indexOf(quoted, span.begin);
    if (at < 0 || at >= span.end)
        return {};
    qsizetype p = at + quoted.size();
    while (p < text.size() && std::isspace(static_cast<unsigned char>(text.at(p))))
        ++p;
    if (p >= text.size() || text.at(p) != ':')
        return {};
    ++p;
    while (p < text.size() && std::isspace(static_cast<unsigned char>(text.at(p))))
        ++p;
    const qsizetype end = jsonValueEnd(text, p);
    if (end < 0 || end > span.end)
        return {};
    return { at, p, end };
}

// Replaces the first `from` inside entry `entry` with `to`.
QByteArray editEntry(const QByteArray &text, int entry, const QByteArray &from, const QByteArray &to)
{
    const Span span = entrySpan(text, entry);
    if (!span.ok())
        return editFailed("no entry " + QByteArray::number(entry));
    const qsizetype at = text.indexOf(from, span.begin);
    if (at < 0 || at + from.size() > span.end)
        return editFailed("entry " + QByteArray::number(entry) + " has no " + from);
    QByteArray out = text;
    out.replace(at, from.size(), to);
    return out;
}

// Replaces the value of the first member "key" inside entry `entry` with `json`.
QByteArray setMember(const QByteArray &text, int entry, const QByteArray &key, const QByteArray &json)
{
    const Member m = findMember(text, entry, key);
    if (!m.ok())
        return editFailed("entry " + QByteArray::number(entry) + " has no member " + key);
    QByteArray out = text;
    out.replace(m.valueStart, m.valueEnd - m.valueStart, json);
    return out;
}

// Removes the first member "key" inside entry `entry`, with its comma.
QByteArray removeMember(const QByteArray &text, int entry, const QByteArray &key)
{
    const Member m = findMember(text, entry, key);
    if (!m.ok())
        return editFailed("entry " + QByteArray::number(entry) + " has no member " + key);
    qsizetype begin = m.keyStart;
    qsizetype end = m.valueEnd;
    qsizetype before = begin - 1;
    while (before >= 0 && std::isspace(static_cast<unsigned char>(text.at(before))))
        --before;
    if (before >= 0 && text.at(before) == ',') {
        begin = before;
    } else {
        qsizetype after = end;
        while (after < text.size() && std::isspace(static_cast<unsigned char>(text.at(after))))
            ++after;
        if (after < text.size() && text.at(after) == ',')
            end = after + 1;
    }
    QByteArray out = text;
    out.remove(begin, end - begin);
    return out;
}

// Replaces the only occurrence of `from` in the whole text.
QByteArray editOnce(const QByteArray &text, const QByteArray &from, const QByteArray &to)
{
    if (text.count(from) != 1)
        return editFailed(from + " occurs " + QByteArray::number(text.count(from)) + " times");
    QByteArray out = text;
    out.replace(from, to);
    return out;
}

// Adds an entry at the end of Bundle.entry (the last ']' of the example text).
QByteArray appendEntry(const QByteArray &text, const QByteArray &entryJson)
{
    if (isEditFailure(text))
        return text;
    const qsizetype close = text.lastIndexOf(']');
    if (close < 0)
        return editFailed("no entry array");
    QByteArray out = text;
    out.insert(close, ",\n" + entryJson + "\n");
    return out;
}

// Adds an entry at the start of Bundle.entry.
QByteArray prependEntry(const QByteArray &text, const QByteArray &entryJson)
{
    if (isEditFailure(text))
        return text;
    const QByteArray open = "\"entry\": [";
    const qsizetype at = text.indexOf(open);
    if (at < 0)
        return editFailed("no entry array");
    QByteArray out = text;
    out.insert(at + open.size(), "\n" + entryJson + ",");
    return out;
}

// An Observation entry with a fresh urn:uuid fullUrl.
QByteArray observationEntry(int n, const QByteArray &system, const QByteArray &code,
                            const QByteArray &effective, const QByteArray &value,
                            const QByteArray &status = "final")
{
    return "{\"fullUrl\": \"urn:uuid:00000000-0000-4000-8000-" + QByteArray::number(n).rightJustified(12, '0')
        + "\", \"resource\": {\"resourceType\": \"Observation\", \"status\": \"" + status
        + "\", \"code\": {\"coding\": [{\"system\": \"" + system + "\", \"code\": \"" + code + "\"}]}, "
        + effective + ", " + value + "}}";
}

QByteArray loincObservation(int n, const QByteArray &code, const QByteArray &date,
                            const QByteArray &valueQuantity, const QByteArray &status = "final")
{
    return observationEntry(n, "http://loinc.org", code, "\"effectiveDateTime\": \"" + date + "\"",
                            "\"valueQuantity\": " + valueQuantity, status);
}

// Bundle text holding a URL is written as ordinary string literals: moc (Qt 6.4)
// takes "//" inside a raw string literal for a comment and loses the test class.
const QByteArray kUcumSystem = QByteArrayLiteral("http://unitsofmeasure.org");

QByteArray ucum(const QByteArray &value, const QByteArray &code)
{
    return "{\"value\": " + value + ", \"unit\": \"" + code + "\", \"system\": \"" + kUcumSystem
        + "\", \"code\": \"" + code + "\"}";
}

// A UCUM Quantity whose human-readable unit differs from its code.
QByteArray quantity(const QByteArray &value, const QByteArray &unit, const QByteArray &code)
{
    return "{\"value\": " + value + ", \"unit\": \"" + unit + "\", \"system\": \"" + kUcumSystem
        + "\", \"code\": \"" + code + "\"}";
}

// A CodeableConcept with one ICD-10-CM code.
QByteArray icd10(const QByteArray &code)
{
    return "{\"coding\": [{\"system\": \"http://hl7.org/fhir/sid/icd-10-cm\", \"code\": \"" + code + "\"}]}";
}

QByteArray questionnaireEntry(int n, const QByteArray &authored, const QByteArray &items)
{
    return "{\"fullUrl\": \"urn:uuid:00000000-0000-4000-9000-" + QByteArray::number(n).rightJustified(12, '0')
        + "\", \"resource\": {\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", "
          "\"authored\": \""
        + authored + "\", \"item\": " + items + "}}";
}

// ---- checks ---------------------------------------------------------------------

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The base64 data of entry `entry`'s first attachment, decoded independently of
// the importer (Qt's JSON reader, Qt's base64 decoder).
QByteArray attachmentDataOf(const QByteArray &bundle, int entry)
{
    const QJsonObject root = QJsonDocument::fromJson(bundle).object();
    const QJsonObject attachment = root.value(u"entry"_s)
                                       .toArray()
                                       .at(entry)
                                       .toObject()
                                       .value(u"resource"_s)
                                       .toObject()
                                       .value(u"content"_s)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(u"attachment"_s)
                                       .toObject();
    return QByteArray::fromBase64(attachment.value(u"data"_s).toString().toLatin1());
}

bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

QString entryTag(int entry, const char *type)
{
    return u"entry[%1] %2"_s.arg(entry).arg(qs(type));
}

QString describe(const QVector<Measurement> &series)
{
    QStringList out;
    for (const auto &m : series)
        out << u"%1 %2 on %3 (%4)"_s.arg(m.value).arg(m.unit, m.date.toString(Qt::ISODate), m.source);
    return out.join(u"; "_s);
}

bool containsAll(const QString &text, const QStringList &parts, QString *missing)
{
    for (const QString &p : parts)
        if (!text.contains(p)) {
            *missing = p;
            return false;
        }
    return true;
}

// ---- the example bundles, as read from the files (python3: json.load each
// file, then print every entry's resource fields; attachment hashes with
// hashlib.sha256(base64.b64decode(data)).hexdigest()) ------------------------

QVector<QPair<QString, QVariant>> gtAttestations()
{
    // hg-01 and ro-01 carry the same QuestionnaireResponse (entry[20]).
    return {
        { u"request-type"_s, QVariant(u"initial"_s) },
        { u"prescriber-hemophilia-specialist"_s, QVariant(true) },
        { u"inhibitor-history"_s, QVariant(false) },
        { u"exposure-days"_s, QVariant(qlonglong(220)) },
        { u"prophylaxis-adherent-months"_s, QVariant(qlonglong(36)) },
        { u"continuous-routine-prophylaxis"_s, QVariant(true) },
        { u"serious-spontaneous-bleeds-on-prophylaxis"_s, QVariant(qlonglong(2)) },
        { u"life-threatening-hemorrhage"_s, QVariant(true) },
        { u"on-demand-factor-for-life-threatening-hemorrhage"_s, QVariant(true) },
        { u"repeated-serious-spontaneous-bleeds"_s, QVariant(true) },
        { u"on-demand-factor-for-spontaneous-bleeds"_s, QVariant(true) },
        { u"prior-gene-therapy"_s, QVariant(false) },
        { u"requested-for-convenience"_s, QVariant(false) },
        { u"hbv-active"_s, QVariant(false) },
        { u"hcv-active"_s, QVariant(false) },
        { u"hepatitis-antiviral-therapy"_s, QVariant(false) },
        { u"hiv-uncontrolled"_s, QVariant(false) },
        { u"advanced-liver-disease"_s, QVariant(false) },
        { u"liver-ultrasound-normal"_s, QVariant(true) },
        { u"liver-elastography-normal"_s, QVariant(true) },
        { u"other-coagulation-disorder"_s, QVariant(false) },
        { u"aav5-nab-screened"_s, QVariant(true) },
    };
}

QVector<QPair<QString, QVariant>> factorVIIaAttestations()
{
    // sf-01 and ns-01 (entry[8]).
    return {
        { u"request-type"_s, QVariant(u"initial"_s) },
        { u"request-use"_s, QVariant(u"bleeding-treatment"_s) },
        { u"inhibitor-history"_s, QVariant(true) },
        { u"inhibitor-anamnestic-response"_s, QVariant(false) },
        { u"inhibitor-refractory-response"_s, QVariant(false) },
    };
}

ExpectedFacts commonMember(const char *file, const char *caseName, const char *memberId, QDate birthDate)
{
    ExpectedFacts f;
    f.file = qs(file);
    f.memberName = u"Case %1 Doe"_s.arg(qs(caseName));
    f.memberId = qs(memberId);
    f.birthDate = birthDate;
    f.sexAtBirth = u"male"_s;
    f.payer = u"Any Health Plan"_s;
    f.plan = u"Standard Plan"_s; // class.name wins over class.value "PLAN-1"
    f.lineOfBusiness = u"commercial"_s;
    f.prescriberName = u"Dr. Iris Hale"_s;
    f.prescriberNpi = u"1234567893"_s;
    f.taxonomies = QStringList{ u"207RH0000X"_s };
    f.authoredOn = QDate(2026, 11, 20);
    return f;
}

ExpectedLab lab(const char *name, int entry, double value, const char *unit, QDate date,
                std::optional<double> uln = std::nullopt, const char *text = "")
{
    return { qs(name), entry, value, qs(unit), date, uln, qs(text) };
}

ExpectedAttachment progressNote(int entry, const char *caseName, const char *sha)
{
    return { entry,
             u"progress-note.txt"_s,
             u"text/plain"_s,
             u"Hematology progress note"_s, // description wins over type.text "chart note"
             "Chart note for " + QByteArray(caseName)
                 + ". Member seen in clinic; history as attested in the request.",
             QByteArray(sha) };
}

ExpectedFacts hg01()
{
    ExpectedFacts f = commonMember("hg-01-complete.json", "hg-01-complete", "M09906669", QDate(1990, 5, 14));
    f.atHtc = true;
    f.htcName = u"Regional Hemophilia Treatment Center"_s;
    f.drug = u"hemgenix"_s;
    f.hcpcs = u"J1411"_s;
    f.drugText = u"Hemgenix"_s;
    f.dosePerKg = 2e13;
    f.doseUnit = u"{genome_copies}/kg"_s;
    f.priority = u"standard"_s; // "routine"
    f.diagnoses = { { u"D67"_s, true } };
    const QDate d1105(2026, 11, 5);
    f.labs = {
        lab("weight", 7, 78.4, "kg", QDate(2026, 11, 10)),
        lab("fix-activity", 8, 1.5, "%", QDate(2026, 10, 1)),
        lab("fix-inhibitor", 9, 0.0, "BU/mL", d1105),
        lab("alt", 10, 30, "U/L", d1105, 40.0),
        lab("ast", 11, 28, "U/L", d1105, 40.0),
        lab("bilirubin", 12, 0.8, "mg/dL", d1105, 1.2),
        lab("alp", 13, 90, "U/L", d1105, 120.0),
        lab("platelets", 14, 210, "10^9/L", d1105),
        lab("creatinine", 15, 0.9, "mg/dL", d1105, 1.3),
        lab("crcl", 16, 95, "mL/min", d1105),
        lab("cd4", 17, 650, "/uL", d1105),
        lab("aav5-nab", 18, 50, "", QDate(2026, 10, 15), std::nullopt, "1:50"),
        lab("liver-stiffness", 19, 5.1, "kPa", QDate(2026, 10, 20)),
    };
    f.attestationEntry = 20;
    f.attestationDate = QDate(2026, 11, 18);
    f.attestations = gtAttestations();
    f.attachments = { progressNote(21, "hg-01-complete",
                                   "2573675307bd1c6a4e2d0b30b55403367a1d0090fffb6d979baf1ba64d6d8d01") };
    return f;
}

ExpectedFacts ro01()
{
    ExpectedFacts f = commonMember("ro-01-complete.json", "ro-01-complete", "M10049211", QDate(1990, 5, 14));
    f.atHtc = true;
    f.htcName = u"Regional Hemophilia Treatment Center"_s;
    f.drug = u"roctavian"_s;
    f.hcpcs = u"J1412"_s;
    f.drugText = u"Roctavian"_s;
    f.dosePerKg = 6e13;
    f.doseUnit = u"{genome_copies}/kg"_s;
    f.priority = u"standard"_s;
    f.diagnoses = { { u"D66"_s, true } };
    const QDate d1105(2026, 11, 5);
    f.labs = {
        lab("weight", 7, 78.4, "kg", QDate(2026, 11, 10)),
        lab("alt", 8, 30, "U/L", d1105, 40.0),
        lab("ast", 9, 28, "U/L", d1105, 40.0),
        lab("bilirubin", 10, 0.8, "mg/dL", d1105, 1.2),
        lab("alp", 11, 90, "U/L", d1105, 120.0),
        lab("platelets", 12, 210, "10^9/L", d1105),
        lab("creatinine", 13, 0.9, "mg/dL", d1105, 1.3),
        lab("crcl", 14, 95, "mL/min", d1105),
        lab("cd4", 15, 650, "/uL", d1105),
        lab("liver-stiffness", 16, 5.1, "kPa", QDate(2026, 10, 20)),
        lab("fviii-activity", 17, 0.5, "%", QDate(2026, 10, 1)),
        lab("fviii-inhibitor", 18, 0.0, "BU/mL", d1105),
        lab("aav5-nab", 19, 0, "", QDate(2026, 10, 15), std::nullopt, "not detected"),
    };
    f.attestationEntry = 20;
    f.attestationDate = QDate(2026, 11, 18);
    f.attestations = gtAttestations();
    f.attachments = { progressNote(21, "ro-01-complete",
                                   "cf6b6c3d1709daee24679d56068df511b6aae933ebfe0fb8b393f90809785757") };
    return f;
}

ExpectedFacts sf01()
{
    ExpectedFacts f = commonMember("sf-01-hemA-inhibitor-12bu.json", "sf-01-hemA-inhibitor-12bu", "M17065445",
                                   QDate(2001, 3, 2));
    f.atHtc = false; // the PractitionerRole names no organization
    f.drug = u"sevenfact"_s;
    f.hcpcs = u"J7212"_s;
    f.drugText = u"Sevenfact"_s;
    f.dosePerKg = 75;
    f.doseUnit = u"mcg/kg"_s; // ug/kg
    f.intervalHours = 2; // frequency 1, period 2 h
    f.quantityMcg = 189000; // 189000 ug
    f.supplyDays = 28;
    f.priority = u"expedited"_s; // "urgent"
    f.diagnoses = { { u"D66"_s, true } };
    f.labs = {
        lab("weight", 6, 70.0, "kg", QDate(2026, 11, 12)),
        lab("fviii-inhibitor", 7, 12.0, "BU/mL", QDate(2026, 11, 1)),
    };
    f.attestationEntry = 8;
    f.attestationDate = QDate(2026, 11, 18);
    f.attestations = factorVIIaAttestations();
    f.attachments = { progressNote(9, "sf-01-hemA-inhibitor-12bu",
                                   "e144798c9435eb8f0b70ee15f3ceaeedd2ba7a104020437c1acb45e841b0c94e") };
    return f;
}

ExpectedFacts ns01()
{
    ExpectedFacts f = commonMember("ns-01-acquired.json", "ns-01-acquired", "M09962102", QDate(2001, 3, 2));
    f.atHtc = false;
    f.drug = u"novoseven-rt"_s;
    f.hcpcs = u"J7189"_s;
    f.drugText = u"NovoSeven RT"_s;
    f.dosePerKg = 90;
    f.doseUnit = u"mcg/kg"_s;
    f.intervalHours = 2;
    f.priority = u"expedited"_s;
    f.diagnoses = { { u"D68.311"_s, true } };
    f.labs = {
        lab("weight", 6, 70.0, "kg", QDate(2026, 11, 12)),
        lab("fviii-inhibitor", 7, 12.0, "BU/mL", QDate(2026, 11, 1)),
    };
    f.attestationEntry = 8;
    f.attestationDate = QDate(2026, 11, 18);
    f.attestations = factorVIIaAttestations();
    f.attachments = { progressNote(9, "ns-01-acquired",
                                   "f89f1b5303647b07d33f265054874034b850130fd4217c489a1a95c451ea945d") };
    return f;
}

// Imports `bundle` into `facts`; fails (returns from) the calling test on error.
// Hidden from moc, which would otherwise expand it inside the test class.
#ifndef Q_MOC_RUN
#define IMPORT_OK(facts, bundle, today)                                                                      \
    QVERIFY2(!isEditFailure(bundle), (bundle).constData());                                                  \
    auto facts##Result = FhirImporter::import((bundle), (today));                                            \
    QVERIFY2(facts##Result.ok(), qPrintable(facts##Result.error()));                                         \
    const CaseFacts &facts = facts##Result.value()
#endif

} // namespace

class TestFhirImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name :
             { "hg-01-complete.json", "ro-01-complete.json", "sf-01-hemA-inhibitor-12bu.json",
               "ns-01-acquired.json", "bad-01-not-json.json", "bad-04-negative-weight.json" })
            QVERIFY2(!exampleText(name).isEmpty(), name);
        QVERIFY(!syntheaText().isEmpty());
    }

    // ---- 1. the example bundles -------------------------------------------------------

    void exampleBundle_data()
    {
        QTest::addColumn<ExpectedFacts>("expected");
        QTest::newRow("hg-01 Hemgenix") << hg01();
        QTest::newRow("ro-01 Roctavian") << ro01();
        QTest::newRow("sf-01 Sevenfact") << sf01();
        QTest::newRow("ns-01 NovoSeven RT") << ns01();
    }

    void exampleBundle()
    {
        QFETCH(ExpectedFacts, expected);
        const QByteArray bundle = exampleText(expected.file.toUtf8().constData());
        IMPORT_OK(facts, bundle, kAsOf);

        QCOMPARE(facts.receivedDate, kAsOf);
        QCOMPARE(facts.received, QDateTime(kAsOf, QTime(9, 30), Qt::UTC));

        // Member
        QCOMPARE(facts.memberName.value, std::optional<QString>(expected.memberName));
        QCOMPARE(facts.memberId.value, std::optional<QString>(expected.memberId));
        QCOMPARE(facts.birthDate.value, std::optional<QDate>(expected.birthDate));
        QCOMPARE(facts.sexAtBirth.value, std::optional<QString>(expected.sexAtBirth));
        QVERIFY(facts.sexAtBirth.source.contains(u"us-core-birthsex"_s));
        for (const auto *s : { &facts.memberName.source, &facts.memberId.source, &facts.birthDate.source,
                               &facts.sexAtBirth.source })
            QVERIFY2(s->startsWith(entryTag(0, "Patient")), qPrintable(*s));

        // Coverage
        QCOMPARE(facts.payer.value, std::optional<QString>(expected.payer));
        QCOMPARE(facts.plan.value, std::optional<QString>(expected.plan));
        QCOMPARE(facts.lineOfBusiness.value, std::optional<QString>(expected.lineOfBusiness));
        for (const auto *s : { &facts.payer.source, &facts.plan.source, &facts.lineOfBusiness.source })
            QVERIFY2(s->contains(u"Coverage"_s), qPrintable(*s));

        // Prescriber
        QCOMPARE(facts.prescriberName.value, std::optional<QString>(expected.prescriberName));
        QCOMPARE(facts.prescriberNpi.value, std::optional<QString>(expected.prescriberNpi));
        QCOMPARE(facts.prescriberTaxonomies, expected.taxonomies);
        QVERIFY(facts.prescriberName.source.contains(u"Practitioner"_s));
        QVERIFY(facts.prescriberNpi.source.contains(u"Practitioner"_s));
        QVERIFY2(facts.prescriberTaxonomySource.contains(u"PractitionerRole"_s),
                 qPrintable(facts.prescriberTaxonomySource));
        if (expected.atHtc) {
            QCOMPARE(facts.prescriberAtHtc.value, std::optional<bool>(true));
            QCOMPARE(facts.htcName, expected.htcName);
            QVERIFY2(facts.prescriberAtHtc.source.contains(u"Organization"_s),
                     qPrintable(facts.prescriberAtHtc.source));
        } else {
            QVERIFY(!facts.prescriberAtHtc.has()); // unknown, never false
        }

        // The drug requested
        QCOMPARE(facts.drug.value, std::optional<QString>(expected.drug));
        QCOMPARE(facts.hcpcs, expected.hcpcs);
        QCOMPARE(facts.drugText, expected.drugText);
        QVERIFY(facts.drug.source.contains(u"MedicationRequest"_s));
        QVERIFY(facts.dosePerKg.has());
        QCOMPARE(*facts.dosePerKg, expected.dosePerKg);
        QCOMPARE(facts.doseUnit, expected.doseUnit);
        QVERIFY(facts.dosePerKg.source.contains(u"MedicationRequest"_s));
        QCOMPARE(facts.doseIntervalHours.value, expected.intervalHours);
        QCOMPARE(facts.quantityMcg.value, expected.quantityMcg);
        QCOMPARE(facts.supplyDays.value, expected.supplyDays);
        for (const auto *s : { &facts.doseIntervalHours, &facts.quantityMcg, &facts.supplyDays })
            if (s->has())
                QVERIFY2(s->source.contains(u"MedicationRequest"_s), qPrintable(s->source));
        QCOMPARE(facts.priority, expected.priority);
        QCOMPARE(facts.authoredOn, expected.authoredOn);

        // Diagnoses
        QCOMPARE(facts.diagnoses.size(), expected.diagnoses.size());
        for (int i = 0; i < expected.diagnoses.size(); ++i) {
            QCOMPARE(facts.diagnoses[i].code, expected.diagnoses[i].first);
            QCOMPARE(facts.diagnoses[i].forRequest, expected.diagnoses[i].second);
            QVERIFY2(facts.diagnoses[i].source.contains(u"Condition"_s),
                     qPrintable(facts.diagnoses[i].source));
        }

        // Labs: one result each, in the canonical unit, with date, ULN and source.
        QStringList expectedNames;
        for (const auto &l : expected.labs)
            expectedNames << l.name;
        QStringList names = facts.labs.keys();
        names.sort();
        expectedNames.sort();
        QCOMPARE(names, expectedNames);
        for (const auto &l : expected.labs) {
            const QVector<Measurement> series = facts.series(l.name);
            QVERIFY2(series.size() == 1, qPrintable(l.name + u": "_s + describe(series)));
            const Measurement &m = series.first();
            QVERIFY2(near(m.value, l.value, 1e-9), qPrintable(l.name + u": "_s + describe(series)));
            QCOMPARE(m.unit, l.unit);
            QCOMPARE(m.date, l.date);
            QCOMPARE(m.upperLimit, l.uln);
            QCOMPARE(m.text, l.text);
            QVERIFY2(m.source.startsWith(entryTag(l.entry, "Observation")),
                     qPrintable(l.name + u": "_s + m.source));
            QVERIFY2(!m.originalValue.isEmpty(), qPrintable(l.name));
            const auto *def = pareview::LabCatalog::byName(l.name);
            QVERIFY(def);
            QCOMPARE(def->canonicalUnit, l.unit);
        }

        // Attestations: exactly the items answered, typed, dated by `authored`.
        QCOMPARE(facts.attestations.size(), expected.attestations.size());
        for (const auto &a : expected.attestations) {
            const std::optional<Attestation> got = facts.attestation(a.first);
            QVERIFY2(got.has_value(), qPrintable(a.first));
            QVERIFY2(got->value.typeId() == a.second.typeId(),
                     qPrintable(a.first + u": type "_s + QString::fromLatin1(got->value.typeName())));
            QVERIFY2(got->value == a.second, qPrintable(a.first + u": "_s + got->value.toString()));
            QCOMPARE(got->date, expected.attestationDate);
            QVERIFY2(got->source.startsWith(entryTag(expected.attestationEntry, "QuestionnaireResponse")),
                     qPrintable(got->source));
        }
        QVERIFY(!facts.attestation(u"prescriber-at-htc"_s).has_value()); // absent is unknown

        // Attachments, byte for byte.
        QCOMPARE(facts.attachments.size(), expected.attachments.size());
        for (int i = 0; i < expected.attachments.size(); ++i) {
            const auto &want = expected.attachments[i];
            const auto &got = facts.attachments[i];
            QCOMPARE(got.title, want.title);
            QCOMPARE(got.contentType, want.contentType);
            QCOMPARE(got.description, want.description);
            QVERIFY(got.url.isEmpty());
            QCOMPARE(got.bytes, want.bytes);
            QCOMPARE(sha256Hex(got.bytes), want.sha256Hex);
            const QByteArray decoded = attachmentDataOf(bundle, want.entry);
            QVERIFY(!decoded.isEmpty());
            QCOMPARE(sha256Hex(got.bytes), sha256Hex(decoded));
            QVERIFY2(got.source.startsWith(entryTag(want.entry, "DocumentReference")),
                     qPrintable(got.source));
        }

        // Nothing outside the bundle is referenced by the examples.
        QVERIFY2(facts.notes.isEmpty(), qPrintable(facts.notes.join(u"\n"_s)));
    }

    // ---- 2. units ---------------------------------------------------------------------

    void unitConversion_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QString>("lab");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("uln"); // NaN: no reference range
        QTest::addColumn<QString>("original");

        const double none = std::nan("");
        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray ro = exampleText("ro-01-complete.json");
        const double lb = 0.45359237; // international avoirdupois pound, exact by definition

        QTest::newRow("weight kg") << hg << u"weight"_s << 78.4 << 1e-12 << u"kg"_s << none << u"78.4 kg"_s;
        // 172.8 lb = 78.380761536 kg exactly; never 172.8 kg.
        QTest::newRow("weight [lb_av]")
            << setMember(hg, 7, "valueQuantity", quantity("172.8", "lb", "[lb_av]")) << u"weight"_s
            << 172.8 * lb << 1e-9 << u"kg"_s << none << u"172.8 [lb_av]"_s;
        QTest::newRow("weight [lb_av] without system")
            << setMember(hg, 7, "valueQuantity", R"({"value": 172.8, "unit": "[lb_av]"})") << u"weight"_s
            << 78.380761536 << 1e-9 << u"kg"_s << none << u"172.8 [lb_av]"_s;
        QTest::newRow("weight g") << setMember(hg, 7, "valueQuantity", ucum("78400", "g")) << u"weight"_s
                                  << 78.4 << 1e-9 << u"kg"_s << none << u"78400 g"_s;
        // % of normal = IU/dL; IU/mL is 100 times that.
        QTest::newRow("factor IX 0.015 IU/mL")
            << setMember(hg, 8, "valueQuantity", quantity("0.015", "IU/mL", "[IU]/mL")) << u"fix-activity"_s
            << 1.5 << 1e-9 << u"%"_s << none << u"0.015 [IU]/mL"_s;
        QTest::newRow("factor IX 1.5 IU/dL")
            << setMember(hg, 8, "valueQuantity", ucum("1.5", "[IU]/dL")) << u"fix-activity"_s << 1.5 << 1e-9
            << u"%"_s << none << u"1.5 [IU]/dL"_s;
        QTest::newRow("factor VIII 0.005 IU/mL")
            << setMember(ro, 17, "valueQuantity", ucum("0.005", "[IU]/mL")) << u"fviii-activity"_s << 0.5
            << 1e-9 << u"%"_s << none << u"0.005 [IU]/mL"_s;
        // Creatinine: 1 mg/dL = 88.4 umol/L (88.42 in some references; either is within 0.001 mg/dL here).
        QTest::newRow("creatinine umol/L with ULN in umol/L")
            << setMember(setMember(hg, 15, "valueQuantity", ucum("79.6", "umol/L")), 15, "high",
                         ucum("115", "umol/L"))
            << u"creatinine"_s << 79.6 / 88.4 << 1e-3 << u"mg/dL"_s << 115 / 88.4 << u"79.6 umol/L"_s;
        QTest::newRow("creatinine umol/L with ULN in mg/dL")
            << setMember(hg, 15, "valueQuantity", ucum("79.6", "umol/L")) << u"creatinine"_s << 79.6 / 88.4
            << 1e-3 << u"mg/dL"_s << 1.3 << u"79.6 umol/L"_s;
        QTest::newRow("platelets 210000 /uL")
            << setMember(hg, 14, "valueQuantity", ucum("210000", "/uL")) << u"platelets"_s << 210.0 << 1e-9
            << u"10^9/L"_s << none << u"210000 /uL"_s;
    }

    void unitConversion()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(QString, lab);
        QFETCH(double, value);
        QFETCH(double, tolerance);
        QFETCH(QString, unit);
        QFETCH(double, uln);
        QFETCH(QString, original);
        IMPORT_OK(facts, bundle, kAsOf);
        const QVector<Measurement> series = facts.series(lab);
        QVERIFY2(series.size() == 1, qPrintable(describe(series)));
        const Measurement &m = series.first();
        QVERIFY2(near(m.value, value, tolerance),
                 qPrintable(u"%1 converted to %2 %3, expected %4"_s.arg(original)
                                .arg(m.value, 0, 'g', 15)
                                .arg(m.unit)
                                .arg(value, 0, 'g', 15)));
        QCOMPARE(m.unit, unit);
        QCOMPARE(m.originalValue, original);
        if (std::isnan(uln)) {
            QVERIFY(!m.upperLimit.has_value());
        } else {
            QVERIFY(m.upperLimit.has_value());
            QVERIFY2(near(*m.upperLimit, uln, tolerance),
                     qPrintable(QString::number(*m.upperLimit, 'g', 15)));
        }
    }

    void poundsAreNeverTakenAsKilograms()
    {
        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray bundle = setMember(hg, 7, "valueQuantity", ucum("172.8", "[lb_av]"));
        IMPORT_OK(facts, bundle, kAsOf);
        const Measurement w = facts.series(u"weight"_s).last();
        QVERIFY(w.value < 100);
        QVERIFY(!near(w.value, 172.8, 1));
        QCOMPARE(QString::number(w.value, 'f', 6), u"78.380762"_s);
        QVERIFY(w.source.startsWith(entryTag(7, "Observation")));
    }

    // ---- 3. rejections --------------------------------------------------------------

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("where"); // the entry and the field
        QTest::addColumn<QStringList>("what"); // what is wrong

        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray ro = exampleText("ro-01-complete.json");

        // Not a Bundle at all
        QTest::newRow("not JSON (bad-01)")
            << exampleText("bad-01-not-json.json") << kAsOf << QStringList{ u"line 1"_s }
            << QStringList{ u"not valid JSON"_s };
        QTest::newRow("empty input") << QByteArray(" ") << kAsOf << QStringList{ u"line 1"_s }
                                     << QStringList{ u"not valid JSON"_s };
        QTest::newRow("JSON array, not an object")
            << QByteArray(R"([{"resourceType": "Bundle"}])") << kAsOf << QStringList{ u"line 1"_s }
            << QStringList{ u"not an object"_s, u"array"_s };
        QTest::newRow("JSON string, not an object")
            << QByteArray(R"("Bundle")") << kAsOf << QStringList{ u"line 1"_s }
            << QStringList{ u"not an object"_s, u"string"_s };
        QTest::newRow("resourceType Patient")
            << editOnce(hg, R"("resourceType": "Bundle")", R"("resourceType": "Patient")") << kAsOf
            << QStringList{ u"resourceType"_s } << QStringList{ u"not a FHIR Bundle"_s, u"\"Patient\""_s };
        QTest::newRow("resourceType missing")
            << QByteArray(R"({"type": "collection", "entry": []})") << kAsOf
            << QStringList{ u"resourceType"_s } << QStringList{ u"missing"_s };
        QTest::newRow("Bundle.type history")
            << editOnce(hg, R"("type": "collection")", R"("type": "history")") << kAsOf
            << QStringList{ u"Bundle.type"_s } << QStringList{ u"\"history\""_s };
        QTest::newRow("Bundle.type missing")
            << QByteArray(R"({"resourceType": "Bundle", "entry": []})") << kAsOf
            << QStringList{ u"Bundle.type"_s } << QStringList{ u"missing"_s };
        QTest::newRow("Bundle.timestamp not a date")
            << editOnce(hg, R"("timestamp": "2026-11-21T09:30:00Z")", R"("timestamp": "21/11/2026")") << kAsOf
            << QStringList{ u"Bundle.timestamp"_s } << QStringList{ u"21/11/2026"_s };
        QTest::newRow("entry not an array") << QByteArray(
            R"({"resourceType": "Bundle", "type": "collection", "entry": {"resource": {"resourceType": "Patient"}}})")
                                            << kAsOf << QStringList{ u"Bundle.entry"_s }
                                            << QStringList{ u"not an array"_s };
        QTest::newRow("entry without resource")
            << editEntry(hg, 3, R"("resource": {)", R"("resorce": {)") << kAsOf
            << QStringList{ u"entry[3]"_s, u"resource"_s } << QStringList{ u"no resource"_s };
        QTest::newRow("entry not an object") << QByteArray(
            R"({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Basic"}}, 42]})")
                                             << kAsOf << QStringList{ u"entry[1]"_s }
                                             << QStringList{ u"not an object"_s };
        QTest::newRow("resource without resourceType")
            << editEntry(hg, 1, R"("resourceType": "Organization")", R"("kind": "Organization")") << kAsOf
            << QStringList{ u"entry[1]"_s, u"resourceType"_s } << QStringList{};

        // Duplicate keys anywhere (Qt's reader would silently keep the last one)
        QTest::newRow("duplicate key in Bundle")
            << editOnce(hg, R"("type": "collection",)", R"("type": "collection", "type": "transaction",)")
            << kAsOf << QStringList{ u"\"type\""_s } << QStringList{ u"duplicate"_s };
        QTest::newRow("duplicate key in entry[7] valueQuantity")
            << editEntry(hg, 7, R"("value": 78.4,)", R"("value": 78.4, "value": 7.84,)") << kAsOf
            << QStringList{ u"entry[7]"_s, u"valueQuantity.value"_s }
            << QStringList{ u"duplicate"_s, u"\"value\""_s };
        QTest::newRow("duplicate resourceType in entry[0]")
            << editEntry(hg, 0, R"("resourceType": "Patient",)",
                         R"("resourceType": "Patient", "resourceType": "Practitioner",)")
            << kAsOf << QStringList{ u"entry[0]"_s, u"resourceType"_s } << QStringList{ u"duplicate"_s };
        QTest::newRow("duplicate key in entry[20] answer")
            << editEntry(hg, 20, R"("valueInteger": 220)", R"("valueInteger": 220, "valueInteger": 2)")
            << kAsOf << QStringList{ u"entry[20]"_s, u"valueInteger"_s } << QStringList{ u"duplicate"_s };

        // A number a double cannot hold exactly
        QTest::newRow("weight 12345678901234567890")
            << editEntry(hg, 7, R"("value": 78.4,)", R"("value": 12345678901234567890,)") << kAsOf
            << QStringList{ u"entry[7]"_s, u"valueQuantity.value"_s }
            << QStringList{ u"12345678901234567890"_s };

        // References
        QTest::newRow("dangling urn:uuid requester")
            << setMember(hg, 6, "requester",
                         R"({"reference": "urn:uuid:00000000-0000-4000-8000-00000000dead"})")
            << kAsOf << QStringList{ u"entry[6]"_s, u"requester.reference"_s }
            << QStringList{ u"urn:uuid:00000000-0000-4000-8000-00000000dead"_s, u"does not resolve"_s };
        QTest::newRow("dangling urn:uuid Observation subject")
            << setMember(hg, 10, "subject",
                         R"({"reference": "urn:uuid:00000000-0000-4000-8000-00000000beef"})")
            << kAsOf << QStringList{ u"entry[10]"_s, u"subject.reference"_s }
            << QStringList{ u"does not resolve"_s };
        QTest::newRow("duplicate fullUrl")
            << setMember(hg, 21, "fullUrl", R"("urn:uuid:2c6e5af1-5b9d-5891-90d2-786607a2882e")") << kAsOf
            << QStringList{ u"entry[21]"_s, u"fullUrl"_s } << QStringList{ u"duplicates entry[20]"_s };

        // Impossible values
        QTest::newRow("birth date after Bundle.timestamp")
            << setMember(hg, 0, "birthDate", R"("2026-11-22")") << QDate(2030, 1, 1)
            << QStringList{ u"entry[0]"_s, u"birthDate"_s } << QStringList{ u"future"_s };
        QTest::newRow("no timestamp: birth date after today")
            << setMember(editOnce(hg, "\"timestamp\": \"2026-11-21T09:30:00Z\",", ""), 0, "birthDate",
                         R"("2026-11-22")")
            << QDate(2026, 11, 21) << QStringList{ u"entry[0]"_s, u"birthDate"_s }
            << QStringList{ u"future"_s };
        QTest::newRow("birth date 2026-02-30")
            << setMember(hg, 0, "birthDate", R"("2026-02-30")") << kAsOf
            << QStringList{ u"entry[0]"_s, u"birthDate"_s } << QStringList{ u"2026-02-30"_s };
        QTest::newRow("effectiveDateTime 2026-02-30")
            << setMember(hg, 7, "effectiveDateTime", R"("2026-02-30")") << kAsOf
            << QStringList{ u"entry[7]"_s, u"effectiveDateTime"_s }
            << QStringList{ u"2026-02-30"_s, u"not a valid date"_s };
        QTest::newRow("effectiveDateTime 11/10/2026")
            << setMember(hg, 7, "effectiveDateTime", R"("11/10/2026")") << kAsOf
            << QStringList{ u"entry[7]"_s, u"effectiveDateTime"_s } << QStringList{ u"11/10/2026"_s };
        QTest::newRow("negative weight (bad-04)") << exampleText("bad-04-negative-weight.json") << kAsOf
                                                  << QStringList{ u"entry[7]"_s, u"valueQuantity.value"_s }
                                                  << QStringList{ u"negative"_s, u"-78.4"_s };
        QTest::newRow("negative exposure-days")
            << editEntry(hg, 20, R"("valueInteger": 220)", R"("valueInteger": -3)") << kAsOf
            << QStringList{ u"entry[20]"_s, u"item[3].answer[0].valueInteger"_s }
            << QStringList{ u"exposure-days"_s, u"negative"_s };
        QTest::newRow("boolean attestation answered with valueInteger")
            << editEntry(hg, 20, R"("valueBoolean": true)", R"("valueInteger": 1)") << kAsOf
            << QStringList{ u"entry[20]"_s, u"item[1].answer[0]"_s }
            << QStringList{ u"prescriber-hemophilia-specialist"_s, u"valueBoolean"_s };
        QTest::newRow("request-type urgent")
            << editEntry(hg, 20, R"("code": "initial")", R"("code": "urgent")") << kAsOf
            << QStringList{ u"entry[20]"_s, u"item[0].answer[0]"_s }
            << QStringList{ u"request-type"_s, u"\"urgent\""_s };
        QTest::newRow("invalid base64 in DocumentReference")
            << setMember(hg, 21, "data", R"("Q2hhcnQgbm90ZS!!*not base64*")") << kAsOf
            << QStringList{ u"entry[21]"_s, u"content[0].attachment.data"_s } << QStringList{ u"base64"_s };
        QTest::newRow("two Patients") << appendEntry(
            hg,
            R"({"fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000002", "resource": {"resourceType": "Patient", "name": [{"family": "Roe"}]}})")
                                      << kAsOf << QStringList{ u"entry[22]"_s }
                                      << QStringList{ u"Patient"_s, u"entry[0]"_s };
        QTest::newRow("NPI of 9 digits") << setMember(hg, 2, "value", R"("123456789")") << kAsOf
                                         << QStringList{ u"entry[2]"_s, u"identifier[0].value"_s }
                                         << QStringList{ u"NPI \"123456789\""_s, u"10 digits"_s };
        QTest::newRow("NPI with letters")
            << setMember(hg, 2, "value", R"("12345678AB")") << kAsOf
            << QStringList{ u"entry[2]"_s, u"identifier[0].value"_s } << QStringList{ u"12345678AB"_s };

        // Units that cannot be converted, or that convert to nonsense
        QTest::newRow("weight in stone")
            << setMember(hg, 7, "valueQuantity", ucum("12.3", "stone")) << kAsOf
            << QStringList{ u"entry[7]"_s, u"valueQuantity"_s } << QStringList{ u"\"stone\""_s, u"kg"_s };
        QTest::newRow("ALT in mg") << setMember(hg, 10, "valueQuantity", ucum("30", "mg")) << kAsOf
                                   << QStringList{ u"entry[10]"_s, u"valueQuantity"_s }
                                   << QStringList{ u"\"mg\""_s };
        QTest::newRow("ALT without unit")
            << setMember(hg, 10, "valueQuantity", R"({"value": 30})") << kAsOf
            << QStringList{ u"entry[10]"_s, u"valueQuantity"_s } << QStringList{ u"no unit"_s };
        QTest::newRow("weight without unit")
            << setMember(hg, 7, "valueQuantity", "{\"value\": 78.4, \"system\": \"" + kUcumSystem + "\"}")
            << kAsOf << QStringList{ u"entry[7]"_s, u"valueQuantity"_s } << QStringList{ u"no unit"_s };
        QTest::newRow("factor VIII 50 IU/mL = 5000 %")
            << setMember(ro, 17, "valueQuantity", ucum("50", "[IU]/mL")) << kAsOf
            << QStringList{ u"entry[17]"_s, u"valueQuantity"_s }
            << QStringList{ u"check the unit"_s, u"5000"_s };
        QTest::newRow("factor IX 20 IU/mL = 2000 %")
            << setMember(hg, 8, "valueQuantity", ucum("20", "IU/mL")) << kAsOf
            << QStringList{ u"entry[8]"_s, u"valueQuantity"_s } << QStringList{ u"check the unit"_s };
    }

    void rejected()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(QDate, today);
        QFETCH(QStringList, where);
        QFETCH(QStringList, what);
        QVERIFY2(!isEditFailure(bundle), bundle.constData());
        QVERIFY(!bundle.isEmpty());

        const auto result = FhirImporter::import(bundle, today);
        QVERIFY2(!result.ok(), "the bundle was accepted");
        const QString message = result.error();
        QVERIFY(!message.isEmpty());
        QString missing;
        QVERIFY2(containsAll(message, what, &missing),
                 qPrintable(u"\"%1\" not in: %2"_s.arg(missing, message)));

        // intake-bundle.md, "Bad input": rejected "with a message naming the
        // entry and the field" — JSON-level refusals included.
        QVERIFY2(containsAll(message, where, &missing),
                 qPrintable(u"\"%1\" not in: %2"_s.arg(missing, message)));
    }

    // Whatever the reason, a rejected bundle also says where in the text it is.
    void rejectionsPointAtTheText()
    {
        const QByteArray hg = exampleText("hg-01-complete.json");
        // The weight's "value" of entry[7] is on line 229 of hg-01 (1-based),
        // found with: grep -n '"value": 78.4' hg-01-complete.json
        const int line = int(hg.left(hg.indexOf("\"value\": 78.4")).count('\n')) + 1;
        for (const QByteArray &bundle :
             { editEntry(hg, 7, R"("value": 78.4,)", R"("value": -78.4,)"),
               editEntry(hg, 7, R"("value": 78.4,)", R"("value": 78.4, "value": 7.84,)"),
               editEntry(hg, 7, R"("value": 78.4,)", R"("value": 12345678901234567890,)") }) {
            QVERIFY(!isEditFailure(bundle));
            const auto result = FhirImporter::import(bundle, kAsOf);
            QVERIFY(!result.ok());
            QVERIFY2(result.error().contains(u"line %1"_s.arg(line)), qPrintable(result.error()));
        }
    }

    // ---- 4. accepted variations ---------------------------------------------------------

    void unresolvedReferencesAccepted_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QString>("reference");
        const QByteArray hg = exampleText("hg-01-complete.json");
        QTest::newRow("relative Practitioner/123") << editEntry(
            hg, 0, R"("gender":)", R"("generalPractitioner": [{"reference": "Practitioner/123"}], "gender":)")
                                                   << u"Practitioner/123"_s;
        QTest::newRow("conditional Organization?identifier=") << setMember(
            hg, 4, "payor",
            R"([{"reference": "Organization?identifier=urn:example:payer|42", "display": "Any Health Plan"}])")
                                                              << u"Organization?identifier=urn:example:payer|42"_s;
        QTest::newRow("absolute URL") << editEntry(hg, 10, R"("status": "final",)",
                                                   "\"status\": \"final\", \"performer\": [{\"reference\": "
                                                   "\"https://ehr.example.org/fhir/Organization/9\"}],")
                                      << u"https://ehr.example.org/fhir/Organization/9"_s;
    }

    void unresolvedReferencesAccepted()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(QString, reference);
        IMPORT_OK(facts, bundle, kAsOf);
        QCOMPARE(facts.payer.value, std::optional<QString>(u"Any Health Plan"_s));
        QCOMPARE(facts.drug.value, std::optional<QString>(u"hemgenix"_s));
        bool noted = false;
        for (const QString &n : facts.notes)
            noted = noted || n.contains(reference);
        QVERIFY2(noted, qPrintable(facts.notes.join(u"\n"_s)));
    }

    void labDate_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QDate>("date");
        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray from = R"("effectiveDateTime": "2026-11-10")";
        QTest::newRow("effectiveDateTime date") << hg << QDate(2026, 11, 10);
        QTest::newRow("effectiveDateTime with time and offset")
            << editEntry(hg, 7, from, R"("effectiveDateTime": "2026-11-09T23:30:00-05:00")")
            << QDate(2026, 11, 9);
        QTest::newRow("effectiveInstant")
            << editEntry(hg, 7, from, R"("effectiveInstant": "2026-11-08T10:15:30.123Z")")
            << QDate(2026, 11, 8);
        QTest::newRow("effectivePeriod end") << editEntry(
            hg, 7, from, R"("effectivePeriod": {"start": "2026-11-01", "end": "2026-11-03T12:00:00Z"})")
                                             << QDate(2026, 11, 3);
        QTest::newRow("effectivePeriod start only")
            << editEntry(hg, 7, from, R"("effectivePeriod": {"start": "2026-11-02"})") << QDate(2026, 11, 2);
    }

    void labDate()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(QDate, date);
        IMPORT_OK(facts, bundle, kAsOf);
        const auto weight = facts.series(u"weight"_s);
        QCOMPARE(weight.size(), 1);
        QCOMPARE(weight.first().date, date);
        QCOMPARE(weight.first().value, 78.4);
    }

    void sexAtBirth_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("sourceWord");
        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray noExtension = removeMember(hg, 0, "extension");
        QTest::newRow("birth-sex extension M") << hg << u"male"_s << u"us-core-birthsex"_s;
        QTest::newRow("extension F wins over gender male")
            << editEntry(hg, 0, R"("valueCode": "M")", R"("valueCode": "F")") << u"female"_s
            << u"us-core-birthsex"_s;
        QTest::newRow("extension UNK") << editEntry(hg, 0, R"("valueCode": "M")", R"("valueCode": "UNK")")
                                       << u"unknown"_s << u"us-core-birthsex"_s;
        QTest::newRow("no extension: gender male") << noExtension << u"male"_s << u"gender"_s;
        QTest::newRow("no extension: gender female")
            << editEntry(noExtension, 0, R"("gender": "male")", R"("gender": "female")") << u"female"_s
            << u"gender"_s;
        QTest::newRow("no extension: gender other")
            << editEntry(noExtension, 0, R"("gender": "male")", R"("gender": "other")") << u"unknown"_s
            << u"gender"_s;
        QTest::newRow("other extensions only: gender female")
            << editEntry(editEntry(hg, 0, "us-core-birthsex", "us-core-genderIdentity"), 0,
                         R"("gender": "male")", R"("gender": "female")")
            << u"female"_s << u"gender"_s;
    }

    void sexAtBirth()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(QString, sex);
        QFETCH(QString, sourceWord);
        IMPORT_OK(facts, bundle, kAsOf);
        QCOMPARE(facts.sexAtBirth.value, std::optional<QString>(sex));
        QVERIFY2(facts.sexAtBirth.source.startsWith(entryTag(0, "Patient")),
                 qPrintable(facts.sexAtBirth.source));
        QVERIFY2(facts.sexAtBirth.source.contains(sourceWord), qPrintable(facts.sexAtBirth.source));
    }

    void memberId_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QString>("memberId");
        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray mrnFirst
            = editEntry(hg, 0, R"("identifier": [)",
                        R"("identifier": [{"system": "urn:example:mrn", "value": "MRN-7"},)");
        QTest::newRow("MB only") << hg << u"M09906669"_s;
        QTest::newRow("MB after another identifier") << mrnFirst << u"M09906669"_s;
        QTest::newRow("no MB: the first")
            << editEntry(mrnFirst, 0, R"("code": "MB")", R"("code": "MR")") << u"MRN-7"_s;
        QTest::newRow("single untyped identifier")
            << setMember(hg, 0, "identifier", R"([{"system": "urn:example:member", "value": "ONLY-1"}])")
            << u"ONLY-1"_s;
    }

    void memberId()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(QString, memberId);
        IMPORT_OK(facts, bundle, kAsOf);
        QCOMPARE(facts.memberId.value, std::optional<QString>(memberId));
        QVERIFY(!facts.memberId.source.isEmpty());
    }

    void laterAnswerWins_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<qlonglong>("exposureDays");
        QTest::addColumn<bool>("inhibitorHistory");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("entry");
        const QByteArray hg = exampleText("hg-01-complete.json"); // its QuestionnaireResponse: 2026-11-18
        const QByteArray items
            = R"([{"linkId": "exposure-days", "answer": [{"valueInteger": 250}]}, {"linkId": "inhibitor-history", "answer": [{"valueBoolean": true}]}])";
        const QByteArray later = questionnaireEntry(1, "2026-11-19", items);
        const QByteArray earlier = questionnaireEntry(2, "2026-11-01", items);
        QTest::newRow("later response after")
            << appendEntry(hg, later) << qlonglong(250) << true << QDate(2026, 11, 19) << 22;
        QTest::newRow("later response first")
            << prependEntry(hg, later) << qlonglong(250) << true << QDate(2026, 11, 19) << 0;
        QTest::newRow("earlier response after")
            << appendEntry(hg, earlier) << qlonglong(220) << false << QDate(2026, 11, 18) << 20;
        QTest::newRow("earlier response first")
            << prependEntry(hg, earlier) << qlonglong(220) << false << QDate(2026, 11, 18) << 21;
    }

    void laterAnswerWins()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(qlonglong, exposureDays);
        QFETCH(bool, inhibitorHistory);
        QFETCH(QDate, date);
        QFETCH(int, entry);
        IMPORT_OK(facts, bundle, kAsOf);
        const auto days = facts.attestation(u"exposure-days"_s);
        const auto history = facts.attestation(u"inhibitor-history"_s);
        QVERIFY(days && history);
        QCOMPARE(days->value, QVariant(exposureDays));
        QCOMPARE(history->value, QVariant(inhibitorHistory));
        QCOMPARE(days->date, date);
        QCOMPARE(history->date, date);
        QVERIFY2(days->source.startsWith(entryTag(entry, "QuestionnaireResponse")), qPrintable(days->source));
        // Items only the first response answers stay.
        QCOMPARE(facts.attestation(u"prophylaxis-adherent-months"_s)->value, QVariant(qlonglong(36)));
    }

    void nestedItems()
    {
        const QByteArray sf = exampleText("sf-01-hemA-inhibitor-12bu.json");
        const QByteArray items = R"([{"linkId": "prescriber", "text": "Prescriber", "item": [
            {"linkId": "prescriber-details", "item": [
                {"linkId": "prescriber-at-htc", "answer": [{"valueBoolean": true}]},
                {"linkId": "exposure-days", "answer": [{"valueInteger": 75}]}]},
            {"linkId": "prescriber-consulted-hematologist", "answer": [{"valueBoolean": false}]}]}])";
        const QByteArray bundle = appendEntry(sf, questionnaireEntry(3, "2026-11-19", items));
        IMPORT_OK(facts, bundle, kAsOf);
        const auto htc = facts.attestation(u"prescriber-at-htc"_s);
        const auto days = facts.attestation(u"exposure-days"_s);
        const auto consulted = facts.attestation(u"prescriber-consulted-hematologist"_s);
        QVERIFY(htc && days && consulted);
        QCOMPARE(htc->value, QVariant(true));
        QCOMPARE(days->value, QVariant(qlonglong(75)));
        QCOMPARE(consulted->value, QVariant(false));
        QVERIFY(htc->source.startsWith(entryTag(10, "QuestionnaireResponse")));
        QCOMPARE(htc->date, QDate(2026, 11, 19));
        // The flat items of the example's own response are still there.
        QCOMPARE(facts.attestation(u"request-use"_s)->value, QVariant(u"bleeding-treatment"_s));
    }

    // intake-bundle.md: the structured resource wins; the conflict is shown.
    void structuredHtcWinsOverAttestation()
    {
        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray bundle
            = editEntry(hg, 20, R"("item": [)",
                        R"("item": [{"linkId": "prescriber-at-htc", "answer": [{"valueBoolean": false}]},)");
        IMPORT_OK(facts, bundle, kAsOf);
        QCOMPARE(facts.prescriberAtHtc.value, std::optional<bool>(true));
        QCOMPARE(facts.attestation(u"prescriber-at-htc"_s)->value, QVariant(false));
        bool shown = false;
        for (const QString &n : facts.notes)
            shown = shown || n.contains(u"HTC"_s);
        QVERIFY2(shown, qPrintable(facts.notes.join(u"\n"_s)));
    }

    void enteredInErrorIgnored()
    {
        const QByteArray hg = exampleText("hg-01-complete.json");
        QByteArray bundle = appendEntry(
            hg, loincObservation(10, "29463-7", "2026-11-15", ucum("95", "kg"), "entered-in-error"));
        bundle = appendEntry(
            bundle, loincObservation(11, "1742-6", "2026-11-16", ucum("30", "mg"), "entered-in-error"));
        IMPORT_OK(facts, bundle, kAsOf);
        const auto weight = facts.series(u"weight"_s);
        QCOMPARE(weight.size(), 1);
        QCOMPARE(weight.first().value, 78.4);
        QCOMPARE(weight.first().date, QDate(2026, 11, 10));
        QCOMPARE(facts.series(u"alt"_s).size(), 1);
        QCOMPARE(facts.series(u"alt"_s).first().value, 30.0);
    }

    void documentByUrlIsAReference()
    {
        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray bundle = setMember(editEntry(hg, 21, R"("data":)", R"("url":)"), 21, "url",
                                            "\"https://ehr.example.org/documents/123\"");
        IMPORT_OK(facts, bundle, kAsOf);
        QCOMPARE(facts.attachments.size(), 1);
        const auto &a = facts.attachments.first();
        QCOMPARE(a.url, u"https://ehr.example.org/documents/123"_s);
        QVERIFY(a.bytes.isEmpty());
        QCOMPARE(a.title, u"progress-note.txt"_s);
        QCOMPARE(a.contentType, u"text/plain"_s);
        QVERIFY(a.source.startsWith(entryTag(21, "DocumentReference")));
    }

    void unknownResourcesAndCodesIgnored()
    {
        const QByteArray hg = exampleText("hg-01-complete.json");
        QByteArray bundle = appendEntry(
            hg,
            R"({"fullUrl": "urn:uuid:00000000-0000-4000-8000-0000000000a1", "resource": {"resourceType": "ImagingStudy", "status": "available", "subject": {"reference": "urn:uuid:b80c8fef-a677-5340-85fb-2c162d75df03"}, "numberOfSeries": 3}})");
        bundle = appendEntry(
            bundle,
            R"({"fullUrl": "urn:uuid:00000000-0000-4000-8000-0000000000a2", "resource": {"resourceType": "Basic", "code": {"text": "anything"}, "created": "not a date, and not read"}})");
        bundle = appendEntry(bundle,
                             loincObservation(12, "8302-2", "2026-11-10", ucum("180", "cm"))); // body height
        bundle
            = appendEntry(bundle, loincObservation(13, "72166-2", "2026-11-10", ucum("3", "{pack-years}")));
        bundle = appendEntry(bundle,
                             observationEntry(14, "urn:pareview:observation", "spleen-size",
                                              R"("effectiveDateTime": "2026-11-10")",
                                              R"("valueQuantity": {"value": 12, "unit": "cm"})"));
        bundle = appendEntry(bundle,
                             observationEntry(15, "http://snomed.info/sct", "1742-6",
                                              R"("effectiveDateTime": "2026-11-10")",
                                              R"("valueQuantity": {"value": 1, "unit": "furlong"})"));
        IMPORT_OK(facts, bundle, kAsOf);
        QCOMPARE(facts.labs.size(), hg01().labs.size());
        QCOMPARE(facts.series(u"alt"_s).size(), 1);
        QCOMPARE(facts.attachments.size(), 1);
        QCOMPARE(facts.drug.value, std::optional<QString>(u"hemgenix"_s));
    }

    void seriesSortedLatestLast()
    {
        const QByteArray hg = exampleText("hg-01-complete.json"); // weight 78.4 kg on 2026-11-10 (entry[7])
        QByteArray bundle
            = prependEntry(hg, loincObservation(16, "29463-7", "2026-11-15", ucum("77.0", "kg")));
        bundle = appendEntry(bundle, loincObservation(17, "29463-7", "2026-06-01", ucum("176", "[lb_av]")));
        bundle = appendEntry(
            bundle, loincObservation(18, "29463-7", "2025-12-24T08:00:00+01:00", ucum("81.5", "kg")));
        IMPORT_OK(facts, bundle, kAsOf);
        const auto weight = facts.series(u"weight"_s);
        QVERIFY2(weight.size() == 4, qPrintable(describe(weight)));
        QCOMPARE(weight[0].date, QDate(2025, 12, 24));
        QCOMPARE(weight[0].value, 81.5);
        QVERIFY(weight[0].source.startsWith(entryTag(24, "Observation")));
        QCOMPARE(weight[1].date, QDate(2026, 6, 1));
        QVERIFY(near(weight[1].value, 176 * 0.45359237, 1e-9));
        QVERIFY(weight[1].source.startsWith(entryTag(23, "Observation")));
        QCOMPARE(weight[2].date, QDate(2026, 11, 10));
        QCOMPARE(weight[2].value, 78.4);
        QVERIFY(weight[2].source.startsWith(entryTag(8, "Observation")));
        QCOMPARE(weight[3].date, QDate(2026, 11, 15)); // the current value is the latest
        QCOMPARE(weight[3].value, 77.0);
        QVERIFY(weight[3].source.startsWith(entryTag(0, "Observation")));
    }

    // "The current value is the latest" (the evaluator takes series.last()):
    // two results on the same day with times are in time order too.
    void sameDaySeriesOrderedByTime()
    {
        const QByteArray hg = exampleText("hg-01-complete.json");
        QByteArray bundle
            = appendEntry(hg, loincObservation(30, "29463-7", "2026-11-12T08:00:00Z", ucum("70", "kg")));
        bundle
            = prependEntry(bundle, loincObservation(31, "29463-7", "2026-11-12T20:00:00Z", ucum("71", "kg")));
        IMPORT_OK(facts, bundle, kAsOf);
        const auto weight = facts.series(u"weight"_s);
        QVERIFY2(weight.size() == 3, qPrintable(describe(weight)));
        QCOMPARE(weight[0].value, 78.4);
        QCOMPARE(weight.last().date, QDate(2026, 11, 12));
        QVERIFY2(weight.last().source.startsWith(entryTag(0, "Observation")), qPrintable(describe(weight)));
        QCOMPARE(weight.last().value, 71.0);
    }

    void bundleTypesAccepted_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        const QByteArray hg = exampleText("hg-01-complete.json");
        for (const char *type : { "collection", "transaction", "searchset", "document" })
            QTest::newRow(type) << editOnce(hg, R"("type": "collection")",
                                            "\"type\": \"" + QByteArray(type) + "\"");
    }

    void bundleTypesAccepted()
    {
        QFETCH(QByteArray, bundle);
        IMPORT_OK(facts, bundle, kAsOf);
        QCOMPARE(facts.drug.value, std::optional<QString>(u"hemgenix"_s));
    }

    void oversizedBundleRefusedBeforeParsing()
    {
        // Not even JSON: only the size check can refuse it without parsing.
        const QByteArray huge(FhirImporter::MaxBundleBytes + 1, 'x');
        const auto result = FhirImporter::import(huge, kAsOf);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"too large"_s), qPrintable(result.error()));
        QVERIFY2(!result.error().contains(u"not valid JSON"_s), qPrintable(result.error()));
    }

    void diagnosisForRequest_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QStringList>("forRequest");
        QTest::addColumn<QStringList>("others");
        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray glanzmann = "{\"fullUrl\": \"urn:uuid:00000000-0000-4000-8000-0000000000c1\", "
                                     "\"resource\": {\"resourceType\": \"Condition\", \"code\": "
            + icd10("D69.1") + "}}";
        QTest::newRow("reasonReference, another Condition")
            << appendEntry(hg, glanzmann) << QStringList{ u"D67"_s } << QStringList{ u"D69.1"_s };
        QTest::newRow("reasonReference to the other Condition")
            << setMember(appendEntry(hg, glanzmann), 6, "reasonReference",
                         R"([{"reference": "urn:uuid:00000000-0000-4000-8000-0000000000c1"}])")
            << QStringList{ u"D69.1"_s } << QStringList{ u"D67"_s };
        QTest::newRow("reasonCode") << setMember(
            editEntry(hg, 6, R"("reasonReference":)", R"("reasonCode":)"), 6, "reasonCode",
            "[" + icd10("D67") + "]")
                                    << QStringList{ u"D67"_s } << QStringList{};
    }

    void diagnosisForRequest()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(QStringList, forRequest);
        QFETCH(QStringList, others);
        IMPORT_OK(facts, bundle, kAsOf);
        QStringList gotFor, gotOthers;
        for (const auto &d : facts.diagnoses) {
            QVERIFY2(!d.source.isEmpty(), qPrintable(d.code));
            (d.forRequest ? gotFor : gotOthers) << d.code;
        }
        for (const QString &code : forRequest)
            QVERIFY2(gotFor.contains(code), qPrintable(gotFor.join(u',')));
        for (const QString &code : others) {
            QVERIFY2(gotOthers.contains(code), qPrintable(gotOthers.join(u',')));
            QVERIFY2(!gotFor.contains(code), qPrintable(gotFor.join(u',')));
        }
    }

    void priority_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QString>("priority");
        const QByteArray hg = exampleText("hg-01-complete.json");
        const QByteArray from = R"("priority": "routine")";
        QTest::newRow("routine") << hg << u"standard"_s;
        QTest::newRow("urgent") << editEntry(hg, 6, from, R"("priority": "urgent")") << u"expedited"_s;
        QTest::newRow("asap") << editEntry(hg, 6, from, R"("priority": "asap")") << u"expedited"_s;
        QTest::newRow("stat") << editEntry(hg, 6, from, R"("priority": "stat")") << u"expedited"_s;
        QTest::newRow("absent") << removeMember(hg, 6, "priority") << u"standard"_s;
    }

    void priority()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(QString, priority);
        IMPORT_OK(facts, bundle, kAsOf);
        QCOMPARE(facts.priority, priority);
    }

    void doseInterval_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<double>("hours");
        const QByteArray sf = exampleText("sf-01-hemA-inhibitor-12bu.json");
        QTest::newRow("every 2 h") << sf << 2.0;
        QTest::newRow("every 1 d") << setMember(sf, 5, "repeat",
                                                R"({"frequency": 1, "period": 1, "periodUnit": "d"})")
                                   << 24.0;
        QTest::newRow("twice per day")
            << setMember(sf, 5, "repeat", R"({"frequency": 2, "period": 1, "periodUnit": "d"})") << 12.0;
    }

    void doseInterval()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(double, hours);
        IMPORT_OK(facts, bundle, kAsOf);
        QCOMPARE(facts.doseIntervalHours.value, std::optional<double>(hours));
    }

    // ---- 5. the real Synthea export -------------------------------------------------------

    void syntheaExport()
    {
        const QByteArray bundle = syntheaText();
        // No Bundle.timestamp: the as-of date is the day given.
        IMPORT_OK(facts, bundle, kAsOf);
        QVERIFY(!facts.received.isValid());

        // Patient (entry[0]): no MB identifier, so the first one is the member id.
        QCOMPARE(facts.memberId.value, std::optional<QString>(u"d5582579-7193-4866-5560-a01e723b6552"_s));
        QCOMPARE(facts.memberName.value, std::optional<QString>(u"Mr. Lindsay928 Gerlach374"_s));
        QCOMPARE(facts.birthDate.value, std::optional<QDate>(QDate(1950, 10, 24)));
        QCOMPARE(facts.sexAtBirth.value, std::optional<QString>(u"male"_s));
        QVERIFY(facts.sexAtBirth.source.contains(u"us-core-birthsex"_s));

        // Its 12 MedicationRequests are RxNorm drugs we do not review.
        QVERIFY(!facts.drug.has());
        QVERIFY(facts.hcpcs.isEmpty());
        QVERIFY(!facts.dosePerKg.has());
        QVERIFY(!facts.prescriberName.has());
        // Its Conditions are SNOMED CT only (grep -c icd-10 → 0).
        QVERIFY(facts.diagnoses.isEmpty());
        QVERIFY(facts.attestations.isEmpty());

        // Body weight (LOINC 29463-7), computed independently:
        //   python3 -c "import json; b=json.load(open('synthea-sample-complete-patient.json'));
        //     print(sorted((e['resource'].get('effectiveDateTime') or e['resource'].get('effectiveInstant'),
        //       e['resource']['valueQuantity']['value'], i) for i,e in enumerate(b['entry'])
        //       if e['resource']['resourceType']=='Observation'
        //       and any(c['code']=='29463-7' for c in e['resource']['code']['coding'])))"
        //   → [('2010-01-05T11:44:52-05:00', 78.1, 117), ('2020-03-14T12:44:52-04:00', 79.7, 291)]  (both kg)
        const auto weight = facts.series(u"weight"_s);
        QVERIFY2(weight.size() == 2, qPrintable(describe(weight)));
        QCOMPARE(weight.last().value, 79.7);
        QCOMPARE(weight.last().date, QDate(2020, 3, 14));
        QCOMPARE(weight.last().unit, u"kg"_s);
        QVERIFY2(weight.last().source.startsWith(entryTag(291, "Observation")),
                 qPrintable(weight.last().source));
        QCOMPARE(weight.first().value, 78.1);
        QCOMPARE(weight.first().date, QDate(2010, 1, 5));
        QVERIFY(weight.first().source.startsWith(entryTag(117, "Observation")));

        // The only other catalogued lab in the file: creatinine, blood (38483-4), same
        // python3 query with '38483-4' → [('2010-01-05T11:44:52-05:00', 0.88, 106)] mg/dL.
        // Its other 36 Observation codes (blood pressure, glucose, eGFR 33914-3, ...) are ignored.
        QStringList names = facts.labs.keys();
        names.sort();
        QCOMPARE(names, (QStringList{ u"creatinine"_s, u"weight"_s }));
        const auto creatinine = facts.series(u"creatinine"_s);
        QCOMPARE(creatinine.size(), 1);
        QCOMPARE(creatinine.last().value, 0.88);
        QCOMPARE(creatinine.last().date, QDate(2010, 1, 5));
        QCOMPARE(creatinine.last().unit, u"mg/dL"_s);
        QVERIFY(creatinine.last().source.startsWith(entryTag(106, "Observation")));
        QVERIFY(!creatinine.last().upperLimit.has_value());

        // 37 DocumentReferences, inline base64; the last is entry[310]:
        //   python3: hashlib.sha256(base64.b64decode(data)).hexdigest(), 963 bytes
        QCOMPARE(facts.attachments.size(), 37);
        const auto &last = facts.attachments.last();
        QCOMPARE(last.bytes.size(), 963);
        QCOMPARE(sha256Hex(last.bytes),
                 QByteArray("676448308c299e24a598b4242db07d3e4f7f158f8559e3f14bb8bb97fca54916"));
        QCOMPARE(sha256Hex(last.bytes), sha256Hex(attachmentDataOf(bundle, 310)));
        QVERIFY(last.bytes.startsWith("\n2020-03-14\n"));
        QVERIFY(last.source.startsWith(entryTag(310, "DocumentReference")));
        for (const auto &a : facts.attachments)
            QVERIFY(!a.source.isEmpty());

        // Conditional references (Practitioner?identifier=…, Organization?…, Location?…)
        // point outside the bundle: kept unresolved and shown, not an error.
        static const QRegularExpression conditional(
            u"\"reference\"\\s*:\\s*\"([A-Za-z]+\\?identifier=[^\"]+)\""_s);
        QSet<QString> conditionalRefs;
        for (auto it = conditional.globalMatch(QString::fromUtf8(bundle)); it.hasNext();)
            conditionalRefs.insert(it.next().captured(1));
        QCOMPARE(conditionalRefs.size(), 6);
        const QString notes = facts.notes.join(u"\n"_s);
        for (const QString &ref : std::as_const(conditionalRefs))
            QVERIFY2(notes.contains(ref), qPrintable(ref));
    }
};

QTEST_GUILESS_MAIN(TestFhirImport)
#include "tst_fhirimport.moc"
