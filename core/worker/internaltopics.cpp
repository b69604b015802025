#include "worker/internaltopics.h"

#include <algorithm>
#include <future>

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

#include "kafka/admin.h"
#include "kafka/consumer.h"
#include "kafka/producer.h"

namespace cs::worker {

Q_LOGGING_CATEGORY(lcTopics, "org.apache.kafka.connect.storage.KafkaBasedLog")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::worker::InternalTopics", text);
}

// Journal streams are named by role, so renaming a storage topic keeps what was recorded.
QString journalStream(InternalTopics::Topic topic)
{
    return topic == InternalTopics::Topic::Configs ? QStringLiteral("configs") : QStringLiteral("offsets");
}

bool journaled(InternalTopics::Topic topic)
{
    return topic != InternalTopics::Topic::Status;
}

constexpr InternalTopics::Topic kAllTopics[]
    = { InternalTopics::Topic::Configs, InternalTopics::Topic::Offsets, InternalTopics::Topic::Status };

} // namespace

InternalTopics::InternalTopics() = default;

InternalTopics::~InternalTopics()
{
    close();
}

QString InternalTopics::topicName(Topic topic) const
{
    switch (topic) {
    case Topic::Configs:
        return m_settings.configTopic;
    case Topic::Offsets:
        return m_settings.offsetTopic;
    case Topic::Status:
        return m_settings.statusTopic;
    }
    return {};
}

bool InternalTopics::open(const Settings &settings, QString *error)
{
    close();
    m_settings = settings;
    m_republished = 0;
    for (QList<Record> &records : m_restored)
        records.clear();

    if (!m_settings.journalPath.isEmpty() && !m_journal.open(m_settings.journalPath)) {
        *error = m_journal.errorString();
        return false;
    }
    if (!ensureTopics(error))
        return false;
    m_producer = std::make_unique<kafka::Producer>(m_settings.client);
    if (!m_producer->open()) {
        *error = tr("Cannot write the internal topics at %1: %2")
                     .arg(m_settings.client.bootstrapServers, m_producer->errorString());
        m_producer.reset();
        return false;
    }
    for (Topic topic : kAllTopics) {
        if (!readToEnd(topic, error))
            return false;
    }
    m_admin.reset(); // only needed while opening
    return republishJournal(error);
}

void InternalTopics::close()
{
    if (m_producer) {
        m_producer->flush(m_settings.client.timeoutMs);
        m_producer.reset();
    }
    m_journal.close();
}

QList<InternalTopics::Record> InternalTopics::restored(Topic topic) const
{
    return m_restored[int(topic)];
}

bool InternalTopics::ensureTopics(QString *error)
{
    m_admin = std::make_unique<kafka::Admin>(m_settings.client);
    kafka::Admin &admin = *m_admin;
    if (!admin.open()) {
        *error = admin.errorString();
        return false;
    }
    m_kafkaClusterId = admin.clusterId();
    QString listError;
    const auto topics = admin.listTopics(false, &listError);
    if (!topics) {
        *error = listError;
        return false;
    }
    QHash<QString, int> existing;
    for (const kafka::TopicInfo &t : *topics)
        existing.insert(t.name, int(t.partitions.size()));

    const QList<QPair<QString, QString>> compact { { QStringLiteral("cleanup.policy"),
        QStringLiteral("compact") } };
    const QList<kafka::NewTopic> wanted {
        { m_settings.configTopic, 1, m_settings.replicationFactor, compact },
        { m_settings.offsetTopic, m_settings.offsetPartitions, m_settings.replicationFactor, compact },
        { m_settings.statusTopic, m_settings.statusPartitions, m_settings.replicationFactor, compact },
    };
    QList<kafka::NewTopic> missing;
    for (const kafka::NewTopic &t : wanted) {
        if (!existing.contains(t.name))
            missing.append(t);
    }
    if (!missing.isEmpty()) {
        QStringList warnings;
        QString createError;
        if (!admin.createTopics(missing, true, &createError, &warnings)) {
            *error = tr("Cannot create the internal topics: %1").arg(createError);
            return false;
        }
        for (const kafka::NewTopic &t : missing)
            qCInfo(lcTopics).noquote()
                << QStringLiteral("Created topic %1 with %2 partition(s)").arg(t.name).arg(t.partitions);
        // What the broker could not honour (the embedded broker does not compact): worth a line, not an
        // alarm.
        for (const QString &w : std::as_const(warnings))
            qCInfo(lcTopics).noquote() << w;
    } else if (const int n = existing.value(m_settings.configTopic); n != 1) {
        // Upstream's text (KafkaConfigBackingStore): a multi-partition config topic breaks ordering.
        *error = QStringLiteral(
            "Topic '%1' supplied via the 'config.storage.topic' property is required to have a single "
            "partition in order to guarantee consistency of connector configurations, but found %2 "
            "partitions.")
                     .arg(m_settings.configTopic)
                     .arg(n);
        return false;
    }
    return true;
}

