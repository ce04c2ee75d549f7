#include "IntakeForm.h"
#include "common/TableKeys.h"

#include "common/Dialogs.h"
#include "common/StatusText.h"
#include "letters/PhraseBook.h"
#include "core/Units.h"
#include "intake/DrugCatalog.h"
#include "intake/FactValidator.h"
#include "intake/LabCatalog.h"
#include "policy/PolicyLibrary.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/PolicyChoice.h"
#include "store/Review.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pareview {

namespace {


// The attestation items asked in the table (the catalog's items outside the request section).
QVector<const AttestationItem *> tableItems()
{
    QVector<const AttestationItem *> out;
    for (const AttestationItem &a : Catalog::current().attestations())
        if (a.section.isEmpty())
            out.append(&a);
    return out;
}

QList<QPair<QString, QString>> codeChoices(const QString &linkId)
{
    QList<QPair<QString, QString>> out;
    if (const AttestationItem *a = Catalog::current().attestation(linkId))
        for (const AttestationCode &c : a->codes)
            out.append({c.label.in(uiLanguage()), c.code});
    return out;
}

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
    return parseReadableNumber(text);
}

// A number typed back into the form: readable (2 × 10¹³) and exact enough
// that saving it again changes nothing.
QString editable(double v)
{
    if (std::fabs(v) >= 1e7) {
        const int exponent = int(std::floor(std::log10(std::fabs(v))));
        const double mantissa = v / std::pow(10.0, exponent);
        const QString power = QStringLiteral("10") + superscriptDigits(QString::number(exponent));
        return mantissa == 1 ? power : QStringLiteral("%1 × %2").arg(QString::number(mantissa, 'g', 10), power);
    }
    return QString::number(v, 'g', 12);
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

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

IntakeForm::IntakeForm(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_user(user)
    , m_library(library)
{
    setObjectName(QStringLiteral("intakeForm"));
    setAcceptDrops(true); // documents dropped on the form go with the request
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("intakeCaption"));
    m_caption->setWordWrap(true);
    m_memberName = line("memberName");
    m_memberId = line("memberId");
    m_birthDate = line("birthDate", tr("YYYY-MM-DD"));
    m_sex = combo("sexAtBirth", {{tr("not recorded"), QString()}, {tr("male"), QStringLiteral("male")}, {tr("female"), QStringLiteral("female")}});
    QList<QPair<QString, QString>> languages;
    for (const QString &language : letters::letterLanguages())
        languages.append({letterLanguageText(language), language});
    m_language = combo("memberLanguage", languages);
    m_payer = line("payer");
    m_plan = line("plan");
    const Catalog &catalog = Catalog::current();
    const QString language = uiLanguage();
    QList<QPair<QString, QString>> lobs = {{tr("not recorded"), QString()}};
    for (const LineOfBusiness &l : catalog.linesOfBusiness())
        lobs.append({l.names.in(language), l.id});
    m_lob = combo("lineOfBusiness", lobs);
    m_prescriber = line("prescriberName");
    m_npi = line("prescriberNpi", tr("10 digits"));
    QList<QPair<QString, QString>> specialties = {{tr("not recorded"), QString()}};
    for (const PrescriberKind &k : catalog.prescriberKinds())
        for (const Taxonomy &t : k.taxonomies)
            specialties.append({QStringLiteral("%1 (%2)").arg(t.names.in(language), t.code), t.code});
    m_specialty = combo("prescriberSpecialty", specialties);
    m_htc = new QCheckBox(tr("Practices at a Hemophilia Treatment Center"));
    m_htc->setObjectName(QStringLiteral("prescriberAtHtc"));
    QList<QPair<QString, QString>> drugs = {{tr("choose the drug"), QString()}};
    for (const auto &d : DrugCatalog::all())
        drugs.append({QStringLiteral("%1 (%2)").arg(d.name, d.hcpcs), d.id});
    m_drug = combo("drug", drugs);
    m_dose = line("dose");
    m_interval = line("doseInterval", tr("hours between doses"));
    m_quantity = line("quantity", tr("mcg per supply"));
    m_supply = line("supplyDays", tr("days"));
    m_priority = combo("priority", {{tr("standard"), QStringLiteral("standard")}, {tr("expedited"), QStringLiteral("expedited")}});
    m_requestType = combo("requestType", codeChoices(Catalog::current().requestFieldId(AttestationItem::RequestRole::Type)));
    m_requestUse = combo("requestUse", QList<QPair<QString, QString>>{{tr("not stated"), QString()}} + codeChoices(Catalog::current().requestFieldId(AttestationItem::RequestRole::Use)));
    m_diagnoses = line("diagnoses", tr("ICD-10-CM codes, e.g. D67 or D66, D68.311"));

    m_labs = new QTableWidget(0, 5);
    tabLeavesTable(m_labs);
    m_labs->setObjectName(QStringLiteral("labsTable"));
    m_labs->setAccessibleName(tr("Labs and measurements"));
    m_labs->setHorizontalHeaderLabels({tr("Lab"), tr("Value"), tr("Unit"), tr("Date"), tr("Upper limit of normal")});
    m_labs->horizontalHeader()->setStretchLastSection(true);
    m_labs->setColumnWidth(0, 260);
    m_labs->setColumnWidth(2, 130);
    m_labs->setColumnWidth(3, 120);
    m_labs->setMinimumHeight(160);
    // Tab moves through the row's fields, not onto the table's cells.
    m_labs->setFocusPolicy(Qt::NoFocus);
    m_addLab = new QPushButton(tr("&Add lab result"));
    m_addLab->setObjectName(QStringLiteral("addLab"));
    connect(m_addLab, &QPushButton::clicked, this, [this] {
        addLabRow();
        // The new row's lab is where the nurse types next.
        if (auto *box = m_labs->cellWidget(m_labs->rowCount() - 1, 0)) {
            m_labs->scrollToBottom();
            box->setFocus();
        }
    });

    const auto items = tableItems();
    m_attestations = new QTableWidget(int(items.size()), 2);
    tabLeavesTable(m_attestations);
    m_attestations->setObjectName(QStringLiteral("attestationsTable"));
    m_attestations->setAccessibleName(tr("Attestations"));
    m_attestations->setHorizontalHeaderLabels({tr("Attestation"), tr("Answer")});
    m_attestations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attestations->verticalHeader()->hide();
    m_attestations->setFocusPolicy(Qt::NoFocus);
    for (int i = 0; i < int(items.size()); ++i) {
        const AttestationItem &item = *items[i];
        const QString question = item.question.in(language);
        auto *q = new QTableWidgetItem(question);
        q->setFlags(Qt::ItemIsEnabled);
        q->setData(Qt::UserRole, item.linkId);
        if (!item.help.en.isEmpty())
            q->setToolTip(item.help.in(language));
        m_attestations->setItem(i, 0, q);
        if (item.answer == AttestationItem::Answer::Integer) {
            auto *e = line("");
            e->setObjectName(QStringLiteral("attest-%1").arg(item.linkId));
            e->setPlaceholderText(tr("not stated"));
            e->setAccessibleName(question);
            m_attestations->setCellWidget(i, 1, e);
            connect(e, &QLineEdit::textChanged, this, &IntakeForm::validate);
        } else {
            auto *c = combo("", {{tr("not stated"), QString()}, {tr("yes"), QStringLiteral("yes")}, {tr("no"), QStringLiteral("no")}});
            c->setObjectName(QStringLiteral("attest-%1").arg(item.linkId));
            c->setAccessibleName(question);
            m_attestations->setCellWidget(i, 1, c);
            connect(c, &QComboBox::currentIndexChanged, this, &IntakeForm::validate);
        }
    }
    // The form scrolls; the table shows every row it has (updateAttestations).
    m_attestations->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attestations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attestations->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_attestationsNote = new QLabel;
    m_attestationsNote->setObjectName(QStringLiteral("attestationsNote"));
    m_attestationsNote->setWordWrap(true);

    m_documents = new QListWidget;
    m_documents->setObjectName(QStringLiteral("intakeDocuments"));
    m_documents->setAccessibleName(tr("Documents"));
    m_documents->setMaximumHeight(110);
    m_attach = new QPushButton(tr("A&ttach documents…"));
    m_attach->setObjectName(QStringLiteral("attachDocuments"));
    m_attach->setToolTip(tr("Or drop the files on the form"));
    connect(m_attach, &QPushButton::clicked, this, &IntakeForm::chooseDocuments);
    m_removeDocument = new QPushButton(tr("Remove document"));
    m_removeDocument->setObjectName(QStringLiteral("removeDocument"));
    connect(m_removeDocument, &QPushButton::clicked, this, [this] {
        // Only documents not saved yet can be taken back.
        const int row = m_documents->currentRow();
        const int firstPending = m_documents->count() - int(m_pending.size());
        if (row >= firstPending && row - firstPending < m_pending.size()) {
            const QString name = m_pending.at(row - firstPending).title;
            m_pending.removeAt(row - firstPending);
            showDocuments();
            Q_EMIT statusMessage(tr("%1 will not be attached.").arg(name));
        }
    });
    connect(m_documents, &QListWidget::currentRowChanged, this, [this](int row) {
        m_removeDocument->setEnabled(row >= m_documents->count() - int(m_pending.size()) && row >= 0);
    });

    m_history = new QListWidget;
    m_history->setObjectName(QStringLiteral("intakeHistory"));
    m_history->setAccessibleName(tr("Corrections"));
    m_history->setMaximumHeight(110);

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("intakeProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_save = new QPushButton(tr("&Save draft"));
    m_save->setObjectName(QStringLiteral("saveDraft"));
    m_submit = new QPushButton(tr("Su&bmit for review"));
    m_submit->setObjectName(QStringLiteral("submitIntake"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString error = saveDraft();
        if (!error.isEmpty())
            m_problems->setText(error);
    });
    connect(m_submit, &QPushButton::clicked, this, [this] {
        const QString error = m_correcting ? saveCorrections() : submit();
        if (!error.isEmpty()) {
            m_problems->setText(error);
            Q_EMIT statusMessage(m_correcting ? tr("The corrections were not saved.") : tr("The request was not submitted."));
        }
    });

    auto group = [](const QString &title, QLayout *content) {
        auto *box = new QGroupBox(title);
        box->setLayout(content);
        return box;
    };
    // QFormLayout makes each label the buddy of its field: the field's
    // accessible name and the label's mnemonic.
    auto *member = new QFormLayout;
    member->addRow(tr("&Name"), m_memberName);
    member->addRow(tr("Member &ID"), m_memberId);
    member->addRow(tr("Birth &date"), m_birthDate);
    member->addRow(tr("Sex at birth"), m_sex);
    member->addRow(tr("Letters in"), m_language);
    auto *coverage = new QFormLayout;
    coverage->addRow(tr("&Payer"), m_payer);
    coverage->addRow(tr("Plan"), m_plan);
    coverage->addRow(tr("Line of business"), m_lob);
    auto *prescriber = new QFormLayout;
    prescriber->addRow(tr("Prescriber name"), m_prescriber);
    prescriber->addRow(tr("NPI"), m_npi);
    prescriber->addRow(tr("Specialty"), m_specialty);
    prescriber->addRow(QString(), m_htc);
    m_request = new QFormLayout;
    m_request->addRow(tr("D&rug"), m_drug);
    m_doseLabel = new QLabel;
    m_doseLabel->setBuddy(m_dose);
    m_request->addRow(m_doseLabel, m_dose);
    m_request->addRow(tr("Every (hours)"), m_interval);
    m_request->addRow(tr("Quantity (mcg)"), m_quantity);
    m_request->addRow(tr("Supply (days)"), m_supply);
    m_request->addRow(tr("Priority"), m_priority);
    m_request->addRow(tr("Request type"), m_requestType);
    m_request->addRow(tr("Use"), m_requestUse);
    m_request->addRow(tr("Dia&gnoses"), m_diagnoses);
    // Screen readers name a combo box by its current entry unless told: every
    // field gets its label's words as its accessible name.
    for (QFormLayout *form : {member, coverage, prescriber, m_request})
        for (int r = 0; r < form->rowCount(); ++r) {
            auto *label = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole) ? form->itemAt(r, QFormLayout::LabelRole)->widget() : nullptr);
            QWidget *field = form->itemAt(r, QFormLayout::FieldRole) ? form->itemAt(r, QFormLayout::FieldRole)->widget() : nullptr;
            if (label && field && field != m_dose)
                field->setAccessibleName(label->text().remove(QLatin1Char('&')));
        }
    auto *labs = new QVBoxLayout;
    labs->addWidget(m_labs);
    labs->addWidget(m_addLab, 0, Qt::AlignLeft);
    auto *attest = new QVBoxLayout;
    attest->addWidget(m_attestationsNote);
    attest->addWidget(m_attestations);
    auto *documents = new QVBoxLayout;
    documents->addWidget(m_documents);
    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_attach);
    documentButtons->addWidget(m_removeDocument);
    documentButtons->addStretch();
    documents->addLayout(documentButtons);
    auto *history = new QVBoxLayout;
    history->addWidget(m_history);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(group(tr("Member"), member));
    left->addWidget(group(tr("Coverage"), coverage));
    left->addWidget(group(tr("Prescriber"), prescriber));
    auto *right = new QVBoxLayout;
    right->addWidget(group(tr("Request"), m_request));
    right->addStretch();
    columns->addLayout(left);
    columns->addLayout(right);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_caption);
    m_historyBox = group(tr("Corrections since the case was submitted"), history);
    contentLayout->addWidget(m_historyBox);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(group(tr("Labs and measurements"), labs));
    contentLayout->addWidget(group(tr("Attestations (leave unanswered what the prescriber did not state)"), attest));
    contentLayout->addWidget(group(tr("Documents (attached when the request is saved)"), documents));
    m_scroll = new QScrollArea;
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Request form"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problems, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    for (QLineEdit *e : {m_memberName, m_memberId, m_birthDate, m_payer, m_plan, m_prescriber, m_npi, m_dose, m_interval, m_quantity,
                         m_supply, m_diagnoses})
        connect(e, &QLineEdit::textChanged, this, &IntakeForm::validate);
    for (QComboBox *c : {m_sex, m_lob, m_specialty, m_drug, m_priority, m_requestType, m_requestUse})
        connect(c, &QComboBox::currentIndexChanged, this, &IntakeForm::validate);
    connect(m_drug, &QComboBox::currentIndexChanged, this, &IntakeForm::updateRequestFields);
    connect(m_drug, &QComboBox::currentIndexChanged, this, &IntakeForm::updateAttestations);
    updateRequestFields();
    updateAttestations();
    showDocuments();
    m_historyBox->hide();
    updateTabOrder();
    validate();
    markSaved();
}

