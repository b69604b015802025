#include "topics/topicspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include "endpoints.h"
#include "topics/messagedetail.h"
#include "topicview/commandlines.h"

namespace cs::ui {

namespace {

// Greys out "null" keys and values (tombstones) so they do not read like the text "null".
class NullAwareDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(topicview::MessageModel::IsNullRole).toBool()) {
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            option->font.setItalic(true);
        }
    }
};

enum StartChoice
{
    StartBeginning,
    StartEnd,
    StartOffset,
    StartTimestamp
};

enum CommandChoice
{
    CommandKafka,
    CommandKcat,
    CommandStudio
};

} // namespace

TopicsPage::TopicsPage(Endpoints *endpoints, QWidget *parent)
    : Page(parent)
    , m_endpoints(endpoints)
    , m_catalog(new topicview::TopicCatalog(this))
    , m_topicModel(new topicview::TopicListModel(m_catalog, this))
    , m_messages(new topicview::MessageModel(this))
    , m_feed(new topicview::MessageFeed(m_messages, this))
    , m_showInternal(new QCheckBox(this))
    , m_topicView(new QTableView(this))
    , m_catalogStatus(new QLabel(this))
    , m_topicTitle(new QLabel(this))
    , m_partitionLabel(new QLabel(this))
    , m_partition(new QComboBox(this))
    , m_startLabel(new QLabel(this))
    , m_start(new QComboBox(this))
    , m_offset(new QLineEdit(this))
    , m_timestamp(new QDateTimeEdit(this))
    , m_readButton(new QPushButton(this))
    , m_pauseButton(new QPushButton(this))
    , m_filter(new QLineEdit(this))
    , m_bufferLabel(new QLabel(this))
    , m_buffer(new QSpinBox(this))
    , m_exportButton(new QToolButton(this))
    , m_commandButton(new QToolButton(this))
    , m_traceButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_messageView(new QTableView(this))
    , m_detail(new MessageDetail(this))
{
    // Left: the topics.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_showInternal->setChecked(m_topicModel->showInternal());
    leftLayout->addWidget(m_showInternal);
    m_topicView->setObjectName(QStringLiteral("topicList"));
    m_topicView->setModel(m_topicModel);
    m_topicView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topicView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topicView->verticalHeader()->hide();
    m_topicView->setShowGrid(false);
    m_topicView->setWordWrap(false);
    m_topicView->horizontalHeader()->setSectionResizeMode(
        topicview::TopicListModel::NameColumn, QHeaderView::Stretch);
    m_topicView->horizontalHeader()->setSectionResizeMode(
        topicview::TopicListModel::PartitionsColumn, QHeaderView::ResizeToContents);
    m_topicView->horizontalHeader()->setSectionResizeMode(
        topicview::TopicListModel::MessagesColumn, QHeaderView::ResizeToContents);
    m_topicView->horizontalHeader()->setSectionResizeMode(
        topicview::TopicListModel::OffsetsColumn, QHeaderView::Interactive);
    m_topicView->horizontalHeader()->resizeSection(topicview::TopicListModel::OffsetsColumn, 70);
    leftLayout->addWidget(m_topicView, 1);
    m_catalogStatus->setProperty("caption", true);
    m_catalogStatus->setWordWrap(true);
    leftLayout->addWidget(m_catalogStatus);

    // Right: controls, status, messages and the detail pane.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_topicTitle->setObjectName(QStringLiteral("cardTitle"));
    rightLayout->addWidget(m_topicTitle);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_partitionLabel);
    controls->addWidget(m_partition);
    controls->addSpacing(8);
    controls->addWidget(m_startLabel);
    controls->addWidget(m_start);
    m_offset->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), this));
    m_offset->setText(QStringLiteral("0"));
    m_offset->setMaximumWidth(120);
    controls->addWidget(m_offset);
    m_timestamp->setCalendarPopup(true);
    m_timestamp->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_timestamp->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    controls->addWidget(m_timestamp);
    m_readButton->setProperty("primary", true);
    controls->addWidget(m_readButton);
    m_pauseButton->setCheckable(true);
    controls->addWidget(m_pauseButton);
    controls->addStretch(1);
    rightLayout->addLayout(controls);

    auto *tools = new QHBoxLayout;
    m_filter->setClearButtonEnabled(true);
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_bufferLabel);
    m_buffer->setRange(1000, 5000000);
    m_buffer->setSingleStep(10000);
    m_buffer->setGroupSeparatorShown(true);
    m_buffer->setValue(topicview::MessageModel::defaultCapacity);
    tools->addWidget(m_buffer);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(new QMenu(m_exportButton));
    tools->addWidget(m_exportButton);
    m_commandButton->setPopupMode(QToolButton::InstantPopup);
    m_commandButton->setMenu(new QMenu(m_commandButton));
    tools->addWidget(m_commandButton);
    m_traceButton->setEnabled(false);
    tools->addWidget(m_traceButton);
    rightLayout->addLayout(tools);

    m_status->setProperty("caption", true);
    rightLayout->addWidget(m_status);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    rightLayout->addWidget(m_error);

    m_messageView->setObjectName(QStringLiteral("messageTable"));
    m_messageView->setModel(m_messages);
    m_messageView->setItemDelegate(new NullAwareDelegate(m_messageView));
    m_messageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageView->setWordWrap(false);
    m_messageView->setShowGrid(false);
    m_messageView->setAlternatingRowColors(true);
    // Fixed row heights: the view never measures 100,000 rows.
    m_messageView->verticalHeader()->hide();
    m_messageView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_messageView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_messageView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(topicview::MessageModel::PartitionColumn, 70);
    header->resizeSection(topicview::MessageModel::OffsetColumn, 70);
    header->resizeSection(topicview::MessageModel::TimestampColumn, 170);
    header->resizeSection(topicview::MessageModel::KeyColumn, 90);
    header->resizeSection(topicview::MessageModel::HeadersColumn, 90);
    header->resizeSection(topicview::MessageModel::MeaningColumn, 420);
    // The value takes the room that is left; the other columns keep the widths the user gives them.
    header->setSectionResizeMode(topicview::MessageModel::ValueColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);

    auto *messageSplit = new QSplitter(Qt::Vertical, right);
    messageSplit->addWidget(m_messageView);
    messageSplit->addWidget(m_detail);
    messageSplit->setStretchFactor(0, 3);
    messageSplit->setStretchFactor(1, 2);
    rightLayout->addWidget(messageSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("topicsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    left->setMinimumWidth(260);
    split->setSizes({ 400, 1000 });
    contentLayout()->addWidget(split, 1);

    // Wiring.
    connect(m_showInternal, &QCheckBox::toggled, m_topicModel, &topicview::TopicListModel::setShowInternal);
    connect(m_topicView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TopicsPage::topicSelected);
    connect(m_catalog, &topicview::TopicCatalog::refreshed, this, &TopicsPage::updateCatalogStatus);
    connect(m_catalog, &topicview::TopicCatalog::topicsChanged, this, &TopicsPage::updatePartitions);
    connect(m_start, &QComboBox::currentIndexChanged, this, &TopicsPage::updateStartControls);
    connect(m_readButton, &QPushButton::clicked, this, &TopicsPage::startReading);
    connect(m_offset, &QLineEdit::returnPressed, this, &TopicsPage::startReading);
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        m_feed->setPaused(paused);
        retranslate();
    });
    connect(m_filter, &QLineEdit::textChanged, m_messages, &topicview::MessageModel::setFilter);
    connect(
        m_buffer, &QSpinBox::editingFinished, this, [this] { m_messages->setCapacity(m_buffer->value()); });
    // The counts change with every step of records: the status line follows at most 5 times a second
    // (relaying out the page for each step would cost the tail its speed).
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(200);
    connect(&m_statusTimer, &QTimer::timeout, this, &TopicsPage::updateStatus);
    connect(m_messages, &topicview::MessageModel::countsChanged, this, [this] {
        if (!m_statusTimer.isActive())
            m_statusTimer.start();
    });
    connect(m_feed, &topicview::MessageFeed::rateChanged, this, &TopicsPage::updateStatus);
    connect(m_feed, &topicview::MessageFeed::stateChanged, this, &TopicsPage::updateStatus);
    connect(m_feed, &topicview::MessageFeed::errorOccurred, this, &TopicsPage::updateStatus);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TopicsPage::messageSelected);

    // Follow the tail while the view is at its end; otherwise keep the rows the user looks at still.
    QScrollBar *bar = m_messageView->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
        [this, bar](int value) { m_followTail = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followTail)
            bar->setValue(max);
    });
    connect(m_messages, &QAbstractItemModel::rowsRemoved, this,
        [this, bar](const QModelIndex &, int first, int last) {
            if (!m_followTail && first == 0)
                bar->setValue(bar->value() - (last - first + 1));
        });

    QMenu *exportMenu = m_exportButton->menu();
    connect(exportMenu->addAction(QString()), &QAction::triggered, this,
        [this] { exportShown(topicview::MessageExport::Format::JsonLines); });
    connect(exportMenu->addAction(QString()), &QAction::triggered, this,
        [this] { exportShown(topicview::MessageExport::Format::Csv); });
    QMenu *commandMenu = m_commandButton->menu();
    for (int which : { CommandKafka, CommandKcat, CommandStudio })
        connect(commandMenu->addAction(QString()), &QAction::triggered, this,
            [this, which] { copyCommand(which); });

    connect(m_traceButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_messageView->currentIndex();
        if (!current.isValid())
            return;
        const kafka::Message message = m_messages->message(current.row());
        Q_EMIT traceRecordRequested(message.topic, message.partition, message.offset);
    });

    connect(m_endpoints, &Endpoints::changed, this, &TopicsPage::endpointsChanged);
    retranslatePage();
    updateStartControls();
    endpointsChanged();
}

