// The REST server over real HTTP on 127.0.0.1, driven with curl and httpie (QProcess) the way the lab
// does: root info, plugins, plugin config, validation, error bodies, body limit, keep-alive, port in use.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

#include "connect/compat.h"
#include "rest/restserver.h"

using namespace cs;
using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray stderrText;
};

Reply parseResponse(QByteArray raw)
{
    Reply reply;
    // Skip interim responses (100 Continue).
    while (raw.startsWith("HTTP/")) {
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QByteArray head = raw.left(end);
        raw = raw.mid(end + 4);
        const QList<QByteArray> lines = head.split('\n');
        reply.status = lines.first().split(' ').value(1).toInt();
        if (reply.status == 100)
            continue;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                reply.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        break;
    }
    reply.body = raw;
    return reply;
}

Reply curl(const QStringList &args)
{
    QProcess p;
    p.start(u"curl"_s, QStringList { u"-s"_s, u"-i"_s, u"--max-time"_s, u"20"_s } + args);
    if (!p.waitForFinished(30000))
        qWarning("curl did not finish");
    Reply reply = parseResponse(p.readAllStandardOutput());
    reply.stderrText = p.readAllStandardError();
    return reply;
}

QByteArray errorBody(int code, const QString &message)
{
    return QJsonDocument(QJsonObject { { u"error_code"_s, code }, { u"message"_s, message } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TstRestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rootInfo();
    void connectorPlugins();
    void pluginConfig();
    void validateOk();
    void validateErrors();
    void malformedJson();
    void unsupportedMediaType();
    void unknownPathAndWrongMethod();
    void connectorRoutesWithoutHerder();
    void hugeBodyRejected();
    void keepAlive();
    void httpie();
    void portInUse();
    void listenerParsing();

private:
    QString url(const QString &path) const { return m_base + path; }

    std::unique_ptr<rest::RestServer> m_server;
    QString m_base;
};

void TstRestServer::initTestCase()
{
    rest::RestServerConfig config;
    config.address = QHostAddress(QHostAddress::LocalHost);
    config.port = 0; // a free port; 8083 may be in use on this machine
    config.maxRequestBodyBytes = 1024 * 1024;
    m_server = std::make_unique<rest::RestServer>(config, connect::PluginRegistry::builtin());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() != 0);
    m_base = u"http://127.0.0.1:%1"_s.arg(m_server->port());
}

void TstRestServer::cleanupTestCase()
{
    m_server->stop();
    QVERIFY(!m_server->isRunning());
}

void TstRestServer::rootInfo()
{
    const Reply r = curl({ url(u"/"_s) });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(r.body,
        u"{\"version\":\"3.9.0\",\"commit\":\"%1\",\"kafka_cluster_id\":null}"_s.arg(connect::buildCommitId())
            .toUtf8());
}

void TstRestServer::connectorPlugins()
{
    Reply r = curl({ url(u"/connector-plugins"_s) });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body,
        QByteArray(
            "[{\"class\":\"io.confluent.connect.jdbc.JdbcSinkConnector\",\"type\":\"sink\","
            "\"version\":\"10.9.7\"},"
            "{\"class\":\"org.apache.kafka.connect.file.FileStreamSinkConnector\",\"type\":\"sink\","
            "\"version\":\"3.9.0\"},"
            "{\"class\":\"io.confluent.connect.jdbc.JdbcSourceConnector\",\"type\":\"source\","
            "\"version\":\"10.9.7\"},"
            "{\"class\":\"org.apache.kafka.connect.file.FileStreamSourceConnector\",\"type\":\"source\","
            "\"version\":\"3.9.0\"}]"));
    r = curl({ url(u"/connector-plugins?connectorsOnly=false"_s) });
    QCOMPARE(r.status, 200);
    const QJsonArray all = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(all.size(), 7);
    // Converters follow the connectors (FileStream and JDBC), sorted by class name.
    QCOMPARE(all.at(4).toObject().value(u"class"_s).toString(),
        u"org.apache.kafka.connect.converters.ByteArrayConverter"_s);
    QCOMPARE(
        all.at(5).toObject().value(u"class"_s).toString(), u"org.apache.kafka.connect.json.JsonConverter"_s);
    QCOMPARE(all.at(6).toObject().value(u"class"_s).toString(),
        u"org.apache.kafka.connect.storage.StringConverter"_s);
    QCOMPARE(all.at(5).toObject().value(u"type"_s).toString(), u"converter"_s);
}

