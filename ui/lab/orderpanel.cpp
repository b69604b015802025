#include "lab/orderpanel.h"

#include <QAbstractTableModel>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cs::ui {

namespace {

constexpr int kShownRows = 200; // the newest rows of each table

// Rows of ORDER_TABLE or CONNECT_ORDER_TABLE as the Order service returned them: (ID, MESSAGE).
// Replaced as a whole on each refresh (one reset, no per-cell signals). GUI thread only.
class OrderRowsModel final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<std::pair<QString, QString>> rows)
    {
        if (rows == m_rows)
            return;
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? m_rows.at(index.row()).first : m_rows.at(index.row()).second;
        if (role == Qt::TextAlignmentRole && index.column() == 0)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == 0 ? QStringLiteral("ID") : QStringLiteral("MESSAGE"); // the tables' column names
    }

private:
    QList<std::pair<QString, QString>> m_rows;
};

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(new OrderRowsModel(table));
    table->verticalHeader()->hide();
    // Fixed widths: ResizeToContents would measure every row on every refresh, on the GUI thread.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->resizeSection(0, 72);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setMinimumHeight(150);
    return table;
}

OrderRowsModel *rowsOf(QTableView *table)
{
    return static_cast<OrderRowsModel *>(table->model());
}

} // namespace

OrderPanel::OrderPanel(QWidget *parent)
    : QFrame(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_message(new QLineEdit(this))
    , m_place(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_commandCaption(new QLabel(this))
    , m_command(new QLabel(this))
    , m_ordersCaption(new QLabel(this))
    , m_orders(makeTable(this, QStringLiteral("ordersTable")))
    , m_syncedCaption(new QLabel(this))
    , m_synced(makeTable(this, QStringLiteral("syncedTable")))
    , m_syncedNote(new QLabel(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_summary->setObjectName(QStringLiteral("cardSummary"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("orderMessage"));
    m_message->setClearButtonEnabled(true);
    m_message->setPlaceholderText(QStringLiteral("1st OrderPlaced.")); // the lab's first order, verbatim
    m_place->setObjectName(QStringLiteral("placeOrder"));
    m_place->setProperty("primary", true);
    m_result->setObjectName(QStringLiteral("orderResult"));
    m_result->setProperty("dataText", true); // made with tr() when the answer came
    m_result->setWordWrap(true);
    m_commandCaption->setProperty("caption", true);
    m_command->setObjectName(QStringLiteral("orderCommand"));
    m_command->setProperty("dataText", true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);
    m_ordersCaption->setProperty("caption", true);
    m_syncedCaption->setProperty("caption", true);
    m_syncedNote->setObjectName(QStringLiteral("syncedNote"));
    m_syncedNote->setProperty("dataText", true); // the service's own message
    m_syncedNote->setProperty("caption", true);
    m_syncedNote->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);

    auto *entry = new QHBoxLayout;
    entry->setSpacing(8);
    entry->addWidget(m_message, 1);
    entry->addWidget(m_place);

    auto *command = new QHBoxLayout;
    command->addWidget(m_commandCaption);
    command->addWidget(m_command, 1);

    auto *tables = new QGridLayout;
    tables->setHorizontalSpacing(16);
    tables->setVerticalSpacing(6);
    tables->addWidget(m_ordersCaption, 0, 0);
    tables->addWidget(m_syncedCaption, 0, 1);
    tables->addWidget(m_orders, 1, 0);
    tables->addWidget(m_synced, 1, 1);
    tables->addWidget(m_syncedNote, 2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addLayout(entry);
    layout->addWidget(m_result);
    layout->addLayout(command);
    layout->addLayout(tables, 1);

    connect(m_place, &QPushButton::clicked, this, &OrderPanel::placeOrder);
    connect(m_message, &QLineEdit::returnPressed, this, &OrderPanel::placeOrder);
    connect(m_message, &QLineEdit::textChanged, this, &OrderPanel::updateCommand);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &OrderPanel::refresh);
    m_result->hide();
    retranslate();
    setServiceUrl(QString());
}

int OrderPanel::orderCount() const
{
    return m_orderTotal;
}

int OrderPanel::syncedCount() const
{
    return m_syncedTotal;
}

void OrderPanel::setServiceUrl(const QString &url)
{
    m_url = url;
    while (m_url.endsWith(u'/'))
        m_url.chop(1);
    const bool available = !m_url.isEmpty();
    m_message->setEnabled(available);
    m_place->setEnabled(available);
    if (available) {
        m_timer->start();
        refresh();
    } else {
        m_timer->stop();
        rowsOf(m_orders)->setRows({});
        rowsOf(m_synced)->setRows({});
        m_orderTotal = 0;
        m_syncedTotal = 0;
        m_syncedNote->clear();
    }
    updateCommand();
    retranslate();
}

void OrderPanel::placeOrder()
{
    if (m_url.isEmpty())
        return;
    QString message = m_message->text().trimmed();
    if (message.isEmpty())
        message = m_message->placeholderText();
    QNetworkRequest request { QUrl(m_url + QStringLiteral("/orders")) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("message"),
            message } }).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    m_place->setEnabled(false);
    connect(reply, &QNetworkReply::finished, this, [this, reply, message] {
        reply->deleteLater();
        m_place->setEnabled(!m_url.isEmpty());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 201 || status == 200) {
            const qint64 id = answer.value(QStringLiteral("id")).toInteger();
            m_lastResult = tr("Order %1 placed: %2").arg(id).arg(message);
            m_message->clear();
            Q_EMIT orderPlaced(id, message);
            refresh();
        } else if (status > 0) {
            m_lastResult = tr("The Order service answered %1: %2")
                               .arg(status)
                               .arg(answer.value(QStringLiteral("error")).toString());
        } else {
            m_lastResult = tr("The Order service did not answer: %1").arg(reply->errorString());
        }
        m_result->setText(m_lastResult);
        m_result->setVisible(true);
    });
}

