#include "topics/messagedetail.h"

#include <algorithm>

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "topicview/messagemodel.h"

namespace cs::ui {

namespace {

QPlainTextEdit *codeView(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}

QTableWidget *pairTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        table->setItem(row, c, item);
    }
}

} // namespace

MessageDetail::MessageDetail(QWidget *parent)
    : QTabWidget(parent)
    , m_raw(codeView(this))
    , m_pretty(codeView(this))
    , m_envelopePage(new QWidget(this))
    , m_schemaSummary(new QLabel(m_envelopePage))
    , m_schema(codeView(m_envelopePage))
    , m_payload(codeView(m_envelopePage))
    , m_fields(pairTable(4, m_envelopePage))
    , m_meaningPage(new QWidget(this))
    , m_meaningSummary(new QLabel(m_meaningPage))
    , m_meaningDetails(pairTable(2, m_meaningPage))
    , m_trace(codeView(m_meaningPage))
    , m_record(pairTable(2, this))
{
    setObjectName(QStringLiteral("messageDetail"));
    setDocumentMode(true);

    auto *envelope = new QVBoxLayout(m_envelopePage);
    envelope->setContentsMargins(0, 6, 0, 0);
    m_schemaSummary->setProperty("caption", true);
    envelope->addWidget(m_schemaSummary);
    auto *split = new QSplitter(Qt::Horizontal, m_envelopePage);
    split->addWidget(m_schema);
    auto *payloadSplit = new QSplitter(Qt::Vertical, split);
    payloadSplit->addWidget(m_fields);
    payloadSplit->addWidget(m_payload);
    split->addWidget(payloadSplit);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    envelope->addWidget(split, 1);

    auto *meaning = new QVBoxLayout(m_meaningPage);
    meaning->setContentsMargins(0, 6, 0, 0);
    m_meaningSummary->setWordWrap(true);
    m_meaningSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    meaning->addWidget(m_meaningSummary);
    meaning->addWidget(m_meaningDetails, 2);
    meaning->addWidget(m_trace, 1);

    addTab(m_raw, QString());
    addTab(m_pretty, QString());
    addTab(m_envelopePage, QString());
    addTab(m_meaningPage, QString());
    addTab(m_record, QString());
    retranslate();
    clearMessage();
}

MessageDetail::~MessageDetail() = default;

void MessageDetail::retranslate()
{
    setTabText(0, tr("Raw"));
    setTabText(1, tr("Pretty JSON"));
    setTabText(2, tr("Schema and payload"));
    setTabText(3, tr("Meaning"));
    setTabText(4, tr("Record"));
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("Type"), tr("Value (JSON)"), tr("Meaning") });
    m_meaningDetails->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_record->setHorizontalHeaderLabels({ tr("Property"), tr("Value") });
    m_raw->setPlaceholderText(tr("Select a message to see its value."));
}

void MessageDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void MessageDetail::clearMessage()
{
    m_raw->clear();
    m_pretty->clear();
    m_schema->clear();
    m_payload->clear();
    m_schemaSummary->clear();
    m_fields->setRowCount(0);
    m_meaningSummary->clear();
    m_meaningDetails->setRowCount(0);
    m_trace->clear();
    m_record->setRowCount(0);
    setTabEnabled(1, false);
    setTabEnabled(2, false);
    setTabEnabled(3, false);
}

