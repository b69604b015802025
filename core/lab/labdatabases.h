#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "jdbc/jdbcurl.h"

namespace cs::lab {

// The lab's two databases as SQLite files in one folder (the studio's data folder by default):
// the source database with the lab's ORDER_TABLE(ID, MESSAGE), which the Order service writes and the
// JDBC source connector reads, and the target database the JDBC sink connector fills
// (CONNECT_ORDER_TABLE, auto-created by the sink). A value type; prepare() does file and SQL work, so
// call it off the GUI thread. It opens and removes its own QtSql connection in the calling thread.
class LabDatabases
{
    Q_DECLARE_TR_FUNCTIONS(cs::lab::LabDatabases)

public:
    explicit LabDatabases(QString directory = defaultDirectory());

    // $XDG_DATA_HOME/connect-studio/lab
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString sourcePath() const; // <dir>/lab-source.db
    QString targetPath() const; // <dir>/lab-target.db
    QString sourceUrl() const; // jdbc:sqlite:<sourcePath>
    QString targetUrl() const; // jdbc:sqlite:<targetPath>

    // Creates the folder, the source database with ORDER_TABLE (kept when it exists) and the target
    // database file. Returns false with a message that names the file and SQLite's reason.
    bool prepare(QString *error) const;

    // The lab's ORDER_TABLE as the lab's Order service (Spring Data JPA) creates it:
    // "ID" BIGINT NOT NULL primary key, "MESSAGE" VARCHAR(255) NULL, names quoted so that every
    // database keeps them upper case. On SQLite the ID is not the rowid alias (that would be reported
    // as INTEGER, i.e. int32); insertOrder() assigns the next ID there. Does nothing when it exists.
    static bool createOrderTable(QSqlDatabase &db, cs::jdbc::DatabaseKind kind, QString *error);
    // Inserts one order and returns its ID, or -1 with `error` set.
    static qint64 insertOrder(
        QSqlDatabase &db, cs::jdbc::DatabaseKind kind, const QString &message, QString *error);

    static QString orderTable() { return QStringLiteral("ORDER_TABLE"); }
    // table.name.format=${topic} with topic.prefix=CONNECT_: the table the sink creates.
    static QString syncTable() { return QStringLiteral("CONNECT_ORDER_TABLE"); }

private:
    QString m_directory;
};

} // namespace cs::lab
