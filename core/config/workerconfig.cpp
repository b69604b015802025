#include "config/workerconfig.h"

#include <limits>

#include <QCoreApplication>
#include <QRegularExpression>

namespace cs::config {

namespace {

using cs::connect::ConfigDef;
using cs::connect::ConfigKey;
using cs::connect::ConfigType;
using cs::connect::Importance;
using cs::connect::invalidValueMessage;
using cs::connect::Validator;
using ValidatorPtr = std::shared_ptr<const Validator>;

// TopicCreationConfig's validators, shared by the storage-topic keys.
ValidatorPtr partitionsValidator()
{
    return Validator::lambda(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            const int n = value.toInt();
            if (n != -1 && n < 1)
                return invalidValueMessage(name, value,
                    QStringLiteral(
                        "Number of partitions must be positive, or -1 to use the broker's default"));
            return std::nullopt;
        },
        QStringLiteral("Positive number, or -1 to use the broker's default"));
}

ValidatorPtr replicationFactorValidator()
{
    return Validator::lambda(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            const int n = value.toInt();
            if (n != -1 && n < 1)
                return invalidValueMessage(name, value,
                    QStringLiteral(
                        "Replication factor must be positive and not larger than the number of brokers in "
                        "the Kafka cluster, or -1 to use the broker's default"));
            return std::nullopt;
        },
        QStringLiteral(
            "Positive number not larger than the number of brokers in the Kafka cluster, or -1 to use "
            "the broker's default"));
}

// RestServerConfig.ListenersValidator.
ValidatorPtr listenersValidator()
{
    return Validator::lambda(
        [](const QString &, const QVariant &value) -> std::optional<QString> {
            const QStringList items = value.toStringList();
            if (items.isEmpty())
                return QStringLiteral("Invalid value for listeners, at least one URL is expected, ex: "
                                      "http://localhost:8080,https://localhost:8443.");
            for (const QString &item : items) {
                if (item.trimmed().isEmpty())
                    return QStringLiteral("Empty URL found when parsing listeners list.");
            }
            return std::nullopt;
        },
        QStringLiteral("List of comma-separated URLs, ex: http://localhost:8080,https://localhost:8443."));
}

// DistributedConfig's connect.protocol check (ConnectProtocolCompatibility, case-insensitive).
ValidatorPtr connectProtocolValidator()
{
    return Validator::lambda(
        [](const QString &name, const QVariant &value) -> std::optional<QString> {
            static const QStringList known { QStringLiteral("EAGER"), QStringLiteral("COMPATIBLE"),
                QStringLiteral("SESSIONED") };
            if (!value.isValid() || !known.contains(value.toString().toUpper()))
                return invalidValueMessage(
                    name, value, QStringLiteral("Invalid Connect protocol compatibility"));
            return std::nullopt;
        },
        QStringLiteral("[eager, compatible, sessioned]"));
}