void MessageDetail::showMessage(const kafka::Message &m, topicview::TopicKind kind)
{
    using topicview::DecodedValue;
    const DecodedValue d = m_decoder.decode(m.value);
    switch (d.kind) {
    case DecodedValue::Kind::Null:
        m_raw->setPlainText(tr("null (a tombstone: the record has no value)"));
        break;
    case DecodedValue::Kind::Empty:
        m_raw->setPlainText(QString());
        break;
    case DecodedValue::Kind::Binary:
        m_raw->setPlainText(QString::fromLatin1(d.pretty));
        break;
    default:
        m_raw->setPlainText(QString::fromUtf8(*m.value));
        break;
    }
    const bool json = d.kind == DecodedValue::Kind::Json || d.kind == DecodedValue::Kind::ConnectEnvelope;
    m_pretty->setPlainText(json ? QString::fromUtf8(d.pretty) : QString());
    setTabEnabled(1, json);

    const bool envelope = d.kind == DecodedValue::Kind::ConnectEnvelope;
    setTabEnabled(2, envelope);
    m_schema->setPlainText(QString::fromUtf8(d.schemaJson));
    m_payload->setPlainText(QString::fromUtf8(d.payloadJson));
    if (!d.error.isEmpty())
        m_schemaSummary->setText(tr("The JsonConverter rejects this envelope: %1").arg(d.error));
    else if (envelope)
        m_schemaSummary->setText(
            tr("JsonConverter envelope: schema %1 (left), payload (right)").arg(d.schemaSummary));
    else
        m_schemaSummary->clear();
    m_fields->setVisible(d.payloadIsStruct);
    m_fields->setRowCount(int(d.fields.size()));
    for (int i = 0; i < d.fields.size(); ++i) {
        const topicview::PayloadField &f = d.fields[i];
        setRow(m_fields, i, { f.name, f.type, f.json, f.meaning });
    }
    const bool anyMeaning
        = std::any_of(d.fields.cbegin(), d.fields.cend(), [](const auto &f) { return !f.meaning.isEmpty(); });
    m_fields->setColumnHidden(3, !anyMeaning);
    m_fields->resizeColumnsToContents();
    m_fields->resizeRowsToContents();

    const bool internal = kind == topicview::TopicKind::ConnectConfigs
        || kind == topicview::TopicKind::ConnectOffsets || kind == topicview::TopicKind::ConnectStatus;
    setTabEnabled(3, internal);
    if (internal) {
        const topicview::RecordMeaning meaning = m_internal.describe(kind, m);
        m_meaningSummary->setText(meaning.summary);
        m_meaningDetails->setRowCount(int(meaning.details.size()));
        for (int i = 0; i < meaning.details.size(); ++i)
            setRow(m_meaningDetails, i, { meaning.details[i].first, meaning.details[i].second });
        m_meaningDetails->resizeColumnToContents(0);
        m_trace->setPlainText(meaning.trace);
        m_trace->setVisible(!meaning.trace.isEmpty());
    } else {
        m_meaningSummary->clear();
        m_meaningDetails->setRowCount(0);
        m_trace->clear();
    }

    const QList<QStringList> rows = {
        { tr("Topic"), m.topic },
        { tr("Partition"), QString::number(m.partition) },
        { tr("Offset"), QString::number(m.offset) },
        { tr("Timestamp"),
            m.timestampType == kafka::TimestampType::NotAvailable
                ? QStringLiteral("NO_TIMESTAMP")
                : QStringLiteral("%1 (%2:%3)")
                      .arg(QDateTime::fromMSecsSinceEpoch(m.timestamp).toString(Qt::ISODateWithMs),
                          kafka::timestampTypeName(m.timestampType))
                      .arg(m.timestamp) },
        { tr("Key"), topicview::MessageModel::displayText(m.key, 100000) },
        { tr("Value size"),
            m.value ? tr("%n byte(s)", nullptr, int(m.value->size())) : QStringLiteral("null") },
    };
    m_record->setRowCount(int(rows.size() + m.headers.size()));
    for (int i = 0; i < rows.size(); ++i)
        setRow(m_record, i, rows[i]);
    for (int i = 0; i < m.headers.size(); ++i) {
        const kafka::Header &h = m.headers[i];
        setRow(m_record, int(rows.size()) + i,
            { tr("Header %1").arg(h.name), h.value ? QString::fromUtf8(*h.value) : QStringLiteral("null") });
    }
    m_record->resizeColumnToContents(0);
    // Keep the tab the user chose unless it has nothing for this record.
    if (!isTabEnabled(currentIndex()))
        setCurrentIndex(0);
}

QString MessageDetail::rawText() const
{
    return m_raw->toPlainText();
}

QString MessageDetail::prettyText() const
{
    return m_pretty->toPlainText();
}

QString MessageDetail::schemaText() const
{
    return m_schema->toPlainText();
}

QString MessageDetail::payloadText() const
{
    return m_payload->toPlainText();
}

QString MessageDetail::meaningText() const
{
    return m_meaningSummary->text();
}

} // namespace cs::ui
