#include "store/CaseStore.h"
#include "store/Worklist.h"

#include "catalog/Catalog.h"
#include "core/Units.h"
#include "intake/FactValidator.h"
#include "intake/LabCatalog.h"
#include "store/AuditLog.h"
#include "store/ContentType.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <algorithm>
#include <QCryptographicHash>
#include <QMap>
#include <QRegularExpression>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

namespace pareview {

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

template<typename T>
QVariant optionalValue(const Sourced<T> &s)
{
    if (!s.has())
        return QVariant(QMetaType::fromType<T>());
    return QVariant::fromValue(*s);
}

// The electronic intake channel has no row in users: its id is stored as NULL.
QVariant userId(const User &u)
{
    return u.id > 0 ? QVariant(u.id) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> auditUser(const User &u)
{
    return u.id > 0 ? std::optional<qint64>(u.id) : std::nullopt;
}

// A refused attempt is refused in the model, whatever the UI shows, and
// audited in a transaction of its own.
Status requireRole(Database &db, std::optional<qint64> caseId, const User &actor, std::initializer_list<Role> allowed,
                   const char *what)
{
    for (Role r : allowed)
        if (actor.role == r)
            return success();
    // The audit trail keeps the English record; the person reads their language.
    const QString action = QString::fromLatin1(what);
    const QString why = QStringLiteral("%1 (%2) may not %3").arg(actor.name, roleTitle(actor.role), action);
    Transaction t(db);
    if (t.started() && AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("refused.") + QString(action).replace(QLatin1Char(' '), QLatin1Char('-')), why}))
        (void)t.commit();
    return Error{QCoreApplication::translate("CaseStore", "%1 (%2) may not %3")
                     .arg(actor.name, roleTitle(actor.role), QCoreApplication::translate("CaseStore", what))};
}

// A file name is never used as a path: keep the last component, drop
// control characters, cap its length.
QString safeFileName(const QString &name)
{
    QString base = QFileInfo(QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
    QString out;
    for (QChar c : std::as_const(base))
        if (c.unicode() >= 0x20 && c != QLatin1Char('/'))
            out.append(c);
    out = out.trimmed().left(200);
    if (out.isEmpty() || out == QLatin1String(".") || out == QLatin1String(".."))
        out = QStringLiteral("attachment");
    return out;
}

// The columns of a case that come from the request's facts: the same for a
// new case and for a draft saved again.
QVariantMap requestValues(const CaseFacts &f)
{
    const auto requestType = f.attestation(Catalog::current().requestFieldId(AttestationItem::RequestRole::Type));
    const QString priority = f.priority.isEmpty() ? QStringLiteral("standard") : f.priority;
    return {
         {QStringLiteral("member_name"), text(f.memberName.value.value_or(QString()))},
         {QStringLiteral("member_id"), text(f.memberId.value.value_or(QString()))},
         {QStringLiteral("birth_date"), f.birthDate.has() ? QVariant(f.birthDate->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString))},
         {QStringLiteral("sex"), nullable(f.sexAtBirth.value.value_or(QString()))},
         {QStringLiteral("language"), f.language.isEmpty() ? QStringLiteral("en") : f.language},
         {QStringLiteral("payer"), text(f.payer.value.value_or(QString()))},
         {QStringLiteral("plan"), text(f.plan.value.value_or(QString()))},
         {QStringLiteral("lob"), nullable(f.lineOfBusiness.value.value_or(QString()))},
         {QStringLiteral("prescriber_name"), text(f.prescriberName.value.value_or(QString()))},
         {QStringLiteral("npi"), text(f.prescriberNpi.value.value_or(QString()))},
         {QStringLiteral("taxonomies"), text(f.prescriberTaxonomies.join(QLatin1Char(',')))},
         {QStringLiteral("htc"), f.prescriberAtHtc.has() ? QVariant(int(*f.prescriberAtHtc)) : QVariant(QMetaType(QMetaType::Int))},
         {QStringLiteral("htc_name"), text(f.htcName)},
         {QStringLiteral("drug"), nullable(f.drug.value.value_or(QString()))},
         {QStringLiteral("drug_text"), text(f.drugText)},
         {QStringLiteral("hcpcs"), text(f.hcpcs)},
         {QStringLiteral("ndc"), text(f.ndc)},
         {QStringLiteral("dose"), optionalValue(f.dosePerKg)},
         {QStringLiteral("dose_unit"), text(f.doseUnit)},
         {QStringLiteral("interval"), optionalValue(f.doseIntervalHours)},
         {QStringLiteral("quantity"), optionalValue(f.quantityMcg)},
         {QStringLiteral("supply"), optionalValue(f.supplyDays)},
         {QStringLiteral("request_type"), requestType ? requestType->value.toString() : QStringLiteral("initial")},
         {QStringLiteral("priority"), priority}
    };
}

// Writes the request's columns of a case (the values of requestValues plus
// :id, :v, :now and, when `withDue`, :due_by), guarded by the row version.
Result<QSqlQuery> updateRequestColumns(Database &db, const QVariantMap &values, bool withDue)
{
    return db.exec(
        QStringLiteral("UPDATE cases SET member_name = :member_name, member_id = :member_id, birth_date = :birth_date, sex_at_birth = :sex, language = :language,"
                       " payer = :payer, plan = :plan, line_of_business = :lob, prescriber_name = :prescriber_name, prescriber_npi = :npi,"
                       " prescriber_taxonomies = :taxonomies, prescriber_at_htc = :htc, htc_name = :htc_name, drug = :drug, drug_text = :drug_text,"
                       " hcpcs = :hcpcs, ndc = :ndc, dose_per_kg = :dose, dose_unit = :dose_unit, dose_interval_hours = :interval,"
                       " quantity_mcg = :quantity, supply_days = :supply, request_type = :request_type, priority = :priority,%1"
                       " row_version = row_version + 1, updated_at = :now WHERE id = :id AND row_version = :v")
            .arg(withDue ? QStringLiteral(" due_by = :due_by,") : QString()),
        values);
}

// Field names and values of the correction history are stored in English
// and translated where they are shown (context "CaseStore"): the history
// reads the same for a colleague who works in the other language.
QString en(const char *text)
{
    return QString::fromUtf8(text);
}

