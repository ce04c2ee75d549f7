#include "intake/FhirImporter.h"

#include "intake/DrugCatalog.h"
#include "intake/FactValidator.h"
#include "intake/LabCatalog.h"
#include "json/StrictJson.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace pareview {
namespace {

using json::Value;

const QString kLoinc = QStringLiteral("http://loinc.org");
const QString kLocalObservation = QStringLiteral("urn:pareview:observation");
const QString kIcd10 = QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm");
const QString kHcpcs = QStringLiteral("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets");
const QString kNdc = QStringLiteral("http://hl7.org/fhir/sid/ndc");
const QString kNucc = QStringLiteral("http://nucc.org/provider-taxonomy");
const QString kNpi = QStringLiteral("http://hl7.org/fhir/sid/us-npi");
const QString kLineOfBusiness = QStringLiteral("urn:pareview:line-of-business");
const QString kOrganizationType = QStringLiteral("urn:pareview:organization-type");
const QString kBirthSex = QStringLiteral("http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex");
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");

using FactValidator::AnswerType;

// Thrown only inside this file to unwind out of the reader; caught in
// import() and turned into an Error. Never crosses the model API.
struct Rejection
{
    QString message;
};

struct ParsedDate
{
    QDate date;
    bool hasTime = false;
    QTime time; // as written (local to the writer's offset): orders same-day results
};

// FHIR date / dateTime / instant: YYYY, YYYY-MM, YYYY-MM-DD, or
// YYYY-MM-DDThh:mm(:ss(.fff))(Z|±hh:mm). Partial dates stand for their first
// day. The calendar date as written is the date windows are counted on.
// Read by hand, not with a regular expression: it runs for every date of
// every bundle. It accepts what the pattern
// ^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$
// accepted, a final line break included (its '$' matched before one).
std::optional<ParsedDate> parseFhirDate(const QString &text)
{
    QStringView t(text);
    if (t.endsWith(u'\n'))
        t.chop(1);
    qsizetype pos = 0;
    const auto isDigitAt = [&](qsizetype i) { return i < t.size() && t[i] >= u'0' && t[i] <= u'9'; };
    const auto digits = [&](int count, int *out) {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            if (!isDigitAt(pos + i))
                return false;
            v = v * 10 + (t[pos + i].unicode() - u'0');
        }
        pos += count;
        *out = v;
        return true;
    };
    const auto take = [&](char16_t c) {
        if (pos < t.size() && t[pos] == c) {
            ++pos;
            return true;
        }
        return false;
    };
    int year = 0, month = 1, day = 1, h = 0, mi = 0, s = 0;
    bool hasTime = false;
    if (!digits(4, &year))
        return std::nullopt;
    if (take(u'-')) {
        if (!digits(2, &month))
            return std::nullopt;
        if (take(u'-')) {
            if (!digits(2, &day))
                return std::nullopt;
            if (take(u'T')) {
                if (!digits(2, &h) || !take(u':') || !digits(2, &mi))
                    return std::nullopt;
                hasTime = true;
                if (take(u':')) {
                    if (!digits(2, &s))
                        return std::nullopt;
                    if (take(u'.')) {
                        const qsizetype from = pos;
                        while (isDigitAt(pos))
                            ++pos;
                        if (pos - from < 1 || pos - from > 9)
                            return std::nullopt;
                    }
                }
                if (!take(u'Z') && (take(u'+') || take(u'-'))) {
                    int oh = 0, om = 0;
                    if (!digits(2, &oh) || !take(u':') || !digits(2, &om))
                        return std::nullopt;
                }
            }
        }
    }
    if (pos != t.size())
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1800)
        return std::nullopt;
    ParsedDate out{date, hasTime, QTime()};
    if (out.hasTime) {
        if (h > 23 || mi > 59 || s > 60)
            return std::nullopt;
        out.time = QTime(h, mi, qMin(s, 59));
    }
    return out;
}

// Base64 as writers send it (the standard alphabet, padded to a multiple of
// four, whitespace anywhere between) decoded in one pass over the text;
// nullopt for anything else (no data, missing padding, other characters),
// which Qt's decoder then accepts or refuses as it always did. Converting
// to Latin-1, compacting and Qt's decoder were a twentieth of evaluating a
// bundle with a chart note.
std::optional<QByteArray> decodePaddedBase64(QStringView text)
{
    static const auto table = [] {
        std::array<qint8, 128> t;
        t.fill(-1);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[std::size_t(uchar(alphabet[i]))] = qint8(i);
        return t;
    }();
    QByteArray out(text.size() / 4 * 3 + 3, Qt::Uninitialized);
    char *o = out.data();
    quint32 acc = 0;
    int digits = 0; // of the current quantum
    int padding = 0;
    bool any = false;
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    qsizetype i = 0;
    // Whole quanta of four alphabet characters at a time: the text between
    // line breaks and before the padding, nearly all of it. Anything else
    // (whitespace, padding, a stray character) goes through the loop below,
    // which decides exactly as before.
    const auto sextet = [&](char16_t c) { return c < 128 ? int(table[c]) : -1; };
    for (;;) {
        while (digits == 0 && padding == 0 && size - i >= 4) {
            const int a = sextet(chars[i]), b = sextet(chars[i + 1]), c = sextet(chars[i + 2]), d = sextet(chars[i + 3]);
            if ((a | b | c | d) < 0)
                break;
            const quint32 quantum = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
            *o++ = char(quantum >> 16);
            *o++ = char(quantum >> 8);
            *o++ = char(quantum);
            any = true;
            i += 4;
        }
        if (i >= size)
            break;
        const char16_t c = chars[i++];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '=') {
            if (++padding > 2)
                return std::nullopt;
            continue;
        }
        if (padding || c >= 128 || table[c] < 0)
            return std::nullopt;
        any = true;
        acc = (acc << 6) | quint32(table[c]);
        if (++digits == 4) {
            *o++ = char(acc >> 16);
            *o++ = char(acc >> 8);
            *o++ = char(acc);
            acc = 0;
            digits = 0;
        }
    }
    if (!any || digits + padding != (padding ? 4 : 0))
        return std::nullopt;
    if (digits == 2) {
        *o++ = char(acc >> 4);
    } else if (digits == 3) {
        *o++ = char(acc >> 10);
        *o++ = char(acc >> 2);
    }
    out.truncate(o - out.constData());
    return out;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

// The pieces one after another in one allocation: the importer spells a
// source and a lookup key for every entry of every bundle, and a chain of
// + made a string per step.
QString joined(std::initializer_list<QStringView> pieces)
{
    qsizetype size = 0;
    for (QStringView piece : pieces)
        size += piece.size();
    QString out(size, Qt::Uninitialized);
    QChar *at = out.data();
    for (QStringView piece : pieces)
        at = std::copy(piece.begin(), piece.end(), at);
    return out;
}

class BundleReader
{
public:
    BundleReader(const Value &root, const QDate &today)
        : m_root(root)
        , m_today(today)
    {
    }

    CaseFacts read()
    {
        checkBundle();
        indexEntries();
        checkReferences();
        for (int i = 0; i < m_entries.size(); ++i)
            readEntry(i);
        resolvePrescriber();
        resolveDiagnoses();
        // Oldest first, so the last is the current value; same-day results by time.
        for (auto &series : m_facts.labs)
            std::stable_sort(series.begin(), series.end(), [](const Measurement &a, const Measurement &b) {
                return a.date != b.date ? a.date < b.date : a.time < b.time;
            });
        return std::move(m_facts);
    }

private:
    struct Entry
    {
        const Value *resource = nullptr;
        QString type;
        QString fullUrl;
        QString id;
        int index = 0;
        QString source; // "entry[7] Observation": the start of every fact's source
    };

    // ---- errors ------------------------------------------------------------

