#include "LetterIssuing.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pareview {

LetterIssuing::LetterIssuing(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<LaidOut>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        LaidOut out = m_watcher->result();
        const Result<IssuedLetter> result = out.error.isEmpty() ? m_store(out.pending) : Result<IssuedLetter>(Error{out.error});
        // What the window shows of it (the case read again) comes on the
        // next turn of the event loop: storing and showing one after the
        // other stalled the window past 100 ms (BENCHMARKS.md). Running
        // until then, so nothing closes in between.
        QMetaObject::invokeMethod(this, [this, result] {
            // Taken before calling back: done() may start the next letter.
            Done done = std::move(m_done);
            m_store = nullptr;
            m_running = false;
            if (done)
                done(result);
        }, Qt::QueuedConnection);
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
