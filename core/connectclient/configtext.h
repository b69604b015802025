#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>
#include <QUrl>

#include "config/properties.h"

namespace cs::connectclient {

// The text forms of a connector configuration — the JSON of a REST body and a .properties file —
// and the curl command equivalent to a create or update request. Every form keeps the keys in order
// and every value exactly, so form → JSON → properties → form loses nothing. Pure functions,
// thread-safe.

// What a JSON text or file held: the connector's name (from "name" of a create body, else from the
// config's "name" key) and its flat config.
struct ConnectorDocument
{
    QString name;
    config::Properties config;
};

struct ParsedDocument
{
    std::optional<ConnectorDocument> document;
    QString error; // translated, with line and column for JSON syntax errors
};

// `{"name": ..., "config": {...}}` (a POST /connectors body, as the lab writes it), indented by four
// spaces like the lab's curl commands when `pretty`.
QByteArray createRequestJson(const QString &name, const config::Properties &config, bool pretty);
// The flat config map (a PUT /connectors/{name}/config or validate body).
QByteArray configJson(const config::Properties &config, bool pretty);
// Reads either shape above. Numbers and booleans become their text (as Connect binds them); a null,
// an array or an object as a value is an error naming the key.
ParsedDocument parseConnectorJson(QByteArrayView json);

// The config as a .properties text Kafka reads back identically (java.util.Properties rules).
QString propertiesText(const config::Properties &config);
ParsedDocument parsePropertiesText(const QString &text);
// A config file by content: JSON when it starts with `{`, else .properties.
ParsedDocument parseConnectorFile(QByteArrayView bytes);

// Keys whose values are secrets whatever their definition says (connection.password,
// sasl.jaas.config, *.secret, ...), for configs seen without their plugin's definitions.
bool looksLikeSecretKey(const QString &key);
// The masked form of a secret value in texts meant to be shown or copied.
QString maskedSecret();

struct CurlRequest
{
    QByteArray method; // "POST", "PUT"
    QUrl url; // the complete request URL
    ConnectorDocument document; // sent as createRequestJson() when createRequest, else configJson()
    bool createRequest = true;
    QString user; // HTTP basic auth; empty = none
    QString password;
};

// The curl command that sends exactly what the client sends for `request` (the body pretty-printed,
// as the lab writes it), ready to paste into a POSIX shell. With `revealSecrets` false, the password
// of basic auth and the values of `secretKeys` (and of looksLikeSecretKey() keys) are replaced by
// maskedSecret().
QString curlCommand(const CurlRequest &request, const QSet<QString> &secretKeys, bool revealSecrets);
// The config with the secret values replaced by maskedSecret().
config::Properties maskSecrets(const config::Properties &config, const QSet<QString> &secretKeys);

} // namespace cs::connectclient
