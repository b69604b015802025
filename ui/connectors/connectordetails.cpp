#include "connectors/connectordetails.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "connectclient/configtext.h"
#include "connectclient/connectclient.h"
#include "connectclient/connectorlistmodel.h"
#include "connectors/statecolors.h"
#include "widgets/statusbadge.h"

namespace cs::ui {

using namespace cs::connectclient;

ConnectorDetails::ConnectorDetails(ConnectClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_badge(new StatusBadge(this))
    , m_summary(new QLabel(this))
    , m_pause(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_restart(new QToolButton(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tasks(new QTableWidget(0, 4, this))
    , m_trace(new QPlainTextEdit(this))
    , m_config(new QTableWidget(0, 2, this))
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("connectorDetails"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setProperty("dataText", true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setObjectName(QStringLiteral("connectorState"));
    m_summary->setProperty("caption", true);
    m_summary->setProperty("dataText", true);
    m_summary->setWordWrap(true);
    m_pause->setObjectName(QStringLiteral("pauseConnector"));
    m_resume->setObjectName(QStringLiteral("resumeConnector"));
    m_stop->setObjectName(QStringLiteral("stopConnector"));
    m_restart->setObjectName(QStringLiteral("restartConnector"));
    m_edit->setObjectName(QStringLiteral("editConnector"));
    m_delete->setObjectName(QStringLiteral("deleteConnector"));
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_empty->setObjectName(QStringLiteral("notYet"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_restart->setPopupMode(QToolButton::MenuButtonPopup);
    m_restart->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_restart);
    menu->setObjectName(QStringLiteral("restartMenu"));
    menu->addAction(QString())->setData(static_cast<int>(Action::Restart));
    menu->addAction(QString())->setData(static_cast<int>(Action::RestartWithTasks));
    menu->addAction(QString())->setData(static_cast<int>(Action::RestartFailed));
    m_restart->setMenu(menu);
    connect(
        menu, &QMenu::triggered, this, [this](QAction *a) { run(static_cast<Action>(a->data().toInt())); });
    connect(m_restart, &QToolButton::clicked, this, [this] { run(Action::Restart); });
    connect(m_pause, &QPushButton::clicked, this, [this] { run(Action::Pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { run(Action::Resume); });
    connect(m_stop, &QPushButton::clicked, this, [this] { run(Action::Stop); });
    connect(m_delete, &QPushButton::clicked, this, &ConnectorDetails::confirmDelete);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_shown && m_shown->info)
            Q_EMIT editRequested(m_name, m_shown->info->config);
    });

    m_tasks->setObjectName(QStringLiteral("taskTable"));
    m_tasks->verticalHeader()->hide();
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->setSelectionMode(QAbstractItemView::NoSelection);
    m_tasks->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_trace->setObjectName(QStringLiteral("traceText"));
    m_trace->setReadOnly(true);
    m_trace->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_trace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trace->setProperty("dataText", true);
    m_config->setObjectName(QStringLiteral("configTable"));
    m_config->verticalHeader()->hide();
    m_config->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_config->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_tasks, QString());
    m_tabs->addTab(m_trace, QString());
    m_tabs->addTab(m_config, QString());

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_badge);
    auto *actions = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> { m_pause, m_resume, m_stop, m_restart })
        actions->addWidget(w);
    actions->addStretch(1);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(header);
    body->addWidget(m_summary);
    body->addLayout(actions);
    body->addWidget(m_message);
    body->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_empty, 1);
    retranslate();
    setConnector(nullptr);
}

void ConnectorDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConnectorDetails::retranslate()
{
    m_pause->setText(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stops the connector and removes its tasks; its offsets can then be changed."));
    m_restart->setText(tr("Restart"));
    const QList<QAction *> items = m_restart->menu()->actions();
    items.at(0)->setText(tr("Restart the connector only"));
    items.at(1)->setText(tr("Restart the connector and all its tasks"));
    items.at(2)->setText(tr("Restart only what failed"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_tabs->setTabText(0, tr("Tasks"));
    m_tabs->setTabText(1, tr("Failure traces"));
    m_tabs->setTabText(2, tr("Configuration"));
    m_tasks->setHorizontalHeaderLabels({ tr("Task"), tr("State"), tr("Worker"), QString() });
    m_config->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_empty->setText(tr("Select a connector to see its tasks, traces and configuration."));
    if (m_shown)
        setConnector(&*m_shown);
}

void ConnectorDetails::setSecretKeys(const QString &connectorClass, const QSet<QString> &keys)
{
    m_secretKeys.insert(connectorClass, keys);
    if (m_shown && m_shown->info
        && m_shown->info->config.value(QStringLiteral("connector.class")) == connectorClass)
        showConfig(m_shown->info->config);
}

void ConnectorDetails::setConnector(const ConnectorOverview *overview)
{
    if (!overview) {
        m_shown.reset();
        if (!m_name.isEmpty())
            m_message->hide();
        m_name.clear();
        m_body->hide();
        m_empty->show();
        return;
    }
    if (overview->name != m_name)
        m_message->hide();
    m_shown = *overview;
    m_name = overview->name;
    m_empty->hide();
    m_body->show();
    m_title->setText(m_name);

    const ConnectorStatus status = overview->status.value_or(ConnectorStatus {});
    // The badge sums up the connector and its tasks: a running connector whose task failed is red.
    int failedTasks = 0;
    for (const TaskStatus &t : status.tasks)
        failedTasks += t.state == u"FAILED" ? 1 : 0;
    if (failedTasks > 0 && status.state != u"FAILED")
        m_badge->setState(StatusBadge::Tone::Bad,
            tr("%1 · %n task(s) failed", nullptr, failedTasks)
                .arg(ConnectorListModel::stateText(status.state)));
    else
        m_badge->setState(toneForState(status.state), ConnectorListModel::stateText(status.state));
    m_badge->setToolTip(status.state);
    m_badge->setProperty("state", status.state);
    const QString cls
        = overview->info ? overview->info->config.value(QStringLiteral("connector.class")) : QString();
    const QString type = status.type == u"source" ? tr("Source connector")
        : status.type == u"sink"                  ? tr("Sink connector")
                                                  : tr("Connector");
    m_summary->setText(status.workerId.isEmpty()
            ? QStringLiteral("%1 · %2").arg(type, cls)
            : tr("%1 · %2 · on worker %3").arg(type, cls, status.workerId));

    const QString state = status.state;
    m_pause->setEnabled(state == u"RUNNING" || state == u"UNASSIGNED");
    m_resume->setEnabled(state == u"PAUSED" || state == u"STOPPED");
    m_stop->setEnabled(state != u"STOPPED");
    m_edit->setEnabled(overview->info.has_value());

    showTasks(status);
    showTrace(status);
    if (overview->info)
        showConfig(overview->info->config);
}

void ConnectorDetails::showTasks(const ConnectorStatus &status)
{
    m_tasks->setRowCount(static_cast<int>(status.tasks.size()));
    for (int row = 0; row < status.tasks.size(); ++row) {
        const TaskStatus &t = status.tasks.at(row);
        auto *id = new QTableWidgetItem(QString::number(t.id));
        auto *state = new QTableWidgetItem(ConnectorListModel::stateText(t.state));
        state->setData(Qt::UserRole, t.state);
        state->setToolTip(t.trace.isEmpty() ? t.state : t.trace.left(2000));
        state->setForeground(foregroundForState(t.state));
        state->setBackground(backgroundForState(t.state));
        auto *worker = new QTableWidgetItem(t.workerId);
        m_tasks->setItem(row, 0, id);
        m_tasks->setItem(row, 1, state);
        m_tasks->setItem(row, 2, worker);
        auto *restart = qobject_cast<QPushButton *>(m_tasks->cellWidget(row, 3));
        if (!restart) {
            restart = new QPushButton(m_tasks);
            restart->setProperty("compact", true);
            m_tasks->setCellWidget(row, 3, restart);
        }
        restart->setObjectName(QStringLiteral("restartTask%1").arg(t.id));
        restart->setText(tr("Restart task"));
        restart->disconnect(this);
        const int task = t.id;
        connect(restart, &QPushButton::clicked, this, [this, task] { restartTask(task); });
    }
    m_tasks->resizeColumnToContents(0);
    m_tasks->resizeColumnToContents(1);
    m_tasks->resizeColumnToContents(3);
}

void ConnectorDetails::showTrace(const ConnectorStatus &status)
{
    QStringList parts;
    if (!status.trace.isEmpty())
        parts.append(
            tr("Connector %1 (%2):").arg(status.name, status.state) + QLatin1Char('\n') + status.trace);
    for (const TaskStatus &t : status.tasks)
        if (!t.trace.isEmpty())
            parts.append(tr("Task %1 (%2):").arg(t.id).arg(t.state) + QLatin1Char('\n') + t.trace);
    const QString text = parts.isEmpty() ? tr("No failures.") : parts.join(QStringLiteral("\n\n"));
    if (m_trace->toPlainText() != text)
        m_trace->setPlainText(text);
    m_tabs->setTabText(
        1, parts.isEmpty() ? tr("Failure traces") : tr("Failure traces (%1)").arg(parts.size()));
}

void ConnectorDetails::showConfig(const config::Properties &config)
{
    const QSet<QString> secrets = m_secretKeys.value(config.value(QStringLiteral("connector.class")));
    const config::Properties masked = maskSecrets(config, secrets);
    m_config->setRowCount(static_cast<int>(masked.size()));
    int row = 0;
    for (const auto &[key, value] : masked.entries()) {
        m_config->setItem(row, 0, new QTableWidgetItem(key));
        m_config->setItem(row, 1, new QTableWidgetItem(value));
        ++row;
    }
    m_config->resizeColumnToContents(0);
}

void ConnectorDetails::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setObjectName(error ? QStringLiteral("errorText") : QStringLiteral("actionMessage"));
    m_message->setProperty("caption", !error);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->show();
}

QString ConnectorDetails::lastMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConnectorDetails::run(Action action)
{
    const QString name = m_name;
    if (name.isEmpty())
        return;
    QPointer<ConnectorDetails> self(this);
    auto report = [self, name](const QString &done, const std::optional<RestError> &error) {
        if (!self)
            return;
        if (error)
            self->showMessage(error->toString(), true);
        else
            self->showMessage(done, false);
        Q_EMIT self->actionDone();
    };
    switch (action) {
    case Action::Pause:
        m_client->pauseConnector(name, [report, name](const Result<Done> &r) {
            report(tr("Pause of %1 requested.").arg(name), r.error);
        });
        break;
    case Action::Resume:
        m_client->resumeConnector(name, [report, name](const Result<Done> &r) {
            report(tr("Resume of %1 requested.").arg(name), r.error);
        });
        break;
    case Action::Stop:
        m_client->stopConnector(
            name, [report, name](const Result<Done> &r) { report(tr("%1 stopped.").arg(name), r.error); });
        break;
    case Action::Restart:
    case Action::RestartWithTasks:
    case Action::RestartFailed: {
        const bool tasks = action != Action::Restart;
        const bool onlyFailed = action == Action::RestartFailed;
        m_client->restartConnector(
            name, tasks, onlyFailed, [report, name, tasks](const Result<std::optional<ConnectorStatus>> &r) {
                QString done = tr("Restart of %1 requested.").arg(name);
                if (r.value && *r.value) {
                    int restarting = (*r.value)->state == u"RESTARTING" ? 1 : 0;
                    int restartingTasks = 0;
                    for (const TaskStatus &t : (*r.value)->tasks)
                        restartingTasks += t.state == u"RESTARTING" ? 1 : 0;
                    done = tasks ? tr("Restarting: connector %1, %n task(s).", nullptr, restartingTasks)
                                       .arg(restarting ? tr("yes") : tr("no"))
                                 : done;
                }
                report(done, r.error);
            });
        break;
    }
    case Action::Delete:
        m_client->deleteConnector(
            name, [report, name](const Result<Done> &r) { report(tr("%1 deleted.").arg(name), r.error); });
        break;
    }
}

void ConnectorDetails::restartTask(int task)
{
    const QString name = m_name;
    QPointer<ConnectorDetails> self(this);
    m_client->restartTask(name, task, [self, name, task](const Result<Done> &r) {
        if (!self)
            return;
        if (r.error)
            self->showMessage(r.error->toString(), true);
        else
            self->showMessage(tr("Restart of task %1 of %2 requested.").arg(task).arg(name), false);
        Q_EMIT self->actionDone();
    });
}

void ConnectorDetails::confirmDelete()
{
    const QString name = m_name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete connector"),
        tr("Delete the connector %1? Its tasks stop and its configuration is removed from the cluster.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result == QMessageBox::Yes && name == m_name)
            run(Action::Delete);
    });
    box->open();
}

} // namespace cs::ui
