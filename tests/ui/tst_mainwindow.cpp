// The studio's main window, offscreen, wired exactly as connect-studio wires it (cs::ui::Studio),
// against the real embedded broker.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "lab/brokercontroller.h"
#include "lab/brokerstatusindicator.h"
#include "lab/labpage.h"
#include "mainwindow.h"
#include "settings/settingsdialog.h"
#include "studio.h"
#include "style/theme.h"
#include "support/databaseservers.h"
#include "util/translation.h"
#include "widgets/page.h"
#include "widgets/statusbadge.h"

using cs::ui::BrokerStatus;

namespace {

constexpr int kBrokerTimeoutMs = 15000;

// A pseudo-translation: every text of our own contexts comes back wrapped in brackets, so a visible
// text without them was either not passed through tr() or not retranslated on LanguageChange.
class BracketTranslator final : public QTranslator
{
public:
    QString translate(
        const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!QByteArrayView(context).startsWith("cs::"))
            return {};
        return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }
};

// Every text a user can read in `root`: labels, buttons, navigation entries and menus.
QStringList visibleTexts(QWidget *root, QStringList *owners)
{
    QStringList texts;
    auto add = [&](const QString &text, const QObject *owner) {
        if (text.trimmed().isEmpty() || owner->property("dataText").toBool())
            return;
        // Children of a dialog parented to `root` belong to that dialog, not to `root`.
        if (auto *widget = qobject_cast<const QWidget *>(owner);
            widget && !qobject_cast<const QMenu *>(owner) && widget->window() != root)
            return;
        texts.append(text);
        owners->append(QString::fromLatin1(owner->metaObject()->className()) + u'#' + owner->objectName());
    };
    for (QLabel *label : root->findChildren<QLabel *>())
        add(label->text(), label);
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->inherits("QScrollBar") && button->objectName() != QLatin1String("qt_toolbar_ext_button"))
            add(button->text(), button);
    }
    for (QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i)
            add(list->item(i)->text(), list);
    }
    for (QMenu *menu : root->findChildren<QMenu *>()) {
        add(menu->title(), menu);
        for (QAction *action : menu->actions())
            add(action->text(), menu);
    }
    return texts;
}

// Speaks Kafka to `hostPort`: an ApiVersions v0 request must come back with its correlation id and
// no error, so the address shown is a Kafka broker and not just an open port.
bool answersKafkaApiVersions(const QString &hostPort, QString *why)
{
    QTcpSocket socket;
    socket.connectToHost(
        hostPort.section(QLatin1Char(':'), 0, 0), hostPort.section(QLatin1Char(':'), 1).toUShort());
    if (!socket.waitForConnected(3000)) {
        *why = socket.errorString();
        return false;
    }
    const QByteArray clientId("tst_mainwindow");
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly); // big-endian, as Kafka's wire format
    out << qint16(18) << qint16(0) << qint32(4711) << qint16(clientId.size());
    body += clientId;
    QByteArray request;
    QDataStream(&request, QIODevice::WriteOnly) << qint32(body.size());
    socket.write(request + body);
    QByteArray response;
    while (response.size() < 10 && socket.waitForReadyRead(5000))
        response += socket.readAll();
    if (response.size() < 10) {
        *why = QStringLiteral("short answer (%1 bytes)").arg(response.size());
        return false;
    }
    QDataStream in(response);
    qint32 size = 0, correlationId = 0;
    qint16 errorCode = -1;
    in >> size >> correlationId >> errorCode;
    *why = QStringLiteral("size %1, correlation id %2, error %3").arg(size).arg(correlationId).arg(errorCode);
    return size > 6 && correlationId == 4711 && errorCode == 0;
}

bool portAccepts(const QString &hostPort)
{
    QTcpSocket socket;
    socket.connectToHost(
        hostPort.section(QLatin1Char(':'), 0, 0), hostPort.section(QLatin1Char(':'), 1).toUShort());
    return socket.waitForConnected(3000);
}

} // namespace

class TstMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings
            = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("studio.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_translation = std::make_unique<cs::util::Translation>(m_settings.get());
        QVERIFY(m_translation->apply(QStringLiteral("en")));
        m_studio = std::make_unique<cs::ui::Studio>(m_settings.get(), m_translation.get(), options());
        m_studio->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_studio->window()));
    }

    void cleanup()
    {
        m_studio.reset();
        m_translation.reset();
        m_settings.reset();
    }

    void opens_on_the_lab_page_with_the_broker_stopped()
    {
        auto *window = m_studio->window();
        QCOMPARE(window->currentPage()->id(), QStringLiteral("lab"));
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        // The six views of issue 5, in this order; each page's id is its settings key.
        QCOMPARE(navigation->count(), 6);
        const QStringList titles { QStringLiteral("Lab"), QStringLiteral("Connectors"),
            QStringLiteral("Topics"), QStringLiteral("Tables"), QStringLiteral("Ports & Status"),
            QStringLiteral("Logs") };
        for (int i = 0; i < titles.size(); ++i)
            QCOMPARE(navigation->item(i)->text(), titles.at(i));
        for (const char *id : { "lab", "connectors", "topics", "tables", "ports", "logs" })
            QVERIFY2(window->page(QString::fromLatin1(id)), id);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Lab"));
        QVERIFY(!navigation->item(0)->icon().pixmap(QSize(20, 20)).isNull());

        QCOMPARE(badge()->text(), QStringLiteral("●  Stopped"));
        QCOMPARE(indicator()->text(), QStringLiteral("Kafka broker: Stopped"));
        QVERIFY(button("brokerStart")->isEnabled());
        QVERIFY(!button("brokerStop")->isEnabled());
        QCOMPARE(label("brokerAddress")->text(), QStringLiteral("—"));
    }

    void theme_sets_the_style_sheet_and_the_application_icon()
    {
        cs::ui::applyTheme(*qApp);
        QVERIFY(qApp->styleSheet().contains(QLatin1String("QFrame#card")));
        const QIcon icon = QApplication::windowIcon();
        QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
        QVERIFY(icon.availableSizes().contains(QSize(16, 16)));
        QVERIFY(!icon.pixmap(QSize(48, 48)).isNull());
    }

    void starts_and_stops_the_broker()
    {
        cs::ui::BrokerController *broker = m_studio->broker();
        QTest::mouseClick(button("brokerStart"), Qt::LeftButton);
        // The click returns at once: the broker starts on its own thread.
        QVERIFY(broker->status().busy);
        QCOMPARE(badge()->text(), QStringLiteral("●  Starting…"));
        QVERIFY(!button("brokerStart")->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(broker->status().state, BrokerStatus::State::Running, kBrokerTimeoutMs);
        QTRY_VERIFY(!broker->status().busy);
        const BrokerStatus status = broker->status();
        QVERIFY(QRegularExpression(QStringLiteral("^127\\.0\\.0\\.1:\\d+$"))
                    .match(status.bootstrapServers)
                    .hasMatch());
        QCOMPARE(status.bootstrapServers, QStringLiteral("127.0.0.1:%1").arg(status.port));

        QCOMPARE(badge()->text(), QStringLiteral("●  Running"));
        QCOMPARE(badge()->tone(), cs::ui::StatusBadge::Tone::Good);
        QCOMPARE(label("brokerAddress")->text(), status.bootstrapServers);
        QCOMPARE(
            indicator()->text(), QStringLiteral("Kafka broker: Running at %1").arg(status.bootstrapServers));
        if (status.onPreferredPort) {
            QCOMPARE(status.port, status.preferredPort);
            QCOMPARE(label("brokerDetail")->text(),
                QStringLiteral("Try it: kcat -b %1 -L").arg(status.bootstrapServers));
        } else {
            // The preferred port was taken meanwhile: the fallback is said out loud.
            QVERIFY(label("brokerDetail")
                        ->text()
                        .contains(QStringLiteral("Port %1 was already in use").arg(status.preferredPort)));
        }
        QVERIFY(!button("brokerStart")->isEnabled());
        QVERIFY(button("brokerStop")->isEnabled());

        // The address shown is real: a Kafka broker answers there.
        QString why;
        QVERIFY2(answersKafkaApiVersions(status.bootstrapServers, &why),
            qPrintable(status.bootstrapServers + QStringLiteral(": ") + why));

        QTest::mouseClick(button("brokerStop"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(broker->status().state, BrokerStatus::State::Stopped, kBrokerTimeoutMs);
        QTRY_VERIFY(!broker->status().busy);
        QCOMPARE(badge()->text(), QStringLiteral("●  Stopped"));
        QCOMPARE(indicator()->text(), QStringLiteral("Kafka broker: Stopped"));
        QCOMPARE(label("brokerAddress")->text(), QStringLiteral("—"));
        QVERIFY(button("brokerStart")->isEnabled());
        QVERIFY(!button("brokerStop")->isEnabled());
        QVERIFY2(
            !portAccepts(status.bootstrapServers), "the broker's port still accepts connections after Stop");

        // And it starts again.
        m_studio->startLab();
        QTRY_COMPARE_WITH_TIMEOUT(broker->status().state, BrokerStatus::State::Running, kBrokerTimeoutMs);
        QTRY_COMPARE(badge()->text(), QStringLiteral("●  Running"));
    }

    void switching_to_korean_retranslates_live()
    {
        auto *window = m_studio->window();
        cs::util::Translation *translation = m_studio->translation();
        auto *heading
            = window->page(QStringLiteral("lab"))->findChild<QLabel *>(QStringLiteral("pageHeading"));
        QVERIFY(heading);
        QCOMPARE(heading->text(), QStringLiteral("Lab"));

        // Through the Settings dialog, as a user would.
        cs::ui::SettingsDialog dialog(translation, window);
        dialog.show();
        auto *cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(2), QStringLiteral("한국어"));
        combo->setCurrentIndex(2);
        dialog.accept();

        QCOMPARE(translation->language(), QStringLiteral("ko"));
        QCOMPARE(m_settings->value(cs::util::Translation::settingsKey()).toString(), QStringLiteral("ko"));
        QVERIFY2(translation->qtTranslationLoaded(),
            "qtbase_ko.qm not found: is qt6-translations-l10n installed?");

        // Qt's own strings follow at once (the dialog's standard buttons retranslate on LanguageChange).
        QTRY_COMPARE(cancel->text(), QStringLiteral("취소"));
        // Ours follow too: each shows exactly what the Korean catalogue says for it (the source text
        // where the catalogue has no entry yet), and differs from English where it has one.
        const QString lab = QCoreApplication::translate("cs::ui::LabPage", "Lab");
        QTRY_COMPARE(heading->text(), lab);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), lab);
        QCOMPARE(badge()->text(),
            QStringLiteral("●  ") + QCoreApplication::translate("cs::ui::ServiceStatus", "Stopped"));
        QTranslator catalogue;
        QVERIFY(catalogue.load(QStringLiteral(":/i18n/connectstudio_ko.qm")));
        if (!catalogue.isEmpty()) {
            // Once Korean is translated at all, the navigation's first entry must be: an untranslated
            // "Lab" here means lupdate recorded a context other than the one tr() looks up at run time.
            QVERIFY2(lab != QStringLiteral("Lab"), "no Korean for cs::ui::LabPage \"Lab\"");
            QStringList owners;
            const QStringList texts = visibleTexts(window, &owners);
            QVERIFY2(!texts.contains(QStringLiteral("Lab")), qPrintable(texts.join(u" | ")));
        } else {
            qInfo("The Korean catalogue is still empty: checked live retranslation, not the words.");
        }

        // Back to English, live again.
        translation->setPreference(QStringLiteral("en"));
        QTRY_COMPARE(cancel->text(), QStringLiteral("Cancel"));
        QTRY_COMPARE(heading->text(), QStringLiteral("Lab"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Lab"));
    }

    void every_visible_text_is_translated_and_retranslated()
    {
        // Start the broker first so that the running-state texts are on screen too.
        m_studio->startLab();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_studio->broker()->status().state, BrokerStatus::State::Running, kBrokerTimeoutMs);
        cs::ui::SettingsDialog dialog(m_studio->translation(), m_studio->window());
        dialog.show();

        BracketTranslator pseudo;
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();

        for (QWidget *root :
            { static_cast<QWidget *>(m_studio->window()), static_cast<QWidget *>(&dialog) }) {
            QStringList owners;
            const QStringList texts = visibleTexts(root, &owners);
            QVERIFY(texts.size() >= 10 || root == &dialog);
            for (int i = 0; i < texts.size(); ++i) {
                const QString &text = texts.at(i);
                // The dialog's OK/Cancel come from Qt's catalogue, not ours (checked in the Korean test).
                if (root == &dialog && owners.at(i) == QLatin1String("QPushButton#"))
                    continue;
                QVERIFY2(text.contains(QStringLiteral("⟦")),
                    qPrintable(QStringLiteral("not retranslated: %1 \"%2\"").arg(owners.at(i), text)));
            }
        }
        QVERIFY(QCoreApplication::removeTranslator(&pseudo));
        QCoreApplication::processEvents();
        QTRY_COMPARE(badge()->text(), QStringLiteral("●  Running"));
    }

    void remembers_window_geometry_and_page()
    {
        auto *window = m_studio->window();
        window->resize(900, 610);
        QTRY_COMPARE(window->size(), QSize(900, 610));
        window->showPage(QStringLiteral("tables"));
        QCOMPARE(window->currentPage()->id(), QStringLiteral("tables"));
        QVERIFY(window->close());
        QVERIFY(m_settings->contains(QStringLiteral("mainWindow/geometry")));
        QCOMPARE(m_settings->value(QStringLiteral("mainWindow/page")).toString(), QStringLiteral("tables"));
        m_studio.reset();

        m_studio = std::make_unique<cs::ui::Studio>(m_settings.get(), m_translation.get(), options());
        QCOMPARE(m_studio->window()->size(), QSize(900, 610));
        QCOMPARE(m_studio->window()->currentPage()->id(), QStringLiteral("tables"));
    }

private:
    // Free ports and a private data folder, so that this test never meets the lab's fixed ports.
    cs::ui::StudioOptions options() const
    {
        cs::ui::StudioOptions options;
        options.brokerPort = cs::testsupport::freeTcpPort();
        options.workerPort = cs::testsupport::freeTcpPort();
        options.orderServicePort = cs::testsupport::freeTcpPort();
        options.dataDirectory = m_dir.filePath(QStringLiteral("lab"));
        options.h2.webPort = cs::testsupport::freeTcpPort();
        options.h2.tcpPort = cs::testsupport::freeTcpPort();
        options.h2.pgPort = cs::testsupport::freeTcpPort();
        return options;
    }

    cs::ui::StatusBadge *badge() const
    {
        auto *found = m_studio->window()->findChild<cs::ui::StatusBadge *>(QStringLiteral("brokerState"));
        Q_ASSERT(found);
        return found;
    }
    cs::ui::BrokerStatusIndicator *indicator() const
    {
        auto *found = m_studio->window()->statusBar()->findChild<cs::ui::BrokerStatusIndicator *>();
        Q_ASSERT(found);
        return found;
    }
    QPushButton *button(const char *name) const
    {
        auto *found = m_studio->window()->findChild<QPushButton *>(QString::fromLatin1(name));
        Q_ASSERT(found);
        return found;
    }
    QLabel *label(const char *name) const
    {
        auto *found = m_studio->window()->findChild<QLabel *>(QString::fromLatin1(name));
        Q_ASSERT(found);
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<cs::util::Translation> m_translation;
    std::unique_ptr<cs::ui::Studio> m_studio;
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
