#include "topicview/internaltopics.h"

#include <QDateTime>

#include "topicview/jsontext.h"
#include "util/logsecrets.h"
#include "worker/internalrecords.h"

namespace cs::topicview {

namespace {

// {"a":1,"b":"x"} → "a=1, b=x" (the way Connect's REST offsets read).
QString mapText(const data::Value &value)
{
    if (value.kind() != data::Value::Kind::Map)
        return value.toString();
    QStringList parts;
    for (const auto &[k, v] : value.map())
        parts.append(k.toString() + u'=' + v.toString());
    return parts.join(QStringLiteral(", "));
}

const data::Value *member(const data::Value &map, QByteArrayView key)
{
    if (map.kind() != data::Value::Kind::Map)
        return nullptr;
    for (const auto &[k, v] : map.map()) {
        if (k.kind() == data::Value::Kind::String && k.stringUtf8() == key)
            return &v;
    }
    return nullptr;
}

} // namespace

TopicKind topicKindOf(const QString &topic)
{
    if (topic.startsWith(u"__"))
        return TopicKind::KafkaInternal;
    if (topic == u"connect-configs" || topic.endsWith(u"-connect-configs")
        || topic.endsWith(u"connect-config"))
        return TopicKind::ConnectConfigs;
    if (topic == u"connect-offsets" || topic.endsWith(u"-connect-offsets")
        || topic.endsWith(u"connect-offset"))
        return TopicKind::ConnectOffsets;
    if (topic == u"connect-status" || topic.endsWith(u"-connect-status")
        || topic.endsWith(u"connect-statuses"))
        return TopicKind::ConnectStatus;
    return TopicKind::Data;
}

InternalRecordDecoder::InternalRecordDecoder()
    : m_records(std::make_unique<worker::InternalRecords>())
{ }

InternalRecordDecoder::~InternalRecordDecoder() = default;

QByteArray InternalRecordDecoder::maskConfigSecrets(const QByteArray &value)
{
    return maskJsonSecrets(
        value, [](QByteArrayView key) { return util::isSecretConfigKey(QString::fromUtf8(key)); });
}

RecordMeaning InternalRecordDecoder::describe(TopicKind kind, const kafka::Message &message)
{
    switch (kind) {
    case TopicKind::ConnectConfigs:
        return describeConfig(message);
    case TopicKind::ConnectOffsets:
        return describeOffset(message);
    case TopicKind::ConnectStatus:
        return describeStatus(message);
    case TopicKind::KafkaInternal:
    case TopicKind::Data:
        break;
    }
    return {};
}

RecordMeaning InternalRecordDecoder::describeConfig(const kafka::Message &message)
{
    RecordMeaning m;
    const QByteArray key = message.key.value_or(QByteArray());
    std::optional<QByteArrayView> value;
    if (message.value)
        value = QByteArrayView(*message.value);
    data::Result<worker::ConfigRecord> decoded = m_records->decodeConfig(key, value);
    if (!decoded.ok()) {
        m.malformed = true;
        m.summary = decoded.error().toString();
        return m;
    }
    const worker::ConfigRecord &r = *decoded;
    switch (r.kind) {
    case worker::ConfigRecord::Kind::ConnectorConfig:
        if (r.tombstone) {
            m.summary = tr("Connector %1 deleted (tombstone of its config)").arg(r.connector);
            break;
        }
        m.summary = tr("Connector config of %1: %2, %n setting(s)", nullptr, int(r.config.size()))
                        .arg(r.connector, r.config.value(QStringLiteral("connector.class"), QString()));
        for (const auto &[k, v] : r.config.entries())
            m.details.append({ k, v ? util::maskedConfigValue(k, *v) : QStringLiteral("null") });
        break;
    case worker::ConfigRecord::Kind::TaskConfig:
        if (r.tombstone) {
            m.summary = tr("Task config %1-%2 removed (tombstone)").arg(r.connector).arg(r.task);
            break;
        }
        m.summary = tr("Task config of task %2 of %1, %n setting(s) (applies once commit-%1 follows)",
            nullptr, int(r.taskConfig.size()))
                        .arg(r.connector)
                        .arg(r.task);
        for (auto it = r.taskConfig.cbegin(); it != r.taskConfig.cend(); ++it)
            m.details.append({ it.key(), util::maskedConfigValue(it.key(), it.value()) });
        break;
    case worker::ConfigRecord::Kind::TargetState:
        if (r.tombstone)
            m.summary = tr("Target state of %1 removed (the connector was deleted)").arg(r.connector);
        else
            m.summary
                = tr("Target state of %1: %2").arg(r.connector, connect::targetStateName(r.targetState));
        break;
    case worker::ConfigRecord::Kind::Commit:
        if (r.tombstone)
            m.summary = tr("Commit record of %1 removed (tombstone)").arg(r.connector);
        else
            m.summary
                = tr("Commit of %1: its last %n task config(s) apply", nullptr, r.taskCount).arg(r.connector);
        break;
    case worker::ConfigRecord::Kind::Other: {
        const QString k = QString::fromUtf8(key);
        if (k == u"session-key")
            m.summary = tr("Session key (signs requests between the workers of the cluster)");
        else if (k.startsWith(u"restart-connector-"))
            m.summary = tr("Restart request for connector %1").arg(k.mid(18));
        else if (k.startsWith(u"tasks-fencing-"))
            m.summary = tr("Task fencing record of %1 (exactly-once source)").arg(k.mid(14));
        else if (k.startsWith(u"logger-cluster-"))
            m.summary = tr("Cluster-wide log level of %1").arg(k.mid(15));
        else
            m.summary = tr("Record %1 (not used by a single worker)").arg(k);
        break;
    }
    }
    return m;
}

RecordMeaning InternalRecordDecoder::describeOffset(const kafka::Message &message)
{
    RecordMeaning m;
    if (!message.key) {
        m.malformed = true;
        m.summary = tr("Offset record without a key");
        return m;
    }
    data::Result<std::pair<QString, data::Value>> key = m_records->decodeOffsetKey(*message.key);
    if (!key.ok()) {
        m.malformed = true;
        m.summary = key.error().toString();
        return m;
    }
    const auto &[connector, partition] = *key;
    // The JDBC source names its partition by table ({"protocol":"1","table":"..."}) or query.
    QString where;
    if (const data::Value *table = member(partition, "table"))
        where = tr("table %1").arg(table->toString());
    else if (member(partition, "query"))
        where = tr("its query");
    else if (const data::Value *file = member(partition, "filename"))
        where = tr("file %1").arg(file->toString());
    else
        where = mapText(partition);
    m.details.append({ tr("Connector"), connector });
    m.details.append({ tr("Source partition"), mapText(partition) });
    if (!message.value) {
        m.summary = tr("Source offset of %1 for %2 reset (tombstone)").arg(connector, where);
        return m;
    }
    data::Result<data::Value> offset = m_records->decodeJson(*message.value);
    if (!offset.ok()) {
        m.malformed = true;
        m.summary = tr("Source offset of %1 for %2 is not JSON: %3")
                        .arg(connector, where, offset.error().toString());
        return m;
    }
    m.summary = tr("Source offset of %1 for %2: %3").arg(connector, where, mapText(*offset));
    m.details.append({ tr("Source offset"), mapText(*offset) });
    return m;
}

RecordMeaning InternalRecordDecoder::describeStatus(const kafka::Message &message)
{
    RecordMeaning m;
    const QByteArray key = message.key.value_or(QByteArray());
    std::optional<QByteArrayView> value;
    if (message.value)
        value = QByteArrayView(*message.value);
    data::Result<worker::StatusRecord> decoded = m_records->decodeStatus(key, value);
    if (!decoded.ok()) {
        m.malformed = true;
        m.summary = decoded.error().toString();
        return m;
    }
    const worker::StatusRecord &r = *decoded;
    QString who;
    switch (r.kind) {
    case worker::StatusRecord::Kind::Connector:
        who = tr("Connector %1").arg(r.connector);
        break;
    case worker::StatusRecord::Kind::Task:
        who = tr("Task %2 of %1").arg(r.connector).arg(r.task);
        break;
    case worker::StatusRecord::Kind::Topic:
        if (r.tombstone) {
            m.summary = tr("Connector %1 no longer tracks topic %2 (tombstone)").arg(r.connector, r.topic);
        } else {
            m.summary = tr("Connector %1 uses topic %2 (task %3, since %4)")
                            .arg(r.connector, r.topic)
                            .arg(r.task)
                            .arg(QDateTime::fromMSecsSinceEpoch(r.discoverTimestamp).toString(Qt::ISODate));
        }
        return m;
    case worker::StatusRecord::Kind::Other:
        m.summary = tr("Record %1 (unknown to Kafka Connect)").arg(QString::fromUtf8(key));
        return m;
    }
    if (r.tombstone) {
        m.summary = tr("%1 was removed (DESTROYED, tombstone)").arg(who);
        return m;
    }
    m.summary = tr("%1 is %2 on worker %3 (generation %4)").arg(who, r.state, r.workerId).arg(r.generation);
    m.details.append({ tr("State"), r.state });
    m.details.append({ tr("Worker"), r.workerId });
    m.details.append({ tr("Generation"), QString::number(r.generation) });
    if (!r.trace.isEmpty()) {
        m.trace = r.trace;
        m.summary += u' ' + tr("with a trace: %1").arg(r.trace.section(u'\n', 0, 0));
    }
    return m;
}

} // namespace cs::topicview