bool IntakeForm::geneTherapy() const
{
    const DrugDefinition *d = DrugCatalog::byId(m_drug->currentData().toString());
    return d && d->form == QLatin1String("gene-therapy-per-kg");
}

// The request's fields follow the drug's form: factor VIIa is dosed per kg
// every so many hours, with a quantity and days of supply; a gene therapy is
// one dose in genome copies per kg.
void IntakeForm::updateRequestFields()
{
    const bool gene = geneTherapy();
    const DrugDefinition *d = DrugCatalog::byId(m_drug->currentData().toString());
    const bool otherUnit = !gene && d && d->doseUnit != QLatin1String("mcg/kg");
    // A flat dose (the catalog's doseUnit "mg") is the amount of one dose, not per kg.
    const bool flat = d && !FactValidator::perKg(d->doseUnit);
    m_doseLabel->setText(gene ? tr("D&ose (vg/kg, one infusion)") : otherUnit ? tr("D&ose (%1)").arg(readableUnit(d->doseUnit)) : tr("D&ose (mcg/kg)"));
    m_dose->setAccessibleName(m_doseLabel->text().remove(QLatin1Char('&')));
    m_dose->setPlaceholderText(gene   ? tr("genome copies per kg, e.g. 2 × 10^13")
                               : flat ? tr("%1 in each dose, not per kg").arg(readableUnit(d->doseUnit))
                               : otherUnit ? QString()
                                           : tr("mcg per kg, e.g. 90"));
    m_interval->setPlaceholderText(flat ? tr("hours between doses (168 = once a week)") : tr("hours between doses"));
    // The fields the drug's form implies (the catalog's requestFields); all until a drug is chosen.
    const QList<QPair<QLineEdit *, QString>> fields = {{m_interval, QStringLiteral("interval")},
                                                       {m_quantity, QStringLiteral("quantity")},
                                                       {m_supply, QStringLiteral("supply")}};
    for (const auto &f : fields)
        m_request->setRowVisible(f.first, !d || d->requestFields.contains(f.second));
}

