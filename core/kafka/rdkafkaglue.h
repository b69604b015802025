#pragma once

// Internal helpers shared by the librdkafka wrappers of core/kafka. Not part of the public API.

#include <librdkafka/rdkafka.h>
#include <memory>
#include <mutex>

#include <QLoggingCategory>
#include <QString>

#include "kafka/clientconfig.h"
#include "kafka/message.h"

namespace cs::kafka::detail {

Q_DECLARE_LOGGING_CATEGORY(lcKafka)

// Owns an rd_kafka_conf_t until it is handed to rd_kafka_new().
struct ConfDeleter
{
    void operator()(rd_kafka_conf_t *conf) const { rd_kafka_conf_destroy(conf); }
};
using ConfPtr = std::unique_ptr<rd_kafka_conf_t, ConfDeleter>;

// The last error librdkafka reported through its error callback (e.g. "Connect to ipv4#127.0.0.1:1
// failed: Connection refused"), written by librdkafka's threads, read by ours.
class LastError
{
public:
    void set(const QString &text)
    {
        std::lock_guard lock(m_mutex);
        m_text = text;
    }
    QString get() const
    {
        std::lock_guard lock(m_mutex);
        return m_text;
    }

private:
    mutable std::mutex m_mutex;
    QString m_text; // guarded by m_mutex
};

// What the conf opaque of every handle we create points to; must outlive the handle.
struct HandleContext
{
    LastError lastError;
    void *owner = nullptr; // the wrapper's private data, for its own callbacks
};

// Builds a configuration from `config` with the log callback routed to the "cs.kafka" category, the
// error callback into context->lastError, and context as the opaque. Returns null and sets *error
// when a property is rejected. `defaults` are set before config.properties, which may override them.
using Properties = QList<QPair<QByteArray, QByteArray>>;
ConfPtr makeConf(
    const ClientConfig &config, HandleContext *context, const Properties &defaults, QString *error);
// Routes librdkafka's log lines of handles made from conf to the "cs.kafka" category.
void routeLogs(rd_kafka_conf_t *conf);
bool setConf(rd_kafka_conf_t *conf, const char *name, const QByteArray &value, QString *error);

// Fastest good compression this librdkafka was built with: "zstd", else "lz4", else "none".
QByteArray bestCompression();

// librdkafka's own text for an error code (upstream text, not translated).
QString errorText(rd_kafka_resp_err_t err);

// Waits up to timeoutMs for a metadata answer. On failure returns false and an error message a
// person can act on: which bootstrap servers, how long we waited and what librdkafka saw.
// Call it before rd_kafka_poll_set_consumer(): it serves the main queue for the error callbacks.
bool checkReachable(rd_kafka_t *rk, const ClientConfig &config, const HandleContext *context, QString *error);

// The id of the cluster behind rk (waits up to timeoutMs for it); empty when the cluster gave none.
QString clusterId(rd_kafka_t *rk, int timeoutMs);

// True when the cluster behind rk is an embedded broker, of this or another Connect Studio process
// (isEmbeddedClusterId() of its id).
bool isMockCluster(rd_kafka_t *rk, int timeoutMs);

// The headers of a consumed or delivered message, in order.
QList<Header> headersOf(const rd_kafka_message_t *m);

} // namespace cs::kafka::detail
