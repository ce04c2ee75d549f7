#include "IntakeForm.h"

#include "intake/DrugCatalog.h"
#include "intake/LabCatalog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Review.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pareview {

namespace {

struct AttestationItem
{
    const char *id;
    const char *question;
    bool integer;
};

// The QuestionnaireResponse items of intake-bundle.md, as questions.
const AttestationItem kAttestations[] = {
    {"prescriber-hematologist", "Prescribed by a hematologist", false},
    {"prescriber-consulted-hematologist", "Prescribed in consultation with a hematologist", false},
    {"prescriber-hemophilia-specialist", "Prescriber is a hemophilia specialist physician", false},
    {"prescriber-at-htc", "Prescriber practices at a Hemophilia Treatment Center", false},
    {"inhibitor-history", "Any past detectable inhibitor", false},
    {"inhibitor-anamnestic-response", "Inhibitor with anamnestic response precluding replacement", false},
    {"inhibitor-refractory-response", "Inhibitor with refractory hemostatic response precluding replacement", false},
    {"exposure-days", "Exposure days with factor concentrate", true},
    {"prophylaxis-adherent-months", "Months of adherent routine prophylaxis", true},
    {"continuous-routine-prophylaxis", "On continuous routine prophylaxis", false},
    {"serious-spontaneous-bleeds-on-prophylaxis", "Serious spontaneous bleeds while on prophylaxis", true},
    {"life-threatening-hemorrhage", "Current or past life-threatening hemorrhage", false},
    {"on-demand-factor-for-life-threatening-hemorrhage", "On-demand factor required for it", false},
    {"repeated-serious-spontaneous-bleeds", "Repeated serious spontaneous bleeding episodes", false},
    {"on-demand-factor-for-spontaneous-bleeds", "On-demand factor required for them", false},
    {"prior-gene-therapy", "Has received gene therapy before", false},
    {"requested-for-convenience", "Requested for convenience", false},
    {"hbv-active", "Active hepatitis B", false},
    {"hcv-active", "Active hepatitis C", false},
    {"hepatitis-antiviral-therapy", "On antivirals for prior hepatitis B or C", false},
    {"hiv-uncontrolled", "Uncontrolled HIV (per prescriber)", false},
    {"advanced-liver-disease", "Advanced liver impairment or fibrosis", false},
    {"liver-ultrasound-normal", "Normal hepatic ultrasound", false},
    {"liver-elastography-normal", "Normal elastography", false},
    {"hepatologist-attests-eligible", "Hepatologist attests eligibility", false},
    {"other-coagulation-disorder", "Another coagulation disorder", false},
    {"refractory-to-platelet-transfusions", "Refractory to platelet transfusions", false},
    {"aav5-nab-screened", "Screened for AAV5 neutralizing antibodies", false},
    {"beneficial-response", "Documented beneficial response (continuation)", false},
    {"previously-met-initial-criteria", "Previously met initial criteria / receiving via plan", false},
    {"continuity-of-care", "Enrolled with continuity-of-care rules", false},
};

QStringList unitsFor(const LabDefinition &lab)
{
    // The units the importer converts exactly; the first is canonical.
    static const QStringList candidates = {
        QStringLiteral("kg"), QStringLiteral("[lb_av]"), QStringLiteral("%"), QStringLiteral("IU/dL"), QStringLiteral("IU/mL"),
        QStringLiteral("[beth'U]/mL"), QStringLiteral("U/L"), QStringLiteral("mg/dL"), QStringLiteral("umol/L"),
        QStringLiteral("10*9/L"), QStringLiteral("10*3/uL"), QStringLiteral("mL/min"), QStringLiteral("/uL"), QStringLiteral("kPa")};
    QStringList out;
    for (const QString &u : candidates)
        if (LabCatalog::conversionFactor(lab, u))
            out << u;
    return out;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// NPI check digit (Luhn over "80840" + the first nine digits).
bool validNpi(const QString &npi)
{
    static const QRegularExpression tenDigits(QStringLiteral("^\\d{10}$"));
    if (!tenDigits.match(npi).hasMatch())
        return false;
    const QString digits = QStringLiteral("80840") + npi.left(9);
    int sum = 0;
    bool twice = true;
    for (int i = int(digits.size()) - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10 == npi[9].digitValue();
}

QLineEdit *line(const char *objectName, const QString &placeholder = QString())
{
    auto *e = new QLineEdit;
    e->setObjectName(QString::fromLatin1(objectName));
    e->setPlaceholderText(placeholder);
    return e;
}

QComboBox *combo(const char *objectName, const QList<QPair<QString, QString>> &items)
{
    auto *c = new QComboBox;
    c->setObjectName(QString::fromLatin1(objectName));
    for (const auto &i : items)
        c->addItem(i.first, i.second);
    return c;
}

} // namespace

IntakeForm::IntakeForm(std::shared_ptr<Database> db, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_user(user)
{
    setObjectName(QStringLiteral("intakeForm"));
    m_memberName = line("memberName");
    m_memberId = line("memberId");
    m_birthDate = line("birthDate", tr("YYYY-MM-DD"));
    m_sex = combo("sexAtBirth", {{tr("not recorded"), QString()}, {tr("male"), QStringLiteral("male")}, {tr("female"), QStringLiteral("female")}});
    m_language = combo("memberLanguage", {{tr("English"), QStringLiteral("en")}, {tr("Spanish"), QStringLiteral("es")}});
    m_payer = line("payer");
    m_plan = line("plan");
    m_lob = combo("lineOfBusiness", {{tr("not recorded"), QString()}, {tr("commercial"), QStringLiteral("commercial")},
                                     {tr("marketplace"), QStringLiteral("marketplace")}, {tr("Medicaid"), QStringLiteral("medicaid")},
                                     {tr("CHIP"), QStringLiteral("chip")}, {tr("Essential Plan"), QStringLiteral("essential-plan")},
                                     {tr("Medicare Advantage"), QStringLiteral("medicare-advantage")}, {tr("D-SNP"), QStringLiteral("d-snp")},
                                     {tr("Medicare Part D"), QStringLiteral("medicare-part-d")}, {tr("FEP"), QStringLiteral("fep")}});
    m_prescriber = line("prescriberName");
    m_npi = line("prescriberNpi", tr("10 digits"));
    m_specialty = combo("prescriberSpecialty", {{tr("not recorded"), QString()}, {tr("Hematology (207RH0000X)"), QStringLiteral("207RH0000X")},
                                                {tr("Hematology & Oncology (207RH0003X)"), QStringLiteral("207RH0003X")},
                                                {tr("Pediatric Hematology-Oncology (2080P0207X)"), QStringLiteral("2080P0207X")},
                                                {tr("Internal Medicine (207R00000X)"), QStringLiteral("207R00000X")}});
    m_htc = new QCheckBox(tr("Practices at a Hemophilia Treatment Center"));
    m_htc->setObjectName(QStringLiteral("prescriberAtHtc"));
    QList<QPair<QString, QString>> drugs = {{tr("choose the drug"), QString()}};
    for (const auto &d : DrugCatalog::all())
        drugs.append({QStringLiteral("%1 (%2)").arg(d.name, d.hcpcs), d.id});
    m_drug = combo("drug", drugs);
    m_dose = line("dose", tr("per kg: 90 (mcg/kg) or 2e13 (genome copies/kg)"));
    m_interval = line("doseInterval", tr("hours between doses"));
    m_quantity = line("quantity", tr("mcg per supply"));
    m_supply = line("supplyDays", tr("days"));
    m_priority = combo("priority", {{tr("standard"), QStringLiteral("standard")}, {tr("expedited"), QStringLiteral("expedited")}});
    m_requestType = combo("requestType", {{tr("initial"), QStringLiteral("initial")}, {tr("continuation"), QStringLiteral("continuation")},
                                          {tr("dose increase"), QStringLiteral("dose-increase")}});
    m_requestUse = combo("requestUse", {{tr("not stated"), QString()}, {tr("treatment of bleeding"), QStringLiteral("bleeding-treatment")},
                                        {tr("perioperative"), QStringLiteral("perioperative")},
                                        {tr("prevention of bleeding"), QStringLiteral("bleeding-prevention")}});
    m_diagnoses = line("diagnoses", tr("ICD-10-CM codes, e.g. D67 or D66, D68.311"));

    m_labs = new QTableWidget(0, 5);
    m_labs->setObjectName(QStringLiteral("labsTable"));
    m_labs->setHorizontalHeaderLabels({tr("Lab"), tr("Value"), tr("Unit"), tr("Date"), tr("Upper limit of normal")});
    m_labs->horizontalHeader()->setStretchLastSection(true);
    m_labs->setColumnWidth(0, 260);
    m_labs->setColumnWidth(2, 130);
    m_labs->setColumnWidth(3, 120);
    m_labs->setMinimumHeight(160);
    auto *addLab = new QPushButton(tr("Add lab result"));
    addLab->setObjectName(QStringLiteral("addLab"));
    connect(addLab, &QPushButton::clicked, this, [this] { addLabRow(); });

    m_attestations = new QTableWidget(int(std::size(kAttestations)), 2);
    m_attestations->setObjectName(QStringLiteral("attestationsTable"));
    m_attestations->setHorizontalHeaderLabels({tr("Attestation"), tr("Answer")});
    m_attestations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attestations->verticalHeader()->hide();
    for (int i = 0; i < int(std::size(kAttestations)); ++i) {
        auto *q = new QTableWidgetItem(tr(kAttestations[i].question));
        q->setFlags(Qt::ItemIsEnabled);
        q->setData(Qt::UserRole, QLatin1String(kAttestations[i].id));
        m_attestations->setItem(i, 0, q);
        if (kAttestations[i].integer) {
            auto *e = line("");
            e->setObjectName(QStringLiteral("attest-%1").arg(QLatin1String(kAttestations[i].id)));
            e->setPlaceholderText(tr("not stated"));
            m_attestations->setCellWidget(i, 1, e);
            connect(e, &QLineEdit::textChanged, this, &IntakeForm::validate);
        } else {
            auto *c = combo("", {{tr("not stated"), QString()}, {tr("yes"), QStringLiteral("yes")}, {tr("no"), QStringLiteral("no")}});
            c->setObjectName(QStringLiteral("attest-%1").arg(QLatin1String(kAttestations[i].id)));
            m_attestations->setCellWidget(i, 1, c);
            connect(c, &QComboBox::currentIndexChanged, this, &IntakeForm::validate);
        }
    }
    m_attestations->setMinimumHeight(220);

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("intakeProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *save = new QPushButton(tr("Save draft"));
    save->setObjectName(QStringLiteral("saveDraft"));
    auto *submitButton = new QPushButton(tr("Submit for review"));
    submitButton->setObjectName(QStringLiteral("submitIntake"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString error = saveDraft();
        if (!error.isEmpty())
            m_problems->setText(error);
    });
    connect(submitButton, &QPushButton::clicked, this, [this] {
        const QString error = submit();
        if (!error.isEmpty())
            m_problems->setText(error);
    });

    auto group = [](const QString &title, QLayout *content) {
        auto *box = new QGroupBox(title);
        box->setLayout(content);
        return box;
    };
    auto *member = new QFormLayout;
    member->addRow(tr("Name"), m_memberName);
    member->addRow(tr("Member ID"), m_memberId);
    member->addRow(tr("Birth date"), m_birthDate);
    member->addRow(tr("Sex at birth"), m_sex);
    member->addRow(tr("Letters in"), m_language);
    auto *coverage = new QFormLayout;
    coverage->addRow(tr("Payer"), m_payer);
    coverage->addRow(tr("Plan"), m_plan);
    coverage->addRow(tr("Line of business"), m_lob);
    auto *prescriber = new QFormLayout;
    prescriber->addRow(tr("Name"), m_prescriber);
    prescriber->addRow(tr("NPI"), m_npi);
    prescriber->addRow(tr("Specialty"), m_specialty);
    prescriber->addRow(QString(), m_htc);
    auto *request = new QFormLayout;
    request->addRow(tr("Drug"), m_drug);
    request->addRow(tr("Dose per kg"), m_dose);
    request->addRow(tr("Every (hours)"), m_interval);
    request->addRow(tr("Quantity (mcg)"), m_quantity);
    request->addRow(tr("Supply (days)"), m_supply);
    request->addRow(tr("Priority"), m_priority);
    request->addRow(tr("Request type"), m_requestType);
    request->addRow(tr("Use"), m_requestUse);
    request->addRow(tr("Diagnoses"), m_diagnoses);
    auto *labs = new QVBoxLayout;
    labs->addWidget(m_labs);
    labs->addWidget(addLab, 0, Qt::AlignLeft);
    auto *attest = new QVBoxLayout;
    attest->addWidget(m_attestations);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(group(tr("Member"), member));
    left->addWidget(group(tr("Coverage"), coverage));
    left->addWidget(group(tr("Prescriber"), prescriber));
    auto *right = new QVBoxLayout;
    right->addWidget(group(tr("Request"), request));
    columns->addLayout(left);
    columns->addLayout(right);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(group(tr("Labs and measurements"), labs));
    contentLayout->addWidget(group(tr("Attestations (leave unanswered what the prescriber did not state)"), attest));
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problems, 1);
    buttons->addWidget(save);
    buttons->addWidget(submitButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QLineEdit *e : {m_memberName, m_memberId, m_birthDate, m_payer, m_plan, m_prescriber, m_npi, m_dose, m_interval, m_quantity,
                         m_supply, m_diagnoses})
        connect(e, &QLineEdit::textChanged, this, &IntakeForm::validate);
    for (QComboBox *c : {m_sex, m_lob, m_specialty, m_drug, m_priority, m_requestType, m_requestUse})
        connect(c, &QComboBox::currentIndexChanged, this, &IntakeForm::validate);
    validate();
}

void IntakeForm::addLabRow(const QString &lab, const QString &value, const QString &unit, const QString &date, const QString &uln)
{
    const int row = m_labs->rowCount();
    m_labs->insertRow(row);
    auto *labBox = new QComboBox;
    labBox->setObjectName(QStringLiteral("labName-%1").arg(row));
    for (const LabDefinition &def : LabCatalog::all())
        labBox->addItem(def.description, def.name);
    auto *unitBox = new QComboBox;
    unitBox->setObjectName(QStringLiteral("labUnit-%1").arg(row));
    auto refreshUnits = [labBox, unitBox] {
        unitBox->clear();
        if (const LabDefinition *def = LabCatalog::byName(labBox->currentData().toString()))
            unitBox->addItems(unitsFor(*def));
    };
    connect(labBox, &QComboBox::currentIndexChanged, this, refreshUnits);
    if (!lab.isEmpty())
        labBox->setCurrentIndex(labBox->findData(lab));
    refreshUnits();
    if (!unit.isEmpty())
        unitBox->setCurrentText(unit);
    auto *valueEdit = line("");
    valueEdit->setObjectName(QStringLiteral("labValue-%1").arg(row));
    valueEdit->setText(value);
    auto *dateEdit = line("", tr("YYYY-MM-DD"));
    dateEdit->setObjectName(QStringLiteral("labDate-%1").arg(row));
    dateEdit->setText(date);
    auto *ulnEdit = line("", tr("from the lab's reference range"));
    ulnEdit->setObjectName(QStringLiteral("labUln-%1").arg(row));
    ulnEdit->setText(uln);
    m_labs->setCellWidget(row, 0, labBox);
    m_labs->setCellWidget(row, 1, valueEdit);
    m_labs->setCellWidget(row, 2, unitBox);
    m_labs->setCellWidget(row, 3, dateEdit);
    m_labs->setCellWidget(row, 4, ulnEdit);
    for (QLineEdit *e : {valueEdit, dateEdit, ulnEdit})
        connect(e, &QLineEdit::textChanged, this, &IntakeForm::validate);
    connect(labBox, &QComboBox::currentIndexChanged, this, &IntakeForm::validate);
    connect(unitBox, &QComboBox::currentIndexChanged, this, &IntakeForm::validate);
    validate();
}

QStringList IntakeForm::problems() const
{
    QStringList out;
    const QDate today = QDate::currentDate();
    auto date = [&](const QString &what, const QString &text, bool required) {
        if (text.trimmed().isEmpty()) {
            if (required)
                out << tr("%1: missing").arg(what);
            return;
        }
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid() || text.trimmed().size() != 10)
            out << tr("%1: \"%2\" is not a date (YYYY-MM-DD)").arg(what, text);
        else if (d > today)
            out << tr("%1: %2 is in the future").arg(what, text);
    };
    if (m_memberName->text().trimmed().isEmpty())
        out << tr("Member name: missing");
    if (m_memberId->text().trimmed().isEmpty())
        out << tr("Member ID: missing");
    date(tr("Birth date"), m_birthDate->text(), true);
    if (m_lob->currentData().toString().isEmpty())
        out << tr("Line of business: choose one");
    if (!m_npi->text().isEmpty() && !validNpi(m_npi->text().trimmed()))
        out << tr("NPI: \"%1\" is not a valid 10-digit NPI").arg(m_npi->text());
    if (m_drug->currentData().toString().isEmpty())
        out << tr("Drug: choose one");
    auto positive = [&](const QString &what, QLineEdit *e) {
        if (e->text().trimmed().isEmpty())
            return;
        const auto v = number(e->text());
        if (!v || *v <= 0)
            out << tr("%1: \"%2\" is not a positive number").arg(what, e->text());
    };
    positive(tr("Dose"), m_dose);
    positive(tr("Interval"), m_interval);
    positive(tr("Quantity"), m_quantity);
    positive(tr("Supply"), m_supply);
    static const QRegularExpression icd(QStringLiteral("^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?$"));
    for (const QString &code : m_diagnoses->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!icd.match(code.trimmed().toUpper()).hasMatch())
            out << tr("Diagnoses: \"%1\" is not an ICD-10-CM code").arg(code.trimmed());
    for (int r = 0; r < m_labs->rowCount(); ++r) {
        const auto *labBox = qobject_cast<QComboBox *>(m_labs->cellWidget(r, 0));
        const QString what = tr("Lab %1 (%2)").arg(r + 1).arg(labBox->currentText());
        const auto *valueEdit = qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 1));
        const LabDefinition *def = LabCatalog::byName(labBox->currentData().toString());
        if (def && def->kind == LabDefinition::ValueKind::Titer) {
            if (!LabCatalog::parseTiter(valueEdit->text()))
                out << tr("%1: \"%2\" is not a titer such as 1:678 or not detected").arg(what, valueEdit->text());
        } else {
            const auto v = number(valueEdit->text());
            if (!v || *v < 0)
                out << tr("%1: \"%2\" is not a value (a number, not negative)").arg(what, valueEdit->text());
        }
        date(what, qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 3))->text(), true);
        const QString uln = qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 4))->text();
        if (!uln.trimmed().isEmpty() && (!number(uln) || *number(uln) <= 0))
            out << tr("%1: upper limit \"%2\" is not a positive number").arg(what, uln);
    }
    for (int i = 0; i < m_attestations->rowCount(); ++i)
        if (auto *e = qobject_cast<QLineEdit *>(m_attestations->cellWidget(i, 1))) {
            bool ok = false;
            const int v = e->text().trimmed().toInt(&ok);
            if (!e->text().trimmed().isEmpty() && (!ok || v < 0))
                out << tr("%1: \"%2\" is not a whole number").arg(m_attestations->item(i, 0)->text(), e->text());
        }
    return out;
}