// Provenance of a bundle entry without what was read from it
// ("hg-01.json entry[2] Patient, imported by nurse"): where a value the
// importer read from the entry as a whole came from. Anything else as it is.
QString entryOf(const QString &source)
{
    static const QRegularExpression re(QStringLiteral("^(.*entry\\[\\d+\\] \\w+)(?: [^,]*)?(, imported by .+)?$"));
    const auto m = re.match(source);
    return m.hasMatch() ? m.captured(1) + m.captured(2) : source;
}

// The bundle a source names ("hg-01.json, imported by nurse"): the request
// as a whole; the entry where the source names no bundle.
QString bundleOf(const QString &source)
{
    static const QRegularExpression re(QStringLiteral("^(.+?) entry\\[\\d+\\] .*?(, imported by .+)?$"));
    const auto m = re.match(source);
    return m.hasMatch() ? m.captured(1) + m.captured(2) : entryOf(source);
}

// One case-level value: a stable code, its name and value for people (in
// English, shown through the "CaseStore" context) and where it came from.
struct CaseField
{
    QString field;
    QString label;
    QString value;
    QString source;
};

// The case-level values of a request, in the intake form's order: what the
// correction history compares and what case_field_sources records. Values
// without a source of their own take the one of the record they were read
// from: the letters' language the member's, the priority the request's.
QVector<CaseField> caseFields(const CaseFacts &f)
{
    auto str = [](const Sourced<QString> &s) { return s.value.value_or(QString()); };
    auto quantity = [](const Sourced<double> &s, const QString &unit) { return s.has() ? readableQuantity(*s, unit) : QString(); };
    const auto requestType = f.attestation(Catalog::current().requestFieldId(AttestationItem::RequestRole::Type));
    const QString yes = en(QT_TRANSLATE_NOOP("CaseStore", "yes")), no = en(QT_TRANSLATE_NOOP("CaseStore", "no"));
    return {
        {QStringLiteral("member_name"), en(QT_TRANSLATE_NOOP("CaseStore", "Member name")), str(f.memberName), f.memberName.source},
        {QStringLiteral("member_id"), en(QT_TRANSLATE_NOOP("CaseStore", "Member ID")), str(f.memberId), f.memberId.source},
        {QStringLiteral("birth_date"), en(QT_TRANSLATE_NOOP("CaseStore", "Birth date")),
         f.birthDate.has() ? f.birthDate->toString(Qt::ISODate) : QString(), f.birthDate.source},
        {QStringLiteral("sex_at_birth"), en(QT_TRANSLATE_NOOP("CaseStore", "Sex at birth")), str(f.sexAtBirth), f.sexAtBirth.source},
        {QStringLiteral("language"), en(QT_TRANSLATE_NOOP("CaseStore", "Letters in")), f.language, entryOf(f.memberName.source)},
        {QStringLiteral("payer"), en(QT_TRANSLATE_NOOP("CaseStore", "Payer")), str(f.payer), f.payer.source},
        {QStringLiteral("plan"), en(QT_TRANSLATE_NOOP("CaseStore", "Plan")), str(f.plan), f.plan.source},
        {QStringLiteral("line_of_business"), en(QT_TRANSLATE_NOOP("CaseStore", "Line of business")), str(f.lineOfBusiness),
         f.lineOfBusiness.source},
        {QStringLiteral("prescriber_name"), en(QT_TRANSLATE_NOOP("CaseStore", "Prescriber")), str(f.prescriberName), f.prescriberName.source},
        {QStringLiteral("prescriber_npi"), en(QT_TRANSLATE_NOOP("CaseStore", "NPI")), str(f.prescriberNpi), f.prescriberNpi.source},
        {QStringLiteral("prescriber_taxonomies"), en(QT_TRANSLATE_NOOP("CaseStore", "Specialty")),
         f.prescriberTaxonomies.join(QStringLiteral(", ")), f.prescriberTaxonomySource},
        {QStringLiteral("prescriber_at_htc"), en(QT_TRANSLATE_NOOP("CaseStore", "At a Hemophilia Treatment Center")),
         f.prescriberAtHtc.has() ? (*f.prescriberAtHtc ? yes : no) : QString(), f.prescriberAtHtc.source},
        {QStringLiteral("drug"), en(QT_TRANSLATE_NOOP("CaseStore", "Drug")), str(f.drug), f.drug.source},
        {QStringLiteral("dose_per_kg"), en(QT_TRANSLATE_NOOP("CaseStore", "Dose")), quantity(f.dosePerKg, f.doseUnit), f.dosePerKg.source},
        {QStringLiteral("dose_interval_hours"), en(QT_TRANSLATE_NOOP("CaseStore", "Every")), quantity(f.doseIntervalHours, QStringLiteral("h")),
         f.doseIntervalHours.source},
        {QStringLiteral("quantity_mcg"), en(QT_TRANSLATE_NOOP("CaseStore", "Quantity")), quantity(f.quantityMcg, QStringLiteral("ug")),
         f.quantityMcg.source},
        {QStringLiteral("supply_days"), en(QT_TRANSLATE_NOOP("CaseStore", "Supply")), quantity(f.supplyDays, QStringLiteral("d")),
         f.supplyDays.source},
        {QStringLiteral("priority"), en(QT_TRANSLATE_NOOP("CaseStore", "Priority")), f.priority, entryOf(f.drug.source)},
        {QStringLiteral("request_type"), en(QT_TRANSLATE_NOOP("CaseStore", "Request type")),
         requestType ? requestType->value.toString() : QString(), requestType ? requestType->source : QString()},
        {QStringLiteral("received_at"), en(QT_TRANSLATE_NOOP("CaseStore", "Received")),
         f.received.isValid() ? Database::storedTime(f.received.toUTC()) : QString(), bundleOf(f.drug.source)},
    };
}

