#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cs::ui {

// Where the studio's views point: one Kafka Connect REST URL and one Kafka bootstrap, either the
// embedded lab's or those of a saved connection profile. The Lab view sets it when the embedded lab
// starts, the profile switcher when the user picks a profile; every view that talks to Connect or
// Kafka reads it and follows changed(). GUI thread only.
class Endpoints final : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString name; // as the user sees it, e.g. "Embedded lab" or a profile's name
        QUrl connectUrl; // e.g. http://127.0.0.1:8083; empty = no Connect cluster
        QString connectUser; // HTTP basic auth; empty = none
        QString connectPassword; // never shown or logged
        QString bootstrapServers; // e.g. 127.0.0.1:9092; empty = no Kafka
        QMap<QString, QString> kafkaConfig; // extra librdkafka properties (security.protocol, sasl.*)
        // Databases the Tables view opens by itself, as JDBC URLs (the lab's source, then its target).
        QStringList databaseUrls;
        bool embedded = false; // the studio's own lab

        friend bool operator==(const Target &, const Target &) = default;
    };

    using QObject::QObject;

    const Target &current() const { return m_current; }
    void setCurrent(const Target &target)
    {
        if (target == m_current)
            return;
        m_current = target;
        Q_EMIT changed();
    }

Q_SIGNALS:
    void changed();

private:
    Target m_current;
};

} // namespace cs::ui
