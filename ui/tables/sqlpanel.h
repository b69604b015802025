#pragma once

#include <memory>

#include <QWidget>

#include "jdbc/jdbcurl.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cs::sqlbrowse {
class QueryResultModel;
class SqlRunner;
struct QueryResult;
} // namespace cs::sqlbrowse

namespace cs::ui {

class DatabaseConnections;

// The SQL editor: statements run on a connection of their own, off the GUI thread; results, errors and
// timing below; Cancel interrupts the statement (or abandons it where the database cannot). GUI thread.
class SqlPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SqlPanel(DatabaseConnections *connections, QWidget *parent = nullptr);
    ~SqlPanel() override;

    void setConnection(int index);
    void setText(const QString &sql);
    void run();
    void cancel();

    cs::sqlbrowse::QueryResultModel *resultModel() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool isRunning() const;

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncConnections();
    void showResult(const cs::sqlbrowse::QueryResult &result);

    DatabaseConnections *m_connections;
    QComboBox *m_connection;
    QPlainTextEdit *m_editor;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QLabel *m_status;
    bool m_idle = true; // nothing has run yet: the status shows the idle hint
    QLabel *m_error;
    QTableView *m_view;
    cs::sqlbrowse::QueryResultModel *m_results;
    std::unique_ptr<cs::sqlbrowse::SqlRunner> m_runner;
    QString m_runnerUrl;
};

} // namespace cs::ui