// Every fact of a case as (field for people, value for people), keyed so the
// stored and the corrected facts line up: what a correction compares and
// what the history shows.
QMap<QString, QPair<QString, QString>> readableFacts(const CaseFacts &f)
{
    QMap<QString, QPair<QString, QString>> out;
    auto put = [&](const QString &key, const QString &field, const QString &value) {
        if (!value.isEmpty())
            out.insert(key, {field, value});
    };
    // The request type is an answer (below); the received time never changes.
    const QVector<CaseField> fields = caseFields(f);
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].field != QLatin1String("request_type") && fields[i].field != QLatin1String("received_at"))
            put(QStringLiteral("%1 %2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(fields[i].field), fields[i].label, fields[i].value);
    QStringList codes;
    for (const Diagnosis &d : f.diagnoses)
        codes << d.code;
    put(QStringLiteral("19 diagnoses"), en(QT_TRANSLATE_NOOP("CaseStore", "Diagnoses")), codes.join(QStringLiteral(", ")));
    for (auto it = f.labs.cbegin(); it != f.labs.cend(); ++it) {
        const LabDefinition *lab = LabCatalog::byName(it.key());
        const QString name = lab ? lab->description : it.key();
        QHash<QDate, int> sameDay;
        for (const Measurement &m : it.value()) {
            const int n = sameDay[m.date]++;
            QString value = m.text.isEmpty() ? readableQuantity(m.value, m.unit) : m.text;
            if (m.upperLimit)
                value += en(QT_TRANSLATE_NOOP("CaseStore", " (upper limit %1)")).arg(readableQuantity(*m.upperLimit, m.unit));
            const QString date = m.date.isValid() ? m.date.toString(Qt::ISODate) : en(QT_TRANSLATE_NOOP("CaseStore", "undated"));
            put(QStringLiteral("20 lab %1 %2 %3").arg(it.key(), date).arg(n), QStringLiteral("%1 (%2)").arg(name, date), value);
        }
    }
    for (auto it = f.attestations.cbegin(); it != f.attestations.cend(); ++it) {
        const QVariant &v = it->value;
        const QString value = v.typeId() == QMetaType::Bool ? (v.toBool() ? en(QT_TRANSLATE_NOOP("CaseStore", "yes")) : en(QT_TRANSLATE_NOOP("CaseStore", "no"))) : v.toString();
        put(QStringLiteral("30 attestation %1").arg(it.key()), it.key(), value);
    }
    return out;
}

// Documents that came with the facts (a bundle's, or chosen in the intake
// form), inside the caller's transaction.
Status insertAttachments(Database &db, qint64 caseId, const QVector<AttachmentData> &attachments, const User &actor, const QDateTime &now)
{
    for (int i = 0; i < attachments.size(); ++i)
        if (attachments[i].bytes.size() > CaseStore::MaxAttachmentBytes)
            return Error{QCoreApplication::translate("CaseStore", "attachment %1 \"%2\" is %3 bytes; one attachment may be at most 100 MiB")
                             .arg(i + 1)
                             .arg(attachments[i].title)
                             .arg(attachments[i].bytes.size())};
    const QString enteredAt = Database::storedTime(now);
    for (const AttachmentData &a : attachments) {
        auto r = db.exec(QStringLiteral("INSERT INTO attachments (case_id, file_name, declared_type, detected_type, description, size, sha256, bytes, url, added_by, added_at)"
                                        " VALUES (:c, :name, :declared, :detected, :desc, :size, :sha, :bytes, :url, :by, :at)"),
                         {{QStringLiteral("c"), caseId}, {QStringLiteral("name"), safeFileName(a.title)},
                          {QStringLiteral("declared"), text(a.contentType)},
                          {QStringLiteral("detected"), a.url.isEmpty() ? detectContentType(a.bytes) : QStringLiteral("reference")},
                          {QStringLiteral("desc"), text(a.description)}, {QStringLiteral("size"), qint64(a.bytes.size())},
                          {QStringLiteral("sha"), CaseStore::sha256Hex(a.bytes)},
                          {QStringLiteral("bytes"), a.url.isEmpty() ? QVariant(a.bytes) : QVariant(QMetaType(QMetaType::QByteArray))},
                          {QStringLiteral("url"), nullable(a.url)}, {QStringLiteral("by"), userId(actor)}, {QStringLiteral("at"), enteredAt}});
        if (!r)
            return Error{r.error()};
    }
    return success();
}

// Rows of one table in as few statements as possible, in their order (ids
// ascend as before): a statement per fact was a round trip per fact on a
// team server, PostgreSQL import a quarter of SQLite's speed (BENCHMARKS.md).
Status insertRows(Database &db, const QString &table, const QStringList &columns, const QVector<QVariantList> &rows)
{
    // Well below SQLite's and PostgreSQL's limits on bound values.
    constexpr int kRowsPerStatement = 200;
    for (int from = 0; from < rows.size(); from += kRowsPerStatement) {
        const int to = qMin(int(rows.size()), from + kRowsPerStatement);
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
        QVariantMap values;
        for (int r = from; r < to; ++r) {
            sql += r == from ? QStringLiteral("(") : QStringLiteral(", (");
            for (int c = 0; c < columns.size(); ++c) {
                const QString name = QStringLiteral("v%1_%2").arg(r - from).arg(c);
                sql += (c ? QStringLiteral(", :") : QStringLiteral(":")) + name;
                values.insert(name, rows[r].value(c));
            }
            sql += QLatin1Char(')');
        }
        if (auto r = db.exec(sql, values); !r)
            return Error{r.error()};
    }
    return success();
}

// Diagnoses, labs and attestations of a case, with their provenance.
Status insertFacts(Database &db, qint64 caseId, const CaseFacts &f, const User &actor, const QDateTime &now)
{
    QVector<QVariantList> diagnoses;
    for (const Diagnosis &d : f.diagnoses)
        diagnoses.append({caseId, d.code, text(d.display), int(d.forRequest), text(d.source)});
    if (auto s = insertRows(db, QStringLiteral("diagnoses"),
                            {QStringLiteral("case_id"), QStringLiteral("code"), QStringLiteral("display"), QStringLiteral("for_request"),
                             QStringLiteral("source")},
                            diagnoses);
        !s)
        return s;

    const QString enteredAt = Database::storedTime(now);
    const QStringList factColumns = {QStringLiteral("case_id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("value_num"),
                                     QStringLiteral("value_text"), QStringLiteral("unit"), QStringLiteral("effective_date"),
                                     QStringLiteral("upper_limit"), QStringLiteral("original_value"), QStringLiteral("source"),
                                     QStringLiteral("entered_by"), QStringLiteral("entered_at")};
    const QVariant noNumber(QMetaType(QMetaType::Double));
    const QVariant noText(QMetaType(QMetaType::QString));
    QVector<QVariantList> facts;
    for (auto it = f.labs.cbegin(); it != f.labs.cend(); ++it) {
        for (const Measurement &m : it.value()) {
            QString date = m.date.isValid() ? m.date.toString(Qt::ISODate) : QString();
            if (!date.isEmpty() && m.time.isValid())
                date += QLatin1Char('T') + m.time.toString(Qt::ISODate);
            facts.append({caseId, QStringLiteral("lab"), it.key(), m.value, nullable(m.text), text(m.unit), nullable(date),
                          m.upperLimit ? QVariant(*m.upperLimit) : noNumber, text(m.originalValue), text(m.source), userId(actor),
                          enteredAt});
        }
    }
    // Attestations have no upper limit (NULL) and no original value (the
    // column's default, '').
    for (auto it = f.attestations.cbegin(); it != f.attestations.cend(); ++it) {
        const QVariant &v = it->value;
        const bool isBool = v.typeId() == QMetaType::Bool;
        const bool isNumber = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
        facts.append({caseId, QStringLiteral("attestation"), it.key(),
                      isBool ? QVariant(v.toBool() ? 1.0 : 0.0) : isNumber ? QVariant(v.toDouble()) : noNumber,
                      isBool || isNumber ? noText : QVariant(v.toString()),
                      isBool ? QStringLiteral("boolean") : isNumber ? QStringLiteral("integer") : QStringLiteral("code"),
                      it->date.isValid() ? QVariant(it->date.toString(Qt::ISODate)) : noText, noNumber, QVariant(QStringLiteral("")),
                      text(it->source),
                      userId(actor), enteredAt});
    }
    return insertRows(db, QStringLiteral("facts"), factColumns, facts);
}


// Records where each case-level value came from, inside the caller's
// transaction: a row for every value that differs from the one recorded
// last (every value of a new case), the earlier rows kept. `changedSource`,
// when given, is the provenance of every changed value (a correction);
// otherwise each value keeps its own. A case stored before sources were kept
// has no rows: a value `before` had already is not recorded as changed.
Status recordFieldSources(Database &db, qint64 caseId, const CaseFacts &f, const User &actor, const QDateTime &now,
                          const QString &changedSource = QString(), const CaseFacts *before = nullptr)
{
    auto q = db.exec(QStringLiteral("SELECT field, version, value FROM case_field_sources WHERE case_id = :c ORDER BY field, version"),
                     {{QStringLiteral("c"), caseId}});
    if (!q)
        return Error{q.error()};
    QHash<QString, QPair<int, QString>> current;
    while (q->next())
        current.insert(q->value(0).toString(), {q->value(1).toInt(), q->value(2).toString()});
    q->finish();
    QHash<QString, QString> earlier;
    if (before)
        for (const CaseField &c : caseFields(*before))
            earlier.insert(c.field, c.value);
    QVector<QVariantList> rows;
    for (const CaseField &c : caseFields(f)) {
        const auto it = current.constFind(c.field);
        const QString was = it != current.constEnd() ? it->second : earlier.value(c.field);
        if (c.value == was)
            continue;
        const QString source = changedSource.isEmpty() ? c.source : changedSource;
        rows.append({caseId, c.field, it != current.constEnd() ? it->first + 1 : 1, text(c.value), CaseStore::sourceKind(source), text(source),
                     userId(actor), Database::storedTime(now)});
    }
    return insertRows(db, QStringLiteral("case_field_sources"),
                      {QStringLiteral("case_id"), QStringLiteral("field"), QStringLiteral("version"), QStringLiteral("value"),
                       QStringLiteral("kind"), QStringLiteral("source"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")},
                      rows);
}

// Facts an edit left as they were keep where they came from (the bundle's
// entry, who typed them first); the others keep the edit's provenance.
void keepProvenance(CaseFacts &edited, const CaseFacts &stored)
{
    for (auto it = edited.labs.begin(); it != edited.labs.end(); ++it)
        for (Measurement &m : it.value())
            for (const Measurement &old : stored.labs.value(it.key()))
                if (old.date == m.date && old.value == m.value && old.unit == m.unit && old.text == m.text && old.upperLimit == m.upperLimit) {
                    m.source = old.source;
                    m.time = old.time;
                    m.originalValue = old.originalValue;
                    break;
                }
    for (auto it = edited.attestations.begin(); it != edited.attestations.end(); ++it) {
        const auto old = stored.attestation(it.key());
        if (old && old->value == it->value)
            *it = *old;
    }
    for (Diagnosis &d : edited.diagnoses)
        for (const Diagnosis &old : stored.diagnoses)
            if (old.code == d.code)
                d = old;
}

} // namespace

Result<bool> CaseStore::reviewStarted(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT c.assignee_id, (SELECT COUNT(*) FROM criterion_decisions d WHERE d.case_id = c.id AND d.source = 'reviewer')"
                                    " FROM cases c WHERE c.id = :id"),
                     {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QCoreApplication::translate("CaseStore", "no case %1").arg(caseId)};
    return !q->value(0).isNull() || q->value(1).toLongLong() > 0;
}

Result<int> CaseStore::correct(Database &db, qint64 caseId, const CaseFacts &corrected, const User &actor)
{
    if (auto s = requireRole(db, caseId, actor, {Role::IntakeNurse, Role::Administrator}, QT_TRANSLATE_NOOP("CaseStore", "correct cases")); !s)
        return Error{s.error()};
    auto current = summary(db, caseId);
    if (!current)
        return Error{current.error()};
    if (current->status == QLatin1String("intake") || current->status == QLatin1String("pended"))
        return Error{QCoreApplication::translate("CaseStore", "case %1 is %2: it is still a draft; save the draft instead of correcting it").arg(current->reference, current->status)};
    auto started = reviewStarted(db, caseId);
    if (!started)
        return Error{started.error()};
    if (current->status != QLatin1String("in-review") || *started) {
        const QString why = QCoreApplication::translate("CaseStore", "case %1: review has started, its facts are no longer corrected at intake (ask the reviewer to pend it for information)")
                                .arg(current->reference);
        Transaction t(db);
        if (t.started() && AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("refused.correct"), why}))
            (void)t.commit();
        return Error{why};
    }
    auto stored = facts(db, caseId, actor);
    if (!stored)
        return Error{stored.error()};

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Provenance is a record: stored in English, worded for people where shown.
    const QString provenance = QStringLiteral("corrected by %1 at %2").arg(actor.name, Database::storedTime(now));
    // Facts the nurse left as they were keep their provenance; the others are
    // new versions, corrected by her.
    CaseFacts merged = corrected;
    merged.received = stored->received;
    merged.receivedDate = stored->receivedDate;
    // What the intake form does not show stays as it was: the HTC's name,
    // the NDC, every taxonomy behind the specialty shown, the diagnoses that
    // are not the request's.
    if (merged.htcName.isEmpty())
        merged.htcName = stored->htcName;
    if (merged.drug.value == stored->drug.value) {
        merged.ndc = stored->ndc;
        merged.drugText = stored->drugText;
    }
    if (!stored->prescriberTaxonomies.isEmpty() && merged.prescriberTaxonomies.value(0) == stored->prescriberTaxonomies.value(0))
        merged.prescriberTaxonomies = stored->prescriberTaxonomies;
    for (const Diagnosis &old : stored->diagnoses)
        if (!old.forRequest && std::none_of(merged.diagnoses.cbegin(), merged.diagnoses.cend(), [&](const Diagnosis &d) { return d.code == old.code; }))
            merged.diagnoses.append(old);
    for (auto &series : merged.labs)
        for (Measurement &m : series)
            m.source = provenance;
    for (Attestation &a : merged.attestations)
        a.source = provenance;
    for (Diagnosis &d : merged.diagnoses)
        d.source = provenance;
    keepProvenance(merged, stored.value());

    const auto before = readableFacts(stored.value());
    const auto after = readableFacts(merged);
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    QVector<FactCorrection> changes;
    for (const QString &key : std::as_const(keys)) {
        const auto was = before.value(key), now_ = after.value(key);
        if (was.second == now_.second)
            continue;
        changes.append({was.first.isEmpty() ? now_.first : was.first, was.second.isEmpty() ? en(QT_TRANSLATE_NOOP("CaseStore", "(none)")) : was.second,
                        now_.second.isEmpty() ? en(QT_TRANSLATE_NOOP("CaseStore", "(removed)")) : now_.second, actor.name, now});
    }
    if (changes.isEmpty() && corrected.attachments.isEmpty())
        return Error{QCoreApplication::translate("CaseStore", "case %1: nothing to correct, every fact is as stored").arg(current->reference)};
    // Results drawn after the request arrived are welcome here; none from the future.
    const auto problems = FactValidator::check(merged, now.date());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FactProblem &p : problems)
            lines << p.text();
        return Error{QCoreApplication::translate("CaseStore", "case %1 was not corrected: %2").arg(current->reference, lines.join(QStringLiteral("; ")))};
    }

    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    QVariantMap values = requestValues(merged);
    values.insert({{QStringLiteral("now"), Database::storedTime(now)}, {QStringLiteral("id"), caseId}, {QStringLiteral("v"), current->rowVersion}});
    auto u = updateRequestColumns(db, values, false);
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{QCoreApplication::translate("CaseStore", "case %1 was changed by someone else meanwhile: reload it").arg(current->reference)};
    for (const char *table : {"diagnoses", "facts"})
        if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE case_id = :c").arg(QLatin1String(table)), {{QStringLiteral("c"), caseId}}); !r)
            return Error{r.error()};
    if (auto s = insertFacts(db, caseId, merged, actor, now); !s)
        return Error{s.error()};
    // A case-level value she changed is a new version, corrected by her; its earlier one stays.
    if (auto s = recordFieldSources(db, caseId, merged, actor, now, provenance, &stored.value()); !s)
        return Error{s.error()};
    if (auto s = insertAttachments(db, caseId, corrected.attachments, actor, now); !s)
        return Error{s.error()};
    QStringList detail;
    for (const FactCorrection &c : std::as_const(changes)) {
        auto r = db.exec(QStringLiteral("INSERT INTO fact_corrections (case_id, field, previous, corrected, corrected_by, corrected_at)"
                                        " VALUES (:c, :field, :prev, :corr, :by, :at)"),
                         {{QStringLiteral("c"), caseId}, {QStringLiteral("field"), c.field}, {QStringLiteral("prev"), c.previous},
                          {QStringLiteral("corr"), c.corrected}, {QStringLiteral("by"), userId(actor)},
                          {QStringLiteral("at"), Database::storedTime(now)}});
        if (!r)
            return Error{r.error()};
        detail << QStringLiteral("%1: %2 → %3").arg(c.field, c.previous, c.corrected);
    }
    for (const AttachmentData &a : corrected.attachments)
        detail << QStringLiteral("attached %1").arg(safeFileName(a.title));
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("case.correct"), detail.join(QStringLiteral("; "))}); !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return int(changes.size());
}

