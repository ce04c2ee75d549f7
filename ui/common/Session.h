#pragma once

// The workstation from sign-in to sign-out: asks who is there (the sign-in
// dialog), opens their main window in their language, and on File → Sign out
// closes it and asks again, so the next person signs in without the program
// being quit. Cancelling the sign-in ends the session.

#include "policy/PolicyLibrary.h"
#include "store/Users.h"

#include <QObject>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace pareview {

class Database;
class MainWindow;

class Session final : public QObject
{
    Q_OBJECT

public:
    Session(std::shared_ptr<Database> db, PolicyLibrary library, QObject *parent = nullptr);
    ~Session() override;

    // Shows the sign-in dialog (modal) and, once someone signed in, their
    // window. False when the dialog was cancelled: nothing is open then.
    bool signIn();
    // Opens the window for a user already known to be who they say: the
    // benchmark's start on the offscreen platform (app/main.cpp).
    void open(const User &user);

    MainWindow *window() const { return m_window; }

Q_SIGNALS:
    void windowOpened(pareview::MainWindow *window);
    // Nobody is signed in any more and the sign-in was cancelled: the
    // application should quit.
    void finished();

private:
    void signOut();
    void applyLanguage(const QString &language);

    std::shared_ptr<Database> m_db;
    PolicyLibrary m_library;
    QPointer<MainWindow> m_window;
    QTranslator m_translator;
    bool m_translatorInstalled = false;
    QTranslator m_qtTranslator; // qtbase_<language>
    bool m_qtTranslatorInstalled = false;
};

} // namespace pareview
