#include "BundleGen.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <random>

namespace bench {

namespace {

const char *const kFiles[] = { "hg-01-complete.json", "ro-01-complete.json", "sf-01-hemA-inhibitor-12bu.json",
                               "ns-01-acquired.json" };

QString shiftDate(const QString &text, int days)
{
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? d.addDays(days).toString(Qt::ISODate) : text;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return text;
    return t.addDays(days).toUTC().toString(Qt::ISODate);
}

const QStringList kDateKeys
    = { QStringLiteral("timestamp"), QStringLiteral("authoredOn"), QStringLiteral("effectiveDateTime"),
        QStringLiteral("authored"),  QStringLiteral("issued"),     QStringLiteral("date") };

QJsonValue shiftDates(const QJsonValue &v, int days)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString() && kDateKeys.contains(it.key()))
                it.value() = shiftDate(it.value().toString(), days);
            else if (it.value().isObject() || it.value().isArray())
                it.value() = shiftDates(it.value(), days);
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            a[i] = shiftDates(a[i], days);
        return a;
    }
    return v;
}

QString loinc(const QJsonObject &observation)
{
    const QJsonArray coding
        = observation.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray();
    return coding.isEmpty() ? QString() : coding.first().toObject().value(QStringLiteral("code")).toString();
}

QByteArray fakePdf(int size, std::mt19937 &rng)
{
    QByteArray out("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\nstream\n");
    out.reserve(size + 64);
    std::uniform_int_distribution<int> byte(0, 255);
    while (out.size() < size - 20)
        out.append(char(byte(rng)));
    out.append("\nendstream\n%%EOF\n");
    return out;
}

} // namespace

QStringList BundleGen::givenNames()
{
    return QStringLiteral("Olivia Liam Emma Noah Amelia Oliver Sophia Elijah Charlotte James Ava William Mia "
                          "Benjamin Isabella Lucas "
                          "Evelyn Henry Harper Theodore Luna Jack Camila Levi Gianna Alexander Elizabeth "
                          "Jackson Eleanor Mateo "
                          "Ella Daniel Abigail Michael Sofia Mason Avery Sebastian Scarlett Ethan Emily "
                          "Logan Aria Owen Penelope "
                          "Samuel Chloe Jacob Layla Asher Mila Aiden Nora John Hazel Joseph Madison Wyatt "
                          "Ellie David Lily Leo "
                          "Nova Luke Isla Julian Grace Hudson Violet Grayson Aurora Matthew Riley Ezra Zoey "
                          "Gabriel Willow "
                          "Carter Emilia Isaac Stella Jayden Zoe Luca Victoria Anthony Hannah Dylan Addison "
                          "Lincoln Leah "
                          "Thomas Lucy Maverick Eliana Elias Ivy Josiah Everly Rowan")
        .split(QLatin1Char(' '));
}

QStringList BundleGen::familyNames()
{
    return QStringLiteral("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez "
                          "Hernandez Lopez Gonzalez "
                          "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White "
                          "Harris Sanchez Clark "
                          "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
                          "Flores Green Adams "
                          "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans "
                          "Turner Diaz Parker "
                          "Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez "
                          "Ortiz Morgan Cooper "
                          "Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks "
                          "Chavez Wood James "
                          "Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long "
                          "Ross Foster Coleman")
        .split(QLatin1Char(' '));
}

QStringList BundleGen::payers()
{
    return { QStringLiteral("Any Health Plan"),
             QStringLiteral("Cigna Healthcare"),
             QStringLiteral("Centene Ambetter"),
             QStringLiteral("Centene WellCare"),
             QStringLiteral("Health Net"),
             QStringLiteral("Fidelis Care"),
             QStringLiteral("Superior HealthPlan"),
             QStringLiteral("Sunshine Health"),
             QStringLiteral("Peach State Health Plan"),
             QStringLiteral("Meridian"),
             QStringLiteral("Buckeye Health Plan"),
             QStringLiteral("Cigna Medicare") };
}

BundleGen::BundleGen(const QString &examplesDir)
{
    for (const char *name : kFiles) {
        QFile f(QDir(examplesDir).filePath(QString::fromLatin1(name)));
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
            return;
        }
        const QByteArray raw = f.readAll();
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &e);
        if (!doc.isObject()) {
            m_error = QStringLiteral("%1: %2").arg(f.fileName(), e.errorString());
            return;
        }
        m_raw << raw;
        m_templates << doc.object();
    }
}