Result<QVector<FactCorrection>> CaseStore::corrections(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT f.field, f.previous, f.corrected, COALESCE(u.name, ''), f.corrected_at FROM fact_corrections f"
                                    " LEFT JOIN users u ON u.id = f.corrected_by WHERE f.case_id = :c ORDER BY f.id"),
                     {{QStringLiteral("c"), caseId}});
    if (!q)
        return Error{q.error()};
    QVector<FactCorrection> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    Database::storedTime(q->value(4))});
    return out;
}

QString CaseStore::sourceKind(const QString &source)
{
    // The forms the program writes provenance in (IntakeForm, correct(), DemoData, FhirImporter).
    if (source.trimmed().isEmpty())
        return QStringLiteral("unrecorded");
    if (source == QLatin1String("demo data"))
        return QStringLiteral("demo");
    if (source.startsWith(QLatin1String("corrected by ")))
        return QStringLiteral("corrected");
    if (source.startsWith(QLatin1String("typed by ")))
        return QStringLiteral("typed");
    return QStringLiteral("imported");
}

Result<QVector<CaseFieldSource>> CaseStore::fieldSources(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT s.field, s.version, s.value, s.kind, s.source, COALESCE(u.name, ''), s.recorded_at"
                                    " FROM case_field_sources s LEFT JOIN users u ON u.id = s.recorded_by"
                                    " WHERE s.case_id = :c ORDER BY s.version, s.id"),
                     {{QStringLiteral("c"), caseId}});
    if (!q)
        return Error{q.error()};
    QHash<QString, QVector<CaseFieldSource>> byField;
    while (q->next())
        byField[q->value(0).toString()].append({q->value(0).toString(), QString(), q->value(2).toString(), q->value(3).toString(),
                                                q->value(4).toString(), q->value(5).toString(), Database::storedTime(q->value(6)),
                                                q->value(1).toInt()});
    // In the intake form's order, each field's versions oldest first.
    QVector<CaseFieldSource> out;
    for (const CaseField &c : caseFields(CaseFacts{}))
        for (CaseFieldSource s : byField.value(c.field)) {
            s.label = c.label;
            out.append(s);
        }
    return out;
}

