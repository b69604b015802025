#include "profiles/profilesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "profiles/profilestore.h"

namespace cs::ui {

namespace {

QWidget *withButton(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return box;
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("profilesDialog"));
    resize(760, 480);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dialogHeading"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("profileAdd"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("profileDelete"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);

    auto makeEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_name = makeEdit("profileName");
    m_connectUrl = makeEdit("profileConnectUrl");
    m_connectUser = makeEdit("profileConnectUser");
    m_connectPassword = makeEdit("profileConnectPassword");
    m_connectPassword->setEchoMode(QLineEdit::Password);
    m_forgetConnect = new QPushButton(this);
    m_bootstrap = makeEdit("profileBootstrap");
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("profileSecurityProtocol"));
    for (const char *p : { "PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL" })
        m_protocol->addItem(QLatin1String(p), QLatin1String(p));
    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("profileSaslMechanism"));
    for (const char *m : { "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512" })
        m_mechanism->addItem(QLatin1String(m), QLatin1String(m));
    m_saslUser = makeEdit("profileSaslUser");
    m_saslPassword = makeEdit("profileSaslPassword");
    m_saslPassword->setEchoMode(QLineEdit::Password);
    m_forgetSasl = new QPushButton(this);
    m_caLocation = makeEdit("profileCaLocation");

    m_form = new QFormLayout;
    auto addFormRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    addFormRow(m_name);
    addFormRow(m_connectUrl);
    addFormRow(m_connectUser);
    addFormRow(withButton(m_connectPassword, m_forgetConnect, this));
    addFormRow(m_bootstrap);
    addFormRow(m_protocol);
    addFormRow(m_mechanism);
    addFormRow(m_saslUser);
    addFormRow(withButton(m_saslPassword, m_forgetSasl, this));
    addFormRow(m_caLocation);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_save->setProperty("primary", true);

    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_message);
    right->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    right->addLayout(saveRow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addLayout(right, 5);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addNew);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteCurrent);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::saveCurrent);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateSecurityFields);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_forgetConnect, &QPushButton::clicked, this, [this] {
        m_forgetConnectPassword = true;
        m_connectPassword->clear();
        m_connectPassword->setPlaceholderText(tr("Will be removed from the keychain when you save"));
    });
    connect(m_forgetSasl, &QPushButton::clicked, this, [this] {
        m_forgetSaslPassword = true;
        m_saslPassword->clear();
        m_saslPassword->setPlaceholderText(tr("Will be removed from the keychain when you save"));
    });
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesDialog::reloadList);

    retranslate();
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        addNew();
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslate()
{
    setWindowTitle(tr("Connection profiles"));
    m_heading->setText(tr("Connection profiles"));
    m_add->setText(tr("New"));
    m_delete->setText(tr("Delete"));
    m_save->setText(tr("Save profile"));
    m_forgetConnect->setText(tr("Forget"));
    m_forgetSasl->setText(tr("Forget"));
    const QStringList labels = { tr("Name:"), tr("Connect REST URL:"), tr("Connect user:"),
        tr("Connect password:"), tr("Kafka bootstrap:"), tr("Security protocol:"), tr("SASL mechanism:"),
        tr("SASL user:"), tr("SASL password:"), tr("CA certificate (PEM):") };
    for (qsizetype row = 0; row < labels.size() && row < m_labels.size(); ++row)
        m_labels[row]->setText(labels[row]);
    m_name->setPlaceholderText(tr("e.g. Staging cluster"));
    m_connectUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8083"));
    m_connectUser->setPlaceholderText(tr("Empty: no authentication"));
    m_bootstrap->setPlaceholderText(QStringLiteral("127.0.0.1:9092"));
    m_caLocation->setPlaceholderText(tr("Empty: the system's certificates"));
    if (!m_currentId.isEmpty())
        showProfile(m_currentId);
}

void ProfilesDialog::reloadList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(p.name.isEmpty() ? tr("(unnamed)") : p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == m_currentId)
            m_list->setCurrentItem(item);
    }
    m_delete->setEnabled(!m_currentId.isEmpty());
}

void ProfilesDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            showProfile(id);
            return;
        }
    }
}

void ProfilesDialog::addNew()
{
    m_currentId.clear();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    ConnectionProfile blank;
    m_name->clear();
    m_connectUrl->setText(QStringLiteral("http://127.0.0.1:8083"));
    m_connectUser->clear();
    m_bootstrap->setText(QStringLiteral("127.0.0.1:9092"));
    m_protocol->setCurrentIndex(m_protocol->findData(blank.securityProtocol));
    m_mechanism->setCurrentIndex(m_mechanism->findData(blank.saslMechanism));
    m_saslUser->clear();
    m_caLocation->clear();
    m_connectPassword->clear();
    m_saslPassword->clear();
    m_forgetConnectPassword = m_forgetSaslPassword = false;
    m_connectPassword->setPlaceholderText(tr("Kept in the keychain only"));
    m_saslPassword->setPlaceholderText(tr("Kept in the keychain only"));
    m_forgetConnect->setEnabled(false);
    m_forgetSasl->setEnabled(false);
    m_delete->setEnabled(false);
    m_message->clear();
    updateSecurityFields();
    m_name->setFocus();
}

