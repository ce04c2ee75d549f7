#include "engine/Evaluator.h"

#include "catalog/Catalog.h"
#include "findings/FindingText.h"
#include "intake/DrugCatalog.h"
#include "intake/LabCatalog.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace pareview {

QString statusName(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return QStringLiteral("met");
    case CriterionStatus::NotMet:
        return QStringLiteral("not-met");
    case CriterionStatus::Unknown:
        return QStringLiteral("unknown");
    case CriterionStatus::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

QString recommendationName(Recommendation r)
{
    switch (r) {
    case Recommendation::NotCovered:
        return QStringLiteral("not-covered");
    case Recommendation::Refer:
        return QStringLiteral("refer");
    case Recommendation::DoesNotMeet:
        return QStringLiteral("does-not-meet-criteria");
    case Recommendation::NeedsInformation:
        return QStringLiteral("needs-information");
    case Recommendation::Meets:
        return QStringLiteral("meets-criteria");
    }
    return {};
}

namespace {

using S = CriterionStatus;

// The special rules' items, labs and limits (the inhibitor titer that is
// positive, the CD4 count of uncontrolled HIV, the stiffness of advanced
// fibrosis) are the catalog's (rules.json), in each Rule's `special`.


struct Outcome
{
    S status = S::Unknown;
    Finding finding;
    QStringList evidence;
};

Outcome met(const Finding &finding, QStringList evidence = {})
{
    return {S::Met, finding, std::move(evidence)};
}
Outcome notMet(const Finding &finding, QStringList evidence = {})
{
    return {S::NotMet, finding, std::move(evidence)};
}
Outcome unknown(const Finding &finding, QStringList evidence = {})
{
    return {S::Unknown, finding, std::move(evidence)};
}

// A finding of `kind`, which must be a string literal (or a pointer to one):
// its QString is made once per thread, keyed by the literal's address, and
// shared by every finding of that kind (one made from the bytes each time
// was an allocation per finding). Text that lives in a buffer must not come
// here: another text could later take the same address.
Finding F(const char *kind)
{
    thread_local QHash<const char *, QString> kinds;
    auto it = kinds.constFind(kind);
    if (it == kinds.constEnd())
        it = kinds.insert(kind, QString::fromLatin1(kind));
    return Finding(*it);
}

// Several findings as one: none is no finding, one is itself.
Finding joined(const QVector<Finding> &parts)
{
    QVector<Finding> nonEmpty;
    for (const Finding &p : parts)
        if (!p.isEmpty())
            nonEmpty.append(p);
    if (nonEmpty.isEmpty())
        return {};
    if (nonEmpty.size() == 1)
        return nonEmpty.first();
    Finding f(QStringLiteral("joined"));
    f.parts = nonEmpty;
    return f;
}

// The criterion's result with its finding, and the reason written from it
// once: the finding keeps it for the groups above that name it.
void store(CriterionResult &r, Finding &f)
{
    if (f.writtenReason.isNull())
        f.writtenReason = FindingText::builtIn().reason(f);
    r.finding = f;
    r.reason = f.writtenReason;
}

QString grouped(double v)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qlonglong(std::llround(v)));
}

QString isoDate(const QDate &d)
{
    return isoDateText(d);
}

bool compare(double lhs, const QString &op, double rhs)
{
    if (op == QLatin1String("<"))
        return lhs < rhs;
    if (op == QLatin1String("<="))
        return lhs <= rhs;
    if (op == QLatin1String(">"))
        return lhs > rhs;
    if (op == QLatin1String(">="))
        return lhs >= rhs;
    if (op == QLatin1String("=="))
        return lhs == rhs;
    if (op == QLatin1String("!="))
        return lhs != rhs;
    return false;
}

QString negated(const QString &op)
{
    if (op == QLatin1String("<"))
        return QStringLiteral(">=");
    if (op == QLatin1String("<="))
        return QStringLiteral(">");
    if (op == QLatin1String(">"))
        return QStringLiteral("<=");
    if (op == QLatin1String(">="))
        return QStringLiteral("<");
    if (op == QLatin1String("=="))
        return QStringLiteral("!=");
    return QStringLiteral("==");
}

// The words reasons use for an attestation item (the catalog's "phrase").
QString attestationPhrase(const QString &item)
{
    const AttestationItem *a = Catalog::current().attestation(item);
    return a ? a->phrase : item;
}

QString factorName(const QString &factor)
{
    return factor == QLatin1String("viii") ? QStringLiteral("factor VIII") : QStringLiteral("factor IX");
}

Finding hours(double h)
{
    return h == 1 ? F("hour") : F("hours").arg(QStringLiteral("hours"), readableNumber(h));
}

class CaseEvaluator
{
public:
    CaseEvaluator(const Policy &policy, const CaseFacts &facts, const QDate &asOf, const EvaluationSettings &settings,
                  const QHash<QString, CriterionOverride> &decisions = {})
        : m_policy(policy)
        , m_facts(facts)
        , m_asOf(asOf)
        , m_settings(settings)
        , m_decisions(decisions)
    {
        const Catalog &catalog = Catalog::current();
        m_typeField = catalog.requestFieldId(AttestationItem::RequestRole::Type);
        m_useField = catalog.requestFieldId(AttestationItem::RequestRole::Use);
        m_weightLab = catalog.bodyWeightLab();
        const auto t = facts.attestation(m_typeField);
        m_requestType = t ? t->value.toString() : QStringLiteral("initial");
    }

    Evaluation run()
    {
        Evaluation ev;
        ev.policyId = m_policy.id;
        ev.policyNumber = m_policy.number;
        ev.policyTitle = m_policy.title;
        ev.payer = m_policy.payer;
        ev.policyVersion = m_policy.version;
        ev.policyEffective = m_policy.effective;
        ev.asOf = m_asOf;
        ev.drug = m_facts.drug.value.value_or(QString());
        ev.requestType = m_requestType;
        ev.medicalDirectorReview = m_policy.medicalDirectorReviewAll;
        if (!m_facts.notes.isEmpty())
            for (const QString &note : m_facts.notes)
                if (!note.startsWith(QLatin1String("reference ")))
                    ev.flags << note;

        // Every row a section or list can have, made room for once.
        qsizetype rows = 0;
        for (const Criterion &c : m_policy.notCovered)
            rows += 1 + countDescendants(c);
        ev.notCovered.reserve(rows);
        rows = 0;
        for (const Pathway &p : m_policy.pathways)
            for (const Criterion &c : p.criteria)
                rows += 1 + countDescendants(c);
        ev.criteria.reserve(rows + m_policy.pathways.size());

        // The policy's own not-covered list comes first: it outranks everything.
        bool notCovered = false;
        Finding notCoveredReason;
        for (const Criterion &c : m_policy.notCovered) {
            evaluateNode(c, 0, ev.notCovered);
            const CriterionResult &r = ev.notCovered[ev.notCovered.size() - 1 - countDescendants(c)];
            if (r.status == S::Met && !notCovered) {
                notCovered = true;
                notCoveredReason = F("not-covered").arg(QStringLiteral("label"), c.fullLabel).part(r.finding);
            }
        }

        const Pathway *chosen = choosePathway();
        bool viaOtherwise = false;
        if (!chosen) {
            viaOtherwise = true;
            // A request that falls through still shows the listed section it
            // was checked against, with the criterion that excluded it, before
            // the referral (POLICY-READING.md).
            for (const Pathway &p : m_policy.pathways)
                if (!p.fallback && p.requestTypes.contains(m_requestType) && p.checkedWhen
                    && eval(*p.checkedWhen).status == S::Met)
                    evaluateSection(p, ev.criteria);
            chosen = fallbackPathway();
        }
        CriterionStatus pathwayStatus = S::Unknown;
        if (chosen) {
            ev.pathway = chosen->id;
            ev.pathwayTitle = chosen->title;
            pathwayStatus = evaluateSection(*chosen, ev.criteria);
        }

        // An exclusion that cannot be ruled out keeps the case open: an absent
        // attestation is unknown, never "no".
        Finding openExclusions = F("recommend-meets-open");
        for (const auto &c : std::as_const(ev.notCovered))
            if (c.depth == 0 && c.status == S::Unknown) {
                openExclusions.labels << c.label;
                openExclusions.parts << c.finding;
            }

        Finding why;
        if (notCovered) {
            ev.recommendation = Recommendation::NotCovered;
            why = notCoveredReason;
        } else if (viaOtherwise) {
            why = whyNoPathway();
            if (m_policy.otherwise == Policy::Otherwise::Refer) {
                ev.recommendation = Recommendation::Refer;
                const QString lob = m_facts.lineOfBusiness.value.value_or(QString());
                ev.referTo = m_policy.referralFor(m_policy.otherwiseReferral, lob);
                if (ev.referTo.isEmpty()) {
                    // Unknown line of business: name every candidate for the reviewer.
                    QStringList all;
                    const auto targets = m_policy.referrals.value(m_policy.otherwiseReferral);
                    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
                        all << QStringLiteral("%1 for %2").arg(it.value(), it.key());
                    all.sort();
                    ev.flags << QStringLiteral("line of business unknown: refer to %1").arg(all.join(QStringLiteral(", ")));
                }
                why.arg(QStringLiteral("referTo"), ev.referTo.isEmpty() ? QStringLiteral("the off-label policy for the line of business") : ev.referTo);
            } else {
                ev.recommendation = Recommendation::NotCovered;
                why.kind = QStringLiteral("no-use-listed");
                why.args.remove(QStringLiteral("use"));
                why.args.remove(QStringLiteral("codes"));
                why.args.remove(QStringLiteral("drug"));
                why.arg(QStringLiteral("subject"), m_whyNoPathwaySubject).arg(QStringLiteral("text"), m_policy.otherwiseText);
            }
        } else if (pathwayStatus == S::NotMet) {
            ev.recommendation = Recommendation::DoesNotMeet;
            why = F("recommend-not-met");
            for (const auto &c : std::as_const(ev.criteria))
                if (c.depth == 1 && c.status == S::NotMet)
                    why.labels << c.label;
        } else if (pathwayStatus == S::Unknown) {
            ev.recommendation = Recommendation::NeedsInformation;
            why = F("recommend-undecided");
            for (const auto &c : std::as_const(ev.criteria))
                if (!c.group && c.status == S::Unknown)
                    why.labels << c.label;
        } else if (!openExclusions.labels.isEmpty()) {
            ev.recommendation = Recommendation::NeedsInformation;
            why = openExclusions.arg(QStringLiteral("pathway"), ev.pathway);
        } else {
            ev.recommendation = Recommendation::Meets;
            why = F("recommend-meets").arg(QStringLiteral("pathway"), ev.pathway);
        }
        ev.recommendationFinding = why;
        ev.recommendationReason = FindingText::builtIn().reason(why);

        if (ev.recommendation == Recommendation::Meets && chosen && chosen->approval)
            ev.approval = approvalTerms(*chosen, ev);
        if (chosen && chosen->approval)
            flagQuantity(*chosen->approval, ev);
        return ev;
    }

private:
    // ---- pathway choice --------------------------------------------------------------

