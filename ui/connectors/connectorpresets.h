#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "connectclient/configtext.h"

namespace cs::ui {

// The connector presets shipped in resources/presets (embedded under :/presets/): the lab's
// h2-source-connect and h2-sink-connect exactly as its curl commands send them, and the SQLite and
// PostgreSQL variants. A SQLite preset names which lab database it uses ("source" or "target");
// its connection.url is filled from the lab's databases when they are known. Pure; GUI thread.
struct ConnectorPreset
{
    QString id; // the file's base name, e.g. "h2-source-connect"
    QString labDatabase; // "source", "target" or empty
    connectclient::ConnectorDocument document;

    QString title() const; // translated, e.g. "Lab: H2 source (h2-source-connect)"
};

class ConnectorPresets
{
public:
    static QList<ConnectorPreset> all();
    // The preset with the lab's JDBC URLs filled in: `labDatabaseUrls` is the lab's source database
    // then its target (cs::ui::Endpoints::Target::databaseUrls). Unknown databases leave the field
    // empty, so the form shows it as required.
    static ConnectorPreset withLabDatabases(ConnectorPreset preset, const QStringList &labDatabaseUrls);
};

} // namespace cs::ui
