#pragma once

// Determination letters: what the member and the prescriber receive, and
// what regulators audit. The letter of a case's latest determination is
// written from the store (case, determination and its criteria snapshot,
// the person who decided, the appeal deadline for the line of business)
// with the template for its kind and language, and issued once: the exact
// PDF bytes and their SHA-256 are stored with an audit row in one
// transaction, and exporting the letter again gives those bytes.
//
// Refused, with a message that says why: a case with no determination, a
// withdrawn request, a denial not recorded by a medical director (or whose
// medical director has no credentials on file), a denial for a line of
// business without an appeal deadline.

#include "core/Result.h"
#include "letters/LetterPdf.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace pareview {

class Database;
class PolicyLibrary;
struct LetterDraft;

// What a letter is written from, once read from the store: Letters::write()
// turns it into the letter's text. Touches no store, so that a window reads
// on its own connection and leaves the writing and the layout to a worker.
class LetterSource
{
public:
    virtual ~LetterSource() = default;
    // Sets the letter's values, html and pdfOptions.
    virtual Status write(LetterDraft &letter) const = 0;
};

enum class LetterKind { Approval, Denial, RequestForInformation, Referral };
QString
letterKindName(LetterKind kind); // "approval", "denial", "information", "referral" (the template names)
std::optional<LetterKind> letterKindForOutcome(const QString &outcome);

struct LetterOptions
{
    QString language; // "en" or "es"; empty: the case's language
    std::optional<letters::Paper> paper; // unset: the store's meta "letters.paper", else US Letter
    QString contactLine; // empty: the store's meta "letters.contact.<language>", else the default
    QDate date; // the letter's date; invalid: today
};

struct LetterDraft
{
    LetterKind kind = LetterKind::Approval;
    QString language;
    qint64 caseId = 0;
    qint64 determinationId = 0;
    QString caseReference;
    QDate date;
    QVariantMap values; // every placeholder of the template
    QString html; // empty until written (Letters::write, render)
    letters::PdfOptions pdfOptions; // how render() lays the html out
    std::shared_ptr<const LetterSource> source; // what write() writes the text from
    QByteArray pdf; // empty until rendered
    int pages = 0;
    bool isDraft = false; // marked DRAFT: not the letter of a recorded determination
};

struct IssuedLetter
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 determinationId = 0;
    QString language;
    QByteArray pdf;
    QString sha256;
    qint64 issuedBy = 0;
    QString issuedByName; // the user's display name (their user name when none)
    QString issuedAt;
    QString kind; // letterKindName() of its determination's outcome
    bool current = true; // false: its determination was superseded or followed by another
    bool newlyIssued = false; // false: the letter was issued before and these are its stored bytes
    qint64 appealId = 0; // an appeal's letter (AppealLetters; its id is in appeal_letters), else 0
    QString appealReference; // "AP-0000001"
};

class Letters
{
public:
    // Who may preview and issue letters: clinical reviewers and medical
    // directors. Exporting a letter already issued: intake nurses too.
    static bool mayIssue(const User &user);
    static bool mayExport(const User &user);

    // Writes the letter of the case's latest determination without storing
    // it (the preview shown before issuing). Audited as a read.
    static Result<LetterDraft> preview(Database &db, const PolicyLibrary &library, qint64 caseId,
                                       const LetterOptions &options, const User &actor);

    // The letter a determination not yet recorded would get, marked DRAFT on
    // every page (the preview shown while the determination is being
    // decided). On a determined case it is the letter of a supersede: it
    // says which letter it replaces. Only what the store says is read here
    // (and refusals found); render() writes its text and makes its PDF.
    // Not audited: nothing is read that opening the case did not read.
    static Result<LetterDraft> draft(Database &db, const PolicyLibrary &library, qint64 caseId,
                                     const DeterminationInput &input, const LetterOptions &options,
                                     const User &actor);
    // Writes a letter's text (values, html) from what was read for it; a
    // letter already written is left as it is. Touches no store: safe on a
    // worker thread.
    static Status write(LetterDraft &letter);
    // write(), then lays the html out as its PDF. Touches no store: safe on a
    // worker thread; one letter is laid out at a time in the process.
    static Status render(LetterDraft &letter);

    // What a letter tells the member about a determination, in plain words
    // and the case's language, built from the criteria results: the unmet
    // requirements of a denial, what a request for information asks for,
    // why a referral goes elsewhere; empty for an approval. Built from the
    // policy's words and the data, never from reviewers' notes. The medical
    // director may edit it (DeterminationInput::memberExplanation).
    static Result<QString> explanation(Database &db, qint64 caseId, const DeterminationInput &input);

    // The letter of the latest determination in the chosen language: issued
    // now (stored with its SHA-256, audited as letter.issue, the case moved
    // to letter-issued — a request for information leaves it pended), or,
    // when it was issued before, its stored bytes (audited as letter.export).
    static Result<IssuedLetter> issue(Database &db, const PolicyLibrary &library, qint64 caseId,
                                      const LetterOptions &options, const User &actor);

    // issue() in three steps, so that a window writes and lays the letter
    // out on a worker thread and keeps answering: prepareIssue() reads the
    // store (the letter issued before, or what the one to issue is written
    // from; refusals are found and audited here), render() — touching no
    // store — writes its text and makes its PDF anywhere, and storeIssued()
    // writes it in one short transaction on the caller's connection,
    // refusing when the case changed in between. issue() is exactly these
    // three. AppealLetters has the same three for an appeal's letter.
    struct Pending
    {
        std::optional<IssuedLetter> issuedBefore; // set: nothing to render or store, these are its bytes
        LetterDraft letter; // otherwise: the letter to render() and store
        QString caseStatus; // the case as the letter was written from it
        int caseRowVersion = 0;
        qint64 appealId = 0; // an appeal's letter (AppealLetters::prepareIssue)
        QString appealOutcome; // the appeal's outcome as the letter was written from it
    };
    static Result<Pending> prepareIssue(Database &db, const PolicyLibrary &library, qint64 caseId,
                                        const LetterOptions &options, const User &actor);
    static Result<IssuedLetter> storeIssued(Database &db, const Pending &pending, const User &actor);

    // Every letter issued for a case, oldest first, with their bytes checked
    // against their SHA-256.
    static Result<QVector<IssuedLetter>> issued(Database &db, qint64 caseId);

    // One issued letter's stored bytes, checked against their SHA-256 (a
    // mismatch is refused), for saving or printing; audited as letter.export.
    static Result<IssuedLetter> exportIssued(Database &db, qint64 letterId, const User &actor);
};

} // namespace pareview