    const Pathway *choosePathway()
    {
        const Pathway *firstUnknown = nullptr;
        for (const Pathway &p : m_policy.pathways) {
            if (p.fallback || !p.requestTypes.contains(m_requestType))
                continue;
            if (!p.appliesWhen)
                return &p;
            const Outcome o = eval(*p.appliesWhen);
            if (o.status == S::Met)
                return &p;
            if (o.status == S::Unknown && !firstUnknown)
                firstUnknown = &p;
        }
        return firstUnknown;
    }

    const Pathway *fallbackPathway() const
    {
        for (const Pathway &p : m_policy.pathways)
            if (p.fallback && p.requestTypes.contains(m_requestType))
                return &p;
        return nullptr;
    }

    // Why no section fits: the request's drug, diagnoses and use, which the
    // policy does not list (a referral; not covered where it refers nowhere).
    Finding whyNoPathway()
    {
        QStringList parts;
        Finding f;
        const QString drug = m_facts.drug.has() ? DrugCatalog::name(*m_facts.drug) : QString();
        if (!drug.isEmpty())
            parts << drug;
        QStringList codes;
        for (const auto &d : m_facts.diagnoses)
            if (!codes.contains(d.code))
                codes << d.code;
        if (!codes.isEmpty())
            parts << QStringLiteral("diagnosis %1").arg(codes.join(QStringLiteral(", ")));
        QString use;
        if (const auto u = m_facts.attestation(m_useField))
            use = u->value.toString();
        if (!use.isEmpty())
            parts << QStringLiteral("use %1").arg(use);
        m_whyNoPathwaySubject = parts.join(QStringLiteral(", "));
        if (!drug.isEmpty() && !codes.isEmpty() && !drug.contains(QLatin1Char(','))) {
            f = use.isEmpty() ? F("refer-dx") : F("refer-dx-use").arg(QStringLiteral("use"), use);
            f.arg(QStringLiteral("drug"), drug).arg(QStringLiteral("codes"), codes);
        } else {
            f = F("refer").arg(QStringLiteral("subject"), m_whyNoPathwaySubject);
        }
        return f.arg(QStringLiteral("policy"), QStringLiteral("%1 %2").arg(m_policy.payer, m_policy.number));
    }

    // ---- criteria tree -----------------------------------------------------------------

    static int countDescendants(const Criterion &c)
    {
        int n = 0;
        for (const auto &child : c.children)
            n += 1 + countDescendants(child);
        return n;
    }

    // Appends the section's own row (depth 0, its combined status) and its
    // criteria (depth 1 and below); returns the section's status.
    CriterionStatus evaluateSection(const Pathway &p, QVector<CriterionResult> &out)
    {
        const int index = out.size();
        CriterionResult section;
        section.label = p.id;
        section.text = p.title;
        section.depth = 0;
        section.group = true;
        section.section = true;
        out.append(std::move(section));
        QVector<QPair<QString, Outcome>> children;
        children.reserve(p.criteria.size());
        for (const Criterion &c : p.criteria)
            children.append({c.fullLabel, evaluateNode(c, 1, out)});
        QVector<const Outcome *> parts;
        parts.reserve(children.size());
        for (const auto &child : std::as_const(children))
            parts.append(&child.second);
        Outcome o = combinedStatus(p.logic, parts);
        o.finding = groupReason(p.logic, o.status, nullptr, children);
        out[index].status = o.status;
        store(out[index], o.finding);
        out[index].evidence = o.evidence;
        return o.status;
    }

    // Appends the node and its descendants (pre-order) and returns its outcome.
    Outcome evaluateNode(const Criterion &c, int depth, QVector<CriterionResult> &out)
    {
        const int index = out.size();
        CriterionResult result;
        result.label = c.fullLabel;
        result.text = c.text;
        result.documentation = c.documentation;
        result.depth = depth;
        result.group = !c.children.isEmpty();
        out.append(std::move(result));

        Outcome condition = met(Finding());
        if (c.appliesWhen) {
            condition = eval(*c.appliesWhen);
            if (condition.status == S::NotMet) {
                // Skip the subtree: everything under it is not applicable too.
                Outcome na{S::NotApplicable, F("not-applicable-because").part(condition.finding), {}};
                markNotApplicable(c, depth, out, na.finding, index);
                decided(c, out[index], na);
                return na;
            }
        }

        Outcome own;
        if (c.rule)
            own = eval(*c.rule);
        QVector<QPair<QString, Outcome>> children;
        children.reserve(c.children.size());
        for (const Criterion &child : c.children)
            children.append({child.fullLabel, evaluateNode(child, depth + 1, out)});

        Outcome o;
        if (!c.rule && children.isEmpty()) {
            o = unknown(F("judgment"));
        } else if (children.isEmpty()) {
            o = std::move(own);
        } else {
            // The group's finding names its parts (groupReason): the parts'
            // findings are not joined for it first.
            QVector<const Outcome *> parts;
            parts.reserve(children.size() + 1);
            if (c.rule)
                parts.append(&own);
            for (const auto &child : std::as_const(children))
                parts.append(&child.second);
            const auto logic = c.logic == Criterion::Logic::Single ? Criterion::Logic::All : c.logic;
            o = combinedStatus(logic, parts);
            o.finding = groupReason(logic, o.status, c.rule ? &own : nullptr, children);
        }
        if (c.appliesWhen && condition.status == S::Unknown && o.status == S::NotMet)
            o = unknown(F("applies-unknown").part(o.finding).part(condition.finding), o.evidence);
        // A criterion that applies to this request but none of whose parts
        // fits it (a dose limit the data cannot find) is for the reviewer,
        // never not applicable (POLICY-READING.md).
        if (c.appliesWhen && condition.status == S::Met && o.status == S::NotApplicable)
            o = unknown(F("no-limit-fits").part(condition.finding), condition.evidence);
        decided(c, out[index], o);
        out[index].status = o.status;
        store(out[index], o.finding);
        out[index].evidence = o.evidence;
        return o;
    }

    // A reviewer's decision replaces the computed outcome; the groups above
    // combine it like any other part.
    void decided(const Criterion &c, CriterionResult &result, Outcome &o) const
    {
        const auto it = m_decisions.constFind(c.fullLabel);
        if (it == m_decisions.constEnd())
            return;
        o.status = it->status;
        if (!it->reason.isEmpty())
            o.finding = F("reviewer-note").arg(QStringLiteral("text"), it->reason);
        result.status = o.status;
        store(result, o.finding);
        result.source = QStringLiteral("reviewer");
    }

    void markNotApplicable(const Criterion &c, int depth, QVector<CriterionResult> &out, Finding &reason, int index)
    {
        out[index].status = S::NotApplicable;
        store(out[index], reason);
        for (const Criterion &child : c.children) {
            CriterionResult r;
            r.label = child.fullLabel;
            r.text = child.text;
            r.documentation = child.documentation;
            r.depth = depth + 1;
            r.group = !child.children.isEmpty();
            const int childIndex = out.size();
            out.append(std::move(r));
            markNotApplicable(child, depth + 1, out, reason, childIndex);
        }
    }

