// The Topics view against kcat, reading the same topic of an embedded broker started in this process.
// The topic (one partition) is filled with ORDER_TABLE JsonConverter records (schemas.enable=true)
// until the broker drops its oldest batches, i.e. with as many records as it retains (about 1.07
// million). Then, alternating for several rounds:
//   - kcat -C -e -q reads everything (output to a file, lines counted);
//   - the Topics view (a real TopicsPage, shown on the offscreen platform, default 100,000-message
//     buffer) reads from the beginning until every record reached its model.
// A 5 ms timer on the GUI thread records the longest gap between its ticks (the longest stall), and
// the resident set size (VmRSS) is sampled as records arrive. Prints messages/s per run, medians and
// the ratio viewer / kcat (goal >= 1.0), the longest stall (goal < 50 ms) and RSS (goal: flat, < 300 MB).
//
//   bench_viewer [--rounds N] [--queue MESSAGES] [--read-ahead KIB]
//   bench_viewer --show SECONDS
// --show puts the lab's topics (a few orders, the Connect internal topics) on the broker and shows the
// Topics view in the studio's main window for that long instead (for screenshots; run under xvfb-run).
// --queue and --read-ahead override the feed's hand-over queue bound and librdkafka read-ahead (tuning).

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include "endpoints.h"
#include "kafka/admin.h"
#include "kafka/embeddedbroker.h"
#include "kafka/producer.h"
#include "mainwindow.h"
#include "style/theme.h"
#include "topics/messagedetail.h"
#include "topics/topicspage.h"
#include "worker/internalrecords.h"

using namespace cs;

namespace {

const QString kTopic = QStringLiteral("CONNECT_ORDER_TABLE");

QByteArray orderRecord(qint64 id)
{
    // What JsonConverter (schemas.enable=true) writes for a JDBC source row of the lab's ORDER_TABLE.
    return "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int64\",\"optional\":false,\"field\":"
           "\"ID\"},{\"type\":\"string\",\"optional\":true,\"field\":\"MESSAGE\"}],\"optional\":false,"
           "\"name\":"
           "\"ORDER_TABLE\"},\"payload\":{\"ID\":"
        + QByteArray::number(id) + ",\"MESSAGE\":\"" + QByteArray::number(id) + "th OrderPlaced.\"}}";
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct KcatRun
{
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 lines = 0;
    bool ok = false;
};

KcatRun runKcat(const QString &kcat, const QStringList &args, const QString &outFile)
{
    QProcess p;
    p.setStandardOutputFile(outFile);
    p.setStandardErrorFile(QProcess::nullDevice());
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    p.start(kcat, args);
    const bool finished = p.waitForStarted() && p.waitForFinished(300000);
    KcatRun r;
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    r.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    QFile f(outFile);
    if (f.open(QIODevice::ReadOnly))
        r.lines = f.readAll().count('\n');
    return r;
}

struct ViewerRun
{
    double seconds = 0;
    qint64 received = 0;
    double longestStallMs = 0;
    double guiCpuSeconds = 0; // the GUI thread
    double cpuSeconds = 0; // the whole process (consumer thread and the in-process broker included)
    QList<QPair<qint64, double>> rss; // (records received, MB)
    bool ok = false;
};

ViewerRun runViewer(ui::TopicsPage &page, qint64 expected)
{
    ViewerRun r;
    QEventLoop loop;
    QElapsedTimer total;
    QElapsedTimer tick;
    qint64 nextSample = 0;
    QTimer probe;
    probe.setInterval(5);
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        const double gap = double(tick.nsecsElapsed()) / 1e6 - 5.0;
        tick.start();
        r.longestStallMs = std::max(r.longestStallMs, gap);
        const qint64 received = page.messageModel()->receivedCount();
        if (received >= nextSample) {
            r.rss.append({ received, rssMb() });
            nextSample += 200000;
        }
        if (received >= expected || total.elapsed() > 120000
            || page.feed()->state() == topicview::MessageFeed::State::Stopped)
            loop.quit();
    });
    const double guiBefore = threadCpuSeconds();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    total.start();
    tick.start();
    probe.start();
    page.read({ kTopic, std::nullopt, kafka::StartPosition::beginning() });
    loop.exec();
    r.seconds = double(total.nsecsElapsed()) / 1e9;
    r.guiCpuSeconds = threadCpuSeconds() - guiBefore;
    r.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    r.received = page.messageModel()->receivedCount();
    r.rss.append({ r.received, rssMb() });
    r.ok = r.received == expected;
    probe.stop();
    page.feed()->stop();
    return r;
}

