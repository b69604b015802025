#include "worker/groupoffsets.h"

#include <QCoreApplication>

#include "kafka/admin.h"
#include "kafka/rdkafkaglue.h"

namespace cs::worker {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::worker::GroupOffsets", text);
}

struct HandleDeleter
{
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};
struct ListDeleter
{
    void operator()(rd_kafka_topic_partition_list_t *list) const
    {
        rd_kafka_topic_partition_list_destroy(list);
    }
};

} // namespace

bool GroupOffsets::commit(const kafka::ClientConfig &config, const QString &group,
    const QList<kafka::TopicPartitionOffset> &offsets, QString *error)
{
    if (offsets.isEmpty())
        return true;
    kafka::detail::HandleContext context;
    kafka::detail::ConfPtr conf = kafka::detail::makeConf(
        config, &context, { { "group.id", group.toUtf8() }, { "enable.auto.commit", "false" } }, error);
    if (!conf)
        return false;
    char errstr[512];
    std::unique_ptr<rd_kafka_t, HandleDeleter> rk(
        rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), errstr, sizeof errstr));
    if (!rk) {
        *error = tr("Cannot create a Kafka consumer: %1").arg(QString::fromUtf8(errstr));
        return false;
    }
    conf.release();
    if (!kafka::detail::checkReachable(rk.get(), config, &context, error))
        return false;
    std::unique_ptr<rd_kafka_topic_partition_list_t, ListDeleter> list(
        rd_kafka_topic_partition_list_new(int(offsets.size())));
    for (const kafka::TopicPartitionOffset &o : offsets)
        rd_kafka_topic_partition_list_add(list.get(), o.topic.toUtf8().constData(), o.partition)->offset
            = o.offset;
    // A synchronous commit; the client never subscribed, so it commits as a simple consumer.
    rd_kafka_resp_err_t err = rd_kafka_commit(rk.get(), list.get(), 0);
    for (int i = 0; !err && i < list->cnt; ++i)
        err = list->elems[i].err;
    rd_kafka_consumer_close(rk.get());
    if (err) {
        *error = tr("Cannot commit offsets of group %1: %2").arg(group, kafka::detail::errorText(err));
        return false;
    }
    return true;
}

std::optional<QList<kafka::TopicPartitionOffset>> GroupOffsets::logStarts(
    const kafka::ClientConfig &config, const QStringList &topics, QString *error)
{
    kafka::Admin admin(config);
    if (!admin.open()) {
        *error = admin.errorString();
        return std::nullopt;
    }
    QList<kafka::TopicPartitionOffset> out;
    for (const QString &topic : topics) {
        const std::optional<kafka::TopicInfo> info = admin.describeTopic(topic, true, error);
        if (!info)
            return std::nullopt;
        for (const kafka::PartitionInfo &p : info->partitions)
            out.append({ topic, p.id, p.low < 0 ? 0 : p.low });
    }
    return out;
}

} // namespace cs::worker