    // A group's reason names the sub-criteria that decided it, so the
    // reviewer can go straight to them.
    static Finding groupReason(Criterion::Logic logic, S status, const Outcome *own,
                               const QVector<QPair<QString, Outcome>> &children)
    {
        QVector<Finding> parts;
        if (own && own->status != S::NotApplicable)
            parts << own->finding;
        // The sub-criteria with this status: their labels, and with them their findings.
        auto labelsWith = [&](S wanted, const char *kind, bool withFindings) {
            Finding f = F(kind);
            for (const auto &child : children)
                if (child.second.status == wanted) {
                    f.labels << child.first;
                    if (withFindings)
                        f.parts << child.second.finding;
                }
            return f;
        };
        switch (status) {
        case S::Met: {
            const Finding met = labelsWith(S::Met, logic == Criterion::Logic::One ? "group-met-by" : "group-all-met", false);
            // A node met by its own rule alone (its sub-criteria not applicable) says just that.
            if (met.labels.isEmpty())
                break;
            if (logic == Criterion::Logic::One || !children.isEmpty())
                parts << met;
            break;
        }
        case S::NotMet: {
            const Finding notMet = labelsWith(S::NotMet, "group-not-met", true);
            if (own && own->status == S::NotMet && notMet.labels.isEmpty())
                break;
            parts << notMet;
            break;
        }
        case S::Unknown: {
            const Finding undecided = labelsWith(S::Unknown, "group-undecided", true);
            if (own && own->status == S::Unknown && undecided.labels.isEmpty())
                break;
            parts << undecided;
            break;
        }
        case S::NotApplicable:
            parts << F("not-applicable");
            break;
        }
        return joined(parts);
    }

    // Three-valued ALL / ONE (POLICY-READING.md). Not applicable counts as met
    // in ALL and is left out of ONE; a group of only not-applicable parts is
    // itself not applicable.
    // The status and evidence only: a criterion's group names its parts
    // itself (groupReason).
    static Outcome combinedStatus(Criterion::Logic logic, const QVector<const Outcome *> &parts)
    {
        QStringList evidence;
        bool anyRelevant = false, anyNotMet = false, anyMet = false, allMet = true, allNotMet = true;
        for (const Outcome *p : parts) {
            if (p->status == S::NotApplicable)
                continue;
            anyRelevant = true;
            evidence << p->evidence;
            anyNotMet = anyNotMet || p->status == S::NotMet;
            anyMet = anyMet || p->status == S::Met;
            allMet = allMet && p->status == S::Met;
            allNotMet = allNotMet && p->status == S::NotMet;
        }
        if (!anyRelevant)
            return {S::NotApplicable, F("not-applicable"), {}};
        S status;
        if (logic == Criterion::Logic::One)
            status = anyMet ? S::Met : allNotMet ? S::NotMet : S::Unknown;
        else
            status = anyNotMet ? S::NotMet : allMet ? S::Met : S::Unknown;
        return {status, Finding(), std::move(evidence)};
    }

    // The same with the finding: those of the parts that decided it, joined.
    static Outcome combine(Criterion::Logic logic, const QVector<Outcome> &parts)
    {
        QVector<const Outcome *> pointers;
        pointers.reserve(parts.size());
        for (const Outcome &p : parts)
            pointers.append(&p);
        Outcome o = combinedStatus(logic, pointers);
        if (o.status == S::NotApplicable)
            return o;
        QVector<Finding> findings;
        findings.reserve(parts.size());
        for (const Outcome &p : parts)
            if (p.status == o.status)
                findings << p.finding;
        o.finding = joined(findings);
        return o;
    }

    // ---- rules -----------------------------------------------------------------------

    Outcome eval(const Rule &r)
    {
        using K = Rule::Kind;
        switch (r.kind) {
        case K::All:
        case K::Any: {
            QVector<Outcome> parts;
            for (const Rule &child : r.rules)
                parts.append(eval(child));
            Outcome o = combine(r.kind == K::All ? Criterion::Logic::All : Criterion::Logic::One, parts);
            if (o.status == S::NotApplicable)
                o.status = S::Unknown;
            return o;
        }
        case K::Not: {
            Outcome o = eval(r.rules.first());
            if (o.status == S::Met)
                o.status = S::NotMet;
            else if (o.status == S::NotMet)
                o.status = S::Met;
            return o;
        }
        case K::Always:
            return met(policyWords(r.reason));
        case K::Never:
            return notMet(policyWords(r.reason));
        case K::Age:
            return age(r);
        case K::SexAtBirth:
            return sexAtBirth(r);
        case K::Diagnosis:
            return diagnosis(r);
        case K::Drug:
            return drug(r);
        case K::RequestType: {
            const bool stated = m_facts.attestation(m_typeField).has_value();
            const Finding reason = stated ? F("request-type").arg(QStringLiteral("requestType"), m_requestType)
                                          : F("request-type-default");
            return r.list.contains(m_requestType) ? met(reason) : notMet(reason);
        }
        case K::RequestUse:
            return requestUse(r);
        case K::Attestation:
            return attestation(r);
        case K::Lab:
            return lab(r);
        case K::CurrentWeight:
            return currentWeight();
        case K::Prescriber:
            return prescriber(r);
        case K::InhibitorPresent:
            return inhibitorPresent(r);
        case K::RefutableInhibitorHistory:
            return refutableInhibitorHistory(r);
        case K::InhibitorRetest:
            return inhibitorRetest(r);
        case K::AntibodyTiter:
            return antibodyTiter(r);
        case K::LowCountOrAttested:
            return lowCountOrAttested(r);
        case K::AdvancedFibrosis:
            return advancedFibrosis(r);
        case K::NormalElastography:
            return normalElastography(r);
        case K::OtherDisorderInConcept:
            return otherDisorderInConcept(r);
        case K::Dose:
            return dose(r);
        case K::KitAvailable:
            return kitAvailable();
        case K::If: {
            // Not applicable unless the condition holds (a limit for one
            // diagnosis only); then the rule decides.
            const Outcome condition = eval(r.rules.at(0));
            if (condition.status == S::NotMet)
                return {S::NotApplicable, F("not-applicable-because").part(condition.finding), {}};
            Outcome o = eval(r.rules.at(1));
            if (!r.reason.isEmpty())
                o.finding = F("policy-condition").arg(QStringLiteral("condition"), r.reason).part(o.finding);
            o.evidence = condition.evidence + o.evidence;
            if (condition.status == S::Unknown && o.status == S::NotMet)
                o = unknown(F("applies-unknown").part(o.finding).part(condition.finding), o.evidence);
            return o;
        }
        case K::PastLiverAbnormality:
            return pastLiverAbnormality(r);
        }
        return unknown(F("rule-not-understood"));
    }

    // An "always" or "never" rule's reason, in the policy's words.
    static Finding policyWords(const QString &text)
    {
        return text.isEmpty() ? Finding() : F("policy-words").arg(QStringLiteral("text"), text);
    }

    Outcome age(const Rule &r) const
    {
        if (!m_facts.birthDate.has())
            return unknown(F("age-missing"));
        const QDate born = *m_facts.birthDate;
        int years = m_asOf.year() - born.year();
        if (m_asOf.month() < born.month() || (m_asOf.month() == born.month() && m_asOf.day() < born.day()))
            --years;
        const bool ok = compare(years, r.op, *r.value);
        const Finding reason = F("age")
                                   .arg(QStringLiteral("years"), double(years))
                                   .arg(QStringLiteral("op"), operatorSymbol(ok ? r.op : negated(r.op)))
                                   .arg(QStringLiteral("limit"), *r.value)
                                   .arg(QStringLiteral("date"), born);
        return ok ? met(reason, {m_facts.birthDate.source}) : notMet(reason, {m_facts.birthDate.source});
    }

    Outcome sexAtBirth(const Rule &r) const
    {
        if (!m_facts.sexAtBirth.has() || *m_facts.sexAtBirth == QLatin1String("unknown"))
            return unknown(F("sex-missing"));
        const QString want = r.equals.toString();
        const Finding reason = F("sex").arg(QStringLiteral("sex"), *m_facts.sexAtBirth);
        return *m_facts.sexAtBirth == want ? met(reason, {m_facts.sexAtBirth.source})
                                           : notMet(reason, {m_facts.sexAtBirth.source});
    }

    static bool codeMatches(const QString &code, const QString &pattern)
    {
        if (pattern.endsWith(QLatin1Char('*')))
            return code.startsWith(pattern.left(pattern.size() - 1));
        return code == pattern;
    }

    // The diagnoses under review: those the request names, else every one on file.
    QVector<Diagnosis> requestDiagnoses() const
    {
        QVector<Diagnosis> named;
        for (const auto &d : m_facts.diagnoses)
            if (d.forRequest)
                named.append(d);
        return named.isEmpty() ? m_facts.diagnoses : named;
    }

    Outcome diagnosis(const Rule &r) const
    {
        const auto diagnoses = requestDiagnoses();
        if (diagnoses.isEmpty())
            return unknown(F("diagnosis-missing"));
        QStringList seen;
        for (const auto &d : diagnoses) {
            for (const QString &pattern : r.list)
                if (codeMatches(d.code, pattern))
                    return met(F("diagnosis").arg(QStringLiteral("code"), d.code), {d.source});
            seen << d.code;
        }
        return notMet(F("diagnosis-other").arg(QStringLiteral("codes"), seen).arg(QStringLiteral("wanted"), r.list));
    }

    Outcome drug(const Rule &r) const
    {
        if (!m_facts.drug.has())
            return unknown(F("drug-missing"));
        const Finding reason = F("drug").arg(QStringLiteral("drug"), DrugCatalog::name(*m_facts.drug));
        return r.list.contains(*m_facts.drug) ? met(reason, {m_facts.drug.source}) : notMet(reason, {m_facts.drug.source});
    }

    Outcome requestUse(const Rule &r) const
    {
        const auto use = m_facts.attestation(m_useField);
        if (!use)
            return unknown(F("use-missing"));
        const QString value = use->value.toString();
        const Finding reason = F("use").arg(QStringLiteral("use"), value);
        return r.list.contains(value) ? met(reason, {use->source}) : notMet(reason, {use->source});
    }

