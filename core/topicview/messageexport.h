#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "kafka/message.h"

class QIODevice;

namespace cs::topicview {

// Writes records to files. Stateless and reentrant: the viewer runs it on a pool thread with a
// snapshot of the shown records (the byte data is shared, not copied).
class MessageExport final
{
    Q_DECLARE_TR_FUNCTIONS(cs::topicview::MessageExport)

public:
    enum class Format
    {
        JsonLines, // one JSON object per line
        Csv // RFC 4180, with a header row
    };

    // {"topic":"t","partition":0,"offset":5,"timestamp":1700000000000,"timestampType":"CreateTime",
    //  "key":null,"value":"{\"schema\":...}","headers":[["name","value"]]}
    // Keys, values and header values are JSON strings of their UTF-8 text; bytes that are not UTF-8
    // are written as {"base64":"..."} instead; null stays null.
    static QByteArray jsonLine(const kafka::Message &message);
    // topic,partition,offset,timestamp,timestampType,key,value,headers (headers as name:value,...).
    static QByteArray csvHeader();
    static QByteArray csvRow(const kafka::Message &message);

    // Writes all records; false with *error when the device fails.
    static bool write(const QList<kafka::Message> &messages, Format format, QIODevice *out, QString *error);
    // Opens `path`, writes atomically (QSaveFile), returns false with *error on failure.
    static bool writeFile(
        const QList<kafka::Message> &messages, Format format, const QString &path, QString *error);
};

} // namespace cs::topicview
