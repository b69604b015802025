#include "connectclient/configtext.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace cs::connectclient {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::connectclient::ConfigText", text);
}

template<typename Writer> void writeString(Writer &w, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    w.String(utf8.constData(), static_cast<rapidjson::SizeType>(utf8.size()), true);
}

template<typename Writer> void writeKey(Writer &w, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    w.Key(utf8.constData(), static_cast<rapidjson::SizeType>(utf8.size()), true);
}

template<typename Writer> void writeConfig(Writer &w, const config::Properties &config)
{
    w.StartObject();
    for (const auto &[key, value] : config.entries()) {
        writeKey(w, key);
        writeString(w, value);
    }
    w.EndObject();
}

template<typename Fn> QByteArray render(bool pretty, Fn &&fn)
{
    rapidjson::StringBuffer buffer;
    if (pretty) {
        rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
        w.SetIndent(' ', 4);
        fn(w);
    } else {
        rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
        fn(w);
    }
    return QByteArray(buffer.GetString(), static_cast<qsizetype>(buffer.GetSize()));
}

QString jsonString(const rapidjson::Value &v)
{
    return QString::fromUtf8(v.GetString(), static_cast<qsizetype>(v.GetStringLength()));
}

// Fills `out` from a JSON object of strings; returns an error text for a value Connect cannot bind.
QString readConfigObject(const rapidjson::Value &object, config::Properties *out)
{
    for (const auto &m : object.GetObject()) {
        const QString key = jsonString(m.name);
        const rapidjson::Value &v = m.value;
        if (v.IsString())
            out->set(key, jsonString(v));
        else if (v.IsBool())
            out->set(key, v.GetBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (v.IsInt64())
            out->set(key, QString::number(v.GetInt64()));
        else if (v.IsUint64())
            out->set(key, QString::number(v.GetUint64()));
        else if (v.IsDouble())
            out->set(key, QString::number(v.GetDouble(), 'g', 17));
        else if (v.IsNull())
            return tr("The value of \"%1\" is null; a connector config value must be a string.").arg(key);
        else
            return tr(
                "The value of \"%1\" is an object or an array; a connector config value must be a string.")
                .arg(key);
    }
    return {};
}

// "line 3, column 14" of a byte offset into `text`.
QString position(QByteArrayView text, size_t offset)
{
    int line = 1;
    int column = 1;
    for (size_t i = 0; i < offset && i < static_cast<size_t>(text.size()); ++i) {
        if (text[static_cast<qsizetype>(i)] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[static_cast<qsizetype>(i)]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QByteArray createRequestJson(const QString &name, const config::Properties &config, bool pretty)
{
    return render(pretty, [&](auto &w) {
        w.StartObject();
        w.Key("name");
        writeString(w, name);
        w.Key("config");
        writeConfig(w, config);
        w.EndObject();
    });
}

QByteArray configJson(const config::Properties &config, bool pretty)
{
    return render(pretty, [&](auto &w) { writeConfig(w, config); });
}

ParsedDocument parseConnectorJson(QByteArrayView json)
{
    ParsedDocument result;
    rapidjson::Document doc;
    doc.Parse(json.data(), static_cast<size_t>(json.size()));
    if (doc.HasParseError()) {
        result.error = tr("Not valid JSON at %1: %2")
                           .arg(position(json, doc.GetErrorOffset()),
                               QString::fromUtf8(rapidjson::GetParseError_En(doc.GetParseError())));
        return result;
    }
    if (!doc.IsObject()) {
        result.error
            = tr("The JSON text must be an object: {\"name\": ..., \"config\": {...}} or a flat config map.");
        return result;
    }
    ConnectorDocument document;
    const auto config = doc.FindMember("config");
    if (config != doc.MemberEnd() && config->value.IsObject()) {
        // A create request; "name" beside "config" names the connector.
        const auto name = doc.FindMember("name");
        if (name != doc.MemberEnd() && name->value.IsString())
            document.name = jsonString(name->value);
        if (const QString error = readConfigObject(config->value, &document.config); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        if (document.name.isEmpty())
            document.name = document.config.value(QStringLiteral("name"));
    } else {
        if (const QString error = readConfigObject(doc, &document.config); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        document.name = document.config.value(QStringLiteral("name"));
    }
    result.document = std::move(document);
    return result;
}

QString propertiesText(const config::Properties &config)
{
    QString text;
    for (const auto &[key, value] : config.entries()) {
        text += config::Properties::escapeKey(key);
        text += QLatin1Char('=');
        text += config::Properties::escapeValue(value);
        text += QLatin1Char('\n');
    }
    return text;
}

ParsedDocument parsePropertiesText(const QString &text)
{
    ParsedDocument result;
    const config::PropertiesResult parsed = config::Properties::parse(QStringView(text));
    if (!parsed.ok()) {
        result.error = parsed.error->toString();
        return result;
    }
    result.document
        = ConnectorDocument { parsed.properties.value(QStringLiteral("name")), parsed.properties };
    return result;
}

ParsedDocument parseConnectorFile(QByteArrayView bytes)
{
    QByteArrayView trimmed = bytes.trimmed();
    if (trimmed.startsWith("\xEF\xBB\xBF"))
        trimmed = trimmed.sliced(3).trimmed();
    if (trimmed.startsWith('{'))
        return parseConnectorJson(trimmed);
    return parsePropertiesText(
        config::decodePropertiesBytes(bytes, config::PropertiesEncoding::Utf8OrLatin1));
}

bool looksLikeSecretKey(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral(R"((password|passwd|secret|jaas\.config|api\.key|apikey|token|credentials?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

QString maskedSecret()
{
    return QStringLiteral("********");
}

config::Properties maskSecrets(const config::Properties &config, const QSet<QString> &secretKeys)
{
    config::Properties masked;
    for (const auto &[key, value] : config.entries())
        masked.set(key,
            (secretKeys.contains(key) || looksLikeSecretKey(key)) && !value.isEmpty() ? maskedSecret()
                                                                                      : value);
    return masked;
}

QString curlCommand(const CurlRequest &request, const QSet<QString> &secretKeys, bool revealSecrets)
{
    const config::Properties config
        = revealSecrets ? request.document.config : maskSecrets(request.document.config, secretKeys);
    const QByteArray body = request.createRequest ? createRequestJson(request.document.name, config, true)
                                                  : configJson(config, true);
    // Laid out like the lab's commands: one option group per line, the body last.
    QString command = QStringLiteral("curl -i -X ") + QString::fromLatin1(request.method);
    if (!request.user.isEmpty())
        command += QStringLiteral(" -u ")
            + shellQuote(
                request.user + QLatin1Char(':') + (revealSecrets ? request.password : maskedSecret()));
    command
        += QStringLiteral(" -H \"Accept:application/json\" \\\n    -H \"Content-Type:application/json\" ");
    const QString url = request.url.toString(QUrl::FullyEncoded);
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9:/._%~-]+$)"));
    command += plain.match(url).hasMatch() ? url : shellQuote(url);
    command += QStringLiteral(" \\\n    -d ") + shellQuote(QString::fromUtf8(body));
    return command;
}

} // namespace cs::connectclient
