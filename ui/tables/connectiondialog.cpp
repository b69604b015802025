#include "tables/connectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cs::ui {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_port(new QSpinBox(this))
    , m_pgPort(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_urlPreview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_fileRow(new QWidget(this))
    , m_serverRows(new QWidget(this))
    , m_pgPortLabel(new QLabel(this))
{
    setWindowTitle(tr("Add database"));
    m_kind->addItem(tr("SQLite file"), QStringLiteral("sqlite"));
    m_kind->addItem(QStringLiteral("PostgreSQL"), QStringLiteral("postgresql"));
    m_kind->addItem(QStringLiteral("MySQL"), QStringLiteral("mysql"));
    m_kind->addItem(QStringLiteral("MariaDB"), QStringLiteral("mariadb"));
    m_kind->addItem(tr("H2 (through its PostgreSQL-protocol server)"), QStringLiteral("h2"));
    m_port->setRange(1, 65535);
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(cs::jdbc::kDefaultH2PgPort);
    m_password->setEchoMode(QLineEdit::Password);
    m_urlPreview->setProperty("caption", true);
    m_urlPreview->setWordWrap(true);
    m_urlPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *browse = new QPushButton(tr("Browse…"), m_fileRow);
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);

    auto *server = new QFormLayout(m_serverRows);
    server->setContentsMargins(0, 0, 0, 0);
    server->addRow(tr("Host"), m_host);
    server->addRow(tr("Port"), m_port);
    server->addRow(m_pgPortLabel, m_pgPort);
    server->addRow(tr("Database"), m_database);
    server->addRow(tr("User"), m_user);
    server->addRow(tr("Password"), m_password);
    m_pgPortLabel->setText(tr("H2 PG port"));

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("File"), m_fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_serverRows);
    layout->addWidget(m_urlPreview);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("SQLite database"), m_file->text(),
            tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateForm);
    for (QLineEdit *e : { m_name, m_file, m_host, m_database, m_user })
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateForm();
}

void ConnectionDialog::setKind(const QString &kind)
{
    const int i = m_kind->findData(kind);
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

void ConnectionDialog::setFields(const QString &name, const QString &fileOrHost, int port,
    const QString &database, const QString &user, const QString &password)
{
    m_name->setText(name);
    if (m_kind->currentData().toString() == QLatin1String("sqlite"))
        m_file->setText(fileOrHost);
    else
        m_host->setText(fileOrHost);
    if (port > 0)
        m_port->setValue(port);
    m_database->setText(database);
    m_user->setText(user);
    m_password->setText(password);
    validate();
}

void ConnectionDialog::updateForm()
{
    const QString kind = m_kind->currentData().toString();
    const bool sqlite = kind == QLatin1String("sqlite");
    m_fileRow->setVisible(sqlite);
    m_serverRows->setVisible(!sqlite);
    m_pgPort->setVisible(kind == QLatin1String("h2"));
    m_pgPortLabel->setVisible(kind == QLatin1String("h2"));
    if (kind == QLatin1String("postgresql"))
        m_port->setValue(5432);
    else if (kind == QLatin1String("mysql") || kind == QLatin1String("mariadb"))
        m_port->setValue(3306);
    else if (kind == QLatin1String("h2")) {
        m_port->setValue(9099); // the lab's H2 TCP port
        if (m_database->text().isEmpty())
            m_database->setText(QStringLiteral("./test"));
    }
    validate();
}

QString ConnectionDialog::name() const
{
    if (!m_name->text().trimmed().isEmpty())
        return m_name->text().trimmed();
    if (m_kind->currentData().toString() == QLatin1String("sqlite"))
        return QFileInfo(m_file->text()).fileName();
    return m_database->text() + QLatin1Char('@') + m_host->text();
}

QString ConnectionDialog::url() const
{
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("sqlite"))
        return QStringLiteral("jdbc:sqlite:") + m_file->text().trimmed();
    const QString hostPort = m_host->text().trimmed() + QLatin1Char(':') + QString::number(m_port->value());
    if (kind == QLatin1String("h2"))
        return QStringLiteral("jdbc:h2:tcp://") + hostPort + QLatin1Char('/') + m_database->text().trimmed();
    return QStringLiteral("jdbc:") + kind + QStringLiteral("://") + hostPort + QLatin1Char('/')
        + m_database->text().trimmed();
}

cs::jdbc::ConnectionProperties ConnectionDialog::properties() const
{
    cs::jdbc::ConnectionProperties props;
    if (m_kind->currentData().toString() == QLatin1String("sqlite"))
        return props;
    props.user = m_user->text();
    props.password = m_password->text();
    if (m_kind->currentData().toString() == QLatin1String("h2"))
        props.h2PgPort = m_pgPort->value();
    return props;
}

void ConnectionDialog::validate()
{
    const bool sqlite = m_kind->currentData().toString() == QLatin1String("sqlite");
    const bool ok = sqlite ? !m_file->text().trimmed().isEmpty()
                           : !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    auto parsed = cs::jdbc::JdbcUrl::parse(url(), properties());
    m_urlPreview->setText(ok ? (parsed ? url() : parsed.error().toString()) : QString());
}

} // namespace cs::ui