QString CaseStore::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<QDateTime> CaseStore::dueBy(Database &db, const QString &lineOfBusiness, const QString &priority, const QDateTime &received)
{
    auto q = db.exec(QStringLiteral("SELECT hours, business_days FROM due_rules WHERE line_of_business = :lob AND priority = :p"),
                     {{QStringLiteral("lob"), lineOfBusiness}, {QStringLiteral("p"), priority}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return QDateTime();
    if (!q->value(0).isNull())
        return received.addSecs(q->value(0).toLongLong() * 3600);
    // Business days: skip Saturdays and Sundays.
    int days = q->value(1).toInt();
    QDateTime due = received;
    while (days > 0) {
        due = due.addDays(1);
        if (due.date().dayOfWeek() <= 5)
            --days;
    }
    return due;
}

Result<qint64> CaseStore::create(Database &db, const CaseFacts &f, const User &actor, CaseArrival arrival)
{
    if (auto s = requireRole(db, std::nullopt, actor, {Role::IntakeNurse, Role::Administrator}, QT_TRANSLATE_NOOP("CaseStore", "create cases")); !s)
        return Error{s.error()};
    for (int i = 0; i < f.attachments.size(); ++i)
        if (f.attachments[i].bytes.size() > MaxAttachmentBytes)
            return Error{QCoreApplication::translate("CaseStore", "attachment %1 \"%2\" is %3 bytes; one attachment may be at most 100 MiB")
                             .arg(i + 1)
                             .arg(f.attachments[i].title)
                             .arg(f.attachments[i].bytes.size())};

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime received = f.received.isValid() ? f.received.toUTC() : now;
    const QString priority = f.priority.isEmpty() ? QStringLiteral("standard") : f.priority;
    const QString lob = f.lineOfBusiness.value.value_or(QString());
    auto due = dueBy(db, lob, priority, received);
    if (!due)
        return Error{due.error()};

    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto caseId = insertWithin(db, f, actor, due.value(), QStringLiteral("PA"));
    if (!caseId)
        return caseId;
    if (arrival == CaseArrival::Electronic) {
        // An electronic request is submitted as it arrives: it waits for a reviewer.
        if (auto r = db.exec(QStringLiteral("UPDATE cases SET status = :s WHERE id = :id"),
                             {{QStringLiteral("s"), CaseWorkflow::initialStatus(arrival)}, {QStringLiteral("id"), caseId.value()}});
            !r)
            return Error{r.error()};
        if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId.value(), QStringLiteral("case.submit"),
                                           QStringLiteral("arrived electronically%1").arg(f.memberName.source.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.memberName.source))});
            !s)
            return Error{s.error()};
    }
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return caseId;
}

