#include "profiles/profileswitcher.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPointer>

#include "profiles/profilesdialog.h"
#include "profiles/profilestore.h"

namespace cs::ui {

namespace {

const QString kManage = QStringLiteral("\x01manage");

} // namespace

ProfileSwitcher::ProfileSwitcher(Endpoints *endpoints, ProfileStore *store, QWidget *parent)
    : QWidget(parent)
    , m_endpoints(endpoints)
    , m_store(store)
    , m_combo(new QComboBox(this))
    , m_lab(defaultLabTarget())
{
    m_combo->setObjectName(QStringLiteral("profileSwitcher"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(14);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);

    if (m_endpoints->current().embedded)
        m_lab = m_endpoints->current();
    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::activated);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileSwitcher::rebuild);
    connect(m_endpoints, &Endpoints::changed, this, &ProfileSwitcher::followEndpoints);
    rebuild();
}

Endpoints::Target ProfileSwitcher::defaultLabTarget()
{
    Endpoints::Target target;
    target.name = tr("Embedded lab");
    target.connectUrl = QUrl(QStringLiteral("http://127.0.0.1:8083"));
    target.bootstrapServers = QStringLiteral("127.0.0.1:9092");
    target.embedded = true;
    return target;
}

QString ProfileSwitcher::currentProfileId() const
{
    return m_current;
}

void ProfileSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ProfileSwitcher::rebuild()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Embedded lab"), QString());
    m_combo->setItemData(0, tr("The studio's own worker and broker"), Qt::ToolTipRole);
    bool currentExists = m_current.isEmpty();
    for (const auto &p : m_store->profiles()) {
        m_combo->addItem(p.name, p.id);
        QStringList tip;
        if (!p.connectUrl.isEmpty())
            tip.append(tr("Connect: %1").arg(p.connectUrl.toDisplayString(QUrl::RemoveUserInfo)));
        if (!p.bootstrapServers.isEmpty())
            tip.append(tr("Kafka: %1 (%2)").arg(p.bootstrapServers, p.securityProtocol));
        m_combo->setItemData(m_combo->count() - 1, tip.join(u'\n'), Qt::ToolTipRole);
        currentExists = currentExists || p.id == m_current;
    }
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("Manage profiles…"), kManage);
    if (!currentExists) {
        // The profile in use was deleted: back to the lab.
        m_current.clear();
        choose(QString());
    }
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(m_current)));
}

void ProfileSwitcher::activated(int index)
{
    const QString id = m_combo->itemData(index).toString();
    if (id == kManage) {
        m_combo->setCurrentIndex(qMax(0, m_combo->findData(m_current)));
        manage();
        return;
    }
    choose(id);
}

void ProfileSwitcher::choose(const QString &profileId)
{
    const quint64 request = ++m_request;
    if (profileId.isEmpty()) {
        m_current.clear();
        m_combo->setCurrentIndex(0);
        m_endpoints->setCurrent(m_lab);
        Q_EMIT message(tr("Using the embedded lab."));
        Q_EMIT switched(QString());
        return;
    }
    const auto profile = m_store->profile(profileId);
    if (!profile)
        return;
    m_current = profileId;
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(profileId)));
    QPointer<ProfileSwitcher> self(this);
    m_store->resolve(
        profileId,
        [self, request, profileId, name = profile->name](
            const Endpoints::Target &target, const QString &error) {
            ProfileSwitcher *switcher = self.data();
            if (!switcher || request != switcher->m_request)
                return;
            switcher->m_endpoints->setCurrent(target);
            Q_EMIT switcher->message(error.isEmpty()
                    ? tr("Using the connection profile %1.").arg(name)
                    : tr("Using the connection profile %1 without its password: %2").arg(name, error));
            Q_EMIT switcher->switched(profileId);
        },
        this);
}

void ProfileSwitcher::followEndpoints()
{
    const Endpoints::Target &current = m_endpoints->current();
    if (current.embedded) {
        // The Lab view started the lab (or changed its ports): remember them, and show the lab.
        m_lab = current;
        if (!m_current.isEmpty()) {
            ++m_request;
            m_current.clear();
            const QSignalBlocker blocker(m_combo);
            m_combo->setCurrentIndex(0);
        }
    }
}

void ProfileSwitcher::manage()
{
    auto *dialog = new ProfilesDialog(m_store, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_current.isEmpty())
        dialog->selectProfile(m_current);
    dialog->open();
}

} // namespace cs::ui