ConfigDef buildDefinition()
{
    using T = ConfigType;
    using I = Importance;
    const QVariant null;
    const auto list = [](std::initializer_list<QString> items) { return QVariant(QStringList(items)); };
    const auto i64 = [](qint64 v) { return QVariant::fromValue(v); };
    const auto i16 = [](qint16 v) { return QVariant::fromValue(v); };
    const auto in
        = [](std::initializer_list<QString> items) { return Validator::validString(QStringList(items)); };
    const auto inAnyCase = [](std::initializer_list<QString> items) {
        return Validator::caseInsensitiveValidString(QStringList(items));
    };
    constexpr double intMax = std::numeric_limits<int>::max();

    ConfigDef d;
    const auto def = [&d](const QString &name, ConfigType type, std::optional<QVariant> defaultValue,
                         ValidatorPtr validator, Importance importance, const QString &doc) {
        ConfigKey key;
        key.name = name;
        key.type = type;
        key.defaultValue = std::move(defaultValue);
        key.validator = std::move(validator);
        key.importance = importance;
        key.documentation = doc;
        d.define(std::move(key));
    };
    // WorkerConfig.baseConfigDef(), in upstream's order: the first error Kafka throws is the first
    // failing key in this order.
    def(QStringLiteral("bootstrap.servers"), T::List, list({ QStringLiteral("localhost:9092") }), {}, I::High,
        QStringLiteral("Kafka brokers to connect to first, as host1:port1,host2:port2."));
    def(QStringLiteral("client.dns.lookup"), T::String, QStringLiteral("use_all_dns_ips"),
        in({ QStringLiteral("use_all_dns_ips"), QStringLiteral("resolve_canonical_bootstrap_servers_only") }),
        I::Medium, QStringLiteral("How the Kafka clients use DNS lookups."));
    def(QStringLiteral("key.converter"), T::Class, std::nullopt, {}, I::High,
        QStringLiteral("Converter class for record keys, e.g. org.apache.kafka.connect.json.JsonConverter. "
                       "Its settings use the prefix key.converter."));
    def(QStringLiteral("value.converter"), T::Class, std::nullopt, {}, I::High,
        QStringLiteral("Converter class for record values. Its settings use the prefix value.converter."));
    def(QStringLiteral("header.converter"), T::Class,
        QStringLiteral("org.apache.kafka.connect.storage.SimpleHeaderConverter"), {}, I::Low,
        QStringLiteral("HeaderConverter class for record headers."));
    def(QStringLiteral("task.shutdown.graceful.timeout.ms"), T::Long, i64(5000), {}, I::Low,
        QStringLiteral("Total time to wait for tasks to stop gracefully."));
    def(QStringLiteral("offset.flush.interval.ms"), T::Long, i64(60000), {}, I::Low,
        QStringLiteral("Interval at which task offsets are committed."));
    def(QStringLiteral("offset.flush.timeout.ms"), T::Long, i64(5000), {}, I::Low,
        QStringLiteral("Maximum time to wait for records to flush and offsets to be committed."));
    def(QStringLiteral("plugin.path"), T::List, null, {}, I::Low,
        QStringLiteral("Comma-separated folders that contain connector plugins."));
    def(QStringLiteral("plugin.discovery"), T::String, QStringLiteral("hybrid_warn"),
        inAnyCase({ QStringLiteral("only_scan"), QStringLiteral("hybrid_warn"), QStringLiteral("hybrid_fail"),
            QStringLiteral("service_load") }),
        I::Low, QStringLiteral("How plugins are discovered."));
    def(QStringLiteral("metrics.sample.window.ms"), T::Long, i64(30000), Validator::atLeast(0), I::Low,
        QStringLiteral("The window of time a metrics sample is computed over."));
    def(QStringLiteral("metrics.num.samples"), T::Int, 2, Validator::atLeast(1), I::Low,
        QStringLiteral("The number of samples maintained to compute metrics."));
    def(QStringLiteral("metrics.recording.level"), T::String, QStringLiteral("INFO"),
        in({ QStringLiteral("INFO"), QStringLiteral("DEBUG"), QStringLiteral("TRACE") }), I::Low,
        QStringLiteral("The highest recording level for metrics."));
    def(QStringLiteral("metric.reporters"), T::List, list({}), {}, I::Low,
        QStringLiteral("Classes to use as metrics reporters."));
    def(QStringLiteral("config.providers"), T::List, list({}), {}, I::Low,
        QStringLiteral("Names of ConfigProvider instances for ${provider:path:key} references."));
    def(QStringLiteral("connector.client.config.override.policy"), T::String, QStringLiteral("All"), {},
        I::Medium, QStringLiteral("Which client settings connectors may override (None, Principal, All)."));
    def(QStringLiteral("topic.tracking.enable"), T::Boolean, true, {}, I::Low,
        QStringLiteral("Track the set of active topics per connector."));
    def(QStringLiteral("topic.tracking.allow.reset"), T::Boolean, true, {}, I::Low,
        QStringLiteral("Allow resetting a connector's set of active topics over REST."));
    def(QStringLiteral("topic.creation.enable"), T::Boolean, true, {}, I::Low,
        QStringLiteral("Let source connectors create their topics with topic.creation.* settings."));
    def(QStringLiteral("response.http.headers.config"), T::String, QString(), {}, I::Low,
        QStringLiteral("Rules for REST API HTTP response headers."));

    // RestServerConfig.addPublicConfig().
    def(QStringLiteral("listeners"), T::List, list({ QStringLiteral("http://:8083") }), listenersValidator(),
        I::Low,
        QStringLiteral(
            "Comma-separated URLs the REST API listens on, e.g. HTTP://myhost:8083,HTTPS://myhost:8084. "
            "Connect Studio binds 127.0.0.1:8083 when this key is absent."));
    def(QStringLiteral("rest.advertised.host.name"), T::String, null, {}, I::Low,
        QStringLiteral("Host name given out to other workers and used in worker_id."));
    def(QStringLiteral("rest.advertised.port"), T::Int, null, {}, I::Low,
        QStringLiteral("Port given out to other workers and used in worker_id."));
    def(QStringLiteral("rest.advertised.listener"), T::String, null, {}, I::Low,
        QStringLiteral("Protocol (http or https) given out to other workers."));
    def(QStringLiteral("access.control.allow.origin"), T::String, QString(), {}, I::Low,
        QStringLiteral("Value of the Access-Control-Allow-Origin header; empty disables CORS."));
    def(QStringLiteral("access.control.allow.methods"), T::String, QString(), {}, I::Low,
        QStringLiteral("Value of the Access-Control-Allow-Methods header for CORS."));
    def(QStringLiteral("ssl.client.auth"), T::String, QStringLiteral("none"),
        in({ QStringLiteral("required"), QStringLiteral("requested"), QStringLiteral("none") }), I::Low,
        QStringLiteral("Client authentication on HTTPS listeners."));
    def(QStringLiteral("rest.extension.classes"), T::List, list({}), {}, I::Low,
        QStringLiteral("ConnectRestExtension classes."));
    def(QStringLiteral("admin.listeners"), T::List, null, {}, I::Low,
        QStringLiteral("Listeners of the admin endpoints; unset = the regular listeners, empty = disabled."));

    // DistributedConfig.
    def(QStringLiteral("group.id"), T::String, std::nullopt, {}, I::High,
        QStringLiteral(
            "The Connect cluster this worker belongs to. Must not clash with consumer group names."));
    def(QStringLiteral("session.timeout.ms"), T::Int, 10000, {}, I::High,
        QStringLiteral("Timeout used to detect worker failures."));
    def(QStringLiteral("rebalance.timeout.ms"), T::Int, 60000, {}, I::High,
        QStringLiteral("Maximum time a worker may take to rejoin during a rebalance."));
    def(QStringLiteral("heartbeat.interval.ms"), T::Int, 3000, {}, I::High,
        QStringLiteral("Expected time between heartbeats to the group coordinator."));
    def(QStringLiteral("exactly.once.source.support"), T::String, QStringLiteral("disabled"),
        inAnyCase({ QStringLiteral("disabled"), QStringLiteral("preparing"), QStringLiteral("enabled") }),
        I::High, QStringLiteral("Exactly-once support for source connectors."));
    def(QStringLiteral("metadata.max.age.ms"), T::Long, i64(300000), Validator::atLeast(0), I::Low,
        QStringLiteral("Period after which client metadata is refreshed."));
    def(QStringLiteral("client.id"), T::String, QString(), {}, I::Low,
        QStringLiteral("Id string passed to the brokers with requests."));
    def(QStringLiteral("send.buffer.bytes"), T::Int, 128 * 1024, Validator::atLeast(-1), I::Medium,
        QStringLiteral("TCP send buffer size; -1 = OS default."));
    def(QStringLiteral("receive.buffer.bytes"), T::Int, 32 * 1024, Validator::atLeast(-1), I::Medium,
        QStringLiteral("TCP receive buffer size; -1 = OS default."));
    def(QStringLiteral("reconnect.backoff.ms"), T::Long, i64(50), Validator::atLeast(0), I::Low,
        QStringLiteral("Base wait before reconnecting to a broker."));
    def(QStringLiteral("reconnect.backoff.max.ms"), T::Long, i64(1000), Validator::atLeast(0), I::Low,
        QStringLiteral("Maximum wait before reconnecting to a broker."));
    def(QStringLiteral("retry.backoff.ms"), T::Long, i64(100), Validator::atLeast(0), I::Low,
        QStringLiteral("Wait before retrying a failed request."));
    def(QStringLiteral("request.timeout.ms"), T::Int, 40000, Validator::atLeast(0), I::Medium,
        QStringLiteral("Maximum wait for a response to a request."));
    def(QStringLiteral("connections.max.idle.ms"), T::Long, i64(540000), {}, I::Medium,
        QStringLiteral("Idle connections are closed after this long."));
    def(QStringLiteral("security.protocol"), T::String, QStringLiteral("PLAINTEXT"),
        inAnyCase({ QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"), QStringLiteral("SASL_PLAINTEXT"),
            QStringLiteral("SASL_SSL") }),
        I::Medium, QStringLiteral("Protocol used to talk to brokers."));
    def(QStringLiteral("worker.sync.timeout.ms"), T::Int, 3000, {}, I::Medium,
        QStringLiteral("How long an out-of-sync worker waits to catch up before leaving the group."));
    def(QStringLiteral("worker.unsync.backoff.ms"), T::Int, 300000, {}, I::Medium,
        QStringLiteral("How long an out-of-sync worker stays out of the group."));
    def(QStringLiteral("offset.storage.topic"), T::String, std::nullopt, {}, I::High,
        QStringLiteral("Topic where connector offsets are stored."));
    def(QStringLiteral("offset.storage.partitions"), T::Int, 25, partitionsValidator(), I::Low,
        QStringLiteral("Partitions of the offset storage topic when it is created."));
    def(QStringLiteral("offset.storage.replication.factor"), T::Short, i16(3), replicationFactorValidator(),
        I::Low, QStringLiteral("Replication factor of the offset storage topic when it is created."));
    def(QStringLiteral("config.storage.topic"), T::String, std::nullopt, {}, I::High,
        QStringLiteral("Topic where connector configurations are stored. Always one partition."));
    def(QStringLiteral("config.storage.replication.factor"), T::Short, i16(3), replicationFactorValidator(),
        I::Low, QStringLiteral("Replication factor of the config storage topic when it is created."));
    def(QStringLiteral("status.storage.topic"), T::String, std::nullopt, {}, I::High,
        QStringLiteral("Topic where connector and task statuses are stored."));
    def(QStringLiteral("status.storage.partitions"), T::Int, 5, partitionsValidator(), I::Low,
        QStringLiteral("Partitions of the status storage topic when it is created."));
    def(QStringLiteral("status.storage.replication.factor"), T::Short, i16(3), replicationFactorValidator(),
        I::Low, QStringLiteral("Replication factor of the status storage topic when it is created."));
    def(QStringLiteral("connect.protocol"), T::String, QStringLiteral("sessioned"),
        connectProtocolValidator(), I::Low,
        QStringLiteral("Compatibility mode of the Connect group protocol."));
    def(QStringLiteral("scheduled.rebalance.max.delay.ms"), T::Int, 300000, Validator::between(0, intMax),
        I::Low, QStringLiteral("How long to wait for departed workers before reassigning their work."));
    def(QStringLiteral("inter.worker.key.ttl.ms"), T::Int, 3600000, Validator::between(0, intMax), I::Low,
        QStringLiteral("Lifetime of the session keys that sign internal requests."));
    def(QStringLiteral("inter.worker.key.generation.algorithm"), T::String, QStringLiteral("HmacSHA256"), {},
        I::Low, QStringLiteral("Algorithm that generates internal request keys."));
    def(QStringLiteral("inter.worker.key.size"), T::Int, null, {}, I::Low,
        QStringLiteral("Size in bits of internal request keys; null = the algorithm's default."));
    def(QStringLiteral("inter.worker.signature.algorithm"), T::String, QStringLiteral("HmacSHA256"), {},
        I::Low, QStringLiteral("Algorithm that signs internal requests."));
    def(QStringLiteral("inter.worker.verification.algorithms"), T::List,
        list({ QStringLiteral("HmacSHA256") }), {}, I::Low,
        QStringLiteral("Algorithms accepted when verifying internal requests."));
    return d;
}

