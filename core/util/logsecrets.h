#pragma once

#include <utility>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

namespace cs::util {

// Keeps secrets out of log lines when a configuration map is rendered for the log. Stateless and
// thread-safe.

// True for keys whose values are secrets: the key contains "password", "secret" or
// "sasl.jaas.config", or ends with ".key" (case-insensitive). Examples: connection.password,
// ssl.key.password, aws.secret.access.key, sasl.jaas.config, ssl.keystore.key.
bool isSecretConfigKey(QStringView key);

// The value as it may appear in a log line: "[hidden]" (Kafka's Password.toString()) for a secret
// key, the value otherwise.
QString maskedConfigValue(QStringView key, const QString &value);

// Java's Map.toString with secrets hidden: "{connector.class=x, connection.password=[hidden]}".
QString renderConfigForLog(const QList<std::pair<QString, QString>> &entries);
QString renderConfigForLog(const QMap<QString, QString> &config);

// AbstractConfig.logAll's layout with secrets hidden, keys sorted:
// "<title> values: \n\tkey = value\n\t..." (title e.g. "DistributedConfig").
QString renderConfigValuesForLog(const QString &title, const QList<std::pair<QString, QString>> &entries);

} // namespace cs::util
