#pragma once

// Issuing a letter without freezing the window (issue 14): the store is read
// on the window's connection beforehand (Letters::prepareIssue,
// AppealLetters::prepareIssue), the letter written and laid out on a worker
// (Letters::render touches no store), and stored back on the GUI thread in
// one short transaction by the caller's store function. The one place for
// this pattern: the determination dialog and the Appeals tab use it.

#include "letters/Letters.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace pareview {

class LetterIssuing final : public QObject
{
    Q_OBJECT

public:
    using Store = std::function<Result<IssuedLetter>(const Letters::Pending &)>;
    using Done = std::function<void(const Result<IssuedLetter> &)>;

    explicit LetterIssuing(QObject *parent = nullptr);
    // A letter still being laid out is waited for (the worker's pending
    // letter refers to what the window owns).
    ~LetterIssuing() override;

    bool running() const { return m_running; }
    // What the window says while the letter is laid out.
    static QString statusText();

    // Lays `pending`'s letter out on a worker, then, on this thread,
    // store(pending) and done(its result) — or done(the layout's error).
    // A letter issued before is done at once with its stored bytes.
    void start(Letters::Pending pending, Store store, Done done);

private:
    struct LaidOut
    {
        QString error;
        Letters::Pending pending;
    };
    QFutureWatcher<LaidOut> *m_watcher;
    Store m_store;
    Done m_done;
    bool m_running = false;
};

} // namespace pareview