void IntakeForm::updateAttestations()
{
    const QString drug = m_drug->currentData().toString();
    const QStringList asked = drug.isEmpty() ? QStringList() : m_library.attestationItems(drug, QDate::currentDate());
    int shown = 0;
    for (int i = 0; i < m_attestations->rowCount(); ++i) {
        bool answered = false;
        if (auto *e = qobject_cast<QLineEdit *>(m_attestations->cellWidget(i, 1)))
            answered = !e->text().trimmed().isEmpty();
        else if (auto *c = qobject_cast<QComboBox *>(m_attestations->cellWidget(i, 1)))
            answered = !c->currentData().toString().isEmpty();
        // An answer already given stays in sight, asked for or not.
        const bool show = answered || asked.contains(m_attestations->item(i, 0)->data(Qt::UserRole).toString());
        m_attestations->setRowHidden(i, !show);
        shown += show ? 1 : 0;
    }
    m_attestationsNote->setText(drug.isEmpty() ? tr("Choose the drug first: the attestations asked are the ones its policies need.")
                                               : shown == 0 ? tr("The policies for this drug ask for no attestation.")
                                                            : QString());
    m_attestationsNote->setVisible(!m_attestationsNote->text().isEmpty());
    m_attestations->setVisible(shown > 0);
    int height = m_attestations->horizontalHeader()->height() + 2 * m_attestations->frameWidth();
    for (int i = 0; i < m_attestations->rowCount(); ++i)
        if (!m_attestations->isRowHidden(i))
            height += m_attestations->rowHeight(i);
    m_attestations->setFixedHeight(height);
}