// The lab as a user sees it after step 15: orders on CONNECT_ORDER_TABLE and the worker's records.
int show(int seconds)
{
    kafka::EmbeddedBroker broker;
    if (!broker.start(0))
        return 1;
    for (const char *topic : { "CONNECT_ORDER_TABLE", "connect-configs" })
        broker.createTopic(QString::fromLatin1(topic), 1);
    broker.createTopic(QStringLiteral("connect-offsets"), 25);
    broker.createTopic(QStringLiteral("connect-status"), 5);
    kafka::ClientConfig config;
    config.bootstrapServers = broker.bootstrapServers();
    kafka::Producer producer(config);
    if (!producer.open())
        return 1;
    const QStringList texts = { QStringLiteral("1st OrderPlaced."), QStringLiteral("2nd OrderPlaced."),
        QStringLiteral("3rd OrderPlaced."), QStringLiteral("주문 접수 (4th)") };
    for (qint64 id = 1; id <= 40; ++id) {
        QByteArray value = orderRecord(id);
        if (id <= texts.size())
            value.replace(QByteArray(QByteArray::number(id) + "th OrderPlaced."), texts[id - 1].toUtf8());
        producer.produce(kTopic, std::nullopt, value);
    }
    worker::InternalRecords records;
    const QString source = QStringLiteral("h2-source-connect");
    connect::ConfigMap cfg { { QStringLiteral("connector.class"),
                                 QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector") },
        { QStringLiteral("connection.url"), QStringLiteral("jdbc:h2:tcp://localhost:9099/./test") },
        { QStringLiteral("connection.user"), QStringLiteral("sa") },
        { QStringLiteral("connection.password"), QStringLiteral("secret") },
        { QStringLiteral("mode"), QStringLiteral("incrementing") },
        { QStringLiteral("incrementing.column.name"), QStringLiteral("ID") },
        { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") },
        { QStringLiteral("topic.prefix"), QStringLiteral("CONNECT_") },
        { QStringLiteral("tasks.max"), QStringLiteral("1") }, { QStringLiteral("name"), source } };
    producer.produce(QStringLiteral("connect-configs"), worker::InternalRecords::connectorKey(source),
        records.connectorConfigValue(cfg));
    producer.produce(QStringLiteral("connect-configs"), worker::InternalRecords::commitKey(source),
        records.commitValue(1));
    producer.produce(QStringLiteral("connect-status"), worker::InternalRecords::connectorStatusKey(source),
        records.statusValue(QStringLiteral("RUNNING"), QString(), QStringLiteral("127.0.0.1:8083"), 1));
    producer.flush(10000);

    QSettings settings(QDir::temp().filePath(QStringLiteral("bench_viewer_show.ini")), QSettings::IniFormat);
    ui::Endpoints endpoints;
    ui::MainWindow window(&settings);
    auto *page = new ui::TopicsPage(&endpoints);
    window.addPage(page);
    window.resize(1500, 920);
    window.show();
    ui::Endpoints::Target lab;
    lab.name = QStringLiteral("Embedded lab");
    lab.bootstrapServers = broker.bootstrapServers();
    lab.embedded = true;
    endpoints.setCurrent(lab);
    QElapsedTimer wait;
    wait.start();
    while (page->topicModel()->rowOf(kTopic) < 0 && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    page->read({ kTopic, std::nullopt, kafka::StartPosition::beginning() });
    while (page->messageModel()->rowCount() < 40 && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    page->messageView()->selectRow(3);
    page->detail()->setCurrentIndex(2);
    std::printf("showing the Topics view for %d s\n", seconds);
    std::fflush(stdout);
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && !QByteArrayView(argc > 1 ? argv[1] : "").startsWith("--show"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--show")); at > 0 && at + 1 < args.size()) {
        ui::applyTheme(app);
        return show(args[at + 1].toInt());
    }
    int rounds = 3;
    int queueLimit = 0;
    int readAheadKiB = 0;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--queue")
            queueLimit = args[i + 1].toInt();
        else if (args[i] == u"--read-ahead")
            readAheadKiB = args[i + 1].toInt();
    }
    const QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
    if (kcat.isEmpty()) {
        std::fprintf(stderr, "bench_viewer needs kcat\n");
        return 2;
    }
    const double rssAtStart = rssMb();

    kafka::EmbeddedBroker broker;
    if (!broker.start(0)) {
        std::fprintf(stderr, "%s\n", qPrintable(broker.errorString()));
        return 1;
    }
    broker.createTopic(kTopic, 1);
    kafka::ClientConfig config;
    config.bootstrapServers = broker.bootstrapServers();
    qint64 low = 0;
    qint64 high = 0;
    qint64 id = 0;
    {
        kafka::Producer producer(config);
        kafka::Admin admin(config);
        if (!producer.open() || !admin.open()) {
            std::fprintf(stderr, "cannot connect to the embedded broker\n");
            return 1;
        }
        // Fill until the broker drops its oldest batch: then the partition holds all it can retain.
        while (low == 0) {
            for (int i = 0; i < 20000; ++i) {
                kafka::Message m;
                m.topic = kTopic;
                m.partition = 0;
                m.value = orderRecord(++id);
                if (!producer.produce(m)) {
                    std::fprintf(stderr, "produce failed\n");
                    return 1;
                }
            }
            producer.flush(60000);
            admin.watermarks(kTopic, 0, &low, &high);
        }
    }
    const qint64 retained = high - low;
    std::printf(
        "embedded broker %s, topic %s: produced %lld records; retained offsets %lld..%lld = %lld messages "
        "(%d bytes per value)\n",
        qPrintable(broker.bootstrapServers()), qPrintable(kTopic), id, low, high - 1, retained,
        int(orderRecord(id).size()));
    const double rssAfterFill = rssMb();

    ui::Endpoints endpoints;
    ui::TopicsPage page(&endpoints);
    page.resize(1400, 900);
    page.show();
    if (queueLimit > 0)
        page.feed()->setQueueLimit(queueLimit);
    if (readAheadKiB > 0)
        page.feed()->setReadAhead(readAheadKiB);
    ui::Endpoints::Target lab;
    lab.name = QStringLiteral("Embedded lab");
    lab.bootstrapServers = broker.bootstrapServers();
    lab.embedded = true;
    endpoints.setCurrent(lab);
    QElapsedTimer wait;
    wait.start();
    while (page.topicModel()->rowOf(kTopic) < 0 && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double rssBeforeViewer = rssMb();
    std::printf("RSS: %.1f MB at start, %.1f MB with the filled broker, %.1f MB with the Topics view open; "
                "viewer buffer %d messages\n",
        rssAtStart, rssAfterFill, rssBeforeViewer, page.messageModel()->capacity());

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("kcat.txt"));
    const QStringList kcatArgs = { QStringLiteral("-b"), broker.bootstrapServers(), QStringLiteral("-C"),
        QStringLiteral("-e"), QStringLiteral("-q"), QStringLiteral("-t"), kTopic };
    std::vector<double> ours;
    std::vector<double> theirs;
    double longestStall = 0;
    double peakRss = 0;
    for (int round = 1; round <= rounds; ++round) {
        for (int k = 0; k < 2; ++k) {
            const bool viewerTurn = (round + k) % 2 == 0;
            if (viewerTurn) {
                const ViewerRun r = runViewer(page, retained);
                const double rate = double(r.received) / r.seconds;
                QStringList rss;
                for (const auto &[n, mb] : r.rss) {
                    rss.append(QStringLiteral("%1k:%2").arg(n / 1000).arg(mb, 0, 'f', 0));
                    peakRss = std::max(peakRss, mb);
                }
                std::printf(
                    "round %d  %-12s %8lld messages  %7.3f s  %10.0f messages/s  cpu %5.2f s (GUI thread "
                    "%5.2f s)  longest GUI stall %5.1f ms  RSS MB by records received %s%s\n",
                    round, "topics view", r.received, r.seconds, rate, r.cpuSeconds, r.guiCpuSeconds,
                    r.longestStallMs, qPrintable(rss.join(u' ')), r.ok ? "" : "  (INCOMPLETE)");
                if (r.ok)
                    ours.push_back(rate);
                longestStall = std::max(longestStall, r.longestStallMs);
            } else {
                const KcatRun r = runKcat(kcat, kcatArgs, out);
                const double rate = double(r.lines) / r.seconds;
                std::printf("round %d  %-12s %8lld messages  %7.3f s  %10.0f messages/s  cpu %5.2f s (kcat "
                            "process)%s\n",
                    round, "kcat", r.lines, r.seconds, rate, r.cpuSeconds,
                    r.ok && r.lines == retained ? "" : "  (INCOMPLETE OR FAILED)");
                if (r.ok && r.lines == retained)
                    theirs.push_back(rate);
            }
            std::fflush(stdout);
        }
    }
    const double a = median(ours);
    const double b = median(theirs);
    std::printf("median: topics view %.0f messages/s, kcat %.0f messages/s, ratio %.2f (goal >= 1.0)\n", a, b,
        b > 0 ? a / b : 0.0);
    std::printf("longest GUI-thread stall over all viewer runs: %.1f ms (goal < 50 ms)\n", longestStall);
    std::printf("peak RSS during viewer runs: %.1f MB (goal: flat, < 300 MB; the in-process broker and its "
                "retained topic included)\n",
        peakRss);
    return 0;
}