void IntakeForm::validate()
{
    const QStringList p = problems();
    m_problems->setText(p.isEmpty() ? QString() : p.join(QLatin1Char('\n')));
}

CaseFacts IntakeForm::facts() const
{
    CaseFacts f;
    const QString source = tr("typed by %1 at %2").arg(m_user.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    auto text = [&](Sourced<QString> &field, QLineEdit *e) {
        if (!e->text().trimmed().isEmpty())
            field = {e->text().trimmed(), {}, source};
    };
    text(f.memberName, m_memberName);
    text(f.memberId, m_memberId);
    const QDate born = QDate::fromString(m_birthDate->text().trimmed(), Qt::ISODate);
    if (born.isValid())
        f.birthDate = {born, born, source};
    if (!m_sex->currentData().toString().isEmpty())
        f.sexAtBirth = {m_sex->currentData().toString(), {}, source};
    f.language = m_language->currentData().toString();
    text(f.payer, m_payer);
    text(f.plan, m_plan);
    if (!m_lob->currentData().toString().isEmpty())
        f.lineOfBusiness = {m_lob->currentData().toString(), {}, source};
    text(f.prescriberName, m_prescriber);
    text(f.prescriberNpi, m_npi);
    if (!m_specialty->currentData().toString().isEmpty()) {
        f.prescriberTaxonomies << m_specialty->currentData().toString();
        f.prescriberTaxonomySource = source;
    }
    if (m_htc->isChecked())
        f.prescriberAtHtc = {true, {}, source};
    const QString drug = m_drug->currentData().toString();
    if (const DrugDefinition *d = DrugCatalog::byId(drug)) {
        f.drug = {drug, {}, source};
        f.drugText = d->name;
        f.hcpcs = d->hcpcs;
        f.doseUnit = d->doseUnit;
    }
    auto numberField = [&](Sourced<double> &field, QLineEdit *e) {
        if (const auto v = number(e->text()); v && *v > 0)
            field = {*v, {}, source};
    };
    numberField(f.dosePerKg, m_dose);
    numberField(f.doseIntervalHours, m_interval);
    numberField(f.quantityMcg, m_quantity);
    numberField(f.supplyDays, m_supply);
    f.priority = m_priority->currentData().toString();
    for (const QString &code : m_diagnoses->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        f.diagnoses.append({code.trimmed().toUpper(), QString(), true, source});
    for (int r = 0; r < m_labs->rowCount(); ++r) {
        const QString lab = qobject_cast<QComboBox *>(m_labs->cellWidget(r, 0))->currentData().toString();
        const LabDefinition *def = LabCatalog::byName(lab);
        if (!def)
            continue;
        Measurement m;
        const QString valueText = qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 1))->text().trimmed();
        const QString unit = qobject_cast<QComboBox *>(m_labs->cellWidget(r, 2))->currentText();
        m.date = QDate::fromString(qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 3))->text().trimmed(), Qt::ISODate);
        m.source = source;
        if (def->kind == LabDefinition::ValueKind::Titer) {
            const auto titer = LabCatalog::parseTiter(valueText);
            if (!titer)
                continue;
            m.value = *titer;
            m.text = valueText;
        } else {
            const auto v = number(valueText);
            const auto factor = LabCatalog::conversionFactor(*def, unit);
            if (!v || (!factor && def->kind == LabDefinition::ValueKind::Quantity))
                continue;
            m.value = *v * factor.value_or(1);
            m.unit = def->canonicalUnit;
            m.originalValue = valueText + QLatin1Char(' ') + unit;
            if (const auto uln = number(qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 4))->text()))
                m.upperLimit = *uln * factor.value_or(1);
        }
        f.labs[lab].append(m);
    }
    for (auto &series : f.labs)
        std::stable_sort(series.begin(), series.end(), [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    const QDate today = QDate::currentDate();
    f.attestations.insert(QStringLiteral("request-type"), {m_requestType->currentData().toString(), today, source});
    if (!m_requestUse->currentData().toString().isEmpty())
        f.attestations.insert(QStringLiteral("request-use"), {m_requestUse->currentData().toString(), today, source});
    for (int i = 0; i < m_attestations->rowCount(); ++i) {
        const QString id = m_attestations->item(i, 0)->data(Qt::UserRole).toString();
        if (auto *e = qobject_cast<QLineEdit *>(m_attestations->cellWidget(i, 1))) {
            bool ok = false;
            const int v = e->text().trimmed().toInt(&ok);
            if (ok && v >= 0)
                f.attestations.insert(id, {qlonglong(v), today, source});
        } else if (auto *c = qobject_cast<QComboBox *>(m_attestations->cellWidget(i, 1))) {
            const QString answer = c->currentData().toString();
            if (!answer.isEmpty())
                f.attestations.insert(id, {answer == QLatin1String("yes"), today, source});
        }
    }
    f.received = QDateTime::currentDateTimeUtc();
    f.receivedDate = f.received.date();
    return f;
}

QString IntakeForm::saveDraft()
{
    const CaseFacts f = facts();
    if (m_caseId == 0) {
        auto id = CaseStore::create(*m_db, f, m_user);
        if (!id)
            return id.error();
        m_caseId = id.value();
    } else if (auto s = CaseStore::updateDraft(*m_db, m_caseId, f, m_user); !s) {
        return s.error();
    }
    Q_EMIT saved(m_caseId);
    return {};
}

QString IntakeForm::submit()
{
    const QStringList p = problems();
    if (!p.isEmpty())
        return tr("Complete the form before submitting:\n%1").arg(p.join(QLatin1Char('\n')));
    if (const QString error = saveDraft(); !error.isEmpty())
        return error;
    if (auto s = Review::submitForReview(*m_db, m_caseId, m_user); !s)
        return s.error();
    Q_EMIT submitted(m_caseId);
    return {};
}

void IntakeForm::startNew()
{
    m_caseId = 0;
    load(CaseFacts{});
}

bool IntakeForm::resume(qint64 caseId, QString *error)
{
    auto f = CaseStore::facts(*m_db, caseId, m_user);
    auto s = CaseStore::summary(*m_db, caseId);
    if (!f || !s) {
        if (error)
            *error = f ? s.error() : f.error();
        return false;
    }
    if (s->status != QLatin1String("intake") && s->status != QLatin1String("pended")) {
        if (error)
            *error = tr("Case %1 is %2: only a case at intake or pended for information is edited here.").arg(s->reference, s->status);
        return false;
    }
    m_caseId = caseId;
    load(f.value());
    return true;
}

void IntakeForm::load(const CaseFacts &f)
{
    m_memberName->setText(f.memberName.value.value_or(QString()));
    m_memberId->setText(f.memberId.value.value_or(QString()));
    m_birthDate->setText(f.birthDate.has() ? f.birthDate->toString(Qt::ISODate) : QString());
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(f.sexAtBirth.value.value_or(QString()))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(f.language)));
    m_payer->setText(f.payer.value.value_or(QString()));
    m_plan->setText(f.plan.value.value_or(QString()));
    m_lob->setCurrentIndex(qMax(0, m_lob->findData(f.lineOfBusiness.value.value_or(QString()))));
    m_prescriber->setText(f.prescriberName.value.value_or(QString()));
    m_npi->setText(f.prescriberNpi.value.value_or(QString()));
    m_specialty->setCurrentIndex(qMax(0, m_specialty->findData(f.prescriberTaxonomies.value(0))));
    m_htc->setChecked(f.prescriberAtHtc.has() && *f.prescriberAtHtc);
    m_drug->setCurrentIndex(qMax(0, m_drug->findData(f.drug.value.value_or(QString()))));
    auto num = [](const Sourced<double> &v) { return v.has() ? QString::number(*v, 'g', 12) : QString(); };
    m_dose->setText(num(f.dosePerKg));
    m_interval->setText(num(f.doseIntervalHours));
    m_quantity->setText(num(f.quantityMcg));
    m_supply->setText(num(f.supplyDays));
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(f.priority)));
    const auto type = f.attestation(QStringLiteral("request-type"));
    m_requestType->setCurrentIndex(qMax(0, m_requestType->findData(type ? type->value.toString() : QStringLiteral("initial"))));
    const auto use = f.attestation(QStringLiteral("request-use"));
    m_requestUse->setCurrentIndex(qMax(0, m_requestUse->findData(use ? use->value.toString() : QString())));
    QStringList codes;
    for (const auto &d : f.diagnoses)
        if (d.forRequest || f.diagnoses.size() == 1)
            codes << d.code;
    m_diagnoses->setText(codes.join(QStringLiteral(", ")));
    m_labs->setRowCount(0);
    for (auto it = f.labs.cbegin(); it != f.labs.cend(); ++it)
        for (const Measurement &m : it.value())
            addLabRow(it.key(), m.text.isEmpty() ? QString::number(m.value, 'g', 12) : m.text, m.unit,
                      m.date.isValid() ? m.date.toString(Qt::ISODate) : QString(),
                      m.upperLimit ? QString::number(*m.upperLimit, 'g', 12) : QString());
    for (int i = 0; i < m_attestations->rowCount(); ++i) {
        const QString id = m_attestations->item(i, 0)->data(Qt::UserRole).toString();
        const auto a = f.attestation(id);
        if (auto *e = qobject_cast<QLineEdit *>(m_attestations->cellWidget(i, 1)))
            e->setText(a ? QString::number(a->value.toLongLong()) : QString());
        else if (auto *c = qobject_cast<QComboBox *>(m_attestations->cellWidget(i, 1)))
            c->setCurrentIndex(!a ? 0 : a->value.toBool() ? 1 : 2);
    }
    validate();
}

} // namespace pareview
