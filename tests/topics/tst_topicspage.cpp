// The Topics view (ui/topics) offscreen against a real embedded broker: the lab's topic appears by
// itself, the table and the detail pane show the exact JSON with schema and payload split, the tail
// follows new orders, the view follows endpoint changes, and copy-as-command fills the clipboard.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include "endpoints.h"
#include "kafka/embeddedbroker.h"
#include "topics/messagedetail.h"
#include "topics/topicspage.h"
#include "topictesthelpers.h"

using namespace cs;
using namespace cs::topicview;
using namespace cs::topicview::test;

class TstTopicsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void labTopicAppearsAndShowsTheJson();
    void tailFollowsNewOrders();
    void followsEndpoints();

private:
    kafka::EmbeddedBroker m_broker;
    kafka::ClientConfig m_config;
    std::unique_ptr<kafka::Producer> m_producer;
    ui::Endpoints m_endpoints;
    std::unique_ptr<ui::TopicsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_topicTester;
    std::unique_ptr<QAbstractItemModelTester> m_messageTester;
};

void TstTopicsPage::initTestCase()
{
    QVERIFY2(m_broker.start(0), qPrintable(m_broker.errorString()));
    m_config.bootstrapServers = m_broker.bootstrapServers();
    m_producer = std::make_unique<kafka::Producer>(m_config);
    QVERIFY(m_producer->open());
    m_page = std::make_unique<ui::TopicsPage>(&m_endpoints);
    m_topicTester = std::make_unique<QAbstractItemModelTester>(
        m_page->topicModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_messageTester = std::make_unique<QAbstractItemModelTester>(
        m_page->messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->catalog()->setRefreshInterval(300);
    m_page->resize(1400, 900);
    m_page->show();
    ui::Endpoints::Target lab;
    lab.name = QStringLiteral("Embedded lab");
    lab.bootstrapServers = m_broker.bootstrapServers();
    lab.embedded = true;
    m_endpoints.setCurrent(lab);
}

void TstTopicsPage::cleanupTestCase()
{
    m_messageTester.reset();
    m_topicTester.reset();
    m_page.reset();
    m_producer.reset();
    m_broker.stop();
}

void TstTopicsPage::labTopicAppearsAndShowsTheJson()
{
    // The source connector's topic shows up without a refresh (lab step 11).
    QVERIFY(m_broker.createTopic(QStringLiteral("CONNECT_ORDER_TABLE"), 1));
    QVERIFY(produceAll(*m_producer,
        { record(QStringLiteral("CONNECT_ORDER_TABLE"), 0, std::nullopt, orderValue(1, orderText(1))),
            record(QStringLiteral("CONNECT_ORDER_TABLE"), 0, std::nullopt, orderValue(2, orderText(2))) }));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->topicModel()->rowOf(QStringLiteral("CONNECT_ORDER_TABLE")) >= 0, 10000);

    // Clicking it tails it from the beginning (lab step 12).
    auto *topics = m_page->findChild<QTableView *>(QStringLiteral("topicList"));
    QVERIFY(topics);
    topics->selectRow(m_page->topicModel()->rowOf(QStringLiteral("CONNECT_ORDER_TABLE")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->messageModel()->rowCount(), 2, 10000);
    QCOMPARE(m_page->currentSpec().start.kind, kafka::StartPosition::Beginning);
    const QByteArray exact = orderValue(1, orderText(1));
    QCOMPARE(m_page->messageModel()->index(0, MessageModel::ValueColumn).data().toString(),
        QString::fromUtf8(exact));

    m_page->messageView()->selectRow(0);
    ui::MessageDetail *detail = m_page->detail();
    QCOMPARE(detail->rawText(), QString::fromUtf8(exact));
    QVERIFY(detail->prettyText().startsWith(QStringLiteral("{\n  \"schema\": {\n    \"type\": \"struct\",")));
    QVERIFY(detail->schemaText().contains(QStringLiteral("\"name\": \"ORDER_TABLE\"")));
    QCOMPARE(
        detail->payloadText(), QStringLiteral("{\n  \"ID\": 1,\n  \"MESSAGE\": \"1st OrderPlaced.\"\n}"));
    QTableWidget *fields = detail->payloadFields();
    QCOMPARE(fields->rowCount(), 2);
    QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("ID"));
    QCOMPARE(fields->item(0, 2)->text(), QStringLiteral("1"));
    QCOMPARE(fields->item(1, 0)->text(), QStringLiteral("MESSAGE"));
    QCOMPARE(fields->item(1, 2)->text(), QStringLiteral("\"1st OrderPlaced.\""));

    // Copy as command: the kcat line for what is on screen.
    // The "Copy as command" menu's second action is kcat.
    const auto buttons = m_page->findChildren<QToolButton *>();
    for (QToolButton *b : buttons) {
        if (b->menu() && b->menu()->actions().size() == 3)
            b->menu()->actions().at(1)->trigger();
    }
    QCOMPARE(QApplication::clipboard()->text(),
        QStringLiteral("kcat -b %1 -C -t CONNECT_ORDER_TABLE -o beginning -f "
                       "'%T\\tPartition:%p\\tOffset:%o\\t%h\\t%k\\t%s\\n'")
            .arg(m_broker.bootstrapServers()));
}

void TstTopicsPage::tailFollowsNewOrders()
{
    QTableView *view = m_page->messageView();
    const int before = m_page->messageModel()->rowCount();
    QList<kafka::Message> orders;
    for (qint64 id = 3; id <= 200; ++id)
        orders.append(
            record(QStringLiteral("CONNECT_ORDER_TABLE"), 0, std::nullopt, orderValue(id, orderText(id))));
    QVERIFY(produceAll(*m_producer, orders));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->messageModel()->rowCount(), before + 198, 10000);
    QCOMPARE(*m_page->messageModel()->message(before + 197).value, orderValue(200, orderText(200)));
    // The view sits at the newest order, once it has laid the new rows out (that happens later than
    // the rows arrive: until then the scroll range is still that of the first rows, both 0).
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() == bar->maximum(), 5000);
    const QModelIndex last = m_page->messageModel()->index(before + 197, 0);
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(last)));
}

void TstTopicsPage::followsEndpoints()
{
    ui::Endpoints::Target none;
    none.name = QStringLiteral("nothing");
    m_endpoints.setCurrent(none);
    QCOMPARE(m_page->topicModel()->rowCount(), 0);
    QCOMPARE(m_page->messageModel()->rowCount(), 0);
    ui::Endpoints::Target lab;
    lab.name = QStringLiteral("Embedded lab");
    lab.bootstrapServers = m_broker.bootstrapServers();
    m_endpoints.setCurrent(lab);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->topicModel()->rowOf(QStringLiteral("CONNECT_ORDER_TABLE")) >= 0, 10000);
}

QTEST_MAIN(TstTopicsPage)
#include "tst_topicspage.moc"
