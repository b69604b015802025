#pragma once

#include <memory>

#include <QTime>
#include <QWidget>

#include "jdbc/tableid.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cs::sqlbrowse {
class SqlWorker;
class TableModel;
} // namespace cs::sqlbrowse

namespace cs::ui {

class RowHighlightModel;

// The rows of one table: paged table view, sort by header, a filter evaluated in SQL, auto-refresh with
// new and changed rows highlighted, and "Trace row" for the selected row. GUI thread.
class DataPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DataPanel(QWidget *parent = nullptr);
    ~DataPanel() override;

    // Shows `table` of the connection served by `worker`; `connectionName` is for the heading.
    void showTable(const QString &connectionName, std::shared_ptr<cs::sqlbrowse::SqlWorker> worker,
        const cs::jdbc::TableId &table);
    void clear();

    cs::sqlbrowse::TableModel *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }
    QString connectionName() const { return m_connectionName; }
    cs::jdbc::TableId table() const { return m_table; }
    void setAutoRefresh(bool on);

Q_SIGNALS:
    // The user asked to trace the selected row: its key column names and values.
    void traceRequested(const QString &connectionName, const cs::jdbc::TableId &table,
        const QStringList &keyColumns, const QVariantList &keyValues);
    // The shown table's row count as last read (without a filter).
    void rowCountRead(const QString &connectionName, const cs::jdbc::TableId &table, qint64 rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void updateStatus();
    void updateColumns();
    void traceSelected();

    std::unique_ptr<cs::sqlbrowse::TableModel> m_model;
    RowHighlightModel *m_proxy;
    QString m_connectionName;
    cs::jdbc::TableId m_table;
    QLabel *m_heading;
    QComboBox *m_filterColumn;
    QComboBox *m_filterOp;
    QLineEdit *m_filterText;
    QPushButton *m_applyFilter;
    QPushButton *m_clearFilter;
    QCheckBox *m_autoRefresh;
    QSpinBox *m_interval;
    QPushButton *m_refresh;
    QPushButton *m_toEnd;
    QPushButton *m_trace;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_error;
    qint64 m_loadMs = -1;
    int m_lastNew = 0;
    int m_lastChanged = 0;
    QTime m_lastChange;
};

} // namespace cs::ui
