#include "cli/messageformatter.h"

#include <QCoreApplication>

namespace cs::cli {

namespace {

bool isTrue(const QString &value)
{
    // Kafka: value.trim.equalsIgnoreCase("true")
    return value.trimmed().compare(u"true", Qt::CaseInsensitive) == 0;
}

void appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    const bool negative = n < 0;
    quint64 u = negative ? quint64(0) - quint64(n) : quint64(n);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

} // namespace

bool MessageFormatter::setProperty(const QString &name, const QString &value, QString *error)
{
    if (name == u"print.timestamp")
        printTimestamp = isTrue(value);
    else if (name == u"print.partition")
        printPartition = isTrue(value);
    else if (name == u"print.offset")
        printOffset = isTrue(value);
    else if (name == u"print.headers")
        printHeaders = isTrue(value);
    else if (name == u"print.key")
        printKey = isTrue(value);
    else if (name == u"print.value")
        printValue = isTrue(value);
    else if (name == u"key.separator")
        keySeparator = value.toUtf8();
    else if (name == u"line.separator")
        lineSeparator = value.toUtf8();
    else if (name == u"headers.separator")
        headersSeparator = value.toUtf8();
    else if (name == u"headers.key.separator")
        headersKeySeparator = value.toUtf8();
    else if (name == u"null.literal")
        nullLiteral = value.toUtf8();
    else {
        if (error)
            *error
                = QCoreApplication::translate("cs::cli::MessageFormatter", "Unknown formatter property %1.")
                      .arg(name);
        return false;
    }
    return true;
}

void MessageFormatter::append(const kafka::Message &m, QByteArray &out) const
{
    // Same order and separator rule as DefaultMessageFormatter.writeTo(): a column is followed by
    // key.separator when another column comes after it, by line.separator otherwise.
    auto separator = [&](bool moreColumns) { out.append(moreColumns ? keySeparator : lineSeparator); };
    if (printTimestamp) {
        if (m.timestampType != kafka::TimestampType::NotAvailable) {
            out.append(kafka::timestampTypeName(m.timestampType).toLatin1());
            out.append(':');
            appendNumber(out, m.timestamp);
        } else {
            out.append("NO_TIMESTAMP");
        }
        separator(printPartition || printOffset || printHeaders || printKey || printValue);
    }
    if (printPartition) {
        out.append("Partition:");
        appendNumber(out, m.partition);
        separator(printOffset || printHeaders || printKey || printValue);
    }
    if (printOffset) {
        out.append("Offset:");
        appendNumber(out, m.offset);
        separator(printHeaders || printKey || printValue);
    }
    if (printHeaders) {
        if (m.headers.isEmpty()) {
            out.append("NO_HEADERS");
        } else {
            for (qsizetype i = 0; i < m.headers.size(); ++i) {
                if (i > 0)
                    out.append(headersSeparator);
                const kafka::Header &h = m.headers.at(i);
                out.append(h.name.toUtf8());
                out.append(headersKeySeparator);
                out.append(h.value ? *h.value : nullLiteral);
            }
        }
        separator(printKey || printValue);
    }
    if (printKey) {
        out.append(m.key ? *m.key : nullLiteral);
        separator(printValue);
    }
    if (printValue) {
        out.append(m.value ? *m.value : nullLiteral);
        out.append(lineSeparator);
    }
}

QByteArray MessageFormatter::format(const kafka::Message &message) const
{
    QByteArray out;
    append(message, out);
    return out;
}

} // namespace cs::cli
