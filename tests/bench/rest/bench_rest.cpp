// The worker's REST API under load, as the issue's benchmark asks: starts the real
// connect-studio-worker (--embedded-kafka, free ports, a temporary state folder), measures start to
// REST ready and resident memory, creates N FileStreamSource connectors (each with a running task on
// a file of its own), then runs `wrk -c<clients> -t2 -d<seconds>s --latency` against
// GET /connectors?expand=status (and, for comparison, GET /connectors and GET /) and prints p50, p99
// and requests/s. Figures only; nothing is asserted.
//
//   bench_rest [--worker PATH] [--connectors N] [--clients C] [--seconds S]

#include <csignal>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int httpCall(
    QNetworkAccessManager &http, const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = http.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// wrk's "50%  1.23ms" lines, normalised to milliseconds.
double latencyMs(const QString &out, const QString &percentile)
{
    const QRegularExpression re(
        QRegularExpression::escape(percentile) + QStringLiteral(R"(\s+([\d.]+)(us|ms|s))"));
    const QRegularExpressionMatch m = re.match(out);
    if (!m.hasMatch())
        return -1;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    return unit == u"us" ? v / 1000 : unit == u"s" ? v * 1000 : v;
}

void runWrk(const QUrl &url, int clients, int seconds, const char *label)
{
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"),
        { QStringLiteral("-c%1").arg(clients), QStringLiteral("-t2"), QStringLiteral("-d%1s").arg(seconds),
            QStringLiteral("--latency"), url.toString() });
    if (!wrk.waitForFinished((seconds + 30) * 1000)) {
        std::printf("%s: wrk did not finish\n", label);
        return;
    }
    const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
    const QRegularExpressionMatch rps
        = QRegularExpression(QStringLiteral(R"(Requests/sec:\s+([\d.]+))")).match(out);
    const QRegularExpressionMatch errors
        = QRegularExpression(QStringLiteral(R"(Non-2xx or 3xx responses:\s+(\d+))")).match(out);
    std::printf("%-40s %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms%s\n", label,
        rps.hasMatch() ? rps.captured(1).toDouble() : -1.0, latencyMs(out, QStringLiteral("50%")),
        latencyMs(out, QStringLiteral("99%")),
        errors.hasMatch() ? qPrintable(QStringLiteral("   (%1 non-2xx answers)").arg(errors.captured(1)))
                          : "");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString workerPath = QCoreApplication::applicationDirPath() + QStringLiteral("/connect-studio-worker");
    int connectors = 100;
    int clients = 50;
    int seconds = 10;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--worker")
            workerPath = args[i + 1];
        else if (args[i] == u"--connectors")
            connectors = args[i + 1].toInt();
        else if (args[i] == u"--clients")
            clients = args[i + 1].toInt();
        else if (args[i] == u"--seconds")
            seconds = args[i + 1].toInt();
    }

    QTemporaryDir dir;
    const quint16 restPort = freePort();
    const quint16 kafkaPort = freePort();
    QFile props(dir.filePath(QStringLiteral("worker.properties")));
    props.open(QIODevice::WriteOnly);
    props.write(QStringLiteral("bootstrap.servers=localhost:9092\ngroup.id=bench-rest-%1\n"
                               "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                               "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                               "offset.storage.topic=connect-offsets\nconfig.storage.topic=connect-configs\n"
                               "status.storage.topic=connect-status\noffset.flush.interval.ms=10000\n"
                               "listeners=http://127.0.0.1:%1\n")
                    .arg(restPort)
                    .toUtf8());
    props.close();

    QProcess worker;
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    worker.start(workerPath,
        { QStringLiteral("--embedded-kafka=%1").arg(kafkaPort), QStringLiteral("--state-dir"),
            dir.filePath(QStringLiteral("state")), props.fileName() });
    if (!worker.waitForStarted()) {
        std::printf("cannot start %s\n", qPrintable(workerPath));
        return 1;
    }
    QNetworkAccessManager http;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(restPort);
    bool ready = false;
    while (clock.elapsed() < 20000 && !ready) {
        ready = httpCall(http, "GET", QUrl(base + QStringLiteral("/health"))) == 200;
        if (!ready)
            QThread::msleep(5);
    }
    const qint64 readyMs = clock.elapsed();
    if (!ready) {
        std::printf("the worker did not become ready\n");
        return 1;
    }
    QThread::msleep(1000);
    std::printf("start to REST ready (--embedded-kafka): %lld ms (polled every 5 ms)\n", readyMs);
    std::printf(
        "idle resident memory, no connectors: %.1f MB\n", double(residentKb(worker.processId())) / 1024);

    for (int i = 0; i < connectors; ++i) {
        const QString file = dir.filePath(QStringLiteral("in-%1.txt").arg(i));
        QFile(file).open(QIODevice::WriteOnly);
        const QByteArray body = QStringLiteral(
            R"({"name":"bench-%1","config":{"connector.class":"FileStreamSource","file":"%2","topic":"bench-%1"}})")
                                    .arg(i)
                                    .arg(file)
                                    .toUtf8();
        if (httpCall(http, "POST", QUrl(base + QStringLiteral("/connectors")), body) != 201) {
            std::printf("creating connector %d failed\n", i);
            return 1;
        }
    }
    QThread::msleep(3000); // let every task report RUNNING
    std::printf("%d connectors, resident memory: %.1f MB\n", connectors,
        double(residentKb(worker.processId())) / 1024);
    std::printf("wrk -c%d -t2 -d%ds --latency:\n", clients, seconds);
    runWrk(QUrl(base + QStringLiteral("/connectors?expand=status")), clients, seconds,
        "GET /connectors?expand=status");
    runWrk(QUrl(base + QStringLiteral("/connectors?expand=status&expand=info")), clients, seconds,
        "GET /connectors?expand=status&expand=info");
    runWrk(QUrl(base + QStringLiteral("/connectors")), clients, seconds, "GET /connectors");
    runWrk(QUrl(base + QStringLiteral("/")), clients, seconds, "GET /");

    ::kill(pid_t(worker.processId()), SIGTERM);
    worker.waitForFinished(30000);
    return 0;
}