TopicsPage::~TopicsPage() = default;

QString TopicsPage::title() const
{
    return tr("Topics");
}

QString TopicsPage::description() const
{
    return tr("What flows through Kafka, live: pick a topic to tail it like kafka-console-consumer, and a "
              "message to see its JSON, schema and payload.");
}

void TopicsPage::retranslate()
{
    m_showInternal->setText(tr("Show internal topics"));
    m_showInternal->setToolTip(tr("Kafka Connect's connect-configs, connect-offsets and connect-status, and "
                                  "Kafka's own __ topics. Their records are decoded by meaning."));
    m_partitionLabel->setText(tr("Partition"));
    m_startLabel->setText(tr("Start"));
    const int start = m_start->currentIndex();
    m_start->blockSignals(true);
    m_start->clear();
    m_start->addItem(tr("From the beginning"), StartBeginning);
    m_start->addItem(tr("From the end (new messages)"), StartEnd);
    m_start->addItem(tr("At offset"), StartOffset);
    m_start->addItem(tr("At time"), StartTimestamp);
    m_start->setCurrentIndex(start < 0 ? 0 : start);
    m_start->blockSignals(false);
    m_offset->setPlaceholderText(tr("offset"));
    m_offset->setToolTip(tr("The first offset to show (in every partition when all are read)."));
    m_timestamp->setToolTip(tr("Shows the messages produced at or after this time."));
    m_readButton->setText(tr("Read"));
    m_readButton->setToolTip(tr("Start reading the selected topic again with these settings."));
    m_pauseButton->setText(m_pauseButton->isChecked() ? tr("Resume") : tr("Pause"));
    m_filter->setPlaceholderText(tr("Filter: text in the key, value or headers"));
    m_bufferLabel->setText(tr("Keep"));
    m_buffer->setSuffix(tr(" messages"));
    m_buffer->setToolTip(tr("The viewer keeps at most this many messages; older ones leave the table."));
    m_exportButton->setText(tr("Export"));
    const QList<QAction *> exportActions = m_exportButton->menu()->actions();
    exportActions[0]->setText(tr("Shown messages as JSON Lines…"));
    exportActions[1]->setText(tr("Shown messages as CSV…"));
    m_commandButton->setText(tr("Copy as command"));
    const QList<QAction *> commandActions = m_commandButton->menu()->actions();
    commandActions[CommandKafka]->setText(tr("kafka-console-consumer"));
    commandActions[CommandKcat]->setText(tr("kcat"));
    commandActions[CommandStudio]->setText(tr("connect-studio-cli console-consumer"));
    updateTopicTitle();
    m_traceButton->setText(tr("Trace in tables"));
    m_traceButton->setToolTip(tr("Find the selected record's source row and target row in the Tables view."));
    if (m_partition->count() > 0)
        m_partition->setItemText(0, tr("All"));
    updateCatalogStatus();
    updateStatus();
}

