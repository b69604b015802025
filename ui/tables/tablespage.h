#pragma once

#include "widgets/page.h"

class QLabel;
class QPushButton;
class QSettings;
class QTabWidget;
class QTimer;
class QTreeView;

namespace cs::ui {

class ComparePanel;
class DataPanel;
class DatabaseConnections;
class Endpoints;
class SecretStore;
class SqlPanel;
class TracePanel;

// The Tables view: the lab's source and target databases (from Endpoints, by themselves) and any the
// user adds (SQLite, PostgreSQL, MySQL/MariaDB, H2 through its PG port; passwords only in the keychain
// through SecretStore); the schema tree; and four panels: Data (paged rows, sort, filter, auto-refresh
// with highlights), SQL (editor with Cancel), Compare (source vs target by key) and Trace (a row through
// the topic to the target). Every database call runs off the GUI thread. GUI thread only.
class TablesPage final : public Page
{
    Q_OBJECT

public:
    explicit TablesPage(cs::ui::Endpoints *endpoints, QWidget *parent = nullptr);
    ~TablesPage() override;

    QString id() const override { return QStringLiteral("tables"); }
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    // Remembers the databases the user adds (name, URL, user; never the password) in `settings`
    // (group "tables") and opens the ones saved there. Without it they last for the session.
    void setSettings(QSettings *settings);

    // Adds a database (the password, if any, goes to the keychain when settings are set).
    int addConnection(const QString &name, const QString &url, const QString &user, const QString &password,
        std::optional<int> h2PgPort = std::nullopt);
    // Opens a table of a connection in the Data panel.
    void showTable(int connection, const QString &table);
    // The topic viewer's "jump to rows": traces a record of the lab's topic back to both rows.
    void traceRecord(const QString &topic, int partition, qint64 offset);

    DatabaseConnections *connections() const { return m_connections; }
    DataPanel *dataPanel() const { return m_data; }
    SqlPanel *sqlPanel() const { return m_sql; }
    ComparePanel *comparePanel() const { return m_compare; }
    TracePanel *tracePanel() const { return m_trace; }
    QTreeView *schemaView() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void syncEndpoints();
    void applyDefaults();
    void addFromDialog();
    void removeSelected();
    void openIndex(const QModelIndex &index);
    void saveConnections();
    void showNote(const QString &text);
    void refreshSchemas(bool pipelineOnly);

    Endpoints *m_endpoints;
    DatabaseConnections *m_connections;
    SecretStore *m_secrets;
    QSettings *m_settings = nullptr;
    QTreeView *m_tree;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reload;
    QLabel *m_note;
    QTabWidget *m_tabs;
    DataPanel *m_data;
    SqlPanel *m_sql;
    ComparePanel *m_compare;
    TracePanel *m_trace;
    QTimer *m_schemaTimer;
    bool m_defaultsApplied = false;
};

} // namespace cs::ui
