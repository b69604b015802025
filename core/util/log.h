#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QDebug>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QObject>
#include <QString>

namespace cs::util {

// The process's logging, shaped like Kafka Connect's log4j setup so that a worker's log reads like
// Apache Kafka Connect's: `[2026-11-21 13:45:00,123] INFO message (logger)`.
//
// - Loggers are named like Java loggers ("org.apache.kafka.connect.runtime.Worker" or
//   "cs.worker"); each has a QLoggingCategory of the same name, so qCDebug/qCInfo work too.
// - Levels TRACE < DEBUG < INFO < WARN < ERROR < FATAL < OFF, per logger name with log4j's
//   inheritance along dots; the root level is INFO (connect-log4j.properties).
// - Qt's own messages (qWarning, qCDebug(...)) arrive through a Qt message handler and are
//   written the same way; QtDebugMsg → DEBUG, QtInfoMsg → INFO, QtWarningMsg → WARN,
//   QtCriticalMsg → ERROR, QtFatalMsg → FATAL.
// - Records go to stderr, optionally to a file, to a bounded ring of recent records and to
//   subscribers (a callback or the recordAppended() signal) for a GUI log view.
// - Thread-safe: log from any thread. A disabled level costs one relaxed atomic load.

enum class LogLevel : int
{
    Trace = 0,
    Debug = 1,
    Info = 2,
    Warn = 3,
    Error = 4,
    Fatal = 5,
    Off = 6
};

QString logLevelName(LogLevel level); // "TRACE", ... "OFF"
// log4j's Level.toLevel without a fallback: case-insensitive names, "ALL" = TRACE.
std::optional<LogLevel> parseLogLevel(QStringView name);

struct LogRecord
{
    quint64 sequence = 0; // 1, 2, 3, ... in the order records were accepted
    qint64 timestampMs = 0; // since the epoch
    LogLevel level = LogLevel::Info;
    QString logger; // "root" for uncategorized Qt messages
    QString context; // connector context such as "[my-source|task-0] ", may be empty
    QString message;
};

// `[yyyy-MM-dd HH:mm:ss,zzz] LEVEL <context>message (logger)` in local time, log4j's
// `[%d] %p %X{connector.context}%m (%c)` without the trailing newline.
QString formatLogRecord(const LogRecord &record);

// What /admin/loggers shows for one logger.
struct LoggerLevel
{
    LogLevel level = LogLevel::Info;
    std::optional<qint64> lastModifiedMs; // null until changed at runtime
};

// A named logger. Create one per class or area as a function-local or namespace-scope static:
//   const cs::util::Logger &log() { static const cs::util::Logger l("cs.worker.Worker"); return l; }
// and log through the CS_LOG_* macros. Cheap to query; never destroyed before the process ends
// (the state lives in the registry).
class Logger
{
public:
    explicit Logger(const char *name);

    const QString &name() const;
    bool isEnabled(LogLevel level) const
    {
        return static_cast<int>(level) >= m_threshold->load(std::memory_order_relaxed);
    }
    const QLoggingCategory &category() const { return *m_category; }

    void log(LogLevel level, const QString &message) const;

private:
    const std::atomic<int> *m_threshold; // owned by the registry, lives until exit
    const QLoggingCategory *m_category; // owned by the registry, lives until exit
    const QString *m_name;
};

// Builds one record's text with QDebug's streaming and writes it when destroyed.
class LogLine
{
public:
    LogLine(const Logger &logger, LogLevel level)
        : m_logger(logger)
        , m_level(level)
        , m_debug(&m_text)
    {
        m_debug.noquote().nospace();
    }
    ~LogLine() { m_logger.log(m_level, m_text); }
    LogLine(const LogLine &) = delete;
    LogLine &operator=(const LogLine &) = delete;
    QDebug &stream() { return m_debug; }

private:
    const Logger &m_logger;
    LogLevel m_level;
    QString m_text;
    QDebug m_debug;
};

// Sets the connector context (log4j MDC "connector.context") of the current thread for its
// lifetime, e.g. LogContext ctx(u"[my-source|task-0] "_s). Nests; restores the previous one.
class LogContext
{
public:
    explicit LogContext(const QString &context);
    ~LogContext();
    LogContext(const LogContext &) = delete;
    LogContext &operator=(const LogContext &) = delete;
    static QString current();

private:
    QString m_previous;
};

// The registry and the outputs. One per process (Logging::instance()); created on first use.
class Logging final : public QObject
{
    Q_OBJECT

public:
    static Logging &instance();

