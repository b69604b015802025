#include "tables/tracepanel.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "endpoints.h"
#include "tables/databaseconnections.h"
#include "tables/tablepicker.h"

namespace cs::ui {

using cs::sqlbrowse::TraceResult;

namespace {

QString rowHtml(const cs::sqlbrowse::TracedRow &row)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (int i = 0; i < row.columns.size(); ++i) {
        const QVariant v = row.values.value(i);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(row.columns.at(i).toHtmlEscaped(),
                        v.isNull() ? QStringLiteral("<i>NULL</i>")
                                   : cs::sqlbrowse::displayText(v, 300).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString bytesText(const std::optional<QByteArray> &bytes)
{
    if (!bytes)
        return QStringLiteral("null");
    QString text = QString::fromUtf8(*bytes);
    if (text.size() > 2000)
        text = text.left(2000) + QStringLiteral("…");
    return text;
}

// The value's payload (pretty) when it is a JsonConverter envelope, else the text.
QString payloadText(const std::optional<QByteArray> &bytes)
{
    if (!bytes)
        return QStringLiteral("null");
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (doc.isObject() && doc.object().contains(QLatin1String("payload"))) {
        const QJsonValue payload = doc.object().value(QLatin1String("payload"));
        if (payload.isObject())
            return QString::fromUtf8(QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact));
    }
    return bytesText(bytes);
}

} // namespace

TracePanel::TracePanel(DatabaseConnections *connections, Endpoints *endpoints, QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_endpoints(endpoints)
    , m_source(new TablePicker(connections, this))
    , m_target(new TablePicker(connections, this))
    , m_keys(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_partition(new QSpinBox(this))
    , m_offset(new QLineEdit(this))
    , m_traceRow(new QPushButton(this))
    , m_traceRecord(new QPushButton(this))
    , m_sourceLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_keysLabel(new QLabel(this))
    , m_topicLabel(new QLabel(this))
    , m_partitionLabel(new QLabel(this))
    , m_offsetLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_sourceBox(new QGroupBox(this))
    , m_recordBox(new QGroupBox(this))
    , m_targetBox(new QGroupBox(this))
    , m_sourceRow(new QLabel(m_sourceBox))
    , m_record(new QLabel(m_recordBox))
    , m_targetRow(new QLabel(m_targetBox))
{
    m_traceRow->setProperty("primary", true);
    m_partition->setRange(0, 100000);
    m_offset->setText(QStringLiteral("0"));
    m_offset->setMaximumWidth(120);
    m_summary->setWordWrap(true);
    for (QLabel *l : { m_sourceRow, m_record, m_targetRow }) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        l->setTextFormat(Qt::RichText);
    }
    for (auto [box, label] : { std::pair { m_sourceBox, m_sourceRow }, std::pair { m_recordBox, m_record },
             std::pair { m_targetBox, m_targetRow } }) {
        auto *l = new QVBoxLayout(box);
        l->addWidget(label);
        l->addStretch(1);
    }

    auto *form = new QGridLayout;
    form->addWidget(m_sourceLabel, 0, 0);
    form->addWidget(m_source, 0, 1);
    form->addWidget(m_keysLabel, 0, 2);
    form->addWidget(m_keys, 0, 3);
    form->addWidget(m_traceRow, 0, 4);
    form->addWidget(m_topicLabel, 1, 0);
    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_topic, 1);
    recordRow->addWidget(m_partitionLabel);
    recordRow->addWidget(m_partition);
    form->addLayout(recordRow, 1, 1);
    form->addWidget(m_offsetLabel, 1, 2);
    form->addWidget(m_offset, 1, 3);
    form->addWidget(m_traceRecord, 1, 4);
    form->addWidget(m_targetLabel, 2, 0);
    form->addWidget(m_target, 2, 1);
    form->setColumnStretch(1, 1);

    auto *cards = new QHBoxLayout;
    cards->addWidget(m_sourceBox, 1);
    cards->addWidget(m_recordBox, 2);
    cards->addWidget(m_targetBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addLayout(cards);
    layout->addStretch(1);

    connect(m_traceRow, &QPushButton::clicked, this, [this] {
        QVariantList values;
        for (const QString &v : m_keys->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << v.trimmed();
        traceRow(values);
    });
    connect(m_traceRecord, &QPushButton::clicked, this, [this] {
        traceRecord(m_topic->text().trimmed(), m_partition->value(), m_offset->text().toLongLong());
    });
    connect(m_topic, &QLineEdit::textEdited, this, [this] { m_topicEdited = true; });
    // The lab's source connector writes table T to topic.prefix + T (CONNECT_ in the lab).
    connect(m_source, &TablePicker::changed, this, [this] {
        if (!m_topicEdited && !m_source->table().isEmpty())
            m_topic->setText(QStringLiteral("CONNECT_") + m_source->table().table);
    });
    retranslate();
}

TracePanel::~TracePanel()
{
    m_mailbox.close();
}

void TracePanel::setTopic(const QString &topic)
{
    m_topic->setText(topic);
    m_topicEdited = true;
}

QString TracePanel::topic() const
{
    return m_topic->text().trimmed();
}

void TracePanel::setKeyText(const QString &text)
{
    m_keys->setText(text);
}

bool TracePanel::makeSpec(cs::sqlbrowse::TraceSpec *spec)
{
    const int s = m_source->connection();
    if (s < 0 || m_source->table().isEmpty()) {
        m_summary->setText(tr("Pick the source table first."));
        return false;
    }
    spec->source = { m_connections->at(s).url, m_connections->at(s).props, m_source->table() };
    const int t = m_target->connection();
    if (t >= 0 && !m_target->table().isEmpty())
        spec->target = { m_connections->at(t).url, m_connections->at(t).props, m_target->table() };
    spec->topic = topic();
    const Endpoints::Target &current = m_endpoints->current();
    spec->kafka.bootstrapServers = current.bootstrapServers;
    for (auto it = current.kafkaConfig.cbegin(); it != current.kafkaConfig.cend(); ++it)
        spec->kafka.properties.append({ it.key().toUtf8(), it.value().toUtf8() });
    return true;
}

void TracePanel::traceRow(const QVariantList &keyValues)
{
    cs::sqlbrowse::TraceSpec spec;
    if (m_running || !makeSpec(&spec))
        return;
    if (spec.kafka.bootstrapServers.isEmpty()) {
        m_summary->setText(tr("No Kafka to read: start the lab's broker or pick a connection profile."));
        return;
    }
    QStringList shown;
    for (const QVariant &v : keyValues)
        shown << v.toString();
    m_keys->setText(shown.join(QStringLiteral(", ")));
    start();
    m_summary->setText(tr("Looking for %1 in %2…").arg(shown.join(QStringLiteral(", ")), spec.topic));
    cs::sqlbrowse::RowTrace::startFromSourceRow(
        spec, keyValues, m_mailbox, [this](const TraceResult &r) { show(r); });
}

void TracePanel::traceRecord(const QString &topicName, int partition, qint64 offset)
{
    setTopic(topicName);
    m_partition->setValue(partition);
    m_offset->setText(QString::number(offset));
    cs::sqlbrowse::TraceSpec spec;
    if (m_running || !makeSpec(&spec))
        return;
    start();
    m_summary->setText(tr("Reading %1, partition %2, offset %3…").arg(topicName).arg(partition).arg(offset));
    cs::sqlbrowse::RowTrace::startFromRecord(
        spec, partition, offset, m_mailbox, [this](const TraceResult &r) { show(r); });
}

void TracePanel::start()
{
    m_running = true;
    m_traceRow->setEnabled(false);
    m_traceRecord->setEnabled(false);
    m_sourceRow->clear();
    m_record->clear();
    m_targetRow->clear();
}

void TracePanel::show(const TraceResult &result)
{
    m_running = false;
    m_traceRow->setEnabled(true);
    m_traceRecord->setEnabled(true);
    m_result = result;
    QStringList summary;
    if (!result.error.isEmpty())
        summary << result.error;
    else
        summary << tr("%1 = %2: %n matching record(s) among %3 read, in %4 ms.", nullptr, result.matches)
                       .arg(result.keyColumns.join(QStringLiteral(", ")),
                           [&] {
                               QStringList v;
                               for (const QVariant &k : result.keyValues)
                                   v << k.toString();
                               return v.join(QStringLiteral(", "));
                           }())
                       .arg(result.scanned)
                       .arg(result.elapsedMs);
    summary += result.notes;
    m_summary->setText(summary.join(QLatin1Char(' ')));

    m_sourceRow->setText(result.sourceRow.found ? rowHtml(result.sourceRow) : tr("Not in the source table."));
    m_targetRow->setText(result.targetRow.found ? rowHtml(result.targetRow) : tr("Not in the target table."));
    if (result.record.found) {
        const auto &r = result.record;
        m_record->setText(
            QStringLiteral("<table cellspacing='0' cellpadding='2'>"
                           "<tr><td><b>%1</b></td><td>%2</td></tr>"
                           "<tr><td><b>%3</b></td><td>%4</td></tr>"
                           "<tr><td><b>%5</b></td><td>%6</td></tr>"
                           "<tr><td><b>%7</b></td><td>%8</td></tr>"
                           "<tr><td><b>%9</b></td><td>%10</td></tr>"
                           "<tr><td><b>%11</b></td><td><code>%12</code></td></tr></table>")
                .arg(tr("Partition"), QString::number(r.partition), tr("Offset"), QString::number(r.offset),
                    tr("Timestamp"),
                    r.timestamp >= 0 ? QDateTime::fromMSecsSinceEpoch(r.timestamp).toString(Qt::ISODateWithMs)
                                     : QStringLiteral("-"),
                    tr("Matched by"), r.matchedBy.toHtmlEscaped(), tr("Key"),
                    bytesText(r.key).toHtmlEscaped(), tr("Payload"), payloadText(r.value).toHtmlEscaped()));
        m_record->setToolTip(bytesText(r.value));
    } else {
        m_record->setText(tr("No record of this row on the topic."));
    }
    Q_EMIT finished();
}

void TracePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TracePanel::retranslate()
{
    m_sourceLabel->setText(tr("Source table"));
    m_targetLabel->setText(tr("Target table"));
    m_keysLabel->setText(tr("Key"));
    m_keys->setPlaceholderText(tr("primary key value(s), comma-separated"));
    m_topicLabel->setText(tr("Topic"));
    m_partitionLabel->setText(tr("Partition"));
    m_offsetLabel->setText(tr("Offset"));
    m_traceRow->setText(tr("Trace row"));
    m_traceRecord->setText(tr("Trace record"));
    m_sourceBox->setTitle(tr("Source row"));
    m_recordBox->setTitle(tr("Record on the topic"));
    m_targetBox->setTitle(tr("Target row"));
    if (!m_running && m_result.keyColumns.isEmpty() && m_result.error.isEmpty())
        m_summary->setText(
            tr("Select a row in a source table and press Trace row, or give a record's partition and "
               "offset and press Trace record."));
}

} // namespace cs::ui
