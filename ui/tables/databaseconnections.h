#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QString>

#include "jdbc/jdbcurl.h"
#include "sqlbrowse/schemamodel.h"
#include "sqlbrowse/sqlworker.h"

namespace cs::ui {

// One database the Tables view browses: its JDBC URL (and user/password, never shown), the connection
// thread that serves the browser, and where it came from (the current Endpoints, or added by the user).
struct DatabaseConnection
{
    QString name;
    QString url;
    cs::jdbc::ConnectionProperties props;
    bool fromEndpoints = false;
    std::shared_ptr<cs::sqlbrowse::SqlWorker> worker;
    QList<cs::sqlbrowse::TableInfo> tables;
    QString error;
    bool loading = false; // a schema read is under way
};

// The Tables view's open databases and their schema tree (SchemaModel rows follow this list). Each
// connection gets its own SqlWorker thread; schemas load in the background. GUI thread only.
class DatabaseConnections final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseConnections(QObject *parent = nullptr);
    ~DatabaseConnections() override;

    int count() const { return static_cast<int>(m_connections.size()); }
    const DatabaseConnection &at(int index) const { return m_connections.at(index); }
    int indexOfUrl(const QString &url) const;
    int indexOfName(const QString &name) const;

    int add(const QString &name, const QString &url, const cs::jdbc::ConnectionProperties &props,
        bool fromEndpoints);
    void remove(int index);
    void reloadSchema(int index);
    void reloadAll();
    // Reads the schema again quietly (no "loading…", the tree keeps its state) unless a read is under
    // way; schemaLoaded is emitted only when tables came or went.
    void refreshSchema(int index);

    cs::sqlbrowse::SchemaModel *schemaModel() { return &m_schema; }

Q_SIGNALS:
    void changed(); // a connection was added or removed
    void schemaLoaded(int index); // a (re)load finished, or a refresh found tables added or removed

private:
    void readSchema(int index, bool quiet);

    QList<DatabaseConnection> m_connections;
    cs::sqlbrowse::SchemaModel m_schema;
    cs::sqlbrowse::Mailbox m_mailbox;
    quint64 m_epoch = 0; // bumped on remove, so late schema answers land on the right row
};

} // namespace cs::ui