Result<qint64> CaseStore::insertWithin(Database &db, const CaseFacts &f, const User &actor, const QDateTime &due,
                                       const QString &referencePrefix)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime received = f.received.isValid() ? f.received.toUTC() : now;
    const QString provisional = QStringLiteral("new-%1-%2").arg(now.toMSecsSinceEpoch()).arg(quintptr(&f), 0, 16);
    QVariantMap values = requestValues(f);
    values.insert({{QStringLiteral("reference"), provisional},
                   {QStringLiteral("received"), Database::storedTime(received)},
                   {QStringLiteral("due_by"), due.isValid() ? QVariant(Database::storedTime(due)) : QVariant(QMetaType(QMetaType::QString))},
                   {QStringLiteral("created_by"), userId(actor)},
                   {QStringLiteral("now"), Database::storedTime(now)}});
    auto insert = db.exec(
        QStringLiteral(
            "INSERT INTO cases (reference, member_name, member_id, birth_date, sex_at_birth, language, payer, plan, line_of_business,"
            " prescriber_name, prescriber_npi, prescriber_taxonomies, prescriber_at_htc, htc_name, drug, drug_text, hcpcs, ndc,"
            " dose_per_kg, dose_unit, dose_interval_hours, quantity_mcg, supply_days, request_type, priority, received_at,"
            " status, due_by, created_by, created_at, updated_at)"
            " VALUES (:reference, :member_name, :member_id, :birth_date, :sex, :language, :payer, :plan, :lob, :prescriber_name, :npi,"
            " :taxonomies, :htc, :htc_name, :drug, :drug_text, :hcpcs, :ndc, :dose, :dose_unit, :interval, :quantity, :supply,"
            " :request_type, :priority, :received, 'intake', :due_by, :created_by, :now, :now)"),
        values);
    if (!insert)
        return Error{insert.error()};
    auto idQuery = db.exec(QStringLiteral("SELECT id FROM cases WHERE reference = :r"), {{QStringLiteral("r"), provisional}});
    if (!idQuery || !idQuery->next())
        return Error{idQuery ? QCoreApplication::translate("CaseStore", "the new case was not found") : idQuery.error()};
    const qint64 caseId = idQuery->value(0).toLongLong();
    const QString reference = QStringLiteral("%1-%2").arg(referencePrefix).arg(caseId, 7, 10, QLatin1Char('0'));
    if (auto r = db.exec(QStringLiteral("UPDATE cases SET reference = :r WHERE id = :id"),
                         {{QStringLiteral("r"), reference}, {QStringLiteral("id"), caseId}});
        !r)
        return Error{r.error()};

    if (auto s = Worklist::indexCase(db, caseId); !s)
        return Error{s.error()};
    if (auto s = insertFacts(db, caseId, f, actor, now); !s)
        return Error{s.error()};
    CaseFacts recorded = f;
    recorded.received = received; // as stored: the time of arrival when the facts named none
    if (auto s = recordFieldSources(db, caseId, recorded, actor, now); !s)
        return Error{s.error()};
    if (auto s = insertAttachments(db, caseId, f.attachments, actor, now); !s)
        return Error{s.error()};
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("case.create"),
                                       QStringLiteral("%1: %2 facts, %3 attachments").arg(reference).arg(f.labs.size() + f.attestations.size()).arg(f.attachments.size())});
        !s)
        return Error{s.error()};
    return caseId;
}

