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
    ++m_epoch;
    m_connections.removeAt(index);
    m_schema.removeConnection(index);
    Q_EMIT changed();
}

void DatabaseConnections::reloadSchema(int index)
{
    if (index < 0 || index >= m_connections.size())
        return;
    m_schema.setLoading(index);
    const quint64 epoch = m_epoch;
    cs::sqlbrowse::loadSchema(m_connections.at(index).worker.get(), m_mailbox,
        [this, index, epoch](const cs::data::Result<QList<cs::sqlbrowse::TableInfo>> &tables) {
            if (epoch != m_epoch || index >= m_connections.size())
                return;
            if (tables) {
                m_connections[index].tables = tables.value();
                m_connections[index].error.clear();
                m_schema.setTables(index, tables.value());
            } else {
                m_connections[index].error = tables.error().toString();
                m_schema.setError(index, m_connections[index].error);
            }
            Q_EMIT schemaLoaded(index);
        });
}

void DatabaseConnections::reloadAll()
{
    for (int i = 0; i < m_connections.size(); ++i)
        reloadSchema(i);
}

} // namespace cs::ui