    // Why an attestation cannot stand for a finding the policy wants within a
    // window: older than the window, or undated (POLICY-READING.md: outside
    // its window counts as missing). Empty when it is current.
    Finding outOfWindow(const Attestation &a, const QString &item, const Window &within) const
    {
        if (!within.isSet())
            return {};
        const QString phrase = attestationPhrase(item);
        if (!a.date.isValid())
            return F("attestation-undated").arg(QStringLiteral("item"), phrase).arg(QStringLiteral("window"), within.text());
        if (a.date < within.start(m_asOf))
            return F("attestation-old")
                .arg(QStringLiteral("item"), phrase)
                .arg(QStringLiteral("date"), a.date)
                .arg(QStringLiteral("days"), double(a.date.daysTo(m_asOf)))
                .arg(QStringLiteral("reviewDate"), m_asOf)
                .arg(QStringLiteral("window"), within.text());
        return {};
    }

    Outcome attestation(const Rule &r) const
    {
        const auto a = m_facts.attestation(r.name);
        const QString phrase = attestationPhrase(r.name);
        if (!a)
            return unknown(F("attestation-missing").arg(QStringLiteral("item"), phrase));
        if (const Finding stale = outOfWindow(*a, r.name, r.within); !stale.isEmpty())
            return unknown(stale, {a->source});
        const bool dated = a->date.isValid();
        auto answer = [&](const char *kind, const char *datedKind) {
            Finding f = F(dated ? datedKind : kind).arg(QStringLiteral("item"), phrase);
            if (dated)
                f.arg(QStringLiteral("date"), a->date);
            return f;
        };
        if (r.equals.isValid()) {
            if (r.equals.typeId() == QMetaType::Bool) {
                const bool value = a->value.toBool();
                const Finding reason = answer("answer", "answer-dated").arg(QStringLiteral("answer"), value ? QStringLiteral("yes") : QStringLiteral("no"));
                return value == r.equals.toBool() ? met(reason, {a->source}) : notMet(reason, {a->source});
            }
            const Finding reason = answer("answer-text", "answer-text-dated").arg(QStringLiteral("answerText"), a->value.toString());
            return a->value.toString() == r.equals.toString() ? met(reason, {a->source}) : notMet(reason, {a->source});
        }
        const double value = a->value.toDouble();
        const bool ok = compare(value, r.op, *r.value);
        const Finding reason = answer("answer-number", "answer-number-dated")
                                   .arg(QStringLiteral("value"), value)
                                   .arg(QStringLiteral("op"), operatorSymbol(ok ? r.op : negated(r.op)))
                                   .arg(QStringLiteral("limit"), *r.value);
        return ok ? met(reason, {a->source}) : notMet(reason, {a->source});
    }

    // Results dated on or before the as-of date; later ones did not exist yet.
    QVector<Measurement> seriesAsOf(const QString &lab) const
    {
        const QVector<Measurement> all = m_facts.labs.value(lab);
        const auto existed = [&](const Measurement &m) { return !m.date.isValid() || m.date <= m_asOf; };
        // Usually every one: the series is shared, not copied.
        if (std::all_of(all.cbegin(), all.cend(), existed))
            return all;
        QVector<Measurement> out;
        for (const auto &m : all)
            if (existed(m))
                out.append(m);
        return out;
    }

    struct Pick
    {
        std::optional<Measurement> measurement;
        Finding missing; // why there is none to use
    };

    // The latest result, or why none can be used (none at all, out of window).
    Pick latest(const QString &labName, const Window &within) const
    {
        const LabDefinition *def = LabCatalog::byName(labName);
        const QString what = def ? def->description : labName;
        const auto series = seriesAsOf(labName);
        if (series.isEmpty())
            return {std::nullopt, F("lab-missing").arg(QStringLiteral("lab"), what)};
        // Series are sorted oldest first; undated results sort first.
        const Measurement &last = series.last();
        if (within.isSet()) {
            if (!last.date.isValid())
                return {std::nullopt, F("lab-undated").arg(QStringLiteral("lab"), what).arg(QStringLiteral("window"), within.text())};
            const QDate start = within.start(m_asOf);
            if (last.date < start)
                return {std::nullopt, F("lab-old")
                                          .arg(QStringLiteral("lab"), what)
                                          .arg(QStringLiteral("date"), last.date)
                                          .arg(QStringLiteral("days"), double(last.date.daysTo(m_asOf)))
                                          .arg(QStringLiteral("reviewDate"), m_asOf)
                                          .arg(QStringLiteral("window"), within.text())};
        }
        return {last, {}};
    }

    Finding drawn(const Measurement &m) const
    {
        if (!m.date.isValid())
            return F("undated");
        const qint64 days = m.date.daysTo(m_asOf);
        Finding f = days == 0 ? F("drawn-today") : days == 1 ? F("drawn-1") : F("drawn").arg(QStringLiteral("days"), double(days));
        return f.arg(QStringLiteral("date"), m.date);
    }

    // The result as sent: its value and unit, or the laboratory's text ("<1:5").
    static Finding &withValue(Finding &f, const Measurement &m)
    {
        if (!m.text.isEmpty())
            return f.arg(QStringLiteral("value"), m.text);
        f.arg(QStringLiteral("value"), m.value);
        if (!m.unit.isEmpty())
            f.arg(QStringLiteral("unit"), m.unit);
        return f;
    }

    // The lowest result (in the window, if any): a baseline level that
    // classifies severity (POLICY-READING.md). Of equal values, the latest.
    // `count` is how many results it was chosen from.
    Pick lowest(const QString &labName, const Window &within, int *count) const
    {
        const Pick last = latest(labName, within);
        if (!last.measurement)
            return last;
        const QDate start = within.isSet() ? within.start(m_asOf) : QDate();
        std::optional<Measurement> low;
        *count = 0;
        for (const Measurement &m : seriesAsOf(labName)) {
            if (within.isSet() && (!m.date.isValid() || m.date < start))
                continue;
            ++*count;
            if (!low || m.value <= low->value)
                low = m;
        }
        return {low, {}};
    }

    Outcome lab(const Rule &r) const
    {
        const LabDefinition *def = LabCatalog::byName(r.name);
        const QString what = def ? def->description : r.name;
        int count = 1;
        const Pick pick = r.select == Rule::Select::Lowest ? lowest(r.name, r.within, &count) : latest(r.name, r.within);
        if (!pick.measurement)
            return unknown(pick.missing);
        // The baseline names itself: "(lowest of 3 results)" after the result used.
        const Measurement &m = *pick.measurement;
        auto finding = [&](const char *kind) {
            Finding f = F(kind).arg(QStringLiteral("lab"), what);
            withValue(f, m);
            return f.part(drawn(m));
        };
        auto chosen = [&](const Finding &f) {
            return count > 1 ? F("lowest-of").arg(QStringLiteral("count"), double(count)).part(f) : f;
        };
        if (r.present)
            return met(chosen(finding("lab-present")), {m.source});
        if (r.ulnMultiple) {
            if (!m.upperLimit)
                return unknown(chosen(finding("lab-no-range")), {m.source});
            const double limit = *r.ulnMultiple * *m.upperLimit;
            const bool ok = compare(m.value, r.op, limit);
            const Finding reason = finding(*r.ulnMultiple == 1 ? "lab-uln-1" : "lab-uln")
                                       .arg(QStringLiteral("op"), operatorSymbol(ok ? r.op : negated(r.op)))
                                       .arg(QStringLiteral("multiple"), *r.ulnMultiple)
                                       .arg(QStringLiteral("uln"), *m.upperLimit)
                                       .arg(QStringLiteral("limit"), limit)
                                       .arg(QStringLiteral("limitUnit"), m.unit);
            return ok ? met(chosen(reason), {m.source}) : notMet(chosen(reason), {m.source});
        }
        const bool ok = compare(m.value, r.op, *r.value);
        const Finding reason = finding("lab-compare")
                                   .arg(QStringLiteral("op"), operatorSymbol(ok ? r.op : negated(r.op)))
                                   .arg(QStringLiteral("limit"), *r.value)
                                   .arg(QStringLiteral("limitUnit"), m.unit);
        return ok ? met(chosen(reason), {m.source}) : notMet(chosen(reason), {m.source});
    }

    Window currentWeightWindow() const
    {
        Window w;
        w.amount = m_settings.currentWeightDays;
        w.unit = Window::Unit::Days;
        return w;
    }

    Outcome currentWeight() const
    {
        const Pick pick = latest(m_weightLab, currentWeightWindow());
        if (!pick.measurement)
            return unknown(pick.missing);
        return met(F("weight").arg(QStringLiteral("value"), pick.measurement->value).part(drawn(*pick.measurement)),
                   {pick.measurement->source});
    }

    std::optional<bool> attested(const QString &item, QStringList *evidence = nullptr) const
    {
        const auto a = m_facts.attestation(item);
        if (!a)
            return std::nullopt;
        if (evidence)
            *evidence << a->source;
        return a->value.toBool();
    }

