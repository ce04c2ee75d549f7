#pragma once

// Settings that belong to the person signed in, not to the workstation: the
// idle-lock minutes, the language and the worklist's column widths. Kept in
// the application's QSettings under "users/<name>/", so two people sharing a
// workstation each find their own after signing in.

#include "store/Users.h"

#include <QSettings>
#include <QUrl>
#include <QString>
#include <QVariant>

namespace pareview {

class UserSettings final
{
public:
    explicit UserSettings(const QString &userName);

    QVariant value(const QString &key, const QVariant &fallback = QVariant()) const;
    void setValue(const QString &key, const QVariant &value);

    // Minutes without input before the window locks: the person's own
    // choice, else 10 for administrators and 15 for everyone else.
    static int idleMinutes(const User &user);
    static void setIdleMinutes(const User &user, int minutes);
    // "en", "es", or empty for the system's language.
    static QString language(const QString &userName);
    static void setLanguage(const QString &userName, const QString &language);

    // The language used for the sign-in dialog: the last one anybody chose.
    static QString lastLanguage();

private:
    QString m_group;
};

} // namespace pareview
