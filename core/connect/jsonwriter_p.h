#pragma once

// Private to core's .cpp files: RapidJSON is on core's private include path only, so this header
// must never be included from a public header.

#include <optional>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cs::connect::detail {

// A compact, order-preserving JSON writer (Jackson's compact output) over RapidJSON.
class JsonWriter
{
public:
    JsonWriter()
        : m_writer(m_buffer)
    { }

    void startObject() { m_writer.StartObject(); }
    void endObject() { m_writer.EndObject(); }
    void startArray() { m_writer.StartArray(); }
    void endArray() { m_writer.EndArray(); }
    void key(const char *k) { m_writer.Key(k); }
    void key(const QString &k)
    {
        const QByteArray utf8 = k.toUtf8();
        m_writer.Key(utf8.constData(), static_cast<rapidjson::SizeType>(utf8.size()), true);
    }
    void string(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        m_writer.String(utf8.constData(), static_cast<rapidjson::SizeType>(utf8.size()), true);
    }
    void string(const char *s) { m_writer.String(s); }
    void nullableString(const std::optional<QString> &s)
    {
        if (s)
            string(*s);
        else
            m_writer.Null();
    }
    void nullableString(const QString &s) // a null QString is written as null
    {
        if (s.isNull())
            m_writer.Null();
        else
            string(s);
    }
    void null() { m_writer.Null(); }
    void boolean(bool b) { m_writer.Bool(b); }
    void integer(qint64 i) { m_writer.Int64(i); }
    void stringArray(const QStringList &list)
    {
        startArray();
        for (const QString &s : list)
            string(s);
        endArray();
    }
    QByteArray result() const
    {
        return QByteArray(m_buffer.GetString(), static_cast<qsizetype>(m_buffer.GetSize()));
    }

private:
    rapidjson::StringBuffer m_buffer;
    rapidjson::Writer<rapidjson::StringBuffer> m_writer;
};

} // namespace cs::connect::detail
