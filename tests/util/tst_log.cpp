#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "util/log.h"
#include "util/logsecrets.h"

using namespace Qt::StringLiterals;
using cs::util::Logging;
using cs::util::LogLevel;
using cs::util::LogRecord;

namespace {

const cs::util::Logger &testLog()
{
    static const cs::util::Logger l("cs.test.Log");
    return l;
}

const cs::util::Logger &childLog()
{
    static const cs::util::Logger l("cs.test.Log.Child");
    return l;
}

int g_evaluations = 0;
int expensive()
{
    ++g_evaluations;
    return 42;
}

// Collects the records dispatched while it lives.
struct Collector
{
    Collector()
    {
        id = Logging::instance().addSubscriber([this](const LogRecord &r) {
            std::lock_guard lock(mutex);
            records.append(r);
        });
    }
    ~Collector() { Logging::instance().removeSubscriber(id); }
    QList<LogRecord> take()
    {
        std::lock_guard lock(mutex);
        return std::exchange(records, {});
    }
    int id = 0;
    std::mutex mutex;
    QList<LogRecord> records;
};

const QRegularExpression &lineLayout()
{
    static const QRegularExpression re(
        u"^\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}\\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) .* \\([^()]+\\)$"_s);
    return re;
}

} // namespace

class TestLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void layout();
    void loggerRecordsAndLevels();
    void disabledLevelDoesNotEvaluateArguments();
    void qtMessagesGoThroughTheHandler();
    void stderrOutput();
    void timestampedFile();
    void ring();
    void levelChangesLikeConnectLoggers();
    void levelNames();
    void levelsFromConnectLog4jProperties();
    void contextPrefix();
    void subscriberMayLog();
    void signalAcrossThreads();
    void manyThreads();
    void maskingSecrets();
    void benchmarkDisabled();
    void benchmarkEnabled();
};

void TestLog::initTestCase()
{
    Logging::instance().installMessageHandler();
    Logging::instance().setStderrEnabled(false); // keep the test output readable; stderrOutput() checks it
    testLog();
    childLog();
}

void TestLog::init()
{
    Logging::instance().setLevel(u"root"_s, LogLevel::Info);
    Logging::instance().setLevel(u"cs.test"_s, LogLevel::Info);
    Logging::instance().setRingCapacity(5000);
    Logging::instance().closeLogFile();
}

void TestLog::layout()
{
    LogRecord r;
    r.timestampMs = QDateTime(QDate(2026, 11, 21), QTime(13, 45, 0, 7)).toMSecsSinceEpoch(); // local time
    r.level = LogLevel::Info;
    r.logger = u"org.apache.kafka.connect.runtime.Worker"_s;
    r.message = u"Worker started"_s;
    QCOMPARE(cs::util::formatLogRecord(r),
        u"[2026-11-21 13:45:00,007] INFO Worker started (org.apache.kafka.connect.runtime.Worker)"_s);
    r.level = LogLevel::Warn;
    r.context = u"[my-source|task-0] "_s;
    r.timestampMs += 1993; // next second, cache must follow
    QCOMPARE(cs::util::formatLogRecord(r),
        u"[2026-11-21 13:45:02,000] WARN [my-source|task-0] Worker started (org.apache.kafka.connect.runtime.Worker)"_s);
}

void TestLog::loggerRecordsAndLevels()
{
    Collector c;
    CS_LOG_INFO(testLog()) << "hello " << 42 << ' ' << u"world"_s;
    CS_LOG_DEBUG(testLog()) << "not shown at INFO";
    CS_LOG_WARN(testLog()) << "careful";
    const auto records = c.take();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].message, u"hello 42 world"_s);
    QCOMPARE(records[0].level, LogLevel::Info);
    QCOMPARE(records[0].logger, u"cs.test.Log"_s);
    QCOMPARE(records[1].level, LogLevel::Warn);
    QVERIFY(records[1].sequence > records[0].sequence);
    QVERIFY(qAbs(records[0].timestampMs - QDateTime::currentMSecsSinceEpoch()) < 60000);

    Logging::instance().setLevel(u"cs.test.Log"_s, LogLevel::Trace);
    QVERIFY(testLog().isEnabled(LogLevel::Trace));
    CS_LOG_TRACE(testLog()) << "trace now";
    QCOMPARE(c.take().size(), 1);
    Logging::instance().setLevel(u"cs.test.Log"_s, LogLevel::Off);
    CS_LOG_ERROR(testLog()) << "off";
    QCOMPARE(c.take().size(), 0);
}

