// connect-studio-cli console-consumer against kcat -C -e -q, reading the same topic of an embedded
// broker started in this process. The topic (one partition) is filled with ORDER_TABLE-shaped
// JsonConverter records (schemas.enable=true) until the broker starts dropping the oldest batches,
// i.e. with as many messages as it retains. Both tools then read everything, alternating, several
// rounds; output goes to a file and its lines are counted. Prints messages/s per run, the medians and
// the ratio console-consumer / kcat (goal >= 1.0).
//
//   bench_console [--rounds N] [--cli <path to connect-studio-cli>] [--serve SECONDS]
// --serve fills the topic, prints the bootstrap address and keeps the broker up for that long
// instead of running the rounds (to profile or compare by hand).

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include "kafka/admin.h"
#include "kafka/embeddedbroker.h"
#include "kafka/producer.h"

using namespace cs::kafka;

namespace {

const QString kTopic = QStringLiteral("CONNECT_ORDER_TABLE");

QByteArray orderRecord(qint64 id)
{
    // What JsonConverter (schemas.enable=true) writes for a JDBC source row of the lab's ORDER_TABLE.
    return "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int64\",\"optional\":false,\"field\":"
           "\"ID\"},"
           "{\"type\":\"string\",\"optional\":true,\"field\":\"MESSAGE\"}],\"optional\":false,\"name\":"
           "\"ORDER_TABLE\"},"
           "\"payload\":{\"ID\":"
        + QByteArray::number(id) + ",\"MESSAGE\":\"" + QByteArray::number(id) + "th OrderPlaced.\"}}";
}

double childrenCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0; // user + system of the tool's process
    qint64 lines = 0;
    bool ok = false;
};

Run timeRun(const QString &program, const QStringList &args, const QString &outFile)
{
    QProcess p;
    p.setStandardOutputFile(outFile);
    p.setStandardErrorFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    const bool finished = p.waitForStarted() && p.waitForFinished(300000);
    Run r;
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    r.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    QFile f(outFile);
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray all = f.readAll();
        r.lines = all.count('\n');
    }
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int rounds = 7;
    int serveSeconds = 0;
    QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/connect-studio-cli");
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--serve")
            serveSeconds = args[i + 1].toInt();
        else if (args[i] == u"--cli")
            cli = args[i + 1];
    }
    const QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
    if (kcat.isEmpty() || !QFile::exists(cli)) {
        std::fprintf(stderr, "bench_console needs kcat and %s\n", qPrintable(cli));
        return 2;
    }

    EmbeddedBroker broker;
    if (!broker.start(0)) {
        std::fprintf(stderr, "%s\n", qPrintable(broker.errorString()));
        return 1;
    }
    broker.createTopic(kTopic, 1);
    ClientConfig config;
    config.bootstrapServers = broker.bootstrapServers();
    Producer producer(config);
    Admin admin(config);
    if (!producer.open() || !admin.open()) {
        std::fprintf(stderr, "cannot connect to the embedded broker\n");
        return 1;
    }
    // Fill until the broker drops its oldest batch: then the partition holds all it can retain.
    QElapsedTimer fill;
    fill.start();
    qint64 id = 0;
    qint64 low = 0;
    qint64 high = 0;
    while (low == 0) {
        for (int i = 0; i < 20000; ++i) {
            Message m;
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
    const qint64 retained = high - low;
    std::printf(
        "embedded broker %s, topic %s: produced %lld records (%s) in %.1f s; retained offsets %lld..%lld "
        "= %lld messages (%d bytes per value)\n",
        qPrintable(broker.bootstrapServers()), qPrintable(kTopic), id, producer.compression().constData(),
        double(fill.elapsed()) / 1000, low, high - 1, retained, int(orderRecord(id).size()));

    if (serveSeconds > 0) {
        std::printf("serving %s for %d s\n", qPrintable(broker.bootstrapServers()), serveSeconds);
        std::fflush(stdout);
        QThread::sleep(serveSeconds);
        return 0;
    }

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    const QStringList cliArgs = { QStringLiteral("console-consumer"), QStringLiteral("--bootstrap-server"),
        broker.bootstrapServers(), QStringLiteral("--topic"), kTopic, QStringLiteral("--from-beginning"),
        QStringLiteral("--max-messages"), QString::number(retained) };
    const QStringList kcatArgs = { QStringLiteral("-b"), broker.bootstrapServers(), QStringLiteral("-C"),
        QStringLiteral("-e"), QStringLiteral("-q"), QStringLiteral("-t"), kTopic };
    std::vector<double> ours;
    std::vector<double> theirs;
    std::vector<double> oursCpu;
    std::vector<double> theirsCpu;
    for (int round = 1; round <= rounds; ++round) {
        // Alternate which tool goes first so neither always gets the warmer cache.
        for (int k = 0; k < 2; ++k) {
            const bool cliTurn = (round + k) % 2 == 0;
            const Run r = cliTurn ? timeRun(cli, cliArgs, out) : timeRun(kcat, kcatArgs, out);
            const double rate = double(r.lines) / r.seconds;
            std::printf("round %d  %-16s %8lld messages  %7.3f s (cpu %5.2f s)  %10.0f messages/s%s\n", round,
                cliTurn ? "console-consumer" : "kcat", r.lines, r.seconds, r.cpuSeconds, rate,
                r.ok && r.lines == retained ? "" : "  (INCOMPLETE OR FAILED)");
            std::fflush(stdout);
            if (r.ok && r.lines == retained) {
                (cliTurn ? ours : theirs).push_back(rate);
                (cliTurn ? oursCpu : theirsCpu).push_back(r.cpuSeconds);
            }
        }
    }
    const double a = median(ours);
    const double b = median(theirs);
    std::printf("median: console-consumer %.0f messages/s, kcat %.0f messages/s, ratio %.2f (goal >= 1.0)\n",
        a, b, b > 0 ? a / b : 0.0);
    std::printf("median CPU (user+sys) per full read: console-consumer %.2f s, kcat %.2f s\n",
        median(oursCpu), median(theirsCpu));
    return 0;
}