    Outcome prescriber(const Rule &r) const
    {
        QStringList evidence;
        const SpecialRule &d = r.special;
        auto item = [&](const char *slot) { return d.attestation(QLatin1String(slot)); };
        if (d.logic == QLatin1String("htc-affiliation")) {
            if (m_facts.prescriberAtHtc.has() && *m_facts.prescriberAtHtc)
                return met(F("htc-organization").arg(QStringLiteral("org"), m_facts.htcName),
                           {m_facts.prescriberAtHtc.source});
            const auto att = attested(item("affiliated"), &evidence);
            if (!att)
                return unknown(F("htc-unknown"));
            return *att ? met(attestedThat("prescriber practices at an HTC"), evidence)
                        : notMet(attestedThat("prescriber does not practice at an HTC"), evidence);
        }
        if (d.logic == QLatin1String("htc-consultation")) {
            // PHARMACY-109 item 1: the HTC belongs to the hematologist, who may
            // be the one consulted; a prescriber who consulted no hematologist
            // consulted none at an HTC (POLICY-READING.md).
            Rule asked;
            asked.kind = Rule::Kind::Attestation;
            asked.name = item("consultedAtHtc");
            asked.equals = true;
            const Outcome htcConsultation = attestation(asked);
            if (htcConsultation.status != S::Unknown)
                return htcConsultation;
            asked.name = item("consulted");
            if (const Outcome consulted = attestation(asked); consulted.status == S::NotMet)
                return consulted;
            return htcConsultation;
        }
        if (d.logic == QLatin1String("specialist")) {
            const auto att = attested(item("specialist"), &evidence);
            if (!att)
                return unknown(F("specialist-unknown"));
            return *att ? met(attestedThat("prescriber is a hemophilia specialist physician"), evidence)
                        : notMet(attestedThat("prescriber is not a hemophilia specialist physician"), evidence);
        }
        // hematologist / hematologist-or-consultant
        QString hematologyCode;
        if (const PrescriberKind *hematology = Catalog::current().prescriberKind(d.prescriberKind))
            for (const QString &code : m_facts.prescriberTaxonomies)
                if (hematology->includes(code))
                    hematologyCode = code;
        if (!hematologyCode.isEmpty())
            return met(F("taxonomy-hematology").arg(QStringLiteral("taxonomy"), hematologyCode), {m_facts.prescriberTaxonomySource});
        const auto isHematologist = attested(item("hematologist"), &evidence);
        if (isHematologist && *isHematologist)
            return met(attestedThat("prescribed by a hematologist"), evidence);
        const bool orConsultant = d.logic == QLatin1String("hematologist-or-consultant");
        if (orConsultant) {
            const auto consulted = attested(item("consulted"), &evidence);
            if (consulted && *consulted)
                return met(attestedThat("prescribed in consultation with a hematologist"), evidence);
            const bool notHematologist = (isHematologist && !*isHematologist)
                                         || (!isHematologist && !m_facts.prescriberTaxonomies.isEmpty());
            if (notHematologist && consulted && !*consulted)
                return notMet(F("not-hematologist-not-consulted")
                                  .arg(QStringLiteral("basis"), isHematologist ? QStringLiteral("attested") : m_facts.prescriberTaxonomies.join(QStringLiteral(", "))),
                              evidence);
            return unknown(notHematologist ? F("not-hematologist-unknown") : F("specialty-unknown"), evidence);
        }
        if (isHematologist && !*isHematologist)
            return notMet(attestedThat("prescriber is not a hematologist"), evidence);
        if (!m_facts.prescriberTaxonomies.isEmpty())
            return notMet(F("taxonomy-not-hematology").arg(QStringLiteral("taxonomy"), m_facts.prescriberTaxonomies.join(QStringLiteral(", "))),
                          {m_facts.prescriberTaxonomySource});
        return unknown(F("specialty-unknown"));
    }

    // What the prescriber attested, in the words the terms of the letters know.
    static Finding attestedThat(const char *statement)
    {
        return F("attested").arg(QStringLiteral("statement"), QString::fromUtf8(statement));
    }

    // The titer lab of the rule's factor ("viii", "ix": the catalog names it).
    static QString inhibitorLab(const Rule &r)
    {
        return r.special.lab(r.name);
    }

    static double positiveTiter(const Rule &r)
    {
        return r.special.limit(QStringLiteral("positive"));
    }

    Outcome inhibitorPresent(const Rule &r) const
    {
        const QString fname = factorName(r.name);
        const double positive = positiveTiter(r);
        const auto series = seriesAsOf(inhibitorLab(r));
        QStringList evidence;
        std::optional<bool> latestPositive;
        std::optional<Measurement> latestTest;
        // The latest titer with what it says: "latest factor VIII inhibitor 0.2 BU (…) is negative and …".
        auto latest = [&](const char *kind) {
            return F(kind)
                .arg(QStringLiteral("factor"), fname)
                .arg(QStringLiteral("value"), latestTest->value)
                .arg(QStringLiteral("date"), isoDate(latestTest->date));
        };
        if (!series.isEmpty()) {
            const Measurement &m = series.last();
            latestPositive = m.value >= positive;
            latestTest = m;
            evidence << m.source;
            if (*latestPositive)
                return met(latest("inhibitor-latest-positive").arg(QStringLiteral("threshold"), positive), evidence);
        }
        const auto history = attested(r.special.attestation(QStringLiteral("history")), &evidence);
        const auto anamnestic = attested(r.special.attestation(QStringLiteral("anamnestic")), &evidence);
        const auto refractory = attested(r.special.attestation(QStringLiteral("refractory")), &evidence);
        const bool response = (anamnestic && *anamnestic) || (refractory && *refractory);
        // An anamnestic or refractory response is itself an inhibitor history,
        // unless the history is attested as absent.
        if (response && !(history && !*history))
            return met(F("inhibitor-response-attested")
                           .arg(QStringLiteral("response"), anamnestic && *anamnestic ? QStringLiteral("anamnestic") : QStringLiteral("refractory")),
                       evidence);
        const bool noResponse = anamnestic && !*anamnestic && refractory && !*refractory;
        if (history && !*history)
            return notMet(latestTest ? latest("inhibitor-latest-negative-no-history")
                                     : F("inhibitor-none-no-history").arg(QStringLiteral("factor"), fname),
                          evidence);
        if (latestTest && noResponse)
            return notMet(latest("inhibitor-latest-negative-no-response"), evidence);
        if (!latestTest)
            return unknown(F(noResponse ? "inhibitor-none-no-response" : "inhibitor-none").arg(QStringLiteral("factor"), fname), evidence);
        return unknown(latest("inhibitor-latest-negative-unknown"), evidence);
    }

    struct Positive
    {
        Measurement test;
        std::optional<Measurement> refutedBy;
    };

    QVector<Positive> positives(const Rule &r, int retestDays) const
    {
        QVector<Positive> out;
        const double positive = positiveTiter(r);
        const auto series = seriesAsOf(inhibitorLab(r));
        for (int i = 0; i < series.size(); ++i) {
            if (series[i].value < positive)
                continue;
            Positive p{series[i], std::nullopt};
            if (retestDays > 0 && series[i].date.isValid())
                for (int j = i + 1; j < series.size(); ++j)
                    if (series[j].value < positive && series[j].date.isValid()
                        && series[i].date.daysTo(series[j].date) <= retestDays && series[j].date >= series[i].date) {
                        p.refutedBy = series[j];
                        break;
                    }
            out.append(p);
        }
        return out;
    }

    Outcome refutableInhibitorHistory(const Rule &r) const
    {
        const QString fname = factorName(r.name);
        const bool expect = r.expect.value_or(false);
        QStringList evidence;
        std::optional<bool> history;
        Finding why;
        const auto found = positives(r, r.days);
        QVector<Finding> refuted;
        QVector<Finding> pending;
        for (const auto &p : found) {
            evidence << p.test.source;
            Finding test = positiveTest(p.test);
            if (p.refutedBy) {
                evidence << p.refutedBy->source;
                refuted << test.arg(QStringLiteral("retestValue"), p.refutedBy->value).arg(QStringLiteral("retestDate"), isoDate(p.refutedBy->date));
                refuted.last().kind = QStringLiteral("inhibitor-refuted");
            } else if (r.days > 0 && p.test.date.isValid() && p.test.date.daysTo(m_asOf) <= r.days) {
                // A negative retest may still come within the window: not yet a history.
                test.kind = QStringLiteral("inhibitor-retest-possible");
                pending << test.arg(QStringLiteral("days"), double(r.days));
            } else if (!history) {
                history = true;
                test.kind = QStringLiteral("inhibitor-positive");
                why = test.arg(QStringLiteral("factor"), fname);
            }
        }
        if (!history && !pending.isEmpty())
            return unknown(joined(pending), evidence);
        if (!history) {
            if (!refuted.isEmpty()) {
                // A refuted positive is not a documented history (CP.PHAR.580 7.a),
                // even where an attestation of history rests on it.
                history = false;
                why = joined(refuted);
            } else if (const auto att = attested(r.special.attestation(QStringLiteral("history")), &evidence)) {
                history = *att;
                why = *att ? F("inhibitor-history-attested") : attestedThat("no history of a detectable inhibitor");
                const auto series = seriesAsOf(inhibitorLab(r));
                if (!*att && !series.isEmpty())
                    why = joined({why, series.size() == 1 ? F("inhibitor-one-negative").arg(QStringLiteral("factor"), fname)
                                                          : F("inhibitor-all-negative")
                                                                .arg(QStringLiteral("count"), double(series.size()))
                                                                .arg(QStringLiteral("factor"), fname)});
            }
        }
        if (!history)
            return unknown(F("inhibitor-history-unknown").arg(QStringLiteral("factor"), fname), evidence);
        return *history == expect ? met(why, evidence) : notMet(why, evidence);
    }

    // A positive titer, its value and date (the kind is set by what followed it).
    static Finding positiveTest(const Measurement &m)
    {
        return F("inhibitor-positive").arg(QStringLiteral("value"), m.value).arg(QStringLiteral("date"), isoDate(m.date));
    }