void OrderPanel::refresh()
{
    if (m_url.isEmpty() || m_inFlight > 0)
        return;
    const QString base = m_url;
    // The last rows only: the tables may hold many (the benchmark copies 100,000).
    for (const auto &[path, table] :
        { std::pair { QStringLiteral("/orders?last=%1").arg(kShownRows), m_orders },
            std::pair { QStringLiteral("/syncOrders?last=%1").arg(kShownRows), m_synced } }) {
        QNetworkRequest request { QUrl(base + path) };
        request.setTransferTimeout(5000);
        QNetworkReply *reply = m_network->get(request);
        ++m_inFlight;
        connect(reply, &QNetworkReply::finished, this, [this, reply, table = table, base] {
            reply->deleteLater();
            if (base == m_url) {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                fillTable(table, reply->readAll(), status);
                const int total = reply->hasRawHeader("X-Total-Count")
                    ? reply->rawHeader("X-Total-Count").toInt()
                    : rowsOf(table)->rowCount();
                (table == m_orders ? m_orderTotal : m_syncedTotal) = status == 200 ? total : 0;
                retranslate();
            }
            if (--m_inFlight == 0)
                Q_EMIT refreshed();
        });
    }
}

void OrderPanel::fillTable(QTableView *table, const QByteArray &json, int status)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (table == m_synced)
        m_syncedNote->setText(
            status == 200 ? QString() : doc.object().value(QStringLiteral("error")).toString());
    QList<std::pair<QString, QString>> rows;
    if (status == 200) {
        const QJsonArray array = doc.array();
        rows.reserve(array.size());
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            const QJsonValue id = object.value(QStringLiteral("id"));
            rows.append({ id.isDouble() ? QString::number(id.toInteger()) : id.toVariant().toString(),
                object.value(QStringLiteral("message")).toString() });
        }
    }
    // Follow new rows: scroll down when the newest ID changed.
    OrderRowsModel *model = rowsOf(table);
    const QString newest = rows.isEmpty() ? QString() : rows.last().first;
    const QString shown
        = model->rowCount() == 0 ? QString() : model->index(model->rowCount() - 1, 0).data().toString();
    const bool grew = newest != shown;
    model->setRows(std::move(rows));
    if (grew)
        table->scrollToBottom();
}

void OrderPanel::updateCommand()
{
    if (m_url.isEmpty()) {
        m_command->setText(QStringLiteral("—"));
        return;
    }
    const QUrl url(m_url);
    QString message = m_message->text().trimmed();
    if (message.isEmpty())
        message = m_message->placeholderText();
    const QString host = url.host() == u"127.0.0.1" || url.host() == u"localhost" ? QString() : url.host();
    m_command->setText(
        QStringLiteral("http POST %1:%2/orders message=\"%3\"").arg(host).arg(url.port()).arg(message));
}

void OrderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void OrderPanel::retranslate()
{
    m_title->setText(tr("Order service"));
    m_summary->setText(m_url.isEmpty()
            ? tr("Start the Order service (or point the lab at one) to place orders here.")
            : tr("Orders go into ORDER_TABLE of the source database through %1; the sink connector "
                 "copies them to CONNECT_ORDER_TABLE.")
                  .arg(m_url));
    m_place->setText(tr("Place order"));
    m_commandCaption->setText(tr("Same as"));
    m_ordersCaption->setText(tr("ORDER_TABLE (GET /orders): %n row(s)", nullptr, m_orderTotal));
    m_syncedCaption->setText(tr("CONNECT_ORDER_TABLE (GET /syncOrders): %n row(s)", nullptr, m_syncedTotal));
    updateCommand();
}

} // namespace cs::ui