void TestLog::disabledLevelDoesNotEvaluateArguments()
{
    g_evaluations = 0;
    CS_LOG_DEBUG(testLog()) << expensive();
    CS_LOG_TRACE(testLog()) << expensive();
    QCOMPARE(g_evaluations, 0);
    CS_LOG_INFO(testLog()) << expensive();
    QCOMPARE(g_evaluations, 1);
    if (true)
        CS_LOG_DEBUG(testLog()) << expensive(); // the macro is one statement: safe in an unbraced if
    else
        QFAIL("unreachable");
    QCOMPARE(g_evaluations, 1);
}

void TestLog::qtMessagesGoThroughTheHandler()
{
    Collector c;
    qWarning("plain qWarning %d", 7);
    qCDebug(testLog().category()) << "debug via category (off at INFO)";
    qCInfo(testLog().category()) << "info via category";
    qCCritical(testLog().category()) << "critical via category";
    static const QLoggingCategory foreign("other.component");
    qCDebug(foreign) << "foreign debug (off at INFO)";
    qCWarning(foreign) << "foreign warning";
    auto records = c.take();
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[0].logger, u"root"_s);
    QCOMPARE(records[0].level, LogLevel::Warn);
    QCOMPARE(records[0].message, u"plain qWarning 7"_s);
    QCOMPARE(records[1].logger, u"cs.test.Log"_s);
    QCOMPARE(records[1].level, LogLevel::Info);
    QCOMPARE(records[2].level, LogLevel::Error);
    QCOMPARE(records[3].logger, u"other.component"_s);
    QCOMPARE(records[3].level, LogLevel::Warn);

    // Levels apply to Qt categories too, ours through QLoggingCategory and others in the handler.
    Logging::instance().setLevel(u"cs.test.Log"_s, LogLevel::Debug);
    QVERIFY(testLog().category().isDebugEnabled());
    qCDebug(testLog().category()) << "debug now";
    Logging::instance().setLevel(u"other"_s, LogLevel::Debug);
    qCDebug(foreign) << "foreign debug now";
    records = c.take();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].level, LogLevel::Debug);
    QCOMPARE(records[1].logger, u"other.component"_s);
    Logging::instance().setLevel(u"cs.test.Log"_s, LogLevel::Error);
    QVERIFY(!testLog().category().isWarningEnabled());
    QVERIFY(testLog().category().isCriticalEnabled());
}

void TestLog::stderrOutput()
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(u"stderr.txt"_s).toLocal8Bit();
    std::fflush(stderr);
    const int saved = ::dup(2);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(fd >= 0);
    ::dup2(fd, 2);
    Logging::instance().setStderrEnabled(true);
    CS_LOG_WARN(testLog()) << "to stderr";
    Logging::instance().setStderrEnabled(false);
    CS_LOG_WARN(testLog()) << "not to stderr";
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    ::close(fd);
    QFile f(QString::fromLocal8Bit(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lineLayout().match(lines[0]).hasMatch(), qPrintable(lines[0]));
    QVERIFY(lines[0].endsWith(u"] WARN to stderr (cs.test.Log)"_s));
}

