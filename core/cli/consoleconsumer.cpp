#include "cli/consoleconsumer.h"

#include <atomic>
#include <chrono>
#include <csignal>

#include <QCoreApplication>
#include <QDateTime>

#include "kafka/admin.h"
#include "util/version.h"

namespace cs::cli {

namespace {

std::atomic<bool> g_interrupted { false };

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::cli::ConsoleConsumer", text);
}

void writeLine(FILE *f, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
    std::fputc('\n', f);
}

// log4j's pattern of the Kafka tools: "[2024-01-01 12:00:00,000] ERROR message (logger)".
QString logLine(const char *level, const QString &message, const char *logger)
{
    return QStringLiteral("[%1] %2 %3 (%4)")
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz")),
            QLatin1String(level), message, QLatin1String(logger));
}

// Splits "--name=value" / "--name value"; returns the option name without dashes.
struct ArgReader
{
    const QStringList &args;
    qsizetype i = 0;
    QString pendingValue;
    bool hasPendingValue = false;

    bool atEnd() const { return i >= args.size(); }
    QString nextOption()
    {
        QString arg = args.at(i++);
        hasPendingValue = false;
        const qsizetype eq = arg.indexOf(u'=');
        if (arg.startsWith(u"--") && eq > 0) {
            pendingValue = arg.mid(eq + 1);
            hasPendingValue = true;
            arg.truncate(eq);
        }
        return arg;
    }
    bool value(QString *out)
    {
        if (hasPendingValue) {
            *out = pendingValue;
            hasPendingValue = false;
            return true;
        }
        if (i >= args.size())
            return false;
        *out = args.at(i++);
        return true;
    }
};

// joptsimple's texts, as the Kafka tools print them.
QString missingArgument(const QString &option)
{
    return QStringLiteral("Option %1 requires an argument").arg(option);
}

QString cannotParse(const QString &value, const QString &option)
{
    return QStringLiteral("Cannot parse argument '%1' of option %2").arg(value, option);
}

} // namespace

QString ConsoleConsumerOptions::usage()
{
    return tr(
        "This tool helps to read data from Kafka topics and outputs it to standard output.\n"
        "Option                      Description\n"
        "------                      -----------\n"
        "--bootstrap-server <host:port>  REQUIRED: The server(s) to connect to.\n"
        "--topic <topic>             The topic to consume on.\n"
        "--from-beginning            Start with the earliest message present in the log rather than the\n"
        "                              latest message.\n"
        "--partition <Integer>       The partition to consume from. Consumption starts from the end of\n"
        "                              the partition unless '--offset' is specified.\n"
        "--offset <earliest|latest|n>  The offset to consume from (a non-negative number, or 'earliest'\n"
        "                              or 'latest'). Default: latest\n"
        "--group <group>             The consumer group id of the consumer.\n"
        "--max-messages <Integer>    The maximum number of messages to consume before exiting.\n"
        "--timeout-ms <Integer>      Exit if no message is available for consumption for this long.\n"
        "--property <prop>           Properties of the message formatter: print.timestamp=true|false,\n"
        "                              print.key, print.offset, print.partition, print.headers,\n"
        "                              print.value, key.separator=<sep>, line.separator=<sep>,\n"
        "                              headers.separator=<sep>, headers.key.separator=<sep>,\n"
        "                              null.literal=<text>\n"
        "--help                      Print usage information.\n"
        "Unlike kafka-console-consumer, reading stops with an error instead of skipping offsets the broker\n"
        "no longer holds.");
}

