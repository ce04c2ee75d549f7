#include "letters/Letters.h"

#include "engine/Evaluator.h"
#include "letters/CriteriaSnapshot.h"
#include "letters/LetterTemplate.h"
#include "findings/FindingText.h"
#include "letters/PhraseBook.h"
#include "policy/PolicyLibrary.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Review.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>

#include <functional>

namespace pareview {

namespace {

using letters::PhraseBook;
using letters::Plain;
using letters::SnapshotCriterion;

struct CaseRow
{
    QString reference;
    QString language;
    QString payer;
    QString plan;
    QString lineOfBusiness;
    QString memberName;
    QString memberId;
    QString prescriberName;
    QString prescriberNpi;
    QString drug;
    QString drugText;
    QString hcpcs;
    QString ndc;
    std::optional<double> dosePerKg;
    QString doseUnit;
    std::optional<double> intervalHours;
    QString status;
    int rowVersion = 0;
};

Result<CaseRow> readCase(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT reference, language, payer, plan, line_of_business, member_name, "
                                    "member_id, prescriber_name,"
                                    " prescriber_npi, drug, drug_text, hcpcs, ndc, dose_per_kg, dose_unit, "
                                    "dose_interval_hours, status,"
                                    " row_version FROM cases WHERE id = :id"),
                     { { QStringLiteral("id"), caseId } });
    if (!q)
        return Error{ q.error() };
    if (!q->next())
        return Error{ QCoreApplication::translate("pareview::Letters", "no case %1").arg(caseId) };
    CaseRow r;
    r.reference = q->value(0).toString();
    r.language = q->value(1).toString();
    r.payer = q->value(2).toString();
    r.plan = q->value(3).toString();
    r.lineOfBusiness = q->value(4).toString();
    r.memberName = q->value(5).toString();
    r.memberId = q->value(6).toString();
    r.prescriberName = q->value(7).toString();
    r.prescriberNpi = q->value(8).toString();
    r.drug = q->value(9).toString();
    r.drugText = q->value(10).toString();
    r.hcpcs = q->value(11).toString();
    r.ndc = q->value(12).toString();
    if (!q->value(13).isNull())
        r.dosePerKg = q->value(13).toDouble();
    r.doseUnit = q->value(14).toString();
    if (!q->value(15).isNull())
        r.intervalHours = q->value(15).toDouble();
    r.status = q->value(16).toString();
    r.rowVersion = q->value(17).toInt();
    return r;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status audit(Database &db, const User &actor, qint64 caseId, const QString &action, const QString &detail)
{
    Transaction t(db);
    if (!t.started())
        return Error{ t.error() };
    if (auto s = AuditLog::append(db,
                                  { actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt, actor.name,
                                    caseId, action, detail });
        !s)
        return s;
    return t.commit();
}

// A refused attempt is audited too; the refusal is returned either way.
Error refuse(Database &db, const User &actor, qint64 caseId, const QString &why)
{
    (void)audit(db, actor, caseId, QStringLiteral("refused.letter"), why);
    return Error{ why };
}

std::optional<QString> metaValue(Database &db, const QString &key)
{
    auto q
        = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = :k"), { { QStringLiteral("k"), key } });
    if (q && q->next())
        return q->value(0).toString();
    return std::nullopt;
}

const Criterion *findCriterion(const QVector<Criterion> &list, const QString &label)
{
    for (const Criterion &c : list) {
        if (c.fullLabel == label || (c.fullLabel.isEmpty() && c.label == label))
            return &c;
        if (const Criterion *child = findCriterion(c.children, label))
            return child;
    }
    return nullptr;
}

const Criterion *findCriterion(const Policy &policy, const QString &label, bool exclusion)
{
    if (exclusion)
        return findCriterion(policy.notCovered, label);
    for (const Pathway &p : policy.pathways)
        if (const Criterion *c = findCriterion(p.criteria, label))
            return c;
    return findCriterion(policy.notCovered, label);
}

// The policy's words without the connector that ties them to the next
// criterion ("…; AND", "… OR").
QString withoutConnector(QString words)
{
    static const QRegularExpression connector(QStringLiteral("\\s*[;,]?\\s*\\b(?:AND|OR)\\s*$"));
    words = words.trimmed();
    for (int i = 0; i < 3; ++i) {
        const QString before = words;
        words.remove(connector);
        words = words.trimmed();
        while (words.endsWith(QLatin1Char(';')) || words.endsWith(QLatin1Char(',')))
            words.chop(1);
        if (words == before)
            break;
    }
    return words;
}

QString stripTags(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.simplified();
}

QString signature(const User &u)
{
    const QString name = u.displayName.isEmpty() ? u.name : u.displayName;
    return u.credentials.isEmpty() ? name : QStringLiteral("%1, %2").arg(name, u.credentials);
}

// The wording a letter's values need, in its language.
struct Composer
{
    const PhraseBook &book;
    QString language;

    QString misc(const char *key) const { return misc(QString::fromLatin1(key)); }
    QString misc(const QString &key) const { return book.text(QStringLiteral("misc"), key, language); }

    // The policy's words for a criterion, in the letter's language when there is a translation.
    QVariantMap words(const Policy &policy, const SnapshotCriterion &c) const
    {
        QVariantMap item;
        const Criterion *criterion = findCriterion(policy, c.label, c.exclusion);
        const QString english = criterion ? criterion->text : QString();
        const Plain w = book.policyWords(english, language);
        item.insert(QStringLiteral("label"), c.label);
        item.insert(QStringLiteral("words"), withoutConnector(w.text));
        item.insert(QStringLiteral("words_original"), !w.translated);
        return item;
    }