void TestLog::timestampedFile()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"logs/worker-a"_s); // created on demand
    const QDateTime when(QDate(2026, 11, 21), QTime(13, 45, 0));
    QString error;
    const QString first
        = Logging::instance().openTimestampedLogFile(folder, u"connect-worker"_s, &error, when);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(first).fileName(), u"connect-worker-20261121-134500.log"_s);
    QCOMPARE(Logging::instance().logFilePath(), first);
    CS_LOG_INFO(testLog()) << "line one";
    CS_LOG_ERROR(testLog()) << "line two with ünïcödé";
    // A second worker starting in the same second gets its own file.
    const QString second
        = Logging::instance().openTimestampedLogFile(folder, u"connect-worker"_s, &error, when);
    QCOMPARE(QFileInfo(second).fileName(), u"connect-worker-20261121-134500-2.log"_s);
    CS_LOG_INFO(testLog()) << "second file";
    Logging::instance().closeLogFile();
    QVERIFY(Logging::instance().logFilePath().isEmpty());
    CS_LOG_INFO(testLog()) << "after close";

    QFile f(first);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &l : lines)
        QVERIFY2(lineLayout().match(l).hasMatch(), qPrintable(l));
    QVERIFY(lines[0].endsWith(u"] INFO line one (cs.test.Log)"_s));
    QVERIFY(lines[1].endsWith(u"] ERROR line two with ünïcödé (cs.test.Log)"_s));
    QFile g(second);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(g.readAll()).count(u'\n'), 1);

    // An unusable folder is an error value, not a crash.
    QFile blocker(dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(
        Logging::instance().openTimestampedLogFile(dir.filePath(u"blocker/sub"_s), u"x"_s, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestLog::ring()
{
    Logging::instance().setRingCapacity(3);
    for (int i = 1; i <= 5; ++i)
        CS_LOG_INFO(testLog()) << "ring " << i;
    const auto all = Logging::instance().recentRecords();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].message, u"ring 3"_s);
    QCOMPARE(all[2].message, u"ring 5"_s);
    QVERIFY(all[0].sequence < all[1].sequence && all[1].sequence < all[2].sequence);
    const auto newer = Logging::instance().recentRecords(all[1].sequence);
    QCOMPARE(newer.size(), 1);
    QCOMPARE(newer[0].message, u"ring 5"_s);
    QCOMPARE(Logging::instance().recentRecords(0, 2).size(), 2);
    QCOMPARE(Logging::instance().recentRecords(0, 2).first().message, u"ring 4"_s);
    QCOMPARE(Logging::instance().recentRecords(all[2].sequence).size(), 0);
    Logging::instance().setRingCapacity(1);
    QCOMPARE(Logging::instance().recentRecords().size(), 1);
    QCOMPARE(Logging::instance().ringCapacity(), 1);
}

void TestLog::levelChangesLikeConnectLoggers()
{
    Logging &logging = Logging::instance();
    QVERIFY(!logging.level(u"no.such.logger"_s).has_value()); // → "Logger no.such.logger not found."
    QCOMPARE(logging.level(u"root"_s)->level, LogLevel::Info);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QStringList affected = logging.setLevel(u"cs.test.Log"_s, LogLevel::Debug);
    QCOMPARE(affected, QStringList({ u"cs.test.Log"_s, u"cs.test.Log.Child"_s }));
    QVERIFY(childLog().isEnabled(LogLevel::Debug));
    const auto explicitLevels = logging.explicitLevels();
    QVERIFY(explicitLevels.contains(u"cs.test.Log"_s));
    QVERIFY(explicitLevels.contains(u"cs.test.Log.Child"_s));
    QVERIFY(explicitLevels.contains(u"root"_s));
    QCOMPARE(explicitLevels.constFind(u"cs.test.Log.Child"_s)->level, LogLevel::Debug);
    const qint64 modified = *explicitLevels.constFind(u"cs.test.Log"_s)->lastModifiedMs;
    QVERIFY(modified >= before);
    QCOMPARE(explicitLevels.firstKey() <= explicitLevels.lastKey(), true); // sorted

    // Setting the same level again leaves the last-modified time alone.
    QTest::qWait(5);
    logging.setLevel(u"cs.test.Log"_s, LogLevel::Debug);
    QCOMPARE(*logging.level(u"cs.test.Log"_s)->lastModifiedMs, modified);

    // An unknown namespace is created (log4j's lookupLogger) and then found.
    const QStringList created = logging.setLevel(u"org.apache.kafka.connect.runtime"_s, LogLevel::Warn);
    QCOMPARE(created, QStringList { u"org.apache.kafka.connect.runtime"_s });
    QCOMPARE(logging.level(u"org.apache.kafka.connect.runtime"_s)->level, LogLevel::Warn);
    QCOMPARE(logging.effectiveLevel(u"org.apache.kafka.connect.runtime.Worker"_s), LogLevel::Warn);
    QCOMPARE(logging.effectiveLevel(u"org.apache.kafka.clients"_s), LogLevel::Info);

    // Startup configuration: explicit, without a last-modified time.
    logging.configureLevel(u"cs.test.configured"_s, LogLevel::Error);
    QCOMPARE(logging.level(u"cs.test.configured"_s)->lastModifiedMs, std::nullopt);

    // "root" reaches every logger, and the root level itself.
    const QStringList everything = logging.setLevel(u"root"_s, LogLevel::Error);
    QVERIFY(everything.contains(u"root"_s));
    QVERIFY(everything.contains(u"cs.test.Log.Child"_s));
    QVERIFY(!testLog().isEnabled(LogLevel::Warn));
    QVERIFY(logging.level(u"root"_s)->lastModifiedMs.has_value());
    QVERIFY(logging.knownLoggers().contains(u"cs.test.Log"_s));
}

void TestLog::levelNames()
{
    using cs::util::parseLogLevel;
    QCOMPARE(parseLogLevel(u"warn"), LogLevel::Warn);
    QCOMPARE(parseLogLevel(u"DEBUG"), LogLevel::Debug);
    QCOMPARE(parseLogLevel(u"all"), LogLevel::Trace);
    QCOMPARE(parseLogLevel(u"Off"), LogLevel::Off);
    QCOMPARE(parseLogLevel(u"FATAL"), LogLevel::Fatal);
    QCOMPARE(parseLogLevel(u"verbose"), std::nullopt);
    for (int l = 0; l <= int(LogLevel::Off); ++l)
        QCOMPARE(parseLogLevel(cs::util::logLevelName(LogLevel(l))), LogLevel(l));
}

void TestLog::levelsFromConnectLog4jProperties()
{
    // The level lines of Apache Kafka's config/connect-log4j.properties, plus a bad one.
    const QList<std::pair<QString, QString>> props { { u"log4j.rootLogger"_s,
                                                         u"WARN, stdout, connectAppender"_s },
        { u"log4j.appender.stdout"_s, u"org.apache.log4j.ConsoleAppender"_s },
        { u"log4j.appender.stdout.layout.ConversionPattern"_s,
            u"[%d] %p %X{connector.context}%m (%c:%L)%n"_s },
        { u"log4j.logger.org.reflections"_s, u"ERROR"_s },
        { u"log4j.logger.org.apache.zookeeper"_s, u"error"_s },
        { u"log4j.logger.cs.test.log4j"_s, u"verbose"_s },
        { u"log4j.logger.cs.test.inherit"_s, u", stdout"_s } };
    const QStringList problems = Logging::instance().configureFromLog4j(props);
    QCOMPARE(problems, QStringList { u"log4j.logger.cs.test.log4j: unknown log level \"verbose\""_s });
    QCOMPARE(Logging::instance().level(u"root"_s)->level, LogLevel::Warn);
    QCOMPARE(Logging::instance().level(u"org.reflections"_s)->level, LogLevel::Error);
    QCOMPARE(Logging::instance().effectiveLevel(u"org.apache.zookeeper.ClientCnxn"_s), LogLevel::Error);
    QCOMPARE(Logging::instance().level(u"org.reflections"_s)->lastModifiedMs, std::nullopt);
    QVERIFY(!Logging::instance().level(u"cs.test.log4j"_s).has_value());
    QCOMPARE(Logging::instance().effectiveLevel(u"cs.test.inherit"_s),
        Logging::instance().effectiveLevel(u"cs.test"_s));
    Logging::instance().configureLevel(u"root"_s, LogLevel::Info);
}

void TestLog::contextPrefix()
{
    Collector c;
    {
        cs::util::LogContext task(u"[my-sink|task-1] "_s);
        CS_LOG_INFO(testLog()) << "put 5 records";
        {
            cs::util::LogContext inner(u"[other|worker] "_s);
            QCOMPARE(cs::util::LogContext::current(), u"[other|worker] "_s);
        }
        QCOMPARE(cs::util::LogContext::current(), u"[my-sink|task-1] "_s);
    }
    QVERIFY(cs::util::LogContext::current().isEmpty());
    const auto records = c.take();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].context, u"[my-sink|task-1] "_s);
    QVERIFY(cs::util::formatLogRecord(records[0])
                .contains(u"] INFO [my-sink|task-1] put 5 records (cs.test.Log)"_s));
}

