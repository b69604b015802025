#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include "kafka/message.h"

namespace cs::cli {

// Formats records exactly as kafka-console-consumer's DefaultMessageFormatter does, driven by the
// same --property keys: print.timestamp, print.partition, print.offset, print.headers, print.key,
// print.value, key.separator, line.separator, headers.separator, headers.key.separator, null.literal.
// A value type; append() is reentrant.
class MessageFormatter
{
public:
    MessageFormatter() = default;

    // Applies one "name=value" property. Returns false for a key it does not know (*error says which).
    bool setProperty(const QString &name, const QString &value, QString *error = nullptr);

    // Appends the formatted record (with its line separator) to out.
    void append(const kafka::Message &message, QByteArray &out) const;
    QByteArray format(const kafka::Message &message) const;

    bool printTimestamp = false;
    bool printPartition = false;
    bool printOffset = false;
    bool printHeaders = false;
    bool printKey = false;
    bool printValue = true;
    QByteArray keySeparator = "\t";
    QByteArray lineSeparator = "\n";
    QByteArray headersSeparator = ",";
    QByteArray headersKeySeparator = ":";
    QByteArray nullLiteral = "null";
};

} // namespace cs::cli
