// The connector validation flow of §1.5 on the built-in FileStream plugins: ConfigInfos JSON, group and
// key order, error counts, upstream's texts.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "connect/connectorconfig.h"
#include "connect/pluginregistry.h"

using namespace cs::connect;
using namespace Qt::StringLiterals;

namespace {

const QString kSink = u"org.apache.kafka.connect.file.FileStreamSinkConnector"_s;
const QString kSource = u"org.apache.kafka.connect.file.FileStreamSourceConnector"_s;

ConfigInfos validate(const ConfigMap &props)
{
    const ValidationResult r = validateConnectorConfig(*PluginRegistry::builtin(), props);
    if (r.error)
        qWarning("unexpected error %d %s", r.error->status, qPrintable(r.error->message));
    return r.infos.value_or(ConfigInfos());
}

QStringList names(const ConfigInfos &infos)
{
    QStringList result;
    for (const ConfigInfo &c : infos.configs)
        result.append(c.definition ? c.definition->name : u"<undefined>:"_s + c.value->name);
    return result;
}

const ConfigValueInfo *valueOf(const ConfigInfos &infos, const QString &name)
{
    for (const ConfigInfo &c : infos.configs) {
        if (c.value && c.value->name == name)
            return &*c.value;
    }
    return nullptr;
}

} // namespace

class TstValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validSinkHasNoErrorsAndUpstreamOrder();
    void sinkJsonShape();
    void sinkNeedsTopics();
    void sinkTopicsAndRegexExclusive();
    void sinkDlqInTopics();
    void sourceGroupsAndMissingTopic();
    void typeErrorsCountTwice();
    void aliasesAreAccepted();
    void nullValues();
    void noConnectorClass();
    void unknownConnectorClass();
    void requestTypeMismatch();
    void invalidConfigMessage();
    void transformsEnrichment();
    void converterOverride();
    void pluginConfigEndpointData();
    void emptyNameAndControlChars();
    void distributedHerderChecks();
};

void TstValidation::validSinkHasNoErrorsAndUpstreamOrder()
{
    const ConfigInfos infos = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s },
        { u"topics"_s, u"t1"_s }, { u"file"_s, u"/tmp/out.txt"_s } });
    QCOMPARE(infos.name, kSink);
    QCOMPARE(infos.errorCount, 0);
    QCOMPARE(
        infos.groups, (QStringList { u"Common"_s, u"Transforms"_s, u"Predicates"_s, u"Error Handling"_s }));
    QCOMPARE(names(infos),
        (QStringList { u"name"_s, u"connector.class"_s, u"tasks.max"_s, u"tasks.max.enforce"_s,
            u"key.converter"_s, u"value.converter"_s, u"header.converter"_s, u"transforms"_s, u"predicates"_s,
            u"config.action.reload"_s, u"errors.retry.timeout"_s, u"errors.retry.delay.max.ms"_s,
            u"errors.tolerance"_s, u"errors.log.enable"_s, u"errors.log.include.messages"_s, u"topics"_s,
            u"topics.regex"_s, u"errors.deadletterqueue.topic.name"_s,
            u"errors.deadletterqueue.topic.replication.factor"_s,
            u"errors.deadletterqueue.context.headers.enable"_s, u"file"_s }));
    QCOMPARE(valueOf(infos, u"tasks.max"_s)->value.value_or(QString()), u"1"_s);
    QCOMPARE(valueOf(infos, u"topics"_s)->value.value_or(QString()), u"t1"_s);
    QCOMPARE(valueOf(infos, u"errors.deadletterqueue.topic.replication.factor"_s)->value.value_or(QString()),
        u"3"_s);
    QVERIFY(!valueOf(infos, u"key.converter"_s)->value);
}