void TopicsPage::endpointsChanged()
{
    const Endpoints::Target &target = m_endpoints->current();
    kafka::ClientConfig config;
    config.bootstrapServers = target.bootstrapServers;
    config.timeoutMs = 5000;
    config.clientId = QStringLiteral("connect-studio-topics");
    for (auto it = target.kafkaConfig.cbegin(); it != target.kafkaConfig.cend(); ++it)
        config.properties.append({ it.key().toUtf8(), it.value().toUtf8() });
    m_feed->stop();
    m_feed->setClientConfig(config);
    m_messages->clear();
    m_detail->clearMessage();
    m_catalog->setClientConfig(config);
    m_topicView->clearSelection();
    m_topicTitle->clear();
    updateTopicTitle();
    updateCatalogStatus();
    updateStatus();
}

void TopicsPage::updateTopicTitle()
{
    // Until a topic is read the title is a hint, in the current language.
    if (m_topicTitle->property("hint").toBool() || m_topicTitle->text().isEmpty()) {
        m_topicTitle->setText(tr("No topic selected"));
        m_topicTitle->setProperty("hint", true);
    }
}

void TopicsPage::updateCatalogStatus()
{
    const QString bootstrap = m_catalog->clientConfig().bootstrapServers;
    if (bootstrap.isEmpty()) {
        m_catalogStatus->setText(tr("No Kafka cluster: start the lab's broker in the Lab view or choose a "
                                    "connection profile."));
        return;
    }
    if (!m_catalog->errorString().isEmpty()) {
        m_catalogStatus->setText(tr("Kafka at %1: %2").arg(bootstrap, m_catalog->errorString()));
        return;
    }
    if (!m_catalog->hasAnswered()) {
        m_catalogStatus->setText(tr("Asking Kafka at %1 for its topics…").arg(bootstrap));
        return;
    }
    m_catalogStatus->setText(tr("Kafka at %1: %n topic(s); new topics appear by themselves.", nullptr,
        int(m_catalog->topics().size()))
                                 .arg(bootstrap));
}

