#pragma once

// Writes JSON with keys in the order they are added (QJsonObject sorts
// them), for output people read: `pareview evaluate` results.

#include <QString>
#include <QStringList>

#include <optional>

namespace pareview::json {

class Writer
{
public:
    explicit Writer(bool pretty = false) : m_pretty(pretty) {}

    Writer &beginObject(const char *key = nullptr);
    Writer &endObject();
    Writer &beginArray(const char *key = nullptr);
    Writer &endArray();

    Writer &value(const char *key, const QString &v);
    Writer &value(const char *key, const char *v) { return value(key, QString::fromUtf8(v)); }
    Writer &value(const char *key, bool v);
    Writer &value(const char *key, int v);
    Writer &value(const char *key, double v);
    Writer &null(const char *key);
    Writer &stringArray(const char *key, const QStringList &values);
    // The same with a key that is data (a finding's argument names).
    Writer &value(QStringView key, const QString &v);
    Writer &value(QStringView key, double v);
    Writer &stringArray(QStringView key, const QStringList &values);

    const QString &text() const { return m_out; }
    static QString quote(const QString &s);

private:
    void key(const char *key);
    void key(QStringView key);
    void separator();
    void number(double v);
    void newline();
    bool m_pretty;
    QString m_out;
    QVector<bool> m_first; // per open container: no member written yet
};

} // namespace pareview::json
