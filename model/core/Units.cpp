#include "core/Units.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace pareview {
namespace {

// Mantissa and exponent for numbers written as a power of ten, from 10^7 up:
// below that plain digits read better ("189000").
bool powerOfTen(double v, double *mantissa, int *exponent)
{
    if (v == 0 || !std::isfinite(v) || std::fabs(v) < 1e7)
        return false;
    *exponent = int(std::floor(std::log10(std::fabs(v))));
    *mantissa = v / std::pow(10.0, *exponent);
    // 9.99995e13 rounds to a mantissa of 10 at four digits: carry it.
    if (std::fabs(std::round(*mantissa * 1000) / 1000) >= 10) {
        *mantissa /= 10;
        ++*exponent;
    }
    return true;
}

QString powerText(double mantissa, int exponent, const QString &mantissaText)
{
    const QString power = QStringLiteral("10") + superscriptDigits(QString::number(exponent));
    if (std::round(mantissa * 1000) == 1000)
        return power;
    return mantissaText + QStringLiteral(" × ") + power;
}

} // namespace

QString superscriptDigits(const QString &digits)
{
    static const QString sup = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString out;
    for (QChar c : digits)
        out += c.isDigit() ? sup.at(c.digitValue()) : c == QLatin1Char('-') ? QChar(0x207B) : c;
    return out;
}

QString readableNumber(double v)
{
    double mantissa = 0;
    int exponent = 0;
    if (powerOfTen(v, &mantissa, &exponent))
        return powerText(mantissa, exponent, QString::number(mantissa, 'g', 4));
    // Whole numbers (most values in findings) as 'g' writes them, without
    // the floating-point formatter.
    if (v == std::trunc(v) && std::fabs(v) < 1e7 && !(v == 0 && std::signbit(v)))
        return QString::number(qint64(v));
    return QString::number(v, 'g', 10);
}

QString readableNumber(double v, const QLocale &locale)
{
    double mantissa = 0;
    int exponent = 0;
    if (powerOfTen(v, &mantissa, &exponent))
        return powerText(mantissa, exponent, locale.toString(mantissa, 'g', 4));
    return locale.toString(v, 'f', QLocale::FloatingPointShortest);
}

QString readableUnit(const QString &ucum)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("[beth'U]/mL"), QStringLiteral("BU/mL")},
        {QStringLiteral("[beth'U]"), QStringLiteral("BU")},
        {QStringLiteral("{Bethesda'U}/mL"), QStringLiteral("BU/mL")},
        {QStringLiteral("{genome_copies}/kg"), QStringLiteral("vg/kg")},
        {QStringLiteral("{gc}/kg"), QStringLiteral("vg/kg")},
        {QStringLiteral("gc/kg"), QStringLiteral("vg/kg")},
        {QStringLiteral("[lb_av]"), QStringLiteral("lb")},
        {QStringLiteral("[IU]/dL"), QStringLiteral("IU/dL")},
        {QStringLiteral("[IU]/mL"), QStringLiteral("IU/mL")},
        {QStringLiteral("[IU]/L"), QStringLiteral("IU/L")},
        {QStringLiteral("ug"), QStringLiteral("mcg")},
        {QStringLiteral("ug/kg"), QStringLiteral("mcg/kg")},
        {QStringLiteral("ug/kg{dose}"), QStringLiteral("mcg/kg")},
        {QStringLiteral("umol/L"), QStringLiteral("µmol/L")},
        {QStringLiteral("/uL"), QStringLiteral("/µL")},
        {QStringLiteral("{cells}/uL"), QStringLiteral("cells/µL")},
        {QStringLiteral("mL/min/{1.73_m2}"), QStringLiteral("mL/min/1.73 m²")},
        {QStringLiteral("h"), QStringLiteral("hours")},
        {QStringLiteral("d"), QStringLiteral("days")},
    };
    if (const auto it = known.constFind(ucum); it != known.constEnd())
        return *it;
    // 10*9/L, 10^3/uL: a power of ten per volume.
    static const QRegularExpression power(QStringLiteral("^10[*^](\\d+)/(.+)$"));
    if (const auto m = power.match(ucum); m.hasMatch())
        return QStringLiteral("× 10%1/%2").arg(superscriptDigits(m.captured(1)), readableUnit(QLatin1Char('/') + m.captured(2)).mid(1));
    return ucum;
}

QString readableQuantity(double v, const QString &ucum)
{
    return readableQuantity(v, ucum, QLocale::c());
}

QString readableQuantity(double v, const QString &ucum, const QLocale &locale)
{
    const QString number = locale == QLocale::c() ? readableNumber(v) : readableNumber(v, locale);
    const QString unit = readableUnit(ucum);
    if (unit.isEmpty())
        return number;
    if (unit == QLatin1String("%"))
        return number + unit;
    return number + QLatin1Char(' ') + unit;
}

std::optional<double> parseReadableNumber(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Superscript exponents back to digits: "10¹³" -> "10^13".
    static const QString sup = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString plain;
    bool inSuper = false;
    for (QChar c : std::as_const(t)) {
        const qsizetype d = sup.indexOf(c);
        if (d >= 0) {
            if (!inSuper)
                plain += QLatin1Char('^');
            plain += QChar(u'0' + int(d));
            inSuper = true;
        } else {
            plain += c;
            inSuper = false;
        }
    }
    static const QRegularExpression times(QStringLiteral("^(.+?)\\s*[×xX*·]\\s*10\\s*\\^\\s*(-?\\d{1,3})$"));
    static const QRegularExpression bare(QStringLiteral("^10\\s*\\^\\s*(-?\\d{1,3})$"));
    bool ok = false;
    if (const auto m = times.match(plain); m.hasMatch()) {
        double mantissa = locale.toDouble(m.captured(1).trimmed(), &ok);
        if (!ok)
            mantissa = QLocale::c().toDouble(m.captured(1).trimmed(), &ok);
        if (!ok)
            return std::nullopt;
        const double v = mantissa * std::pow(10.0, m.captured(2).toInt());
        return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    }
    if (const auto m = bare.match(plain); m.hasMatch())
        return std::pow(10.0, m.captured(1).toInt());
    double v = locale.toDouble(plain, &ok);
    if (!ok)
        v = QLocale::c().toDouble(plain, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace pareview