    [[noreturn]] void reject(const Value *at, const QString &message) const
    {
        QString where;
        if (at)
            where = QStringLiteral("line %1, column %2: ").arg(at->line()).arg(at->column());
        throw Rejection{where + message};
    }

    [[noreturn]] void rejectIn(const Entry &entry, const QString &field, const Value *at, const QString &message) const
    {
        reject(at ? at : entry.resource,
               QStringLiteral("entry[%1] (%2) %3: %4").arg(entry.index).arg(entry.type, field, message));
    }

    // ---- small accessors -----------------------------------------------------

    static const Value *child(const Value *v, const char *key)
    {
        if (!v || !v->isObject())
            return nullptr;
        return v->find(QLatin1String(key));
    }

    static const Value *path(const Value *v, std::initializer_list<const char *> keys)
    {
        for (const char *k : keys) {
            if (!v)
                return nullptr;
            if (v->isArray())
                v = v->size() > 0 ? &v->at(0) : nullptr;
            v = child(v, k);
        }
        return v;
    }

    QString stringAt(const Entry &e, const Value *v, const QString &field) const
    {
        if (!v)
            return {};
        if (!v->isString())
            rejectIn(e, field, v, QStringLiteral("expected a string, found %1").arg(Value::typeName(v->type())));
        return v->toString();
    }

    const Value *arrayAt(const Entry &e, const Value *v, const QString &field) const
    {
        if (v && !v->isArray())
            rejectIn(e, field, v, QStringLiteral("expected an array, found %1").arg(Value::typeName(v->type())));
        return v;
    }

    const Value *objectAt(const Entry &e, const Value *v, const QString &field) const
    {
        if (v && !v->isObject())
            rejectIn(e, field, v, QStringLiteral("expected an object, found %1").arg(Value::typeName(v->type())));
        return v;
    }

    QDate dateAt(const Entry &e, const Value *v, const QString &field) const
    {
        return dateTimeAt(e, v, field).date;
    }

    ParsedDate dateTimeAt(const Entry &e, const Value *v, const QString &field) const
    {
        const QString text = stringAt(e, v, field);
        if (!v)
            return {};
        const auto parsed = parseFhirDate(text);
        if (!parsed)
            rejectIn(e, field, v, QStringLiteral("\"%1\" is not a valid date").arg(text));
        return *parsed;
    }

    // Every (system, code) pair of a CodeableConcept (or array of them).
    QVector<QPair<QString, QString>> codings(const Entry &e, const Value *concept, const QString &field) const
    {
        QVector<QPair<QString, QString>> out;
        if (!concept)
            return out;
        // The field names are spelled out only for a rejection: building
        // them for every coding read was a measurable part of an import.
        auto collect = [&](const Value *cc, const auto &f) {
            if (!cc->isObject())
                objectAt(e, cc, f());
            const Value *list = child(cc, "coding");
            if (!list)
                return;
            if (!list->isArray())
                arrayAt(e, list, f() + QStringLiteral(".coding"));
            for (int i = 0; i < list->size(); ++i) {
                const Value *c = &list->at(i);
                if (!c->isObject())
                    objectAt(e, c, f() + QStringLiteral(".coding[%1]").arg(i));
                const Value *system = child(c, "system");
                const Value *code = child(c, "code");
                if (system && !system->isString())
                    stringAt(e, system, f() + QStringLiteral(".coding[%1].system").arg(i));
                if (code && !code->isString())
                    stringAt(e, code, f() + QStringLiteral(".coding[%1].code").arg(i));
                out.append({system ? system->toString() : QString(), code ? code->toString() : QString()});
            }
        };
        if (concept->isArray()) {
            for (int i = 0; i < concept->size(); ++i)
                collect(&concept->at(i), [&] { return field + QStringLiteral("[%1]").arg(i); });
        } else {
            collect(concept, [&] { return field; });
        }
        return out;
    }

    static QString codeIn(const QVector<QPair<QString, QString>> &codes, const QString &system)
    {
        for (const auto &c : codes)
            if (c.first == system)
                return c.second;
        return {};
    }

    double numberAt(const Entry &e, const Value *v, const QString &field) const
    {
        if (!v)
            rejectIn(e, field, nullptr, QStringLiteral("is missing"));
        if (!v->isNumber())
            rejectIn(e, field, v, QStringLiteral("expected a number, found %1").arg(Value::typeName(v->type())));
        return v->toDouble();
    }

    // ---- bundle structure ----------------------------------------------------

    void checkBundle()
    {
        if (!m_root.isObject())
            reject(&m_root, QStringLiteral("not a FHIR Bundle: the document is a JSON %1, not an object")
                                .arg(Value::typeName(m_root.type())));
        const Value *rt = m_root.find(u"resourceType");
        if (!rt || !rt->isString())
            reject(&m_root, QStringLiteral("not a FHIR resource: resourceType is missing"));
        if (rt->toString() != QLatin1String("Bundle"))
            reject(rt, QStringLiteral("not a FHIR Bundle: resourceType is \"%1\"").arg(rt->toString()));
        const Value *type = m_root.find(u"type");
        static const QStringList allowed = {QStringLiteral("collection"), QStringLiteral("transaction"),
                                            QStringLiteral("searchset"), QStringLiteral("document")};
        if (!type || !type->isString())
            reject(type ? type : &m_root, QStringLiteral("Bundle.type is missing or not a string"));
        if (!allowed.contains(type->toString()))
            reject(type, QStringLiteral("Bundle.type \"%1\" is not one of collection, transaction, searchset, document")
                             .arg(type->toString()));
        if (const Value *ts = m_root.find(u"timestamp")) {
            if (!ts->isString())
                reject(ts, QStringLiteral("Bundle.timestamp is not a string"));
            const auto parsed = parseFhirDate(ts->toString());
            if (!parsed)
                reject(ts, QStringLiteral("Bundle.timestamp \"%1\" is not a valid instant").arg(ts->toString()));
            QDateTime dt = QDateTime::fromString(ts->toString(), Qt::ISODateWithMs);
            if (!dt.isValid())
                dt = QDateTime(parsed->date, QTime(0, 0), Qt::UTC);
            m_facts.received = dt;
            // The as-of date is the calendar date written in the timestamp.
            m_referenceDate = parsed->date;
            m_facts.receivedDate = parsed->date;
        }
        const Value *entries = m_root.find(u"entry");
        if (entries && !entries->isArray())
            reject(entries, QStringLiteral("Bundle.entry is not an array"));
        m_entryArray = entries;
    }

    void indexEntries()
    {
        if (!m_entryArray)
            return;
        m_entries.reserve(m_entryArray->size());
        m_byUrl.reserve(m_entryArray->size());
        m_byTypeId.reserve(m_entryArray->size());
        for (int i = 0; i < m_entryArray->size(); ++i) {
            const Value &ev = m_entryArray->at(i);
            if (!ev.isObject())
                reject(&ev, QStringLiteral("entry[%1] is not an object").arg(i));
            Entry e;
            e.index = i;
            const Value *resource = ev.find(u"resource");
            if (!resource)
                reject(&ev, QStringLiteral("entry[%1] has no resource").arg(i));
            if (!resource->isObject())
                reject(resource, QStringLiteral("entry[%1].resource is not an object").arg(i));
            e.resource = resource;
            const Value *rt = resource->find(u"resourceType");
            if (!rt || !rt->isString() || rt->toString().isEmpty())
                reject(resource, QStringLiteral("entry[%1].resource has no resourceType").arg(i));
            e.type = rt->toString();
            e.source = joined({u"entry[", QString::number(i), u"] ", e.type});
            if (const Value *fu = ev.find(u"fullUrl")) {
                if (!fu->isString())
                    reject(fu, QStringLiteral("entry[%1].fullUrl is not a string").arg(i));
                e.fullUrl = fu->toString();
                // One lookup: operator[] adds the URL unless an earlier entry has it.
                const qsizetype urls = m_byUrl.size();
                int &first = m_byUrl[e.fullUrl];
                if (m_byUrl.size() == urls)
                    reject(fu, QStringLiteral("entry[%1].fullUrl \"%2\" duplicates entry[%3]")
                                   .arg(i)
                                   .arg(e.fullUrl)
                                   .arg(first));
                first = i;
            }
            if (const Value *id = resource->find(u"id")) {
                if (!id->isString())
                    reject(id, QStringLiteral("entry[%1] (%2) id is not a string").arg(i).arg(e.type));
                e.id = id->toString();
                const qsizetype ids = m_byTypeId.size();
                int &first = m_byTypeId[joined({e.type, u"/", e.id})];
                if (m_byTypeId.size() == ids)
                    reject(id, QStringLiteral("entry[%1] (%2) id \"%3\" duplicates entry[%4]")
                                   .arg(i)
                                   .arg(e.type, e.id)
                                   .arg(first));
                first = i;
            }
            m_entries.append(std::move(e));
        }
    }

