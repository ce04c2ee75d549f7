#include "store/CaseStore.h"
#include "store/Worklist.h"

#include "store/AuditLog.h"
#include "store/ContentType.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFileInfo>
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
                   const QString &what)
{
    for (Role r : allowed)
        if (actor.role == r)
            return success();
    const QString why = QStringLiteral("%1 (%2) may not %3").arg(actor.name, roleTitle(actor.role), what);
    Transaction t(db);
    if (t.started() && AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("refused.") + QString(what).replace(QLatin1Char(' '), QLatin1Char('-')), why}))
        (void)t.commit();
    return Error{why};
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
    const auto requestType = f.attestation(QStringLiteral("request-type"));
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

// Diagnoses, labs and attestations of a case, with their provenance.
Status insertFacts(Database &db, qint64 caseId, const CaseFacts &f, const User &actor, const QDateTime &now)
{
    for (const Diagnosis &d : f.diagnoses)
        if (auto r = db.exec(QStringLiteral("INSERT INTO diagnoses (case_id, code, display, for_request, source) VALUES (:c, :code, :display, :fr, :src)"),
                             {{QStringLiteral("c"), caseId}, {QStringLiteral("code"), d.code}, {QStringLiteral("display"), text(d.display)},
                              {QStringLiteral("fr"), int(d.forRequest)}, {QStringLiteral("src"), text(d.source)}});
            !r)
            return Error{r.error()};

    const QString enteredAt = Database::storedTime(now);
    for (auto it = f.labs.cbegin(); it != f.labs.cend(); ++it) {
        for (const Measurement &m : it.value()) {
            QString date = m.date.isValid() ? m.date.toString(Qt::ISODate) : QString();
            if (!date.isEmpty() && m.time.isValid())
                date += QLatin1Char('T') + m.time.toString(Qt::ISODate);
            auto r = db.exec(QStringLiteral("INSERT INTO facts (case_id, kind, name, value_num, value_text, unit, effective_date, upper_limit,"
                                            " original_value, source, entered_by, entered_at)"
                                            " VALUES (:c, 'lab', :name, :num, :txt, :unit, :date, :uln, :orig, :src, :by, :at)"),
                             {{QStringLiteral("c"), caseId}, {QStringLiteral("name"), it.key()}, {QStringLiteral("num"), m.value},
                              {QStringLiteral("txt"), nullable(m.text)}, {QStringLiteral("unit"), text(m.unit)},
                              {QStringLiteral("date"), nullable(date)},
                              {QStringLiteral("uln"), m.upperLimit ? QVariant(*m.upperLimit) : QVariant(QMetaType(QMetaType::Double))},
                              {QStringLiteral("orig"), text(m.originalValue)}, {QStringLiteral("src"), text(m.source)},
                              {QStringLiteral("by"), userId(actor)}, {QStringLiteral("at"), enteredAt}});
            if (!r)
                return Error{r.error()};
        }
    }
    for (auto it = f.attestations.cbegin(); it != f.attestations.cend(); ++it) {
        const QVariant &v = it->value;
        const bool isBool = v.typeId() == QMetaType::Bool;
        const bool isNumber = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
        auto r = db.exec(QStringLiteral("INSERT INTO facts (case_id, kind, name, value_num, value_text, unit, effective_date, source, entered_by, entered_at)"
                                        " VALUES (:c, 'attestation', :name, :num, :txt, :unit, :date, :src, :by, :at)"),
                         {{QStringLiteral("c"), caseId}, {QStringLiteral("name"), it.key()},
                          {QStringLiteral("num"), isBool ? QVariant(v.toBool() ? 1.0 : 0.0) : isNumber ? QVariant(v.toDouble()) : QVariant(QMetaType(QMetaType::Double))},
                          {QStringLiteral("txt"), isBool || isNumber ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v.toString())},
                          {QStringLiteral("unit"), isBool ? QStringLiteral("boolean") : isNumber ? QStringLiteral("integer") : QStringLiteral("code")},
                          {QStringLiteral("date"), it->date.isValid() ? QVariant(it->date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString))},
                          {QStringLiteral("src"), text(it->source)}, {QStringLiteral("by"), userId(actor)}, {QStringLiteral("at"), enteredAt}});
        if (!r)
            return Error{r.error()};
    }
    return success();
}

} // namespace

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

