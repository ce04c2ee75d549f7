#pragma once

// Typed facts about one coverage request, as read from an intake bundle or
// typed in by a nurse. Every fact carries where it came from, so the
// reviewer can see the evidence behind each computed criterion.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTime>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace pareview {

// A value with its provenance: the entry it came from ("entry[7]
// Observation 1742-6") or the person who typed it.
template<typename T>
struct Sourced
{
    std::optional<T> value;
    QDate date;
    QString source;

    bool has() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

// One lab result or measurement, already converted to the lab's canonical
// unit (see LabCatalog). `text` holds string results such as AAV5 titers.
struct Measurement
{
    double value = 0;
    QString unit;
    QDate date;
    QTime time; // when the result carried a time: orders results of the same day
    std::optional<double> upperLimit; // the result's own reference-range high, same unit
    QString text;
    QString originalValue; // as sent, e.g. "172.8 [lb_av]"
    QString source;
};

// One QuestionnaireResponse answer: bool, integer (qlonglong) or code (QString).
struct Attestation
{
    QVariant value;
    QDate date;
    QString source;
};

struct Diagnosis
{
    QString code;   // ICD-10-CM
    QString display;
    bool forRequest = false; // named by the MedicationRequest's reason
    QString source;
};

struct AttachmentData
{
    QString title;
    QString contentType;
    QString description;
    QByteArray bytes;     // as received, decoded from base64
    QString url;          // a reference instead of data, not fetched
    QString source;
};

struct CaseFacts
{
    // When the request was received (Bundle.timestamp), if known, and the
    // calendar date written in it (the default as-of date).
    QDateTime received;
    QDate receivedDate;

    // Member
    Sourced<QString> memberName;
    Sourced<QString> memberId;
    Sourced<QDate> birthDate;
    Sourced<QString> sexAtBirth; // "male", "female", "unknown"
    QString language;            // the member's preferred language for letters: "en", "es"; empty: not stated

    // Coverage
    Sourced<QString> payer;
    Sourced<QString> plan;
    Sourced<QString> lineOfBusiness;

    // Prescriber
    Sourced<QString> prescriberName;
    Sourced<QString> prescriberNpi;
    QStringList prescriberTaxonomies; // NUCC codes
    QString prescriberTaxonomySource;
    Sourced<bool> prescriberAtHtc; // from an Organization typed htc
    QString htcName;

    // The drug requested
    Sourced<QString> drug; // drug id: sevenfact, novoseven-rt, hemgenix, roctavian
    QString drugText;
    QString hcpcs;
    QString ndc;
    Sourced<double> dosePerKg;   // mcg/kg for factor VIIa, genome copies/kg for gene therapy
    QString doseUnit;            // "mcg/kg" or "{genome_copies}/kg"
    Sourced<double> doseIntervalHours;
    Sourced<double> quantityMcg; // dispenseRequest.quantity
    Sourced<double> supplyDays;  // dispenseRequest.expectedSupplyDuration
    QString priority;            // "standard" or "expedited"
    QDate authoredOn;

    QVector<Diagnosis> diagnoses;
    QHash<QString, QVector<Measurement>> labs; // lab name -> series, oldest first
    QHash<QString, Attestation> attestations;  // linkId -> answer
    QVector<AttachmentData> attachments;

    // Things the reviewer should see: conflicts between sources, references
    // that point outside the bundle.
    QStringList notes;

    const QVector<Measurement> series(const QString &lab) const { return labs.value(lab); }
    std::optional<Attestation> attestation(const QString &item) const
    {
        auto it = attestations.constFind(item);
        if (it == attestations.constEnd())
            return std::nullopt;
        return *it;
    }
};

} // namespace pareview
