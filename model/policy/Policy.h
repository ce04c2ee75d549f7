#pragma once

// One version of one payer policy, as read from its data file
// (docs/policy-format.md). Plain values: the evaluator reads them, the
// loader builds them, nobody else changes them.

#include "catalog/Catalog.h"
#include "core/Units.h" // readableNumber: numbers for people, one place

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace pareview {

// "≤" for "<=", "≥" for ">=": comparison operators of policy rules as people write them.
QString operatorSymbol(const QString &op);

// "within 30 days", "within 3 months": counted back from the as-of date.
struct Window
{
    enum class Unit { None, Days, Weeks, Months };
    int amount = 0;
    Unit unit = Unit::None;

    bool isSet() const { return unit != Unit::None; }
    QDate start(const QDate &asOf) const;
    QString text() const; // "30 days"
    static std::optional<Window> parse(const QString &text);
};

struct Rule
{
    // The general kinds, then the logics of the catalog's special rules,
    // each named as rules.json names it ("low-count-or-attested"), never for
    // the lab or condition a catalog applies it to.
    enum class Kind {
        All, Any, Not, Always, Never,
        Age, SexAtBirth, Diagnosis, Drug, RequestType, RequestUse,
        Attestation, Lab, Prescriber, Dose, KitAvailable, If,
        CurrentWeight, InhibitorPresent, RefutableInhibitorHistory, InhibitorRetest,
        AntibodyTiter, LowCountOrAttested, AdvancedFibrosis, NormalElastography,
        PastLiverAbnormality, OtherDisorderInConcept,
    };
    // Which result of a lab series a lab rule compares.
    enum class Select { Latest, Lowest };

    Kind kind = Kind::Always;
    int line = 0;
    QVector<Rule> rules;           // all / any / not; if: condition, then
    QString reason;                // always / never; if: what the condition means (optional)
    QString op;                    // "<", "<=", ">", ">=", "==", "!="
    std::optional<double> value;   // compared value
    std::optional<double> ulnMultiple;
    QString unit;                  // lab unit (for reading) or dose unit
    bool present = false;          // lab: a result exists
    QVariant equals;               // attestation / sex-at-birth: bool or code
    QStringList list;              // diagnosis codes, drug / request type / use ids, "besides" codes
    QString name;                  // attestation item, lab name, prescriber kind, inhibitor factor
    Window within;                 // lab, attestation (its authored date), measurement rules
    Select select = Select::Latest; // lab
    std::optional<bool> expect;
    int days = 0;                  // refutedWithinDays / withinDays
    int minCount = 0;              // liver-abnormality-history: ALT/AST results above ULN that make it "sustained"
    std::optional<double> maxPerKg;
    std::optional<double> minIntervalHours;
    // dose: a flat limit per dose (in `unit`, "mg"), a limit per `period`
    // (dose × doses in the period), and the member's current weight the
    // limit is for ("patients ≥ 50 kg may …").
    std::optional<double> maxDose;
    std::optional<double> maxPerPeriod;
    Window period;
    QString weightOp;
    std::optional<double> weightKg;
    std::optional<double> maxTiter;
    std::optional<bool> detected;
    bool screened = false;
    bool definedByMeasurement = false; // advanced-liver-disease: a measurement outranks the attestation
    // Special rules and prescriber rules: the items, labs and limits the
    // catalog gives the rule's logic (rules.json).
    SpecialRule special;

    // The general kinds' names (the special ones are the catalog's).
    static QString kindName(Kind kind);
    // A kind policies write: general, a request field's linkId, or a special rule of the current catalog.
    static std::optional<Kind> kindFromName(const QString &name);
    // The kind that runs a special rule's logic ("inhibitor-present").
    static std::optional<Kind> kindOfLogic(const QString &logic);
};

struct Criterion
{
    enum class Logic { Single, All, One };

    QString label;     // own label: "F", "ii"
    QString fullLabel; // "1.F.ii"
    QString text;      // the policy's words
    Logic logic = Logic::Single;
    bool documentation = false;
    std::optional<Rule> appliesWhen;
    std::optional<Rule> rule;
    QVector<Criterion> children;
    int line = 0;
};

struct Approval
{
    Window duration;
    bool oneTime = false;
    QString text;
    // AsRequested: the policy sets no quantity; the approval is the dose and
    // interval requested, totalled over periodDays.
    enum class QuantityKind { None, PerKgPerPeriod, KitTable, Text, AsRequested };
    QuantityKind quantityKind = QuantityKind::None;
    double amountPerKg = 0;
    QString quantityUnit;
    int periodDays = 0;
    QString quantityText;
};

struct Pathway
{
    QString id;
    QString title;
    QStringList requestTypes;
    std::optional<Rule> appliesWhen;
    // A request that falls through to `otherwise` is still shown against this
    // section, with the criterion that excluded it, when this rule is met.
    std::optional<Rule> checkedWhen;
    bool fallback = false;
    Criterion::Logic logic = Criterion::Logic::All;
    std::optional<Approval> approval;
    QVector<Criterion> criteria;
    int line = 0;
};

struct DrugInfo
{
    QString id;
    QString name;
    QString hcpcs;
};

struct KitBand
{
    int minKg = 0;
    int maxKg = 0;
    int vials = 0;
    QString ndc;
};

// A lab a criterion compares, for charts: which lab, the limit (fixed, or a
// multiple of the result's own upper limit of normal) and the window.
struct LabThreshold
{
    QString lab;
    QString op;
    std::optional<double> value;
    std::optional<double> ulnMultiple;
    Window within;
};

struct Policy
{
    QString id;
    QString payer;
    QString number;
    QString title;
    QString version;
    QDate effective;
    QString source;
    QVector<DrugInfo> drugs;
    // The lines of business the policy text lists; empty when it lists none
    // (Cigna's documents), and then it does not restrict by line of business.
    QStringList linesOfBusiness;
    bool medicalDirectorReviewAll = false;
    QString medicalDirectorReviewText;
    QVector<Criterion> notCovered;
    enum class Otherwise { NotCovered, Refer };
    Otherwise otherwise = Otherwise::NotCovered;
    QString otherwiseReferral; // key into referrals
    QString otherwiseText;
    QHash<QString, QHash<QString, QString>> referrals; // kind -> line of business ("*" = any) -> policy
    QVector<KitBand> kitTable;
    QVector<Pathway> pathways;
    QString fileName; // where it was loaded from

    bool coversDrug(const QString &drugId) const;
    // False only when the text lists lines of business and not this one.
    bool listsLineOfBusiness(const QString &lineOfBusiness) const;
    const DrugInfo *drug(const QString &drugId) const;
    // The referral target for a kind and line of business; empty when none.
    QString referralFor(const QString &kind, const QString &lineOfBusiness) const;
    // Number of criteria nodes (groups and leaves) in all pathways.
    int criteriaCount() const;
    const KitBand *kitFor(int roundedKg) const;
    // The node with this full label in any pathway, or nullptr.
    const Criterion *criterion(const QString &fullLabel) const;
    // The labs a criterion (and its sub-criteria) compare.
    QVector<LabThreshold> labThresholds(const QString &fullLabel) const;
    // The prescriber's attestations (QuestionnaireResponse items) its rules
    // read, named or implied ("with-inhibitors" reads the inhibitor
    // history): what an intake form asks about for this policy.
    QStringList attestationItems() const;
};

} // namespace pareview
