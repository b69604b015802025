#include "topicview/commandlines.h"

namespace cs::topicview {

namespace {

CommandLines::Line consoleLine(const QString &program, const QString &bootstrapServers, const ReadSpec &spec)
{
    QStringList args { program, QStringLiteral("--bootstrap-server"), bootstrapServers,
        QStringLiteral("--topic"), spec.topic };
    QString note;
    std::optional<int> partition = spec.partition;
    switch (spec.start.kind) {
    case kafka::StartPosition::Beginning:
        if (partition)
            args << QStringLiteral("--partition") << QString::number(*partition);
        args << QStringLiteral("--from-beginning");
        break;
    case kafka::StartPosition::End:
        if (partition)
            args << QStringLiteral("--partition") << QString::number(*partition);
        break;
    case kafka::StartPosition::Offset:
        if (partition) {
            args << QStringLiteral("--partition") << QString::number(*partition) << QStringLiteral("--offset")
                 << QString::number(spec.start.value);
        } else {
            note = CommandLines::tr(
                "%1 takes --offset only with --partition: this line starts at the beginning "
                "of every partition.")
                       .arg(program);
            args << QStringLiteral("--from-beginning");
        }
        break;
    case kafka::StartPosition::Timestamp:
        note = CommandLines::tr("%1 cannot start at a timestamp: this line starts at the beginning; kcat can "
                                "(-o s@<ms>).")
                   .arg(program);
        if (partition)
            args << QStringLiteral("--partition") << QString::number(*partition);
        args << QStringLiteral("--from-beginning");
        break;
    }
    for (const char *property : { "print.timestamp=true", "print.partition=true", "print.offset=true",
             "print.headers=true", "print.key=true" })
        args << QStringLiteral("--property") << QLatin1String(property);
    return { CommandLines::join(args), note };
}

} // namespace

QString CommandLines::shellQuote(const QString &argument)
{
    if (argument.isEmpty())
        return QStringLiteral("''");
    bool plain = true;
    for (const QChar c : argument) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !QStringLiteral("_-./:=@,+%").contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString CommandLines::join(const QStringList &arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString &a : arguments)
        quoted.append(shellQuote(a));
    return quoted.join(u' ');
}

CommandLines::Line CommandLines::kafkaConsoleConsumer(const QString &bootstrapServers, const ReadSpec &spec)
{
    return consoleLine(QStringLiteral("kafka-console-consumer.sh"), bootstrapServers, spec);
}

CommandLines::Line CommandLines::studioConsoleConsumer(const QString &bootstrapServers, const ReadSpec &spec)
{
    Line line = consoleLine(QStringLiteral("console-consumer"), bootstrapServers, spec);
    line.command.prepend(QStringLiteral("connect-studio-cli "));
    return line;
}

CommandLines::Line CommandLines::kcat(const QString &bootstrapServers, const ReadSpec &spec)
{
    QStringList args { QStringLiteral("kcat"), QStringLiteral("-b"), bootstrapServers, QStringLiteral("-C"),
        QStringLiteral("-t"), spec.topic };
    if (spec.partition)
        args << QStringLiteral("-p") << QString::number(*spec.partition);
    switch (spec.start.kind) {
    case kafka::StartPosition::Beginning:
        args << QStringLiteral("-o") << QStringLiteral("beginning");
        break;
    case kafka::StartPosition::End:
        args << QStringLiteral("-o") << QStringLiteral("end");
        break;
    case kafka::StartPosition::Offset:
        args << QStringLiteral("-o") << QString::number(spec.start.value);
        break;
    case kafka::StartPosition::Timestamp:
        args << QStringLiteral("-o") << QStringLiteral("s@%1").arg(spec.start.value);
        break;
    }
    // The viewer's columns: timestamp, partition, offset, headers, key, value.
    args << QStringLiteral("-f") << QStringLiteral("%T\\tPartition:%p\\tOffset:%o\\t%h\\t%k\\t%s\\n");
    return { join(args), {} };
}

} // namespace cs::topicview