void TstRestServer::pluginConfig()
{
    Reply r = curl({ url(u"/connector-plugins/FileStreamSinkConnector/config"_s) });
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.startsWith(
                 "[{\"name\":\"file\",\"type\":\"STRING\",\"required\":false,\"default_value\":null,"
                 "\"importance\":\"HIGH\",\"documentation\":\"Destination filename. If not specified, the "
                 "standard output will be used\",\"group\":null,\"width\":\"NONE\",\"display_name\":\"file\","
                 "\"dependents\":[],\"order\":-1},{\"name\":\"name\","),
        r.body.left(400).constData());
    QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), 21);
    r = curl({ url(u"/connector-plugins/org.apache.kafka.connect.file.FileStreamSourceConnector/config"_s) });
    QCOMPARE(r.status, 200);
    QCOMPARE(
        QJsonDocument::fromJson(r.body).array().first().toObject().value(u"name"_s).toString(), u"file"_s);
    r = curl({ url(u"/connector-plugins/Nope/config"_s) });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, errorBody(404, u"Unknown plugin Nope."_s));
}

void TstRestServer::validateOk()
{
    const Reply r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        QString::fromUtf8(
            "{\"connector.class\":\"FileStreamSink\",\"name\":\"s\",\"topics\":\"a\",\"tasks.max\":2}"),
        url(u"/connector-plugins/FileStreamSinkConnector/config/validate"_s) });
    QCOMPARE(r.status, 200);
    const QJsonObject infos = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(infos.value(u"name"_s).toString(), u"FileStreamSink"_s);
    QCOMPARE(infos.value(u"error_count"_s).toInt(), 0);
    QVERIFY(r.body.startsWith(
        "{\"name\":\"FileStreamSink\",\"error_count\":0,\"groups\":[\"Common\",\"Transforms\","
        "\"Predicates\",\"Error Handling\"],\"configs\":[{\"definition\":{\"name\":\"name\","));
    // A JSON number is taken as its text, as Jackson coerces it into the String map.
    QVERIFY(r.body.contains("\"value\":{\"name\":\"tasks.max\",\"value\":\"2\","));
}

void TstRestServer::validateErrors()
{
    // Validation errors are a 200 answer with error_count.
    Reply r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        QString::fromUtf8("{\"connector.class\":\"org.apache.kafka.connect.file.FileStreamSinkConnector\","
                          "\"tasks.max\":\"x\"}"),
        url(u"/connector-plugins/FileStreamSinkConnector/config/validate"_s) });
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"error_count"_s).toInt(), 5);
    // The type in the path must match the included class.
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        QString::fromUtf8("{\"connector.class\":\"FileStreamSource\"}"),
        url(u"/connector-plugins/FileStreamSink/config/validate"_s) });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body,
        errorBody(
            400, u"Included connector type FileStreamSource does not match request type FileStreamSink"_s));
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        QString::fromUtf8("{\"name\":\"a\"}"), url(u"/connector-plugins/FileStreamSink/config/validate"_s) });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, errorBody(400, u"Connector config {name=a} contains no connector type"_s));
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        QString::fromUtf8("{\"connector.class\":\"NopeConnector\"}"),
        url(u"/connector-plugins/Nope/config/validate"_s) });
    QCOMPARE(r.status, 500);
    QVERIFY(r.body.startsWith(
        "{\"error_code\":500,\"message\":\"Failed to find any class that implements Connector and "
        "which name matches NopeConnector, available connectors are: PluginDesc{"));
    // No body at all: upstream dereferences the null map.
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s,
        url(u"/connector-plugins/FileStreamSink/config/validate"_s) });
    QCOMPARE(r.status, 500);
    QCOMPARE(r.body, QByteArray("{\"error_code\":500,\"message\":null}"));
}

void TstRestServer::malformedJson()
{
    Reply r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s, u"{bad"_s,
        url(u"/connector-plugins/FileStreamSink/config/validate"_s) });
    QCOMPARE(r.status, 500);
    const QJsonObject error = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(error.value(u"error_code"_s).toInt(), 500);
    QVERIFY2(
        error.value(u"message"_s)
            .toString()
            .startsWith(
                u"Unexpected character ('b' (code 98)): was expecting double-quote to start field name\n at [Source: "_s),
        r.body.constData());
    // A nested object does not bind to the String map.
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        QString::fromUtf8("{\"a\":{\"b\":1}}"),
        url(u"/connector-plugins/FileStreamSink/config/validate"_s) });
    QCOMPARE(r.status, 500);
    QVERIFY2(QJsonDocument::fromJson(r.body)
                 .object()
                 .value(u"message"_s)
                 .toString()
                 .startsWith(u"Cannot deserialize value of type `java.lang.String` from Object value"_s),
        r.body.constData());
}

void TstRestServer::unsupportedMediaType()
{
    // curl -d without a Content-Type sends a form; Jersey answers 415 for JSON resources.
    const Reply r
        = curl({ u"-X"_s, u"PUT"_s, u"-d"_s, QString::fromUtf8("{\"connector.class\":\"FileStreamSink\"}"),
            url(u"/connector-plugins/FileStreamSink/config/validate"_s) });
    QCOMPARE(r.status, 415);
    QCOMPARE(r.body, errorBody(415, u"HTTP 415 Unsupported Media Type"_s));
}