void TopicsPage::updatePartitions()
{
    const QString topic = m_topicModel->topicAt(m_topicView->currentIndex().row());
    const topicview::TopicEntry *entry = m_catalog->topic(topic);
    const int count = entry ? int(entry->partitions.size()) : 0;
    if (m_partition->count() == count + 1)
        return;
    const QVariant current = m_partition->currentData();
    m_partition->clear();
    m_partition->addItem(tr("All"), -1);
    for (int p = 0; p < count; ++p)
        m_partition->addItem(QString::number(entry->partitions[p].id), entry->partitions[p].id);
    const int at = m_partition->findData(current);
    m_partition->setCurrentIndex(at < 0 ? 0 : at);
}

void TopicsPage::updateStartControls()
{
    const int choice = m_start->currentData().toInt();
    m_offset->setVisible(choice == StartOffset);
    m_timestamp->setVisible(choice == StartTimestamp);
}

void TopicsPage::topicSelected()
{
    const QString topic = m_topicModel->topicAt(m_topicView->currentIndex().row());
    if (topic.isEmpty()
        || (topic == m_feed->spec().topic && m_feed->state() == topicview::MessageFeed::State::Reading))
        return;
    m_partition->clear();
    updatePartitions();
    startReading();
}

topicview::ReadSpec TopicsPage::currentSpec() const
{
    topicview::ReadSpec spec;
    spec.topic = m_topicModel->topicAt(m_topicView->currentIndex().row());
    const int partition = m_partition->currentData().isValid() ? m_partition->currentData().toInt() : -1;
    if (partition >= 0)
        spec.partition = partition;
    switch (m_start->currentData().toInt()) {
    case StartEnd:
        spec.start = kafka::StartPosition::end();
        break;
    case StartOffset:
        spec.start = kafka::StartPosition::offset(m_offset->text().toLongLong());
        break;
    case StartTimestamp:
        spec.start = kafka::StartPosition::timestamp(m_timestamp->dateTime().toMSecsSinceEpoch());
        break;
    default:
        spec.start = kafka::StartPosition::beginning();
        break;
    }
    return spec;
}

void TopicsPage::startReading()
{
    const topicview::ReadSpec spec = currentSpec();
    if (spec.topic.isEmpty())
        return;
    read(spec);
}

void TopicsPage::read(const topicview::ReadSpec &spec)
{
    const int row = m_topicModel->rowOf(spec.topic);
    if (row >= 0 && m_topicView->currentIndex().row() != row) {
        // Selecting the row starts reading with the controls; set them from `spec` afterwards.
        QSignalBlocker blocker(m_topicView->selectionModel());
        m_topicView->selectRow(row);
        m_partition->clear();
        updatePartitions();
    }
    if (spec.partition) {
        const int at = m_partition->findData(*spec.partition);
        if (at >= 0)
            m_partition->setCurrentIndex(at);
    } else if (m_partition->count() > 0) {
        m_partition->setCurrentIndex(0);
    }
    switch (spec.start.kind) {
    case kafka::StartPosition::Beginning:
        m_start->setCurrentIndex(m_start->findData(StartBeginning));
        break;
    case kafka::StartPosition::End:
        m_start->setCurrentIndex(m_start->findData(StartEnd));
        break;
    case kafka::StartPosition::Offset:
        m_start->setCurrentIndex(m_start->findData(StartOffset));
        m_offset->setText(QString::number(spec.start.value));
        break;
    case kafka::StartPosition::Timestamp:
        m_start->setCurrentIndex(m_start->findData(StartTimestamp));
        m_timestamp->setDateTime(QDateTime::fromMSecsSinceEpoch(spec.start.value));
        break;
    }
    m_pauseButton->setChecked(false);
    m_detail->clearMessage();
    m_followTail = true;
    m_notice.clear();
    m_topicTitle->setText(spec.topic);
    m_topicTitle->setProperty("hint", false);
    m_feed->start(spec);
    m_messageView->setColumnHidden(
        topicview::MessageModel::MeaningColumn, !topicview::isInternalTopic(m_messages->topicKind()));
    updateStatus();
}