void TestLog::subscriberMayLog()
{
    std::atomic<int> calls = 0;
    const int id = Logging::instance().addSubscriber([&](const LogRecord &r) {
        ++calls;
        if (r.message == u"outer"_s)
            CS_LOG_WARN(testLog()) << "logged from a subscriber";
    });
    CS_LOG_INFO(testLog()) << "outer";
    Logging::instance().removeSubscriber(id);
    QCOMPARE(calls.load(), 1); // the nested record is not dispatched again ...
    const auto recent = Logging::instance().recentRecords(0, 2);
    QCOMPARE(recent.size(), 2); // ... but it is written
    QCOMPARE(recent[1].message, u"logged from a subscriber"_s);
}

void TestLog::signalAcrossThreads()
{
    QList<LogRecord> received;
    QObject receiver;
    connect(
        &Logging::instance(), &Logging::recordAppended, &receiver,
        [&](const LogRecord &r) {
            QCOMPARE(QThread::currentThread(), qApp->thread());
            received.append(r);
        },
        Qt::QueuedConnection);
    std::thread t([] { CS_LOG_INFO(testLog()) << "from a worker thread"; });
    t.join();
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received[0].message, u"from a worker thread"_s);
}

void TestLog::manyThreads()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(Logging::instance().openLogFile(dir.filePath(u"threads.log"_s), &error), qPrintable(error));
    Logging::instance().setRingCapacity(100000);
    const quint64 start = Logging::instance().recentRecords().isEmpty()
        ? 0
        : Logging::instance().recentRecords().last().sequence;
    Collector c;
    constexpr int threads = 8;
    constexpr int perThread = 2000;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([t] {
            for (int i = 0; i < perThread; ++i) {
                CS_LOG_INFO(testLog()) << "thread " << t << " record " << i;
                CS_LOG_DEBUG(testLog()) << "never";
            }
        });
    }
    for (auto &th : pool)
        th.join();
    Logging::instance().closeLogFile();
    QCOMPARE(c.take().size(), threads * perThread);
    const auto ring = Logging::instance().recentRecords(start);
    QCOMPARE(ring.size(), threads * perThread);
    for (qsizetype i = 1; i < ring.size(); ++i)
        QCOMPARE(ring[i].sequence, ring[i - 1].sequence + 1);
    QFile f(dir.filePath(u"threads.log"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), threads * perThread);
    for (const QString &l : lines) {
        if (!lineLayout().match(l).hasMatch())
            QFAIL(qPrintable(u"torn line: "_s + l));
    }
}

