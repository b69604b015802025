#pragma once

#include <optional>

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include "config/properties.h"
#include "connect/configdef.h"

namespace cs::config {

// One REST listener as written in `listeners` ("http://:8083", "HTTP://localhost:8084",
// "https://[::1]:8443"), parsed the way Kafka's RestServer does.
struct Listener
{
    QString text; // as written
    QString protocol; // "http" or "https" (lower case)
    QString host; // empty = every interface (Jetty's "default interface")
    int port = 0;

    // True when only this machine can connect: localhost or a loopback address.
    bool isLoopbackOnly() const;
    // The address to bind when `host` is empty or an IP literal (or "localhost"); std::nullopt when
    // `host` is a name that must be resolved first.
    std::optional<QHostAddress> bindAddress() const;

    // Parses one listener. Errors are upstream's texts: "Listener doesn't have the right format
    // (protocol://hostname:port)." and "Listener protocol must be either \"http\" or \"https\".".
    static std::optional<Listener> parse(const QString &text, QString *error);
};

// Where the REST API binds, after Connect Studio's safe default is applied.
struct RestBinding
{
    QList<Listener> listeners; // in the order written; never empty
    bool explicitListeners = false; // `listeners` was in the file
    // Some listener accepts connections from other machines. With the safe default this is always
    // false; when true the caller must log a warning (issue 3, item 8).
    bool reachableBeyondLoopback = false;

    const Listener &primary() const { return listeners.first(); }
};

struct WorkerConfigResult;

// The configuration of a distributed-mode worker: Kafka's WorkerConfig + DistributedConfig +
// RestServerConfig keys with their types, defaults and validators (spec §2.1). Holds the file's
// entries as written (originals(), unknown keys included: they go to the Kafka clients) and the
// parsed values of every defined key. An immutable value; safe to read from any thread.
class WorkerConfig
{
public:
    // Key names, so that callers do not scatter string literals.
    static constexpr auto kBootstrapServers = "bootstrap.servers";
    static constexpr auto kGroupId = "group.id";
    static constexpr auto kKeyConverter = "key.converter";
    static constexpr auto kValueConverter = "value.converter";
    static constexpr auto kHeaderConverter = "header.converter";
    static constexpr auto kOffsetStorageTopic = "offset.storage.topic";
    static constexpr auto kOffsetStoragePartitions = "offset.storage.partitions";
    static constexpr auto kOffsetStorageReplicationFactor = "offset.storage.replication.factor";
    static constexpr auto kConfigStorageTopic = "config.storage.topic";
    static constexpr auto kConfigStorageReplicationFactor = "config.storage.replication.factor";
    static constexpr auto kStatusStorageTopic = "status.storage.topic";
    static constexpr auto kStatusStoragePartitions = "status.storage.partitions";
    static constexpr auto kStatusStorageReplicationFactor = "status.storage.replication.factor";
    static constexpr auto kListeners = "listeners";
    static constexpr auto kRestAdvertisedHostName = "rest.advertised.host.name";
    static constexpr auto kRestAdvertisedPort = "rest.advertised.port";
    static constexpr auto kRestAdvertisedListener = "rest.advertised.listener";
    static constexpr auto kPluginPath = "plugin.path";
    static constexpr auto kOffsetFlushIntervalMs = "offset.flush.interval.ms";
    static constexpr auto kOffsetFlushTimeoutMs = "offset.flush.timeout.ms";
    static constexpr auto kTaskShutdownGracefulTimeoutMs = "task.shutdown.graceful.timeout.ms";
    static constexpr auto kTopicCreationEnable = "topic.creation.enable";
    static constexpr auto kTopicTrackingEnable = "topic.tracking.enable";
    static constexpr auto kTopicTrackingAllowReset = "topic.tracking.allow.reset";
    static constexpr auto kAccessControlAllowOrigin = "access.control.allow.origin";
    static constexpr auto kAccessControlAllowMethods = "access.control.allow.methods";

    // Connect Studio's safe default when `listeners` is absent (upstream's is "http://:8083", every
    // interface): only this machine can reach the API.
    static constexpr auto kSafeDefaultListener = "http://127.0.0.1:8083";

    // The definition of every key, on the ConfigDef that connector configs use too (upstream's
    // default for `listeners`; see restBinding()).
    static const cs::connect::ConfigDef &definition();

