#include "tables/tablepicker.h"

#include <QComboBox>
#include <QHBoxLayout>

#include "tables/databaseconnections.h"

namespace cs::ui {

TablePicker::TablePicker(DatabaseConnections *connections, QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_connection(new QComboBox(this))
    , m_table(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_connection, 1);
    layout->addWidget(m_table, 1);
    m_table->setEditable(false);
    connect(m_connections, &DatabaseConnections::changed, this, &TablePicker::syncConnections);
    connect(m_connections, &DatabaseConnections::schemaLoaded, this, [this](int index) {
        if (index == connection())
            syncTables();
    });
    connect(m_connection, &QComboBox::currentIndexChanged, this, &TablePicker::syncTables);
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        if (m_table->currentIndex() >= 0 && m_table->count() > 0)
            Q_EMIT changed();
    });
    syncConnections();
}

int TablePicker::connection() const
{
    return m_connections->indexOfUrl(m_connection->currentData().toString());
}

cs::jdbc::TableId TablePicker::table() const
{
    const int c = connection();
    const int t = m_table->currentData().toInt();
    if (c < 0 || m_table->currentIndex() < 0)
        return {};
    return m_connections->at(c).tables.value(t).id;
}

void TablePicker::select(int index, const QString &table)
{
    m_wantedTable = table;
    if (index >= 0 && index < m_connection->count()) {
        if (m_connection->currentIndex() == index)
            syncTables();
        else
            m_connection->setCurrentIndex(index);
    }
}

void TablePicker::syncConnections()
{
    const QString current = m_connection->currentData().toString();
    const QSignalBlocker blocker(m_connection);
    m_connection->clear();
    for (int i = 0; i < m_connections->count(); ++i)
        m_connection->addItem(m_connections->at(i).name, m_connections->at(i).url);
    const int i = m_connection->findData(current);
    m_connection->setCurrentIndex(i >= 0 ? i : (m_connection->count() ? 0 : -1));
    syncTables();
}

void TablePicker::syncTables()
{
    const QString current = m_wantedTable.isEmpty() ? m_table->currentText() : m_wantedTable;
    const QSignalBlocker blocker(m_table);
    m_table->clear();
    const int c = connection();
    if (c >= 0) {
        const auto &tables = m_connections->at(c).tables;
        for (int t = 0; t < tables.size(); ++t)
            m_table->addItem(tables.at(t).id.unquotedFqn(), t);
    }
    int i = m_table->findText(current, Qt::MatchFixedString);
    if (i >= 0 && !m_wantedTable.isEmpty())
        m_wantedTable.clear();
    m_table->setCurrentIndex(i >= 0 ? i : (m_table->count() ? 0 : -1));
    Q_EMIT changed();
}

} // namespace cs::ui