    // urn:uuid references must resolve inside the bundle; other kinds
    // (relative, conditional, absolute) may point outside and are noted.
    void checkReferences()
    {
        for (const Entry &e : m_entries) {
            m_walkPath.clear();
            walkReferences(e, *e.resource);
        }
    }

    // Every "reference" string anywhere in the resource. The path to the
    // node ("requester", "item[2].answer[0]") is kept as a stack of steps
    // and written out only for an error: most bundles have none, and
    // spelling it for every node was a fifth of reading a bundle.
    struct WalkStep
    {
        const json::Key *key; // nullptr: an array index
        int index;
    };
    std::vector<WalkStep> m_walkPath;

    QString walkPath(const QString &last) const
    {
        QString path;
        for (const WalkStep &step : m_walkPath) {
            if (step.key) {
                if (!path.isEmpty())
                    path += QLatin1Char('.');
                path += step.key->toString();
            } else {
                path += QStringLiteral("[%1]").arg(step.index);
            }
        }
        if (!path.isEmpty())
            path += QLatin1Char('.');
        return path + last;
    }

    void walkReferences(const Entry &e, const Value &v)
    {
        if (v.isObject()) {
            for (const auto &member : v.members()) {
                const Value &child = *member.second;
                if (child.isString()) {
                    if (member.first != QLatin1String("reference"))
                        continue;
                    const QString ref = child.toString();
                    if (!resolve(ref)) {
                        if (ref.startsWith(QLatin1String("urn:uuid:")))
                            rejectIn(e, walkPath(member.first.toString()), &child,
                                     QStringLiteral("reference \"%1\" does not resolve to any entry of the bundle")
                                         .arg(ref));
                        m_unresolved.insert(ref);
                    }
                } else if (child.isObject() || child.isArray()) {
                    m_walkPath.push_back({&member.first, 0});
                    walkReferences(e, child);
                    m_walkPath.pop_back();
                }
            }
        } else if (v.isArray()) {
            for (int i = 0; i < v.size(); ++i) {
                const Value &child = v.at(i);
                if (!child.isObject() && !child.isArray())
                    continue;
                m_walkPath.push_back({nullptr, i});
                walkReferences(e, child);
                m_walkPath.pop_back();
            }
        }
    }

    const Entry *resolve(const QString &ref) const
    {
        auto it = m_byUrl.constFind(ref);
        if (it != m_byUrl.constEnd())
            return &m_entries[*it];
        auto jt = m_byTypeId.constFind(ref);
        if (jt != m_byTypeId.constEnd())
            return &m_entries[*jt];
        return nullptr;
    }

    const Entry *resolveField(const Value *referenceObject) const
    {
        const Value *ref = child(referenceObject, "reference");
        if (!ref || !ref->isString())
            return nullptr;
        return resolve(ref->toString());
    }

    QString sourceOf(const Entry &e, const QString &what = QString()) const
    {
        // The entry's part is spelled once per entry (a questionnaire gives
        // twenty facts); this runs for every fact read.
        if (what.isEmpty())
            return e.source;
        QString s;
        s.reserve(e.source.size() + 1 + what.size());
        s += e.source;
        s += QLatin1Char(' ');
        s += what;
        return s;
    }

    QDate referenceDate() const { return m_referenceDate.isValid() ? m_referenceDate : m_today; }

    // ---- resources -------------------------------------------------------------

    void readEntry(int index)
    {
        const Entry &e = m_entries[index];
        if (e.type == QLatin1String("Patient"))
            readPatient(e);
        else if (e.type == QLatin1String("Coverage"))
            readCoverage(e);
        else if (e.type == QLatin1String("MedicationRequest"))
            readMedicationRequest(e);
        else if (e.type == QLatin1String("Condition"))
            readCondition(e);
        else if (e.type == QLatin1String("Observation"))
            readObservation(e);
        else if (e.type == QLatin1String("QuestionnaireResponse"))
            readQuestionnaireResponse(e);
        else if (e.type == QLatin1String("DocumentReference"))
            readDocumentReference(e);
        // Practitioner, PractitionerRole and Organization are read through
        // the request's requester; anything else is not part of a case.
    }

    static QString humanName(const Value *names)
    {
        if (!names || !names->isArray() || names->size() == 0)
            return {};
        const Value &n = names->at(0);
        if (const Value *text = child(&n, "text"); text && text->isString())
            return text->toString();
        QStringList parts;
        if (const Value *prefix = child(&n, "prefix"); prefix && prefix->isArray())
            for (int i = 0; i < prefix->size(); ++i)
                if (prefix->at(i).isString())
                    parts << prefix->at(i).toString();
        if (const Value *given = child(&n, "given"); given && given->isArray())
            for (int i = 0; i < given->size(); ++i)
                if (given->at(i).isString())
                    parts << given->at(i).toString();
        if (const Value *family = child(&n, "family"); family && family->isString())
            parts << family->toString();
        return parts.join(QLatin1Char(' '));
    }

