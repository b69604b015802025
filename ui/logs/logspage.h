#pragma once

#include <memory>

#include "util/log.h"
#include "widgets/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cs::ui {

class Endpoints;
class LogFilterModel;
class LogModel;

// The Logs view: this process's log live — the embedded worker runs in the studio, so its log4j-
// style records are here — with a level filter, search, pause, and "save to a timestamped file".
// Records come from cs::util::Logging (its ring at start, then a subscription) through a bounded
// buffer that the GUI thread drains a few times a second; the view keeps at most `capacity`
// records. Saving writes on the thread pool. Never shows a password (the log layer masks
// configurations; LogModel masks `password=...` that slipped into a message). GUI thread only.
class LogsPage final : public Page
{
    Q_OBJECT

public:
    explicit LogsPage(cs::ui::Endpoints *endpoints, QWidget *parent = nullptr);
    ~LogsPage() override;

    QString id() const override { return QStringLiteral("logs"); }
    QIcon icon() const override;
    QString title() const override;
    QString description() const override;

    LogModel *model() const { return m_model; }
    LogFilterModel *filterModel() const { return m_filter; }

    void setMinimumLevel(cs::util::LogLevel level);
    void setSearchText(const QString &text);
    // "connect-studio-yyyyMMdd-HHmmss.log"
    static QString timestampedFileName(const QDateTime &now);

public Q_SLOTS:
    // Moves records that arrived since the last drain into the view (a timer does it too).
    void drain();
    // Writes the records the filter shows, formatted like the worker's log file, to `path` on
    // the thread pool; saved() reports the outcome.
    void saveTo(const QString &path);
    // Asks where (a timestamped name in the documents folder is proposed) and saves.
    void save();

Q_SIGNALS:
    void saved(const QString &path, const QString &error); // error empty on success

protected:
    void retranslate() override;

private:
    struct Inbox;
    void updateCount();
    void updateDetails();
    void updateSourceNote();

    Endpoints *m_endpoints;
    std::shared_ptr<Inbox> m_inbox; // shared with the logging thread's subscriber
    int m_subscriber = -1;
    LogModel *m_model;
    LogFilterModel *m_filter;
    QTimer *m_drainTimer;

    QLabel *m_levelCaption;
    QComboBox *m_level;
    QLineEdit *m_search;
    QCheckBox *m_follow;
    QPushButton *m_pause;
    QPushButton *m_clear;
    QPushButton *m_save;
    QLabel *m_sourceNote;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QLabel *m_count;
    QLabel *m_saveResult;
};

} // namespace cs::ui
