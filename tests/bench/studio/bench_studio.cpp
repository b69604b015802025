// Benchmark of the studio as connect-studio runs it (cs::ui::Studio, the same wiring):
//   1. cold start: process start → first paint of the main window (goal < 500 ms)
//   2. process start → "lab running": broker, worker, databases, Order service up (goal < 1.5 s)
//   3. resident memory (VmRSS) with the lab running and idle for 5 s
//   4. the longest stall of the GUI thread while the lab copies N rows (default 100,000) from
//      ORDER_TABLE through the JDBC source connector, Kafka and the JDBC sink connector into
//      CONNECT_ORDER_TABLE (goal < 50 ms), measured by a 2 ms heartbeat timer on the GUI thread.
// Free ports and a temporary data folder: it never disturbs a running lab. Prints figures; asserts nothing.
#include <atomic>
#include <cstdio>
#include <functional>
#include <time.h>
#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "lab/labcontroller.h"
#include "mainwindow.h"
#include "studio.h"
#include "style/theme.h"
#include "util/translation.h"

namespace {

// Milliseconds since this process was started by the kernel (/proc/self/stat starttime).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

class FirstPaint final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// The longest gap between ticks of a 2 ms timer on the GUI thread, minus the interval.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worst = qMax(m_worst, now - m_last - 2'000'000);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double worstMs() const { return double(m_worst) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QByteArray call(QNetworkAccessManager &network, const QByteArray &verb, const QString &url,
    const QByteArray &body, int *status)
{
    QNetworkRequest request { QUrl(url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

// Times every event the GUI thread delivers, so that a stall can be traced to the object that caused it.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        double ms;
        QString what;
    };
    bool recording = false;
    QList<Slow> slowest; // the 5 slowest deliveries while recording

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording || QThread::currentThread() != thread()) // the GUI thread's deliveries only
            return QApplication::notify(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const QString what = QStringLiteral("%1 (%2) event %3")
                                 .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
                                 .arg(int(event->type()));
        if (auto *reply = qobject_cast<QNetworkReply *>(receiver))
            const_cast<QString &>(what) += u' ' + reply->url().toString();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (ms > 5 && (slowest.size() < 5 || ms > slowest.last().ms)) {
            slowest.append({ ms, what });
            std::sort(slowest.begin(), slowest.end(), [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
            if (slowest.size() > 5)
                slowest.removeLast();
        }
        return result;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    const double atMain = msSinceProcessStart();
    QElapsedTimer sinceMain;
    sinceMain.start();

    TimedApplication app(argc, argv);
    int rows = 100000;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toInt();

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("studio.ini")), QSettings::IniFormat);
    cs::util::Translation translation(&settings);
    translation.apply(QStringLiteral("en"));
    cs::ui::applyTheme(app);
    cs::ui::StudioOptions options;
    options.brokerPort = freePort();
    options.workerPort = freePort();
    options.orderServicePort = freePort();
    options.dataDirectory = dir.filePath(QStringLiteral("lab"));
    cs::ui::Studio studio(&settings, &translation, options);
    FirstPaint firstPaint;
    studio.window()->installEventFilter(&firstPaint);
    studio.window()->show();
    waitUntil([&] { return firstPaint.painted; }, 10000);
    const double paintMs = atMain + double(sinceMain.nsecsElapsed()) / 1e6;
    std::printf(
        "cold start to first painted window: %.0f ms (goal < 500; %.0f ms before main)\n", paintMs, atMain);

    studio.startLab();
    cs::ui::LabController *lab = studio.lab();
    if (!waitUntil([&] { return lab->isLabRunning(); }, 30000)) {
        std::printf("the lab did not start within 30 s\n");
        return 1;
    }
    const double labMs = atMain + double(sinceMain.nsecsElapsed()) / 1e6;
    std::printf("cold start to lab running: %.0f ms (goal < 1500)\n", labMs);

    waitUntil([] { return false; }, 5000);
    std::printf("resident memory, lab running and idle 5 s: %.1f MiB\n", double(rssKiB()) / 1024.0);

    // The rows, written on another thread in one transaction, before the connectors exist.
    QElapsedTimer insertClock;
    insertClock.start();
    const QString sourcePath = lab->sourceUrl().mid(QStringLiteral("jdbc:sqlite:").size());
    const QString targetPath = lab->targetUrl().mid(QStringLiteral("jdbc:sqlite:").size());
    QThread *writer = QThread::create([sourcePath, rows] {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-writer"));
        db.setDatabaseName(sourcePath);
        db.open();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO \"ORDER_TABLE\"(\"ID\",\"MESSAGE\") VALUES(?, ?)"));
        for (int i = 1; i <= rows; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, QStringLiteral("order %1").arg(i));
            q.exec();
        }
        db.commit();
        db.close();
    });
    writer->start();
    waitUntil([&] { return writer->isFinished(); }, 120000);
    delete writer;
    QSqlDatabase::removeDatabase(QStringLiteral("bench-writer"));
    std::printf("%d rows written to ORDER_TABLE in %lld ms\n", rows, insertClock.elapsed());

    QNetworkAccessManager network;
    int status = 0;
    const QByteArray plugins
        = call(network, "GET", lab->connectUrl() + QStringLiteral("/connector-plugins"), {}, &status);
    if (!plugins.contains("JdbcSourceConnector") || !plugins.contains("JdbcSinkConnector")) {
        std::printf("GUI stall while copying rows: not measured: the worker has no JDBC connectors yet\n");
        return 0;
    }

    StallMeter meter;
    meter.start();
    app.recording = true;
    QElapsedTimer copyClock;
    copyClock.start();
    const QJsonObject source { { QStringLiteral("name"), QStringLiteral("bench-source") },
        { QStringLiteral("config"),
            QJsonObject { { QStringLiteral("connector.class"),
                              QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector") },
                { QStringLiteral("connection.url"), lab->sourceUrl() },
                { QStringLiteral("mode"), QStringLiteral("incrementing") },
                { QStringLiteral("incrementing.column.name"), QStringLiteral("ID") },
                { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") },
                { QStringLiteral("topic.prefix"), QStringLiteral("CONNECT_") },
                { QStringLiteral("tasks.max"), QStringLiteral("1") } } } };
    const QJsonObject sink { { QStringLiteral("name"), QStringLiteral("bench-sink") },
        { QStringLiteral("config"),
            QJsonObject { { QStringLiteral("connector.class"),
                              QStringLiteral("io.confluent.connect.jdbc.JdbcSinkConnector") },
                { QStringLiteral("connection.url"), lab->targetUrl() },
                { QStringLiteral("auto.create"), QStringLiteral("true") },
                { QStringLiteral("tasks.max"), QStringLiteral("1") },
                { QStringLiteral("topics"), QStringLiteral("CONNECT_ORDER_TABLE") } } } };
    for (const QJsonObject &connector : { source, sink }) {
        const QByteArray answer = call(network, "POST", lab->connectUrl() + QStringLiteral("/connectors"),
            QJsonDocument(connector).toJson(QJsonDocument::Compact), &status);
        if (status != 201) {
            std::printf("creating %s failed: %d %s\n",
                qPrintable(connector.value(QStringLiteral("name")).toString()), status, answer.constData());
            return 1;
        }
    }

    // Counting rows of the target on another thread, so the count itself does not stall the GUI.
    std::atomic<qint64> copied { 0 };
    std::atomic<bool> stop { false };
    QThread *counter = QThread::create([&copied, &stop, targetPath] {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-counter"));
        db.setDatabaseName(targetPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000;QSQLITE_OPEN_READONLY"));
        db.open();
        while (!stop) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM \"CONNECT_ORDER_TABLE\"")) && q.next())
                copied = q.value(0).toLongLong();
            QThread::msleep(250);
        }
        db.close();
    });
    counter->start();
    const bool done = waitUntil([&] { return copied.load() >= rows; }, 600000);
    const qint64 copyMs = copyClock.elapsed();
    const double worst = meter.worstMs();
    stop = true;
    counter->wait();
    delete counter;
    QSqlDatabase::removeDatabase(QStringLiteral("bench-counter"));
    if (!done)
        std::printf("only %lld of %d rows copied within 600 s\n", copied.load(), rows);
    else
        std::printf("%d rows copied source → Kafka → sink in %.1f s (%.0f rows/s)\n", rows, copyMs / 1000.0,
            rows / (copyMs / 1000.0));
    std::printf("longest GUI-thread stall while copying: %.1f ms (goal < 50)\n", worst);
    app.recording = false;
    for (const auto &slow : std::as_const(app.slowest)) // nested deliveries count in their parents too
        std::printf("  slow GUI event: %.1f ms %s\n", slow.ms, qPrintable(slow.what));
    return 0;
}