    void readPatient(const Entry &e)
    {
        if (m_patient)
            rejectIn(e, QStringLiteral("resourceType"), nullptr,
                     QStringLiteral("a second Patient (the first is entry[%1]); a request is about one member")
                         .arg(m_patient->index));
        m_patient = &e;
        const Value *r = e.resource;
        if (const QString name = humanName(arrayAt(e, child(r, "name"), QStringLiteral("name"))); !name.isEmpty())
            m_facts.memberName = {name, {}, sourceOf(e, QStringLiteral("name"))};

        if (const Value *ids = arrayAt(e, child(r, "identifier"), QStringLiteral("identifier")); ids && ids->size()) {
            QString memberId, first;
            for (int i = 0; i < ids->size(); ++i) {
                const Value *id = objectAt(e, &ids->at(i), QStringLiteral("identifier[%1]").arg(i));
                const QString value = stringAt(e, child(id, "value"), QStringLiteral("identifier[%1].value").arg(i));
                if (first.isEmpty())
                    first = value;
                const auto types = codings(e, child(id, "type"), QStringLiteral("identifier[%1].type").arg(i));
                for (const auto &t : types)
                    if (t.second == QLatin1String("MB") && memberId.isEmpty())
                        memberId = value;
            }
            const QString chosen = memberId.isEmpty() ? first : memberId;
            if (!chosen.isEmpty())
                m_facts.memberId = {chosen, {}, sourceOf(e, QStringLiteral("identifier"))};
        }

        if (const Value *bd = child(r, "birthDate")) {
            const QDate date = dateAt(e, bd, QStringLiteral("birthDate"));
            if (auto s = FactValidator::birthDate(date, referenceDate()); !s)
                rejectIn(e, QStringLiteral("birthDate"), bd, s.error());
            m_facts.birthDate = {date, date, sourceOf(e, QStringLiteral("birthDate"))};
        }

        QString sex;
        QString sexSource;
        if (const Value *exts = arrayAt(e, child(r, "extension"), QStringLiteral("extension"))) {
            for (int i = 0; i < exts->size(); ++i) {
                const Value *ext = &exts->at(i);
                const Value *url = child(ext, "url");
                if (url && url->isString() && url->toString() == kBirthSex) {
                    const QString code =
                        stringAt(e, child(ext, "valueCode"), QStringLiteral("extension[%1].valueCode").arg(i));
                    if (code == QLatin1String("M"))
                        sex = QStringLiteral("male");
                    else if (code == QLatin1String("F"))
                        sex = QStringLiteral("female");
                    else if (code == QLatin1String("UNK") || code == QLatin1String("OTH") || code.isEmpty())
                        sex = QStringLiteral("unknown");
                    else
                        rejectIn(e, QStringLiteral("extension[%1].valueCode").arg(i), child(ext, "valueCode"),
                                 QStringLiteral("birth sex \"%1\" is not M, F or UNK").arg(code));
                    sexSource = sourceOf(e, QStringLiteral("us-core-birthsex"));
                }
            }
        }
        if (sex.isEmpty()) {
            if (const Value *g = child(r, "gender")) {
                const QString gender = stringAt(e, g, QStringLiteral("gender"));
                static const QStringList genders = {QStringLiteral("male"), QStringLiteral("female"),
                                                    QStringLiteral("other"), QStringLiteral("unknown")};
                if (!genders.contains(gender))
                    rejectIn(e, QStringLiteral("gender"), g,
                             QStringLiteral("\"%1\" is not one of male, female, other, unknown").arg(gender));
                sex = (gender == QLatin1String("male") || gender == QLatin1String("female")) ? gender
                                                                                           : QStringLiteral("unknown");
                sexSource = sourceOf(e, QStringLiteral("gender"));
            }
        }
        if (!sex.isEmpty())
            m_facts.sexAtBirth = {sex, {}, sexSource};

        // Patient.communication: the preferred language (else the first) for letters.
        if (const Value *comms = arrayAt(e, child(r, "communication"), QStringLiteral("communication"))) {
            QString chosen;
            for (int i = 0; i < comms->size(); ++i) {
                const Value *c = &comms->at(i);
                const auto codes = codings(e, child(c, "language"), QStringLiteral("communication[%1].language").arg(i));
                const QString code = codes.isEmpty() ? QString() : codes.first().second.toLower();
                const Value *preferred = child(c, "preferred");
                if (!code.isEmpty() && (chosen.isEmpty() || (preferred && preferred->isBool() && preferred->toBool())))
                    chosen = code;
            }
            // Letters are written in English and Spanish; others get English
            // with the multi-language help line.
            if (chosen.startsWith(QLatin1String("es")))
                m_facts.language = QStringLiteral("es");
            else if (!chosen.isEmpty())
                m_facts.language = QStringLiteral("en");
        }
    }

    void readCoverage(const Entry &e)
    {
        const Value *r = e.resource;
        if (const Value *payors = arrayAt(e, child(r, "payor"), QStringLiteral("payor")); payors && payors->size()) {
            const QString payer = stringAt(e, child(&payors->at(0), "display"), QStringLiteral("payor[0].display"));
            if (!payer.isEmpty())
                m_facts.payer = {payer, {}, sourceOf(e, QStringLiteral("payor"))};
        }
        if (const Value *classes = arrayAt(e, child(r, "class"), QStringLiteral("class"))) {
            for (int i = 0; i < classes->size(); ++i) {
                const Value *c = &classes->at(i);
                const auto types = codings(e, child(c, "type"), QStringLiteral("class[%1].type").arg(i));
                for (const auto &t : types) {
                    if (t.second != QLatin1String("plan"))
                        continue;
                    QString name = stringAt(e, child(c, "name"), QStringLiteral("class[%1].name").arg(i));
                    if (name.isEmpty())
                        name = stringAt(e, child(c, "value"), QStringLiteral("class[%1].value").arg(i));
                    m_facts.plan = {name, {}, sourceOf(e, QStringLiteral("class")) };
                }
            }
        }
        const auto types = codings(e, child(r, "type"), QStringLiteral("type"));
        for (const auto &t : types) {
            if (t.first != kLineOfBusiness)
                continue;
            if (!Catalog::current().lineOfBusiness(t.second))
                rejectIn(e, QStringLiteral("type.coding"), child(r, "type"),
                         QStringLiteral("line of business \"%1\" is not one of %2")
                             .arg(t.second, Catalog::current().lineOfBusinessIds().join(QStringLiteral(", "))));
            if (m_facts.lineOfBusiness.has() && *m_facts.lineOfBusiness != t.second)
                rejectIn(e, QStringLiteral("type.coding"), child(r, "type"),
                         QStringLiteral("line of business \"%1\" conflicts with \"%2\" (%3)")
                             .arg(t.second, *m_facts.lineOfBusiness, m_facts.lineOfBusiness.source));
            m_facts.lineOfBusiness = {t.second, {}, sourceOf(e, QStringLiteral("type"))};
        }
    }

    QString drugFromConcept(const Entry &e, const Value *concept, QString *hcpcs, QString *ndc, QString *text) const
    {
        if (!concept)
            return {};
        const auto codes = codings(e, concept, QStringLiteral("medicationCodeableConcept"));
        *text = stringAt(e, child(concept, "text"), QStringLiteral("medicationCodeableConcept.text"));
        for (const auto &c : codes) {
            if (c.first == kHcpcs) {
                if (const DrugDefinition *d = DrugCatalog::byHcpcs(c.second)) {
                    *hcpcs = c.second;
                    return d->id;
                }
            }
        }
        for (const auto &c : codes) {
            if (c.first == kNdc) {
                if (const DrugDefinition *d = Catalog::current().drugByNdc(c.second)) {
                    *ndc = c.second;
                    return d->id;
                }
            }
        }
        if (const DrugDefinition *d = Catalog::current().drugByText(*text))
            return d->id;
        return {};
    }

    void readMedicationRequest(const Entry &e)
    {
        const Value *r = e.resource;
        if (const Value *status = child(r, "status"); status && status->isString()) {
            const QString s = status->toString();
            if (s == QLatin1String("entered-in-error") || s == QLatin1String("cancelled"))
                return;
        }
        QString hcpcs, ndc, text;
        const QString drug = drugFromConcept(e, objectAt(e, child(r, "medicationCodeableConcept"),
                                                         QStringLiteral("medicationCodeableConcept")),
                                             &hcpcs, &ndc, &text);
        if (drug.isEmpty())
            return; // another of the member's medications, not a request we review
        if (m_request)
            rejectIn(e, QStringLiteral("medicationCodeableConcept"), child(r, "medicationCodeableConcept"),
                     QStringLiteral("a second request for a reviewed drug (the first is entry[%1]); one case, one drug")
                         .arg(m_request->index));
        m_request = &e;
        m_facts.drug = {drug, {}, sourceOf(e, QStringLiteral("medicationCodeableConcept"))};
        m_facts.hcpcs = hcpcs;
        m_facts.ndc = ndc;
        m_facts.drugText = text;
        if (hcpcs.isEmpty())
            m_facts.hcpcs = DrugCatalog::byId(drug)->hcpcs;

        const QString priority = stringAt(e, child(r, "priority"), QStringLiteral("priority"));
        m_facts.priority = (priority == QLatin1String("urgent") || priority == QLatin1String("asap")
                            || priority == QLatin1String("stat"))
                               ? QStringLiteral("expedited")
                               : QStringLiteral("standard");
        if (const Value *ao = child(r, "authoredOn"))
            m_facts.authoredOn = dateAt(e, ao, QStringLiteral("authoredOn"));

        if (const Value *dosage = arrayAt(e, child(r, "dosageInstruction"), QStringLiteral("dosageInstruction"));
            dosage && dosage->size()) {
            const Value *di = objectAt(e, &dosage->at(0), QStringLiteral("dosageInstruction[0]"));
            if (const Value *dq = path(di, {"doseAndRate", "doseQuantity"}))
                readDose(e, dq);
            if (const Value *rep = path(di, {"timing", "repeat"}))
                readInterval(e, rep);
        }
        if (const Value *dr = objectAt(e, child(r, "dispenseRequest"), QStringLiteral("dispenseRequest"))) {
            if (const Value *q = child(dr, "quantity"))
                readQuantity(e, q);
            if (const Value *d = child(dr, "expectedSupplyDuration"))
                readSupply(e, d);
        }
        m_requestReasons.clear();
        if (const Value *rc = child(r, "reasonCode")) {
            const auto codes = codings(e, arrayAt(e, rc, QStringLiteral("reasonCode")), QStringLiteral("reasonCode"));
            for (const auto &c : codes)
                if (c.first == kIcd10)
                    m_facts.diagnoses.append({c.second, {}, true, sourceOf(e, QStringLiteral("reasonCode"))});
        }
        if (const Value *rr = arrayAt(e, child(r, "reasonReference"), QStringLiteral("reasonReference")))
            for (int i = 0; i < rr->size(); ++i)
                if (const Entry *target = resolveField(&rr->at(i)))
                    m_requestReasons.insert(target->index);
    }

