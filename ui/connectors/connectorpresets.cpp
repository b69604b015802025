#include "connectors/connectorpresets.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs::ui {

namespace {

// The order the presets are offered in: the lab's own first.
const char *const kOrder[] = { "h2-source-connect", "h2-sink-connect", "sqlite-source-connect",
    "sqlite-sink-connect", "postgres-source-connect", "postgres-sink-connect" };

} // namespace

QString ConnectorPreset::title() const
{
    const char *context = "cs::ui::ConnectorPreset";
    QString what;
    if (id == u"h2-source-connect")
        what = QCoreApplication::translate(context, "Lab: H2 source");
    else if (id == u"h2-sink-connect")
        what = QCoreApplication::translate(context, "Lab: H2 sink");
    else if (id == u"sqlite-source-connect")
        what = QCoreApplication::translate(context, "SQLite source (lab source database)");
    else if (id == u"sqlite-sink-connect")
        what = QCoreApplication::translate(context, "SQLite sink (lab target database)");
    else if (id == u"postgres-source-connect")
        what = QCoreApplication::translate(context, "PostgreSQL source");
    else if (id == u"postgres-sink-connect")
        what = QCoreApplication::translate(context, "PostgreSQL sink");
    else
        what = id;
    return QStringLiteral("%1 (%2)").arg(what, document.name);
}

QList<ConnectorPreset> ConnectorPresets::all()
{
    QList<ConnectorPreset> presets;
    for (const char *id : kOrder) {
        QFile file(QStringLiteral(":/presets/%1.json").arg(QLatin1String(id)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        const connectclient::ParsedDocument parsed = connectclient::parseConnectorJson(bytes);
        if (!parsed.document)
            continue;
        ConnectorPreset preset;
        preset.id = QLatin1String(id);
        preset.document = *parsed.document;
        preset.labDatabase
            = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("lab_database")).toString();
        presets.append(preset);
    }
    return presets;
}

ConnectorPreset ConnectorPresets::withLabDatabases(ConnectorPreset preset, const QStringList &labDatabaseUrls)
{
    const int index = preset.labDatabase == u"source" ? 0 : preset.labDatabase == u"target" ? 1 : -1;
    if (index >= 0 && index < labDatabaseUrls.size())
        preset.document.config.set(QStringLiteral("connection.url"), labDatabaseUrls.at(index));
    return preset;
}

} // namespace cs::ui
