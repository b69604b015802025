#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace cs::kafka {

// Connection settings shared by Producer, Consumer and Admin. A plain value: copy it freely.
struct ClientConfig
{
    QString bootstrapServers; // "host:port[,host:port...]"
    int timeoutMs = 5000; // bound for connecting and for each metadata/admin request
    QString clientId = QStringLiteral("connect-studio");
    // Extra librdkafka properties, applied last (e.g. {"security.protocol", "SASL_SSL"}).
    QList<QPair<QByteArray, QByteArray>> properties;
};

} // namespace cs::kafka

Q_DECLARE_METATYPE(cs::kafka::ClientConfig)
