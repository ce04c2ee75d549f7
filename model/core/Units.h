#pragma once

// Readable numbers and units: how a value is written for people everywhere
// it shows (the intake form, the review, letters). "2 × 10¹³ vg/kg", never
// "2e+13 {genome_copies}/kg"; "12 BU/mL", never "12 [beth'U]/mL". Stored
// values and policy files keep their UCUM codes; only the writing changes.

#include <QLocale>
#include <QString>

#include <optional>

namespace pareview {

// Numbers in the engine's reasons (C locale): 0.8, 38, 189000, and powers of
// ten from 10⁷ up as "2 × 10¹³" (exactly 10¹³ when the mantissa is 1).
QString readableNumber(double v);
// The same in a person's locale: decimal comma and digit grouping ("189.000").
QString readableNumber(double v, const QLocale &locale);

// A UCUM code as people write it: "[beth'U]/mL" -> "BU/mL", "10*9/L" ->
// "× 10⁹/L", "{genome_copies}/kg" -> "vg/kg", "[lb_av]" -> "lb",
// "ug/kg" -> "mcg/kg", "umol/L" -> "µmol/L". Unknown codes are kept.
QString readableUnit(const QString &ucum);

// Value and unit together: "2 × 10¹³ vg/kg", "150 × 10⁹/L", "78 kg", "12%".
QString readableQuantity(double v, const QString &ucum);
QString readableQuantity(double v, const QString &ucum, const QLocale &locale);

// What people type for a number: "75", "0.5", "2e13", "2 × 10^13",
// "2x10^13", "2 × 10¹³", "2*10^13". nullopt when it is not a number.
std::optional<double> parseReadableNumber(const QString &text, const QLocale &locale = QLocale::c());

// "13" -> "¹³": exponents as superscript digits.
QString superscriptDigits(const QString &digits);

} // namespace pareview