// Prefixes under which keys belong to someone else (clients, converters, storage topics, ...):
// such keys are passed on, not reported as unknown.
const QStringList &claimedPrefixes()
{
    static const QStringList prefixes { QStringLiteral("key.converter."), QStringLiteral("value.converter."),
        QStringLiteral("header.converter."), QStringLiteral("producer."), QStringLiteral("consumer."),
        QStringLiteral("admin."), QStringLiteral("config.storage."), QStringLiteral("offset.storage."),
        QStringLiteral("status.storage."), QStringLiteral("listeners.https."),
        QStringLiteral("admin.listeners.https."), QStringLiteral("config.providers."),
        QStringLiteral("metric.reporters.") };
    return prefixes;
}

} // namespace

bool Listener::isLoopbackOnly() const
{
    if (host.isEmpty())
        return false; // every interface
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0
        || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QHostAddress> Listener::bindAddress() const
{
    if (host.isEmpty())
        return QHostAddress(QHostAddress::Any);
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    const QHostAddress address(host);
    if (address.isNull())
        return std::nullopt;
    return address;
}

std::optional<Listener> Listener::parse(const QString &text, QString *error)
{
    // RestServer.LISTENER_PATTERN, matched against the whole text.
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)://\\[?([0-9a-zA-Z\\-%._:]*)\\]?:(-?[0-9]+)$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        *error = QStringLiteral("Listener doesn't have the right format (protocol://hostname:port).");
        return std::nullopt;
    }
    Listener l;
    l.text = text;
    l.protocol = m.captured(1).toLower();
    if (l.protocol != u"http" && l.protocol != u"https") {
        *error = QStringLiteral("Listener protocol must be either \"http\" or \"https\".");
        return std::nullopt;
    }
    l.host = m.captured(2);
    bool ok = false;
    l.port = m.captured(3).toInt(&ok);
    if (!ok || l.port < 0 || l.port > 65535) {
        *error = QCoreApplication::translate(
            "cs::config::WorkerConfig", "Listener port out of range (0-65535): %1")
                     .arg(text);
        return std::nullopt;
    }
    return l;
}

