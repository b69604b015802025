#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "topicview/messagefeed.h"

namespace cs::topicview {

// "Copy as command": the command lines that read what the viewer reads, for the tools people know.
// Stateless.
class CommandLines final
{
    Q_DECLARE_TR_FUNCTIONS(cs::topicview::CommandLines)

public:
    // One command line; `note` (translated) says where the tool cannot start where the viewer does,
    // and the line then reads from the nearest start the tool has.
    struct Line
    {
        QString command;
        QString note;
    };

    // kafka-console-consumer.sh with the viewer's columns (timestamp, partition, offset, headers, key).
    // It has no timestamp start and takes --offset only with --partition.
    static Line kafkaConsoleConsumer(const QString &bootstrapServers, const ReadSpec &spec);
    // connect-studio-cli console-consumer: the same flags as kafka-console-consumer.
    static Line studioConsoleConsumer(const QString &bootstrapServers, const ReadSpec &spec);
    // kcat -C with -o beginning|end|<offset>|s@<ms> and a format of the viewer's columns.
    static Line kcat(const QString &bootstrapServers, const ReadSpec &spec);

    // Quotes one argument for a POSIX shell when it needs quoting.
    static QString shellQuote(const QString &argument);
    static QString join(const QStringList &arguments);
};

} // namespace cs::topicview
