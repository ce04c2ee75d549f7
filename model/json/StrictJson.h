#pragma once

// A strict JSON reader for input that comes from outside (FHIR bundles,
// policy files). Unlike QJsonDocument it refuses what would otherwise be
// silently changed: duplicate keys (Qt keeps the last), numbers that a
// double cannot hold exactly, invalid UTF-8 and runaway nesting. Every
// value remembers its line and column so errors can point at it.

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace pareview::json {

struct Limits
{
    int maxDepth = 100;
    qint64 maxBytes = qint64(256) * 1024 * 1024;
};

class Value;

// A child of an object or array. The nodes of one parsed document live in
// one arena that the document's root keeps alive (one allocation per block
// of nodes, not one per node); a child is a plain pointer into it.
class ChildPtr
{
public:
    ChildPtr() = default;
    const Value *get() const { return m_value; }
    const Value &operator*() const { return *m_value; }
    const Value *operator->() const { return m_value; }
    explicit operator bool() const { return m_value != nullptr; }

private:
    friend class Parser;
    explicit ChildPtr(Value *value)
        : m_value(value)
    {
    }
    Value *m_value = nullptr;
};

// The members of an object or the items of an array: a run of slots in
// the document's arena, read like a const vector.
template <typename T>
class Run
{
public:
    Run() = default;
    Run(const T *begin, std::size_t size)
        : m_begin(begin)
        , m_size(size)
    {
    }
    const T *begin() const { return m_begin; }
    const T *end() const { return m_begin + m_size; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](std::size_t i) const { return m_begin[i]; }
    const T &front() const { return m_begin[0]; }
    const T &back() const { return m_begin[m_size - 1]; }

private:
    const T *m_begin = nullptr;
    std::size_t m_size = 0;
};

// An object's key: its text as UTF-8 bytes (escapes decoded) kept in the
// document's arena. Nearly every key is only compared with a name the
// program knows, so no QString is made for it unless asked: a QString per
// key was a tenth of reading a request bundle.
class Key
{
public:
    Key() = default;
    Key(const char *bytes, qsizetype size)
        : m_bytes(bytes)
        , m_size(size)
    {
    }
    QByteArrayView utf8() const { return QByteArrayView(m_bytes, m_size); }
    QString toString() const { return QString::fromUtf8(m_bytes, m_size); }

    friend bool operator==(const Key &a, const Key &b) { return a.utf8() == b.utf8(); }
    friend bool operator!=(const Key &a, const Key &b) { return !(a == b); }
    friend bool operator==(const Key &key, QLatin1StringView name) { return key.equals(name); }
    friend bool operator!=(const Key &key, QLatin1StringView name) { return !key.equals(name); }
    friend bool operator==(const Key &key, QStringView name) { return key.equals(name); }
    friend bool operator!=(const Key &key, QStringView name) { return !key.equals(name); }

private:
    bool equals(QLatin1StringView name) const;
    bool equals(QStringView name) const;

    const char *m_bytes = nullptr;
    qsizetype m_size = 0;
};

using Member = std::pair<Key, ChildPtr>;

class Value
{
public:
    Value() = default;
    // Children point into their document's arena: a copy would outlive it.
    Value(const Value &) = delete;
    Value &operator=(const Value &) = delete;

    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    // 1-based position of the value's first character in the source.
    int line() const { return m_line; }
    int column() const { return m_column; }

    bool toBool() const { return m_bool; }
    double toDouble() const { return m_number; }
    // The number exactly as written ("2e13", "78.40").
    const QString &numberText() const { return m_text; }
    // True when the literal had no fraction and no exponent.
    bool isIntegerLiteral() const { return m_integerLiteral; }
    const QString &toString() const { return m_text; }

    // Arrays
    int size() const { return m_type == Type::Array ? int(m_count) : 0; }
    const Value &at(int i) const
    {
        // Out of range is a programming error, as std::vector::at made it.
        if (m_type != Type::Array || i < 0 || quint32(i) >= m_count)
            qFatal("json::Value::at(%d) on %u items", i, unsigned(size()));
        return *m_items[i];
    }

    // Objects keep their keys in source order.
    Run<Member> members() const { return m_type == Type::Object ? Run<Member>(m_members, m_count) : Run<Member>(); }
    // nullptr when absent.
    const Value *find(QStringView key) const;
    const Value *find(QLatin1StringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }

    static QString typeName(Type type);

private:
    friend class Parser;
    Type m_type = Type::Null;
    int m_line = 0;
    int m_column = 0;
    bool m_bool = false;
    bool m_integerLiteral = false;
    double m_number = 0;
    QString m_text;
    // An array's items or an object's members, m_count of them, in the
    // document's arena (one block for many containers, not a vector each).
    quint32 m_count = 0;
    union {
        const ChildPtr *m_items = nullptr;
        const Member *m_members;
    };
};

// Parses the whole of `data`. On error the message starts with
// "line L, column C: " and says what is wrong ("duplicate key \"value\"
// (first at line 12)", "number 123456789012345678901 is too large to hold
// exactly", "invalid UTF-8 byte 0xFF", "nesting deeper than 100 levels").
Result<std::shared_ptr<const Value>> parse(const QByteArray &data, const Limits &limits = {});

} // namespace pareview::json
