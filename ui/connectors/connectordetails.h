#pragma once

#include <optional>

#include <QHash>
#include <QSet>
#include <QString>
#include <QWidget>

#include "connectclient/restentities.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace cs::connectclient {
class ConnectClient;
}

namespace cs::ui {

class StatusBadge;

// The selected connector of the Connectors view: its state and its tasks' (colour and text), the
// failure traces, the config (secrets masked), and the actions — pause, resume, stop, restart
// (connector only, with its tasks, or only what failed), delete, per-task restart, edit. Actions go
// through the ConnectClient (asynchronous); their answers, errors included, are shown as the worker
// wrote them. GUI thread only.
class ConnectorDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectorDetails(connectclient::ConnectClient *client, QWidget *parent = nullptr);

    // Shows `overview` (nullptr: nothing selected). Called after every poll.
    void setConnector(const connectclient::ConnectorOverview *overview);
    QString connectorName() const { return m_name; }
    // Keys to mask in the config view, by connector class (from the plugin's PASSWORD keys).
    void setSecretKeys(const QString &connectorClass, const QSet<QString> &keys);
    QString lastMessage() const;

    enum class Action
    {
        Pause,
        Resume,
        Stop,
        Restart, // connector only (204)
        RestartWithTasks, // ?includeTasks=true (202)
        RestartFailed, // ?includeTasks=true&onlyFailed=true (202)
        Delete
    };
    // Runs an action on the shown connector (the buttons call it; Delete asks first, this does not).
    void run(Action action);
    void restartTask(int task);

Q_SIGNALS:
    void actionDone(); // the page polls at once to show the new state
    void editRequested(const QString &name, const config::Properties &config);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTasks(const connectclient::ConnectorStatus &status);
    void showTrace(const connectclient::ConnectorStatus &status);
    void showConfig(const config::Properties &config);
    void showMessage(const QString &text, bool error);
    void confirmDelete();

    connectclient::ConnectClient *m_client;
    QString m_name;
    std::optional<connectclient::ConnectorOverview> m_shown;
    QHash<QString, QSet<QString>> m_secretKeys; // connector class → PASSWORD keys

    QLabel *m_title;
    StatusBadge *m_badge;
    QLabel *m_summary;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_stop;
    QToolButton *m_restart;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTableWidget *m_tasks;
    QPlainTextEdit *m_trace;
    QTableWidget *m_config;
    QLabel *m_empty;
    QWidget *m_body;
};

} // namespace cs::ui
