// The text forms of a connector config (JSON, .properties) and the curl command: lossless round
// trips, errors with positions, secrets masked unless asked for.
#include <QTest>

#include "connectclient/configtext.h"
#include "connectclient/restentities.h"

using namespace cs::connectclient;
using cs::config::Properties;

class TestConfigText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createRequestIsPrettyLikeTheLab();
    void jsonRoundTripKeepsOrderAndEveryCharacter();
    void jsonAcceptsFlatMapsAndScalars();
    void jsonErrorsNameThePlace();
    void propertiesRoundTripKeepsEverything();
    void fileByContent();
    void curlMasksSecretsUnlessAsked();
    void curlQuotesForTheShell();
    void errorBodyIsKeptVerbatim();
    void configInfosParse();
};

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ');
}

Properties tricky()
{
    return Properties { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSource") },
        { QStringLiteral("z.first"), QStringLiteral("keeps its place") },
        { QStringLiteral("a.second"), QStringLiteral("주문 = \"quoted\" : colon\\back\tslash\nnew line") },
        { QStringLiteral("key with space"), QStringLiteral("  leading spaces") },
        { QStringLiteral("empty"), QString() },
        { QStringLiteral("hash#!"), QStringLiteral("#not a comment") },
        { QStringLiteral("connection.password"), QStringLiteral("it's secret") } };
}

} // namespace

void TestConfigText::createRequestIsPrettyLikeTheLab()
{
    const Properties config { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSource") },
        { QStringLiteral("tasks.max"), QStringLiteral("1") } };
    QCOMPARE(createRequestJson(QStringLiteral("src"), config, true),
        QByteArray("{\n    \"name\": \"src\",\n    \"config\": {\n        \"connector.class\": "
                   "\"FileStreamSource\",\n"
                   "        \"tasks.max\": \"1\"\n    }\n}"));
    QCOMPARE(createRequestJson(QStringLiteral("src"), config, false),
        QByteArray(R"({"name":"src","config":{"connector.class":"FileStreamSource","tasks.max":"1"}})"));
    QCOMPARE(
        configJson(config, false), QByteArray(R"({"connector.class":"FileStreamSource","tasks.max":"1"})"));
}

void TestConfigText::jsonRoundTripKeepsOrderAndEveryCharacter()
{
    for (bool pretty : { true, false }) {
        const ParsedDocument parsed
            = parseConnectorJson(createRequestJson(QStringLiteral("이름"), tricky(), pretty));
        QVERIFY2(parsed.document, qPrintable(parsed.error));
        QCOMPARE(parsed.document->name, QStringLiteral("이름"));
        QCOMPARE(parsed.document->config, tricky());
        QCOMPARE(parsed.document->config.keys(), tricky().keys());
    }
}

void TestConfigText::jsonAcceptsFlatMapsAndScalars()
{
    const ParsedDocument parsed = parseConnectorJson(
        R"({"name":"n","tasks.max":2,"enabled":true,"ratio":0.5,"connector.class":"X"})");
    QVERIFY(parsed.document);
    QCOMPARE(parsed.document->name, QStringLiteral("n"));
    QCOMPARE(parsed.document->config.keys(), words("name tasks.max enabled ratio connector.class"));
    QCOMPARE(parsed.document->config.value(QStringLiteral("tasks.max")), QStringLiteral("2"));
    QCOMPARE(parsed.document->config.value(QStringLiteral("enabled")), QStringLiteral("true"));
    QCOMPARE(parsed.document->config.value(QStringLiteral("ratio")), QStringLiteral("0.5"));
    // A create body whose config has no name takes the outer one, and the config stays as it was.
    const ParsedDocument lab
        = parseConnectorJson(R"({"name":"h2-source-connect","config":{"tasks.max":"1"}})");
    QCOMPARE(lab.document->name, QStringLiteral("h2-source-connect"));
    QVERIFY(!lab.document->config.contains(QStringLiteral("name")));
}

void TestConfigText::jsonErrorsNameThePlace()
{
    ParsedDocument parsed = parseConnectorJson("{\n  \"name\": \"x\",\n  \"config\": {\"a\": }\n}");
    QVERIFY(!parsed.document);
    QVERIFY2(parsed.error.contains(QLatin1String("line 3")), qPrintable(parsed.error));
    parsed = parseConnectorJson(R"({"config":{"a":null}})");
    QVERIFY(!parsed.document);
    QVERIFY2(parsed.error.contains(QLatin1String("\"a\"")), qPrintable(parsed.error));
    parsed = parseConnectorJson(R"(["not", "an", "object"])");
    QVERIFY(!parsed.document);
}

void TestConfigText::propertiesRoundTripKeepsEverything()
{
    const QString text = propertiesText(tricky());
    // Kafka reads the file as ISO-8859-1: the text must be pure ASCII.
    for (QChar c : text)
        QVERIFY(c.unicode() < 128);
    const ParsedDocument parsed = parsePropertiesText(text);
    QVERIFY2(parsed.document, qPrintable(parsed.error));
    QCOMPARE(parsed.document->config, tricky());
    const ParsedDocument bad = parsePropertiesText(QStringLiteral("a=\\u12G4\n"));
    QVERIFY(!bad.document);
    QVERIFY(bad.error.contains(QLatin1String("line 1")));
}