void IntakeForm::addLabRow(const QString &lab, const QString &value, const QString &unit, const QString &date, const QString &uln)
{
    const int row = m_labs->rowCount();
    m_labs->insertRow(row);
    auto *labBox = new QComboBox;
    labBox->setObjectName(QStringLiteral("labName-%1").arg(row));
    labBox->setAccessibleName(tr("Lab %1").arg(row + 1));
    for (const LabDefinition &def : LabCatalog::all())
        labBox->addItem(def.clinical.in(uiLanguage()), def.name);
    auto *unitBox = new QComboBox;
    unitBox->setObjectName(QStringLiteral("labUnit-%1").arg(row));
    unitBox->setAccessibleName(tr("Lab %1 unit").arg(row + 1));
    // Units as people write them; the UCUM code is the item's data.
    auto refreshUnits = [labBox, unitBox] {
        unitBox->clear();
        if (const LabDefinition *def = LabCatalog::byName(labBox->currentData().toString()))
            for (const QString &u : unitsFor(*def))
                unitBox->addItem(readableUnit(u), u);
    };
    connect(labBox, &QComboBox::currentIndexChanged, this, refreshUnits);
    if (!lab.isEmpty())
        labBox->setCurrentIndex(labBox->findData(lab));
    refreshUnits();
    if (!unit.isEmpty()) {
        int i = unitBox->findData(unit);
        if (i < 0)
            i = unitBox->findText(readableUnit(unit));
        if (i >= 0)
            unitBox->setCurrentIndex(i);
    }
    auto *valueEdit = line("");
    valueEdit->setObjectName(QStringLiteral("labValue-%1").arg(row));
    valueEdit->setAccessibleName(tr("Lab %1 value").arg(row + 1));
    valueEdit->setText(value);
    auto *dateEdit = line("", tr("YYYY-MM-DD"));
    dateEdit->setObjectName(QStringLiteral("labDate-%1").arg(row));
    dateEdit->setAccessibleName(tr("Lab %1 date").arg(row + 1));
    dateEdit->setText(date);
    auto *ulnEdit = line("", tr("from the lab's reference range"));
    ulnEdit->setObjectName(QStringLiteral("labUln-%1").arg(row));
    ulnEdit->setAccessibleName(tr("Lab %1 upper limit of normal").arg(row + 1));
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
    updateTabOrder();
    validate();
}

