#include "logs/logspage.h"

#include <mutex>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>

#include "endpoints.h"
#include "logs/logmodel.h"

namespace cs::ui {

using cs::util::LogLevel;
using cs::util::LogRecord;

// Records handed over by the logging thread, bounded like the view.
struct LogsPage::Inbox
{
    std::mutex mutex;
    QList<LogRecord> records; // guarded by mutex
    qsizetype capacity = 20000; // guarded by mutex
    qsizetype dropped = 0; // guarded by mutex; records that did not fit before a drain
};

LogsPage::LogsPage(Endpoints *endpoints, QWidget *parent)
    : Page(parent)
    , m_endpoints(endpoints)
    , m_inbox(std::make_shared<Inbox>())
    , m_model(new LogModel(this))
    , m_filter(new LogFilterModel(this))
    , m_drainTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);

    auto *bar = new QHBoxLayout;
    m_levelCaption = new QLabel(this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("logLevel"));
    for (LogLevel level :
        { LogLevel::Trace, LogLevel::Debug, LogLevel::Info, LogLevel::Warn, LogLevel::Error })
        m_level->addItem(QString(), int(level));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setClearButtonEnabled(true);
    m_follow = new QCheckBox(this);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setChecked(true);
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("logPause"));
    m_pause->setCheckable(true);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("logClear"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("logSave"));
    bar->addWidget(m_levelCaption);
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_pause);
    bar->addWidget(m_clear);
    bar->addWidget(m_save);
    contentLayout()->addLayout(bar);

    m_sourceNote = new QLabel(this);
    m_sourceNote->setProperty("caption", true);
    m_sourceNote->setWordWrap(true);
    contentLayout()->addWidget(m_sourceNote);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_view->setFont(fixed);
    const QFontMetrics fm(fixed);
    m_view->setColumnWidth(LogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_view->setColumnWidth(LogModel::LevelColumn, fm.horizontalAdvance(QStringLiteral("ERROR")) + 16);
    m_view->setColumnWidth(
        LogModel::LoggerColumn, fm.horizontalAdvance(QStringLiteral("WorkerSourceTask")) + 16);
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(QStringLiteral("logDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(fixed);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(splitter, 1);

    auto *footer = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("logCount"));
    m_count->setProperty("caption", true);
    m_saveResult = new QLabel(this);
    m_saveResult->setObjectName(QStringLiteral("logSaveResult"));
    m_saveResult->setProperty("caption", true);
    m_saveResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(m_saveResult);
    contentLayout()->addLayout(footer);

    m_level->setCurrentIndex(m_level->findData(int(LogLevel::Info)));
    m_filter->setMinimumLevel(LogLevel::Info);
    connect(m_level, &QComboBox::currentIndexChanged, this,
        [this] { setMinimumLevel(LogLevel(m_level->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, this, &LogsPage::setSearchText);
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        if (!paused)
            drain();
        retranslate();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        m_details->clear();
        updateCount();
    });
    connect(m_save, &QPushButton::clicked, this, &LogsPage::save);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogsPage::updateDetails);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
    });
    connect(this, &LogsPage::saved, this, [this](const QString &path, const QString &error) {
        m_saveResult->setText(
            error.isEmpty() ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : error);
    });
    if (m_endpoints)
        connect(m_endpoints, &Endpoints::changed, this, &LogsPage::updateSourceNote);

    // The worker and the Kafka clients log through Qt's categories as well as CS_LOG_*: route Qt's
    // messages into Logging (idempotent; stderr keeps getting them) so that this view sees them.
    cs::util::Logging::instance().installMessageHandler();
    // Subscribe first, then take the ring: the overlap is dropped by sequence number in append().
    std::weak_ptr<Inbox> inbox = m_inbox;
    m_subscriber = cs::util::Logging::instance().addSubscriber([inbox](const LogRecord &record) {
        const auto box = inbox.lock();
        if (!box)
            return;
        std::lock_guard lock(box->mutex);
        box->records.append(record);
        if (box->records.size() > box->capacity) {
            // Keep the newest: a burst that outruns the GUI loses its oldest lines, not memory.
            const qsizetype drop = box->records.size() - box->capacity;
            box->records.remove(0, drop);
            box->dropped += drop;
        }
    });
    m_model->append(cs::util::Logging::instance().recentRecords(0, m_model->capacity()));

    m_drainTimer->setInterval(200);
    connect(m_drainTimer, &QTimer::timeout, this, &LogsPage::drain);
    m_drainTimer->start();

    retranslatePage();
    updateCount();
}