bool ConsoleConsumerOptions::parse(const QStringList &arguments, QString *error)
{
    ArgReader reader { arguments, 0, {}, false };
    bool fromBeginning = false;
    std::optional<QString> offset;
    bool includeGiven = false;
    while (!reader.atEnd()) {
        const QString option = reader.nextOption();
        const QString name = option.startsWith(u"--") ? option.mid(2) : option;
        QString value;
        auto needValue = [&] {
            if (reader.value(&value))
                return true;
            *error = missingArgument(name);
            return false;
        };
        if (name == u"from-beginning") {
            fromBeginning = true;
        } else if (name == u"help") {
            *error = QString();
            return false;
        } else if (name == u"bootstrap-server") {
            if (!needValue())
                return false;
            bootstrapServer = value;
        } else if (name == u"topic") {
            if (!needValue())
                return false;
            topic = value;
        } else if (name == u"include" || name == u"whitelist") {
            if (!needValue())
                return false;
            includeGiven = true;
        } else if (name == u"partition") {
            if (!needValue())
                return false;
            bool ok = false;
            const int p = value.toInt(&ok);
            if (!ok) {
                *error = cannotParse(value, name);
                return false;
            }
            partition = p;
        } else if (name == u"offset") {
            if (!needValue())
                return false;
            offset = value;
        } else if (name == u"group") {
            if (!needValue())
                return false;
            group = value;
        } else if (name == u"max-messages") {
            if (!needValue())
                return false;
            bool ok = false;
            maxMessages = value.toLongLong(&ok);
            if (!ok) {
                *error = cannotParse(value, name);
                return false;
            }
        } else if (name == u"timeout-ms") {
            if (!needValue())
                return false;
            bool ok = false;
            timeoutMs = value.toInt(&ok);
            if (!ok) {
                *error = cannotParse(value, name);
                return false;
            }
        } else if (name == u"property") {
            if (!needValue())
                return false;
            const qsizetype eq = value.indexOf(u'=');
            if (eq <= 0) {
                *error = QStringLiteral("Invalid command line properties: %1").arg(value);
                return false;
            }
            if (!formatter.setProperty(value.left(eq), value.mid(eq + 1), error))
                return false;
        } else {
            *error = QStringLiteral("%1 is not a recognized option").arg(name);
            return false;
        }
    }

    // ConsoleConsumer.ConsumerConfig's checks, in its order and with its texts.
    if (bootstrapServer.isEmpty()) {
        *error = QStringLiteral("Missing required argument \"[bootstrap-server]\"");
        return false;
    }
    if (includeGiven) {
        *error = tr("--include/--whitelist is not supported; use --topic.");
        return false;
    }
    if (topic.isEmpty()) {
        *error = QStringLiteral("Exactly one of include/topic is required.");
        return false;
    }
    if (partition) {
        if (fromBeginning && offset) {
            *error = QStringLiteral("Options from-beginning and offset cannot be specified together.");
            return false;
        }
    } else if (offset) {
        *error = QStringLiteral("The partition is required when offset is specified.");
        return false;
    }
    if (!group.isEmpty() && partition) {
        *error = QStringLiteral("Options group and partition cannot be specified together.");
        return false;
    }
    start = fromBeginning ? kafka::StartPosition::beginning() : kafka::StartPosition::end();
    if (offset) {
        const QString o = offset->trimmed().toLower();
        bool ok = false;
        const qint64 n = o.toLongLong(&ok);
        if (o == u"earliest")
            start = kafka::StartPosition::beginning();
        else if (o == u"latest")
            start = kafka::StartPosition::end();
        else if (ok && n >= 0)
            start = kafka::StartPosition::offset(n);
        else {
            *error = QStringLiteral("The provided offset value is incorrect. Valid values are 'earliest', "
                                    "'latest', or a non-negative long.");
            return false;
        }
    }
    return true;
}

kafka::ClientConfig ConsoleConsumerOptions::clientConfig() const
{
    kafka::ClientConfig config;
    config.bootstrapServers = bootstrapServer;
    config.clientId = QStringLiteral("connect-studio-console-consumer");
    return config;
}

void ConsoleConsumerOptions::configure(kafka::Consumer &consumer) const
{
    if (!group.isEmpty()) {
        consumer.subscribe({ topic }, group, start);
        consumer.setAutoCommit(true);
    } else {
        consumer.assign(topic, partition ? QList<int> { *partition } : QList<int>(), start);
    }
    consumer.setFailOnDataLoss(true);
}

ConsoleConsumer::ConsoleConsumer(ConsoleConsumerOptions options)
    : m_options(std::move(options))
{ }

void ConsoleConsumer::interrupt()
{
    g_interrupted = true;
}