void TestConfigText::fileByContent()
{
    const ParsedDocument json = parseConnectorFile("\xEF\xBB\xBF  {\"name\":\"j\",\"config\":{\"k\":\"v\"}}");
    QVERIFY(json.document);
    QCOMPARE(json.document->name, QStringLiteral("j"));
    const ParsedDocument props = parseConnectorFile("# comment\nname=p\nk=v\n");
    QVERIFY(props.document);
    QCOMPARE(props.document->name, QStringLiteral("p"));
    QCOMPARE(props.document->config.keys(), words("name k"));
}

void TestConfigText::curlMasksSecretsUnlessAsked()
{
    CurlRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("http://localhost:8083/connectors"));
    request.document = { QStringLiteral("h2-source-connect"),
        Properties { { QStringLiteral("connector.class"),
                         QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector") },
            { QStringLiteral("connection.password"), QStringLiteral("passwd") },
            { QStringLiteral("db.pw"), QStringLiteral("declared") },
            { QStringLiteral("tasks.max"), QStringLiteral("1") } } };
    const QString masked = curlCommand(request, { QStringLiteral("db.pw") }, false);
    QCOMPARE(masked,
        QStringLiteral("curl -i -X POST -H \"Accept:application/json\" \\\n"
                       "    -H \"Content-Type:application/json\" http://localhost:8083/connectors \\\n"
                       "    -d '{\n"
                       "    \"name\": \"h2-source-connect\",\n"
                       "    \"config\": {\n"
                       "        \"connector.class\": \"io.confluent.connect.jdbc.JdbcSourceConnector\",\n"
                       "        \"connection.password\": \"********\",\n"
                       "        \"db.pw\": \"********\",\n"
                       "        \"tasks.max\": \"1\"\n"
                       "    }\n"
                       "}'"));
    const QString revealed = curlCommand(request, { QStringLiteral("db.pw") }, true);
    QVERIFY(revealed.contains(QLatin1String("\"connection.password\": \"passwd\"")));
    QVERIFY(revealed.contains(QLatin1String("\"db.pw\": \"declared\"")));

    request.user = QStringLiteral("admin");
    request.password = QStringLiteral("s3cret");
    QVERIFY(curlCommand(request, {}, false).contains(QLatin1String(" -u 'admin:********' ")));
    QVERIFY(!curlCommand(request, {}, false).contains(QLatin1String("s3cret")));
    QVERIFY(curlCommand(request, {}, true).contains(QLatin1String(" -u 'admin:s3cret' ")));
}

void TestConfigText::curlQuotesForTheShell()
{
    CurlRequest request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8083/connectors/it's%20mine/config"));
    request.createRequest = false;
    request.document = { QStringLiteral("it's mine"),
        Properties { { QStringLiteral("topic"), QStringLiteral("O'Brien") } } };
    const QString command = curlCommand(request, {}, false);
    QVERIFY2(command.startsWith(QLatin1String("curl -i -X PUT ")), qPrintable(command));
    QVERIFY2(command.contains(QLatin1String("'http://127.0.0.1:8083/connectors/it'\\''s%20mine/config'")),
        qPrintable(command));
    QVERIFY2(
        command.endsWith(QLatin1String("-d '{\n    \"topic\": \"O'\\''Brien\"\n}'")), qPrintable(command));
}

void TestConfigText::errorBodyIsKeptVerbatim()
{
    const QByteArray body = R"({"error_code":409,"message":"Connector a already exists"})";
    const auto e = parse::errorBody(409, body);
    QVERIFY(e);
    QCOMPARE(e->httpStatus, 409);
    QCOMPARE(e->errorCode.value_or(-1), 409);
    QCOMPARE(e->message, QStringLiteral("Connector a already exists"));
    QCOMPARE(e->body, body);
    const auto html = parse::errorBody(502, "<html>Bad Gateway</html>");
    QVERIFY(!html->errorCode);
    QCOMPARE(html->message, QStringLiteral("<html>Bad Gateway</html>"));
}

void TestConfigText::configInfosParse()
{
    const QByteArray body = R"({"name":"X","error_count":1,"groups":["Common"],"configs":[
        {"definition":{"name":"name","type":"STRING","required":true,"default_value":null,"importance":"HIGH",
          "documentation":"Globally unique name","group":"Common","width":"MEDIUM","display_name":"Connector name",
          "dependents":[],"order":1},
         "value":{"name":"name","value":null,"recommended_values":[],"errors":["Missing required configuration \"name\" which has no default value."],"visible":true}},
        {"definition":null,"value":{"name":"odd","value":"1","recommended_values":["a","b"],"errors":[],"visible":false}}]})";
    const auto infos = parse::configInfos(body);
    QVERIFY(infos);
    QCOMPARE(infos->errorCount, 1);
    QCOMPARE(infos->configs.size(), 2);
    QCOMPARE(infos->configs[0].definition->displayName, QStringLiteral("Connector name"));
    QCOMPARE(infos->configs[0].definition->orderInGroup, 1);
    QVERIFY(infos->configs[0].definition->required);
    QVERIFY(!infos->configs[0].definition->defaultValue);
    QCOMPARE(infos->configs[0].value->errors.size(), 1);
    QVERIFY(!infos->configs[1].definition);
    QCOMPARE(infos->configs[1].value->recommendedValues, words("a b"));
    QVERIFY(!infos->configs[1].value->visible);
}

QTEST_GUILESS_MAIN(TestConfigText)
#include "tst_configtext.moc"