void TstValidation::sinkJsonShape()
{
    const ConfigInfos infos = validate(ConfigMap { { u"connector.class"_s, u"FileStreamSink"_s },
        { u"name"_s, u"s"_s }, { u"topics"_s, u"a, b"_s }, { u"tasks.max"_s, u"2"_s } });
    const QByteArray json = infos.toJson();
    QVERIFY2(
        json.startsWith(
            R"({"name":"FileStreamSink","error_count":0,"groups":["Common","Transforms","Predicates",)"
            R"("Error Handling"],"configs":[{"definition":{"name":"name","type":"STRING","required":true,)"
            R"("default_value":null,"importance":"HIGH","documentation":"Globally unique name to use for )"
            R"(this connector.","group":"Common","width":"MEDIUM","display_name":"Connector name",)"
            R"("dependents":[],"order":1},"value":{"name":"name","value":"s","recommended_values":[],)"
            R"("errors":[],"visible":true}},)"),
        json.left(700).constData());
    QVERIFY(json.contains(
        R"({"definition":{"name":"tasks.max","type":"INT","required":false,"default_value":"1",)"
        R"("importance":"HIGH","documentation":"Maximum number of tasks to use for this connector.",)"
        R"("group":"Common","width":"SHORT","display_name":"Tasks max","dependents":[],"order":3},)"
        R"("value":{"name":"tasks.max","value":"2","recommended_values":[],"errors":[],)"
        R"("visible":true}})"));
    // LIST values are rendered joined with "," without spaces.
    QVERIFY(json.contains(
        R"("value":{"name":"topics","value":"a,b","recommended_values":[],"errors":[],"visible":true})"));
    // Connector keys from the short define() form: no group, order -1.
    QVERIFY(json.contains(
        R"({"definition":{"name":"file","type":"STRING","required":false,"default_value":null,)"
        R"("importance":"HIGH","documentation":"Destination filename. If not specified, the standard )"
        R"(output will be used","group":null,"width":"NONE","display_name":"file","dependents":[],)"
        R"("order":-1},"value":{"name":"file","value":null,"recommended_values":[],"errors":[],)"
        R"("visible":true}}]})"));
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
}

void TstValidation::sinkNeedsTopics()
{
    const ConfigInfos infos = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s } });
    QCOMPARE(infos.errorCount, 2);
    QCOMPARE(valueOf(infos, u"topics"_s)->errors,
        QStringList { u"Must configure one of topics or topics.regex"_s });
    QCOMPARE(valueOf(infos, u"topics.regex"_s)->errors,
        QStringList { u"Must configure one of topics or topics.regex"_s });
}

void TstValidation::sinkTopicsAndRegexExclusive()
{
    const ConfigInfos infos = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s },
        { u"topics"_s, u"a"_s }, { u"topics.regex"_s, u"a.*"_s } });
    QCOMPARE(infos.errorCount, 2);
    QCOMPARE(valueOf(infos, u"topics"_s)->errors,
        QStringList { u"topics and topics.regex are mutually exclusive options, but both are set."_s });
    // An invalid regex is reported by its validator.
    const ConfigInfos bad = validate(
        ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s }, { u"topics.regex"_s, u"("_s } });
    QCOMPARE(bad.errorCount, 1);
    QVERIFY(valueOf(bad, u"topics.regex"_s)
                ->errors.first()
                .startsWith(u"Invalid value ( for configuration topics.regex: Invalid regex: "_s));
}

void TstValidation::sinkDlqInTopics()
{
    const ConfigInfos infos = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s },
        { u"topics"_s, u"a,dlq"_s }, { u"errors.deadletterqueue.topic.name"_s, u"dlq"_s } });
    QCOMPARE(valueOf(infos, u"topics"_s)->errors,
        QStringList {
            u"The DLQ topic 'dlq' may not be included in the list of topics ('topics=[a, dlq]') consumed by "
            "the connector"_s });
}

void TstValidation::sourceGroupsAndMissingTopic()
{
    const ConfigInfos infos
        = validate(ConfigMap { { u"connector.class"_s, kSource }, { u"name"_s, u"src"_s } });
    QCOMPARE(infos.groups,
        (QStringList { u"Common"_s, u"Transforms"_s, u"Predicates"_s, u"Error Handling"_s,
            u"Topic Creation"_s, u"Exactly Once Support"_s, u"offsets.topic"_s }));
    QCOMPARE(infos.errorCount, 1);
    QCOMPARE(valueOf(infos, u"topic"_s)->errors,
        QStringList { u"Missing required configuration \"topic\" which has no default value."_s });
    const QStringList n = names(infos);
    QCOMPARE(n.mid(15),
        (QStringList { u"topic.creation.groups"_s, u"exactly.once.support"_s, u"transaction.boundary"_s,
            u"transaction.boundary.interval.ms"_s, u"offsets.storage.topic"_s, u"file"_s, u"topic"_s,
            u"batch.size"_s }));
    QCOMPARE(valueOf(infos, u"batch.size"_s)->value.value_or(QString()), u"2000"_s);
    // An empty topic is rejected by the connector's NonEmptyString validator.
    const ConfigInfos empty = validate(
        ConfigMap { { u"connector.class"_s, kSource }, { u"name"_s, u"src"_s }, { u"topic"_s, u""_s } });
    QCOMPARE(valueOf(empty, u"topic"_s)->errors,
        QStringList { u"Invalid value  for configuration topic: String must be non-empty"_s });
    const ConfigInfos eos = validate(ConfigMap { { u"connector.class"_s, kSource }, { u"name"_s, u"src"_s },
        { u"topic"_s, u"t"_s }, { u"exactly.once.support"_s, u"maybe"_s } });
    QCOMPARE(valueOf(eos, u"exactly.once.support"_s)->errors,
        QStringList {
            u"Invalid value maybe for configuration exactly.once.support: String must be one of (case "
            "insensitive): REQUIRED, REQUESTED"_s });
}

