#include "engine/Evaluator.h"

#include "catalog/Catalog.h"
#include "intake/DrugCatalog.h"
#include "intake/LabCatalog.h"

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

// Inhibitor titers at or above this are positive (POLICY-READING.md).
constexpr double kPositiveBethesda = 0.6;
// HIV is uncontrolled at a CD4 count at or below this (PHARMACY-109).
constexpr double kUncontrolledCd4 = 200;
// Liver: advanced fibrosis and "normal" elastography limits.
constexpr double kAdvancedStiffnessKpa = 9;
constexpr double kNormalStiffnessKpa = 7;
constexpr double kAdvancedMetavir = 3;


struct Outcome
{
    S status = S::Unknown;
    QString reason;
    QStringList evidence;
};

Outcome met(const QString &reason, QStringList evidence = {})
{
    return {S::Met, reason, std::move(evidence)};
}
Outcome notMet(const QString &reason, QStringList evidence = {})
{
    return {S::NotMet, reason, std::move(evidence)};
}
Outcome unknown(const QString &reason, QStringList evidence = {})
{
    return {S::Unknown, reason, std::move(evidence)};
}

QString grouped(double v)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qlonglong(std::llround(v)));
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
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

QString hours(double h)
{
    return h == 1 ? QStringLiteral("1 hour") : QStringLiteral("%1 hours").arg(readableNumber(h));
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
        const auto t = facts.attestation(QStringLiteral("request-type"));
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

        // The policy's own not-covered list comes first: it outranks everything.
        bool notCovered = false;
        QString notCoveredReason;
        for (const Criterion &c : m_policy.notCovered) {
            evaluateNode(c, 0, ev.notCovered);
            const CriterionResult &r = ev.notCovered[ev.notCovered.size() - 1 - countDescendants(c)];
            if (r.status == S::Met && !notCovered) {
                notCovered = true;
                notCoveredReason = QStringLiteral("not covered (%1): %2").arg(c.fullLabel, r.reason);
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
        QStringList openExclusions;
        for (const auto &c : std::as_const(ev.notCovered))
            if (c.depth == 0 && c.status == S::Unknown)
                openExclusions << QStringLiteral("%1 (%2)").arg(c.label, c.reason);

        if (notCovered) {
            ev.recommendation = Recommendation::NotCovered;
            ev.recommendationReason = notCoveredReason;
        } else if (viaOtherwise) {
            const QString why = whyNoPathway();
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
                ev.recommendationReason = QStringLiteral("%1; refer to %2").arg(why, ev.referTo.isEmpty() ? QStringLiteral("the off-label policy for the line of business") : ev.referTo);
            } else {
                ev.recommendation = Recommendation::NotCovered;
                ev.recommendationReason = QStringLiteral("%1: %2").arg(why, m_policy.otherwiseText);
            }
        } else if (pathwayStatus == S::NotMet) {
            ev.recommendation = Recommendation::DoesNotMeet;
            QStringList failed;
            for (const auto &c : std::as_const(ev.criteria))
                if (c.depth == 1 && c.status == S::NotMet)
                    failed << c.label;
            ev.recommendationReason = QStringLiteral("not met: %1").arg(failed.join(QStringLiteral(", ")));
        } else if (pathwayStatus == S::Unknown) {
            ev.recommendation = Recommendation::NeedsInformation;
            QStringList open;
            for (const auto &c : std::as_const(ev.criteria))
                if (!c.group && c.status == S::Unknown)
                    open << c.label;
            ev.recommendationReason = QStringLiteral("undecided: %1").arg(open.join(QStringLiteral(", ")));
        } else if (!openExclusions.isEmpty()) {
            ev.recommendation = Recommendation::NeedsInformation;
            ev.recommendationReason = QStringLiteral("every criterion of %1 is met, but a condition not covered cannot be ruled out: %2")
                                          .arg(ev.pathway, openExclusions.join(QStringLiteral("; ")));
        } else {
            ev.recommendation = Recommendation::Meets;
            ev.recommendationReason = QStringLiteral("every criterion of %1 is met").arg(ev.pathway);
        }

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

    QString whyNoPathway() const
    {
        QStringList parts;
        if (m_facts.drug.has())
            parts << DrugCatalog::name(*m_facts.drug);
        QStringList codes;
        for (const auto &d : m_facts.diagnoses)
            if (!codes.contains(d.code))
                codes << d.code;
        if (!codes.isEmpty())
            parts << QStringLiteral("diagnosis %1").arg(codes.join(QStringLiteral(", ")));
        if (const auto use = m_facts.attestation(QStringLiteral("request-use")))
            parts << QStringLiteral("use %1").arg(use->value.toString());
        return QStringLiteral("%1 is not a use listed in %2 %3").arg(parts.join(QStringLiteral(", ")), m_policy.payer, m_policy.number);
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
        out.append(section);
        QVector<Outcome> parts;
        QVector<QPair<QString, Outcome>> children;
        for (const Criterion &c : p.criteria) {
            children.append({c.fullLabel, evaluateNode(c, 1, out)});
            parts.append(children.last().second);
        }
        Outcome o = combine(p.logic, parts);
        o.reason = groupReason(p.logic, o.status, nullptr, children);
        out[index].status = o.status;
        out[index].reason = o.reason;
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
        out.append(result);

        Outcome condition = met(QString());
        if (c.appliesWhen) {
            condition = eval(*c.appliesWhen);
            if (condition.status == S::NotMet) {
                // Skip the subtree: everything under it is not applicable too.
                Outcome na{S::NotApplicable, QStringLiteral("not applicable: %1").arg(condition.reason), {}};
                markNotApplicable(c, depth, out, na.reason, index);
                decided(c, out[index], na);
                return na;
            }
        }

        QVector<Outcome> parts;
        if (c.rule)
            parts.append(eval(*c.rule));
        QVector<QPair<QString, Outcome>> children;
        for (const Criterion &child : c.children) {
            children.append({child.fullLabel, evaluateNode(child, depth + 1, out)});
            parts.append(children.last().second);
        }

        Outcome o;
        if (parts.isEmpty())
            o = unknown(QStringLiteral("needs a reviewer's judgment: the data cannot decide it"));
        else if (parts.size() == 1 && c.children.isEmpty())
            o = parts.first();
        else {
            const auto logic = c.logic == Criterion::Logic::Single ? Criterion::Logic::All : c.logic;
            o = combine(logic, parts);
            o.reason = groupReason(logic, o.status, c.rule ? &parts.first() : nullptr, children);
        }
        if (c.appliesWhen && condition.status == S::Unknown && o.status == S::NotMet)
            o = unknown(QStringLiteral("%1; but whether it applies is unknown (%2)").arg(o.reason, condition.reason),
                        o.evidence);
        // A criterion that applies to this request but none of whose parts
        // fits it (a dose limit the data cannot find) is for the reviewer,
        // never not applicable (POLICY-READING.md).
        if (c.appliesWhen && condition.status == S::Met && o.status == S::NotApplicable)
            o = unknown(QStringLiteral("applies (%1), but none of its sub-criteria fits this request: for the reviewer").arg(condition.reason),
                        condition.evidence);
        decided(c, out[index], o);
        out[index].status = o.status;
        out[index].reason = o.reason;
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
            o.reason = it->reason;
        result.status = o.status;
        result.reason = o.reason;
        result.source = QStringLiteral("reviewer");
    }

    void markNotApplicable(const Criterion &c, int depth, QVector<CriterionResult> &out, const QString &reason, int index)
    {
        out[index].status = S::NotApplicable;
        out[index].reason = reason;
        for (const Criterion &child : c.children) {
            CriterionResult r;
            r.label = child.fullLabel;
            r.text = child.text;
            r.documentation = child.documentation;
            r.depth = depth + 1;
            r.group = !child.children.isEmpty();
            const int childIndex = out.size();
            out.append(r);
            markNotApplicable(child, depth + 1, out, reason, childIndex);
        }
    }

    // A group's reason names the sub-criteria that decided it, so the
    // reviewer can go straight to them.
    static QString groupReason(Criterion::Logic logic, S status, const Outcome *own,
                               const QVector<QPair<QString, Outcome>> &children)
    {
        QStringList parts;
        if (own && own->status != S::NotApplicable)
            parts << own->reason;
        auto labelsWith = [&](S wanted, bool withReasons) {
            QStringList out;
            for (const auto &child : children)
                if (child.second.status == wanted)
                    out << (withReasons ? QStringLiteral("%1 (%2)").arg(child.first, child.second.reason) : child.first);
            return out;
        };
        switch (status) {
        case S::Met:
            // A node met by its own rule alone (its sub-criteria not applicable) says just that.
            if (labelsWith(S::Met, false).isEmpty())
                break;
            if (logic == Criterion::Logic::One)
                parts << QStringLiteral("met by %1").arg(labelsWith(S::Met, false).join(QStringLiteral(", ")));
            else if (!children.isEmpty())
                parts << QStringLiteral("all of %1 met").arg(labelsWith(S::Met, false).join(QStringLiteral(", ")));
            break;
        case S::NotMet:
            if (own && own->status == S::NotMet && labelsWith(S::NotMet, false).isEmpty())
                break;
            parts << QStringLiteral("not met: %1").arg(labelsWith(S::NotMet, true).join(QStringLiteral("; ")));
            break;
        case S::Unknown:
            if (own && own->status == S::Unknown && labelsWith(S::Unknown, false).isEmpty())
                break;
            parts << QStringLiteral("undecided: %1").arg(labelsWith(S::Unknown, true).join(QStringLiteral("; ")));
            break;
        case S::NotApplicable:
            parts << QStringLiteral("not applicable");
            break;
        }
        return parts.join(QStringLiteral("; "));
    }

    // Three-valued ALL / ONE (POLICY-READING.md). Not applicable counts as met
    // in ALL and is left out of ONE; a group of only not-applicable parts is
    // itself not applicable.
    static Outcome combine(Criterion::Logic logic, const QVector<Outcome> &parts)
    {
        QVector<const Outcome *> relevant;
        for (const auto &p : parts)
            if (p.status != S::NotApplicable)
                relevant.append(&p);
        if (relevant.isEmpty())
            return {S::NotApplicable, QStringLiteral("not applicable"), {}};

        QStringList evidence;
        for (const auto *p : relevant)
            evidence << p->evidence;
        auto reasonsOf = [&](S status) {
            QStringList reasons;
            for (const auto *p : relevant)
                if (p->status == status && !p->reason.isEmpty())
                    reasons << p->reason;
            return reasons.join(QStringLiteral("; "));
        };
        const bool anyNotMet = std::any_of(relevant.cbegin(), relevant.cend(), [](const Outcome *p) { return p->status == S::NotMet; });
        const bool anyMet = std::any_of(relevant.cbegin(), relevant.cend(), [](const Outcome *p) { return p->status == S::Met; });
        const bool allMet = std::all_of(relevant.cbegin(), relevant.cend(), [](const Outcome *p) { return p->status == S::Met; });
        const bool allNotMet = std::all_of(relevant.cbegin(), relevant.cend(), [](const Outcome *p) { return p->status == S::NotMet; });

        if (logic == Criterion::Logic::One) {
            if (anyMet)
                return {S::Met, reasonsOf(S::Met), evidence};
            if (allNotMet)
                return {S::NotMet, reasonsOf(S::NotMet), evidence};
            return {S::Unknown, reasonsOf(S::Unknown), evidence};
        }
        if (anyNotMet)
            return {S::NotMet, reasonsOf(S::NotMet), evidence};
        if (allMet)
            return {S::Met, reasonsOf(S::Met), evidence};
        return {S::Unknown, reasonsOf(S::Unknown), evidence};
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
            return met(r.reason);
        case K::Never:
            return notMet(r.reason);
        case K::Age:
            return age(r);
        case K::SexAtBirth:
            return sexAtBirth(r);
        case K::Diagnosis:
            return diagnosis(r);
        case K::Drug:
            return drug(r);
        case K::RequestType: {
            const bool stated = m_facts.attestation(QStringLiteral("request-type")).has_value();
            const QString reason = stated ? QStringLiteral("%1 request").arg(m_requestType)
                                          : QStringLiteral("initial request (no request type stated)");
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
        case K::WithInhibitors:
            return withInhibitors(r);
        case K::InhibitorHistory:
            return inhibitorHistory(r);
        case K::InhibitorRetest:
            return inhibitorRetest(r);
        case K::Aav5Nab:
            return aav5(r);
        case K::HivUncontrolled:
            return hiv(r);
        case K::AdvancedLiverDisease:
            return advancedLiver(r);
        case K::ElastographyNormal:
            return elastographyNormal(r);
        case K::OtherCoagulationDisorder:
            return otherCoagulation(r);
        case K::Dose:
            return dose(r);
        case K::KitAvailable:
            return kitAvailable();
        case K::If: {
            // Not applicable unless the condition holds (a limit for one
            // diagnosis only); then the rule decides.
            const Outcome condition = eval(r.rules.at(0));
            if (condition.status == S::NotMet)
                return {S::NotApplicable, QStringLiteral("not applicable: %1").arg(condition.reason), {}};
            Outcome o = eval(r.rules.at(1));
            if (!r.reason.isEmpty())
                o.reason = QStringLiteral("%1: %2").arg(r.reason, o.reason);
            o.evidence = condition.evidence + o.evidence;
            if (condition.status == S::Unknown && o.status == S::NotMet)
                o = unknown(QStringLiteral("%1; but whether it applies is unknown (%2)").arg(o.reason, condition.reason), o.evidence);
            return o;
        }
        case K::LiverAbnormalityHistory:
            return liverAbnormalityHistory(r);
        }
        return unknown(QStringLiteral("rule not understood"));
    }

    Outcome age(const Rule &r) const
    {
        if (!m_facts.birthDate.has())
            return unknown(QStringLiteral("no birth date"));
        const QDate born = *m_facts.birthDate;
        int years = m_asOf.year() - born.year();
        if (m_asOf.month() < born.month() || (m_asOf.month() == born.month() && m_asOf.day() < born.day()))
            --years;
        const bool ok = compare(years, r.op, *r.value);
        const QString reason = QStringLiteral("age %1 %2 %3 (born %4)")
                                   .arg(years)
                                   .arg(operatorSymbol(ok ? r.op : negated(r.op)))
                                   .arg(readableNumber(*r.value))
                                   .arg(isoDate(born));
        return ok ? met(reason, {m_facts.birthDate.source}) : notMet(reason, {m_facts.birthDate.source});
    }

    Outcome sexAtBirth(const Rule &r) const
    {
        if (!m_facts.sexAtBirth.has() || *m_facts.sexAtBirth == QLatin1String("unknown"))
            return unknown(QStringLiteral("sex at birth not recorded"));
        const QString want = r.equals.toString();
        const QString reason = QStringLiteral("sex at birth %1").arg(*m_facts.sexAtBirth);
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
            return unknown(QStringLiteral("no diagnosis on the request"));
        QStringList seen;
        for (const auto &d : diagnoses) {
            for (const QString &pattern : r.list)
                if (codeMatches(d.code, pattern))
                    return met(QStringLiteral("diagnosis %1").arg(d.code), {d.source});
            seen << d.code;
        }
        return notMet(QStringLiteral("diagnosis %1 is not %2").arg(seen.join(QStringLiteral(", ")), r.list.join(QStringLiteral(" or "))));
    }

    Outcome drug(const Rule &r) const
    {
        if (!m_facts.drug.has())
            return unknown(QStringLiteral("no drug on the request"));
        const QString reason = QStringLiteral("%1 requested").arg(DrugCatalog::name(*m_facts.drug));
        return r.list.contains(*m_facts.drug) ? met(reason, {m_facts.drug.source}) : notMet(reason, {m_facts.drug.source});
    }

    Outcome requestUse(const Rule &r) const
    {
        const auto use = m_facts.attestation(QStringLiteral("request-use"));
        if (!use)
            return unknown(QStringLiteral("requested use not stated"));
        const QString value = use->value.toString();
        const QString reason = QStringLiteral("requested use %1").arg(value);
        return r.list.contains(value) ? met(reason, {use->source}) : notMet(reason, {use->source});
    }

    // Why an attestation cannot stand for a finding the policy wants within a
    // window: older than the window, or undated (POLICY-READING.md: outside
    // its window counts as missing). Empty when it is current.
    QString outOfWindow(const Attestation &a, const QString &item, const Window &within) const
    {
        if (!within.isSet())
            return {};
        const QString phrase = attestationPhrase(item);
        if (!a.date.isValid())
            return QStringLiteral("the attestation on %1 has no date (window %2)").arg(phrase, within.text());
        if (a.date < within.start(m_asOf))
            return QStringLiteral("the attestation on %1 (attested %2) is %3 days before %4 (window %5)")
                .arg(phrase, isoDate(a.date))
                .arg(a.date.daysTo(m_asOf))
                .arg(isoDate(m_asOf), within.text());
        return {};
    }

    Outcome attestation(const Rule &r) const
    {
        const auto a = m_facts.attestation(r.name);
        const QString phrase = attestationPhrase(r.name);
        if (!a)
            return unknown(QStringLiteral("no attestation on %1").arg(phrase));
        if (const QString stale = outOfWindow(*a, r.name, r.within); !stale.isEmpty())
            return unknown(stale, {a->source});
        const QString when = a->date.isValid() ? QStringLiteral(" (attested %1)").arg(isoDate(a->date)) : QString();
        if (r.equals.isValid()) {
            if (r.equals.typeId() == QMetaType::Bool) {
                const bool value = a->value.toBool();
                const QString reason = QStringLiteral("%1: %2%3").arg(phrase, value ? QStringLiteral("yes") : QStringLiteral("no"), when);
                return value == r.equals.toBool() ? met(reason, {a->source}) : notMet(reason, {a->source});
            }
            const QString reason = QStringLiteral("%1: %2%3").arg(phrase, a->value.toString(), when);
            return a->value.toString() == r.equals.toString() ? met(reason, {a->source}) : notMet(reason, {a->source});
        }
        const double value = a->value.toDouble();
        const bool ok = compare(value, r.op, *r.value);
        const QString reason = QStringLiteral("%1: %2 %3 %4%5")
                                   .arg(phrase, readableNumber(value), operatorSymbol(ok ? r.op : negated(r.op)), readableNumber(*r.value), when);
        return ok ? met(reason, {a->source}) : notMet(reason, {a->source});
    }

    // Results dated on or before the as-of date; later ones did not exist yet.
    QVector<Measurement> seriesAsOf(const QString &lab) const
    {
        QVector<Measurement> out;
        for (const auto &m : m_facts.labs.value(lab))
            if (!m.date.isValid() || m.date <= m_asOf)
                out.append(m);
        return out;
    }

    struct Pick
    {
        std::optional<Measurement> measurement;
        QString missing; // why there is none to use
    };

    // The latest result, or why none can be used (none at all, out of window).
    Pick latest(const QString &labName, const Window &within) const
    {
        const LabDefinition *def = LabCatalog::byName(labName);
        const QString what = def ? def->description : labName;
        const auto series = seriesAsOf(labName);
        if (series.isEmpty())
            return {std::nullopt, QStringLiteral("no %1 result").arg(what)};
        // Series are sorted oldest first; undated results sort first.
        const Measurement &last = series.last();
        if (within.isSet()) {
            if (!last.date.isValid())
                return {std::nullopt, QStringLiteral("%1 result has no date (window %2)").arg(what, within.text())};
            const QDate start = within.start(m_asOf);
            if (last.date < start)
                return {std::nullopt, QStringLiteral("latest %1 %2 is %3 days before %4 (window %5)")
                                          .arg(what, isoDate(last.date))
                                          .arg(last.date.daysTo(m_asOf))
                                          .arg(isoDate(m_asOf), within.text())};
        }
        return {last, {}};
    }

    QString drawn(const Measurement &m) const
    {
        if (!m.date.isValid())
            return QStringLiteral("undated");
        const qint64 days = m.date.daysTo(m_asOf);
        return QStringLiteral("drawn %1, %2 day%3 before review").arg(isoDate(m.date)).arg(days).arg(days == 1 ? QString() : QStringLiteral("s"));
    }

    static QString valueWithUnit(const Measurement &m)
    {
        if (!m.text.isEmpty())
            return m.text;
        return m.unit.isEmpty() ? readableNumber(m.value) : QStringLiteral("%1 %2").arg(readableNumber(m.value), m.unit);
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
        const QString chosen = count > 1 ? QStringLiteral(" (lowest of %1 results)").arg(count) : QString();
        const Measurement &m = *pick.measurement;
        if (r.present)
            return met(QStringLiteral("%1 %2, %3").arg(what, valueWithUnit(m), drawn(m)) + chosen, {m.source});
        if (r.ulnMultiple) {
            if (!m.upperLimit)
                return unknown(QStringLiteral("%1 %2 (%3) was sent without a reference range (upper limit of normal)")
                                   .arg(what, valueWithUnit(m), drawn(m)) + chosen,
                               {m.source});
            const double limit = *r.ulnMultiple * *m.upperLimit;
            const bool ok = compare(m.value, r.op, limit);
            const QString reason = QStringLiteral("%1 %2 %3 %4 × ULN (%4 × %5 = %6 %7), %8")
                                       .arg(what, valueWithUnit(m), operatorSymbol(ok ? r.op : negated(r.op)), readableNumber(*r.ulnMultiple),
                                            readableNumber(*m.upperLimit), readableNumber(limit), m.unit, drawn(m)) + chosen;
            return ok ? met(reason, {m.source}) : notMet(reason, {m.source});
        }
        const bool ok = compare(m.value, r.op, *r.value);
        const QString reason = QStringLiteral("%1 %2 %3 %4%5, %6")
                                   .arg(what, valueWithUnit(m), operatorSymbol(ok ? r.op : negated(r.op)), readableNumber(*r.value),
                                        m.unit.isEmpty() ? QString() : QLatin1Char(' ') + m.unit, drawn(m)) + chosen;
        return ok ? met(reason, {m.source}) : notMet(reason, {m.source});
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
        const Pick pick = latest(QStringLiteral("weight"), currentWeightWindow());
        if (!pick.measurement)
            return unknown(pick.missing);
        return met(QStringLiteral("current body weight %1 kg, %2").arg(readableNumber(pick.measurement->value), drawn(*pick.measurement)),
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
        if (r.name == QLatin1String("htc")) {
            if (m_facts.prescriberAtHtc.has() && *m_facts.prescriberAtHtc)
                return met(QStringLiteral("prescriber's organization %1 is a Hemophilia Treatment Center")
                               .arg(m_facts.htcName.isEmpty() ? QString() : m_facts.htcName),
                           {m_facts.prescriberAtHtc.source});
            const auto att = attested(QStringLiteral("prescriber-at-htc"), &evidence);
            if (!att)
                return unknown(QStringLiteral("no HTC organization and no attestation on HTC practice"));
            return *att ? met(QStringLiteral("attested: prescriber practices at an HTC"), evidence)
                        : notMet(QStringLiteral("attested: prescriber does not practice at an HTC"), evidence);
        }
        if (r.name == QLatin1String("consulted-htc-hematologist")) {
            // PHARMACY-109 item 1: the HTC belongs to the hematologist, who may
            // be the one consulted; a prescriber who consulted no hematologist
            // consulted none at an HTC (POLICY-READING.md).
            Rule asked;
            asked.kind = Rule::Kind::Attestation;
            asked.name = QStringLiteral("consulted-htc-hematologist");
            asked.equals = true;
            const Outcome htcConsultation = attestation(asked);
            if (htcConsultation.status != S::Unknown)
                return htcConsultation;
            asked.name = QStringLiteral("prescriber-consulted-hematologist");
            if (const Outcome consulted = attestation(asked); consulted.status == S::NotMet)
                return consulted;
            return htcConsultation;
        }
        if (r.name == QLatin1String("hemophilia-specialist")) {
            const auto att = attested(QStringLiteral("prescriber-hemophilia-specialist"), &evidence);
            if (!att)
                return unknown(QStringLiteral("no attestation that the prescriber is a hemophilia specialist"));
            return *att ? met(QStringLiteral("attested: prescriber is a hemophilia specialist physician"), evidence)
                        : notMet(QStringLiteral("attested: prescriber is not a hemophilia specialist physician"), evidence);
        }
        // hematologist / hematologist-or-consultant
        QString hematologyCode;
        if (const PrescriberKind *hematology = Catalog::current().prescriberKind(QStringLiteral("hematology")))
            for (const QString &code : m_facts.prescriberTaxonomies)
                if (hematology->includes(code))
                    hematologyCode = code;
        if (!hematologyCode.isEmpty())
            return met(QStringLiteral("prescriber taxonomy %1 (hematology)").arg(hematologyCode), {m_facts.prescriberTaxonomySource});
        const auto isHematologist = attested(QStringLiteral("prescriber-hematologist"), &evidence);
        if (isHematologist && *isHematologist)
            return met(QStringLiteral("attested: prescribed by a hematologist"), evidence);
        const bool orConsultant = r.name == QLatin1String("hematologist-or-consultant");
        if (orConsultant) {
            const auto consulted = attested(QStringLiteral("prescriber-consulted-hematologist"), &evidence);
            if (consulted && *consulted)
                return met(QStringLiteral("attested: prescribed in consultation with a hematologist"), evidence);
            const bool notHematologist = (isHematologist && !*isHematologist)
                                         || (!isHematologist && !m_facts.prescriberTaxonomies.isEmpty());
            if (notHematologist && consulted && !*consulted)
                return notMet(QStringLiteral("prescriber is not a hematologist (%1) and no hematologist was consulted")
                                  .arg(isHematologist ? QStringLiteral("attested") : m_facts.prescriberTaxonomies.join(QStringLiteral(", "))),
                              evidence);
            return unknown(notHematologist ? QStringLiteral("prescriber is not a hematologist; no attestation on a hematology consultation")
                                           : QStringLiteral("no hematology taxonomy and no attestation on the prescriber's specialty"),
                           evidence);
        }
        if (isHematologist && !*isHematologist)
            return notMet(QStringLiteral("attested: prescriber is not a hematologist"), evidence);
        if (!m_facts.prescriberTaxonomies.isEmpty())
            return notMet(QStringLiteral("prescriber taxonomy %1 is not hematology").arg(m_facts.prescriberTaxonomies.join(QStringLiteral(", "))),
                          {m_facts.prescriberTaxonomySource});
        return unknown(QStringLiteral("no hematology taxonomy and no attestation on the prescriber's specialty"));
    }

    QString inhibitorLab(const QString &factor) const
    {
        return factor == QLatin1String("viii") ? QStringLiteral("fviii-inhibitor") : QStringLiteral("fix-inhibitor");
    }

    Outcome withInhibitors(const Rule &r) const
    {
        const QString fname = factorName(r.name);
        const auto series = seriesAsOf(inhibitorLab(r.name));
        QStringList evidence;
        std::optional<bool> latestPositive;
        QString latestText;
        if (!series.isEmpty()) {
            const Measurement &m = series.last();
            latestPositive = m.value >= kPositiveBethesda;
            latestText = QStringLiteral("latest %1 inhibitor %2 BU (%3)").arg(fname, readableNumber(m.value), isoDate(m.date));
            evidence << m.source;
            if (*latestPositive)
                return met(QStringLiteral("%1 is positive (≥ 0.6 BU)").arg(latestText), evidence);
        }
        const auto history = attested(QStringLiteral("inhibitor-history"), &evidence);
        const auto anamnestic = attested(QStringLiteral("inhibitor-anamnestic-response"), &evidence);
        const auto refractory = attested(QStringLiteral("inhibitor-refractory-response"), &evidence);
        const bool response = (anamnestic && *anamnestic) || (refractory && *refractory);
        // An anamnestic or refractory response is itself an inhibitor history,
        // unless the history is attested as absent.
        if (response && !(history && !*history))
            return met(QStringLiteral("attested inhibitor history with %1 response")
                           .arg(anamnestic && *anamnestic ? QStringLiteral("anamnestic") : QStringLiteral("refractory")),
                       evidence);
        const bool noResponse = anamnestic && !*anamnestic && refractory && !*refractory;
        if (history && !*history)
            return notMet(QStringLiteral("%1 and no inhibitor history is attested")
                              .arg(latestText.isEmpty() ? QStringLiteral("no %1 inhibitor titer").arg(fname) : latestText + QStringLiteral(" is negative")),
                          evidence);
        if (!latestText.isEmpty() && noResponse)
            return notMet(QStringLiteral("%1 is negative and no anamnestic or refractory response is attested").arg(latestText), evidence);
        if (latestText.isEmpty())
            return unknown(QStringLiteral("no %1 inhibitor titer on file%2").arg(fname, noResponse ? QStringLiteral("; no anamnestic or refractory response attested") : QString()),
                           evidence);
        return unknown(QStringLiteral("%1 is negative; no attestation on an inhibitor history with anamnestic or refractory response").arg(latestText), evidence);
    }

    struct Positive
    {
        Measurement test;
        std::optional<Measurement> refutedBy;
    };

    QVector<Positive> positives(const QString &factor, int retestDays) const
    {
        QVector<Positive> out;
        const auto series = seriesAsOf(inhibitorLab(factor));
        for (int i = 0; i < series.size(); ++i) {
            if (series[i].value < kPositiveBethesda)
                continue;
            Positive p{series[i], std::nullopt};
            if (retestDays > 0 && series[i].date.isValid())
                for (int j = i + 1; j < series.size(); ++j)
                    if (series[j].value < kPositiveBethesda && series[j].date.isValid()
                        && series[i].date.daysTo(series[j].date) <= retestDays && series[j].date >= series[i].date) {
                        p.refutedBy = series[j];
                        break;
                    }
            out.append(p);
        }
        return out;
    }

    Outcome inhibitorHistory(const Rule &r) const
    {
        const QString fname = factorName(r.name);
        const bool expect = r.expect.value_or(false);
        QStringList evidence;
        std::optional<bool> history;
        QString why;
        const auto found = positives(r.name, r.days);
        QStringList refuted;
        QStringList pending;
        for (const auto &p : found) {
            evidence << p.test.source;
            if (p.refutedBy) {
                evidence << p.refutedBy->source;
                refuted << QStringLiteral("positive %1 BU on %2 refuted by a negative retest (%3 BU) on %4")
                               .arg(readableNumber(p.test.value), isoDate(p.test.date), readableNumber(p.refutedBy->value), isoDate(p.refutedBy->date));
            } else if (r.days > 0 && p.test.date.isValid() && p.test.date.daysTo(m_asOf) <= r.days) {
                // A negative retest may still come within the window: not yet a history.
                pending << QStringLiteral("positive %1 BU on %2, retest within %3 days still possible")
                               .arg(readableNumber(p.test.value), isoDate(p.test.date)).arg(r.days);
            } else if (!history) {
                history = true;
                why = QStringLiteral("positive %1 inhibitor %2 BU on %3").arg(fname, readableNumber(p.test.value), isoDate(p.test.date));
            }
        }
        if (!history && !pending.isEmpty())
            return unknown(pending.join(QStringLiteral("; ")), evidence);
        if (!history) {
            if (!refuted.isEmpty()) {
                // A refuted positive is not a documented history (CP.PHAR.580 7.a),
                // even where an attestation of history rests on it.
                history = false;
                why = refuted.join(QStringLiteral("; "));
            } else if (const auto att = attested(QStringLiteral("inhibitor-history"), &evidence)) {
                history = *att;
                why = *att ? QStringLiteral("attested history of a detectable inhibitor")
                           : QStringLiteral("attested: no history of a detectable inhibitor");
                const auto series = seriesAsOf(inhibitorLab(r.name));
                if (!*att && !series.isEmpty())
                    why += series.size() == 1 ? QStringLiteral("; the %1 inhibitor test on file is negative").arg(fname)
                                              : QStringLiteral("; all %1 %2 inhibitor tests on file are negative").arg(series.size()).arg(fname);
            }
        }
        if (!history)
            return unknown(QStringLiteral("no attestation on a %1 inhibitor history and no positive test").arg(fname), evidence);
        return *history == expect ? met(why, evidence) : notMet(why, evidence);
    }

    Outcome inhibitorRetest(const Rule &r) const
    {
        const auto found = positives(r.name, r.days);
        if (found.isEmpty()) {
            // An attested history whose positive test is not on file: the
            // retest cannot be checked.
            QStringList evidence;
            if (const auto att = attested(QStringLiteral("inhibitor-history"), &evidence); att && *att)
                return unknown(QStringLiteral("inhibitor history attested, but no positive %1 inhibitor test is on file to check its retest")
                                   .arg(factorName(r.name)), evidence);
            return met(QStringLiteral("no positive %1 inhibitor test").arg(factorName(r.name)));
        }
        QStringList evidence;
        QStringList reasons;
        S status = S::Met;
        for (const auto &p : found) {
            evidence << p.test.source;
            if (p.refutedBy) {
                evidence << p.refutedBy->source;
                reasons << QStringLiteral("positive %1 BU on %2, negative retest %3 BU on %4 (%5 days later)")
                               .arg(readableNumber(p.test.value), isoDate(p.test.date), readableNumber(p.refutedBy->value), isoDate(p.refutedBy->date))
                               .arg(p.test.date.daysTo(p.refutedBy->date));
            } else if (p.test.date.isValid() && p.test.date.daysTo(m_asOf) <= r.days) {
                if (status == S::Met)
                    status = S::Unknown;
                reasons << QStringLiteral("positive %1 BU on %2: a retest within %3 days is still due").arg(readableNumber(p.test.value), isoDate(p.test.date)).arg(r.days);
            } else {
                status = S::NotMet;
                reasons << QStringLiteral("positive %1 BU on %2 with no negative retest within %3 days").arg(readableNumber(p.test.value), isoDate(p.test.date)).arg(r.days);
            }
        }
        return {status, reasons.join(QStringLiteral("; ")), evidence};
    }

    Outcome aav5(const Rule &r) const
    {
        const auto series = seriesAsOf(QStringLiteral("aav5-nab"));
        if (r.screened) {
            if (!series.isEmpty())
                return met(QStringLiteral("AAV5 NAb titer %1 on %2").arg(series.last().text, isoDate(series.last().date)), {series.last().source});
            QStringList evidence;
            const auto att = attested(QStringLiteral("aav5-nab-screened"), &evidence);
            if (!att)
                return unknown(QStringLiteral("no AAV5 NAb result and no attestation of screening"));
            return *att ? met(QStringLiteral("attested: screened for AAV5 neutralizing antibodies"), evidence)
                        : notMet(QStringLiteral("attested: not screened for AAV5 neutralizing antibodies"), evidence);
        }
        if (series.isEmpty())
            return unknown(QStringLiteral("no AAV5 NAb result"));
        const Measurement &m = series.last();
        if (r.detected) {
            const bool detected = m.value > 0;
            const QString reason = QStringLiteral("AAV5 NAb %1 on %2").arg(m.text, isoDate(m.date));
            return detected == *r.detected ? met(reason, {m.source}) : notMet(reason, {m.source});
        }
        const bool ok = m.value <= *r.maxTiter;
        const QString reason = QStringLiteral("AAV5 NAb titer %1 %2 1:%3 (%4)")
                                   .arg(m.value == 0 ? m.text : QStringLiteral("1:%1").arg(readableNumber(m.value)),
                                        ok ? QStringLiteral("≤") : QStringLiteral(">"), readableNumber(*r.maxTiter), isoDate(m.date));
        return ok ? met(reason, {m.source}) : notMet(reason, {m.source});
    }

    Outcome fromFact(std::optional<bool> value, bool expect, const QString &why, const QStringList &evidence,
                     const QString &missing) const
    {
        if (!value)
            return unknown(missing, evidence);
        return *value == expect ? met(why, evidence) : notMet(why, evidence);
    }

    Outcome hiv(const Rule &r) const
    {
        const Pick cd4 = latest(QStringLiteral("cd4"), r.within);
        // A measurement decides where the policy defines the condition by one.
        if (cd4.measurement) {
            const double v = cd4.measurement->value;
            const bool uncontrolled = v <= kUncontrolledCd4;
            return fromFact(uncontrolled, r.expect.value_or(false),
                            QStringLiteral("CD4 %1/µL %2 200/µL, %3").arg(readableNumber(v), uncontrolled ? QStringLiteral("≤") : QStringLiteral(">"), drawn(*cd4.measurement)),
                            {cd4.measurement->source}, {});
        }
        QStringList evidence;
        const auto att = attested(QStringLiteral("hiv-uncontrolled"), &evidence);
        return fromFact(att, r.expect.value_or(false),
                        att && *att ? QStringLiteral("attested: uncontrolled HIV") : QStringLiteral("attested: no uncontrolled HIV"),
                        evidence, QStringLiteral("%1 and no attestation on uncontrolled HIV").arg(cd4.missing));
    }

    Outcome advancedLiver(const Rule &r) const
    {
        const Pick stiffness = latest(QStringLiteral("liver-stiffness"), r.within);
        const Pick metavir = latest(QStringLiteral("metavir"), r.within);
        QStringList evidence, findings;
        bool advanced = false;
        if (stiffness.measurement) {
            const double v = stiffness.measurement->value;
            advanced |= v >= kAdvancedStiffnessKpa;
            findings << QStringLiteral("liver stiffness %1 kPa %2 9 kPa (%3)").arg(readableNumber(v), v >= kAdvancedStiffnessKpa ? QStringLiteral("≥") : QStringLiteral("<"), isoDate(stiffness.measurement->date));
            evidence << stiffness.measurement->source;
        }
        if (metavir.measurement) {
            const double v = metavir.measurement->value;
            advanced |= v >= kAdvancedMetavir;
            findings << QStringLiteral("METAVIR F%1 (%2)").arg(int(v)).arg(isoDate(metavir.measurement->date));
            evidence << metavir.measurement->source;
        }
        const auto att = attested(QStringLiteral("advanced-liver-disease"), &evidence);
        if (!findings.isEmpty()) {
            // Where the policy defines the condition by the measurement
            // (PHARMACY-109), a current one decides. Elsewhere (Cigna IP0535
            // 1.J: "advanced liver impairment and/or advanced fibrosis") a
            // normal stiffness does not rule out impairment the prescriber attests.
            if (!advanced && !r.definedByMeasurement && att && *att)
                return fromFact(true, r.expect.value_or(false),
                                QStringLiteral("attested: advanced liver impairment or fibrosis (%1)").arg(findings.join(QStringLiteral(", "))),
                                evidence, {});
            return fromFact(advanced, r.expect.value_or(false),
                            (advanced ? QStringLiteral("advanced fibrosis: ") : QStringLiteral("no advanced fibrosis: ")) + findings.join(QStringLiteral(", ")),
                            evidence, {});
        }
        return fromFact(att, r.expect.value_or(false),
                        att && *att ? QStringLiteral("attested: advanced liver disease") : QStringLiteral("attested: no advanced liver disease"),
                        evidence,
                        QStringLiteral("no elastography or METAVIR result%1 and no attestation on advanced liver disease")
                            .arg(r.within.isSet() ? QStringLiteral(" within %1").arg(r.within.text()) : QString()));
    }

    Outcome elastographyNormal(const Rule &r) const
    {
        QStringList evidence;
        // An attestation older than the window stands for nothing; a current
        // measurement may still decide.
        const QString item = QStringLiteral("liver-elastography-normal");
        QString stale;
        if (const auto a = m_facts.attestation(item)) {
            stale = outOfWindow(*a, item, r.within);
            if (stale.isEmpty()) {
                evidence << a->source;
                return a->value.toBool() ? met(QStringLiteral("attested: normal elastography"), evidence)
                                         : notMet(QStringLiteral("attested: elastography not normal"), evidence);
            }
        }
        const Pick stiffness = latest(QStringLiteral("liver-stiffness"), r.within);
        if (!stiffness.measurement)
            return unknown(stale.isEmpty() ? QStringLiteral("%1 and no attestation on elastography").arg(stiffness.missing)
                                           : QStringLiteral("%1; %2").arg(stiffness.missing, stale));
        const double v = stiffness.measurement->value;
        const QStringList ev{stiffness.measurement->source};
        const QString when = drawn(*stiffness.measurement);
        if (v < kNormalStiffnessKpa)
            return met(QStringLiteral("liver stiffness %1 kPa < 7 kPa (normal), %2").arg(readableNumber(v), when), ev);
        if (v >= kAdvancedStiffnessKpa)
            return notMet(QStringLiteral("liver stiffness %1 kPa ≥ 9 kPa (advanced fibrosis), %2").arg(readableNumber(v), when), ev);
        return unknown(QStringLiteral("liver stiffness %1 kPa is between 7 and 9 kPa: for the reviewer, %2").arg(readableNumber(v), when), ev);
    }

    // Evidence of past liver abnormality (CP.PHAR.580 I.A.8.c as
    // POLICY-READING.md reads it): the attestation, an ultrasound or
    // elastography not normal at any date, or enough ALT/AST results above
    // their ULN at any dates to be "sustained". No evidence: not met.
    Outcome liverAbnormalityHistory(const Rule &r) const
    {
        QStringList found, possible, evidence;
        auto attestedNo = [&](const QString &item) {
            if (const auto a = m_facts.attestation(item); a && !a->value.toBool()) {
                found << QStringLiteral("%1: no%2").arg(attestationPhrase(item),
                                                      a->date.isValid() ? QStringLiteral(" (attested %1)").arg(isoDate(a->date)) : QString());
                evidence << a->source;
            }
        };
        if (const auto a = m_facts.attestation(QStringLiteral("liver-abnormality-history")); a && a->value.toBool()) {
            found << QStringLiteral("attested: %1").arg(attestationPhrase(QStringLiteral("liver-abnormality-history")));
            evidence << a->source;
        }
        attestedNo(QStringLiteral("liver-ultrasound-normal"));
        attestedNo(QStringLiteral("liver-elastography-normal"));
        const auto elastographyAttestedNormal = attested(QStringLiteral("liver-elastography-normal"));
        for (const Measurement &m : seriesAsOf(QStringLiteral("liver-stiffness"))) {
            const QString when = m.date.isValid() ? isoDate(m.date) : QStringLiteral("undated");
            if (m.value >= kAdvancedStiffnessKpa) {
                found << QStringLiteral("liver stiffness %1 kPa ≥ 9 kPa (%2)").arg(readableNumber(m.value), when);
                evidence << m.source;
            } else if (m.value >= kNormalStiffnessKpa && !(elastographyAttestedNormal && *elastographyAttestedNormal)) {
                possible << QStringLiteral("liver stiffness %1 kPa is between 7 and 9 kPa: for the reviewer, %2").arg(readableNumber(m.value), drawn(m));
                evidence << m.source;
            }
        }
        QStringList elevated;
        QStringList elevatedSources;
        for (const QString &lab : {QStringLiteral("alt"), QStringLiteral("ast")}) {
            const LabDefinition *def = LabCatalog::byName(lab);
            for (const Measurement &m : seriesAsOf(lab))
                if (m.upperLimit && m.value > *m.upperLimit) {
                    elevated << QStringLiteral("%1 %2 > 1 × ULN (1 × %3 = %3 %4), %5")
                                    .arg(def ? def->description : lab, valueWithUnit(m), readableNumber(*m.upperLimit), m.unit, drawn(m));
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
            return met(found.join(QStringLiteral("; ")), evidence);
        if (!possible.isEmpty())
            return unknown(possible.join(QStringLiteral("; ")), evidence);
        QString why = QStringLiteral("no evidence of past liver abnormality (no attested history, no abnormal ultrasound or elastography, ");
        if (elevated.isEmpty())
            why += QStringLiteral("no ALT/AST result above its ULN)");
        else
            why += QStringLiteral("%1 ALT/AST result%2 above the ULN, fewer than %3: %4)")
                       .arg(elevated.size())
                       .arg(elevated.size() == 1 ? QString() : QStringLiteral("s"))
                       .arg(r.minCount)
                       .arg(elevated.join(QStringLiteral(", ")));
        return notMet(why, elevatedSources);
    }

    Outcome otherCoagulation(const Rule &r) const
    {
        const DiagnosisConcept *coagulation = Catalog::current().diagnosis(QStringLiteral("coagulation-disorder"));
        for (const auto &d : m_facts.diagnoses) {
            const bool isCoagulation = coagulation && coagulation->matches(d.code);
            const bool excluded = std::any_of(r.list.cbegin(), r.list.cend(), [&](const QString &p) { return codeMatches(d.code, p); });
            if (isCoagulation && !excluded)
                return fromFact(true, r.expect.value_or(false),
                                QStringLiteral("another coagulation disorder on file: %1").arg(d.code), {d.source}, {});
        }
        QStringList evidence;
        const auto att = attested(QStringLiteral("other-coagulation-disorder"), &evidence);
        return fromFact(att, r.expect.value_or(false),
                        att && *att ? QStringLiteral("attested: another coagulation disorder")
                                    : QStringLiteral("attested: no other coagulation disorder"),
                        evidence, QStringLiteral("no attestation on other coagulation disorders"));
    }

    QString doseText(double perKg, const QString &unit, std::optional<double> intervalHours) const
    {
        const QString u = unit == QLatin1String("{genome_copies}/kg") ? QStringLiteral("genome copies/kg") : unit;
        QString s = QStringLiteral("%1 %2").arg(readableNumber(perKg), u);
        if (intervalHours)
            s += QStringLiteral(" every %1").arg(hours(*intervalHours));
        return s;
    }

    Outcome dose(const Rule &r) const
    {
        if (!m_facts.dosePerKg.has())
            return unknown(QStringLiteral("no dose on the request"));
        if (m_facts.doseUnit != r.unit)
            return unknown(QStringLiteral("requested dose is in %1, the limit in %2").arg(m_facts.doseUnit, r.unit),
                           {m_facts.dosePerKg.source});
        const double requested = *m_facts.dosePerKg;
        std::optional<double> interval;
        if (m_facts.doseIntervalHours.has())
            interval = *m_facts.doseIntervalHours;
        const QString limit = doseText(*r.maxPerKg, r.unit, r.minIntervalHours);
        const QString asked = doseText(requested, r.unit, interval);
        QStringList evidence{m_facts.dosePerKg.source};
        if (requested > *r.maxPerKg)
            return notMet(QStringLiteral("requested %1 exceeds %2").arg(asked, limit), evidence);
        if (r.minIntervalHours) {
            if (!interval)
                return unknown(QStringLiteral("requested %1, no dosing interval stated (limit %2)").arg(asked, limit), evidence);
            evidence << m_facts.doseIntervalHours.source;
            if (*interval < *r.minIntervalHours)
                return notMet(QStringLiteral("requested %1: doses closer than every %2").arg(asked, hours(*r.minIntervalHours)), evidence);
        }
        return met(QStringLiteral("requested %1 is within %2").arg(asked, limit), evidence);
    }

    Outcome kitAvailable() const
    {
        const Pick weight = latest(QStringLiteral("weight"), currentWeightWindow());
        if (!weight.measurement)
            return unknown(weight.missing);
        const double kg = weight.measurement->value;
        const int rounded = int(std::lround(kg));
        if (const KitBand *band = m_policy.kitFor(rounded))
            return met(QStringLiteral("%1 kg → %2 kg: kit of %3 vials, NDC %4").arg(readableNumber(kg)).arg(rounded).arg(band->vials).arg(band->ndc),
                       {weight.measurement->source});
        const int lo = m_policy.kitTable.isEmpty() ? 0 : m_policy.kitTable.first().minKg;
        const int hi = m_policy.kitTable.isEmpty() ? 0 : m_policy.kitTable.last().maxKg;
        return unknown(QStringLiteral("no kit for %1 kg (the table covers %2–%3 kg): the reviewer decides").arg(rounded).arg(lo).arg(hi),
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
            t.end = m_asOf.addDays(7 * qint64(a.duration.amount) - 1);
        } else {
            t.end = m_asOf.addDays(a.duration.amount - 1);
        }
        t.durationDays = int(t.start.daysTo(t.end)) + 1;

        switch (a.quantityKind) {
        case Approval::QuantityKind::PerKgPerPeriod: {
            const Pick weight = latest(QStringLiteral("weight"), currentWeightWindow());
            t.periodDays = a.periodDays;
            if (weight.measurement) {
                const double total = a.amountPerKg * weight.measurement->value;
                t.maxMcg = std::round(total);
                t.quantity = QStringLiteral("up to %1 %2 per %3 days (%4 %2/kg × %5 kg)")
                                 .arg(grouped(total), a.quantityUnit)
                                 .arg(a.periodDays)
                                 .arg(grouped(a.amountPerKg), readableNumber(weight.measurement->value));
            } else {
                t.quantity = QStringLiteral("up to %1 %2/kg per %3 days (no current weight)").arg(grouped(a.amountPerKg), a.quantityUnit).arg(a.periodDays);
            }
            break;
        }
        case Approval::QuantityKind::KitTable: {
            const Pick weight = latest(QStringLiteral("weight"), currentWeightWindow());
            if (weight.measurement) {
                if (const KitBand *band = m_policy.kitFor(int(std::lround(weight.measurement->value)))) {
                    t.vials = band->vials;
                    t.ndc = band->ndc;
                    t.quantity = QStringLiteral("1 kit of %1 vials").arg(band->vials);
                }
            }
            if (t.quantity.isEmpty())
                t.quantity = QStringLiteral("1 kit (size for the reviewer: no kit for the member's weight)");
            break;
        }
        case Approval::QuantityKind::Text:
            t.quantity = a.quantityText;
            break;
        case Approval::QuantityKind::None:
            break;
        }
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
                limits << doseText(*c.rule->maxPerKg, c.rule->unit, c.rule->minIntervalHours);
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
        const Pick weight = latest(QStringLiteral("weight"), currentWeightWindow());
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
