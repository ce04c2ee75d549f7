#pragma once

// What the engine found about one criterion: a kind and typed arguments (a
// lab, its value and unit, the date it was drawn, the limit; an attestation
// item and its answer; a dose and its limit; …) and the findings it is made
// of. The reviewer's reason and the letter's sentence are both written from
// it by FindingText, with a template per kind kept as data
// (resources/letters/findings.json); nothing reads the words back.

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace pareview {

namespace json {
class Value;
class Writer;
} // namespace json

// One argument of a finding: a number, a date, text or a list of text.
struct FindingArg
{
    enum class Type : quint8 { Number, Date, Text, List };

    QString name;
    Type type = Type::Text;
    double number = 0;
    QDate date;
    QString text;
    QStringList list;

    bool operator==(const FindingArg &o) const
    {
        if (name != o.name || type != o.type)
            return false;
        switch (type) {
        case Type::Number: return number == o.number;
        case Type::Date: return date == o.date;
        case Type::Text: return text == o.text;
        case Type::List: return list == o.list;
        }
        return false;
    }
    bool operator!=(const FindingArg &o) const { return !(*this == o); }
};

// A finding's arguments by name, in name order (the order they are written
// in). A few per finding: a flat array, shared on copy, searched in place.
class FindingArgs
{
public:
    using const_iterator = QVector<FindingArg>::const_iterator;

    const FindingArg *find(QStringView name) const
    {
        for (const FindingArg &a : m_args)
            if (a.name == name)
                return &a;
        return nullptr;
    }
    bool contains(QStringView name) const { return find(name) != nullptr; }
    bool remove(QStringView name);
    // Sets `name` (replacing an argument of that name), keeping name order.
    void insert(FindingArg arg);

    bool isEmpty() const { return m_args.isEmpty(); }
    qsizetype size() const { return m_args.size(); }
    const_iterator begin() const { return m_args.cbegin(); }
    const_iterator end() const { return m_args.cend(); }

    bool operator==(const FindingArgs &o) const { return m_args == o.m_args; }
    bool operator!=(const FindingArgs &o) const { return m_args != o.m_args; }

private:
    QVector<FindingArg> m_args;
};

struct Finding
{
    QString kind;        // "lab-compare", "attestation-missing", … (findings.json "kinds")
    FindingArgs args;    // numbers, dates, text, lists of text
    QVector<Finding> parts; // the findings it is made of ({part1}, {parts})
    QStringList labels;  // a group's criteria: labels, beside their findings in parts when named with them
    // The reason once written (FindingText::reason): a group writes its
    // parts' reasons again, the evaluator wrote them already. Not data.
    QString writtenReason;

    Finding() = default;
    explicit Finding(const QString &k) : kind(k) {}

    bool isEmpty() const { return kind.isEmpty(); }

    Finding &arg(const QString &name, double value) { return set(name, FindingArg::Type::Number, &FindingArg::number, value); }
    Finding &arg(const QString &name, const QDate &value) { return set(name, FindingArg::Type::Date, &FindingArg::date, value); }
    Finding &arg(const QString &name, const QString &value) { return set(name, FindingArg::Type::Text, &FindingArg::text, value); }
    Finding &arg(const QString &name, const QStringList &value) { return set(name, FindingArg::Type::List, &FindingArg::list, value); }
    // A value of one of those types held in a QVariant (other types as text).
    Finding &arg(const QString &name, const QVariant &value);
    Finding &arg(const QString &name, const char *value) = delete; // say QStringLiteral
    Finding &arg(const QString &name, bool value) = delete;        // "yes"/"no" as text
    Finding &part(const Finding &f)
    {
        parts.append(f);
        return *this;
    }
    Finding &part(Finding &&f)
    {
        parts.append(std::move(f));
        return *this;
    }

    // {"kind": …, <args>…, "parts": […], "labels": […]}: dates as ISO text.
    void write(json::Writer &w, const char *key = nullptr) const;
    static Result<Finding> read(const json::Value &v);

    bool operator==(const Finding &other) const
    {
        return kind == other.kind && args == other.args && parts == other.parts && labels == other.labels;
    }

private:
    // One argument of `type`, its value in `field`.
    template<typename T>
    Finding &set(const QString &name, FindingArg::Type type, T FindingArg::*field, const T &value)
    {
        FindingArg a;
        a.name = name;
        a.type = type;
        a.*field = value;
        args.insert(std::move(a));
        return *this;
    }
};

// Qt::ISODate text of `d` ("2026-11-05"; empty when invalid or outside years
// 0-9999, as QDate::toString gives it) without the locale machinery.
QString isoDateText(const QDate &d);

} // namespace pareview

Q_DECLARE_TYPEINFO(pareview::FindingArg, Q_RELOCATABLE_TYPE);
