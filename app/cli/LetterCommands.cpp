#include "cli/LetterCommands.h"

#include "cli/AppealCommands.h"
#include "cli/CliSupport.h"

#include "letters/Letters.h"
#include "letters/PhraseBook.h"
#include "policy/PolicyLibrary.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QGuiApplication>
#include <QHash>
#include <QSaveFile>

namespace pareview::cli {
namespace {

// "--case 12" or "--case PA-0000012".
std::optional<qint64> caseId(Database &db, const QString &text, QString *error)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && id > 0)
        return id;
    auto q = db.exec(QStringLiteral("SELECT id FROM cases WHERE reference = :r"),
                     { { QStringLiteral("r"), text } });
    if (q && q->next())
        return q->value(0).toLongLong();
    *error = QStringLiteral("no case \"%1\" (give its number or its reference, e.g. PA-0000012)").arg(text);
    return std::nullopt;
}

std::optional<PolicyLibrary> library(const QString &command, const QString &policiesDir, Streams io)
{
    PolicyLibrary lib = PolicyLibrary::builtIn();
    for (const QString &e : lib.loadErrors())
        io.err << "pareview: built-in policy: " << e << '\n';
    if (!policiesDir.isEmpty()) {
        const QStringList errors = lib.addDirectory(policiesDir);
        for (const QString &e : errors)
            io.err << "pareview " << command << ": " << e << '\n';
        if (!errors.isEmpty())
            return std::nullopt;
    }
    return lib;
}

const char *const kDecideUsage
    = "usage: pareview decide --db DB --case ID --user NAME --outcome approve|deny|pend|refer [--reason "
      "TEXT]\n"
      "                       [--policy ID] [--policies DIR] [--supersede --reason TEXT]\n"
      "  standard input: NAME's password\n"
      "  Records a determination from the case's criteria results, the data combined with the reviewers'\n"
      "  decisions as the workstation shows them, under the policy in effect on its received date. Only a\n"
      "  medical director denies. A determined case is changed only with --supersede: a medical director,\n"
      "  giving the reason (--reason, required then); the new letter says which letter it replaces.\n";

const char *const kLetterUsage
    = "usage: pareview letter --db DB --case ID --user NAME --out FILE.pdf [--lang en|es] [--paper "
      "letter|a4]\n"
      "                       [--policies DIR]\n"
      "  standard input: NAME's password\n"
      "  Writes the letter of the case's latest determination, issuing it on its first export; an issued\n"
      "  letter is exported as the exact bytes stored when it was issued.\n";

// The case of an appeal named by --case (AP-…); nullopt: why not is on standard error.
std::optional<qint64> appealCase(const QString &command, const QHash<QString, QString> &values, Streams io)
{
    auto db = openStore(command, values.value(QStringLiteral("--db")), io);
    if (!db)
        return std::nullopt;
    QString error;
    const auto id = caseId(*db, values.value(QStringLiteral("--case")), &error);
    if (!id)
        io.err << "pareview " << command << ": " << error << '\n';
    return id ? std::optional<qint64>(*id) : std::nullopt;
}

} // namespace

bool needsGuiApplication(const QStringList &args)
{
    // The demo store issues one letter too.
    return !args.isEmpty() && (args.first() == QLatin1String("letter") || args.first() == QLatin1String("demo"));
}