void TestLog::maskingSecrets()
{
    using cs::util::isSecretConfigKey;
    for (const auto key : { u"connection.password", u"ssl.key.password", u"ssl.truststore.password",
             u"sasl.jaas.config", u"aws.secret.access.key", u"client.secret", u"ssl.keystore.key",
             u"Connection.PASSWORD", u"transforms.x.api.key" })
        QVERIFY2(isSecretConfigKey(key), qPrintable(QStringView(key).toString()));
    for (const auto key : { u"connection.user", u"key.converter", u"key.converter.schemas.enable",
             u"keystore", u"pk.fields", u"connection.url", u"tasks.max", u"key" })
        QVERIFY2(!isSecretConfigKey(key), qPrintable(QStringView(key).toString()));

    const QList<std::pair<QString, QString>> config { { u"connector.class"_s, u"JdbcSinkConnector"_s },
        { u"connection.user"_s, u"sa"_s }, { u"connection.password"_s, u"p4ssw0rd"_s },
        { u"sasl.jaas.config"_s,
            u"org.apache.kafka.common.security.plain.PlainLoginModule required password=\"x9\";"_s } };
    const QString rendered = cs::util::renderConfigForLog(config);
    QCOMPARE(rendered,
        u"{connector.class=JdbcSinkConnector, connection.user=sa, connection.password=[hidden], sasl.jaas.config=[hidden]}"_s);
    QVERIFY(!rendered.contains(u"p4ssw0rd"_s));
    QVERIFY(!rendered.contains(u"x9"_s));

    QMap<QString, QString> map;
    for (const auto &[k, v] : config)
        map.insert(k, v);
    QVERIFY(!cs::util::renderConfigForLog(map).contains(u"p4ssw0rd"_s));
    QCOMPARE(cs::util::renderConfigForLog(QMap<QString, QString>()), u"{}"_s);

    QCOMPARE(cs::util::renderConfigValuesForLog(u"JdbcSinkConfig"_s, config),
        u"JdbcSinkConfig values: \n\tconnection.password = [hidden]\n\tconnection.user = sa\n"
        u"\tconnector.class = JdbcSinkConnector\n\tsasl.jaas.config = [hidden]\n"_s);
    QCOMPARE(cs::util::maskedConfigValue(u"tasks.max", u"1"_s), u"1"_s);
}

void TestLog::benchmarkDisabled()
{
    // Figures only (printed by QBENCHMARK); never asserted.
    int n = 0;
    QBENCHMARK
    {
        for (int i = 0; i < 1000; ++i)
            CS_LOG_DEBUG(testLog()) << "disabled " << i << ' ' << (n += 1);
    }
    QCOMPARE(n, 0);
}

void TestLog::benchmarkEnabled()
{
    Logging::instance().setRingCapacity(1000);
    Collector c; // keeps a subscriber, like a GUI log view would
    QBENCHMARK
    {
        CS_LOG_INFO(testLog()) << "enabled record number " << 12345 << " with a short text";
    }
    c.take();
}

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
