#pragma once

// Writes JSON with keys in the order they are added (QJsonObject sorts
// them), for output people read: `pareview evaluate` results. The text is
// made as UTF-8, the form it is written out in.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
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
    Writer &value(const char *key, const char *v);
    Writer &value(const char *key, bool v);
    Writer &value(const char *key, int v);
    Writer &value(const char *key, double v);
    Writer &null(const char *key);
    Writer &stringArray(const char *key, const QStringList &values);
    // The same with a key that is data (a finding's argument names).
    Writer &value(QStringView key, const QString &v);
    Writer &value(QStringView key, double v);
    Writer &stringArray(QStringView key, const QStringList &values);

    // The text written so far, as UTF-8 and as text.
    const QByteArray &utf8() const
    {
        m_out.resize(m_size);
        return m_out;
    }
    QString text() const { return QString::fromUtf8(m_out.constData(), m_size); }
    void reserve(qsizetype bytes)
    {
        if (bytes > m_out.size())
            m_out.resize(bytes);
    }
    static QString quote(const QString &s);

private:
    void key(const char *key);
    void key(QStringView key);
    void separator();
    void number(double v);
    void newline();
    void quoted(QStringView s);
    void quoted(QByteArrayView utf8);
    // Output goes straight into m_out's bytes, m_size of them used: one
    // size check per piece instead of QByteArray::append's bookkeeping.
    char *room(qsizetype n)
    {
        if (m_size + n > m_out.size())
            m_out.resize(std::max<qsizetype>(m_out.size() * 2, m_size + n + 256));
        return m_out.data() + m_size;
    }
    void put(QByteArrayView s)
    {
        char *p = room(s.size());
        std::copy(s.begin(), s.end(), p);
        m_size += s.size();
    }
    void put(char c)
    {
        *room(1) = c;
        ++m_size;
    }
    bool m_pretty;
    mutable QByteArray m_out; // its first m_size bytes are the text
    qsizetype m_size = 0;
    QVector<bool> m_first; // per open container: no member written yet
};

} // namespace pareview::json
