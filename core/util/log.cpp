#include "util/log.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <limits>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>

namespace cs::util {

namespace {

const QString &rootName()
{
    static const QString name = QStringLiteral("root");
    return name;
}

// Re-entry guards. A Qt warning raised while this thread holds the logging lock (say by QFile)
// must not wait for that lock; a record logged by a subscriber must not be dispatched again.
thread_local bool t_insideLock = false;
thread_local bool t_dispatching = false;
thread_local QString t_context;

// Per-thread cache of the "[yyyy-MM-dd HH:mm:ss," prefix: local-time conversion is the most
// expensive part of a record and changes once a second.
thread_local qint64 t_cachedSecond = std::numeric_limits<qint64>::min();
thread_local QString t_cachedPrefix;

LogLevel levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogLevel::Debug;
    case QtInfoMsg:
        return LogLevel::Info;
    case QtWarningMsg:
        return LogLevel::Warn;
    case QtCriticalMsg:
        return LogLevel::Error;
    case QtFatalMsg:
        return LogLevel::Fatal;
    }
    return LogLevel::Info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message);

} // namespace

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
        return QStringLiteral("TRACE");
    case LogLevel::Debug:
        return QStringLiteral("DEBUG");
    case LogLevel::Info:
        return QStringLiteral("INFO");
    case LogLevel::Warn:
        return QStringLiteral("WARN");
    case LogLevel::Error:
        return QStringLiteral("ERROR");
    case LogLevel::Fatal:
        return QStringLiteral("FATAL");
    case LogLevel::Off:
        return QStringLiteral("OFF");
    }
    return {};
}