void ConsoleConsumer::installInterruptHandler()
{
    struct sigaction action = {};
    action.sa_handler = [](int) { interrupt(); };
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int ConsoleConsumer::run(FILE *out, FILE *err)
{
    using Clock = std::chrono::steady_clock;
    m_processed = 0;
    g_interrupted = false;
    kafka::Consumer consumer(m_options.clientConfig());
    m_options.configure(consumer);
    consumer.setMaxQueued(20000);
    consumer.start();

    constexpr qsizetype flushAt = 1 << 20;
    QByteArray buffer;
    buffer.reserve(flushAt + 64 * 1024);
    auto writeBuffer = [&] {
        if (!buffer.isEmpty()) {
            std::fwrite(buffer.constData(), 1, size_t(buffer.size()), out);
            buffer.resize(0);
        }
        std::fflush(out);
    };

    int exitCode = 0;
    auto lastMessage = Clock::now();
    bool done = false;
    while (!done && !g_interrupted) {
        // Take what is there without waiting; only when nothing is, push the output out and wait.
        kafka::ConsumerBatch batch = consumer.take(0);
        if (batch.messages.isEmpty() && batch.errors.isEmpty() && !batch.finished) {
            writeBuffer();
            int wait = 100;
            if (m_options.timeoutMs >= 0) {
                const auto idle
                    = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - lastMessage);
                wait = int(qBound(qint64(0), qint64(m_options.timeoutMs - idle.count()), qint64(100)));
            }
            batch = consumer.take(wait);
        }
        for (const kafka::Message &m : std::as_const(batch.messages)) {
            m_options.formatter.append(m, buffer);
            ++m_processed;
            if (m_options.maxMessages >= 0 && m_processed >= m_options.maxMessages) {
                done = true;
                break;
            }
        }
        if (!batch.messages.isEmpty())
            lastMessage = Clock::now();
        if (buffer.size() >= flushAt)
            writeBuffer();
        for (const kafka::ConsumerError &e : std::as_const(batch.errors)) {
            if (e.kind == kafka::ConsumerError::Transient) {
                writeBuffer();
                writeLine(err, logLine("WARN", e.message, "kafka.tools.ConsoleConsumer$"));
                continue;
            }
            writeBuffer();
            writeLine(err,
                logLine("ERROR", tr("Error processing message, terminating consumer process: ") + e.message,
                    "kafka.tools.ConsoleConsumer$"));
            exitCode = 1;
            done = true;
            break;
        }
        if (done)
            break;
        if (batch.finished)
            break;
        if (m_options.timeoutMs >= 0
            && Clock::now() - lastMessage >= std::chrono::milliseconds(m_options.timeoutMs)) {
            writeBuffer();
            // What kafka-console-consumer logs when --timeout-ms expires (it still exits with 0).
            writeLine(err,
                logLine("ERROR", QStringLiteral("Error processing message, terminating consumer process: "),
                    "kafka.tools.ConsoleConsumer$"));
            writeLine(err, QStringLiteral("org.apache.kafka.common.errors.TimeoutException"));
            break;
        }
    }
    writeBuffer();
    // Reported before the consumer closes, as kafka-console-consumer's shutdown hook does.
    writeLine(err, QStringLiteral("Processed a total of %1 messages").arg(m_processed));
    std::fflush(err);
    consumer.stop();
    return exitCode;
}

namespace {

int runTopics(const QStringList &args, FILE *out, FILE *err)
{
    QString bootstrap;
    bool list = false;
    ArgReader reader { args, 0, {}, false };
    while (!reader.atEnd()) {
        const QString option = reader.nextOption();
        const QString name = option.startsWith(u"--") ? option.mid(2) : option;
        if (name == u"list") {
            list = true;
        } else if (name == u"bootstrap-server") {
            if (!reader.value(&bootstrap)) {
                writeLine(err, missingArgument(name));
                return 1;
            }
        } else if (name == u"help") {
            writeLine(out, tr("Usage: connect-studio-cli topics --list --bootstrap-server <host:port>"));
            return 0;
        } else {
            writeLine(err, QStringLiteral("%1 is not a recognized option").arg(name));
            return 1;
        }
    }
    if (bootstrap.isEmpty()) {
        writeLine(err, QStringLiteral("Missing required argument \"[bootstrap-server]\""));
        return 1;
    }
    if (!list) {
        writeLine(err,
            tr("Only --list is supported: connect-studio-cli topics --list --bootstrap-server <host:port>"));
        return 1;
    }
    kafka::ClientConfig config;
    config.bootstrapServers = bootstrap;
    kafka::Admin admin(config);
    QString error;
    const std::optional<QList<kafka::TopicInfo>> topics = admin.listTopics(false, &error);
    if (!topics) {
        writeLine(err, logLine("ERROR", error, "kafka.admin.TopicCommand$"));
        return 1;
    }
    QByteArray text;
    for (const kafka::TopicInfo &t : *topics)
        text += t.name.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), out);
    std::fflush(out);
    return 0;
}

} // namespace

int runCli(const QStringList &arguments, FILE *out, FILE *err)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"console-consumer" || command == u"kafka-console-consumer") {
        ConsoleConsumerOptions options;
        QString error;
        if (!options.parse(rest, &error)) {
            if (!error.isEmpty())
                writeLine(err, error);
            writeLine(err, ConsoleConsumerOptions::usage());
            return error.isEmpty() ? 0 : 1;
        }
        ConsoleConsumer::installInterruptHandler();
        return ConsoleConsumer(std::move(options)).run(out, err);
    }
    if (command == u"topics" || command == u"kafka-topics")
        return runTopics(rest, out, err);
    if (command == u"--version") {
        writeLine(out, QStringLiteral("%1 %2").arg(productName(), productVersion()));
        return 0;
    }
    writeLine(err,
        tr("Usage: connect-studio-cli <command> [options]\n"
           "Commands:\n"
           "  topics --list --bootstrap-server <host:port>     list topics (like kafka-topics.sh --list)\n"
           "  console-consumer --bootstrap-server <host:port> --topic <topic> [...]\n"
           "                                                  read a topic (like kafka-console-consumer.sh)\n"
           "Run a command with --help for its options."));
    return command.isEmpty() || command == u"--help" || command == u"help" ? 0 : 1;
}

} // namespace cs::cli
