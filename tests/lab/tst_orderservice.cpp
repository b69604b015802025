// The lab's Order service over real HTTP on 127.0.0.1, driven by curl and httpie exactly as lab.md
// writes them (`http POST :8081/orders message=...`, here on a free port), against real SQLite files.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "lab/labdatabases.h"
#include "lab/orderservice.h"

using cs::lab::LabDatabases;
using cs::lab::OrderService;
using cs::lab::OrderServiceConfig;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// `http --ignore-stdin --print=hb ...`: the status line and the body.
int statusOf(const QByteArray &output)
{
    const QList<QByteArray> first = output.split('\n').value(0).split(' ');
    return first.value(1).toInt();
}

QByteArray bodyOf(const QByteArray &output)
{
    const qsizetype end
        = output.indexOf("\r\n\r\n") >= 0 ? output.indexOf("\r\n\r\n") + 4 : output.indexOf("\n\n") + 2;
    return output.mid(end).trimmed();
}

} // namespace

class TstOrderService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbs = std::make_unique<LabDatabases>(m_dir.filePath(QStringLiteral("lab")));
        QString error;
        QVERIFY2(m_dbs->prepare(&error), qPrintable(error));
        OrderServiceConfig config;
        config.port = 0;
        config.sourceUrl = m_dbs->sourceUrl();
        config.targetUrl = m_dbs->targetUrl();
        m_service = std::make_unique<OrderService>(config);
        QVERIFY2(m_service->start(), qPrintable(m_service->errorString()));
        QVERIFY(m_service->port() > 0);
        m_port = QString::number(m_service->port());
        m_curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        m_http = QStandardPaths::findExecutable(QStringLiteral("http"));
    }

    void places_orders_with_httpie_as_the_lab_does()
    {
        if (m_http.isEmpty())
            QSKIP("httpie (http) is not installed");
        // lab.md step 10, verbatim but for the port.
        for (const QString &message :
            { QStringLiteral("1st OrderPlaced."), QStringLiteral("2nd OrderPlaced.") }) {
            const Run r = run(m_http,
                { QStringLiteral("--ignore-stdin"), QStringLiteral("--print=hb"), QStringLiteral("POST"),
                    QStringLiteral(":%1/orders").arg(m_port), QStringLiteral("message=") + message });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(statusOf(r.out), 201);
            const QJsonObject order = QJsonDocument::fromJson(bodyOf(r.out)).object();
            QCOMPARE(order.value(QStringLiteral("message")).toString(), message);
            QVERIFY(order.value(QStringLiteral("id")).toInteger() > 0);
        }
    }

    void places_orders_with_curl_as_form_and_json()
    {
        if (m_curl.isEmpty())
            QSKIP("curl is not installed");
        const QString url = QStringLiteral("http://localhost:%1/orders").arg(m_port);
        Run r = run(m_curl,
            { QStringLiteral("-s"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                QStringLiteral("-d"), QStringLiteral("message=3rd OrderPlaced."), url });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.split('\n').last(), QByteArray("201"));
        QCOMPARE(QJsonDocument::fromJson(r.out.split('\n').first())
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
            QStringLiteral("3rd OrderPlaced."));

        r = run(m_curl,
            { QStringLiteral("-s"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                QStringLiteral("{\"message\":\"4th \\u00fcber\"}"), url });
        QCOMPARE(r.out.split('\n').last(), QByteArray("201"));

        // A body curl sends with "Expect: 100-continue" (over 1 KiB) is answered without curl's 1 s wait.
        const QString longMessage(200, u'x');
        r = run(m_curl,
            { QStringLiteral("-s"), QStringLiteral("-w"), QStringLiteral("\n%{http_code} %{time_total}"),
                QStringLiteral("-H"), QStringLiteral("Expect: 100-continue"), QStringLiteral("-H"),
                QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                QStringLiteral("{\"message\":\"%1\",\"pad\":\"%2\"}").arg(longMessage, QString(2000, u'p')),
                url });
        const QList<QByteArray> tail = r.out.split('\n').last().split(' ');
        QCOMPARE(tail.value(0), QByteArray("201"));
        QVERIFY2(tail.value(1).toDouble() < 0.9, tail.value(1).constData());
    }

    void lists_orders_in_id_order()
    {
        if (m_http.isEmpty())
            QSKIP("httpie (http) is not installed");
        const Run r = run(m_http,
            { QStringLiteral("--ignore-stdin"), QStringLiteral("--print=hb"), QStringLiteral("GET"),
                QStringLiteral(":%1/orders").arg(m_port) });
        QCOMPARE(statusOf(r.out), 200);
        const QJsonArray orders = QJsonDocument::fromJson(bodyOf(r.out)).array();
        QCOMPARE(orders.size(), 5);
        QCOMPARE(orders.at(0).toObject().value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(orders.at(0).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("1st OrderPlaced."));
        QCOMPARE(
            orders.at(3).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("4th über"));
        QCOMPARE(orders.at(4).toObject().value(QStringLiteral("id")).toInteger(), 5);

        // And they are in the source database's ORDER_TABLE, where the source connector reads them.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_dbs->sourcePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(\"ID\") FROM \"ORDER_TABLE\"")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 5);
            QCOMPARE(q.value(1).toInt(), 5);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void sync_orders_says_when_the_sink_table_is_missing_then_returns_its_rows()
    {
        if (m_http.isEmpty())
            QSKIP("httpie (http) is not installed");
        Run r = run(m_http,
            { QStringLiteral("--ignore-stdin"), QStringLiteral("--print=hb"), QStringLiteral("GET"),
                QStringLiteral(":%1/syncOrders").arg(m_port) });
        QCOMPARE(statusOf(r.out), 404);
        QVERIFY2(QJsonDocument::fromJson(bodyOf(r.out))
                     .object()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("CONNECT_ORDER_TABLE")),
            bodyOf(r.out).constData());

        // What the JDBC sink would create (auto.create) and write.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sink"));
            db.setDatabaseName(m_dbs->targetPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE \"CONNECT_ORDER_TABLE\" (\"ID\" INTEGER NOT NULL, \"MESSAGE\" TEXT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO \"CONNECT_ORDER_TABLE\" VALUES (2, '2nd "
                                          "OrderPlaced.'), (1, '1st OrderPlaced.'), (3, NULL)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sink"));

        r = run(m_http,
            { QStringLiteral("--ignore-stdin"), QStringLiteral("--print=hb"), QStringLiteral("GET"),
                QStringLiteral(":%1/syncOrders").arg(m_port) });
        QCOMPARE(statusOf(r.out), 200);
        const QJsonArray rows = QJsonDocument::fromJson(bodyOf(r.out)).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject(),
            QJsonObject({ { QStringLiteral("id"), 1 },
                { QStringLiteral("message"), QStringLiteral("1st OrderPlaced.") } }));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("id")).toInteger(), 2);
        QVERIFY(rows.at(2).toObject().value(QStringLiteral("message")).isNull());
    }

    void answers_errors_as_json_a_person_can_act_on()
    {
        if (m_curl.isEmpty())
            QSKIP("curl is not installed");
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        auto call = [&](const QStringList &args) {
            const Run r = run(m_curl,
                QStringList { QStringLiteral("-s"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}") }
                    + args);
            const QList<QByteArray> lines = r.out.split('\n');
            return std::make_pair(lines.last().toInt(),
                QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("error")).toString());
        };
        auto [status, error] = call({ QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
            QStringLiteral("-d"), QStringLiteral("{\"message\":"), base + QStringLiteral("/orders") });
        QCOMPARE(status, 400);
        QVERIFY2(error.contains(QStringLiteral("JSON")), qPrintable(error));
        std::tie(status, error)
            = call({ QStringLiteral("-X"), QStringLiteral("POST"), base + QStringLiteral("/orders") });
        QCOMPARE(status, 400);
        QVERIFY2(error.contains(QStringLiteral("message")), qPrintable(error));
        std::tie(status, error) = call({ base + QStringLiteral("/nothing") });
        QCOMPARE(status, 404);
        QVERIFY2(error.contains(QStringLiteral("/syncOrders")), qPrintable(error));
        std::tie(status, error)
            = call({ QStringLiteral("-X"), QStringLiteral("DELETE"), base + QStringLiteral("/orders") });
        QCOMPARE(status, 405);
    }

    void reports_a_port_in_use_with_its_holder()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        OrderServiceConfig config;
        config.port = holder.serverPort();
        config.sourceUrl = m_dbs->sourceUrl();
        OrderService second(config);
        QVERIFY(!second.start());
        QVERIFY2(second.errorString().contains(QString::number(holder.serverPort())),
            qPrintable(second.errorString()));
        QVERIFY2(second.errorString().contains(QStringLiteral("pid")), qPrintable(second.errorString()));
    }

    void a_missing_database_is_a_clear_error()
    {
        OrderServiceConfig config;
        config.port = 0;
        config.sourceUrl = QStringLiteral("jdbc:nosuch://x");
        OrderService service(config);
        QVERIFY(service.start());
        if (m_curl.isEmpty())
            QSKIP("curl is not installed");
        const Run r = run(m_curl,
            { QStringLiteral("-s"), QStringLiteral("-d"), QStringLiteral("message=x"),
                service.url().toString() + QStringLiteral("/orders") });
        const QString error
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("No suitable driver")), qPrintable(error));
        service.stop();
        QVERIFY(!service.isRunning());
    }

    void cleanupTestCase()
    {
        m_service->stop();
        QVERIFY(!m_service->isRunning());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LabDatabases> m_dbs;
    std::unique_ptr<OrderService> m_service;
    QString m_port;
    QString m_curl;
    QString m_http;
};

QTEST_GUILESS_MAIN(TstOrderService)
#include "tst_orderservice.moc"