// Tab follows the layout: member, coverage, prescriber, request, each lab
// row left to right, attestations, documents, then the buttons.
void IntakeForm::updateTabOrder()
{
    QList<QWidget *> chain = {m_history, m_memberName, m_memberId, m_birthDate, m_sex, m_language, m_payer, m_plan, m_lob,
                              m_prescriber, m_npi, m_specialty, m_htc, m_drug, m_dose, m_interval, m_quantity,
                              m_supply, m_priority, m_requestType, m_requestUse, m_diagnoses};
    for (int r = 0; r < m_labs->rowCount(); ++r)
        for (int c = 0; c < m_labs->columnCount(); ++c)
            if (QWidget *w = m_labs->cellWidget(r, c))
                chain << w;
    chain << m_addLab;
    for (int r = 0; r < m_attestations->rowCount(); ++r)
        if (QWidget *w = m_attestations->cellWidget(r, 1))
            chain << w;
    chain << m_documents << m_attach << m_removeDocument << m_save << m_submit;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

QStringList IntakeForm::problems() const
{
    QStringList out;
    const QDate today = QDate::currentDate();
    auto typedDate = [&](const QString &what, const QString &text, bool required) -> QDate {
        if (text.trimmed().isEmpty()) {
            if (required)
                out << tr("%1: missing").arg(what);
            return {};
        }
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid() || text.trimmed().size() != 10) {
            out << tr("%1: \"%2\" is not a date (YYYY-MM-DD)").arg(what, text);
            return {};
        }
        return d;
    };
    auto refused = [&](const QString &what, const Status &s) {
        if (!s)
            out << tr("%1: %2").arg(what, s.error());
    };
    if (m_memberName->text().trimmed().isEmpty())
        out << tr("Member name: missing");
    if (m_memberId->text().trimmed().isEmpty())
        out << tr("Member ID: missing");
    if (const QDate born = typedDate(tr("Birth date"), m_birthDate->text(), true); born.isValid())
        refused(tr("Birth date"), FactValidator::birthDate(born, today));
    if (m_lob->currentData().toString().isEmpty())
        out << tr("Line of business: choose one");
    if (!m_npi->text().trimmed().isEmpty())
        refused(tr("NPI"), FactValidator::npi(m_npi->text().trimmed()));
    const DrugDefinition *drug = DrugCatalog::byId(m_drug->currentData().toString());
    if (!drug)
        out << tr("Drug: choose one");
    auto typedNumber = [&](const QString &what, QLineEdit *e) -> std::optional<double> {
        if (e->text().trimmed().isEmpty())
            return std::nullopt;
        const auto v = number(e->text());
        if (!v)
            out << tr("%1: \"%2\" is not a number").arg(what, e->text());
        return v;
    };
    if (const auto v = typedNumber(tr("Dose"), m_dose); v && drug) {
        const auto d = FactValidator::dose(*drug, *v, drug->doseUnit);
        if (!d)
            out << tr("Dose: %1").arg(d.error());
    }
    if (!geneTherapy()) {
        if (const auto v = typedNumber(tr("Every (hours)"), m_interval))
            if (const auto h = FactValidator::intervalHours(*v, QStringLiteral("h")); !h)
                out << tr("Every (hours): %1").arg(h.error());
        if (const auto v = typedNumber(tr("Quantity (mcg)"), m_quantity))
            if (const auto q = FactValidator::quantityMcg(*v, QStringLiteral("ug")); !q)
                out << tr("Quantity (mcg): %1").arg(q.error());
        if (const auto v = typedNumber(tr("Supply (days)"), m_supply))
            if (const auto d = FactValidator::supplyDays(*v, QStringLiteral("d")); !d)
                out << tr("Supply (days): %1").arg(d.error());
    }
    for (const QString &code : m_diagnoses->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        refused(tr("Diagnoses"), FactValidator::diagnosisCode(code.trimmed().toUpper()));
    for (int r = 0; r < m_labs->rowCount(); ++r) {
        const auto *labBox = qobject_cast<QComboBox *>(m_labs->cellWidget(r, 0));
        const QString what = tr("Lab %1 (%2)").arg(r + 1).arg(labBox->currentText());
        const QString valueText = qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 1))->text();
        const QString unit = qobject_cast<QComboBox *>(m_labs->cellWidget(r, 2))->currentData().toString();
        const LabDefinition *def = LabCatalog::byName(labBox->currentData().toString());
        if (!def)
            continue;
        const QString dateText = qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 3))->text();
        // An empty value is one problem, said once, not a number and a titer refused as well.
        if (valueText.trimmed().isEmpty()) {
            out << tr("%1: value missing").arg(what);
            if (const QDate d = typedDate(what, dateText, false); d.isValid())
                refused(what, FactValidator::labDate(*def, d, today));
            continue;
        }
        if (def->kind == LabDefinition::ValueKind::Titer) {
            if (const auto t = FactValidator::titer(*def, valueText.trimmed()); !t)
                out << tr("%1: %2").arg(what, t.error());
        } else if (const auto v = number(valueText); !v) {
            out << tr("%1: \"%2\" is not a number").arg(what, valueText);
        } else if (def->kind == LabDefinition::ValueKind::Integer) {
            if (const auto st = FactValidator::stage(*def, *v); !st)
                out << tr("%1: %2").arg(what, st.error());
        } else if (const auto q = FactValidator::labQuantity(*def, *v, unit); !q) {
            out << tr("%1: %2").arg(what, q.error());
        }
        if (const QDate d = typedDate(what, dateText, true); d.isValid())
            refused(what, FactValidator::labDate(*def, d, today));
        const QString uln = qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 4))->text();
        if (!uln.trimmed().isEmpty() && def->kind == LabDefinition::ValueKind::Quantity) {
            if (const auto v = number(uln); !v)
                out << tr("%1: upper limit \"%2\" is not a number").arg(what, uln);
            else if (const auto l = FactValidator::upperLimit(*def, *v, unit); !l)
                out << tr("%1: %2").arg(what, l.error());
        }
    }
    for (int i = 0; i < m_attestations->rowCount(); ++i)
        if (auto *e = qobject_cast<QLineEdit *>(m_attestations->cellWidget(i, 1))) {
            const QString t = e->text().trimmed();
            if (t.isEmpty())
                continue;
            bool ok = false;
            const qlonglong v = t.toLongLong(&ok);
            if (!ok)
                out << tr("%1: \"%2\" is not a whole number").arg(m_attestations->item(i, 0)->text(), e->text());
            else
                refused(m_attestations->item(i, 0)->text(),
                        FactValidator::integerAnswer(m_attestations->item(i, 0)->data(Qt::UserRole).toString(), double(v)));
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
    // Provenance is a record: stored in English, worded for people where shown (provenanceText).
    const QString source = QStringLiteral("typed by %1 at %2").arg(m_user.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
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
    // A gene therapy is one infusion: no interval, quantity or supply.
    if (!geneTherapy()) {
        numberField(f.doseIntervalHours, m_interval);
        numberField(f.quantityMcg, m_quantity);
        numberField(f.supplyDays, m_supply);
    }
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
        const QString unit = qobject_cast<QComboBox *>(m_labs->cellWidget(r, 2))->currentData().toString();
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
            m.originalValue = def->kind == LabDefinition::ValueKind::Integer ? QStringLiteral("F%1").arg(*v)
                                                                             : readableQuantity(*v, unit);
            if (def->kind == LabDefinition::ValueKind::Integer)
                m.text = m.originalValue;
            if (const auto uln = number(qobject_cast<QLineEdit *>(m_labs->cellWidget(r, 4))->text()))
                m.upperLimit = *uln * factor.value_or(1);
        }
        f.labs[lab].append(m);
    }
    for (auto &series : f.labs)
        std::stable_sort(series.begin(), series.end(), [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    const QDate today = QDate::currentDate();
    f.attestations.insert(Catalog::current().requestFieldId(AttestationItem::RequestRole::Type), {m_requestType->currentData().toString(), today, source});
    if (!m_requestUse->currentData().toString().isEmpty())
        f.attestations.insert(Catalog::current().requestFieldId(AttestationItem::RequestRole::Use), {m_requestUse->currentData().toString(), today, source});
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
    f.attachments = m_pending;
    f.received = QDateTime::currentDateTimeUtc();
    f.receivedDate = f.received.date();
    return f;
}

QString IntakeForm::reference() const
{
    auto s = CaseStore::summary(*m_db, m_caseId);
    return s ? s->reference : QString::number(m_caseId);
}

QString IntakeForm::store()
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
    m_pending.clear();
    showDocuments();
    markSaved();
    return {};
}