void TstRestServer::unknownPathAndWrongMethod()
{
    Reply r = curl({ url(u"/nope"_s) });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray("{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}"));
    r = curl({ url(u"/connector-plugins/a/b/c/d"_s) });
    QCOMPARE(r.status, 404);
    r = curl({ u"-X"_s, u"DELETE"_s, url(u"/connector-plugins"_s) });
    QCOMPARE(r.status, 405);
    QCOMPARE(r.body, QByteArray("{\"error_code\":405,\"message\":\"HTTP 405 Method Not Allowed\"}"));
    r = curl({ u"-X"_s, u"POST"_s, url(u"/"_s) });
    QCOMPARE(r.status, 405);
    // HEAD is answered like GET without a body.
    r = curl({ u"-I"_s, url(u"/"_s) });
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.headers.value("content-length").toInt() > 0);
    // A trailing slash matches like Jersey's templates do.
    r = curl({ url(u"/connector-plugins/"_s) });
    QCOMPARE(r.status, 200);
}

void TstRestServer::connectorRoutesWithoutHerder()
{
    // Without a connector runtime the connector endpoints say so instead of pretending.
    for (const auto &[method, path] :
        { std::pair { u"GET"_s, u"/connectors"_s }, std::pair { u"POST"_s, u"/connectors"_s },
            std::pair { u"GET"_s, u"/connectors/x/status"_s },
            std::pair { u"PUT"_s, u"/connectors/x/pause"_s }, std::pair { u"GET"_s, u"/admin/loggers"_s } }) {
        const Reply r = curl({ u"-X"_s, method, url(path) });
        QCOMPARE(r.status, 503);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"error_code"_s).toInt(), 503);
    }
}

void TstRestServer::hugeBodyRejected()
{
    QTemporaryFile big;
    QVERIFY(big.open());
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 4; ++i)
        big.write(chunk);
    big.flush();
    Reply r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data-binary"_s,
        u"@"_s + big.fileName(), url(u"/connector-plugins/FileStreamSink/config/validate"_s) });
    QCOMPARE(r.status, 413);
    QCOMPARE(r.body, errorBody(413, u"HTTP 413 Request Entity Too Large"_s));
    // Chunked upload without Content-Length is cut off as well.
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-H"_s,
        u"Transfer-Encoding: chunked"_s, u"--data-binary"_s, u"@"_s + big.fileName(),
        url(u"/connector-plugins/FileStreamSink/config/validate"_s) });
    QCOMPARE(r.status, 413);
    // The server is fine afterwards.
    QCOMPARE(curl({ url(u"/"_s) }).status, 200);
}

void TstRestServer::keepAlive()
{
    const Reply r = curl({ u"-v"_s, url(u"/"_s), url(u"/connector-plugins"_s) });
    QCOMPARE(r.status, 200);
    QVERIFY2(r.stderrText.contains("Re-using existing connection"), r.stderrText.constData());
}

void TstRestServer::httpie()
{
    QProcess p;
    p.start(u"http"_s,
        { u"--ignore-stdin"_s, u"--print=hb"_s, u"--pretty=none"_s, u"PUT"_s,
            url(u"/connector-plugins/FileStreamSource/config/validate"_s),
            u"connector.class=FileStreamSource"_s, u"name=src"_s, u"topic=lines"_s });
    QVERIFY(p.waitForFinished(30000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.startsWith("HTTP/1.1 200"), out.left(300).constData());
    QVERIFY(out.contains("{\"name\":\"FileStreamSource\",\"error_count\":0,"));
}

void TstRestServer::portInUse()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    rest::RestServerConfig config;
    config.port = holder.serverPort();
    rest::RestServer second(config, connect::PluginRegistry::builtin());
    QVERIFY(!second.start());
    QVERIFY(!second.isRunning());
    const QString error = second.errorString();
    QVERIFY2(error.contains(u"port %1 is already in use by"_s.arg(holder.serverPort())), qPrintable(error));
    QVERIFY2(error.contains(u"tst_restserver"_s), qPrintable(error)); // the holder is this process
    QVERIFY2(error.contains(u"listeners=HTTP://:%1"_s.arg(holder.serverPort() + 1)), qPrintable(error));
}

void TstRestServer::listenerParsing()
{
    auto l = rest::parseListener(u"HTTP://:8083"_s);
    QVERIFY(l);
    QCOMPARE(l->port, 8083);
    QCOMPARE(l->address, QHostAddress(QHostAddress::Any));
    l = rest::parseListener(u"http://127.0.0.1:8084/"_s);
    QVERIFY(l);
    QCOMPARE(l->address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(l->port, 8084);
    QString error;
    QVERIFY(!rest::parseListener(u"https://:8443"_s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!rest::parseListener(u"http://host.example:99999"_s, &error));
}

QTEST_GUILESS_MAIN(TstRestServer)
#include "tst_restserver.moc"