    Outcome inhibitorRetest(const Rule &r) const
    {
        const auto found = positives(r, r.days);
        if (found.isEmpty()) {
            // An attested history whose positive test is not on file: the
            // retest cannot be checked.
            QStringList evidence;
            if (const auto att = attested(r.special.attestation(QStringLiteral("history")), &evidence); att && *att)
                return unknown(F("inhibitor-history-no-test").arg(QStringLiteral("factor"), factorName(r.name)), evidence);
            return met(F("inhibitor-no-positive").arg(QStringLiteral("factor"), factorName(r.name)));
        }
        QStringList evidence;
        QVector<Finding> reasons;
        S status = S::Met;
        for (const auto &p : found) {
            evidence << p.test.source;
            Finding test = positiveTest(p.test);
            if (p.refutedBy) {
                evidence << p.refutedBy->source;
                test.kind = QStringLiteral("inhibitor-retest-negative");
                reasons << test.arg(QStringLiteral("retestValue"), p.refutedBy->value)
                               .arg(QStringLiteral("retestDate"), isoDate(p.refutedBy->date))
                               .arg(QStringLiteral("days"), double(p.test.date.daysTo(p.refutedBy->date)));
            } else if (p.test.date.isValid() && p.test.date.daysTo(m_asOf) <= r.days) {
                if (status == S::Met)
                    status = S::Unknown;
                test.kind = QStringLiteral("inhibitor-retest-due");
                reasons << test.arg(QStringLiteral("days"), double(r.days));
            } else {
                status = S::NotMet;
                test.kind = QStringLiteral("inhibitor-retest-missing");
                reasons << test.arg(QStringLiteral("days"), double(r.days));
            }
        }
        return {status, joined(reasons), evidence};
    }

    Outcome antibodyTiter(const Rule &r) const
    {
        const auto series = seriesAsOf(r.special.lab(QStringLiteral("titer")));
        if (r.screened) {
            if (!series.isEmpty())
                return met(F(series.last().text.isEmpty() ? "aav5-titer-unreported" : "aav5-titer").arg(QStringLiteral("titer"), series.last().text).arg(QStringLiteral("date"), isoDate(series.last().date)),
                           {series.last().source});
            QStringList evidence;
            const auto att = attested(r.special.attestation(QStringLiteral("screened")), &evidence);
            if (!att)
                return unknown(F("aav5-missing-screen"));
            return *att ? met(attestedThat("screened for AAV5 neutralizing antibodies"), evidence)
                        : notMet(attestedThat("not screened for AAV5 neutralizing antibodies"), evidence);
        }
        if (series.isEmpty())
            return unknown(F("aav5-missing"));
        const Measurement &m = series.last();
        if (r.detected) {
            const bool detected = m.value > 0;
            const Finding reason = F(m.text.isEmpty() ? "aav5-result-unreported" : "aav5-result").arg(QStringLiteral("result"), m.text).arg(QStringLiteral("date"), isoDate(m.date));
            return detected == *r.detected ? met(reason, {m.source}) : notMet(reason, {m.source});
        }
        const bool ok = m.value <= *r.maxTiter;
        const Finding reason = F("aav5-compare")
                                   .arg(QStringLiteral("titer"), m.value == 0 ? m.text : QStringLiteral("1:%1").arg(readableNumber(m.value)))
                                   .arg(QStringLiteral("op"), ok ? QStringLiteral("≤") : QStringLiteral(">"))
                                   .arg(QStringLiteral("limit"), *r.maxTiter)
                                   .arg(QStringLiteral("date"), isoDate(m.date));
        return ok ? met(reason, {m.source}) : notMet(reason, {m.source});
    }

    Outcome fromFact(std::optional<bool> value, bool expect, const Finding &why, const QStringList &evidence,
                     const Finding &missing) const
    {
        if (!value)
            return unknown(missing, evidence);
        return *value == expect ? met(why, evidence) : notMet(why, evidence);
    }

    Outcome lowCountOrAttested(const Rule &r) const
    {
        // A count at or below the limit is the condition (a CD4 count for
        // uncontrolled HIV); without a count in the window, the attestation.
        const Pick count = latest(r.special.lab(QStringLiteral("count")), r.within);
        const double atMost = r.special.limit(QStringLiteral("atMost"));
        // A measurement decides where the policy defines the condition by one.
        if (count.measurement) {
            const double v = count.measurement->value;
            const bool low = v <= atMost;
            return fromFact(low, r.expect.value_or(false),
                            F("cd4")
                                .arg(QStringLiteral("value"), v)
                                .arg(QStringLiteral("op"), low ? QStringLiteral("≤") : QStringLiteral(">"))
                                .arg(QStringLiteral("limit"), atMost)
                                .part(drawn(*count.measurement)),
                            {count.measurement->source}, {});
        }
        QStringList evidence;
        const auto att = attested(r.special.attestation(QStringLiteral("attested")), &evidence);
        return fromFact(att, r.expect.value_or(false),
                        att && *att ? attestedThat("uncontrolled HIV") : attestedThat("no uncontrolled HIV"),
                        evidence, F("cd4-missing").part(count.missing));
    }

    Outcome advancedFibrosis(const Rule &r) const
    {
        const SpecialRule &d = r.special;
        const double advancedKpa = d.limit(QStringLiteral("advancedStiffness"));
        const Pick stiffness = latest(d.lab(QStringLiteral("stiffness")), r.within);
        const Pick metavir = latest(d.lab(QStringLiteral("stage")), r.within);
        QStringList evidence;
        QVector<Finding> findings;
        bool advanced = false;
        if (stiffness.measurement) {
            const double v = stiffness.measurement->value;
            advanced |= v >= advancedKpa;
            findings << stiffnessFinding(v, isoDate(stiffness.measurement->date), advancedKpa);
            evidence << stiffness.measurement->source;
        }
        if (metavir.measurement) {
            const double v = metavir.measurement->value;
            advanced |= v >= d.limit(QStringLiteral("advancedStage"));
            findings << F("metavir-finding").arg(QStringLiteral("stage"), double(int(v))).arg(QStringLiteral("date"), isoDate(metavir.measurement->date));
            evidence << metavir.measurement->source;
        }
        auto listing = [&](const char *kind) {
            Finding f = F(kind);
            f.parts = findings;
            return f;
        };
        const auto att = attested(d.attestation(QStringLiteral("attested")), &evidence);
        if (!findings.isEmpty()) {
            // Where the policy defines the condition by the measurement
            // (PHARMACY-109), a current one decides. Elsewhere (Cigna IP0535
            // 1.J: "advanced liver impairment and/or advanced fibrosis") a
            // normal stiffness does not rule out impairment the prescriber attests.
            if (!advanced && !r.definedByMeasurement && att && *att)
                return fromFact(true, r.expect.value_or(false), listing("liver-attested-findings"), evidence, {});
            return fromFact(advanced, r.expect.value_or(false), listing(advanced ? "fibrosis-advanced" : "fibrosis-none"), evidence, {});
        }
        return fromFact(att, r.expect.value_or(false),
                        att && *att ? attestedThat("advanced liver disease") : attestedThat("no advanced liver disease"),
                        evidence,
                        r.within.isSet() ? F("liver-missing-window").arg(QStringLiteral("window"), r.within.text()) : F("liver-missing"));
    }

    // "liver stiffness 9.5 kPa ≥ 9 kPa (2025-03-01)": one measurement against advanced fibrosis.
    static Finding stiffnessFinding(double v, const QString &when, double advancedKpa)
    {
        return F("stiffness-finding")
            .arg(QStringLiteral("value"), v)
            .arg(QStringLiteral("op"), v >= advancedKpa ? QStringLiteral("≥") : QStringLiteral("<"))
            .arg(QStringLiteral("limit"), advancedKpa)
            .arg(QStringLiteral("date"), when);
    }

    // Between the rule's normal and advanced limits: neither.
    Finding stiffnessBetween(const Measurement &m, const SpecialRule &d) const
    {
        return F("stiffness-between")
            .arg(QStringLiteral("value"), m.value)
            .arg(QStringLiteral("low"), d.limit(QStringLiteral("normalBelow")))
            .arg(QStringLiteral("high"), d.limit(QStringLiteral("advancedStiffness")))
            .part(drawn(m));
    }

    Outcome normalElastography(const Rule &r) const
    {
        QStringList evidence;
        // An attestation older than the window stands for nothing; a current
        // measurement may still decide.
        const SpecialRule &d = r.special;
        const double normalKpa = d.limit(QStringLiteral("normalBelow"));
        const double advancedKpa = d.limit(QStringLiteral("advancedStiffness"));
        const QString item = d.attestation(QStringLiteral("normal"));
        Finding stale;
        if (const auto a = m_facts.attestation(item)) {
            stale = outOfWindow(*a, item, r.within);
            if (stale.isEmpty()) {
                evidence << a->source;
                return a->value.toBool() ? met(attestedThat("normal elastography"), evidence)
                                         : notMet(attestedThat("elastography not normal"), evidence);
            }
        }
        const Pick stiffness = latest(d.lab(QStringLiteral("stiffness")), r.within);
        if (!stiffness.measurement)
            return unknown(stale.isEmpty() ? F("elastography-missing").part(stiffness.missing) : joined({stiffness.missing, stale}));
        const double v = stiffness.measurement->value;
        const QStringList ev{stiffness.measurement->source};
        auto compared = [&](const char *kind, double limit) {
            return F(kind).arg(QStringLiteral("value"), v).arg(QStringLiteral("limit"), limit).part(drawn(*stiffness.measurement));
        };
        if (v < normalKpa)
            return met(compared("stiffness-normal", normalKpa), ev);
        if (v >= advancedKpa)
            return notMet(compared("stiffness-advanced", advancedKpa), ev);
        return unknown(stiffnessBetween(*stiffness.measurement, d), ev);
    }