int runDecide(const QStringList &arguments, Streams io)
{
    // --supersede is the one argument without a value.
    QStringList args = arguments;
    const bool supersede = args.removeAll(QStringLiteral("--supersede")) > 0;
    const Args a = parseArgs(args,
                         { QStringLiteral("--db"), QStringLiteral("--case"), QStringLiteral("--user"),
                           QStringLiteral("--outcome"), QStringLiteral("--reason"),
                           QStringLiteral("--policy"), QStringLiteral("--policies") });
    QString missing;
    for (const char *required : { "--db", "--case", "--user", "--outcome" })
        if (!a.values.contains(QLatin1String(required)))
            missing = QStringLiteral("%1 is required").arg(QLatin1String(required));
    const QString outcome = a.values.value(QStringLiteral("--outcome"));
    // An appeal's case (AP-…) is decided with an appeal outcome.
    if (a.error.isEmpty() && missing.isEmpty() && !supersede
        && a.values.value(QStringLiteral("--case")).startsWith(QLatin1String("AP-"))) {
        const auto id = appealCase(QStringLiteral("decide"), a.values, io);
        return id ? runAppealDecide(*id, a.values, io) : Failure;
    }
    static const QStringList outcomes = { QStringLiteral("approve"), QStringLiteral("deny"),
                                          QStringLiteral("pend"), QStringLiteral("refer") };
    if (a.error.isEmpty() && missing.isEmpty() && !outcomes.contains(outcome))
        missing = QStringLiteral("--outcome must be approve, deny, pend or refer, not \"%1\"").arg(outcome);
    const QString reason = a.values.value(QStringLiteral("--reason")).trimmed();
    if (a.error.isEmpty() && missing.isEmpty() && supersede && reason.isEmpty())
        missing = QStringLiteral("--supersede needs --reason TEXT: why the determination is superseded");
    if (!a.error.isEmpty() || !missing.isEmpty()) {
        io.err << "pareview decide: " << (a.error.isEmpty() ? missing : a.error) << '\n' << kDecideUsage;
        return BadArguments;
    }
    auto lib = library(QStringLiteral("decide"), a.values.value(QStringLiteral("--policies")), io);
    if (!lib)
        return BadArguments;
    auto db = openStore(QStringLiteral("decide"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    QString error;
    const auto id = caseId(*db, a.values.value(QStringLiteral("--case")), &error);
    if (!id) {
        io.err << "pareview decide: " << error << '\n';
        return Failure;
    }
    auto user = Users::authenticate(*db, a.values.value(QStringLiteral("--user")), readLine(io.in));
    if (!user) {
        io.err << "pareview decide: " << user.error() << '\n';
        return Failure;
    }
    // Superseding, --reason says why; the rationale stays the one the criteria give.
    auto draft = DecisionDrafts::prepare(*db, *lib, *id, outcome, supersede ? QString() : reason, user.value(),
                                         a.values.value(QStringLiteral("--policy")));
    if (!draft) {
        io.err << "pareview decide: " << draft.error() << "; nothing was recorded\n";
        return Failure;
    }
    auto determination = supersede ? Review::supersede(*db, *id, draft->input, reason, user.value())
                                   : Review::determine(*db, *id, draft->input, user.value());
    if (!determination) {
        io.err << "pareview decide: " << determination.error() << "; nothing was recorded\n";
        if (!supersede) {
            const auto summary = CaseStore::summary(*db, *id);
            if (summary && Review::isDetermined(summary->status))
                io.err << "pareview decide: to supersede its determination, a medical director adds --supersede"
                          " --reason TEXT\n";
        }
        return Failure;
    }
    const auto summary = CaseStore::summary(*db, *id);
    const DeterminationInput &in = draft->input;
    io.out << (supersede ? "superseded with determination " : "recorded determination ") << determination.value()
           << " for case "
           << (summary ? summary->reference : QString::number(*id)) << ": " << in.outcome << " under "
           << draft->policy->payer << ' ' << draft->policy->number << " (" << in.policyId << ' '
           << in.policyVersion << ")\n";
    for (const QString &w : draft->evaluation.warnings)
        io.out << "  warning: " << w << '\n';
    if (in.outcome == QLatin1String("approve"))
        io.out << "  approved " << in.approvalStart.toString(Qt::ISODate) << " to "
               << in.approvalEnd.toString(Qt::ISODate)
               << (in.quantity.isEmpty() ? QString() : QStringLiteral(", %1").arg(in.quantity)) << '\n';
    else if (in.outcome == QLatin1String("pend"))
        io.out << "  reply by " << in.replyBy.toString(Qt::ISODate) << '\n';
    else if (in.outcome == QLatin1String("refer"))
        io.out << "  referred to " << in.referTo << '\n';
    io.out << "  " << in.rationale << '\n';
    // The criteria as the window shows them: data and reviewers' decisions combined once.
    io.out << "  criteria: " << draft->review.summary() << "; " << draft->review.progress() << '\n';
    return Ok;
}

int runLetter(const QStringList &args, Streams io)
{
    const Args a = parseArgs(args,
                         { QStringLiteral("--db"), QStringLiteral("--case"), QStringLiteral("--user"),
                           QStringLiteral("--out"), QStringLiteral("--lang"), QStringLiteral("--paper"),
                           QStringLiteral("--policies") });
    QString problem = a.error;
    for (const char *required : { "--db", "--case", "--out", "--user" })
        if (problem.isEmpty() && !a.values.contains(QLatin1String(required)))
            problem = QLatin1String(required) == QLatin1String("--user")
                ? QStringLiteral("--user NAME is required: a letter is issued and exported under a signed-in "
                                 "user (password on standard input)")
                : QStringLiteral("%1 is required").arg(QLatin1String(required));
    LetterOptions options;
    options.language = a.values.value(QStringLiteral("--lang"));
    if (problem.isEmpty() && !options.language.isEmpty()
        && !letters::letterLanguages().contains(options.language))
        problem = QStringLiteral("--lang must be one of %1")
                      .arg(letters::letterLanguages().join(QStringLiteral(", ")));
    if (problem.isEmpty() && a.values.contains(QStringLiteral("--paper"))) {
        options.paper = letters::paperFromName(a.values.value(QStringLiteral("--paper")));
        if (!options.paper)
            problem = QStringLiteral("--paper must be letter or a4");
    }
    if (!problem.isEmpty()) {
        io.err << "pareview letter: " << problem << '\n' << kLetterUsage;
        return BadArguments;
    }
    if (a.values.value(QStringLiteral("--case")).startsWith(QLatin1String("AP-"))) {
        const auto id = appealCase(QStringLiteral("letter"), a.values, io);
        return id ? runAppealLetter(*id, a.values, io) : Failure;
    }
    auto lib = library(QStringLiteral("letter"), a.values.value(QStringLiteral("--policies")), io);
    if (!lib)
        return BadArguments;
    auto db = openStore(QStringLiteral("letter"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    QString error;
    const auto id = caseId(*db, a.values.value(QStringLiteral("--case")), &error);
    if (!id) {
        io.err << "pareview letter: " << error << '\n';
        return Failure;
    }
    auto user = Users::authenticate(*db, a.values.value(QStringLiteral("--user")), readLine(io.in));
    if (!user) {
        io.err << "pareview letter: " << user.error() << '\n';
        return Failure;
    }
    auto letter = Letters::issue(*db, *lib, *id, options, user.value());
    if (!letter) {
        io.err << "pareview letter: " << letter.error() << "; no file was written\n";
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            io.err << "pareview letter: writing a new letter needs a QGuiApplication; start this command "
                      "with one "
                      "(cli::needsGuiApplication), e.g. on the offscreen platform\n";
        return Failure;
    }
    const QString path = a.values.value(QStringLiteral("--out"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(letter->pdf) != letter->pdf.size() || !file.commit()) {
        io.err << "pareview letter: cannot write " << path << ": " << file.errorString() << '\n';
        return Failure;
    }
    const auto summary = CaseStore::summary(*db, *id);
    io.out << (letter->newlyIssued ? "issued" : "exported") << " letter " << letter->id << " ("
           << letter->language << ") of case " << (summary ? summary->reference : QString::number(*id))
           << " to " << path << ", " << letter->pdf.size() << " bytes, sha256 " << letter->sha256 << '\n';
    if (!letter->newlyIssued)
        io.out << "  issued " << letter->issuedAt << "; these are the bytes stored then\n";
    return Ok;
}

} // namespace pareview::cli
