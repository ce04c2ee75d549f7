#include "letters/AppealLetters.h"

#include "intake/DrugCatalog.h"
#include "letters/CriteriaSnapshot.h"
#include "letters/LetterTemplate.h"
#include "letters/PhraseBook.h"
#include "store/Appeals.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QTextDocumentFragment>

namespace pareview {

namespace {

using letters::PhraseBook;

Status audit(Database &db, const User &actor, qint64 caseId, const QString &action, const QString &detail)
{
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    if (auto s = AuditLog::append(db, {actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt, actor.name, caseId, action, detail}); !s)
        return s;
    return t.commit();
}

Error refuse(Database &db, const User &actor, qint64 caseId, const QString &why)
{
    (void)audit(db, actor, caseId, QStringLiteral("refused.letter"), why);
    return Error{why};
}

QString signature(const User &u)
{
    const QString name = u.displayName.isEmpty() ? u.name : u.displayName;
    return u.credentials.isEmpty() ? name : QStringLiteral("%1, %2").arg(name, u.credentials);
}

std::optional<QString> metaValue(Database &db, const QString &key)
{
    auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = :k"), {{QStringLiteral("k"), key}});
    if (q && q->next())
        return q->value(0).toString();
    return std::nullopt;
}

QVariantList paragraphs(const QString &text)
{
    QVariantList out;
    for (const QString &p : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out.append(QVariantMap{{QStringLiteral("text"), p.trimmed()}});
    return out;
}

// What an appeal's letter is written from, read from the store by compose();
// write() touches no store, so a worker thread may run it.
struct AppealLetterSource final : LetterSource
{
    std::shared_ptr<const PhraseBook> book;
    Appeal appeal;
    QString language;
    QDate date;
    QString payer, plan, memberName, memberId, prescriberName, prescriberNpi, drug, hcpcs;
    User decider;
    bool clinical = true; // decided on the criteria (not withdrawn or dismissed)
    std::optional<StoredDetermination> newDetermination; // an overturn's approval
    bool nextLevel = false; // upheld or partly upheld: the member may go further
    QString level;
    std::optional<int> levelDays;
    QString contactLine; // the options' or the store's; empty: the phrase book's
    letters::Paper paper = letters::Paper::Letter;

    Status write(LetterDraft &letter) const override;
};

Result<LetterDraft> compose(Database &db, const Appeal &a, const LetterOptions &options)
{
    auto bookResult = PhraseBook::builtIn();
    if (!bookResult)
        return Error{bookResult.error()};
    auto src = std::make_shared<AppealLetterSource>();
    src->book = bookResult.value();
    if (a.open())
        return Error{QCoreApplication::translate("pareview::AppealLetters",
                                                 "appeal %1 is not decided yet: record its outcome before writing its letter")
                         .arg(a.reference)};
    auto q = db.exec(QStringLiteral("SELECT language, payer, plan, member_name, member_id, prescriber_name, prescriber_npi, drug, drug_text,"
                                    " hcpcs FROM cases WHERE id = :id"),
                     {{QStringLiteral("id"), a.caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QCoreApplication::translate("pareview::AppealLetters", "no case %1").arg(a.caseId)};
    const QString language = options.language.isEmpty() ? q->value(0).toString() : options.language;
    if (!letters::letterLanguages().contains(language))
        return Error{QCoreApplication::translate("pareview::AppealLetters", "letters are written in %1, not \"%2\"")
                         .arg(letters::letterLanguages().join(QStringLiteral(" / ")), language)};
    auto decider = Users::byId(db, a.decidedBy);
    if (!decider)
        return Error{QStringLiteral("%1: %2").arg(a.reference, decider.error())};
    const bool clinical = a.outcome != QLatin1String("withdrawn") && a.outcome != QLatin1String("dismissed");
    if (clinical && (decider->role != Role::MedicalDirector || decider->credentials.trimmed().isEmpty()))
        return Error{QCoreApplication::translate("pareview::AppealLetters",
                                                 "appeal %1 was decided by %2, not by a medical director with credentials on file: "
                                                 "its letter names the medical director who decided it")
                         .arg(a.reference, decider->name)};
    src->payer = q->value(1).toString();
    src->plan = q->value(2).toString();
    src->memberName = q->value(3).toString();
    src->memberId = q->value(4).toString();
    src->prescriberName = q->value(5).toString();
    src->prescriberNpi = q->value(6).toString();
    src->drug = q->value(8).toString().isEmpty() ? DrugCatalog::name(q->value(7).toString()) : q->value(8).toString();
    const DrugDefinition *def = DrugCatalog::byId(q->value(7).toString());
    src->hcpcs = !q->value(9).toString().isEmpty() ? q->value(9).toString() : def ? def->hcpcs : QString();

    if (a.newDeterminationId) {
        auto dets = Review::determinations(db, a.originalCaseId);
        if (!dets)
            return Error{dets.error()};
        for (const StoredDetermination &d : dets.value())
            if (d.id == *a.newDeterminationId)
                src->newDetermination = d;
    }
    // The next level after an upheld (or partly upheld) appeal, for the line of business.
    src->nextLevel = a.outcome == QLatin1String("upheld") || a.outcome == QLatin1String("partly-overturned");
    src->level = a.nextLevel;
    if (src->nextLevel) {
        auto rule = Appeals::filingRule(db, a.lineOfBusiness);
        if (!rule)
            return Error{QCoreApplication::translate("pareview::AppealLetters", "appeal %1: %2: its letter cannot state the next level")
                             .arg(a.reference, rule.error())};
        if (src->level.isEmpty())
            src->level = rule->nextLevel;
        src->levelDays = rule->nextLevelDays;
    }
    const bool ire = src->nextLevel && src->level == QLatin1String("independent-review-entity");
    if (ire && a.outcome == QLatin1String("upheld") && !a.forwardedAt.isValid())
        return Error{QCoreApplication::translate("pareview::AppealLetters",
                                                 "appeal %1 was upheld but its forwarding to the independent review entity is not recorded")
                         .arg(a.reference)};
    if (src->nextLevel && !ire && !src->levelDays)
        return Error{QCoreApplication::translate("pareview::AppealLetters",
                                                 "appeal %1: the table appeal_rules gives no window for the %2 of the line of business \"%3\"")
                         .arg(a.reference, src->level, a.lineOfBusiness)};
    src->contactLine = !options.contactLine.isEmpty()
                           ? options.contactLine
                           : metaValue(db, QStringLiteral("letters.contact.%1").arg(language)).value_or(QString());
    if (options.paper)
        src->paper = *options.paper;
    else if (const auto stored = metaValue(db, QStringLiteral("letters.paper")))
        src->paper = letters::paperFromName(*stored).value_or(letters::Paper::Letter);
    src->appeal = a;
    src->language = language;
    src->date = options.date.isValid() ? options.date : QDate::currentDate();
    src->decider = decider.value();
    src->clinical = clinical;

    LetterDraft draft;
    draft.language = language;
    draft.caseId = a.caseId;
    draft.caseReference = a.reference;
    draft.date = src->date;
    draft.source = src;
    return draft;
}

Status AppealLetterSource::write(LetterDraft &letter) const
{
    const Appeal &a = appeal;
    const auto misc = [&](const QString &key) { return book->text(QStringLiteral("misc"), key, language); };
    QVariantMap v;
    v.insert(QStringLiteral("language"), language);
    v.insert(QStringLiteral("draft_mark"), QString());
    v.insert(QStringLiteral("payer"), payer);
    v.insert(QStringLiteral("plan"), plan);
    v.insert(QStringLiteral("letter_date"), PhraseBook::longDate(date, language));
    v.insert(QStringLiteral("case_reference"), a.reference);
    v.insert(QStringLiteral("member_name"), memberName);
    v.insert(QStringLiteral("member_id"), memberId);
    v.insert(QStringLiteral("prescriber_name"), prescriberName);
    v.insert(QStringLiteral("prescriber_npi"), prescriberNpi);
    v.insert(QStringLiteral("drug_name"), drug);
    v.insert(QStringLiteral("drug_hcpcs"), hcpcs);
    v.insert(QStringLiteral("appeal_reference"), a.reference);
    v.insert(QStringLiteral("original_reference"), a.originalReference);
    v.insert(QStringLiteral("appealed_decision"),
             misc(QStringLiteral("appeal.appealed.%1").arg(a.appealedOutcome)).arg(PhraseBook::longDate(a.noticeAt.date(), language)));
    QString filer = misc(QStringLiteral("appeal.filer.%1").arg(a.filedBy));
    if (filer.contains(QLatin1String("%1")))
        filer = filer.arg(prescriberName);
    v.insert(QStringLiteral("filed_by"), filer);
    v.insert(QStringLiteral("received_date"), PhraseBook::longDate(a.received.date(), language));
    v.insert(QStringLiteral("expedited"), a.priority == QLatin1String("expedited"));
    v.insert(QStringLiteral("decision"), misc(QStringLiteral("appeal.decision.%1").arg(a.outcome)));
    v.insert(QStringLiteral("decided_by_label"), clinical ? misc(QStringLiteral("decidedBy")) : misc(QStringLiteral("appeal.recordedBy")));
    v.insert(QStringLiteral("decider_signature"), signature(decider));
    v.insert(QStringLiteral("decider_role"), book->text(QStringLiteral("roles"), roleName(decider.role), language));
    v.insert(QStringLiteral("decision_date"), PhraseBook::longDate(a.decidedAt.date(), language));
    v.insert(QStringLiteral("replaces"), QString());
    v.insert(QStringLiteral("explanation"), paragraphs(a.outcomeReason));
    v.insert(QStringLiteral("contact_line"), contactLine.isEmpty() ? misc(QStringLiteral("contact")) : contactLine);
    v.insert(QStringLiteral("title"), misc(QStringLiteral("appeal.title.%1").arg(a.outcome)).arg(a.reference));
    if (newDetermination) {
        const StoredDetermination &d = *newDetermination;
        // A quantity the evaluation wrote is worded from its finding; one a person typed, as typed.
        const auto snapshot = letters::CriteriaSnapshot::parse(d.criteriaSnapshot);
        v.insert(QStringLiteral("quantity"), snapshot ? snapshot->quantityText(d.quantity, language, *book)
                                                      : book->quantity(d.quantity, language).text);
        v.insert(QStringLiteral("approval_start"), PhraseBook::longDate(d.approvalStart, language));
        v.insert(QStringLiteral("approval_end"), PhraseBook::longDate(d.approvalEnd, language));
    }
    const bool ire = nextLevel && level == QLatin1String("independent-review-entity");
    v.insert(QStringLiteral("ire"), ire);
    v.insert(QStringLiteral("fair_hearing"), nextLevel && level == QLatin1String("state-fair-hearing"));
    v.insert(QStringLiteral("external_review"), nextLevel && level == QLatin1String("external-review"));
    v.insert(QStringLiteral("forwarded_date"), a.forwardedAt.isValid() ? PhraseBook::longDate(a.forwardedAt.date(), language) : QString());
    v.insert(QStringLiteral("forward_due"), a.forwardDue.isValid() ? PhraseBook::longDate(a.forwardDue.date(), language) : QString());
    v.insert(QStringLiteral("next_level_days"), levelDays ? QString::number(*levelDays) : QString());
    v.insert(QStringLiteral("next_level_deadline"), levelDays ? PhraseBook::longDate(date.addDays(*levelDays), language) : QString());

    const QString templateName = QStringLiteral("appeal-%1").arg(a.outcome);
    v.insert(QStringLiteral("glossary"), QVariantList());
    v.insert(QStringLiteral("has_glossary"), false);
    auto html = letters::renderTemplate(templateName, v, language);
    if (!html)
        return Error{html.error()};
    QVariantList glossary;
    for (const letters::Gloss &g : book->glossary(QTextDocumentFragment::fromHtml(*html).toPlainText(), language))
        glossary.append(QVariantMap{{QStringLiteral("term"), g.term}, {QStringLiteral("meaning"), g.meaning}});
    v.insert(QStringLiteral("glossary"), glossary);
    v.insert(QStringLiteral("has_glossary"), !glossary.isEmpty());
    html = letters::renderTemplate(templateName, v, language);
    if (!html)
        return Error{html.error()};
    auto css = letters::letterResource(QStringLiteral("letter.css"));
    if (!css)
        return Error{css.error()};

    letters::PdfOptions pdf;
    pdf.paper = paper;
    pdf.title = v.value(QStringLiteral("title")).toString();
    pdf.date = date;
    pdf.footerLeft = misc(QStringLiteral("footer")).arg(a.reference);
    pdf.pageOfPages = misc(QStringLiteral("pageOfPages"));
    pdf.styleSheet = QString::fromUtf8(*css);

    letter.values = v;
    letter.html = *html;
    letter.pdfOptions = pdf;
    return success();
}

const char *kSelect = "SELECT l.id, a.case_id, l.language, l.pdf, l.sha256, l.issued_by, l.issued_at,"
                      " COALESCE(NULLIF(u.display_name, ''), u.name), l.outcome, a.id, a.reference"
                      " FROM appeal_letters l JOIN appeals a ON a.id = l.appeal_id LEFT JOIN users u ON u.id = l.issued_by";

Result<IssuedLetter> fromRow(QSqlQuery &q)
{
    IssuedLetter l;
    l.id = q.value(0).toLongLong();
    l.caseId = q.value(1).toLongLong();
    l.language = q.value(2).toString();
    l.pdf = q.value(3).toByteArray();
    l.sha256 = q.value(4).toString();
    l.issuedBy = q.value(5).toLongLong();
    l.issuedAt = q.value(6).toString();
    l.issuedByName = q.value(7).toString();
    l.kind = QStringLiteral("appeal-%1").arg(q.value(8).toString());
    l.appealId = q.value(9).toLongLong();
    l.appealReference = q.value(10).toString();
    if (CaseStore::sha256Hex(l.pdf) != l.sha256)
        return Error{QCoreApplication::translate("pareview::AppealLetters",
                                                 "appeal letter %1 does not match its SHA-256: its stored bytes were changed after it was issued")
                         .arg(l.id)};
    return l;
}

Result<std::optional<IssuedLetter>> stored(Database &db, qint64 appealId, const QString &language)
{
    auto q = db.exec(QStringLiteral("%1 WHERE l.appeal_id = :a AND l.language = :l").arg(QLatin1String(kSelect)),
                     {{QStringLiteral("a"), appealId}, {QStringLiteral("l"), language}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<IssuedLetter>();
    auto l = fromRow(*q);
    if (!l)
        return Error{l.error()};
    return std::optional<IssuedLetter>(l.value());
}

// Every appeal letter a kSelect query found, in its order.
Result<QVector<IssuedLetter>> lettersOf(Result<QSqlQuery> q)
{
    if (!q)
        return Error{q.error()};
    QVector<IssuedLetter> out;
    while (q->next()) {
        auto l = fromRow(*q);
        if (!l)
            return Error{l.error()};
        out.append(l.value());
    }
    return out;
}

} // namespace

Result<LetterDraft> AppealLetters::preview(Database &db, qint64 appealId, const LetterOptions &options, const User &actor)
{
    auto a = Appeals::byId(db, appealId);
    if (!a)
        return Error{a.error()};
    if (!Letters::mayIssue(actor))
        return refuse(db, actor, a->caseId,
                      QCoreApplication::translate("pareview::AppealLetters", "%1 (%2) may not write letters").arg(actor.name, roleTitle(actor.role)));
    auto draft = compose(db, a.value(), options);
    if (!draft)
        return refuse(db, actor, a->caseId, draft.error());
    if (auto s = Letters::render(draft.value()); !s)
        return refuse(db, actor, a->caseId, s.error());
    if (auto s = audit(db, actor, a->caseId, QStringLiteral("letter.preview"), QStringLiteral("%1 (%2)").arg(a->reference, draft->language)); !s)
        return Error{s.error()};
    return draft;
}

Result<IssuedLetter> AppealLetters::issue(Database &db, qint64 appealId, const LetterOptions &options, const User &actor)
{
    auto pending = prepareIssue(db, appealId, options, actor);
    if (!pending)
        return Error{pending.error()};
    if (pending->issuedBefore)
        return *pending->issuedBefore;
    if (auto s = Letters::render(pending->letter); !s)
        return refuse(db, actor, pending->letter.caseId, s.error());
    return storeIssued(db, pending.value(), actor);
}

Result<Letters::Pending> AppealLetters::prepareIssue(Database &db, qint64 appealId, const LetterOptions &options, const User &actor)
{
    auto a = Appeals::byId(db, appealId);
    if (!a)
        return Error{a.error()};
    if (!Letters::mayExport(actor))
        return refuse(db, actor, a->caseId,
                      QCoreApplication::translate("pareview::AppealLetters", "%1 (%2) may not issue or export letters")
                          .arg(actor.name, roleTitle(actor.role)));
    auto summary = CaseStore::summary(db, a->caseId);
    if (!summary)
        return Error{summary.error()};
    auto langQuery = db.exec(QStringLiteral("SELECT language FROM cases WHERE id = :id"), {{QStringLiteral("id"), a->caseId}});
    const QString language = !options.language.isEmpty() ? options.language
                             : (langQuery && langQuery->next()) ? langQuery->value(0).toString()
                                                                : QStringLiteral("en");
    Letters::Pending pending;
    auto before = stored(db, appealId, language);
    if (!before)
        return Error{before.error()};
    if (before.value()) {
        if (auto s = audit(db, actor, a->caseId, QStringLiteral("letter.export"),
                           QStringLiteral("appeal letter %1 (%2), sha256 %3").arg(before.value()->id).arg(language, before.value()->sha256));
            !s)
            return Error{s.error()};
        pending.issuedBefore = *before.value();
        return pending;
    }
    if (!Letters::mayIssue(actor))
        return refuse(db, actor, a->caseId,
                      QCoreApplication::translate("pareview::AppealLetters",
                                                  "%1 (%2) may export letters already issued, but not issue one: appeal %3 has no %4 letter yet")
                          .arg(actor.name, roleTitle(actor.role), a->reference, language));
    LetterOptions o = options;
    o.language = language;
    auto draft = compose(db, a.value(), o);
    if (!draft)
        return refuse(db, actor, a->caseId, draft.error());
    pending.letter = draft.value();
    pending.caseStatus = summary->status;
    pending.caseRowVersion = summary->rowVersion;
    pending.appealId = appealId;
    pending.appealOutcome = a->outcome;
    return pending;
}

Result<IssuedLetter> AppealLetters::storeIssued(Database &db, const Letters::Pending &pending, const User &actor)
{
    if (pending.issuedBefore)
        return *pending.issuedBefore;
    const LetterDraft &letter = pending.letter;
    const QString &reference = letter.caseReference;
    if (pending.appealId <= 0 || letter.pdf.isEmpty() || !Letters::mayIssue(actor))
        return Error{QCoreApplication::translate("pareview::AppealLetters", "the letter of appeal %1 was not laid out for issuing").arg(reference)};
    const QString sha = CaseStore::sha256Hex(letter.pdf);
    const QString at = Database::storedTime(QDateTime::currentDateTimeUtc());
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    // Nothing may have changed since the letter was written: the same
    // outcome, still no letter in this language.
    auto a = Appeals::byId(db, pending.appealId);
    if (!a)
        return Error{a.error()};
    if (a->outcome != pending.appealOutcome)
        return Error{QCoreApplication::translate("pareview::AppealLetters", "appeal %1 was changed by someone else meanwhile: write its letter again")
                         .arg(reference)};
    auto raced = stored(db, pending.appealId, letter.language);
    if (!raced)
        return Error{raced.error()};
    if (raced.value())
        return *raced.value();
    auto insert = db.exec(QStringLiteral("INSERT INTO appeal_letters (appeal_id, language, outcome, pdf, sha256, issued_by, issued_at)"
                                         " VALUES (:a, :l, :o, :pdf, :sha, :by, :at)"),
                          {{QStringLiteral("a"), pending.appealId}, {QStringLiteral("l"), letter.language}, {QStringLiteral("o"), a->outcome},
                           {QStringLiteral("pdf"), letter.pdf}, {QStringLiteral("sha"), sha}, {QStringLiteral("by"), actor.id},
                           {QStringLiteral("at"), at}});
    if (!insert)
        return Error{insert.error()};
    if (pending.caseStatus == QLatin1String("determined")) {
        auto u = db.exec(QStringLiteral("UPDATE cases SET status = 'letter-issued', row_version = row_version + 1, updated_at = :at"
                                        " WHERE id = :id AND row_version = :v"),
                         {{QStringLiteral("at"), at}, {QStringLiteral("id"), a->caseId}, {QStringLiteral("v"), pending.caseRowVersion}});
        if (!u)
            return Error{u.error()};
        if (u->numRowsAffected() != 1)
            return Error{QCoreApplication::translate("pareview::AppealLetters", "case %1 was changed by someone else meanwhile: write its letter again")
                             .arg(reference)};
    }
    if (auto s = AuditLog::append(db, {actor.id, actor.name, a->caseId, QStringLiteral("letter.issue"),
                                       QStringLiteral("appeal %1 %2 (%3), %4 pages, sha256 %5")
                                           .arg(a->reference, a->outcome, letter.language)
                                           .arg(letter.pages)
                                           .arg(sha)});
        !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    auto issued = stored(db, pending.appealId, letter.language);
    if (!issued)
        return Error{issued.error()};
    if (!issued.value())
        return Error{QCoreApplication::translate("pareview::AppealLetters", "the letter of appeal %1 was not stored").arg(reference)};
    IssuedLetter l = *issued.value();
    l.newlyIssued = true;
    return l;
}

Result<QVector<IssuedLetter>> AppealLetters::forCase(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("%1 WHERE a.case_id = :c OR a.original_case_id = :c ORDER BY l.id").arg(QLatin1String(kSelect)),
                     {{QStringLiteral("c"), caseId}});
    return lettersOf(std::move(q));
}

Result<IssuedLetter> AppealLetters::exportIssued(Database &db, qint64 letterId, const User &actor)
{
    auto q = db.exec(QStringLiteral("%1 WHERE l.id = :id").arg(QLatin1String(kSelect)), {{QStringLiteral("id"), letterId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QCoreApplication::translate("pareview::AppealLetters", "there is no appeal letter %1").arg(letterId)};
    const qint64 caseId = q->value(1).toLongLong();
    if (!Letters::mayExport(actor))
        return refuse(db, actor, caseId,
                      QCoreApplication::translate("pareview::AppealLetters", "%1 (%2) may not export letters").arg(actor.name, roleTitle(actor.role)));
    auto letter = fromRow(*q);
    if (!letter)
        return refuse(db, actor, caseId, letter.error());
    if (auto s = audit(db, actor, caseId, QStringLiteral("letter.export"),
                       QStringLiteral("appeal letter %1 (%2), sha256 %3").arg(letter->id).arg(letter->language, letter->sha256));
        !s)
        return Error{s.error()};
    return letter;
}

Result<QVector<IssuedLetter>> AppealLetters::issued(Database &db, qint64 appealId)
{
    auto q = db.exec(QStringLiteral("%1 WHERE l.appeal_id = :a ORDER BY l.id").arg(QLatin1String(kSelect)), {{QStringLiteral("a"), appealId}});
    return lettersOf(std::move(q));
}

} // namespace pareview