const cs::connect::ConfigDef &WorkerConfig::definition()
{
    static const ConfigDef def = buildDefinition();
    return def;
}

WorkerConfigResult WorkerConfig::fromProperties(
    const Properties &props, const cs::connect::ClassResolver &classes)
{
    cs::connect::ConfigMap map;
    for (const auto &[key, value] : props.entries())
        map.insert(key, value);
    const cs::connect::ConfigValueMap validated = definition().validateAll(map, classes);

    WorkerConfigResult result;
    WorkerConfig config;
    config.m_originals = props;
    for (const ConfigKey &key : definition().keys()) {
        const cs::connect::ConfigValue value = validated.value(key.name);
        // ConfigDef.parse stops at a key's first problem (a parse error comes before its validator).
        if (!value.errorMessages.isEmpty())
            result.errors.append(value.errorMessages.first());
        config.m_values.insert(key.name, value.value);
    }
    // RestServer parses the listeners when it is created, right after the config: same errors,
    // reported together with the others.
    for (const QString &text : config.getList(QString::fromLatin1(kListeners))) {
        if (text.trimmed().isEmpty())
            continue; // already reported by the validator
        QString error;
        if (auto l = Listener::parse(text, &error))
            config.m_listeners.append(*l);
        else if (!result.errors.contains(error))
            result.errors.append(error);
    }
    result.config = std::move(config);
    return result;
}