    static QString unitOf(const Value *quantity)
    {
        const Value *system = child(quantity, "system");
        const Value *code = child(quantity, "code");
        if (code && code->isString() && (!system || (system->isString() && system->toString() == kUcum)))
            return code->toString();
        const Value *unit = child(quantity, "unit");
        return unit && unit->isString() ? unit->toString() : QString();
    }

    void readDose(const Entry &e, const Value *dq)
    {
        const QString field = QStringLiteral("dosageInstruction[0].doseAndRate[0].doseQuantity");
        const double value = numberAt(e, child(dq, "value"), field + QStringLiteral(".value"));
        const QString unit = unitOf(dq);
        QString canonical;
        // The drug is known by now (the request is read for a reviewed drug
        // only): its catalog form says whether the dose is per kg or flat.
        const DrugDefinition *drug = DrugCatalog::byId(*m_facts.drug);
        const auto dose = drug ? FactValidator::dose(*drug, value, unit, &canonical) : FactValidator::dose(value, unit, &canonical);
        if (!dose)
            rejectIn(e, field + (value > 0 ? QStringLiteral(".code") : QStringLiteral(".value")), value > 0 ? dq : child(dq, "value"),
                     dose.error());
        m_facts.dosePerKg = {*dose, {}, sourceOf(e, QStringLiteral("doseQuantity %1 %2").arg(number(value), unit))};
        m_facts.doseUnit = canonical;
    }

    void readInterval(const Entry &e, const Value *rep)
    {
        const Value *period = child(rep, "period");
        if (!period)
            return;
        const QString field = QStringLiteral("dosageInstruction[0].timing.repeat");
        const double value = numberAt(e, period, field + QStringLiteral(".period"));
        const QString unit = stringAt(e, child(rep, "periodUnit"), field + QStringLiteral(".periodUnit"));
        const auto interval = FactValidator::intervalHours(value, unit);
        if (!interval) {
            const bool unitWrong = !FactValidator::intervalHours(1, unit);
            rejectIn(e, field + (unitWrong ? QStringLiteral(".periodUnit") : QStringLiteral(".period")),
                     unitWrong ? child(rep, "periodUnit") : period, interval.error());
        }
        double hours = *interval;
        // "frequency" doses per period: the spacing is period / frequency.
        if (const Value *freq = child(rep, "frequency")) {
            const double f = numberAt(e, freq, field + QStringLiteral(".frequency"));
            if (f < 1 || f != std::floor(f))
                rejectIn(e, field + QStringLiteral(".frequency"), freq,
                         QStringLiteral("frequency %1 is not a positive whole number").arg(number(f)));
            hours /= f;
        }
        m_facts.doseIntervalHours = {hours, {}, sourceOf(e, QStringLiteral("timing.repeat"))};
    }

    void readQuantity(const Entry &e, const Value *q)
    {
        const QString field = QStringLiteral("dispenseRequest.quantity");
        const double value = numberAt(e, child(q, "value"), field + QStringLiteral(".value"));
        const QString unit = unitOf(q);
        const auto mcg = FactValidator::quantityMcg(value, unit);
        if (!mcg && m_facts.doseUnit == QLatin1String("{genome_copies}/kg") && !FactValidator::quantityMcg(1, unit))
            return; // a gene therapy kit count, not an amount of factor
        if (!mcg)
            rejectIn(e, field + (value < 0 ? QStringLiteral(".value") : QStringLiteral(".unit")), value < 0 ? child(q, "value") : q,
                     mcg.error());
        m_facts.quantityMcg = {*mcg, {}, sourceOf(e, QStringLiteral("dispenseRequest.quantity"))};
    }

    void readSupply(const Entry &e, const Value *d)
    {
        const QString field = QStringLiteral("dispenseRequest.expectedSupplyDuration");
        const double value = numberAt(e, child(d, "value"), field + QStringLiteral(".value"));
        const QString unit = unitOf(d);
        const auto days = FactValidator::supplyDays(value, unit);
        if (!days) {
            const bool unitWrong = !FactValidator::supplyDays(1, unit);
            rejectIn(e, field + (unitWrong ? QStringLiteral(".unit") : QStringLiteral(".value")), unitWrong ? d : child(d, "value"),
                     days.error());
        }
        m_facts.supplyDays = {*days, {}, sourceOf(e, QStringLiteral("expectedSupplyDuration"))};
    }

    void readCondition(const Entry &e)
    {
        const Value *r = e.resource;
        const auto verification = codings(e, child(r, "verificationStatus"), QStringLiteral("verificationStatus"));
        for (const auto &v : verification)
            if (v.second == QLatin1String("entered-in-error") || v.second == QLatin1String("refuted"))
                return;
        const auto codes = codings(e, child(r, "code"), QStringLiteral("code"));
        for (const auto &c : codes) {
            if (c.first != kIcd10)
                continue;
            if (auto s = FactValidator::diagnosisCode(c.second); !s)
                rejectIn(e, QStringLiteral("code.coding"), child(r, "code"), s.error());
            QString display = stringAt(e, path(r, {"code", "text"}), QStringLiteral("code.text"));
            m_facts.diagnoses.append({c.second, display, false, sourceOf(e, c.second)});
            m_diagnosisEntry.append(e.index);
        }
    }

    void readObservation(const Entry &e)
    {
        const Value *r = e.resource;
        if (const Value *status = child(r, "status"); status && status->isString()) {
            const QString s = status->toString();
            if (s == QLatin1String("entered-in-error") || s == QLatin1String("cancelled"))
                return;
        }
        const auto codes = codings(e, child(r, "code"), QStringLiteral("code"));
        const LabDefinition *lab = nullptr;
        QString code;
        for (const auto &c : codes) {
            if ((lab = LabCatalog::byCode(c.first, c.second))) {
                code = c.second;
                break;
            }
        }
        if (!lab)
            return; // not a lab any policy uses

        Measurement m;
        m.source = sourceOf(e, code);
        ParsedDate when;
        if (const Value *v = child(r, "effectiveDateTime"))
            when = dateTimeAt(e, v, QStringLiteral("effectiveDateTime"));
        else if (const Value *v = child(r, "effectiveInstant"))
            when = dateTimeAt(e, v, QStringLiteral("effectiveInstant"));
        else if (const Value *p = objectAt(e, child(r, "effectivePeriod"), QStringLiteral("effectivePeriod"))) {
            if (const Value *end = child(p, "end"))
                when = dateTimeAt(e, end, QStringLiteral("effectivePeriod.end"));
            else
                when = dateTimeAt(e, child(p, "start"), QStringLiteral("effectivePeriod.start"));
        }
        m.date = when.date;
        m.time = when.time;
        // A result without a date is kept (the reviewer sees it undated); a dated one may not follow the request.
        if (m.date.isValid())
            if (auto s = FactValidator::labDate(*lab, m.date, referenceDate()); !s)
                rejectIn(e, QStringLiteral("effective"), r, s.error());

        switch (lab->kind) {
        case LabDefinition::ValueKind::Quantity:
            readQuantityValue(e, *lab, m);
            break;
        case LabDefinition::ValueKind::Integer:
            readStage(e, *lab, m);
            break;
        case LabDefinition::ValueKind::Titer:
            readTiter(e, *lab, m);
            break;
        }
        m_facts.labs[lab->name].append(m);
    }

