#pragma once

#include <QObject>
#include <QTimer>

namespace pareview {

// Watches the application for keyboard and mouse input; after `timeout`
// without any, asks the window to lock (PHI hidden, clipboard cleared).
class IdleLock final : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(int timeoutMs, QObject *parent = nullptr);

    void setTimeout(int timeoutMs);
    int timeout() const { return m_timer.interval(); }
    void setActive(bool active); // off while locked
    void poke() { if (m_active) m_timer.start(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_active = true;
};

} // namespace pareview