    // Evidence of past liver abnormality (CP.PHAR.580 I.A.8.c as
    // POLICY-READING.md reads it): the attestation, an ultrasound or
    // elastography not normal at any date, or enough ALT/AST results above
    // their ULN at any dates to be "sustained". No evidence: not met.
    Outcome pastLiverAbnormality(const Rule &r) const
    {
        QVector<Finding> found, possible;
        QStringList evidence;
        auto attestedNo = [&](const QString &item) {
            if (const auto a = m_facts.attestation(item); a && !a->value.toBool()) {
                Finding f = F(a->date.isValid() ? "answer-dated" : "answer")
                                .arg(QStringLiteral("item"), attestationPhrase(item))
                                .arg(QStringLiteral("answer"), QStringLiteral("no"));
                if (a->date.isValid())
                    f.arg(QStringLiteral("date"), a->date);
                found << f;
                evidence << a->source;
            }
        };
        const SpecialRule &d = r.special;
        const QString history = d.attestation(QStringLiteral("history"));
        if (const auto a = m_facts.attestation(history); a && a->value.toBool()) {
            found << F("attested").arg(QStringLiteral("statement"), attestationPhrase(history));
            evidence << a->source;
        }
        const QString elastographyNormal = d.attestation(QStringLiteral("elastographyNormal"));
        attestedNo(d.attestation(QStringLiteral("ultrasoundNormal")));
        attestedNo(elastographyNormal);
        const auto elastographyAttestedNormal = attested(elastographyNormal);
        const double normalKpa = d.limit(QStringLiteral("normalBelow"));
        const double advancedKpa = d.limit(QStringLiteral("advancedStiffness"));
        for (const Measurement &m : seriesAsOf(d.lab(QStringLiteral("stiffness")))) {
            const QString when = m.date.isValid() ? isoDate(m.date) : QStringLiteral("undated");
            if (m.value >= advancedKpa) {
                found << stiffnessFinding(m.value, when, advancedKpa);
                evidence << m.source;
            } else if (m.value >= normalKpa && !(elastographyAttestedNormal && *elastographyAttestedNormal)) {
                possible << stiffnessBetween(m, d);
                evidence << m.source;
            }
        }
        QVector<Finding> elevated;
        QStringList elevatedSources;
        for (const QString &lab : d.labList(QStringLiteral("enzymes"))) {
            const LabDefinition *def = LabCatalog::byName(lab);
            for (const Measurement &m : seriesAsOf(lab))
                if (m.upperLimit && m.value > *m.upperLimit) {
                    Finding f = F("lab-uln-1").arg(QStringLiteral("lab"), def ? def->description : lab);
                    withValue(f, m);
                    elevated << f.arg(QStringLiteral("op"), QStringLiteral(">"))
                                    .arg(QStringLiteral("multiple"), 1.0)
                                    .arg(QStringLiteral("uln"), *m.upperLimit)
                                    .arg(QStringLiteral("limit"), *m.upperLimit)
                                    .arg(QStringLiteral("limitUnit"), m.unit)
                                    .part(drawn(m));
                    elevatedSources << m.source;
                }
        }
        if (elevated.size() >= r.minCount) {
            found << elevated;
            evidence << elevatedSources;
        }
        // Each finding in the form the other rules give it, so reviewers and
        // letters read them alike.
        if (!found.isEmpty())
            return met(joined(found), evidence);
        if (!possible.isEmpty())
            return unknown(joined(possible), evidence);
        Finding why = F(elevated.isEmpty() ? "no-liver-history" : elevated.size() == 1 ? "no-liver-history-one" : "no-liver-history-some");
        if (!elevated.isEmpty()) {
            why.arg(QStringLiteral("count"), double(elevated.size())).arg(QStringLiteral("min"), double(r.minCount));
            why.parts = elevated;
        }
        return notMet(why, elevatedSources);
    }

    Outcome otherDisorderInConcept(const Rule &r) const
    {
        const DiagnosisConcept *coagulation = Catalog::current().diagnosis(r.special.concept);
        for (const auto &d : m_facts.diagnoses) {
            const bool isCoagulation = coagulation && coagulation->matches(d.code);
            const bool excluded = std::any_of(r.list.cbegin(), r.list.cend(), [&](const QString &p) { return codeMatches(d.code, p); });
            if (isCoagulation && !excluded)
                return fromFact(true, r.expect.value_or(false),
                                F("other-coagulation").arg(QStringLiteral("code"), d.code), {d.source}, {});
        }
        QStringList evidence;
        const auto att = attested(r.special.attestation(QStringLiteral("attested")), &evidence);
        return fromFact(att, r.expect.value_or(false),
                        att && *att ? attestedThat("another coagulation disorder") : attestedThat("no other coagulation disorder"),
                        evidence, F("other-coagulation-unknown"));
    }

    // "75 mcg/kg every 2 hours", "150 mg every week": a dose with its interval.
    // Whole weeks and days (a weekly injection) are said so; hours otherwise.
    static Finding doseFinding(double amount, const QString &unit, std::optional<double> intervalHours)
    {
        const QString u = unit == QLatin1String("{genome_copies}/kg") ? QStringLiteral("genome copies/kg") : unit;
        Finding f;
        if (!intervalHours)
            f = F("dose-amount");
        else if (*intervalHours == 168)
            f = F("dose-amount-weekly");
        else if (*intervalHours > 168 && std::fmod(*intervalHours, 168) == 0)
            f = F("dose-amount-every-weeks").arg(QStringLiteral("weeks"), *intervalHours / 168);
        else if (*intervalHours >= 48 && std::fmod(*intervalHours, 24) == 0)
            f = F("dose-amount-every-days").arg(QStringLiteral("days"), *intervalHours / 24);
        else if (*intervalHours == 1)
            f = F("dose-amount-hourly");
        else
            f = F("dose-amount-every").arg(QStringLiteral("hours"), readableNumber(*intervalHours));
        return f.arg(QStringLiteral("perKg"), readableNumber(amount)).arg(QStringLiteral("unit"), u);
    }

    // "300 mg per 1 week": a limit on the amount given in a period.
    static Finding perPeriodFinding(double amount, const QString &unit, const Window &period)
    {
        return F("dose-per-period")
            .arg(QStringLiteral("perKg"), readableNumber(amount))
            .arg(QStringLiteral("unit"), unit)
            .arg(QStringLiteral("window"), period.text());
    }

    // The limits a dose rule sets, as one finding ("150 mg; 300 mg per 1 week").
    static Finding doseLimitFinding(const Rule &r)
    {
        const std::optional<double> perDose = r.maxPerKg ? r.maxPerKg : r.maxDose;
        if (!r.maxPerPeriod)
            return doseFinding(*perDose, r.unit, r.minIntervalHours);
        const Finding period = perPeriodFinding(*r.maxPerPeriod, r.unit, r.period);
        if (!perDose)
            return period;
        return F("dose-limit-and-period").part(doseFinding(*perDose, r.unit, r.minIntervalHours)).part(period);
    }

    Outcome dose(const Rule &r) const
    {
        if (!m_facts.dosePerKg.has())
            return unknown(F("dose-missing"));
        if (m_facts.doseUnit != r.unit)
            return unknown(F("dose-unit").arg(QStringLiteral("unit"), m_facts.doseUnit).arg(QStringLiteral("limitUnit"), r.unit),
                           {m_facts.dosePerKg.source});
        const double requested = *m_facts.dosePerKg;
        std::optional<double> interval;
        if (m_facts.doseIntervalHours.has())
            interval = *m_facts.doseIntervalHours;
        const Finding limit = doseLimitFinding(r);
        const Finding asked = doseFinding(requested, r.unit, interval);
        QStringList evidence{m_facts.dosePerKg.source};
        // "Patients ≥ 50 kg may …": the limit is for members whose current weight compares so.
        if (r.weightKg) {
            const Finding condition = F("dose-weight-condition")
                                          .arg(QStringLiteral("op"), operatorSymbol(r.weightOp))
                                          .arg(QStringLiteral("limit"), *r.weightKg)
                                          .part(limit);
            const Pick weight = latest(m_weightLab, currentWeightWindow());
            if (!weight.measurement)
                return unknown(F("dose-weight-unknown").part(condition).part(weight.missing), evidence);
            evidence << weight.measurement->source;
            if (!compare(weight.measurement->value, r.weightOp, *r.weightKg))
                return notMet(F("dose-weight-not").part(condition).arg(QStringLiteral("weight"), weight.measurement->value),
                              evidence);
        }
        const std::optional<double> maxPerDose = r.maxPerKg ? r.maxPerKg : r.maxDose;
        if (maxPerDose && requested > *maxPerDose)
            return notMet(F("dose-over").part(asked).part(limit), evidence);
        if (r.minIntervalHours || r.maxPerPeriod) {
            if (!interval)
                return unknown(F("dose-no-interval").part(asked).part(limit), evidence);
            evidence << m_facts.doseIntervalHours.source;
            if (r.minIntervalHours && *interval < *r.minIntervalHours)
                return notMet(F("dose-too-often").part(asked).part(hours(*r.minIntervalHours)), evidence);
            if (r.maxPerPeriod) {
                // The doses that fall in the period, at the requested spacing.
                const double periodHours = 24.0 * r.period.start(m_asOf).daysTo(m_asOf);
                const double inPeriod = requested * periodHours / *interval;
                if (inPeriod > *r.maxPerPeriod * (1 + 1e-9))
                    return notMet(F("dose-over-period")
                                      .part(asked)
                                      .part(perPeriodFinding(*r.maxPerPeriod, r.unit, r.period))
                                      .arg(QStringLiteral("periodTotal"), inPeriod)
                                      .arg(QStringLiteral("unit"), r.unit)
                                      .arg(QStringLiteral("window"), r.period.text()),
                                  evidence);
            }
        }
        Finding within = F("dose-within").part(asked).part(limit);
        if (r.weightKg)
            within = F("dose-within-weight").part(asked).part(limit)
                         .arg(QStringLiteral("op"), operatorSymbol(r.weightOp)).arg(QStringLiteral("limit"), *r.weightKg);
        return met(within, evidence);
    }