WorkerConfigResult WorkerConfig::fromFile(const QString &path, const cs::connect::ClassResolver &classes)
{
    const PropertiesResult loaded = Properties::load(path);
    if (!loaded.ok()) {
        WorkerConfigResult result;
        result.errors.append(loaded.error->toString());
        return result;
    }
    return fromProperties(loaded.properties, classes);
}

QStringList WorkerConfig::unknownKeys() const
{
    QStringList out;
    for (const auto &[key, value] : m_originals.entries()) {
        if (definition().contains(key))
            continue;
        bool claimed = false;
        for (const QString &prefix : claimedPrefixes()) {
            if (key.startsWith(prefix)) {
                claimed = true;
                break;
            }
        }
        if (!claimed)
            out.append(key);
    }
    return out;
}

QString WorkerConfig::getString(const QString &key) const
{
    const QVariant v = m_values.value(key);
    if (v.typeId() == qMetaTypeId<cs::connect::ClassName>())
        return v.value<cs::connect::ClassName>().name;
    return v.toString();
}

std::optional<QString> WorkerConfig::getOptionalString(const QString &key) const
{
    if (!m_values.value(key).isValid())
        return std::nullopt;
    return getString(key);
}

QStringList WorkerConfig::bootstrapServers() const
{
    return getList(QString::fromLatin1(kBootstrapServers));
}

