#pragma once

#include <QWidget>

#include "sqlbrowse/sqlworker.h"
#include "sqlbrowse/tablecompare.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cs::ui {

class DatabaseConnections;
class TablePicker;

// Compare source and target: the table a source connector reads and the one its sink fills, by key:
// row counts, and the rows missing from the target, extra in it or different. Runs off the GUI thread.
class ComparePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(DatabaseConnections *connections, QWidget *parent = nullptr);
    ~ComparePanel() override;

    TablePicker *source() const { return m_source; }
    TablePicker *target() const { return m_target; }
    void compare();
    const cs::sqlbrowse::CompareResult &lastResult() const { return m_result; }
    QTableWidget *differences() const { return m_rows; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void show(const cs::sqlbrowse::CompareResult &result);

    DatabaseConnections *m_connections;
    TablePicker *m_source;
    TablePicker *m_target;
    QLineEdit *m_keys;
    QPushButton *m_run;
    QLabel *m_sourceLabel;
    QLabel *m_targetLabel;
    QLabel *m_keysLabel;
    QLabel *m_summary;
    QTableWidget *m_rows;
    cs::sqlbrowse::Mailbox m_mailbox;
    cs::sqlbrowse::CompareResult m_result;
    bool m_running = false;
};

} // namespace cs::ui