QString IntakeForm::saveDraft()
{
    if (m_correcting)
        return tr("This case has been submitted: save corrections instead of a draft.");
    const int documents = int(m_pending.size());
    if (const QString error = store(); !error.isEmpty())
        return error;
    Q_EMIT saved(m_caseId);
    // English source texts are singular or plural as written: no English translation resolves %n.
    Q_EMIT statusMessage(documents == 0   ? tr("Draft %1 saved.").arg(reference())
                         : documents == 1 ? tr("Draft %1 saved with 1 new document.").arg(reference())
                                          : tr("Draft %1 saved with %n new documents.", nullptr, documents).arg(reference()));
    return {};
}

QString IntakeForm::submit()
{
    if (m_correcting)
        return tr("This case has already been submitted.");
    const QStringList p = problems();
    if (!p.isEmpty())
        return tr("Complete the form before submitting:\n%1").arg(p.join(QLatin1Char('\n')));
    // The whole case once more through the model's validator.
    const auto caseProblems = FactValidator::check(facts(), QDate::currentDate());
    if (!caseProblems.isEmpty()) {
        QStringList lines;
        for (const FactProblem &problem : caseProblems)
            lines << problem.text();
        return tr("Complete the form before submitting:\n%1").arg(lines.join(QLatin1Char('\n')));
    }
    if (const QString error = store(); !error.isEmpty())
        return error;
    // A request no policy covers goes on only when the nurse says so: the
    // reviewer can then only refer it.
    {
        const CaseFacts f = facts();
        if (auto policies = PolicyChoices::forCase(*m_db, m_library, m_caseId, f); !policies) {
            const auto answer = Dialogs::question(
                this, tr("No policy covers this request"),
                tr("No policy covers %1 (payer %2, %3, %4):\n%5\n\nSubmit it anyway for referral?")
                    .arg(reference(), f.payer.value.value_or(tr("none")), f.drugText.isEmpty() ? tr("no drug") : f.drugText,
                         f.lineOfBusiness.value.value_or(tr("no line of business")), policies.error()));
            if (answer != QMessageBox::Yes) {
                Q_EMIT saved(m_caseId);
                return tr("%1 was saved as a draft and not submitted: no policy covers it.").arg(reference());
            }
        }
    }
    if (auto s = Review::submitForReview(*m_db, m_caseId, m_user); !s)
        return tr("%1 was saved as a draft but not submitted: %2").arg(reference(), s.error());
    auto documents = CaseStore::attachments(*m_db, m_caseId);
    const int count = documents ? int(documents->size()) : 0;
    Q_EMIT statusMessage(count == 0   ? tr("%1 submitted for review, no documents.").arg(reference())
                         : count == 1 ? tr("%1 submitted for review with 1 document.").arg(reference())
                                      : tr("%1 submitted for review with %n documents.", nullptr, count).arg(reference()));
    Q_EMIT submitted(m_caseId);
    return {};
}