void ProfilesDialog::showProfile(const QString &id)
{
    const auto p = m_store->profile(id);
    if (!p)
        return;
    m_currentId = id;
    m_name->setText(p->name);
    m_connectUrl->setText(p->connectUrl.toString());
    m_connectUser->setText(p->connectUser);
    m_bootstrap->setText(p->bootstrapServers);
    m_protocol->setCurrentIndex(qMax(0, m_protocol->findData(p->securityProtocol)));
    m_mechanism->setCurrentIndex(qMax(0, m_mechanism->findData(p->saslMechanism)));
    m_saslUser->setText(p->saslUsername);
    m_caLocation->setText(p->sslCaLocation);
    // Never read the secrets back into the form: typing replaces, Forget removes.
    m_connectPassword->clear();
    m_saslPassword->clear();
    m_forgetConnectPassword = m_forgetSaslPassword = false;
    const QString stored = tr("In the keychain; type to replace");
    const QString none = tr("None; type one to keep in the keychain");
    m_connectPassword->setPlaceholderText(p->hasConnectPassword ? stored : none);
    m_saslPassword->setPlaceholderText(p->hasSaslPassword ? stored : none);
    m_forgetConnect->setEnabled(p->hasConnectPassword);
    m_forgetSasl->setEnabled(p->hasSaslPassword);
    m_delete->setEnabled(true);
    updateSecurityFields();
}

void ProfilesDialog::updateSecurityFields()
{
    const QString protocol = m_protocol->currentData().toString();
    const bool sasl = protocol.startsWith(QLatin1String("SASL"));
    const bool ssl = protocol.endsWith(QLatin1String("SSL"));
    m_mechanism->setEnabled(sasl);
    m_saslUser->setEnabled(sasl);
    m_saslPassword->setEnabled(sasl);
    m_forgetSasl->setEnabled(sasl && m_forgetSasl->isEnabled());
    m_caLocation->setEnabled(ssl);
}

void ProfilesDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_delete->setEnabled(!busy && !m_currentId.isEmpty());
    m_add->setEnabled(!busy);
}

void ProfilesDialog::saveCurrent()
{
    ConnectionProfile p;
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.connectUrl = QUrl::fromUserInput(m_connectUrl->text().trimmed());
    p.connectUser = m_connectUser->text().trimmed();
    p.bootstrapServers = m_bootstrap->text().trimmed();
    p.securityProtocol = m_protocol->currentData().toString();
    p.saslMechanism = m_mechanism->currentData().toString();
    p.saslUsername = m_saslUser->text().trimmed();
    p.sslCaLocation = m_caLocation->text().trimmed();
    if (p.name.isEmpty()) {
        m_message->setText(tr("Give the profile a name."));
        return;
    }
    if (m_connectUrl->text().trimmed().isEmpty() && p.bootstrapServers.isEmpty()) {
        m_message->setText(tr("Enter a Connect REST URL, a Kafka bootstrap, or both."));
        return;
    }
    if (m_connectUrl->text().trimmed().isEmpty())
        p.connectUrl = QUrl();
    ProfileStore::SecretChange connectPassword;
    if (!m_connectPassword->text().isEmpty())
        connectPassword = m_connectPassword->text();
    else if (m_forgetConnectPassword)
        connectPassword = QString();
    ProfileStore::SecretChange saslPassword;
    if (!m_saslPassword->text().isEmpty())
        saslPassword = m_saslPassword->text();
    else if (m_forgetSaslPassword)
        saslPassword = QString();

    setBusy(true);
    m_message->setText(tr("Saving…"));
    QPointer<ProfilesDialog> self(this);
    m_currentId = m_store->save(p, connectPassword, saslPassword, [self](const QString &error) {
        ProfilesDialog *dialog = self.data();
        if (!dialog)
            return;
        dialog->setBusy(false);
        dialog->m_message->setText(error.isEmpty() ? tr("Saved.") : error);
        dialog->reloadList();
        dialog->showProfile(dialog->m_currentId);
    });
    reloadList();
}

void ProfilesDialog::deleteCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    m_currentId.clear();
    setBusy(true);
    QPointer<ProfilesDialog> self(this);
    m_store->remove(id, [self](const QString &error) {
        ProfilesDialog *dialog = self.data();
        if (!dialog)
            return;
        dialog->setBusy(false);
        dialog->m_message->setText(error.isEmpty() ? tr("Deleted, with its passwords.") : error);
    });
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        addNew();
}

} // namespace cs::ui
