#pragma once

#include <QWidget>

#include "jdbc/tableid.h"

class QComboBox;

namespace cs::ui {

class DatabaseConnections;

// A connection and one of its tables, picked from two combo boxes that follow DatabaseConnections.
// GUI thread.
class TablePicker final : public QWidget
{
    Q_OBJECT

public:
    explicit TablePicker(DatabaseConnections *connections, QWidget *parent = nullptr);

    int connection() const; // index in DatabaseConnections, -1 when none
    cs::jdbc::TableId table() const;
    // Selects the connection at `index` and the table named `table` (case-insensitive), once known.
    void select(int index, const QString &table);

Q_SIGNALS:
    void changed();

private:
    void syncConnections();
    void syncTables();

    DatabaseConnections *m_connections;
    QComboBox *m_connection;
    QComboBox *m_table;
    QString m_wantedTable;
};

} // namespace cs::ui