QString IntakeForm::saveCorrections()
{
    if (!m_correcting)
        return tr("Only a submitted case is corrected.");
    const QStringList p = problems();
    if (!p.isEmpty())
        return tr("Fix these before saving the corrections:\n%1").arg(p.join(QLatin1Char('\n')));
    const int documents = int(m_pending.size());
    auto changed = CaseStore::correct(*m_db, m_caseId, facts(), m_user);
    if (!changed)
        return changed.error();
    m_pending.clear();
    showDocuments();
    showHistory();
    markSaved();
    m_problems->clear();
    QString message = changed.value() == 1 ? tr("%1: 1 fact corrected").arg(reference())
                                           : tr("%1: %n facts corrected", nullptr, changed.value()).arg(reference());
    if (documents > 0)
        message += documents == 1 ? tr(", 1 document attached") : tr(", %n documents attached", nullptr, documents);
    Q_EMIT statusMessage(message + QLatin1Char('.'));
    Q_EMIT corrected(m_caseId);
    return {};
}

void IntakeForm::startNew()
{
    m_caseId = 0;
    m_correcting = false;
    m_pending.clear();
    load(CaseFacts{});
}

bool IntakeForm::resume(qint64 caseId, QString *error)
{
    auto s = CaseStore::summary(*m_db, caseId);
    if (!s) {
        if (error)
            *error = s.error();
        return false;
    }
    bool correcting = false;
    if (s->status == QLatin1String("in-review")) {
        auto started = CaseStore::reviewStarted(*m_db, caseId);
        correcting = started && !started.value();
    }
    if (s->status != QLatin1String("intake") && s->status != QLatin1String("pended") && !correcting) {
        if (error)
            *error = tr("Case %1 is %2: only a case at intake, pended for information, or submitted and not yet under review is edited here.")
                         .arg(s->reference, caseStatusText(s->status));
        return false;
    }
    auto f = CaseStore::facts(*m_db, caseId, m_user);
    if (!f) {
        if (error)
            *error = f.error();
        return false;
    }
    m_caseId = caseId;
    m_correcting = correcting;
    m_pending.clear();
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
    auto num = [](const Sourced<double> &v) { return v.has() ? editable(*v) : QString(); };
    m_dose->setText(num(f.dosePerKg));
    m_interval->setText(num(f.doseIntervalHours));
    m_quantity->setText(num(f.quantityMcg));
    m_supply->setText(num(f.supplyDays));
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(f.priority)));
    const auto type = f.attestation(Catalog::current().requestFieldId(AttestationItem::RequestRole::Type));
    m_requestType->setCurrentIndex(qMax(0, m_requestType->findData(type ? type->value.toString() : QStringLiteral("initial"))));
    const auto use = f.attestation(Catalog::current().requestFieldId(AttestationItem::RequestRole::Use));
    m_requestUse->setCurrentIndex(qMax(0, m_requestUse->findData(use ? use->value.toString() : QString())));
    QStringList codes;
    for (const auto &d : f.diagnoses)
        if (d.forRequest || f.diagnoses.size() == 1)
            codes << d.code;
    m_diagnoses->setText(codes.join(QStringLiteral(", ")));
    // The rows' fields go now, not later: their names are reused by the new rows.
    for (int r = 0; r < m_labs->rowCount(); ++r)
        for (int c = 0; c < m_labs->columnCount(); ++c)
            delete m_labs->cellWidget(r, c);
    m_labs->setRowCount(0);
    for (auto it = f.labs.cbegin(); it != f.labs.cend(); ++it)
        for (const Measurement &m : it.value()) {
            const LabDefinition *def = LabCatalog::byName(it.key());
            const bool stage = def && def->kind == LabDefinition::ValueKind::Integer;
            addLabRow(it.key(), m.text.isEmpty() || stage ? editable(m.value) : m.text, m.unit,
                      m.date.isValid() ? m.date.toString(Qt::ISODate) : QString(),
                      m.upperLimit ? editable(*m.upperLimit) : QString());
        }
    for (int i = 0; i < m_attestations->rowCount(); ++i) {
        const QString id = m_attestations->item(i, 0)->data(Qt::UserRole).toString();
        const auto a = f.attestation(id);
        if (auto *e = qobject_cast<QLineEdit *>(m_attestations->cellWidget(i, 1)))
            e->setText(a ? QString::number(a->value.toLongLong()) : QString());
        else if (auto *c = qobject_cast<QComboBox *>(m_attestations->cellWidget(i, 1)))
            c->setCurrentIndex(!a ? 0 : a->value.toBool() ? 1 : 2);
    }
    updateAttestations();
    if (m_correcting)
        m_caption->setText(tr("%1 has been submitted. Until review starts you can correct it: each change is kept in the case's history "
                              "with your name.").arg(reference()));
    else if (m_caseId)
        m_caption->setText(tr("Draft %1").arg(reference()));
    else
        m_caption->setText(tr("New request"));
    m_save->setVisible(!m_correcting);
    m_submit->setText(m_correcting ? tr("Save &corrections") : tr("Su&bmit for review"));
    m_historyBox->setVisible(m_correcting);
    showHistory();
    showDocuments();
    updateRequestFields();
    validate();
    markSaved();
    scrollToTop();
}