    // Parses and validates like Kafka's DistributedConfig constructor, but reports the first error
    // of every failing key instead of only the first one. `classes` decides whether a converter
    // class exists ("Class <x> could not be found."); without it any class name is accepted here
    // and the runtime checks it when it instantiates the converter. Listener texts are checked too.
    static WorkerConfigResult fromProperties(
        const Properties &props, const cs::connect::ClassResolver &classes = {});
    // Convenience: load a file (errors name the file and line) and parse it.
    static WorkerConfigResult fromFile(const QString &path, const cs::connect::ClassResolver &classes = {});

    const Properties &originals() const { return m_originals; }
    // Entries whose keys the definition does not know and no known prefix claims; Kafka logs
    // "The configuration '<k>' was supplied but isn't a known config." for them.
    QStringList unknownKeys() const;

    // Generic typed access to a defined key (parsed value or default).
    QVariant value(const QString &key) const { return m_values.value(key); }
    QString getString(const QString &key) const; // empty for null; a CLASS value's class name
    std::optional<QString> getOptionalString(const QString &key) const;
    int getInt(const QString &key) const { return m_values.value(key).toInt(); }
    qint16 getShort(const QString &key) const { return static_cast<qint16>(m_values.value(key).toInt()); }
    qint64 getLong(const QString &key) const { return m_values.value(key).toLongLong(); }
    bool getBoolean(const QString &key) const { return m_values.value(key).toBool(); }
    QStringList getList(const QString &key) const { return m_values.value(key).toStringList(); }

    // The keys of spec §2.1.
    QStringList bootstrapServers() const;
    QString groupId() const;
    QString keyConverterClass() const;
    QString valueConverterClass() const;
    QString headerConverterClass() const;
    // The converter's own settings: originals under "key.converter." etc. with the prefix removed,
    // e.g. key.converter.schemas.enable=false → {"schemas.enable": "false"}.
    Properties keyConverterConfig() const;
    Properties valueConverterConfig() const;
    Properties headerConverterConfig() const;
    // Settings for a client or internal topic: "producer.", "consumer.", "admin.",
    // "config.storage.", ... with the prefix removed.
    Properties originalsWithPrefix(const QString &prefix) const { return m_originals.withPrefix(prefix); }

    QString offsetStorageTopic() const;
    int offsetStoragePartitions() const;
    qint16 offsetStorageReplicationFactor() const;
    QString configStorageTopic() const;
    qint16 configStorageReplicationFactor() const;
    QString statusStorageTopic() const;
    int statusStoragePartitions() const;
    qint16 statusStorageReplicationFactor() const;

    std::optional<QStringList> pluginPath() const; // null when unset
    qint64 offsetFlushIntervalMs() const;
    qint64 offsetFlushTimeoutMs() const;
    qint64 taskShutdownGracefulTimeoutMs() const;
    bool topicCreationEnable() const;
    bool topicTrackingEnable() const;
    bool topicTrackingAllowReset() const;
    QString accessControlAllowOrigin() const;
    QString accessControlAllowMethods() const;
    int rebalanceTimeoutMs() const;

    // REST. listeners() is the parsed `listeners` key (upstream's default when absent);
    // restBinding() is what to bind: the file's listeners, or 127.0.0.1:8083 when there are none.
    QList<Listener> listeners() const { return m_listeners; }
    RestBinding restBinding() const;
    std::optional<QString> restAdvertisedHostName() const;
    std::optional<int> restAdvertisedPort() const;
    std::optional<QString> restAdvertisedListener() const;
    // RestServer.advertisedUrl(): scheme from rest.advertised.listener (else the listeners' first
    // protocol, else http); host from rest.advertised.host.name, else the bound listener's host,
    // else `fallbackHost` (the machine's address, as Jetty reports it); port from
    // rest.advertised.port, else `boundPort`. worker_id is "<host>:<port>" of this URL.
    QUrl advertisedUrl(quint16 boundPort, const QString &fallbackHost) const;
    QString workerId(quint16 boundPort, const QString &fallbackHost) const;

private:
    Properties m_originals;
    QHash<QString, QVariant> m_values;
    QList<Listener> m_listeners;
};

struct WorkerConfigResult
{
    std::optional<WorkerConfig> config;
    // Upstream texts in definition order; errors.first() is what Kafka's DistributedConfig throws.
    QStringList errors;

    bool ok() const { return errors.isEmpty(); }
};

} // namespace cs::config