Status CaseStore::updateDraft(Database &db, qint64 caseId, const CaseFacts &f, const User &actor)
{
    if (auto s = requireRole(db, caseId, actor, {Role::IntakeNurse, Role::Administrator}, QT_TRANSLATE_NOOP("CaseStore", "edit intake drafts")); !s)
        return s;
    auto current = summary(db, caseId);
    if (!current)
        return Error{current.error()};
    // At intake, or pended for information that has now arrived.
    if (current->status != QLatin1String("intake") && current->status != QLatin1String("pended"))
        return Error{QCoreApplication::translate("CaseStore", "case %1 is %2: only a case at intake or pended for information is edited")
                         .arg(current->reference, current->status)};
    // An imported draft saved from the form keeps the bundle as the source
    // of what the nurse did not change.
    auto stored = storedFacts(db, caseId);
    if (!stored)
        return Error{stored.error()};
    CaseFacts edited = f;
    keepProvenance(edited, stored.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString priority = f.priority.isEmpty() ? QStringLiteral("standard") : f.priority;
    const QString lob = f.lineOfBusiness.value.value_or(QString());
    auto due = dueBy(db, lob, priority, current->received);
    if (!due)
        return Error{due.error()};
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    QVariantMap values = requestValues(f);
    values.insert({{QStringLiteral("due_by"), due->isValid() ? QVariant(Database::storedTime(*due)) : QVariant(QMetaType(QMetaType::QString))},
                   {QStringLiteral("now"), Database::storedTime(now)},
                   {QStringLiteral("id"), caseId},
                   {QStringLiteral("v"), current->rowVersion}});
    auto u = updateRequestColumns(db, values, true);
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{QCoreApplication::translate("CaseStore", "case %1 was changed by someone else meanwhile: reload it").arg(current->reference)};
    if (auto s = Worklist::indexCase(db, caseId); !s)
        return s;
    for (const char *table : {"diagnoses", "facts"})
        if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE case_id = :c").arg(QLatin1String(table)), {{QStringLiteral("c"), caseId}}); !r)
            return Error{r.error()};
    if (auto s = insertFacts(db, caseId, edited, actor, now); !s)
        return s;
    // A value the nurse changed in her draft is hers now; the others keep their source.
    CaseFacts recorded = edited;
    recorded.received = current->received;
    if (auto s = recordFieldSources(db, caseId, recorded, actor, now, QString(), &stored.value()); !s)
        return s;
    if (auto s = insertAttachments(db, caseId, f.attachments, actor, now); !s)
        return s;
    const QString detail = f.attachments.isEmpty() ? QStringLiteral("intake draft saved")
                                                   : QStringLiteral("intake draft saved, %1 documents attached").arg(f.attachments.size());
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("case.update"), detail}); !s)
        return s;
    return t.commit();
}

Result<CaseSummary> CaseStore::summary(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT id, reference, member_name, member_id, drug, payer, line_of_business, priority, status,"
                                    " received_at, due_by, assignee_id, row_version FROM cases WHERE id = :id"),
                     {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QCoreApplication::translate("CaseStore", "no case %1").arg(caseId)};
    CaseSummary s;
    s.id = q->value(0).toLongLong();
    s.reference = q->value(1).toString();
    s.memberName = q->value(2).toString();
    s.memberId = q->value(3).toString();
    s.drug = q->value(4).toString();
    s.payer = q->value(5).toString();
    s.lineOfBusiness = q->value(6).toString();
    s.priority = q->value(7).toString();
    s.status = q->value(8).toString();
    s.received = Database::storedTime(q->value(9));
    s.dueBy = Database::storedTime(q->value(10));
    if (!q->value(11).isNull())
        s.assigneeId = q->value(11).toLongLong();
    s.rowVersion = q->value(12).toInt();
    return s;
}

Result<CaseFacts> CaseStore::facts(Database &db, qint64 caseId, const User &actor)
{
    auto f = storedFacts(db, caseId);
    if (!f)
        return f;
    Transaction t(db);
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("case.read"), QString()}); !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return f;
}

