#include "UserSettings.h"

namespace pareview {

namespace {
const QString kIdle = QStringLiteral("idleMinutes");
const QString kLanguage = QStringLiteral("language");
const QString kLastLanguage = QStringLiteral("ui/language");
} // namespace

UserSettings::UserSettings(const QString &userName)
    // Percent-encoded: a user name may hold characters QSettings treats as
    // separators ("/", "\").
    : m_group(QStringLiteral("users/") + QString::fromLatin1(QUrl::toPercentEncoding(userName)))
{
}

QVariant UserSettings::value(const QString &key, const QVariant &fallback) const
{
    QSettings settings;
    return settings.value(m_group + QLatin1Char('/') + key, fallback);
}

void UserSettings::setValue(const QString &key, const QVariant &value)
{
    QSettings settings;
    settings.setValue(m_group + QLatin1Char('/') + key, value);
}

int UserSettings::idleMinutes(const User &user)
{
    const int fallback = user.role == Role::Administrator ? 10 : 15;
    return qBound(1, UserSettings(user.name).value(kIdle, fallback).toInt(), 120);
}

void UserSettings::setIdleMinutes(const User &user, int minutes)
{
    UserSettings(user.name).setValue(kIdle, qBound(1, minutes, 120));
}

QString UserSettings::language(const QString &userName)
{
    return UserSettings(userName).value(kLanguage).toString();
}

void UserSettings::setLanguage(const QString &userName, const QString &language)
{
    UserSettings(userName).setValue(kLanguage, language);
    QSettings().setValue(kLastLanguage, language);
}

QString UserSettings::lastLanguage()
{
    return QSettings().value(kLastLanguage).toString();
}

} // namespace pareview
