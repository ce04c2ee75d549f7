#pragma once

// The clinical vocabulary pareview reviews with, kept as data
// (resources/catalog/*.json, docs/policy-format.md): the drugs, labs,
// attestation items, diagnosis concepts, prescriber kinds and lines of
// business. Policies may name only what the catalog defines; the importer,
// the validator, the evaluator and the intake form read their lists here.
//
// One catalog is current for the whole process: the built-in files, plus a
// `--catalog DIR` folder read at start. It is set before policies are loaded
// and not changed while anything reads it.

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pareview {

// A name in each language letters and the workstation are written in.
struct LocalizedText
{
    QString en;
    QString es;
    // The text in `language` ("es"), falling back to English.
    QString in(const QString &language) const { return language == QLatin1String("es") && !es.isEmpty() ? es : en; }
};

struct DrugDefinition
{
    QString id;               // "hemgenix": what policy files and facts use
    QString name;             // "Hemgenix"
    QString genericName;      // "etranacogene dezaparvovec-drlb"
    QString hcpcs;            // the first of hcpcsCodes: "J1411"
    QStringList hcpcsCodes;
    QStringList ndcPrefixes;  // NDC digits (hyphens dropped) a product's packages start with
    QStringList textContains; // lower-case words that name it in free text ("novoseven")
    QString form;             // "factor-per-kg", "gene-therapy-per-kg", "weekly-subcutaneous"
    QString doseUnit;         // "mcg/kg", "{genome_copies}/kg", "mg/kg"
    QStringList requestFields; // of "dose", "interval", "quantity", "supply"
};

struct LabDefinition
{
    QString name;          // "alt", "weight", … (the id policy files use)
    QString description;   // "ALT", "body weight" (names.en.clinical)
    LocalizedText clinical; // "factor VIII activity" / "actividad del factor VIII"
    LocalizedText plain;    // "factor VIII level" / "nivel de factor VIII"
    QString canonicalUnit; // "U/L", "kg"
    QStringList codes;     // LOINC codes (the first the main one, then alternates), then local codes
    QStringList loinc;
    QStringList localCodes; // urn:pareview:observation codes
    QVector<QPair<QString, double>> units; // accepted unit -> factor to the canonical unit
    double plausibleMax = 0; // above this (canonical unit) the value is refused as a unit mix-up
    bool zeroImpossible = false;
    bool upperLimitMatters = false; // the result's own reference range (ULN) is read and kept
    enum class ValueKind { Quantity, Integer, Titer } kind = ValueKind::Quantity;
};

struct AttestationCode
{
    QString code;
    LocalizedText label;
};

struct AttestationItem
{
    enum class Answer { Boolean, Integer, Code };
    QString linkId;
    Answer answer = Answer::Boolean;
    QVector<AttestationCode> codes; // Code answers only
    LocalizedText question;
    LocalizedText help;
    QString phrase;  // the words the evaluator's reasons use for it ("active hepatitis B")
    QString section; // "request": asked among the request's fields; empty: in the attestation table
    // A request field the evaluator reads by its role (RequestRole), not by linkId.
    enum class RequestRole { None, Type, Use };
    RequestRole role = RequestRole::None;

    QStringList allowedCodes() const;
};

struct DiagnosisConcept
{
    QString id; // "hemophilia-b"
    LocalizedText names;
    QStringList codes; // ICD-10-CM; "D68*" matches every code under D68
    bool matches(const QString &icd10) const;
};

struct Taxonomy
{
    QString code; // NUCC "207RH0000X"
    LocalizedText names;
};

struct PrescriberKind
{
    QString id; // "hematology"
    LocalizedText names;
    QVector<Taxonomy> taxonomies;
    bool includes(const QString &code) const;
};

// The data of a special rule (resources/catalog/rules.json): the logic the
// evaluator applies, named for itself, and the attestation items, labs,
// limits and diagnosis concept it applies it to, each under a slot name the
// logic defines ("history", "positive"). The evaluator names no linkId, lab
// or threshold of its own.
struct SpecialRule
{
    QString kind;  // the rule kind policies write: "with-inhibitors", "prescriber"
    QString is;    // prescriber rules: the "is" they stand for ("htc"); else empty
    QString logic; // "inhibitor-present", "htc-affiliation", … (SpecialRule::logics())
    QVector<QPair<QString, QString>> attestations; // slot -> linkId, in the logic's slot order
    QHash<QString, QStringList> labs;              // slot -> lab ids (most slots: one)
    QHash<QString, double> limits;                 // slot -> number
    QString concept;                               // a diagnosis concept id, where the logic needs one
    QString prescriberKind;                        // a prescriber kind id, where the logic needs one

    QString attestation(const QString &slot) const;
    QString lab(const QString &slot) const;
    QStringList labList(const QString &slot) const { return labs.value(slot); }
    double limit(const QString &slot) const { return limits.value(slot); }
    QStringList attestationItems() const;

    // What each logic needs: its attestation, lab, lab-list and limit slots
    // and whether it names a concept or a prescriber kind.
    struct Logic
    {
        QString name;
        QStringList attestations;
        QStringList labs;
        QStringList labLists;
        QStringList limits;
        bool concept = false;
        bool prescriberKind = false;
        bool prescriber = false; // a variant of the "prescriber" rule
    };
    static const QVector<Logic> &logics();
    static const Logic *findLogic(const QString &name);
};

struct LineOfBusiness
{
    QString id; // "medicaid"
    LocalizedText names;
};

class Catalog
{
public:
    // The files a catalog folder may hold, in the order they are read.
    static const QStringList &fileNames();

    // The built-in catalog (":/catalog"). Broken built-in files are a
    // programming error, reported in its loadErrors().
    static Catalog builtIn();

    // Reads the catalog files present in `dir` over this catalog: an entry
    // whose id is already known replaces it, a new one is added. Returns the
    // errors ("FILE:LINE:COL: message"); on an error nothing of that file is taken.
    QStringList addDirectory(const QString &dir);
    // One file's text; `fileName` decides its kind ("labs.json") and names it in errors.
    QStringList addFile(const QByteArray &data, const QString &fileName);

    // The catalog every reader uses. Until setCurrent() it is builtIn().
    static const Catalog &current();
    // Installs `catalog` as current. Earlier catalogs stay alive, so
    // definitions already handed out remain valid.
    static void setCurrent(Catalog catalog);
    // For the duration of one command: the previous catalog comes back.
    class Scope
    {
    public:
        explicit Scope(Catalog catalog);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        const Catalog *m_previous;
    };

    const QVector<DrugDefinition> &drugs() const { return m_drugs; }
    const QVector<LabDefinition> &labs() const { return m_labs; }
    const QVector<AttestationItem> &attestations() const { return m_attestations; }
    const QVector<DiagnosisConcept> &diagnoses() const { return m_diagnoses; }
    const QVector<PrescriberKind> &prescriberKinds() const { return m_prescriberKinds; }
    const QVector<LineOfBusiness> &linesOfBusiness() const { return m_linesOfBusiness; }
    const QVector<SpecialRule> &specialRules() const { return m_specialRules; }

    const DrugDefinition *drug(const QString &id) const;
    const DrugDefinition *drugByHcpcs(const QString &code) const;
    // Hyphens in `ndc` are ignored.
    const DrugDefinition *drugByNdc(const QString &ndc) const;
    // A drug named in free text: its name, alone or first, or one of its words.
    const DrugDefinition *drugByText(const QString &text) const;
    const LabDefinition *lab(const QString &id) const;
    // system is "http://loinc.org" or "urn:pareview:observation".
    const LabDefinition *labByCode(const QString &system, const QString &code) const;
    const AttestationItem *attestation(const QString &linkId) const;
    const DiagnosisConcept *diagnosis(const QString &id) const;
    const PrescriberKind *prescriberKind(const QString &id) const;
    const LineOfBusiness *lineOfBusiness(const QString &id) const;
    // The special rule policies write as `kind` (and, for "prescriber", `is`).
    const SpecialRule *specialRule(const QString &kind, const QString &is = QString()) const;
    // The first special rule run by `logic` ("htc-affiliation"), or nullptr.
    const SpecialRule *specialRuleByLogic(const QString &logic) const;
    // The "is" values the "prescriber" rule accepts.
    QStringList prescriberRuleIds() const;
    // The request field with this role (the request type, the use), or nullptr.
    const AttestationItem *requestField(AttestationItem::RequestRole role) const;
    // Its linkId; empty when the catalog declares none.
    QString requestFieldId(AttestationItem::RequestRole role) const;
    // The lab the current body weight is read from (the "current-weight" rule's "bodyWeight" slot).
    QString bodyWeightLab() const;

    QStringList drugIds() const;
    QStringList labIds() const;
    QStringList attestationIds() const;
    QStringList diagnosisIds() const;
    QStringList lineOfBusinessIds() const;

    const QStringList &loadErrors() const { return m_errors; }

private:
    QVector<DrugDefinition> m_drugs;
    QVector<LabDefinition> m_labs;
    QVector<AttestationItem> m_attestations;
    QVector<DiagnosisConcept> m_diagnoses;
    QVector<PrescriberKind> m_prescriberKinds;
    QVector<LineOfBusiness> m_linesOfBusiness;
    QVector<SpecialRule> m_specialRules;
    QStringList m_errors;
};

} // namespace pareview