    // What the records showed, in plain words. Where a reviewer decided the
    // criterion, what they found, never their note: notes are internal.
    QString showed(const SnapshotCriterion &c) const
    {
        if (c.source == QLatin1String("reviewer"))
            return misc(c.status == QLatin1String("unknown") ? "reviewerFound.unknown" : "reviewerFound.not-met");
        return plain(c.finding, c.reason).text;
    }

    // A finding as the letter's sentences; a snapshot from before findings
    // kept only the reason, which the letter quotes.
    PlainText plain(const Finding &finding, const QString &reason) const
    {
        if (finding.isEmpty())
            return FindingText::quoted(reason, language, book);
        return FindingText::builtIn().plain(finding, language, book);
    }

    // "3 months", "90 días": a length the snapshot records typed, in the letter's language.
    QString duration(qint64 amount, const char *one, const char *many) const
    {
        return QStringLiteral("%1 %2").arg(amount).arg(
            book.text(QStringLiteral("units"), QLatin1String(amount == 1 ? one : many), language));
    }
};

} // namespace

QString letterKindName(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Approval:
        return QStringLiteral("approval");
    case LetterKind::Denial:
        return QStringLiteral("denial");
    case LetterKind::RequestForInformation:
        return QStringLiteral("information");
    case LetterKind::Referral:
        return QStringLiteral("referral");
    }
    return QString();
}

std::optional<LetterKind> letterKindForOutcome(const QString &outcome)
{
    if (outcome == QLatin1String("approve"))
        return LetterKind::Approval;
    if (outcome == QLatin1String("deny"))
        return LetterKind::Denial;
    if (outcome == QLatin1String("pend"))
        return LetterKind::RequestForInformation;
    if (outcome == QLatin1String("refer"))
        return LetterKind::Referral;
    return std::nullopt;
}

bool Letters::mayIssue(const User &user)
{
    return user.active && (user.role == Role::ClinicalReviewer || user.role == Role::MedicalDirector);
}

bool Letters::mayExport(const User &user)
{
    return mayIssue(user) || (user.active && user.role == Role::IntakeNurse);
}