std::optional<LogLevel> parseLogLevel(QStringView name)
{
    static const std::pair<const char16_t *, LogLevel> names[]
        = { { u"ALL", LogLevel::Trace }, { u"TRACE", LogLevel::Trace }, { u"DEBUG", LogLevel::Debug },
              { u"INFO", LogLevel::Info }, { u"WARN", LogLevel::Warn }, { u"ERROR", LogLevel::Error },
              { u"FATAL", LogLevel::Fatal }, { u"OFF", LogLevel::Off } };
    for (const auto &[text, level] : names) {
        if (name.compare(QStringView(text), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

QString formatLogRecord(const LogRecord &record)
{
    const qint64 second
        = record.timestampMs >= 0 ? record.timestampMs / 1000 : (record.timestampMs - 999) / 1000;
    if (second != t_cachedSecond) {
        t_cachedSecond = second;
        t_cachedPrefix = u'['
            + QDateTime::fromMSecsSinceEpoch(second * 1000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            + u',';
    }
    const int millis = static_cast<int>(record.timestampMs - second * 1000);
    QString out;
    out.reserve(
        t_cachedPrefix.size() + record.message.size() + record.logger.size() + record.context.size() + 16);
    out += t_cachedPrefix;
    out += QString::number(millis).rightJustified(3, u'0');
    out += u"] ";
    out += logLevelName(record.level);
    out += u' ';
    out += record.context;
    out += record.message;
    out += u" (";
    out += record.logger;
    out += u')';
    return out;
}

struct LoggerState
{
    QString name;
    QByteArray utf8Name; // QLoggingCategory keeps the pointer: must not move or die
    std::atomic<int> threshold { static_cast<int>(LogLevel::Info) };
    std::unique_ptr<QLoggingCategory> category;
};

struct Logging::Private
{
    mutable QMutex mutex;
    // Everything below is guarded by mutex, except LoggerState::threshold (atomic).
    bool stderrEnabled = true;
    QFile file;
    QHash<QString, LoggerState *> registered; // never freed: Logger objects point into them
    QMap<QString, LoggerLevel> explicitLevels; // without root
    LoggerLevel root;
    QSet<QString> known;
    std::deque<LogRecord> ring;
    qsizetype ringCapacity = 5000;
    quint64 sequence = 0;
    QList<std::pair<int, std::function<void(const LogRecord &)>>> subscribers;
    int nextSubscriberId = 1;
    bool handlerInstalled = false;
    QtMessageHandler previousHandler = nullptr;

    LogLevel effectiveLocked(const QString &name) const
    {
        if (name == rootName())
            return root.level;
        QStringView n(name);
        for (;;) {
            const auto it = explicitLevels.constFind(n.toString());
            if (it != explicitLevels.cend())
                return it->level;
            const qsizetype dot = n.lastIndexOf(u'.');
            if (dot < 0)
                return root.level;
            n = n.first(dot);
        }
    }

    void applyThreshold(LoggerState *state) const
    {
        const int t = static_cast<int>(effectiveLocked(state->name));
        state->threshold.store(t, std::memory_order_relaxed);
        state->category->setEnabled(QtDebugMsg, t <= static_cast<int>(LogLevel::Debug));
        state->category->setEnabled(QtInfoMsg, t <= static_cast<int>(LogLevel::Info));
        state->category->setEnabled(QtWarningMsg, t <= static_cast<int>(LogLevel::Warn));
        state->category->setEnabled(QtCriticalMsg, t <= static_cast<int>(LogLevel::Error));
    }

    void applyAllThresholds() const
    {
        for (LoggerState *state : registered)
            applyThreshold(state);
    }

    LoggerState *registerLocked(const QString &name)
    {
        if (LoggerState *existing = registered.value(name))
            return existing;
        auto *state = new LoggerState;
        state->name = name;
        state->utf8Name = name.toUtf8();
        state->category = std::make_unique<QLoggingCategory>(state->utf8Name.constData(), QtDebugMsg);
        registered.insert(name, state);
        known.insert(name);
        applyThreshold(state);
        return state;
    }
};

Logger::Logger(const char *name)
{
    Logging &logging = Logging::instance();
    QMutexLocker lock(&logging.d->mutex);
    t_insideLock = true; // a Qt message raised while the category registers must not wait for us
    LoggerState *state = logging.d->registerLocked(QString::fromUtf8(name));
    t_insideLock = false;
    m_threshold = &state->threshold;
    m_category = state->category.get();
    m_name = &state->name;
}

const QString &Logger::name() const
{
    return *m_name;
}

void Logger::log(LogLevel level, const QString &message) const
{
    if (isEnabled(level))
        Logging::instance().write(level, *m_name, message);
}

LogContext::LogContext(const QString &context)
    : m_previous(t_context)
{
    t_context = context;
}

LogContext::~LogContext()
{
    t_context = m_previous;
}

QString LogContext::current()
{
    return t_context;
}

Logging::Logging()
    : d(std::make_unique<Private>())
{
    qRegisterMetaType<cs::util::LogRecord>();
    d->root.level = LogLevel::Info;
    d->known.insert(rootName());
}

Logging::~Logging() = default;

Logging &Logging::instance()
{
    // Deliberately never destroyed: Qt may log during static destruction, and Logger objects
    // keep pointers into the registry until the very end.
    static Logging *const logging = new Logging;
    return *logging;
}

void Logging::installMessageHandler()
{
    QMutexLocker lock(&d->mutex);
    if (d->handlerInstalled)
        return;
    d->previousHandler = qInstallMessageHandler(qtMessageHandler);
    d->handlerInstalled = true;
}

void Logging::uninstallMessageHandler()
{
    QMutexLocker lock(&d->mutex);
    if (!d->handlerInstalled)
        return;
    qInstallMessageHandler(d->previousHandler);
    d->handlerInstalled = false;
}

void Logging::setStderrEnabled(bool enabled)
{
    QMutexLocker lock(&d->mutex);
    d->stderrEnabled = enabled;
}

bool Logging::stderrEnabled() const
{
    QMutexLocker lock(&d->mutex);
    return d->stderrEnabled;
}

bool Logging::openLogFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the log folder %1.").arg(info.absolutePath());
        return false;
    }
    QMutexLocker lock(&d->mutex);
    if (d->file.isOpen())
        d->file.close();
    d->file.setFileName(path);
    // Unbuffered: every record reaches the file at once, so a killed worker loses no lines.
    if (!d->file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("Cannot open the log file %1: %2").arg(path, d->file.errorString());
        return false;
    }
    return true;
}

QString Logging::openTimestampedLogFile(
    const QString &folder, const QString &prefix, QString *error, const QDateTime &now)
{
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QDir dir(folder);
    QString path = dir.filePath(prefix + u'-' + stamp + QStringLiteral(".log"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(prefix + u'-' + stamp + u'-' + QString::number(n) + QStringLiteral(".log"));
    if (!openLogFile(path, error))
        return {};
    return path;
}

void Logging::closeLogFile()
{
    QMutexLocker lock(&d->mutex);
    d->file.close();
}

QString Logging::logFilePath() const
{
    QMutexLocker lock(&d->mutex);
    return d->file.isOpen() ? d->file.fileName() : QString();
}

QStringList Logging::setLevel(const QString &name, LogLevel level)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&d->mutex);
    QStringList affected;
    // Connect's Loggers.setLevel(logger, level): a logger whose level (explicit, else effective)
    // already is `level` is reported but left alone.
    auto setOne = [&](const QString &logger) {
        affected.append(logger);
        d->known.insert(logger);
        if (logger == rootName()) {
            if (d->root.level != level) {
                d->root.level = level;
                d->root.lastModifiedMs = now;
            }
            return;
        }
        const auto it = d->explicitLevels.constFind(logger);
        const LogLevel current = it != d->explicitLevels.cend() ? it->level : d->effectiveLocked(logger);
        if (current == level)
            return;
        d->explicitLevels[logger] = LoggerLevel { level, now };
    };
    // Deepest names first: each logger is compared with its ancestors' levels from before this
    // call, so every affected logger ends up with an explicit level whatever the set's order.
    // (Upstream walks log4j's unordered logger table, where the result can depend on that order.)
    QStringList known = d->known.values();
    std::sort(known.begin(), known.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    if (name.compare(rootName(), Qt::CaseInsensitive) == 0) {
        for (const QString &logger : known) {
            if (logger != rootName())
                setOne(logger);
        }
        setOne(rootName());
    } else {
        // Plain prefix match, as upstream: "org.apache.kafka.connect" also takes
        // "org.apache.kafka.connect.runtime.Worker"; the namespace itself is always included.
        for (const QString &logger : known) {
            if (logger != rootName() && logger.startsWith(name))
                setOne(logger);
        }
        if (!d->known.contains(name))
            setOne(name);
    }
    d->applyAllThresholds();
    affected.sort();
    return affected;
}

void Logging::configureLevel(const QString &name, LogLevel level)
{
    QMutexLocker lock(&d->mutex);
    if (name == rootName()) {
        d->root.level = level;
    } else {
        d->explicitLevels[name].level = level;
        d->known.insert(name);
    }
    d->applyAllThresholds();
}

QStringList Logging::configureFromLog4j(const QList<std::pair<QString, QString>> &properties)
{
    static const QString rootKey = QStringLiteral("log4j.rootLogger");
    static const QString loggerPrefix = QStringLiteral("log4j.logger.");
    QStringList problems;
    for (const auto &[key, value] : properties) {
        QString logger;
        if (key == rootKey)
            logger = rootName();
        else if (key.startsWith(loggerPrefix) && key.size() > loggerPrefix.size())
            logger = key.mid(loggerPrefix.size());
        else
            continue;
        // "LEVEL, appender, ...": an empty first token keeps the inherited level.
        const QString levelText = value.section(u',', 0, 0).trimmed();
        if (levelText.isEmpty())
            continue;
        if (const auto level = parseLogLevel(levelText))
            configureLevel(logger, *level);
        else
            problems.append(tr("%1: unknown log level \"%2\"").arg(key, levelText));
    }
    return problems;
}

LogLevel Logging::effectiveLevel(const QString &name) const
{
    QMutexLocker lock(&d->mutex);
    return d->effectiveLocked(name);
}

std::optional<LoggerLevel> Logging::level(const QString &name) const
{
    QMutexLocker lock(&d->mutex);
    if (name == rootName())
        return d->root;
    if (!d->known.contains(name))
        return std::nullopt;
    const auto it = d->explicitLevels.constFind(name);
    if (it != d->explicitLevels.cend())
        return *it;
    return LoggerLevel { d->effectiveLocked(name), std::nullopt };
}

QMap<QString, LoggerLevel> Logging::explicitLevels() const
{
    QMutexLocker lock(&d->mutex);
    QMap<QString, LoggerLevel> out;
    for (auto it = d->explicitLevels.cbegin(); it != d->explicitLevels.cend(); ++it)
        out.insert(it.key(), it.value());
    out.insert(rootName(), d->root);
    return out;
}

QStringList Logging::knownLoggers() const
{
    QMutexLocker lock(&d->mutex);
    QStringList out = d->known.values();
    out.sort();
    return out;
}

void Logging::setRingCapacity(qsizetype capacity)
{
    QMutexLocker lock(&d->mutex);
    d->ringCapacity = std::max<qsizetype>(0, capacity);
    while (qsizetype(d->ring.size()) > d->ringCapacity)
        d->ring.pop_front();
}

qsizetype Logging::ringCapacity() const
{
    QMutexLocker lock(&d->mutex);
    return d->ringCapacity;
}

QList<LogRecord> Logging::recentRecords(quint64 afterSequence, qsizetype max) const
{
    QMutexLocker lock(&d->mutex);
    // Records are in sequence order: find the first newer one from the back.
    auto first = d->ring.end();
    while (first != d->ring.begin() && std::prev(first)->sequence > afterSequence)
        --first;
    if (max >= 0 && d->ring.end() - first > max)
        first = d->ring.end() - max;
    return QList<LogRecord>(first, d->ring.end());
}

int Logging::addSubscriber(std::function<void(const LogRecord &)> callback)
{
    QMutexLocker lock(&d->mutex);
    const int id = d->nextSubscriberId++;
    d->subscribers.append({ id, std::move(callback) });
    return id;
}

void Logging::removeSubscriber(int id)
{
    QMutexLocker lock(&d->mutex);
    d->subscribers.removeIf([id](const auto &s) { return s.first == id; });
}

void Logging::write(LogLevel level, const QString &logger, const QString &message)
{
    LogRecord record;
    record.timestampMs = QDateTime::currentMSecsSinceEpoch();
    record.level = level;
    record.logger = logger;
    record.context = t_context;
    record.message = message;
    const QByteArray line = (formatLogRecord(record) + u'\n').toUtf8();

    if (t_insideLock) {
        // A Qt message raised by an output (QFile, say) while this thread holds the lock: keep
        // the line, skip the outputs that need the lock.
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        return;
    }
    QList<std::pair<int, std::function<void(const LogRecord &)>>> subscribers;
    {
        QMutexLocker lock(&d->mutex);
        t_insideLock = true;
        record.sequence = ++d->sequence;
        if (!d->known.contains(logger))
            d->known.insert(logger);
        if (d->stderrEnabled) {
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        }
        if (d->file.isOpen())
            d->file.write(line);
        if (d->ringCapacity > 0) {
            if (qsizetype(d->ring.size()) >= d->ringCapacity)
                d->ring.pop_front();
            d->ring.push_back(record);
        }
        if (!t_dispatching)
            subscribers = d->subscribers;
        t_insideLock = false;
    }
    if (t_dispatching)
        return; // logged by a subscriber: written above, not dispatched again
    t_dispatching = true;
    for (const auto &[id, callback] : std::as_const(subscribers))
        callback(record);
    Q_EMIT recordAppended(record);
    t_dispatching = false;
}

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category;
    QString logger
        = (!category || qstrcmp(category, "default") == 0) ? rootName() : QString::fromUtf8(category);
    const LogLevel level = levelOf(type);
    Logging &logging = Logging::instance();
    // Our own categories are already filtered by QLoggingCategory; Qt's are filtered here, except
    // while this thread holds the logging lock (write() then only prints the line).
    if (!t_insideLock && level < LogLevel::Fatal && level < logging.effectiveLevel(logger))
        return;
    logging.write(level, logger, message);
}

} // namespace

} // namespace cs::util