    void readQuantityValue(const Entry &e, const LabDefinition &lab, Measurement &m)
    {
        const Value *q = child(e.resource, "valueQuantity");
        if (!q) {
            if (child(e.resource, "dataAbsentReason"))
                return; // e.g. "not performed": the result is absent
            rejectIn(e, QStringLiteral("valueQuantity"), nullptr,
                     QStringLiteral("%1 has no valueQuantity").arg(lab.description));
        }
        objectAt(e, q, QStringLiteral("valueQuantity"));
        const double value = numberAt(e, child(q, "value"), QStringLiteral("valueQuantity.value"));
        const QString unit = unitOf(q);
        const auto canonical = FactValidator::labQuantity(lab, value, unit);
        if (!canonical) {
            const bool unitWrong = !LabCatalog::conversionFactor(lab, unit);
            // The field at fault: the unit, the value itself, or the two together (implausible).
            const bool valueWrong = value <= 0 || !std::isfinite(value);
            rejectIn(e, unitWrong ? QStringLiteral("valueQuantity.code") : valueWrong ? QStringLiteral("valueQuantity.value") : QStringLiteral("valueQuantity"),
                     unitWrong ? q : valueWrong ? child(q, "value") : q, canonical.error());
        }
        m.value = *canonical;
        m.unit = lab.canonicalUnit;
        m.originalValue = number(value) + QLatin1Char(' ') + unit;
        if (const Value *ranges = arrayAt(e, child(e.resource, "referenceRange"), QStringLiteral("referenceRange"));
            ranges && ranges->size()) {
            if (const Value *high = child(&ranges->at(0), "high")) {
                const double h = numberAt(e, child(high, "value"), QStringLiteral("referenceRange[0].high.value"));
                // A range sent without its own unit is in the result's unit.
                const QString hu = unitOf(high).isEmpty() ? unit : unitOf(high);
                const auto limit = FactValidator::upperLimit(lab, h, hu);
                if (!limit) {
                    const bool unitWrong = !LabCatalog::conversionFactor(lab, hu);
                    rejectIn(e, unitWrong ? QStringLiteral("referenceRange[0].high.code") : QStringLiteral("referenceRange[0].high.value"),
                             unitWrong ? high : child(high, "value"), limit.error());
                }
                m.upperLimit = *limit;
            }
        }
    }

    void readStage(const Entry &e, const LabDefinition &lab, Measurement &m)
    {
        const Value *r = e.resource;
        double stage = -1;
        const Value *at = nullptr;
        if ((at = child(r, "valueInteger"))) {
            stage = numberAt(e, at, QStringLiteral("valueInteger"));
        } else if ((at = child(r, "valueQuantity"))) {
            stage = numberAt(e, child(at, "value"), QStringLiteral("valueQuantity.value"));
        } else if ((at = child(r, "valueString"))) {
            QString s = stringAt(e, at, QStringLiteral("valueString")).trimmed().toUpper();
            if (s.startsWith(QLatin1Char('F')))
                s = s.mid(1);
            bool ok = false;
            stage = s.toInt(&ok);
            if (!ok)
                stage = -1;
        } else {
            rejectIn(e, QStringLiteral("value"), r, QStringLiteral("%1 has no value").arg(lab.description));
        }
        if (auto s = FactValidator::stage(lab, stage); !s)
            rejectIn(e, QStringLiteral("value"), at, s.error());
        m.value = stage;
        m.text = QStringLiteral("F%1").arg(int(stage));
        m.originalValue = m.text;
    }

    void readTiter(const Entry &e, const LabDefinition &lab, Measurement &m)
    {
        const Value *v = child(e.resource, "valueString");
        if (!v)
            rejectIn(e, QStringLiteral("valueString"), e.resource,
                     QStringLiteral("%1 has no valueString (\"1:678\" or \"not detected\")").arg(lab.description));
        const QString text = stringAt(e, v, QStringLiteral("valueString"));
        const auto titer = FactValidator::titer(lab, text);
        if (!titer)
            rejectIn(e, QStringLiteral("valueString"), v, titer.error());
        m.value = *titer;
        m.text = text;
        m.originalValue = text;
    }

    void readQuestionnaireResponse(const Entry &e)
    {
        const Value *r = e.resource;
        QDate authored;
        if (const Value *a = child(r, "authored"))
            authored = dateAt(e, a, QStringLiteral("authored"));
        if (const Value *items = arrayAt(e, child(r, "item"), QStringLiteral("item")))
            readItems(e, items, QStringLiteral("item"), authored);
    }

    void readItems(const Entry &e, const Value *items, const QString &field, const QDate &authored)
    {
        for (int i = 0; i < items->size(); ++i) {
            // The field names are spelled out only for a rejection, as in codings().
            const auto f = [&] { return field + QStringLiteral("[%1]").arg(i); };
            const auto af = [&] { return f() + QStringLiteral(".answer[0]"); };
            const Value *item = &items->at(i);
            if (!item->isObject())
                objectAt(e, item, f());
            const Value *link = child(item, "linkId");
            if (link && !link->isString())
                stringAt(e, link, f() + QStringLiteral(".linkId"));
            const QString linkId = link ? link->toString() : QString();
            if (const Value *nested = child(item, "item")) {
                if (!nested->isArray())
                    arrayAt(e, nested, f() + QStringLiteral(".item"));
                readItems(e, nested, f() + QStringLiteral(".item"), authored);
            }
            const auto kind = FactValidator::answerType(linkId);
            if (!kind)
                continue;
            const Value *answers = child(item, "answer");
            if (answers && !answers->isArray())
                arrayAt(e, answers, f() + QStringLiteral(".answer"));
            if (!answers || answers->size() == 0)
                continue; // no answer: unknown
            const Value *answer = &answers->at(0);
            if (!answer->isObject())
                objectAt(e, answer, af());
            QVariant value;
            switch (*kind) {
            case AnswerType::Boolean: {
                const Value *b = child(answer, "valueBoolean");
                if (!b || !b->isBool())
                    rejectIn(e, af(), answer, QStringLiteral("\"%1\" needs a valueBoolean").arg(linkId));
                value = b->toBool();
                break;
            }
            case AnswerType::Integer: {
                const Value *n = child(answer, "valueInteger");
                if (!n || !n->isNumber() || !n->isIntegerLiteral())
                    rejectIn(e, af(), n ? n : answer, QStringLiteral("\"%1\" needs a valueInteger (a whole number)").arg(linkId));
                if (auto s = FactValidator::integerAnswer(linkId, n->toDouble()); !s)
                    rejectIn(e, af() + QStringLiteral(".valueInteger"), n, s.error());
                value = qlonglong(n->toDouble());
                break;
            }
            case AnswerType::Code: {
                QString code;
                if (const Value *c = child(answer, "valueCoding")) {
                    const Value *cv = child(c, "code");
                    if (cv && !cv->isString())
                        stringAt(e, cv, af() + QStringLiteral(".valueCoding.code"));
                    code = cv ? cv->toString() : QString();
                } else if (const Value *s = child(answer, "valueString")) {
                    if (!s->isString())
                        stringAt(e, s, af() + QStringLiteral(".valueString"));
                    code = s->toString();
                }
                else
                    rejectIn(e, af(), answer, QStringLiteral("\"%1\" needs a valueCoding").arg(linkId));
                if (auto s = FactValidator::codeAnswer(linkId, code); !s)
                    rejectIn(e, af(), answer, s.error());
                value = code;
                break;
            }
            }
            // A later QuestionnaireResponse answers for the same item win.
            auto existing = m_facts.attestations.constFind(linkId);
            if (existing != m_facts.attestations.constEnd() && existing->date > authored)
                continue;
            m_facts.attestations.insert(linkId, {value, authored, sourceOf(e, linkId)});
        }
    }