void TstValidation::typeErrorsCountTwice()
{
    const ConfigInfos infos = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s },
        { u"topics"_s, u"t"_s }, { u"tasks.max"_s, u"abc"_s } });
    QCOMPARE(infos.errorCount, 2);
    QCOMPARE(valueOf(infos, u"tasks.max"_s)->errors,
        (QStringList { u"Invalid value abc for configuration tasks.max: Not a number of type INT"_s,
            u"Invalid value null for configuration tasks.max: Value must be non-null"_s }));
    QVERIFY(!valueOf(infos, u"tasks.max"_s)->value);
    const ConfigInfos zero = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s },
        { u"topics"_s, u"t"_s }, { u"tasks.max"_s, u"0"_s } });
    QCOMPARE(valueOf(zero, u"tasks.max"_s)->errors,
        QStringList { u"Invalid value 0 for configuration tasks.max: Value must be at least 1"_s });
    const ConfigInfos tolerance = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s },
        { u"topics"_s, u"t"_s }, { u"errors.tolerance"_s, u"some"_s } });
    QCOMPARE(valueOf(tolerance, u"errors.tolerance"_s)->errors,
        QStringList {
            u"Invalid value some for configuration errors.tolerance: String must be one of: none, all"_s });
}

void TstValidation::aliasesAreAccepted()
{
    for (const QString &alias : { u"FileStreamSink"_s, u"FileStreamSinkConnector"_s, kSink }) {
        const ValidationResult r = validateConnectorConfig(*PluginRegistry::builtin(),
            ConfigMap { { u"connector.class"_s, alias }, { u"name"_s, u"s"_s }, { u"topics"_s, u"t"_s } });
        QVERIFY(r.infos);
        QCOMPARE(r.infos->name, alias);
        QCOMPARE(r.infos->errorCount, 0);
    }
    QVERIFY(PluginRegistry::builtin()->newConnector(u"FileStreamSource"_s));
    QCOMPARE(PluginRegistry::builtin()->newConnector(u"FileStreamSource"_s)->type(), ConnectorType::Source);
}

void TstValidation::nullValues()
{
    ConfigMap props { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s }, { u"topics"_s, u"t"_s } };
    props.insert(u"file"_s, std::nullopt);
    props.insert(u"not.a.key"_s, std::nullopt);
    const ConfigInfos infos = validate(props);
    QCOMPARE(infos.errorCount, 1);
    // Values of undefined keys come first, with a null definition.
    QVERIFY(!infos.configs.first().definition);
    QCOMPARE(infos.configs.first().value->name, u"not.a.key"_s);
    QCOMPARE(infos.configs.first().value->errors,
        QStringList { u"Null value can not be supplied as the configuration value."_s });
    // As upstream: for a key the connector defines, the connector's own ConfigValue replaces the framework's,
    // so the null error is not reported there (the connector sees the null as "not set").
    QVERIFY(valueOf(infos, u"file"_s)->errors.isEmpty());
}

void TstValidation::noConnectorClass()
{
    const ValidationResult r = validateConnectorConfig(
        *PluginRegistry::builtin(), ConfigMap { { u"name"_s, u"x"_s }, { u"topics"_s, u"t"_s } });
    QVERIFY(r.error);
    QCOMPARE(r.error->status, 400);
    QCOMPARE(r.error->message, u"Connector config {name=x, topics=t} contains no connector type"_s);
}