    Outcome kitAvailable() const
    {
        const Pick weight = latest(m_weightLab, currentWeightWindow());
        if (!weight.measurement)
            return unknown(weight.missing);
        const double kg = weight.measurement->value;
        const int rounded = int(std::lround(kg));
        if (const KitBand *band = m_policy.kitFor(rounded))
            return met(F("kit")
                           .arg(QStringLiteral("weight"), kg)
                           .arg(QStringLiteral("rounded"), double(rounded))
                           .arg(QStringLiteral("vials"), double(band->vials))
                           .arg(QStringLiteral("ndc"), band->ndc),
                       {weight.measurement->source});
        const int lo = m_policy.kitTable.isEmpty() ? 0 : m_policy.kitTable.first().minKg;
        const int hi = m_policy.kitTable.isEmpty() ? 0 : m_policy.kitTable.last().maxKg;
        return unknown(F("kit-missing").arg(QStringLiteral("rounded"), double(rounded)).arg(QStringLiteral("lo"), double(lo)).arg(QStringLiteral("hi"), double(hi)),
                       {weight.measurement->source});
    }

    // ---- approval ---------------------------------------------------------------------

    ApprovalTerms approvalTerms(const Pathway &p, const Evaluation &ev) const
    {
        const Approval &a = *p.approval;
        ApprovalTerms t;
        t.duration = a.duration.text();
        t.oneTime = a.oneTime;
        t.text = a.text;
        t.start = m_asOf;
        if (a.duration.unit == Window::Unit::Months) {
            t.durationMonths = a.duration.amount;
            t.end = m_asOf.addMonths(a.duration.amount).addDays(-1);
        } else if (a.duration.unit == Window::Unit::Weeks) {
            t.durationWeeks = a.duration.amount;
            t.end = m_asOf.addDays(7 * qint64(a.duration.amount) - 1);
        } else {
            t.end = m_asOf.addDays(a.duration.amount - 1);
        }
        t.durationDays = int(t.start.daysTo(t.end)) + 1;

        switch (a.quantityKind) {
        case Approval::QuantityKind::PerKgPerPeriod: {
            const Pick weight = latest(m_weightLab, currentWeightWindow());
            t.periodDays = a.periodDays;
            if (weight.measurement) {
                const double total = a.amountPerKg * weight.measurement->value;
                t.maxMcg = std::round(total);
                t.quantityFinding = F("quantity-per-period")
                                        .arg(QStringLiteral("total"), grouped(total))
                                        .arg(QStringLiteral("weight"), weight.measurement->value);
            } else {
                t.quantityFinding = F("quantity-per-period-no-weight");
            }
            t.quantityFinding.arg(QStringLiteral("quantityUnit"), a.quantityUnit)
                .arg(QStringLiteral("periodDays"), double(a.periodDays))
                .arg(QStringLiteral("amountPerKg"), grouped(a.amountPerKg));
            break;
        }
        case Approval::QuantityKind::KitTable: {
            const Pick weight = latest(m_weightLab, currentWeightWindow());
            if (weight.measurement) {
                if (const KitBand *band = m_policy.kitFor(int(std::lround(weight.measurement->value)))) {
                    t.vials = band->vials;
                    t.ndc = band->ndc;
                    t.quantityFinding = F("quantity-kit").arg(QStringLiteral("vials"), double(band->vials));
                }
            }
            if (t.quantityFinding.isEmpty())
                t.quantityFinding = F("quantity-kit-unsized");
            break;
        }
        case Approval::QuantityKind::AsRequested:
            // The dose requested and how often, with what that comes to in the period.
            t.periodDays = a.periodDays;
            if (m_facts.dosePerKg.has()) {
                std::optional<double> interval;
                if (m_facts.doseIntervalHours.has())
                    interval = *m_facts.doseIntervalHours;
                const Finding asked = doseFinding(*m_facts.dosePerKg, m_facts.doseUnit, interval);
                if (interval)
                    t.quantityFinding = F("quantity-requested")
                                            .part(asked)
                                            .arg(QStringLiteral("periodTotal"), std::round(*m_facts.dosePerKg * 24 * a.periodDays / *interval))
                                            .arg(QStringLiteral("quantityUnit"), m_facts.doseUnit)
                                            .arg(QStringLiteral("periodDays"), double(a.periodDays));
                else
                    t.quantityFinding = F("quantity-requested-dose").part(asked);
            }
            break;
        case Approval::QuantityKind::Text:
            if (!a.quantityText.isEmpty())
                t.quantityFinding = F("quantity-words").arg(QStringLiteral("text"), a.quantityText);
            break;
        case Approval::QuantityKind::None:
            break;
        }
        t.quantity = FindingText::builtIn().reason(t.quantityFinding);
        t.doseLimit = doseLimitText(p, ev);
        return t;
    }

    // The dose limit that applied: the met dose rules of the chosen pathway.
    QString doseLimitText(const Pathway &p, const Evaluation &ev) const
    {
        QStringList limits;
        std::function<void(const Criterion &)> visit = [&](const Criterion &c) {
            const CriterionResult *r = ev.criterion(c.fullLabel);
            if (!r || r->status != S::Met)
                return;
            if (c.rule && c.rule->kind == Rule::Kind::Dose)
                limits << FindingText::builtIn().reason(doseLimitFinding(*c.rule));
            for (const auto &child : c.children)
                visit(child);
        };
        for (const auto &c : p.criteria)
            visit(c);
        limits.removeDuplicates();
        return limits.join(QStringLiteral("; "));
    }

    // Requests above the approvable quantity are flagged for the reviewer,
    // never failed (POLICY-READING.md on Cigna IP0355).
    void flagQuantity(const Approval &a, Evaluation &ev) const
    {
        if (a.quantityKind != Approval::QuantityKind::PerKgPerPeriod || !m_facts.quantityMcg.has())
            return;
        const Pick weight = latest(m_weightLab, currentWeightWindow());
        if (!weight.measurement)
            return;
        const double limit = a.amountPerKg * weight.measurement->value;
        const double days = m_facts.supplyDays.has() ? *m_facts.supplyDays : a.periodDays;
        const double perPeriod = *m_facts.quantityMcg * a.periodDays / days;
        if (perPeriod > limit + 0.5)
            ev.flags << QStringLiteral("requested %1 mcg per %2 days exceeds the %3 mcg the policy allows per %4 days: review the quantity")
                            .arg(grouped(*m_facts.quantityMcg))
                            .arg(readableNumber(days))
                            .arg(grouped(limit))
                            .arg(a.periodDays);
    }

    const Policy &m_policy;
    const CaseFacts &m_facts;
    QDate m_asOf;
    EvaluationSettings m_settings;
    QHash<QString, CriterionOverride> m_decisions;
    QString m_requestType;
    QString m_typeField;  // the request fields' linkIds (the catalog's)
    QString m_useField;
    QString m_weightLab;  // the lab current body weight is read from
    QString m_whyNoPathwaySubject; // "Sevenfact, diagnosis D66, use bleeding-treatment"
};

} // namespace

std::optional<QString> Evaluator::whyNotApplicable(const Policy &policy, const CaseFacts &facts)
{
    if (!facts.drug.has())
        return QStringLiteral("the request names no drug this policy covers");
    if (!policy.coversDrug(*facts.drug))
        return QStringLiteral("%1 %2 does not cover %3").arg(policy.payer, policy.number, DrugCatalog::name(*facts.drug));
    if (facts.lineOfBusiness.has() && !policy.listsLineOfBusiness(*facts.lineOfBusiness))
        return QStringLiteral("%1 %2 does not apply to the %3 line of business").arg(policy.payer, policy.number, *facts.lineOfBusiness);
    return std::nullopt;
}

Evaluation Evaluator::evaluate(const Policy &policy, const CaseFacts &facts, const QDate &asOf,
                               const EvaluationSettings &settings)
{
    return CaseEvaluator(policy, facts, asOf, settings).run();
}

Evaluation Evaluator::evaluate(const Policy &policy, const CaseFacts &facts, const QDate &asOf,
                               const QHash<QString, CriterionOverride> &decisions, const EvaluationSettings &settings)
{
    return CaseEvaluator(policy, facts, asOf, settings, decisions).run();
}

QDate Evaluator::defaultAsOf(const CaseFacts &facts)
{
    // The date as written in the timestamp, not shifted to local time.
    return facts.receivedDate.isValid() ? facts.receivedDate : QDate::currentDate();
}

} // namespace pareview