bool InternalTopics::readToEnd(Topic topic, QString *error)
{
    // An empty topic (always, on a fresh embedded broker) needs no consumer: its watermarks say so.
    if (m_admin) {
        QString describeError;
        if (const auto info = m_admin->describeTopic(topicName(topic), true, &describeError)) {
            const bool empty = std::all_of(info->partitions.cbegin(), info->partitions.cend(),
                [](const kafka::PartitionInfo &p) { return p.high >= 0 && p.high == p.low; });
            if (empty)
                return true;
        }
    }
    kafka::Consumer consumer(m_settings.client);
    consumer.assign(topicName(topic), {}, kafka::StartPosition::beginning());
    consumer.setStopAtEnd(true);
    // The beginning is whatever the broker retains; there is no position to fall behind.
    consumer.setFailOnDataLoss(false);
    consumer.start();

    QHash<QByteArray, qsizetype> index;
    QList<Record> &out = m_restored[int(topic)];
    for (;;) {
        kafka::ConsumerBatch batch = consumer.take(m_settings.client.timeoutMs);
        for (kafka::Message &m : batch.messages) {
            if (!m.key)
                continue;
            const auto it = index.constFind(*m.key);
            if (it != index.cend()) {
                out[*it].value = std::move(m.value);
            } else {
                index.insert(*m.key, out.size());
                out.append({ *m.key, std::move(m.value) });
            }
        }
        for (const kafka::ConsumerError &e : std::as_const(batch.errors)) {
            if (e.kind != kafka::ConsumerError::Transient) {
                *error = tr("Cannot read the internal topic %1: %2").arg(topicName(topic), e.message);
                return false;
            }
        }
        if (batch.endReached || batch.finished)
            break;
    }
    out.removeIf([](const Record &r) { return !r.value.has_value(); });
    return true;
}

bool InternalTopics::republishJournal(QString *error)
{
    if (!m_journal.isOpen())
        return true;
    for (Topic topic : { Topic::Configs, Topic::Offsets }) {
        if (!m_restored[int(topic)].isEmpty())
            continue; // the broker kept them (an external cluster): it is the source of truth
        const QList<StateJournal::Record> records = m_journal.records(journalStream(topic));
        for (const StateJournal::Record &r : records) {
            kafka::Message m;
            m.topic = topicName(topic);
            m.key = r.key;
            m.value = r.value;
            std::promise<kafka::DeliveryReport> done;
            QString produceError;
            if (!m_producer->produce(
                    m, 0, [&done](const kafka::DeliveryReport &report) { done.set_value(report); },
                    &produceError)) {
                *error = tr("Cannot restore %1 from %2: %3")
                             .arg(topicName(topic), m_journal.path(), produceError);
                return false;
            }
            const kafka::DeliveryReport report = done.get_future().get();
            if (!report.ok()) {
                *error = tr("Cannot restore %1 from %2: %3")
                             .arg(topicName(topic), m_journal.path(), report.error);
                return false;
            }
            m_restored[int(topic)].append({ r.key, r.value });
            ++m_republished;
        }
    }
    return true;
}

bool InternalTopics::write(
    Topic topic, const QByteArray &key, const std::optional<QByteArray> &value, QString *error)
{
    if (!m_producer) {
        *error = tr("The internal topics are not open.");
        return false;
    }
    kafka::Message m;
    m.topic = topicName(topic);
    m.key = key;
    m.value = value;
    auto done = std::make_shared<std::promise<kafka::DeliveryReport>>();
    std::future<kafka::DeliveryReport> delivered = done->get_future();
    if (!m_producer->produce(
            m, 0, [done](const kafka::DeliveryReport &report) { done->set_value(report); }, error))
        return false;
    if (delivered.wait_for(std::chrono::milliseconds(m_settings.client.timeoutMs * 2))
        != std::future_status::ready) {
        *error = tr("Timed out writing to the internal topic %1 at %2")
                     .arg(m.topic, m_settings.client.bootstrapServers);
        return false;
    }
    const kafka::DeliveryReport report = delivered.get();
    if (!report.ok()) {
        *error = tr("Cannot write to the internal topic %1: %2").arg(m.topic, report.error);
        return false;
    }
    if (journaled(topic) && m_journal.isOpen() && !m_journal.append(journalStream(topic), key, value)) {
        *error = m_journal.errorString();
        return false;
    }
    return true;
}

void InternalTopics::post(Topic topic, const QByteArray &key, const std::optional<QByteArray> &value)
{
    if (!m_producer)
        return;
    QString error;
    if (!m_producer->produce(topicName(topic), key, value, &error))
        qCWarning(lcTopics).noquote()
            << tr("Cannot write to the internal topic %1: %2").arg(topicName(topic), error);
}

bool InternalTopics::flush(int timeoutMs)
{
    return !m_producer || m_producer->flush(timeoutMs);
}

} // namespace cs::worker

namespace cs::worker {

namespace {
const QString kSinkOffsets = QStringLiteral("sink-offsets");
}

bool InternalTopics::recordSinkOffsets(
    const QString &group, const QList<kafka::TopicPartitionOffset> &offsets, QString *error)
{
    if (!m_journal.isOpen())
        return true;
    for (const kafka::TopicPartitionOffset &o : offsets) {
        const QByteArray key
            = group.toUtf8() + '\n' + o.topic.toUtf8() + '\n' + QByteArray::number(o.partition);
        if (!m_journal.append(kSinkOffsets, key, QByteArray::number(o.offset))) {
            *error = m_journal.errorString();
            return false;
        }
    }
    return true;
}

QList<InternalTopics::SinkOffset> InternalTopics::journaledSinkOffsets() const
{
    QList<SinkOffset> out;
    for (const StateJournal::Record &r : m_journal.records(kSinkOffsets)) {
        const QList<QByteArray> parts = r.key.split('\n');
        if (parts.size() != 3 || !r.value)
            continue;
        out.append({ QString::fromUtf8(parts[0]),
            { QString::fromUtf8(parts[1]), parts[2].toInt(), r.value->toLongLong() } });
    }
    return out;
}

} // namespace cs::worker