    void readDocumentReference(const Entry &e)
    {
        const Value *r = e.resource;
        const Value *content = arrayAt(e, child(r, "content"), QStringLiteral("content"));
        if (!content || content->size() == 0)
            rejectIn(e, QStringLiteral("content"), r, QStringLiteral("has no content"));
        const Value *att = objectAt(e, child(&content->at(0), "attachment"), QStringLiteral("content[0].attachment"));
        if (!att)
            rejectIn(e, QStringLiteral("content[0].attachment"), &content->at(0), QStringLiteral("is missing"));
        AttachmentData a;
        a.title = stringAt(e, child(att, "title"), QStringLiteral("content[0].attachment.title"));
        a.contentType = stringAt(e, child(att, "contentType"), QStringLiteral("content[0].attachment.contentType"));
        a.description = stringAt(e, child(r, "description"), QStringLiteral("description"));
        if (a.description.isEmpty())
            a.description = stringAt(e, path(r, {"type", "text"}), QStringLiteral("type.text"));
        a.source = sourceOf(e, a.title);
        if (const Value *data = child(att, "data")) {
            const QString b64 = stringAt(e, data, QStringLiteral("content[0].attachment.data"));
            if (auto bytes = decodePaddedBase64(b64)) {
                a.bytes = std::move(*bytes);
                m_facts.attachments.append(a);
                return;
            }
            // base64Binary may carry whitespace (line breaks every 76 characters).
            // One pass over the (often megabytes of) data, not one per kind of space.
            QByteArray compact = b64.toLatin1();
            compact.erase(std::remove_if(compact.begin(), compact.end(),
                                         [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }),
                          compact.end());
            const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                rejectIn(e, QStringLiteral("content[0].attachment.data"), data,
                         QStringLiteral("is not valid base64"));
            a.bytes = *decoded;
        } else if (const Value *url = child(att, "url")) {
            a.url = stringAt(e, url, QStringLiteral("content[0].attachment.url"));
        } else {
            rejectIn(e, QStringLiteral("content[0].attachment"), att, QStringLiteral("has neither data nor url"));
        }
        m_facts.attachments.append(a);
    }

    // ---- cross-entry facts -------------------------------------------------------

    void resolvePrescriber()
    {
        const Entry *practitioner = nullptr;
        const Entry *role = nullptr;
        if (m_request) {
            if (const Entry *req = resolveField(child(m_request->resource, "requester"))) {
                if (req->type == QLatin1String("Practitioner"))
                    practitioner = req;
                else if (req->type == QLatin1String("PractitionerRole"))
                    role = req;
            }
        }
        if (!practitioner && !role) {
            // Without a requester, a bundle with exactly one practitioner names it.
            const Entry *only = nullptr;
            int count = 0;
            for (const Entry &e : m_entries)
                if (e.type == QLatin1String("Practitioner")) {
                    only = &e;
                    ++count;
                }
            if (count == 1)
                practitioner = only;
        }
        if (role && !practitioner)
            practitioner = resolveField(child(role->resource, "practitioner"));

        QVector<const Entry *> roles;
        if (role)
            roles.append(role);
        if (practitioner) {
            for (const Entry &e : m_entries) {
                if (e.type != QLatin1String("PractitionerRole") || &e == role)
                    continue;
                if (resolveField(child(e.resource, "practitioner")) == practitioner)
                    roles.append(&e);
            }
            const QString name = humanName(child(practitioner->resource, "name"));
            if (!name.isEmpty())
                m_facts.prescriberName = {name, {}, sourceOf(*practitioner, QStringLiteral("name"))};
            if (const Value *ids = child(practitioner->resource, "identifier"); ids && ids->isArray())
                for (int i = 0; i < ids->size(); ++i) {
                    const Value *sys = child(&ids->at(i), "system");
                    if (sys && sys->isString() && sys->toString() == kNpi) {
                        const QString npi = stringAt(*practitioner, child(&ids->at(i), "value"),
                                                     QStringLiteral("identifier[%1].value").arg(i));
                        if (auto s = FactValidator::npi(npi); !s)
                            rejectIn(*practitioner, QStringLiteral("identifier[%1].value").arg(i),
                                     child(&ids->at(i), "value"), s.error());
                        m_facts.prescriberNpi = {npi, {}, sourceOf(*practitioner, QStringLiteral("NPI"))};
                    }
                }
            if (const Value *quals = child(practitioner->resource, "qualification"); quals && quals->isArray())
                for (int i = 0; i < quals->size(); ++i)
                    addTaxonomies(*practitioner,
                                  codings(*practitioner, child(&quals->at(i), "code"),
                                          QStringLiteral("qualification[%1].code").arg(i)));
        }
        for (const Entry *r : roles) {
            addTaxonomies(*r, codings(*r, child(r->resource, "specialty"), QStringLiteral("specialty")));
            if (const Entry *org = resolveField(child(r->resource, "organization"))) {
                const auto types = codings(*org, child(org->resource, "type"), QStringLiteral("type"));
                for (const auto &t : types)
                    if (t.first == kOrganizationType && t.second == QLatin1String("htc")) {
                        m_facts.prescriberAtHtc = {true, {}, sourceOf(*org, QStringLiteral("type htc"))};
                        const Value *name = child(org->resource, "name");
                        m_facts.htcName = name && name->isString() ? name->toString() : QString();
                    }
            }
        }

        // The structured resource wins over an attestation; the reviewer sees
        // the conflict. The items are those the prescriber rules read (rules.json).
        const Catalog &catalog = Catalog::current();
        const SpecialRule *htcRule = catalog.specialRuleByLogic(QStringLiteral("htc-affiliation"));
        const SpecialRule *hematologistRule = catalog.specialRuleByLogic(QStringLiteral("hematologist"));
        if (const auto att = m_facts.attestation(htcRule ? htcRule->attestation(QStringLiteral("affiliated")) : QString());
            att && m_facts.prescriberAtHtc.has() && att->value.toBool() != *m_facts.prescriberAtHtc)
            m_facts.notes << QStringLiteral("HTC affiliation: %1 says yes, but the attestation (%2) says no")
                                 .arg(m_facts.prescriberAtHtc.source, att->source);
        const PrescriberKind *hematologyKind = hematologistRule ? catalog.prescriberKind(hematologistRule->prescriberKind) : nullptr;
        const bool hematology = hematologyKind
                                && std::any_of(m_facts.prescriberTaxonomies.cbegin(), m_facts.prescriberTaxonomies.cend(),
                                               [&](const QString &c) { return hematologyKind->includes(c); });
        if (const auto att = m_facts.attestation(hematologistRule ? hematologistRule->attestation(QStringLiteral("hematologist")) : QString());
            att && hematology && !att->value.toBool())
            m_facts.notes << QStringLiteral("Hematologist: taxonomy %1 says yes, but the attestation (%2) says no")
                                 .arg(m_facts.prescriberTaxonomies.join(QLatin1Char(',')), att->source);
        for (const QString &ref : std::as_const(m_unresolved))
            m_facts.notes << QStringLiteral("reference %1 points outside the bundle (kept unresolved)").arg(ref);
        if (m_facts.notes.size() > 50) {
            const int more = m_facts.notes.size() - 50;
            m_facts.notes = m_facts.notes.mid(0, 50);
            m_facts.notes << QStringLiteral("… and %1 more unresolved references").arg(more);
        }
    }