    // Installs the Qt message handler (idempotent). Until then Qt's messages use Qt's handler,
    // while CS_LOG_* records still reach every output.
    void installMessageHandler();
    void uninstallMessageHandler();

    // Outputs.
    void setStderrEnabled(bool enabled);
    bool stderrEnabled() const;
    // Appends records to `path` (created with its folder). Returns false and fills `error`.
    bool openLogFile(const QString &path, QString *error = nullptr);
    // Opens <folder>/<prefix>-yyyyMMdd-HHmmss.log (a "-2", "-3", ... suffix when that name is
    // taken) and returns its path, or an empty string and `error`. `now` is for tests.
    QString openTimestampedLogFile(const QString &folder,
        const QString &prefix = QStringLiteral("connect-worker"), QString *error = nullptr,
        const QDateTime &now = QDateTime::currentDateTime());
    void closeLogFile();
    QString logFilePath() const;

    // Levels. setLevel follows Connect's Loggers.setLevel: the named logger and every known logger
    // whose name starts with it get the level explicitly ("root" = all loggers); returns the affected
    // names, sorted. Changing the level of a logger that already has it leaves its last-modified
    // time alone.
    QStringList setLevel(const QString &name, LogLevel level);
    // Level configured at startup (like connect-log4j.properties): explicit, no last-modified time.
    void configureLevel(const QString &name, LogLevel level);
    // Applies the level settings of a Kafka connect-log4j.properties (log4j 1 syntax):
    // `log4j.rootLogger=INFO, stdout, connectAppender` sets the root level and
    // `log4j.logger.org.reflections=ERROR` a logger's level; appender settings are not used (the
    // outputs are configured above). Returns one message per setting that could not be applied.
    QStringList configureFromLog4j(const QList<std::pair<QString, QString>> &properties);
    LogLevel effectiveLevel(const QString &name) const;
    // The logger's level if it is known (registered, seen, or explicitly set), else nullopt
    // ("Logger <name> not found.").
    std::optional<LoggerLevel> level(const QString &name) const;
    // Every logger with an explicit level plus "root", sorted by name (GET /admin/loggers).
    QMap<QString, LoggerLevel> explicitLevels() const;
    QStringList knownLoggers() const;

    // The ring of recent records.
    void setRingCapacity(qsizetype capacity);
    qsizetype ringCapacity() const;
    // Records with sequence > `afterSequence`, oldest first, at most `max` (the newest ones).
    QList<LogRecord> recentRecords(quint64 afterSequence = 0, qsizetype max = -1) const;

    // Subscribers run on the logging thread, outside the logging lock; a record logged from
    // inside a subscriber is written but not passed to subscribers again. Returns an id.
    int addSubscriber(std::function<void(const LogRecord &)> callback);
    void removeSubscriber(int id);

    // Writes a record to every output. Used by Logger and by the Qt message handler.
    void write(LogLevel level, const QString &logger, const QString &message);

Q_SIGNALS:
    // Emitted from the logging thread for every record: connect with Qt::QueuedConnection (the
    // default across threads) to show records in a widget.
    void recordAppended(const cs::util::LogRecord &record);

private:
    Logging();
    ~Logging() override;
    friend class Logger;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs::util

Q_DECLARE_METATYPE(cs::util::LogRecord)

// Logging macros: the arguments are not evaluated when the level is off.
//   CS_LOG_INFO(log()) << "Starting connector " << name;
#define CS_LOG_AT(logger, lvl)                                                                               \
    for (bool cs_log_on_ = (logger).isEnabled(lvl); cs_log_on_; cs_log_on_ = false)                          \
    ::cs::util::LogLine((logger), (lvl)).stream()
#define CS_LOG_TRACE(logger) CS_LOG_AT(logger, ::cs::util::LogLevel::Trace)
#define CS_LOG_DEBUG(logger) CS_LOG_AT(logger, ::cs::util::LogLevel::Debug)
#define CS_LOG_INFO(logger) CS_LOG_AT(logger, ::cs::util::LogLevel::Info)
#define CS_LOG_WARN(logger) CS_LOG_AT(logger, ::cs::util::LogLevel::Warn)
#define CS_LOG_ERROR(logger) CS_LOG_AT(logger, ::cs::util::LogLevel::Error)