Result<qint64> CaseStore::create(Database &db, const CaseFacts &f, const User &actor)
{
    if (auto s = requireRole(db, std::nullopt, actor, {Role::IntakeNurse, Role::Administrator}, QStringLiteral("create cases")); !s)
        return Error{s.error()};
    for (int i = 0; i < f.attachments.size(); ++i)
        if (f.attachments[i].bytes.size() > MaxAttachmentBytes)
            return Error{QStringLiteral("attachment %1 \"%2\" is %3 bytes; one attachment may be at most 100 MiB")
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
    const QString provisional = QStringLiteral("new-%1-%2").arg(now.toMSecsSinceEpoch()).arg(quintptr(&f), 0, 16);
    QVariantMap values = requestValues(f);
    values.insert({{QStringLiteral("reference"), provisional},
                   {QStringLiteral("received"), Database::storedTime(received)},
                   {QStringLiteral("due_by"), due->isValid() ? QVariant(Database::storedTime(*due)) : QVariant(QMetaType(QMetaType::QString))},
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
        return Error{idQuery ? QStringLiteral("the new case was not found") : idQuery.error()};
    const qint64 caseId = idQuery->value(0).toLongLong();
    const QString reference = QStringLiteral("PA-%1").arg(caseId, 7, 10, QLatin1Char('0'));
    if (auto r = db.exec(QStringLiteral("UPDATE cases SET reference = :r WHERE id = :id"),
                         {{QStringLiteral("r"), reference}, {QStringLiteral("id"), caseId}});
        !r)
        return Error{r.error()};

    if (auto s = Worklist::indexCase(db, caseId); !s)
        return Error{s.error()};
    if (auto s = insertFacts(db, caseId, f, actor, now); !s)
        return Error{s.error()};
    const QString enteredAt = Database::storedTime(now);
    for (const AttachmentData &a : f.attachments) {
        auto r = db.exec(QStringLiteral("INSERT INTO attachments (case_id, file_name, declared_type, detected_type, description, size, sha256, bytes, url, added_by, added_at)"
                                        " VALUES (:c, :name, :declared, :detected, :desc, :size, :sha, :bytes, :url, :by, :at)"),
                         {{QStringLiteral("c"), caseId}, {QStringLiteral("name"), safeFileName(a.title)},
                          {QStringLiteral("declared"), text(a.contentType)},
                          {QStringLiteral("detected"), a.url.isEmpty() ? detectContentType(a.bytes) : QStringLiteral("reference")},
                          {QStringLiteral("desc"), text(a.description)}, {QStringLiteral("size"), qint64(a.bytes.size())},
                          {QStringLiteral("sha"), sha256Hex(a.bytes)},
                          {QStringLiteral("bytes"), a.url.isEmpty() ? QVariant(a.bytes) : QVariant(QMetaType(QMetaType::QByteArray))},
                          {QStringLiteral("url"), nullable(a.url)}, {QStringLiteral("by"), userId(actor)}, {QStringLiteral("at"), enteredAt}});
        if (!r)
            return Error{r.error()};
    }
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("case.create"),
                                       QStringLiteral("%1: %2 facts, %3 attachments").arg(reference).arg(f.labs.size() + f.attestations.size()).arg(f.attachments.size())});
        !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return caseId;
}

Status CaseStore::updateDraft(Database &db, qint64 caseId, const CaseFacts &f, const User &actor)
{
    if (auto s = requireRole(db, caseId, actor, {Role::IntakeNurse, Role::Administrator}, QStringLiteral("edit intake drafts")); !s)
        return s;
    auto current = summary(db, caseId);
    if (!current)
        return Error{current.error()};
    // At intake, or pended for information that has now arrived.
    if (current->status != QLatin1String("intake") && current->status != QLatin1String("pended"))
        return Error{QStringLiteral("case %1 is %2: only a case at intake or pended for information is edited").arg(current->reference, current->status)};
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
    auto u = db.exec(
        QStringLiteral("UPDATE cases SET member_name = :member_name, member_id = :member_id, birth_date = :birth_date, sex_at_birth = :sex, language = :language,"
                       " payer = :payer, plan = :plan, line_of_business = :lob, prescriber_name = :prescriber_name, prescriber_npi = :npi,"
                       " prescriber_taxonomies = :taxonomies, prescriber_at_htc = :htc, htc_name = :htc_name, drug = :drug, drug_text = :drug_text,"
                       " hcpcs = :hcpcs, ndc = :ndc, dose_per_kg = :dose, dose_unit = :dose_unit, dose_interval_hours = :interval,"
                       " quantity_mcg = :quantity, supply_days = :supply, request_type = :request_type, priority = :priority, due_by = :due_by,"
                       " row_version = row_version + 1, updated_at = :now WHERE id = :id AND row_version = :v"),
        values);
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{QStringLiteral("case %1 was changed by someone else meanwhile: reload it").arg(current->reference)};
    if (auto s = Worklist::indexCase(db, caseId); !s)
        return s;
    for (const char *table : {"diagnoses", "facts"})
        if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE case_id = :c").arg(QLatin1String(table)), {{QStringLiteral("c"), caseId}}); !r)
            return Error{r.error()};
    if (auto s = insertFacts(db, caseId, f, actor, now); !s)
        return s;
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("case.update"), QStringLiteral("intake draft saved")}); !s)
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
        return Error{QStringLiteral("no case %1").arg(caseId)};
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
    auto q = db.exec(QStringLiteral("SELECT member_name, member_id, birth_date, sex_at_birth, payer, plan, line_of_business, prescriber_name,"
                                    " prescriber_npi, prescriber_taxonomies, prescriber_at_htc, htc_name, drug, drug_text, hcpcs, ndc, dose_per_kg,"
                                    " dose_unit, dose_interval_hours, quantity_mcg, supply_days, priority, received_at, reference, language FROM cases WHERE id = :id"),
                     {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QStringLiteral("no case %1").arg(caseId)};
    const QString src = QStringLiteral("case %1").arg(q->value(23).toString());
    CaseFacts f;
    auto str = [&](int i) { return q->value(i).toString(); };
    auto setStr = [&](Sourced<QString> &field, int i) {
        if (!q->value(i).isNull() && !str(i).isEmpty())
            field = {str(i), {}, src};
    };
    setStr(f.memberName, 0);
    setStr(f.memberId, 1);
    if (!q->value(2).isNull()) {
        const QDate d = QDate::fromString(str(2), Qt::ISODate);
        f.birthDate = {d, d, src};
    }
    setStr(f.sexAtBirth, 3);
    setStr(f.payer, 4);
    setStr(f.plan, 5);
    setStr(f.lineOfBusiness, 6);
    setStr(f.prescriberName, 7);
    setStr(f.prescriberNpi, 8);
    f.prescriberTaxonomies = str(9).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!q->value(10).isNull())
        f.prescriberAtHtc = {q->value(10).toInt() != 0, {}, src};
    f.htcName = str(11);
    setStr(f.drug, 12);
    f.drugText = str(13);
    f.hcpcs = str(14);
    f.ndc = str(15);
    auto setNum = [&](Sourced<double> &field, int i) {
        if (!q->value(i).isNull())
            field = {q->value(i).toDouble(), {}, src};
    };
    setNum(f.dosePerKg, 16);
    f.doseUnit = str(17);
    setNum(f.doseIntervalHours, 18);
    setNum(f.quantityMcg, 19);
    setNum(f.supplyDays, 20);
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

    Transaction t(db);
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("case.read"), QString()}); !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
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
                             QStringLiteral("attach documents"));
        !s)
        return Error{s.error()};
    if (bytes.size() > MaxAttachmentBytes)
        return Error{QStringLiteral("\"%1\" is %2 bytes; one attachment may be at most 100 MiB").arg(safeFileName(fileName)).arg(bytes.size())};
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
        return Error{id ? QStringLiteral("the attachment was not stored") : id.error()};
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
        return Error{QStringLiteral("no attachment %1").arg(attachmentId)};
    const QByteArray bytes = q->value(0).toByteArray();
    if (sha256Hex(bytes) != q->value(1).toString())
        return Error{QStringLiteral("attachment %1 \"%2\" does not match its SHA-256: its bytes were changed after they were stored")
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