QString WorkerConfig::groupId() const
{
    return getString(QString::fromLatin1(kGroupId));
}

QString WorkerConfig::keyConverterClass() const
{
    return getString(QString::fromLatin1(kKeyConverter));
}

QString WorkerConfig::valueConverterClass() const
{
    return getString(QString::fromLatin1(kValueConverter));
}

QString WorkerConfig::headerConverterClass() const
{
    return getString(QString::fromLatin1(kHeaderConverter));
}

Properties WorkerConfig::keyConverterConfig() const
{
    return m_originals.withPrefix(u"key.converter.");
}

Properties WorkerConfig::valueConverterConfig() const
{
    return m_originals.withPrefix(u"value.converter.");
}

Properties WorkerConfig::headerConverterConfig() const
{
    return m_originals.withPrefix(u"header.converter.");
}

QString WorkerConfig::offsetStorageTopic() const
{
    return getString(QString::fromLatin1(kOffsetStorageTopic));
}

int WorkerConfig::offsetStoragePartitions() const
{
    return getInt(QString::fromLatin1(kOffsetStoragePartitions));
}

qint16 WorkerConfig::offsetStorageReplicationFactor() const
{
    return getShort(QString::fromLatin1(kOffsetStorageReplicationFactor));
}

QString WorkerConfig::configStorageTopic() const
{
    return getString(QString::fromLatin1(kConfigStorageTopic));
}

qint16 WorkerConfig::configStorageReplicationFactor() const
{
    return getShort(QString::fromLatin1(kConfigStorageReplicationFactor));
}

QString WorkerConfig::statusStorageTopic() const
{
    return getString(QString::fromLatin1(kStatusStorageTopic));
}

int WorkerConfig::statusStoragePartitions() const
{
    return getInt(QString::fromLatin1(kStatusStoragePartitions));
}

qint16 WorkerConfig::statusStorageReplicationFactor() const
{
    return getShort(QString::fromLatin1(kStatusStorageReplicationFactor));
}

std::optional<QStringList> WorkerConfig::pluginPath() const
{
    const QVariant v = m_values.value(QString::fromLatin1(kPluginPath));
    if (v.isNull())
        return std::nullopt;
    return v.toStringList();
}

