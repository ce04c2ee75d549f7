// Opening a case: a case with 40 facts and 10 attachments of 5 MiB, from
// CaseView::openCase to the checklist painted, beside the same case without
// attachments. Attachments load lazily: only their list is read when the
// case opens, their bytes when one is opened.

#include "Bench.h"
#include "BundleGen.h"
#include "StoreGen.h"
#include "intake/FhirImporter.h"
#include "policy/PolicyLibrary.h"
#include "review/CaseView.h"
#include "review/CriteriaModel.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTreeView>
#include <QUndoStack>

#include <cstring>
#include <random>

namespace bench {

namespace {

class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *w) { w->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

QByteArray pdfLike(int size, quint32 seed)
{
    std::mt19937 rng(seed);
    QByteArray out("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    const qsizetype head = out.size();
    out.resize(size);
    for (qsizetype i = head; i < size - 8; i += 4) {
        const quint32 v = rng();
        std::memcpy(out.data() + i, &v, size_t(qMin<qsizetype>(4, size - 8 - i)));
    }
    out.replace(size - 8, 8, "\n%%EOF\n\n");
    return out;
}

} // namespace

void runOpenCase(const Config &cfg)
{
    BundleGen gen(cfg.examplesDir);
    const QString path = QDir(cfg.workDir).filePath(QStringLiteral("open-case.sqlite"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    auto opened = pareview::Database::open(path);
    if (!opened) {
        log(opened.error());
        return;
    }
    std::shared_ptr<pareview::Database> db = opened.value();
    BenchUsers users;
    QString error;
    if (!addBenchUsers(*db, &users, &error)) {
        log(error);
        return;
    }
    auto imported = pareview::FhirImporter::import(gen.example(0)); // Hemgenix: 14 labs, 22 attestations
    if (!imported) {
        log(imported.error());
        return;
    }
    pareview::CaseFacts facts = imported.value();
    auto factCount = [](const pareview::CaseFacts &f) {
        qsizetype n = f.attestations.size();
        for (const auto &series : f.labs)
            n += series.size();
        return n;
    };
    // Older weights until the case has 40 facts.
    QString weight;
    for (auto it = facts.labs.cbegin(); it != facts.labs.cend(); ++it)
        if (!it.value().isEmpty() && it.value().first().unit == QLatin1String("kg"))
            weight = it.key();
    for (int i = 1; factCount(facts) < 40 && !weight.isEmpty(); ++i) {
        pareview::Measurement m = facts.labs[weight].first();
        m.date = m.date.addDays(-30 * i);
        m.value -= 0.3 * i;
        m.originalValue = QStringLiteral("%1 kg").arg(m.value);
        facts.labs[weight].prepend(m);
    }
    pareview::CaseFacts plain = facts;
    plain.attachments.clear();
    facts.attachments.clear();
    const int mebibytes = 5;
    for (int i = 0; i < 10; ++i) {
        pareview::AttachmentData a;
        a.title = QStringLiteral("scan-%1.pdf").arg(i + 1);
        a.contentType = QStringLiteral("application/pdf");
        a.description = QStringLiteral("Scanned chart, part %1").arg(i + 1);
        a.bytes = pdfLike(mebibytes * 1024 * 1024, quint32(i + 1));
        facts.attachments << a;
    }
    QElapsedTimer createTimer;
    createTimer.start();
    auto withAttachments = pareview::CaseStore::create(*db, facts, users.nurse);
    const double createMs = createTimer.nsecsElapsed() / 1e6;
    auto without = pareview::CaseStore::create(*db, plain, users.nurse);
    if (!withAttachments || !without) {
        log(withAttachments ? without.error() : withAttachments.error());
        return;
    }
    facts.attachments.clear();
    qint64 storedFacts = 0;
    if (auto q = db->exec(QStringLiteral("SELECT COUNT(*) FROM facts WHERE case_id = :c"),
                          { { QStringLiteral("c"), withAttachments.value() } });
        q && q->next())
        storedFacts = q->value(0).toLongLong();

    const pareview::PolicyLibrary library = pareview::PolicyLibrary::builtIn();
    QUndoStack undo;
    pareview::CaseView view(db, users.reviewer, library, &undo);
    view.resize(1280, 760);
    view.show();
    QCoreApplication::processEvents();
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("criteriaTree"));
    auto openMs = [&](qint64 id) {
        PaintWatch watch(tree->viewport());
        QElapsedTimer t;
        t.start();
        QString e;
        if (!view.openCase(id, &e))
            log(e);
        while (!watch.painted && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return t.nsecsElapsed() / 1e6;
    };
    openMs(withAttachments.value());
    openMs(without.value());
    QVector<double> a, b;
    for (int r = 0; r < cfg.reps * 3; ++r) {
        a << openMs(withAttachments.value());
        b << openMs(without.value());
    }
    const double withMs = median(a);
    const double withoutMs = median(b);
    const int criteria = view.criteria() ? view.criteria()->rowCount() : 0;

    const double listMs
        = medianMs(cfg.reps, [&] { (void)pareview::CaseStore::attachments(*db, withAttachments.value()); });
    const double listPlainMs
        = medianMs(cfg.reps, [&] { (void)pareview::CaseStore::attachments(*db, without.value()); });
    qint64 firstAttachment = 0;
    if (auto list = pareview::CaseStore::attachments(*db, withAttachments.value()); list && !list->isEmpty())
        firstAttachment = list->first().id;
    const double bytesMs = medianMs(
        cfg.reps, [&] { (void)pareview::CaseStore::attachmentBytes(*db, firstAttachment, users.reviewer); });

    const QString group = QStringLiteral("Open a case (40 facts, 10 attachments of 5 MiB)");
    report().add(
        { group,
          QStringLiteral(
              "CaseView::openCase to checklist painted (%1 facts stored, %2 evaluations, %3 top-level rows)")
              .arg(storedFacts)
              .arg(view.evaluations().size())
              .arg(criteria),
          ms(withMs), QStringLiteral("the same case without attachments"), ms(withoutMs),
          times(withMs / withoutMs), QStringLiteral("attachments lazy: ≤ 1.25× the case without them"),
          atMost(withMs / withoutMs, 1.25) });
    report().add({ group, QStringLiteral("CaseStore::attachments (the list shown on opening, no bytes)"),
                   ms(listMs), QStringLiteral("the same for the case without attachments"), ms(listPlainMs),
                   times(listMs / qMax(0.001, listPlainMs)), QString(), QStringLiteral("—") });
    report().add(
        { group, QStringLiteral("one attachment's bytes when opened (5 MiB read, SHA-256 checked, audited)"),
          ms(bytesMs), QStringLiteral("CaseView::openCase of the whole case"), ms(withMs),
          times(bytesMs / withMs), QString(), QStringLiteral("—") });
    report().note(
        QStringLiteral(
            "Storing the case with 10 × 5 MiB attachments (CaseStore::create, one transaction): %1.")
            .arg(ms(createMs)));
    view.hide();
}

} // namespace bench