void IntakeForm::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
    m_scroll->horizontalScrollBar()->setValue(0);
    // Once shown, the first field takes the keyboard.
    QTimer::singleShot(0, this, [this] {
        m_scroll->verticalScrollBar()->setValue(0);
        if (isVisible())
            m_memberName->setFocus(Qt::OtherFocusReason);
    });
}

void IntakeForm::showHistory()
{
    m_history->clear();
    if (!m_correcting || m_caseId == 0)
        return;
    auto history = CaseStore::corrections(*m_db, m_caseId);
    if (!history) {
        m_history->addItem(history.error());
        return;
    }
    if (history->isEmpty())
        m_history->addItem(tr("No corrections yet."));
    for (const FactCorrection &c : history.value())
        m_history->addItem(tr("%1 · %2 · %3: %4 → %5")
                               .arg(QLocale().toString(c.correctedAt.toLocalTime(), QLocale::ShortFormat), c.correctedBy, c.field,
                                    c.previous, c.corrected));
}

void IntakeForm::showDocuments()
{
    m_documents->clear();
    if (m_caseId) {
        if (auto stored = CaseStore::attachments(*m_db, m_caseId))
            for (const StoredAttachment &a : stored.value())
                m_documents->addItem(tr("%1 (%2) · attached").arg(a.fileName, sizeText(a.size)));
    }
    for (const AttachmentData &a : std::as_const(m_pending))
        m_documents->addItem(tr("%1 (%2) · attached when saved").arg(a.title, sizeText(a.bytes.size())));
    if (m_documents->count() == 0)
        m_documents->addItem(tr("No documents yet: attach them here or drop them on the form."));
    m_removeDocument->setEnabled(false);
    updateTabOrder();
}

void IntakeForm::chooseDocuments()
{
    const QStringList paths = Dialogs::openFileNames(this, tr("Attach documents to the request"), QString(),
                                                     tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    Q_EMIT statusMessage(attachFiles(paths));
}

QString IntakeForm::attachFiles(const QStringList &paths)
{
    QStringList added, refused;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > CaseStore::MaxAttachmentBytes) {
            refused << tr("%1 is larger than 100 MiB").arg(name);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            refused << tr("%1 cannot be read: %2").arg(name, file.errorString());
            continue;
        }
        AttachmentData a;
        a.title = name;
        a.contentType = QMimeDatabase().mimeTypeForFile(path).name();
        a.bytes = file.readAll();
        a.source = tr("attached by %1").arg(m_user.name);
        m_pending.append(a);
        added << name;
    }
    showDocuments();
    QStringList parts;
    if (!added.isEmpty())
        parts << (added.size() == 1 ? tr("1 document ready to attach when the request is saved: %1")
                                    : tr("%n documents ready to attach when the request is saved: %1", nullptr, int(added.size())))
                     .arg(added.join(QStringLiteral(", ")));
    if (!refused.isEmpty())
        parts << tr("not attached: %1").arg(refused.join(QStringLiteral("; ")));
    return parts.join(QStringLiteral(" · "));
}

void IntakeForm::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile() && !QFileInfo(u.toLocalFile()).isDir(); }))
        event->acceptProposedAction();
    else
        event->ignore();
}

void IntakeForm::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && !QFileInfo(url.toLocalFile()).isDir())
            paths << url.toLocalFile();
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    Q_EMIT statusMessage(attachFiles(paths));
    event->acceptProposedAction();
}

// Everything typed, as one text: what "unsaved" is compared against.
QString IntakeForm::formState() const
{
    QStringList parts;
    for (QLineEdit *e : findChildren<QLineEdit *>())
        parts << e->objectName() + QLatin1Char('=') + e->text();
    for (QComboBox *c : findChildren<QComboBox *>())
        parts << c->objectName() + QLatin1Char('=') + c->currentData().toString() + QLatin1Char('/') + c->currentText();
    parts << QStringLiteral("htc=%1").arg(m_htc->isChecked());
    parts << QStringLiteral("labs=%1").arg(m_labs->rowCount());
    return parts.join(QLatin1Char('\n'));
}

void IntakeForm::markSaved()
{
    m_savedState = formState();
}

bool IntakeForm::hasUnsavedChanges() const
{
    return !m_pending.isEmpty() || formState() != m_savedState;
}

} // namespace pareview
