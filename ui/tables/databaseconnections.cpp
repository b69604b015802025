#include "tables/databaseconnections.h"

namespace cs::ui {

DatabaseConnections::DatabaseConnections(QObject *parent)
    : QObject(parent)
{ }

DatabaseConnections::~DatabaseConnections()
{
    m_mailbox.close();
}

int DatabaseConnections::indexOfUrl(const QString &url) const
{
    for (int i = 0; i < m_connections.size(); ++i)
        if (m_connections.at(i).url == url)
            return i;
    return -1;
}

int DatabaseConnections::indexOfName(const QString &name) const
{
    for (int i = 0; i < m_connections.size(); ++i)
        if (m_connections.at(i).name == name)
            return i;
    return -1;
}

int DatabaseConnections::add(
    const QString &name, const QString &url, const cs::jdbc::ConnectionProperties &props, bool fromEndpoints)
{
    DatabaseConnection c;
    c.name = name;
    c.url = url;
    c.props = props;
    c.fromEndpoints = fromEndpoints;
    c.worker = std::make_shared<cs::sqlbrowse::SqlWorker>(url, props);
    m_connections << c;
    const int row = m_schema.addConnection(name, c.worker->redactedUrl());
    reloadSchema(row);
    Q_EMIT changed();
    return row;
}

void DatabaseConnections::remove(int index)
{
    if (index < 0 || index >= m_connections.size())
        return;
    ++m_epoch; // answers under way are dropped: none of the connections is loading any more
    m_connections.removeAt(index);
    for (DatabaseConnection &c : m_connections)
        c.loading = false;
    m_schema.removeConnection(index);
    Q_EMIT changed();
}

void DatabaseConnections::reloadSchema(int index)
{
    if (index < 0 || index >= m_connections.size())
        return;
    m_schema.setLoading(index);
    readSchema(index, false);
}

void DatabaseConnections::refreshSchema(int index)
{
    if (index < 0 || index >= m_connections.size() || m_connections.at(index).loading)
        return;
    readSchema(index, true);
}

void DatabaseConnections::readSchema(int index, bool quiet)
{
    m_connections[index].loading = true;
    const quint64 epoch = m_epoch;
    cs::sqlbrowse::loadSchema(m_connections.at(index).worker.get(), m_mailbox,
        [this, index, epoch, quiet](const cs::data::Result<QList<cs::sqlbrowse::TableInfo>> &tables) {
            if (epoch != m_epoch || index >= m_connections.size())
                return;
            DatabaseConnection &c = m_connections[index];
            c.loading = false;
            bool tablesChanged = true;
            if (tables) {
                tablesChanged = c.tables.size() != tables.value().size();
                for (qsizetype i = 0; !tablesChanged && i < c.tables.size(); ++i)
                    tablesChanged = !(c.tables.at(i).id == tables.value().at(i).id);
                c.tables = tables.value();
                c.error.clear();
                m_schema.setTables(index, tables.value());
            } else {
                const QString error = tables.error().toString();
                tablesChanged = error != c.error;
                c.error = error;
                m_schema.setError(index, c.error);
            }
            if (!quiet || tablesChanged)
                Q_EMIT schemaLoaded(index);
        });
}

void DatabaseConnections::reloadAll()
{
    for (int i = 0; i < m_connections.size(); ++i)
        reloadSchema(i);
}

} // namespace cs::ui