void TstValidation::unknownConnectorClass()
{
    const ValidationResult r = validateConnectorConfig(
        *PluginRegistry::builtin(), ConfigMap { { u"connector.class"_s, u"Nope"_s } });
    QVERIFY(r.error);
    QCOMPARE(r.error->status, 500);
    // Upstream lists every connector plugin (sinks first, by class name) in PluginDesc.toString form.
    const auto desc = [](const QString &cls, const QString &version, const QString &type) {
        return u"PluginDesc{klass=class %1, name='%1', version='%2', encodedVersion=%2, type=%3, "
               "typeName='%4Connector', location='classpath'}"_s.arg(
                   cls, version, type, type == u"sink" ? u"Sink"_s : u"Source"_s);
    };
    const QStringList available { desc(u"io.confluent.connect.jdbc.JdbcSinkConnector"_s, u"10.9.7"_s,
                                      u"sink"_s),
        desc(u"org.apache.kafka.connect.file.FileStreamSinkConnector"_s, u"3.9.0"_s, u"sink"_s),
        desc(u"io.confluent.connect.jdbc.JdbcSourceConnector"_s, u"10.9.7"_s, u"source"_s),
        desc(u"org.apache.kafka.connect.file.FileStreamSourceConnector"_s, u"3.9.0"_s, u"source"_s) };
    QCOMPARE(r.error->message,
        u"Failed to find any class that implements Connector and which name matches Nope, available "
        u"connectors are: "_s
            + available.join(u", "_s));
}

void TstValidation::requestTypeMismatch()
{
    const auto error = checkRequestedPluginType(
        u"FileStreamSourceConnector"_s, ConfigMap { { u"connector.class"_s, kSink } });
    QVERIFY(error);
    QCOMPARE(error->status, 400);
    QCOMPARE(error->message,
        u"Included connector type " + kSink + u" does not match request type FileStreamSourceConnector");
    QVERIFY(!checkRequestedPluginType(
        u"FileStreamSinkConnector"_s, ConfigMap { { u"connector.class"_s, kSink } }));
    QVERIFY(!checkRequestedPluginType(
        u"FileStreamSink"_s, ConfigMap { { u"connector.class"_s, u"FileStreamSink"_s } }));
    QVERIFY(!checkRequestedPluginType(u"anything"_s, ConfigMap { { u"name"_s, u"x"_s } }));
}

void TstValidation::invalidConfigMessage()
{
    const ConfigInfos infos = validate(
        ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s }, { u"tasks.max"_s, u"0"_s } });
    QCOMPARE(infos.errorCount, 3);
    QCOMPARE(invalidConfigurationMessage(infos),
        u"Connector configuration is invalid and contains the following 3 error(s):\n"
        "Invalid value 0 for configuration tasks.max: Value must be at least 1\n"
        "Must configure one of topics or topics.regex\n"
        "Must configure one of topics or topics.regex\n"
        "You can also find the above list of errors at the endpoint "
        "`/connector-plugins/{connectorType}/config/validate`"_s);
}

void TstValidation::transformsEnrichment()
{
    const ConfigInfos infos = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s },
        { u"topics"_s, u"t"_s }, { u"transforms"_s, u"a,a"_s },
        { u"transforms.a.type"_s, u"org.example.Nope"_s }, { u"transforms.a.negate"_s, u"true"_s } });
    QVERIFY(infos.groups.contains(u"Transforms: a"_s));
    QCOMPARE(valueOf(infos, u"transforms"_s)->errors,
        QStringList { u"Invalid value [a, a] for configuration transforms: Duplicate alias provided."_s });
    QCOMPARE(valueOf(infos, u"transforms.a.type"_s)->errors,
        (QStringList {
            u"Invalid value org.example.Nope for configuration transforms.a.type: Class org.example.Nope "
            "could not be found."_s,
            u"Config 'transforms.a.negate' was provided but there is no config 'transforms.a.predicate' "
            "defining a predicate to be negated."_s }));
    QCOMPARE(infos.errorCount, 3);
}

