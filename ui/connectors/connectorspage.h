#pragma once

#include <functional>

#include <QSet>
#include <QString>

#include "config/properties.h"
#include "widgets/page.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cs::connectclient {
class ConnectClient;
class ConnectorListModel;
} // namespace cs::connectclient

namespace cs::ui {

class ConnectorDetails;
class ConnectorForm;
class Endpoints;
class StateColorProxy;

// The Connectors view, against whatever Connect REST URL the Endpoints name (the embedded lab's
// worker or a real cluster): the connectors with the live state of each connector and its tasks,
// polled every two seconds while the view is shown (asynchronous requests: the GUI thread never
// waits), the selected connector's details and actions, and the new/edit form. GUI thread only.
class ConnectorsPage final : public Page
{
    Q_OBJECT

public:
    explicit ConnectorsPage(Endpoints *endpoints, QWidget *parent = nullptr);
    ~ConnectorsPage() override;

    QString id() const override { return QStringLiteral("connectors"); }
    QIcon icon() const override;
    QString title() const override;
    QString description() const override;

    connectclient::ConnectClient *client() const { return m_client; }
    connectclient::ConnectorListModel *model() const { return m_model; }
    ConnectorDetails *details() const { return m_details; }
    ConnectorForm *form() const { return m_form; }
    QTableView *table() const { return m_table; }

    void setPollInterval(int ms);
    // Selects a connector by name (false when it is not listed).
    bool selectConnector(const QString &name);
    bool isFormShown() const;

public Q_SLOTS:
    void refresh(); // polls now
    void showNewConnectorForm();
    void showEditForm(const QString &name, const config::Properties &config);
    void showList();

Q_SIGNALS:
    void refreshed(); // a poll answered (successfully or not)

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void endpointsChanged();
    void selectionChanged();
    void fetchSecretKeys(const QString &connectorClass);
    // `text` is asked again on a language change, so the line is retranslated.
    void setConnectionText(std::function<QString()> text, bool error);

    Endpoints *m_endpoints;
    connectclient::ConnectClient *m_client;
    connectclient::ConnectorListModel *m_model;
    StateColorProxy *m_proxy;
    QTimer *m_poll;
    bool m_polling = false;
    bool m_serverInfoKnown = false;
    std::function<QString()> m_connectionText; // what the connection line says (URL, version or error)
    bool m_connectionError = false;
    QSet<QString> m_secretKeysAsked; // connector classes whose PASSWORD keys were asked for

    QStackedWidget *m_stack;
    QLabel *m_connectionLabel;
    QPushButton *m_new;
    QPushButton *m_refresh;
    QTableView *m_table;
    QLabel *m_empty;
    ConnectorDetails *m_details;
    QLabel *m_formTitle;
    QPushButton *m_back;
    ConnectorForm *m_form;
};

} // namespace cs::ui