void TopicsPage::updateStatus()
{
    const QLocale locale;
    QStringList parts;
    if (m_feed->state() == topicview::MessageFeed::State::Idle
        || (m_feed->state() == topicview::MessageFeed::State::Stopped
            && !m_topicView->currentIndex().isValid())) {
        m_status->setText(tr("Select a topic on the left to read it."));
    } else {
        parts.append(tr("%1 shown").arg(locale.toString(m_messages->rowCount())));
        if (!m_messages->filter().isEmpty())
            parts.append(tr("%1 in the buffer").arg(locale.toString(m_messages->bufferedCount())));
        parts.append(tr("%1 received").arg(locale.toString(m_messages->receivedCount())));
        if (m_feed->state() == topicview::MessageFeed::State::Stopped)
            parts.append(tr("stopped"));
        else if (m_feed->isPaused())
            parts.append(tr("paused"));
        else
            parts.append(tr("%1 messages/s").arg(locale.toString(qRound64(m_feed->messagesPerSecond()))));
        if (m_messages->droppedCount() > 0)
            parts.append(tr("%1 oldest left the buffer (keeps %2)")
                             .arg(locale.toString(m_messages->droppedCount()),
                                 locale.toString(m_messages->capacity())));
        if (!m_notice.isEmpty())
            parts.append(m_notice);
        m_status->setText(parts.join(QStringLiteral("  ·  ")));
    }
    const QString error = m_feed->errorString();
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
}

void TopicsPage::messageSelected()
{
    const QModelIndex current = m_messageView->currentIndex();
    m_traceButton->setEnabled(current.isValid());
    if (!current.isValid())
        return;
    m_detail->showMessage(m_messages->message(current.row()), m_messages->topicKind());
}

void TopicsPage::exportShown(topicview::MessageExport::Format format)
{
    const bool csv = format == topicview::MessageExport::Format::Csv;
    const QString suggested
        = (m_feed->spec().topic.isEmpty() ? QStringLiteral("messages") : m_feed->spec().topic)
        + (csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the shown messages"), suggested,
        csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl *.json)"));
    if (path.isEmpty())
        return;
    // A snapshot (shared bytes) written on a pool thread: the table keeps moving meanwhile.
    const QList<kafka::Message> messages = m_messages->shownMessages();
    m_notice = tr("exporting %n message(s)…", nullptr, int(messages.size()));
    updateStatus();
    QPointer<TopicsPage> self(this);
    QThreadPool::globalInstance()->start([self, messages, format, path] {
        QString error;
        const bool ok = topicview::MessageExport::writeFile(messages, format, path, &error);
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, error, path, count = messages.size()] {
                if (!self)
                    return;
                self->m_notice
                    = ok ? tr("exported %n message(s) to %1", nullptr, int(count)).arg(path) : error;
                self->updateStatus();
            },
            Qt::QueuedConnection);
    });
}

void TopicsPage::copyCommand(int which)
{
    topicview::ReadSpec spec = m_feed->spec();
    if (spec.topic.isEmpty())
        spec = currentSpec();
    if (spec.topic.isEmpty()) {
        m_notice = tr("select a topic first");
        updateStatus();
        return;
    }
    const QString bootstrap = m_feed->clientConfig().bootstrapServers;
    topicview::CommandLines::Line line;
    switch (which) {
    case CommandKafka:
        line = topicview::CommandLines::kafkaConsoleConsumer(bootstrap, spec);
        break;
    case CommandKcat:
        line = topicview::CommandLines::kcat(bootstrap, spec);
        break;
    default:
        line = topicview::CommandLines::studioConsoleConsumer(bootstrap, spec);
        break;
    }
    QApplication::clipboard()->setText(line.command);
    m_notice
        = line.note.isEmpty() ? tr("copied: %1").arg(line.command) : tr("copied; note: %1").arg(line.note);
    updateStatus();
}

QIcon TopicsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/topics.png"));
}

} // namespace cs::ui
