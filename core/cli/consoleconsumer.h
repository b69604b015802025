#pragma once

#include <cstdio>
#include <optional>

#include <QStringList>

#include "cli/messageformatter.h"
#include "kafka/clientconfig.h"
#include "kafka/consumer.h"

namespace cs::cli {

// kafka-console-consumer's options, parsed from its own flags. A value; the GUI topic viewer builds
// one to read a topic the way the CLI does (and to offer the equivalent command line).
struct ConsoleConsumerOptions
{
    QString bootstrapServer;
    QString topic;
    std::optional<int> partition;
    kafka::StartPosition start = kafka::StartPosition::end(); // --from-beginning / --offset
    QString group;
    qint64 maxMessages = -1; // -1: unlimited
    int timeoutMs = -1; // -1: wait forever for the next message
    MessageFormatter formatter;

    // Parses arguments that follow "console-consumer". On a usage error returns false and sets *error
    // to kafka-console-consumer's text for it.
    bool parse(const QStringList &arguments, QString *error);
    static QString usage();

    // Sets up `consumer` to read what these options select.
    void configure(kafka::Consumer &consumer) const;
    kafka::ClientConfig clientConfig() const;
};

// The console consumer: reads with a kafka::Consumer (its own thread) and writes formatted records
// to a FILE through a large buffer, then "Processed a total of N messages" to the error stream.
// run() blocks the calling thread until --max-messages, --timeout-ms, an error or interrupt().
class ConsoleConsumer
{
public:
    explicit ConsoleConsumer(ConsoleConsumerOptions options);

    // Returns the process exit code (0 on success, 1 on an error).
    int run(FILE *out, FILE *err);
    // Async-signal-safe: makes a running run() stop after the current batch.
    static void interrupt();
    static void installInterruptHandler(); // SIGINT and SIGTERM call interrupt()

    qint64 processed() const { return m_processed; }

private:
    ConsoleConsumerOptions m_options;
    qint64 m_processed = 0;
};

// `connect-studio-cli <command> ...`: dispatches to console-consumer and topics. Returns the exit code.
int runCli(const QStringList &arguments, FILE *out, FILE *err);

} // namespace cs::cli