Result<CaseFacts> CaseStore::storedFacts(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT member_name, member_id, birth_date, sex_at_birth, payer, plan, line_of_business, prescriber_name,"
                                    " prescriber_npi, prescriber_taxonomies, prescriber_at_htc, htc_name, drug, drug_text, hcpcs, ndc, dose_per_kg,"
                                    " dose_unit, dose_interval_hours, quantity_mcg, supply_days, priority, received_at, reference, language FROM cases WHERE id = :id"),
                     {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QCoreApplication::translate("CaseStore", "no case %1").arg(caseId)};
    // Each value's recorded source (case_field_sources, the latest version);
    // the case itself for a case stored before sources were kept.
    const QString caseSource = QStringLiteral("case %1").arg(q->value(23).toString());
    QHash<QString, QString> sources;
    {
        auto sq = db.exec(QStringLiteral("SELECT field, source FROM case_field_sources WHERE case_id = :id ORDER BY version"),
                          {{QStringLiteral("id"), caseId}});
        if (!sq)
            return Error{sq.error()};
        while (sq->next())
            sources.insert(sq->value(0).toString(), sq->value(1).toString());
    }
    auto src = [&](const char *field) { return sources.value(QLatin1String(field), caseSource); };
    CaseFacts f;
    auto str = [&](int i) { return q->value(i).toString(); };
    auto setStr = [&](Sourced<QString> &field, int i, const char *name) {
        if (!q->value(i).isNull() && !str(i).isEmpty())
            field = {str(i), {}, src(name)};
    };
    setStr(f.memberName, 0, "member_name");
    setStr(f.memberId, 1, "member_id");
    if (!q->value(2).isNull()) {
        const QDate d = QDate::fromString(str(2), Qt::ISODate);
        f.birthDate = {d, d, src("birth_date")};
    }
    setStr(f.sexAtBirth, 3, "sex_at_birth");
    setStr(f.payer, 4, "payer");
    setStr(f.plan, 5, "plan");
    setStr(f.lineOfBusiness, 6, "line_of_business");
    setStr(f.prescriberName, 7, "prescriber_name");
    setStr(f.prescriberNpi, 8, "prescriber_npi");
    f.prescriberTaxonomies = str(9).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!f.prescriberTaxonomies.isEmpty())
        f.prescriberTaxonomySource = src("prescriber_taxonomies");
    if (!q->value(10).isNull())
        f.prescriberAtHtc = {q->value(10).toInt() != 0, {}, src("prescriber_at_htc")};
    f.htcName = str(11);
    setStr(f.drug, 12, "drug");
    f.drugText = str(13);
    f.hcpcs = str(14);
    f.ndc = str(15);
    auto setNum = [&](Sourced<double> &field, int i, const char *name) {
        if (!q->value(i).isNull())
            field = {q->value(i).toDouble(), {}, src(name)};
    };
    setNum(f.dosePerKg, 16, "dose_per_kg");
    f.doseUnit = str(17);
    setNum(f.doseIntervalHours, 18, "dose_interval_hours");
    setNum(f.quantityMcg, 19, "quantity_mcg");
    setNum(f.supplyDays, 20, "supply_days");
    f.priority = str(21);
    f.received = Database::storedTime(q->value(22));
    f.language = str(24);
    f.receivedDate = f.received.date();

    auto dq = db.exec(QStringLiteral("SELECT code, display, for_request, source FROM diagnoses WHERE case_id = :id ORDER BY id"),
                      {{QStringLiteral("id"), caseId}});
    if (!dq)
        return Error{dq.error()};
    while (dq->next())
        f.diagnoses.append({dq->value(0).toString(), dq->value(1).toString(), dq->value(2).toInt() != 0, dq->value(3).toString()});

    auto fq = db.exec(QStringLiteral("SELECT kind, name, value_num, value_text, unit, effective_date, upper_limit, original_value, source"
                                     " FROM facts WHERE case_id = :id ORDER BY id"),
                      {{QStringLiteral("id"), caseId}});
    if (!fq)
        return Error{fq.error()};
    while (fq->next()) {
        const QString name = fq->value(1).toString();
        const QString date = fq->value(5).toString();
        if (fq->value(0).toString() == QLatin1String("lab")) {
            Measurement m;
            m.value = fq->value(2).toDouble();
            m.text = fq->value(3).toString();
            m.unit = fq->value(4).toString();
            m.date = QDate::fromString(date.left(10), Qt::ISODate);
            if (date.size() > 11)
                m.time = QTime::fromString(date.mid(11), Qt::ISODate);
            if (!fq->value(6).isNull())
                m.upperLimit = fq->value(6).toDouble();
            m.originalValue = fq->value(7).toString();
            m.source = fq->value(8).toString();
            f.labs[name].append(m);
        } else {
            const QString unit = fq->value(4).toString();
            QVariant v = unit == QLatin1String("boolean") ? QVariant(fq->value(2).toDouble() != 0)
                         : unit == QLatin1String("integer") ? QVariant(qlonglong(fq->value(2).toDouble()))
                                                             : fq->value(3);
            f.attestations.insert(name, {v, QDate::fromString(date, Qt::ISODate), fq->value(8).toString()});
        }
    }
    for (auto &series : f.labs)
        std::stable_sort(series.begin(), series.end(), [](const Measurement &a, const Measurement &b) {
            return a.date != b.date ? a.date < b.date : a.time < b.time;
        });
    return f;
}

Result<QVector<StoredAttachment>> CaseStore::attachments(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT id, file_name, declared_type, detected_type, size, sha256, added_at FROM attachments"
                                    " WHERE case_id = :id ORDER BY id"),
                     {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    QVector<StoredAttachment> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toLongLong(), q->value(5).toString(), Database::storedTime(q->value(6))});
    return out;
}

Result<qint64> CaseStore::addAttachment(Database &db, qint64 caseId, const QString &fileName, const QString &declaredType,
                                        const QByteArray &bytes, const User &actor)
{
    if (auto s = requireRole(db, caseId, actor, {Role::IntakeNurse, Role::ClinicalReviewer, Role::MedicalDirector, Role::Administrator},
                             QT_TRANSLATE_NOOP("CaseStore", "attach documents"));
        !s)
        return Error{s.error()};
    if (bytes.size() > MaxAttachmentBytes)
        return Error{QCoreApplication::translate("CaseStore", "\"%1\" is %2 bytes; one attachment may be at most 100 MiB").arg(safeFileName(fileName)).arg(bytes.size())};
    auto state = summary(db, caseId);
    if (!state)
        return Error{state.error()};
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    const QString name = safeFileName(fileName);
    const QString at = Database::storedTime(QDateTime::currentDateTimeUtc());
    auto r = db.exec(QStringLiteral("INSERT INTO attachments (case_id, file_name, declared_type, detected_type, description, size, sha256, bytes, added_by, added_at)"
                                    " VALUES (:c, :name, :declared, :detected, '', :size, :sha, :bytes, :by, :at)"),
                     {{QStringLiteral("c"), caseId}, {QStringLiteral("name"), name}, {QStringLiteral("declared"), text(declaredType)},
                      {QStringLiteral("detected"), detectContentType(bytes)}, {QStringLiteral("size"), qint64(bytes.size())},
                      {QStringLiteral("sha"), sha256Hex(bytes)}, {QStringLiteral("bytes"), bytes}, {QStringLiteral("by"), userId(actor)},
                      {QStringLiteral("at"), at}});
    if (!r)
        return Error{r.error()};
    auto id = db.exec(QStringLiteral("SELECT MAX(id) FROM attachments WHERE case_id = :c"), {{QStringLiteral("c"), caseId}});
    if (!id || !id->next())
        return Error{id ? QCoreApplication::translate("CaseStore", "the attachment was not stored") : id.error()};
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("attachment.add"),
                                       QStringLiteral("%1 (%2 bytes, sha256 %3)").arg(name).arg(bytes.size()).arg(sha256Hex(bytes))});
        !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return id->value(0).toLongLong();
}

Result<QByteArray> CaseStore::attachmentBytes(Database &db, qint64 attachmentId, const User &actor)
{
    auto q = db.exec(QStringLiteral("SELECT bytes, sha256, case_id, file_name FROM attachments WHERE id = :id"), {{QStringLiteral("id"), attachmentId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QCoreApplication::translate("CaseStore", "no attachment %1").arg(attachmentId)};
    const QByteArray bytes = q->value(0).toByteArray();
    if (sha256Hex(bytes) != q->value(1).toString())
        return Error{QCoreApplication::translate("CaseStore", "attachment %1 \"%2\" does not match its SHA-256: its bytes were changed after they were stored")
                         .arg(attachmentId)
                         .arg(q->value(3).toString())};
    Transaction t(db);
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, q->value(2).toLongLong(), QStringLiteral("attachment.read"), q->value(3).toString()}); !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return bytes;
}

} // namespace pareview
