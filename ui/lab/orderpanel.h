#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableView;
class QTimer;

namespace cs::ui {

// The Order service panel of the Lab page: place an order (what `http POST :8081/orders
// message=...` does) and see ORDER_TABLE (GET /orders) and the replicated CONNECT_ORDER_TABLE
// (GET /syncOrders) refresh on their own. Talks to whatever Order service URL it is given — the
// embedded one or an external one — over HTTP, asynchronously (QNetworkAccessManager): the GUI
// thread never waits. GUI thread only.
class OrderPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit OrderPanel(QWidget *parent = nullptr);

    void setServiceUrl(const QString &url); // empty = no service: the panel says so
    QString serviceUrl() const { return m_url; }
    int orderCount() const; // rows of ORDER_TABLE (the panel shows the newest 200)
    int syncedCount() const; // rows of CONNECT_ORDER_TABLE

public Q_SLOTS:
    void placeOrder(); // the message in the field
    void refresh();

Q_SIGNALS:
    void orderPlaced(qint64 id, const QString &message);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCommand();
    void fillTable(QTableView *table, const QByteArray &json, int status);

    QString m_url;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    int m_inFlight = 0;
    int m_orderTotal = 0;
    int m_syncedTotal = 0;
    QString m_lastResult; // shown under the field; made with tr() when it happened
    QLabel *m_title;
    QLabel *m_summary;
    QLineEdit *m_message;
    QPushButton *m_place;
    QLabel *m_result;
    QLabel *m_commandCaption;
    QLabel *m_command;
    QLabel *m_ordersCaption;
    QTableView *m_orders;
    QLabel *m_syncedCaption;
    QTableView *m_synced;
    QLabel *m_syncedNote;
};

} // namespace cs::ui