void TstValidation::converterOverride()
{
    const ConfigInfos infos = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"s"_s },
        { u"topics"_s, u"t"_s }, { u"value.converter"_s, u"org.apache.kafka.connect.json.JsonConverter"_s },
        { u"value.converter.schemas.enable"_s, u"maybe"_s },
        { u"key.converter"_s, u"org.example.NoConverter"_s } });
    QCOMPARE(valueOf(infos, u"value.converter"_s)->value.value_or(QString()),
        u"org.apache.kafka.connect.json.JsonConverter"_s);
    QCOMPARE(valueOf(infos, u"key.converter"_s)->errors,
        QStringList { u"Invalid value org.example.NoConverter for configuration key.converter: Class "
                      "org.example.NoConverter could not be found."_s });
    // The converter's own keys are validated under the connector's prefix, after the connector keys.
    const ConfigValueInfo *schemas = valueOf(infos, u"value.converter.schemas.enable"_s);
    QVERIFY(schemas);
    QCOMPARE(schemas->errors,
        QStringList {
            u"Invalid value maybe for configuration schemas.enable: Expected value to be either true or false"_s });
    QCOMPARE(valueOf(infos, u"value.converter.converter.type"_s)->value.value_or(QString()), u"value"_s);
    QVERIFY(infos.groups.contains(u"Schemas"_s));
    QCOMPARE(infos.errorCount, 2);
}

void TstValidation::pluginConfigEndpointData()
{
    ConnectError error;
    const auto keys = pluginConfig(*PluginRegistry::builtin(), u"FileStreamSource"_s, &error);
    QVERIFY(keys);
    QCOMPARE(keys->at(0).name, u"file"_s);
    QCOMPARE(keys->at(1).name, u"topic"_s);
    QCOMPARE(keys->at(2).name, u"batch.size"_s);
    QCOMPARE(keys->at(3).name, u"name"_s); // framework keys follow the plugin's own
    QVERIFY(!pluginConfig(*PluginRegistry::builtin(), u"Nope"_s, &error));
    QCOMPARE(error.status, 404);
    QCOMPARE(error.message, u"Unknown plugin Nope."_s);
}

void TstValidation::emptyNameAndControlChars()
{
    const ConfigInfos infos = validate(
        ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u""_s }, { u"topics"_s, u"t"_s } });
    QCOMPARE(valueOf(infos, u"name"_s)->errors,
        QStringList { u"Invalid value  for configuration name: String may not be empty"_s });
    const ConfigInfos missing
        = validate(ConfigMap { { u"connector.class"_s, kSink }, { u"topics"_s, u"t"_s } });
    QCOMPARE(valueOf(missing, u"name"_s)->errors,
        QStringList { u"Missing required configuration \"name\" which has no default value."_s });
}

void TstValidation::distributedHerderChecks()
{
    const ValidationContext worker { u"connect-cluster"_s, false };
    ValidationResult r = validateConnectorConfig(*PluginRegistry::builtin(),
        ConfigMap { { u"connector.class"_s, kSink }, { u"name"_s, u"cluster"_s }, { u"topics"_s, u"t"_s } },
        worker);
    QCOMPARE(valueOf(*r.infos, u"name"_s)->errors,
        QStringList { u"Consumer group for sink connector named cluster conflicts with Connect worker group "
                      "connect-cluster"_s });
    r = validateConnectorConfig(*PluginRegistry::builtin(),
        ConfigMap { { u"connector.class"_s, kSource }, { u"name"_s, u"src"_s }, { u"topic"_s, u"t"_s },
            { u"exactly.once.support"_s, u"REQUIRED"_s }, { u"transaction.boundary"_s, u"connector"_s } },
        worker);
    // No file: standard input cannot be read exactly once.
    QCOMPARE(valueOf(*r.infos, u"exactly.once.support"_s)->errors,
        (QStringList { u"This worker does not have exactly-once source support enabled."_s,
            u"The connector does not support exactly-once semantics with the provided configuration."_s }));
    QCOMPARE(valueOf(*r.infos, u"transaction.boundary"_s)->errors,
        QStringList {
            u"The connector does not support connector-defined transaction boundaries with the given "
            "configuration. Please reconfigure it to use a different transaction boundary definition."_s });
    r = validateConnectorConfig(*PluginRegistry::builtin(),
        ConfigMap { { u"connector.class"_s, kSource }, { u"name"_s, u"src"_s }, { u"topic"_s, u"t"_s },
            { u"file"_s, u"/tmp/in.txt"_s }, { u"exactly.once.support"_s, u"required"_s } },
        ValidationContext { u"g"_s, true });
    QCOMPARE(r.infos->errorCount, 0);
}

QTEST_GUILESS_MAIN(TstValidation)
#include "tst_validation.moc"