QByteArray BundleGen::example(int k) const
{
    return m_raw.value(k);
}

QByteArray BundleGen::make(int i, int attachmentBytes) const
{
    std::mt19937 rng(quint32(i) * 2654435761u + 12345u);
    auto chance = [&](int percent) { return int(rng() % 100) < percent; };
    auto pick = [&](int n) { return int(rng() % quint32(n)); };
    auto factor = [&](double lo, double hi) { return lo + (hi - lo) * double(rng() % 1000) / 999.0; };

    const int k = i % 4;
    QJsonObject bundle = m_templates[k];
    const int shift = -pick(240); // received between late March and late November 2026
    bundle = shiftDates(bundle, shift).toObject();

    static const QStringList given = givenNames();
    static const QStringList family = familyNames();
    static const QStringList payerNames = payers();
    static const QStringList lobs
        = { QStringLiteral("commercial"),         QStringLiteral("commercial"),  QStringLiteral("medicaid"),
            QStringLiteral("medicare-advantage"), QStringLiteral("marketplace"), QStringLiteral("chip") };
    const bool swapDrug = chance(30);
    const bool staleLabs = chance(15);
    const double weightKg = factor(42, 128);

    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (int e = 0; e < entries.size(); ++e) {
        QJsonObject entry = entries[e].toObject();
        QJsonObject r = entry.value(QStringLiteral("resource")).toObject();
        const QString type = r.value(QStringLiteral("resourceType")).toString();
        if (type == QLatin1String("Patient")) {
            QJsonObject name;
            name.insert(QStringLiteral("family"), family[pick(family.size())]);
            name.insert(QStringLiteral("given"), QJsonArray{ given[pick(given.size())] });
            r.insert(QStringLiteral("name"), QJsonArray{ name });
            QJsonArray ids = r.value(QStringLiteral("identifier")).toArray();
            QJsonObject id = ids.first().toObject();
            id.insert(QStringLiteral("value"), QStringLiteral("M%1").arg(i, 8, 10, QLatin1Char('0')));
            ids[0] = id;
            r.insert(QStringLiteral("identifier"), ids);
            r.insert(QStringLiteral("birthDate"),
                     QDate(1950 + pick(55), 1 + pick(12), 1 + pick(28)).toString(Qt::ISODate));
        } else if (type == QLatin1String("Coverage")) {
            r.insert(QStringLiteral("payor"),
                     QJsonArray{
                         QJsonObject{ { QStringLiteral("display"), payerNames[pick(payerNames.size())] } } });
            QJsonObject t = r.value(QStringLiteral("type")).toObject();
            QJsonArray coding = t.value(QStringLiteral("coding")).toArray();
            QJsonObject c = coding.first().toObject();
            c.insert(QStringLiteral("code"), lobs[pick(lobs.size())]);
            coding[0] = c;
            t.insert(QStringLiteral("coding"), coding);
            r.insert(QStringLiteral("type"), t);
        } else if (type == QLatin1String("MedicationRequest") && swapDrug) {
            QJsonObject med = r.value(QStringLiteral("medicationCodeableConcept")).toObject();
            QJsonArray coding = med.value(QStringLiteral("coding")).toArray();
            QJsonArray kept;
            for (const QJsonValue &cv : std::as_const(coding)) {
                QJsonObject c = cv.toObject();
                const QString code = c.value(QStringLiteral("code")).toString();
                static const QHash<QString, QPair<QString, QString>> sibling = {
                    { QStringLiteral("J7212"), { QStringLiteral("J7189"), QStringLiteral("NovoSeven RT") } },
                    { QStringLiteral("J7189"), { QStringLiteral("J7212"), QStringLiteral("Sevenfact") } },
                    { QStringLiteral("J1411"), { QStringLiteral("J1412"), QStringLiteral("Roctavian") } },
                    { QStringLiteral("J1412"), { QStringLiteral("J1411"), QStringLiteral("Hemgenix") } }
                };
                if (sibling.contains(code)) {
                    c.insert(QStringLiteral("code"), sibling[code].first);
                    med.insert(QStringLiteral("text"), sibling[code].second);
                    kept.append(c);
                } else if (!c.value(QStringLiteral("system")).toString().contains(QLatin1String("ndc"))) {
                    kept.append(c);
                }
            }
            med.insert(QStringLiteral("coding"), kept);
            r.insert(QStringLiteral("medicationCodeableConcept"), med);
        } else if (type == QLatin1String("Observation")) {
            const QString code = loinc(r);
            QJsonObject q = r.value(QStringLiteral("valueQuantity")).toObject();
            if (code == QLatin1String("29463-7")) {
                if (chance(10)) {
                    q.insert(QStringLiteral("value"), std::round(weightKg * 2.20462 * 10) / 10);
                    q.insert(QStringLiteral("unit"), QStringLiteral("[lb_av]"));
                    q.insert(QStringLiteral("code"), QStringLiteral("[lb_av]"));
                } else {
                    q.insert(QStringLiteral("value"), std::round(weightKg * 10) / 10);
                }
                r.insert(QStringLiteral("valueQuantity"), q);
            } else if (!q.isEmpty()) {
                const double v = q.value(QStringLiteral("value")).toDouble();
                const double scaled = v == 0 ? (chance(20) ? double(pick(20)) / 2 : 0.0)
                                             : std::round(v * factor(0.5, 1.6) * 100) / 100;
                q.insert(QStringLiteral("value"), scaled);
                r.insert(QStringLiteral("valueQuantity"), q);
            }
            if (staleLabs && code != QLatin1String("29463-7")) {
                const QString d = r.value(QStringLiteral("effectiveDateTime")).toString();
                r.insert(QStringLiteral("effectiveDateTime"), shiftDate(d, -400));
            }
        } else if (type == QLatin1String("QuestionnaireResponse")) {
            QJsonArray items = r.value(QStringLiteral("item")).toArray();
            QJsonArray kept;
            for (const QJsonValue &iv : std::as_const(items)) {
                QJsonObject item = iv.toObject();
                if (item.value(QStringLiteral("linkId")).toString() != QLatin1String("request-type")
                    && chance(8))
                    continue; // attestation absent
                QJsonArray answers = item.value(QStringLiteral("answer")).toArray();
                QJsonObject a = answers.first().toObject();
                if (a.contains(QStringLiteral("valueBoolean")) && chance(7))
                    a.insert(QStringLiteral("valueBoolean"),
                             !a.value(QStringLiteral("valueBoolean")).toBool());
                else if (a.contains(QStringLiteral("valueInteger")))
                    a.insert(QStringLiteral("valueInteger"),
                             qint64(a.value(QStringLiteral("valueInteger")).toDouble() * factor(0.3, 1.5)));
                answers[0] = a;
                item.insert(QStringLiteral("answer"), answers);
                kept.append(item);
            }
            r.insert(QStringLiteral("item"), kept);
        }
        entry.insert(QStringLiteral("resource"), r);
        entries[e] = entry;
    }
    if (attachmentBytes > 0) {
        QString patient;
        for (const QJsonValue &ev : std::as_const(entries))
            if (ev.toObject()
                    .value(QStringLiteral("resource"))
                    .toObject()
                    .value(QStringLiteral("resourceType"))
                    .toString()
                == QLatin1String("Patient"))
                patient = ev.toObject().value(QStringLiteral("fullUrl")).toString();
        const int size = attachmentBytes / 2 + pick(attachmentBytes);
        QJsonObject attachment{ { QStringLiteral("contentType"), QStringLiteral("application/pdf") },
                                { QStringLiteral("title"), QStringLiteral("clinical-notes-%1.pdf").arg(i) },
                                { QStringLiteral("data"),
                                  QString::fromLatin1(fakePdf(size, rng).toBase64()) } };
        QJsonObject doc{ { QStringLiteral("resourceType"), QStringLiteral("DocumentReference") },
                         { QStringLiteral("status"), QStringLiteral("current") },
                         { QStringLiteral("subject"),
                           QJsonObject{ { QStringLiteral("reference"), patient } } },
                         { QStringLiteral("type"),
                           QJsonObject{ { QStringLiteral("text"), QStringLiteral("chart note") } } },
                         { QStringLiteral("description"), QStringLiteral("Hematology clinic notes") },
                         { QStringLiteral("content"),
                           QJsonArray{ QJsonObject{ { QStringLiteral("attachment"), attachment } } } } };
        entries.append(QJsonObject{
            { QStringLiteral("fullUrl"),
              QStringLiteral("urn:uuid:00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')) },
            { QStringLiteral("resource"), doc } });
    }
    bundle.insert(QStringLiteral("entry"), entries);
    return QJsonDocument(bundle).toJson(i % 2 ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace bench
