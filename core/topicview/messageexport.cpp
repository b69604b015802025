#include "topicview/messageexport.h"

#include <QSaveFile>

namespace cs::topicview {

namespace {

void appendJsonString(QByteArray &out, QByteArrayView s)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 15]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

void appendBytes(QByteArray &out, const std::optional<QByteArray> &bytes)
{
    if (!bytes) {
        out.append("null");
    } else if (QByteArrayView(*bytes).isValidUtf8()) {
        appendJsonString(out, *bytes);
    } else {
        out.append("{\"base64\":");
        appendJsonString(out, bytes->toBase64());
        out.append('}');
    }
}

void appendCsvField(QByteArray &out, QByteArrayView field)
{
    const bool quote
        = field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r');
    if (!quote) {
        out.append(field);
        return;
    }
    out.append('"');
    for (const char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

QByteArray csvBytes(const std::optional<QByteArray> &bytes)
{
    if (!bytes)
        return {};
    if (QByteArrayView(*bytes).isValidUtf8())
        return *bytes;
    return "base64:" + bytes->toBase64();
}

} // namespace

QByteArray MessageExport::jsonLine(const kafka::Message &m)
{
    QByteArray out;
    out.reserve(64 + (m.value ? m.value->size() * 11 / 10 : 0) + (m.key ? m.key->size() : 0));
    out.append("{\"topic\":");
    appendJsonString(out, m.topic.toUtf8());
    out.append(",\"partition\":").append(QByteArray::number(m.partition));
    out.append(",\"offset\":").append(QByteArray::number(m.offset));
    out.append(",\"timestamp\":").append(QByteArray::number(m.timestamp));
    out.append(",\"timestampType\":");
    appendJsonString(out, kafka::timestampTypeName(m.timestampType).toLatin1());
    out.append(",\"key\":");
    appendBytes(out, m.key);
    out.append(",\"value\":");
    appendBytes(out, m.value);
    out.append(",\"headers\":[");
    for (qsizetype i = 0; i < m.headers.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append('[');
        appendJsonString(out, m.headers[i].name.toUtf8());
        out.append(',');
        appendBytes(out, m.headers[i].value);
        out.append(']');
    }
    out.append("]}\n");
    return out;
}

QByteArray MessageExport::csvHeader()
{
    return "topic,partition,offset,timestamp,timestampType,key,value,headers\r\n";
}

QByteArray MessageExport::csvRow(const kafka::Message &m)
{
    QByteArray out;
    appendCsvField(out, m.topic.toUtf8());
    out.append(',').append(QByteArray::number(m.partition));
    out.append(',').append(QByteArray::number(m.offset));
    out.append(',').append(QByteArray::number(m.timestamp));
    out.append(',').append(kafka::timestampTypeName(m.timestampType).toLatin1());
    out.append(',');
    appendCsvField(out, csvBytes(m.key));
    out.append(',');
    appendCsvField(out, csvBytes(m.value));
    out.append(',');
    QByteArray headers;
    for (qsizetype i = 0; i < m.headers.size(); ++i) {
        if (i > 0)
            headers.append(',');
        headers.append(m.headers[i].name.toUtf8()).append(':').append(csvBytes(m.headers[i].value));
    }
    appendCsvField(out, headers);
    out.append("\r\n");
    return out;
}

bool MessageExport::write(
    const QList<kafka::Message> &messages, Format format, QIODevice *out, QString *error)
{
    QByteArray buffer;
    constexpr qsizetype flushAt = 1 << 20;
    auto flush = [&] {
        if (!buffer.isEmpty() && out->write(buffer) != buffer.size()) {
            if (error)
                *error = tr("Cannot write the export: %1").arg(out->errorString());
            return false;
        }
        buffer.clear();
        return true;
    };
    if (format == Format::Csv)
        buffer.append(csvHeader());
    for (const kafka::Message &m : messages) {
        buffer.append(format == Format::Csv ? csvRow(m) : jsonLine(m));
        if (buffer.size() >= flushAt && !flush())
            return false;
    }
    return flush();
}

bool MessageExport::writeFile(
    const QList<kafka::Message> &messages, Format format, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot open %1 for writing: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(messages, format, &file, error))
        return false;
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cs::topicview
