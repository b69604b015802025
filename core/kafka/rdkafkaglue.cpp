#include "kafka/rdkafkaglue.h"

#include <QCoreApplication>

#include "kafka/embeddedbroker.h"

namespace cs::kafka::detail {

// librdkafka's own log lines are details for whoever debugs: hidden unless
// QT_LOGGING_RULES="cs.kafka.info=true"; our wrappers report what matters as errors a person can act on.
Q_LOGGING_CATEGORY(lcKafka, "cs.kafka", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::kafka::Client", text);
}

void logCallback(const rd_kafka_t *rk, int level, const char *facility, const char *message)
{
    qCInfo(lcKafka, "%s [%d] %s: %s", rd_kafka_name(rk), level, facility, message);
}

void errorCallback(rd_kafka_t *, int err, const char *reason, void *opaque)
{
    auto *context = static_cast<HandleContext *>(opaque);
    if (context && err != RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN)
        context->lastError.set(QString::fromUtf8(reason));
}

} // namespace

void routeLogs(rd_kafka_conf_t *conf)
{
    rd_kafka_conf_set_log_cb(conf, logCallback);
}

bool setConf(rd_kafka_conf_t *conf, const char *name, const QByteArray &value, QString *error)
{
    char errstr[512];
    if (rd_kafka_conf_set(conf, name, value.constData(), errstr, sizeof errstr) == RD_KAFKA_CONF_OK)
        return true;
    if (error)
        *error = tr("Invalid Kafka client setting %1=%2: %3")
                     .arg(QString::fromUtf8(name), QString::fromUtf8(value), QString::fromUtf8(errstr));
    return false;
}

ConfPtr makeConf(
    const ClientConfig &config, HandleContext *context, const Properties &defaults, QString *error)
{
    ConfPtr conf(rd_kafka_conf_new());
    rd_kafka_conf_set_log_cb(conf.get(), logCallback);
    rd_kafka_conf_set_error_cb(conf.get(), errorCallback);
    rd_kafka_conf_set_opaque(conf.get(), context);
    if (config.bootstrapServers.trimmed().isEmpty()) {
        if (error)
            *error = tr("No Kafka bootstrap servers given.");
        return {};
    }
    const QByteArray timeout = QByteArray::number(qMax(config.timeoutMs, 100));
    if (!setConf(conf.get(), "bootstrap.servers", config.bootstrapServers.toUtf8(), error)
        || !setConf(conf.get(), "client.id", config.clientId.toUtf8(), error)
        || !setConf(conf.get(), "socket.connection.setup.timeout.ms", timeout, error)
        || !setConf(conf.get(), "log.connection.close", "false", error))
        return {};
    for (const auto &[name, value] : defaults) {
        if (!setConf(conf.get(), name.constData(), value, error))
            return {};
    }
    for (const auto &[name, value] : config.properties) {
        if (!setConf(conf.get(), name.constData(), value, error))
            return {};
    }
    return conf;
}

QByteArray bestCompression()
{
    static const QByteArray best = [] {
        ConfPtr conf(rd_kafka_conf_new());
        char features[512] = {};
        size_t size = sizeof features;
        rd_kafka_conf_get(conf.get(), "builtin.features", features, &size);
        const QList<QByteArray> list = QByteArray(features).split(',');
        if (list.contains("zstd"))
            return QByteArray("zstd");
        if (list.contains("lz4"))
            return QByteArray("lz4");
        return QByteArray("none");
    }();
    return best;
}

QString errorText(rd_kafka_resp_err_t err)
{
    return QString::fromUtf8(rd_kafka_err2str(err));
}

bool checkReachable(rd_kafka_t *rk, const ClientConfig &config, const HandleContext *context, QString *error)
{
    const struct rd_kafka_metadata *metadata = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 0, nullptr, &metadata, qMax(config.timeoutMs, 100));
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_metadata_destroy(metadata);
        return true;
    }
    if (error) {
        rd_kafka_poll(rk, 0); // serves the queued error callbacks that say why
        QString detail = context ? context->lastError.get() : QString();
        if (detail.isEmpty())
            detail = errorText(err);
        *error = tr("Kafka at %1 did not answer within %2 ms: %3")
                     .arg(config.bootstrapServers)
                     .arg(config.timeoutMs)
                     .arg(detail);
    }
    return false;
}

QString clusterId(rd_kafka_t *rk, int timeoutMs)
{
    char *id = rd_kafka_clusterid(rk, timeoutMs);
    if (!id)
        return {};
    const QString text = QString::fromUtf8(id);
    rd_kafka_mem_free(rk, id);
    return text;
}

bool isMockCluster(rd_kafka_t *rk, int timeoutMs)
{
    return isEmbeddedClusterId(clusterId(rk, timeoutMs));
}

QList<Header> headersOf(const rd_kafka_message_t *m)
{
    QList<Header> result;
    rd_kafka_headers_t *headers = nullptr;
    // Delivery reports hand out the message as const; reading its headers does not change it.
    if (rd_kafka_message_headers(const_cast<rd_kafka_message_t *>(m), &headers) != RD_KAFKA_RESP_ERR_NO_ERROR
        || !headers)
        return result;
    const char *name = nullptr;
    const void *value = nullptr;
    size_t size = 0;
    for (size_t i = 0;
         rd_kafka_header_get_all(headers, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR; ++i) {
        Header h;
        h.name = QString::fromUtf8(name);
        if (value)
            h.value = QByteArray(static_cast<const char *>(value), qsizetype(size));
        result.append(std::move(h));
    }
    return result;
}

} // namespace cs::kafka::detail
