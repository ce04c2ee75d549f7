#include "Session.h"

#include "MainWindow.h"
#include "common/SignInDialog.h"
#include "common/UserSettings.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>

namespace pareview {

Session::Session(std::shared_ptr<Database> db, PolicyLibrary library, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_library(std::move(library))
{
    // The sign-in dialog speaks the language chosen last on this workstation.
    applyLanguage(UserSettings::lastLanguage());
}

Session::~Session()
{
    delete m_window;
    if (m_translatorInstalled)
        QCoreApplication::removeTranslator(&m_translator);
    if (m_qtTranslatorInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

bool Session::signIn()
{
    SignInDialog dialog(m_db);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    open(dialog.user());
    return true;
}

void Session::open(const User &user)
{
    applyLanguage(UserSettings::language(user.name));
    m_window = new MainWindow(m_db, user, m_library);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &Session::signOut);
    m_window->show();
    Q_EMIT windowOpened(m_window);
}

void Session::signOut()
{
    if (!m_window)
        return;
    const User user = m_window->user();
    // Closing the last window would quit the application: the sign-in
    // dialog comes next instead.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    if (!m_window->close()) { // the person chose to stay (unsaved work)
        QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
        return;
    }
    m_window = nullptr; // deletes itself (WA_DeleteOnClose)
    {
        Transaction t(*m_db);
        if (t.started() && AuditLog::append(*m_db, {user.id, user.name, std::nullopt, QStringLiteral("logout"), QString()}))
            (void)t.commit();
    }
    // After the window's close has been processed, outside its menu's slot.
    QTimer::singleShot(0, this, [this, quitOnClose] {
        const bool signedIn = signIn();
        QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
        if (!signedIn)
            Q_EMIT finished();
    });
}

void Session::applyLanguage(const QString &language)
{
    if (m_translatorInstalled) {
        QCoreApplication::removeTranslator(&m_translator);
        m_translatorInstalled = false;
    }
    if (m_qtTranslatorInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtTranslatorInstalled = false;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Any language without a translation of its own reads English, which
    // still needs pareview_en for its plurals ("1 page", "2 pages").
    if (m_translator.load(locale, QStringLiteral("pareview"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || m_translator.load(QStringLiteral("pareview_en"), QStringLiteral(":/i18n")))
        m_translatorInstalled = QCoreApplication::installTranslator(&m_translator);
    // Qt's own words (Cancel, Yes, the file dialog) from qt6-translations-l10n.
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtTranslatorInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
}

} // namespace pareview
