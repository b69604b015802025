#pragma once

// Small helpers shared by the Kafka tests: all of them talk to a real EmbeddedBroker.

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "kafka/consumer.h"
#include "kafka/producer.h"

namespace cs::kafka::test {

inline ClientConfig configFor(const QString &bootstrap, int timeoutMs = 5000)
{
    ClientConfig c;
    c.bootstrapServers = bootstrap;
    c.timeoutMs = timeoutMs;
    return c;
}

// Reads until the consumer reports the end, finishes, errors, or `timeoutMs` passes.
struct ReadResult
{
    QList<Message> messages;
    QList<ConsumerError> errors;
    bool endReached = false;
};

inline ReadResult readAll(Consumer &consumer, int timeoutMs = 20000, qsizetype stopAfter = -1)
{
    ReadResult r;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        ConsumerBatch b = consumer.take(100);
        r.messages.append(b.messages);
        r.errors.append(b.errors);
        if (b.endReached)
            r.endReached = true;
        if (b.endReached || b.finished || !b.errors.isEmpty())
            break;
        if (stopAfter >= 0 && r.messages.size() >= stopAfter)
            break;
    }
    return r;
}

inline ReadResult readTopic(
    const QString &bootstrap, const QString &topic, StartPosition start, const QList<int> &partitions = {})
{
    Consumer consumer(configFor(bootstrap));
    consumer.assign(topic, partitions, start);
    consumer.setStopAtEnd(true);
    consumer.start();
    return readAll(consumer);
}

inline QString kcatPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("kcat"));
}

// Runs a program, feeding `input`; returns stdout. Fails the test on a non-zero exit or a hang.
inline QByteArray run(const QString &program, const QStringList &args, const QByteArray &input = {},
    int *exitCode = nullptr, QByteArray *standardError = nullptr, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished)
        p.kill();
    if (exitCode)
        *exitCode = finished ? p.exitCode() : -1;
    if (standardError)
        *standardError = p.readAllStandardError();
    return p.readAllStandardOutput();
}

} // namespace cs::kafka::test