    void addTaxonomies(const Entry &e, const QVector<QPair<QString, QString>> &codes)
    {
        for (const auto &c : codes)
            if (c.first == kNucc && !m_facts.prescriberTaxonomies.contains(c.second)) {
                m_facts.prescriberTaxonomies << c.second;
                m_facts.prescriberTaxonomySource = sourceOf(e, QStringLiteral("NUCC %1").arg(c.second));
            }
    }

    void resolveDiagnoses()
    {
        // Conditions named by reasonReference are the diagnoses under review.
        // A reasonCode that repeats a Condition's code is that Condition.
        QVector<Diagnosis> merged;
        int conditionIndex = 0;
        for (const auto &d : std::as_const(m_facts.diagnoses))
            if (d.forRequest)
                merged.append(d);
        for (const auto &d : std::as_const(m_facts.diagnoses)) {
            if (d.forRequest)
                continue;
            const int entry = conditionIndex < m_diagnosisEntry.size() ? m_diagnosisEntry[conditionIndex] : -1;
            ++conditionIndex;
            const bool named = m_requestReasons.contains(entry);
            auto same = std::find_if(merged.begin(), merged.end(), [&](const Diagnosis &x) { return x.forRequest && x.code == d.code; });
            if (same != merged.end()) {
                same->source = d.source; // the Condition is the better evidence
                same->display = d.display;
                continue;
            }
            Diagnosis copy = d;
            copy.forRequest = named;
            merged.append(copy);
        }
        m_facts.diagnoses = merged;
    }

    const Value &m_root;
    QDate m_today;
    QDate m_referenceDate;
    const Value *m_entryArray = nullptr;
    QVector<Entry> m_entries;
    QHash<QString, int> m_byUrl;
    QHash<QString, int> m_byTypeId;
    QSet<QString> m_unresolved;
    const Entry *m_patient = nullptr;
    const Entry *m_request = nullptr;
    QSet<int> m_requestReasons;
    QVector<int> m_diagnosisEntry; // entry index of each Condition-sourced diagnosis, in order
    CaseFacts m_facts;
};

// Where in the bundle a JSON-level error sits ("entry[7] valueQuantity.value"),
// found by a light scan of the text up to the error's line and column (1-based,
// columns in bytes). Used when the strict reader refuses the text, so the
// message can still name the entry and the field.
QString locateInBundle(const QByteArray &data, int line, int column)
{
    qsizetype offset = 0;
    for (int l = 1; l < line && offset < data.size(); ++offset)
        if (data[offset] == '\n')
            ++l;
    offset = qMin(data.size(), offset + column - 1);

    struct Frame
    {
        bool object;
        QString key;
        int index = 0;
        bool expectKey = true;
    };
    QVector<Frame> stack;
    auto readString = [&](qsizetype &i) {
        QByteArray out;
        for (++i; i < data.size() && data[i] != '"'; ++i) {
            if (data[i] == '\\' && i + 1 < data.size())
                ++i;
            out += data[i];
        }
        return QString::fromUtf8(out);
    };
    QString keyAtError;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"') {
            const qsizetype start = i;
            const QString text = readString(i);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                stack.last().key = text;
                stack.last().expectKey = false;
            }
            Q_UNUSED(start);
        } else if (c == '{') {
            stack.append({true, {}, 0, true});
        } else if (c == '[') {
            stack.append({false, {}, 0, false});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty()) {
                if (stack.last().object) {
                    stack.last().expectKey = true;
                    stack.last().key.clear();
                } else {
                    ++stack.last().index;
                }
            }
        }
    }
    // An error on a key names that key.
    if (offset < data.size() && data[offset] == '"' && !stack.isEmpty() && stack.last().object && stack.last().expectKey) {
        qsizetype i = offset;
        keyAtError = readString(i);
    }
    QStringList parts;
    for (const Frame &f : std::as_const(stack)) {
        if (f.object) {
            if (!f.key.isEmpty())
                parts << f.key;
        } else if (!parts.isEmpty()) {
            parts.last() += QStringLiteral("[%1]").arg(f.index);
        }
    }
    if (!keyAtError.isEmpty())
        parts << keyAtError;
    QString path = parts.join(QLatin1Char('.'));
    static const QRegularExpression entry(QStringLiteral("^(entry\\[\\d+\\])(?:\\.resource)?\\.?"));
    const auto m = entry.match(path);
    if (m.hasMatch())
        path = m.captured(1) + QLatin1Char(' ') + path.mid(m.capturedLength());
    return path.trimmed();
}

} // namespace

Result<CaseFacts> FhirImporter::import(const QByteArray &data, const QDate &today)
{
    if (data.size() > MaxBundleBytes)
        return Error{QStringLiteral("bundle of %1 bytes is larger than %2 MiB: too large to be a request")
                         .arg(data.size())
                         .arg(MaxBundleBytes / (1024 * 1024))};
    json::Limits limits;
    limits.maxBytes = MaxBundleBytes;
    auto parsed = json::parse(data, limits);
    if (!parsed) {
        static const QRegularExpression position(QStringLiteral("^line (\\d+), column (\\d+): "));
        const auto m = position.match(parsed.error());
        const QString where = m.hasMatch() ? locateInBundle(data, m.captured(1).toInt(), m.captured(2).toInt()) : QString();
        if (!where.isEmpty())
            return Error{QStringLiteral("%1: not valid JSON: %2").arg(where, parsed.error())};
        return Error{QStringLiteral("not valid JSON: %1").arg(parsed.error())};
    }
    try {
        BundleReader reader(*parsed.value(), today);
        return reader.read();
    } catch (const Rejection &r) {
        return Error{r.message};
    }
}

void FhirImporter::attribute(CaseFacts &facts, const QString &bundle, const QString &importedBy)
{
    // Stored as it is: provenance is a record, kept in the words it was made in.
    auto named = [&](const QString &source) {
        const QString where = source.isEmpty() ? bundle : QStringLiteral("%1 %2").arg(bundle, source);
        return importedBy.isEmpty() ? where : QStringLiteral("%1, imported by %2").arg(where, importedBy);
    };
    for (Sourced<QString> *s : {&facts.memberName, &facts.memberId, &facts.sexAtBirth, &facts.payer, &facts.plan,
                                &facts.lineOfBusiness, &facts.prescriberName, &facts.prescriberNpi, &facts.drug})
        if (s->has())
            s->source = named(s->source);
    if (facts.birthDate.has())
        facts.birthDate.source = named(facts.birthDate.source);
    if (facts.prescriberAtHtc.has())
        facts.prescriberAtHtc.source = named(facts.prescriberAtHtc.source);
    for (Sourced<double> *s : {&facts.dosePerKg, &facts.doseIntervalHours, &facts.quantityMcg, &facts.supplyDays})
        if (s->has())
            s->source = named(s->source);
    if (!facts.prescriberTaxonomies.isEmpty())
        facts.prescriberTaxonomySource = named(facts.prescriberTaxonomySource);
    for (Diagnosis &d : facts.diagnoses)
        d.source = named(d.source);
    for (auto &series : facts.labs)
        for (Measurement &m : series)
            m.source = named(m.source);
    for (Attestation &a : facts.attestations)
        a.source = named(a.source);
    for (AttachmentData &a : facts.attachments)
        a.source = named(a.source);
}

} // namespace pareview