LogsPage::~LogsPage()
{
    cs::util::Logging::instance().removeSubscriber(m_subscriber);
}

QString LogsPage::title() const
{
    return tr("Logs");
}

QString LogsPage::description() const
{
    return tr("The embedded worker's log as it is written, with a level filter and search. Save it to a "
              "file to share it.");
}

QString LogsPage::timestampedFileName(const QDateTime &now)
{
    return QStringLiteral("connect-studio-%1.log").arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

void LogsPage::retranslate()
{
    m_levelCaption->setText(tr("Level:"));
    static const char *const names[] = {
        QT_TR_NOOP("TRACE and above (all)"),
        QT_TR_NOOP("DEBUG and above"),
        QT_TR_NOOP("INFO and above"),
        QT_TR_NOOP("WARN and above"),
        QT_TR_NOOP("ERROR and above"),
    };
    for (int i = 0; i < m_level->count(); ++i)
        m_level->setItemText(i, tr(names[i]));
    m_search->setPlaceholderText(tr("Search messages and loggers…"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest line in view."));
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(tr("Stop adding new lines to the view while you read; none are lost."));
    m_clear->setText(tr("Clear"));
    m_save->setText(tr("Save…"));
    m_details->setPlaceholderText(tr("Select a line to see the whole record, stack traces included."));
    updateSourceNote();
    updateCount();
}

void LogsPage::updateSourceNote()
{
    if (!m_endpoints || m_endpoints->current().embedded || m_endpoints->current().connectUrl.isEmpty()) {
        m_sourceNote->setText(
            tr("Showing this process's log: the embedded worker, its tasks and the studio."));
        return;
    }
    m_sourceNote->setText(tr("Showing this process's log (the embedded worker and the studio). The Connect "
                             "cluster at %1 writes its log on its own machine.")
                              .arg(m_endpoints->current().connectUrl.toDisplayString(QUrl::RemoveUserInfo)));
}

void LogsPage::setMinimumLevel(LogLevel level)
{
    const int index = m_level->findData(int(level));
    if (index >= 0 && index != m_level->currentIndex())
        m_level->setCurrentIndex(index); // comes back here through the signal
    m_filter->setMinimumLevel(level);
    updateCount();
}

void LogsPage::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->setSearchText(text);
    updateCount();
}

void LogsPage::drain()
{
    if (m_pause->isChecked())
        return;
    QList<LogRecord> records;
    qsizetype dropped = 0;
    {
        std::lock_guard lock(m_inbox->mutex);
        records.swap(m_inbox->records);
        dropped = std::exchange(m_inbox->dropped, 0);
    }
    if (records.isEmpty())
        return;
    Q_UNUSED(dropped) // the sequence numbers show the gap; the count line says the view is bounded
    m_model->append(std::move(records));
    updateCount();
}

void LogsPage::updateCount()
{
    m_count->setText(tr("%1 of %2 lines shown (the view keeps the newest %3)")
                         .arg(m_filter->rowCount())
                         .arg(m_model->rowCount())
                         .arg(m_model->capacity()));
}

void LogsPage::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QModelIndex source = m_filter->mapToSource(current);
    m_details->setPlainText(cs::util::formatLogRecord(m_model->records().at(source.row())));
}

void LogsPage::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString proposed = QDir(folder).filePath(timestampedFileName(QDateTime::currentDateTime()));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the log"), proposed, tr("Log files (*.log);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

void LogsPage::saveTo(const QString &path)
{
    // Copy what the filter shows; the file is written off the GUI thread.
    QList<LogRecord> records;
    records.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        records.append(m_model->records().at(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    m_saveResult->setText(tr("Saving…"));
    QPointer<LogsPage> self(this);
    QThreadPool::globalInstance()->start([self, path, records = std::move(records)] {
        QString error;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        } else {
            QByteArray chunk;
            for (const LogRecord &record : records) {
                chunk += cs::util::formatLogRecord(record).toUtf8();
                chunk += '\n';
                if (chunk.size() > (1 << 16)) {
                    file.write(chunk);
                    chunk.clear();
                }
            }
            file.write(chunk);
            if (!file.commit())
                error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, error] {
                if (LogsPage *page = self.data())
                    Q_EMIT page->saved(path, error);
            },
            Qt::QueuedConnection);
    });
}

QIcon LogsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/logs.png"));
}

} // namespace cs::ui