qint64 WorkerConfig::offsetFlushIntervalMs() const
{
    return getLong(QString::fromLatin1(kOffsetFlushIntervalMs));
}

qint64 WorkerConfig::offsetFlushTimeoutMs() const
{
    return getLong(QString::fromLatin1(kOffsetFlushTimeoutMs));
}

qint64 WorkerConfig::taskShutdownGracefulTimeoutMs() const
{
    return getLong(QString::fromLatin1(kTaskShutdownGracefulTimeoutMs));
}

bool WorkerConfig::topicCreationEnable() const
{
    return getBoolean(QString::fromLatin1(kTopicCreationEnable));
}

bool WorkerConfig::topicTrackingEnable() const
{
    return getBoolean(QString::fromLatin1(kTopicTrackingEnable));
}

bool WorkerConfig::topicTrackingAllowReset() const
{
    return getBoolean(QString::fromLatin1(kTopicTrackingAllowReset));
}

QString WorkerConfig::accessControlAllowOrigin() const
{
    return getString(QString::fromLatin1(kAccessControlAllowOrigin));
}

QString WorkerConfig::accessControlAllowMethods() const
{
    return getString(QString::fromLatin1(kAccessControlAllowMethods));
}

int WorkerConfig::rebalanceTimeoutMs() const
{
    return getInt(QStringLiteral("rebalance.timeout.ms"));
}

RestBinding WorkerConfig::restBinding() const
{
    RestBinding binding;
    binding.explicitListeners
        = m_originals.contains(QString::fromLatin1(kListeners)) && !m_listeners.isEmpty();
    if (binding.explicitListeners) {
        binding.listeners = m_listeners;
    } else {
        QString unused;
        binding.listeners.append(*Listener::parse(QString::fromLatin1(kSafeDefaultListener), &unused));
    }
    for (const Listener &l : std::as_const(binding.listeners)) {
        if (!l.isLoopbackOnly())
            binding.reachableBeyondLoopback = true;
    }
    return binding;
}

std::optional<QString> WorkerConfig::restAdvertisedHostName() const
{
    return getOptionalString(QString::fromLatin1(kRestAdvertisedHostName));
}

std::optional<int> WorkerConfig::restAdvertisedPort() const
{
    const QVariant v = m_values.value(QString::fromLatin1(kRestAdvertisedPort));
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

std::optional<QString> WorkerConfig::restAdvertisedListener() const
{
    return getOptionalString(QString::fromLatin1(kRestAdvertisedListener));
}

QUrl WorkerConfig::advertisedUrl(quint16 boundPort, const QString &fallbackHost) const
{
    const RestBinding binding = restBinding();
    QString scheme;
    if (const auto advertised = restAdvertisedListener()) {
        scheme = advertised->toLower();
    } else {
        // RestServer.determineAdvertisedProtocol: looks at the raw `listeners` text.
        const QString raw = m_originals.value(QString::fromLatin1(kListeners)).toLower();
        scheme = raw.contains(u"http://") || !raw.contains(u"https://") ? QStringLiteral("http")
                                                                        : QStringLiteral("https");
    }
    const Listener *match = nullptr;
    for (const Listener &l : binding.listeners) {
        if (l.protocol == scheme) {
            match = &l;
            break;
        }
    }
    QUrl url;
    url.setScheme(scheme);
    const auto advertisedHost = restAdvertisedHostName();
    if (advertisedHost && !advertisedHost->isEmpty())
        url.setHost(*advertisedHost);
    else if (match && !match->host.isEmpty())
        url.setHost(match->host);
    else
        url.setHost(fallbackHost);
    url.setPort(restAdvertisedPort().value_or(boundPort));
    url.setPath(QStringLiteral("/"));
    return url;
}

QString WorkerConfig::workerId(quint16 boundPort, const QString &fallbackHost) const
{
    const QUrl url = advertisedUrl(boundPort, fallbackHost);
    return url.host() + u':' + QString::number(url.port());
}

} // namespace cs::config
