#include "LetterIssuing.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pareview {

LetterIssuing::LetterIssuing(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<LaidOut>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        LaidOut out = m_watcher->result();
        // Taken before calling back: done() may start the next letter.
        Store store = std::move(m_store);
        Done done = std::move(m_done);
        m_running = false;
        const Result<IssuedLetter> result = out.error.isEmpty() ? store(out.pending) : Result<IssuedLetter>(Error{out.error});
        if (done)
            done(result);
    });
}

LetterIssuing::~LetterIssuing()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

QString LetterIssuing::statusText()
{
    return tr("Issuing the letter: laying out its pages…");
}

void LetterIssuing::start(Letters::Pending pending, Store store, Done done)
{
    if (pending.issuedBefore) {
        done(*pending.issuedBefore);
        return;
    }
    m_store = std::move(store);
    m_done = std::move(done);
    m_running = true;
    m_watcher->setFuture(QtConcurrent::run([p = std::move(pending)]() mutable {
        LaidOut out;
        if (auto s = Letters::render(p.letter); !s)
            out.error = s.error();
        out.pending = std::move(p);
        return out;
    }));
}

} // namespace pareview