namespace {

// The default explanation for the member (Letters::explanation), one paragraph a line.
QString buildExplanation(const Composer &c, const letters::CriteriaSnapshot &snapshot, LetterKind kind)
{
    QStringList lines;
    auto finding = [&](const SnapshotCriterion &sc) {
        return c.misc(sc.exclusion ? "explain.exclusion" : "explain.item").arg(sc.label, c.showed(sc));
    };
    switch (kind) {
    case LetterKind::Approval:
        break;
    case LetterKind::Denial: {
        // The letter lists each requirement with what the records showed
        // right below: the explanation names them, it does not say it twice.
        QStringList labels;
        for (const SnapshotCriterion &sc : snapshot.decisiveNotMet() + snapshot.exclusionsThatApply())
            if (!sc.group) // its parts say it
                labels << sc.label;
        if (!labels.isEmpty())
            lines << c.misc(labels.size() == 1 ? "explain.denialOne" : "explain.denialMany").arg(labels.join(QStringLiteral(", ")));
        break;
    }
    case LetterKind::RequestForInformation:
        lines << c.misc("explain.information");
        for (const SnapshotCriterion &sc : snapshot.missingInformation())
            lines << finding(sc);
        break;
    case LetterKind::Referral:
        lines << c.plain(snapshot.recommendationFinding, snapshot.recommendationReason).text;
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariantList paragraphs(const QString &text)
{
    QVariantList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out.append(QVariantMap{ { QStringLiteral("text"), line.trimmed() } });
    return out;
}

// "This letter replaces our approval letter of …": for the letter of a
// determination that superseded a final one; empty otherwise.
Result<QString> replacesLine(Database &db, const Composer &c, qint64 caseId, const StoredDetermination &det,
                             bool superseding)
{
    if (!superseding || !det.supersedes)
        return QString();
    auto all = Review::determinations(db, caseId);
    if (!all)
        return Error{ all.error() };
    const StoredDetermination *before = nullptr;
    for (const StoredDetermination &d : all.value())
        if (d.id == *det.supersedes)
            before = &d;
    if (!before)
        return Error{ QCoreApplication::translate("pareview::Letters", "determination %1 supersedes determination %2, which is not stored")
                          .arg(det.id)
                          .arg(*det.supersedes) };
    // The letter in this language if there is one, else the first issued.
    auto q = db.exec(QStringLiteral("SELECT id, issued_at FROM letters WHERE determination_id = :d"
                                    " ORDER BY CASE WHEN language = :l THEN 0 ELSE 1 END, id LIMIT 1"),
                     { { QStringLiteral("d"), before->id }, { QStringLiteral("l"), c.language } });
    if (!q)
        return Error{ q.error() };
    const auto kind = letterKindForOutcome(before->outcome);
    if (q->next() && kind) {
        const QDate issued = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs).toUTC().date();
        return c.misc("replacesLetter")
            .arg(PhraseBook::longDate(issued, c.language),
                 c.misc(QStringLiteral("letterKind.%1").arg(letterKindName(*kind))),
                 QString::number(q->value(0).toLongLong()));
    }
    const QDate decided = QDateTime::fromString(before->decidedAt, Qt::ISODateWithMs).toUTC().date();
    return c.misc("replacesDecision").arg(PhraseBook::longDate(decided, c.language));
}

// What a determination letter is written from: everything compose() read
// from the store, so that write() — the templates, the glossary, what a
// renewal needs — touches no store and may run on a worker thread.
struct DeterminationLetterSource final : LetterSource
{
    std::shared_ptr<const PhraseBook> book;
    CaseRow row;
    StoredDetermination det;
    User decider;
    const Policy *policy = nullptr;
    letters::CriteriaSnapshot snapshot;
    LetterKind kind = LetterKind::Approval;
    QString language;
    QDate date;
    bool unrecorded = false;
    QString replaces;
    QString contactLine; // the options' or the store's; empty: the phrase book's
    letters::Paper paper = letters::Paper::Letter;
    const Pathway *pathway = nullptr; // an approval's
    bool oneTime = false;
    std::optional<CaseFacts> renewalFacts; // an approval to be renewed: the case's facts
    int appealDays = 0; // a denial's

    Status write(LetterDraft &letter) const override;
};

// The letter of `unrecorded` (a determination being decided: marked DRAFT)
// or, when null, of the case's latest determination: the store read and the
// letter checked; its text is written by Letters::write().
Result<LetterDraft> compose(Database &db, const PolicyLibrary &library, qint64 caseId,
                            const StoredDetermination *unrecorded, bool superseding, const LetterOptions &options,
                            const User &actor)
{
    auto bookResult = PhraseBook::builtIn();
    if (!bookResult)
        return Error{ bookResult.error() };
    auto src = std::make_shared<DeterminationLetterSource>();
    src->book = bookResult.value();
    const PhraseBook &book = *src->book;

    auto row = readCase(db, caseId);
    if (!row)
        return Error{ row.error() };
    auto latest = Review::latestDetermination(db, caseId);
    if (!latest)
        return Error{ latest.error() };
    if (!unrecorded && !latest.value())
        return Error{ QCoreApplication::translate(
                          "pareview::Letters",
                          "case %1 has no determination yet: record the decision before writing its letter")
                          .arg(row->reference) };
    const StoredDetermination det = unrecorded ? *unrecorded : *latest.value();
    if (!unrecorded)
        superseding = !det.supersedeReason.isEmpty();
    const auto kind = letterKindForOutcome(det.outcome);
    if (!kind)
        return Error{ QCoreApplication::translate(
                          "pareview::Letters",
                          "the request of case %1 was withdrawn: a withdrawn request gets no determination letter")
                          .arg(row->reference) };

    const QString language = options.language.isEmpty() ? row->language : options.language;
    if (!letters::letterLanguages().contains(language))
        return Error{ QCoreApplication::translate("pareview::Letters", "letters are written in %1, not \"%2\"")
                          .arg(letters::letterLanguages().join(QStringLiteral(" / ")), language) };

    auto decider = Users::byId(db, det.decidedBy);
    if (!decider)
        return Error{ decider.error() };
    if (*kind == LetterKind::Denial) {
        if (decider->role != Role::MedicalDirector)
            return Error{ QCoreApplication::translate(
                              "pareview::Letters",
                              "the denial of case %1 was recorded by %2 (%3), not by a medical director: a denial "
                              "letter goes out only over a medical director's name, so a medical director must "
                              "record the denial")
                              .arg(row->reference, decider->name, roleTitle(decider->role)) };
        if (decider->credentials.trimmed().isEmpty())
            return Error{ QCoreApplication::translate(
                              "pareview::Letters",
                              "the denial of case %1 was recorded by medical director %2, who has no credentials "
                              "on file: a denial letter names the medical director's credentials")
                              .arg(row->reference, decider->name) };
    }

    const Policy *policy = nullptr;
    for (const Policy *p : library.versions(det.policyId))
        if (p->version == det.policyVersion)
            policy = p;
    if (!policy)
        return Error{ QCoreApplication::translate("pareview::Letters",
                                                  "case %1 was decided under policy %2 version %3, which this "
                                                  "program does not know: the letter cannot quote it")
                          .arg(row->reference, det.policyId, det.policyVersion) };
    auto snapshot = letters::CriteriaSnapshot::parse(det.criteriaSnapshot);
    if (!snapshot)
        return Error{ QStringLiteral("case %1: %2").arg(row->reference, snapshot.error()) };

    const Composer c{ book, language };
    src->date = options.date.isValid() ? options.date : QDate::currentDate();
    auto replaces = replacesLine(db, c, caseId, det, superseding);
    if (!replaces)
        return Error{ replaces.error() };
    src->replaces = replaces.value();
    src->contactLine = !options.contactLine.isEmpty()
        ? options.contactLine
        : metaValue(db, QStringLiteral("letters.contact.%1").arg(language)).value_or(QString());
    if (options.paper)
        src->paper = *options.paper;
    else if (const auto stored = metaValue(db, QStringLiteral("letters.paper")))
        src->paper = letters::paperFromName(*stored).value_or(letters::Paper::Letter);

    switch (*kind) {
    case LetterKind::Approval: {
        for (const Pathway &p : policy->pathways)
            if (p.id == snapshot->pathway)
                src->pathway = &p;
        src->oneTime = src->pathway && src->pathway->approval ? src->pathway->approval->oneTime : snapshot->oneTime;
        // What a renewal needs is evaluated from the case's facts (in write()).
        if (!src->oneTime) {
            auto facts = CaseStore::facts(db, caseId, actor);
            if (!facts)
                return Error{ facts.error() };
            src->renewalFacts = facts.value();
        }
        break;
    }
    case LetterKind::Denial: {
        // A medical director's denial against the recommendation has no
        // criterion to list: the director's explanation says why.
        if ((snapshot->decisiveNotMet() + snapshot->exclusionsThatApply()).isEmpty()
            && det.memberExplanation.trimmed().isEmpty())
            return Error{ QCoreApplication::translate("pareview::Letters",
                                                      "the denial of case %1 names no criterion that was not met: "
                                                      "a denial letter must say which requirement was not met")
                              .arg(row->reference) };
        auto rule = db.exec(QStringLiteral("SELECT days FROM appeal_rules WHERE line_of_business = :lob"),
                            { { QStringLiteral("lob"), row->lineOfBusiness } });
        if (!rule)
            return Error{ rule.error() };
        if (!rule->next())
            return Error{ QCoreApplication::translate(
                              "pareview::Letters",
                              "no appeal deadline is set for the line of business \"%1\" (table appeal_rules): the "
                              "denial letter of case %2 cannot state the member's appeal rights")
                              .arg(row->lineOfBusiness.isEmpty()
                                       ? QCoreApplication::translate("pareview::Letters", "(none on the case)")
                                       : row->lineOfBusiness,
                                   row->reference) };
        src->appealDays = rule->value(0).toInt();
        break;
    }
    case LetterKind::RequestForInformation:
        if (snapshot->missingInformation().isEmpty())
            return Error{ QCoreApplication::translate("pareview::Letters",
                                                      "the request for information of case %1 names nothing that "
                                                      "is missing: its letter would ask for nothing")
                              .arg(row->reference) };
        break;
    case LetterKind::Referral:
        break;
    }

    src->row = row.value();
    src->det = det;
    src->decider = decider.value();
    src->policy = policy;
    src->snapshot = snapshot.value();
    src->kind = *kind;
    src->language = language;
    src->unrecorded = unrecorded != nullptr;

    LetterDraft draft;
    draft.kind = *kind;
    draft.language = language;
    draft.caseId = caseId;
    draft.determinationId = det.id;
    draft.caseReference = row->reference;
    draft.date = src->date;
    draft.isDraft = unrecorded != nullptr;
    draft.source = src;
    return draft;
}

Status DeterminationLetterSource::write(LetterDraft &letter) const
{
    const Composer c{ *book, language };
    const QDate decided = QDateTime::fromString(det.decidedAt, Qt::ISODateWithMs).toUTC().date();
    const DrugInfo *drug = policy->drug(row.drug);

    QVariantMap v;
    v.insert(QStringLiteral("language"), language);
    v.insert(QStringLiteral("payer"), row.payer.isEmpty() ? policy->payer : row.payer);
    v.insert(QStringLiteral("plan"), row.plan);
    v.insert(QStringLiteral("letter_date"), PhraseBook::longDate(date, language));
    v.insert(QStringLiteral("case_reference"), row.reference);
    v.insert(QStringLiteral("member_name"), row.memberName);
    v.insert(QStringLiteral("member_id"), row.memberId);
    v.insert(QStringLiteral("prescriber_name"), row.prescriberName);
    v.insert(QStringLiteral("prescriber_npi"), row.prescriberNpi);
    v.insert(QStringLiteral("drug_name"),
             !row.drugText.isEmpty() ? row.drugText
                 : drug              ? drug->name
                                     : row.drug);
    v.insert(QStringLiteral("drug_hcpcs"),
             !row.hcpcs.isEmpty() ? row.hcpcs
                 : drug           ? drug->hcpcs
                                  : QString());
    QString ndc = row.ndc;
    if (ndc.isEmpty() && kind == LetterKind::Approval)
        ndc = snapshot.ndc;
    v.insert(QStringLiteral("drug_ndc"), ndc);
    v.insert(QStringLiteral("policy_payer"), policy->payer);
    v.insert(QStringLiteral("policy_number"), policy->number);
    v.insert(QStringLiteral("policy_title"), policy->title);
    v.insert(QStringLiteral("policy_version"), policy->version);
    v.insert(QStringLiteral("policy_effective"), PhraseBook::longDate(policy->effective, language));
    v.insert(QStringLiteral("decision_date"), PhraseBook::longDate(decided, language));
    v.insert(QStringLiteral("decider_signature"), signature(decider));
    v.insert(QStringLiteral("decided_by_label"),
             c.misc(kind == LetterKind::RequestForInformation ? "reviewedBy" : "decidedBy"));
    v.insert(QStringLiteral("decider_role"), book->text(QStringLiteral("roles"), roleName(decider.role), language));
    v.insert(QStringLiteral("line_of_business"),
             book->text(QStringLiteral("linesOfBusiness"), row.lineOfBusiness, language));
    v.insert(QStringLiteral("contact_line"), contactLine.isEmpty() ? c.misc("contact") : contactLine);
    v.insert(QStringLiteral("title"), c.misc(QStringLiteral("title.%1").arg(letterKindName(kind))).arg(row.reference));
    v.insert(QStringLiteral("draft_mark"), unrecorded ? c.misc("draftMark") : QString());
    v.insert(QStringLiteral("replaces"), replaces);
    // Reviewer notes and the rationale are internal: the member reads this.
    const QString explanation = det.memberExplanation.trimmed().isEmpty() ? buildExplanation(c, snapshot, kind)
                                                                          : det.memberExplanation.trimmed();
    v.insert(QStringLiteral("explanation"), paragraphs(explanation));

    switch (kind) {
    case LetterKind::Approval: {
        v.insert(QStringLiteral("quantity"), snapshot.quantityText(det.quantity, language, *book));
        v.insert(QStringLiteral("dose"),
                 row.dosePerKg ? book->dose(*row.dosePerKg, row.doseUnit, row.intervalHours, language) : QString());
        v.insert(QStringLiteral("approval_start"), PhraseBook::longDate(det.approvalStart, language));
        v.insert(QStringLiteral("approval_end"), PhraseBook::longDate(det.approvalEnd, language));
        const qint64 days = det.approvalStart.daysTo(det.approvalEnd) + 1;
        v.insert(QStringLiteral("duration"),
                 snapshot.durationMonths  ? c.duration(*snapshot.durationMonths, "month", "months")
                 : snapshot.durationWeeks ? c.duration(*snapshot.durationWeeks, "week", "weeks")
                                          : c.duration(snapshot.durationDays > 0 ? snapshot.durationDays : days, "day", "days"));
        v.insert(QStringLiteral("one_time"), oneTime);
        const Plain approvalWords
            = book->policyWords(pathway && pathway->approval ? pathway->approval->text : QString(), language);
        v.insert(QStringLiteral("approval_words"), approvalWords.text);
        v.insert(QStringLiteral("approval_words_original"), !approvalWords.translated);
        // What a renewal needs: the criteria of the pathway a continuation
        // request for this member would be reviewed under.
        QVariantList renewal;
        if (renewalFacts) {
            CaseFacts f = *renewalFacts;
            f.attestations.insert(Catalog::current().requestFieldId(AttestationItem::RequestRole::Type),
                                  { QStringLiteral("continuation"), date, QStringLiteral("letter") });
            const Evaluation renewalEv
                = Evaluator::evaluate(*policy, f, snapshot.asOf.isValid() ? snapshot.asOf : date);
            for (const Pathway &p : policy->pathways) {
                if (p.id != renewalEv.pathway || !p.approval)
                    continue;
                std::function<void(const Criterion &, int)> add = [&](const Criterion &criterion, int depth) {
                    SnapshotCriterion sc;
                    sc.label = criterion.fullLabel;
                    QVariantMap item = c.words(*policy, sc);
                    item.insert(QStringLiteral("indent"), QString::number(18 + 24 * depth));
                    renewal.append(item);
                    for (const Criterion &child : criterion.children)
                        add(child, depth + 1);
                };
                for (const Criterion &criterion : p.criteria)
                    add(criterion, 0);
            }
        }
        v.insert(QStringLiteral("renewal_items"), renewal);
        v.insert(QStringLiteral("has_renewal"), !renewal.isEmpty());
        v.insert(QStringLiteral("decision"), c.misc("decision.approval"));
        break;
    }
    case LetterKind::Denial: {
        QVariantList items;
        for (const SnapshotCriterion &sc : snapshot.decisiveNotMet() + snapshot.exclusionsThatApply()) {
            QVariantMap item = c.words(*policy, sc);
            item.insert(QStringLiteral("showed"), c.showed(sc));
            item.insert(QStringLiteral("indent"), QString::number(24 * sc.depth));
            item.insert(QStringLiteral("exclusion"), sc.exclusion);
            item.insert(QStringLiteral("group"), sc.group);
            items.append(item);
        }
        v.insert(QStringLiteral("items"), items);
        v.insert(QStringLiteral("has_items"), !items.isEmpty());
        v.insert(QStringLiteral("appeal_days"), QString::number(appealDays));
        v.insert(QStringLiteral("appeal_deadline"), PhraseBook::longDate(date.addDays(appealDays), language));
        v.insert(QStringLiteral("appeal_note"),
                 book->lookup(QStringLiteral("appealNotes"), row.lineOfBusiness, language)
                     .value_or(book->text(QStringLiteral("appealNotes"), QStringLiteral("*"), language)));
        v.insert(QStringLiteral("decision"), c.misc("decision.denial"));
        break;
    }
    case LetterKind::RequestForInformation: {
        QVariantList items;
        int n = 0;
        for (const SnapshotCriterion &sc : snapshot.missingInformation()) {
            QVariantMap item = c.words(*policy, sc);
            item.insert(QStringLiteral("number"), QString::number(++n));
            item.insert(QStringLiteral("found"), c.showed(sc));
            item.insert(QStringLiteral("exclusion"), sc.exclusion);
            items.append(item);
        }
        v.insert(QStringLiteral("items"), items);
        v.insert(QStringLiteral("reply_by"), PhraseBook::longDate(det.replyBy, language));
        v.insert(QStringLiteral("decision"), c.misc("decision.information"));
        break;
    }
    case LetterKind::Referral: {
        v.insert(QStringLiteral("refer_to"), det.referTo);
        const PlainText why = c.plain(snapshot.recommendationFinding, snapshot.recommendationReason);
        v.insert(QStringLiteral("refer_why"), why.text);
        const Plain otherwise = book->policyWords(policy->otherwiseText, language);
        v.insert(QStringLiteral("policy_words"), withoutConnector(otherwise.text));
        v.insert(QStringLiteral("policy_words_original"), !otherwise.translated);
        v.insert(QStringLiteral("decision"), c.misc("decision.referral").arg(det.referTo));
        break;
    }
    }

    // Two passes: the glossary explains the abbreviations the letter uses.
    v.insert(QStringLiteral("glossary"), QVariantList());
    v.insert(QStringLiteral("has_glossary"), false);
    auto html = letters::renderTemplate(letterKindName(kind), v, language);
    if (!html)
        return Error{ html.error() };
    QVariantList glossary;
    for (const letters::Gloss &g : book->glossary(stripTags(*html), language))
        glossary.append(
            QVariantMap{ { QStringLiteral("term"), g.term }, { QStringLiteral("meaning"), g.meaning } });
    v.insert(QStringLiteral("glossary"), glossary);
    v.insert(QStringLiteral("has_glossary"), !glossary.isEmpty());
    html = letters::renderTemplate(letterKindName(kind), v, language);
    if (!html)
        return Error{ html.error() };

    auto css = letters::letterResource(QStringLiteral("letter.css"));
    if (!css)
        return Error{ css.error() };
    letters::PdfOptions pdfOptions;
    pdfOptions.paper = paper;
    pdfOptions.title = v.value(QStringLiteral("title")).toString();
    pdfOptions.date = date;
    pdfOptions.footerLeft = c.misc("footer").arg(row.reference);
    pdfOptions.pageOfPages = c.misc("pageOfPages");
    pdfOptions.styleSheet = QString::fromUtf8(*css);
    if (unrecorded)
        pdfOptions.watermark = c.misc("draftWatermark");

    letter.values = v;
    letter.html = *html;
    letter.pdfOptions = pdfOptions;
    return success();
}

Result<LetterDraft> composeAndRender(Database &db, const PolicyLibrary &library, qint64 caseId,
                                     const LetterOptions &options, const User &actor)
{
    auto draft = compose(db, library, caseId, nullptr, false, options, actor);
    if (!draft)
        return draft;
    if (auto s = Letters::render(draft.value()); !s)
        return Error{ s.error() };
    return draft;
}

const char *const kLetterSelect
    = "SELECT l.id, l.case_id, l.determination_id, l.language, l.pdf, l.sha256, l.issued_by, l.issued_at,"
      " COALESCE(NULLIF(u.display_name, ''), u.name), d.outcome,"
      " (SELECT MAX(id) FROM determinations WHERE case_id = l.case_id)"
      " FROM letters l JOIN determinations d ON d.id = l.determination_id LEFT JOIN users u ON u.id = l.issued_by";

// The letter of the row `q` is on, its bytes checked against their SHA-256.
Result<IssuedLetter> letterFromRow(QSqlQuery &q)
{
    IssuedLetter l;
    l.id = q.value(0).toLongLong();
    l.caseId = q.value(1).toLongLong();
    l.determinationId = q.value(2).toLongLong();
    l.language = q.value(3).toString();
    l.pdf = q.value(4).toByteArray();
    l.sha256 = q.value(5).toString();
    l.issuedBy = q.value(6).toLongLong();
    l.issuedAt = q.value(7).toString();
    l.issuedByName = q.value(8).toString();
    l.kind = letterKindForOutcome(q.value(9).toString()).has_value()
        ? letterKindName(*letterKindForOutcome(q.value(9).toString()))
        : q.value(9).toString();
    l.current = q.value(10).toLongLong() == l.determinationId;
    if (CaseStore::sha256Hex(l.pdf) != l.sha256)
        return Error{
            QCoreApplication::translate("pareview::Letters", 
                "letter %1 does not match its SHA-256: its stored bytes were changed after it was issued")
                .arg(l.id)
        };
    return l;
}

Result<std::optional<IssuedLetter>> storedLetter(Database &db, qint64 determinationId,
                                                 const QString &language)
{
    auto q = db.exec(QStringLiteral("%1 WHERE l.determination_id = :d AND l.language = :l ORDER BY l.id LIMIT 1")
                         .arg(QLatin1String(kLetterSelect)),
                     { { QStringLiteral("d"), determinationId }, { QStringLiteral("l"), language } });
    if (!q)
        return Error{ q.error() };
    if (!q->next())
        return std::optional<IssuedLetter>();
    auto l = letterFromRow(*q);
    if (!l)
        return Error{ l.error() };
    return std::optional<IssuedLetter>(l.value());
}

} // namespace

Result<LetterDraft> Letters::preview(Database &db, const PolicyLibrary &library, qint64 caseId,
                                     const LetterOptions &options, const User &actor)
{
    if (!mayIssue(actor))
        return refuse(db, actor, caseId,
                      QCoreApplication::translate("pareview::Letters", "%1 (%2) may not write letters").arg(actor.name, roleTitle(actor.role)));
    auto draft = composeAndRender(db, library, caseId, options, actor);
    if (!draft)
        return refuse(db, actor, caseId, draft.error());
    if (auto s = audit(db, actor, caseId, QStringLiteral("letter.preview"),
                       QStringLiteral("%1 letter (%2) of determination %3")
                           .arg(letterKindName(draft->kind), draft->language)
                           .arg(draft->determinationId));
        !s)
        return Error{ s.error() };
    return draft;
}

Result<IssuedLetter> Letters::issue(Database &db, const PolicyLibrary &library, qint64 caseId,
                                    const LetterOptions &options, const User &actor)
{
    auto pending = prepareIssue(db, library, caseId, options, actor);
    if (!pending)
        return Error{ pending.error() };
    if (pending->issuedBefore)
        return *pending->issuedBefore;
    if (auto s = render(pending->letter); !s)
        return refuse(db, actor, caseId, s.error());
    return storeIssued(db, pending.value(), actor);
}

Result<Letters::Pending> Letters::prepareIssue(Database &db, const PolicyLibrary &library, qint64 caseId,
                                               const LetterOptions &options, const User &actor)
{
    if (!mayExport(actor))
        return refuse(
            db, actor, caseId,
            QCoreApplication::translate("pareview::Letters", "%1 (%2) may not issue or export letters").arg(actor.name, roleTitle(actor.role)));
    auto row = readCase(db, caseId);
    if (!row)
        return Error{ row.error() };
    auto latest = Review::latestDetermination(db, caseId);
    if (!latest)
        return Error{ latest.error() };
    if (!latest.value())
        return refuse(
            db, actor, caseId,
            QCoreApplication::translate("pareview::Letters", "case %1 has no determination yet: record the decision before writing its letter")
                .arg(row->reference));
    const qint64 determinationId = latest.value()->id;
    const QString language = options.language.isEmpty() ? row->language : options.language;

    Pending pending;
    // Issued before: the stored bytes are the letter.
    auto stored = storedLetter(db, determinationId, language);
    if (!stored)
        return Error{ stored.error() };
    if (stored.value()) {
        if (auto s = audit(db, actor, caseId, QStringLiteral("letter.export"),
                           QStringLiteral("letter %1 (%2), sha256 %3")
                               .arg(stored.value()->id)
                               .arg(language, stored.value()->sha256));
            !s)
            return Error{ s.error() };
        pending.issuedBefore = *stored.value();
        return pending;
    }
    if (!mayIssue(actor))
        return refuse(db, actor, caseId,
                      QCoreApplication::translate("pareview::Letters", "%1 (%2) may export letters already issued, but not issue one: case %3 "
                                                                  "has no %4 letter for its latest determination yet")
                          .arg(actor.name, roleTitle(actor.role), row->reference, language));

    auto draft = compose(db, library, caseId, nullptr, false, options, actor);
    if (!draft)
        return refuse(db, actor, caseId, draft.error());
    if (draft->determinationId != determinationId || draft->language != language)
        return Error{ QCoreApplication::translate("pareview::Letters", "case %1 got a new determination meanwhile: write its letter again")
                          .arg(row->reference) };
    pending.letter = draft.value();
    pending.caseStatus = row->status;
    pending.caseRowVersion = row->rowVersion;
    return pending;
}

Result<IssuedLetter> Letters::storeIssued(Database &db, const Pending &pending, const User &actor)
{
    if (pending.issuedBefore)
        return *pending.issuedBefore;
    const LetterDraft &letter = pending.letter;
    const qint64 caseId = letter.caseId;
    const qint64 determinationId = letter.determinationId;
    const QString &language = letter.language;
    const QString &reference = letter.caseReference;
    if (letter.pdf.isEmpty() || letter.isDraft || !mayIssue(actor))
        return Error{ QCoreApplication::translate("pareview::Letters", "the letter of case %1 was not laid out for issuing").arg(reference) };

    const QString sha = CaseStore::sha256Hex(letter.pdf);
    const QString at = nowIso();
    Transaction t(db);
    if (!t.started())
        return Error{ t.error() };
    // Nothing may have changed since the letter was written: the same latest
    // determination, still no letter for it, the same case row.
    auto again = Review::latestDetermination(db, caseId);
    if (!again)
        return Error{ again.error() };
    if (!again.value() || again.value()->id != determinationId)
        return Error{ QCoreApplication::translate("pareview::Letters", "case %1 got a new determination meanwhile: write its letter again")
                          .arg(reference) };
    auto raced = storedLetter(db, determinationId, language);
    if (!raced)
        return Error{ raced.error() };
    if (raced.value())
        return *raced.value();
    auto insert = db.exec(
        QStringLiteral(
            "INSERT INTO letters (case_id, determination_id, language, pdf, sha256, issued_by, issued_at)"
            " VALUES (:c, :d, :l, :pdf, :sha, :by, :at)"),
        { { QStringLiteral("c"), caseId },
          { QStringLiteral("d"), determinationId },
          { QStringLiteral("l"), language },
          { QStringLiteral("pdf"), letter.pdf },
          { QStringLiteral("sha"), sha },
          { QStringLiteral("by"), actor.id },
          { QStringLiteral("at"), at } });
    if (!insert)
        return Error{ insert.error() };
    // A request for information keeps the case pended: its clock stays stopped until the reply.
    const QString status = pending.caseStatus == QLatin1String("determined") ? QStringLiteral("letter-issued")
                                                                             : pending.caseStatus;
    auto update = db.exec(
        QStringLiteral("UPDATE cases SET status = :s, row_version = row_version + 1, updated_at = :at"
                       " WHERE id = :id AND row_version = :v"),
        { { QStringLiteral("s"), status },
          { QStringLiteral("at"), at },
          { QStringLiteral("id"), caseId },
          { QStringLiteral("v"), pending.caseRowVersion } });
    if (!update)
        return Error{ update.error() };
    if (update->numRowsAffected() != 1)
        return Error{ QCoreApplication::translate("pareview::Letters", "case %1 was changed by someone else meanwhile: write its letter again")
                          .arg(reference) };
    if (auto s = AuditLog::append(db,
                                  { actor.id, actor.name, caseId, QStringLiteral("letter.issue"),
                                    QStringLiteral("%1 letter (%2) of determination %3, %4 pages, sha256 %5")
                                        .arg(letterKindName(letter.kind), language)
                                        .arg(determinationId)
                                        .arg(letter.pages)
                                        .arg(sha) });
        !s)
        return Error{ s.error() };
    if (auto s = t.commit(); !s)
        return Error{ s.error() };

    auto issued = storedLetter(db, determinationId, language);
    if (!issued)
        return Error{ issued.error() };
    if (!issued.value())
        return Error{ QCoreApplication::translate("pareview::Letters", "the letter of case %1 was not stored").arg(reference) };
    IssuedLetter out = *issued.value();
    out.newlyIssued = true;
    return out;
}

Result<LetterDraft> Letters::draft(Database &db, const PolicyLibrary &library, qint64 caseId,
                                   const DeterminationInput &input, const LetterOptions &options, const User &actor)
{
    if (!mayIssue(actor))
        return Error{ QCoreApplication::translate("pareview::Letters", "%1 (%2) may not write letters").arg(actor.name, roleTitle(actor.role)) };
    auto latest = Review::latestDetermination(db, caseId);
    if (!latest)
        return Error{ latest.error() };
    auto row = readCase(db, caseId);
    if (!row)
        return Error{ row.error() };
    StoredDetermination det;
    det.caseId = caseId;
    det.outcome = input.outcome;
    det.rationale = input.rationale;
    det.policyId = input.policyId;
    det.policyVersion = input.policyVersion;
    det.criteriaSnapshot = input.criteriaSnapshot;
    det.approvalStart = input.approvalStart;
    det.approvalEnd = input.approvalEnd;
    det.quantity = input.quantity;
    det.referTo = input.referTo;
    det.replyBy = input.replyBy;
    det.decidedBy = actor.id;
    det.decidedAt = nowIso();
    det.memberExplanation = input.memberExplanation;
    if (latest.value())
        det.supersedes = latest.value()->id;
    return compose(db, library, caseId, &det, Review::isDetermined(row->status), options, actor);
}

Status Letters::write(LetterDraft &letter)
{
    if (!letter.html.isEmpty() || !letter.source)
        return success();
    return letter.source->write(letter);
}

Status Letters::render(LetterDraft &letter)
{
    // Letter layout on two threads at once crashed under load (a preview
    // and an issue): one at a time, wherever they are started from.
    static QMutex layout;
    QMutexLocker lock(&layout);
    if (auto s = write(letter); !s)
        return s;
    auto pdf = letters::htmlToPdf(letter.html, letter.pdfOptions);
    if (!pdf)
        return Error{ pdf.error() };
    letter.pdf = pdf->bytes;
    letter.pages = pdf->pages;
    return success();
}

Result<QString> Letters::explanation(Database &db, qint64 caseId, const DeterminationInput &input)
{
    auto bookResult = PhraseBook::builtIn();
    if (!bookResult)
        return Error{ bookResult.error() };
    auto row = readCase(db, caseId);
    if (!row)
        return Error{ row.error() };
    const auto kind = letterKindForOutcome(input.outcome);
    if (!kind)
        return QString();
    auto snapshot = letters::CriteriaSnapshot::parse(input.criteriaSnapshot);
    if (!snapshot)
        return Error{ QStringLiteral("case %1: %2").arg(row->reference, snapshot.error()) };
    const QString language
        = letters::letterLanguages().contains(row->language) ? row->language : QStringLiteral("en");
    return buildExplanation(Composer{ *bookResult.value(), language }, *snapshot, *kind);
}

Result<IssuedLetter> Letters::exportIssued(Database &db, qint64 letterId, const User &actor)
{
    auto q = db.exec(QStringLiteral("%1 WHERE l.id = :id").arg(QLatin1String(kLetterSelect)),
                     { { QStringLiteral("id"), letterId } });
    if (!q)
        return Error{ q.error() };
    if (!q->next())
        return Error{ QCoreApplication::translate("pareview::Letters", "there is no letter %1").arg(letterId) };
    const qint64 caseId = q->value(1).toLongLong();
    if (!mayExport(actor))
        return refuse(db, actor, caseId,
                      QCoreApplication::translate("pareview::Letters", "%1 (%2) may not export letters").arg(actor.name, roleTitle(actor.role)));
    auto letter = letterFromRow(*q);
    if (!letter)
        return refuse(db, actor, caseId, letter.error());
    if (auto s = audit(db, actor, caseId, QStringLiteral("letter.export"),
                       QStringLiteral("letter %1 (%2), sha256 %3").arg(letter->id).arg(letter->language, letter->sha256));
        !s)
        return Error{ s.error() };
    return letter;
}

Result<QVector<IssuedLetter>> Letters::issued(Database &db, qint64 caseId)
{
    auto q = db.exec(
        QStringLiteral("SELECT determination_id, language FROM letters WHERE case_id = :c ORDER BY id"),
        { { QStringLiteral("c"), caseId } });
    if (!q)
        return Error{ q.error() };
    QVector<QPair<qint64, QString>> keys;
    while (q->next())
        keys.append({ q->value(0).toLongLong(), q->value(1).toString() });
    QVector<IssuedLetter> out;
    for (const auto &k : keys) {
        auto l = storedLetter(db, k.first, k.second);
        if (!l)
            return Error{ l.error() };
        if (l.value())
            out.append(*l.value());
    }
    return out;
}

} // namespace pareview
