// The Connectors view and the generated connector form, offscreen, driving real widgets against a
// real worker (core Worker in-process with the embedded broker on free ports).
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWheelEvent>

#include "config/properties.h"
#include "connectclient/configtext.h"
#include "connectclient/connectclient.h"
#include "connectclient/connectorlistmodel.h"
#include "connectors/configfield.h"
#include "connectors/connectordetails.h"
#include "connectors/connectorform.h"
#include "connectors/connectorpresets.h"
#include "connectors/connectorspage.h"
#include "connectors/statecolors.h"
#include "endpoints.h"
#include "support/databaseservers.h"
#include "support/workeroptions.h"
#include "widgets/statusbadge.h"
#include "worker/worker.h"

using namespace cs::connectclient;
using namespace cs::ui;
using cs::config::Properties;
using cs::worker::Worker;

namespace {

constexpr int kTimeoutMs = 20000;

// Wraps every text of our own contexts in brackets: a visible text without them was either not
// passed through tr() or not retranslated on LanguageChange.
class BracketTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArrayView(context).startsWith("cs::"))
            return {};
        return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }
};

bool isData(const QWidget *w)
{
    for (; w; w = w->parentWidget())
        if (w->property("dataText").toBool())
            return true;
    return false;
}

// Visible texts of `root` that are words of ours but came out untranslated.
QStringList untranslated(QWidget *root)
{
    QStringList bad;
    auto check = [&](const QString &text, const QWidget *owner) {
        if (!text.trimmed().isEmpty() && !isData(owner) && !text.contains(QStringLiteral("⟦")))
            bad.append(owner->objectName() + QStringLiteral(": ") + text);
    };
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisible())
            check(label->text(), label);
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (button->isVisible())
            check(button->text(), button);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs->tabText(i), tabs);
    return bad;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ');
}

QString rowState(ConnectorsPage &page, const QString &name)
{
    const int row = page.model()->rowOf(name);
    if (row < 0)
        return {};
    return page.model()
        ->index(row, ConnectorListModel::NameColumn)
        .data(ConnectorListModel::StateRole)
        .toString();
}

} // namespace

class TestConnectorsUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void presetsAreTheLabsVerbatim();
    void formIsGeneratedFromValidate();
    void validationErrorsBesideTheirFields();
    void formJsonPropertiesRoundTrip();
    void passwordsAreMasked();
    void copyAsCurlRunsAsIs();
    void createThroughThePageThenActions();
    void createErrorsAsTheWorkerWroteThem();
    void failureTracesAndColours();
    void followsTheEndpoints();
    void jdbcFormsFromTheirValidateAnswers();
    void theLabThroughTheForm();
    void everyVisibleTextIsTranslated();

private:
    ConnectorForm *openForm(ConnectClient *client); // a shown form with the plugins loaded
    bool choosePlugin(ConnectorForm *form, const QString &pluginClass);
    bool waitValidated(ConnectorForm *form);

    QTemporaryDir m_dir;
    std::unique_ptr<Worker> m_worker;
    Endpoints m_endpoints;
    ConnectClient m_client;
    std::unique_ptr<QWidget> m_window;
};

void TestConnectorsUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const quint16 restPort = cs::testsupport::freeTcpPort();
    const QString props
        = QStringLiteral("group.id=tst-connectorsui\n"
                         "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                         "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                         "offset.storage.topic=connect-offsets\nconfig.storage.topic=connect-configs\n"
                         "status.storage.topic=connect-status\noffset.flush.interval.ms=300\n"
                         "listeners=http://127.0.0.1:%1\n")
              .arg(restPort);
    QString error;
    const std::optional<Worker::Options> options = cs::testsupport::embeddedWorkerOptions(
        props, cs::testsupport::freeTcpPort(), m_dir.filePath(QStringLiteral("state")), &error);
    QVERIFY2(options, qPrintable(error));
    m_worker = std::make_unique<Worker>(*options);
    QVERIFY2(m_worker->start(&error), qPrintable(error));
    m_client.setBaseUrl(m_worker->restUrl());

    Endpoints::Target target;
    target.name = QStringLiteral("test worker");
    target.connectUrl = m_worker->restUrl();
    target.bootstrapServers = m_worker->bootstrapServers();
    target.databaseUrls
        = QStringList { QStringLiteral("jdbc:sqlite:") + m_dir.filePath(QStringLiteral("source.db")),
              QStringLiteral("jdbc:sqlite:") + m_dir.filePath(QStringLiteral("target.db")) };
    target.embedded = true;
    m_endpoints.setCurrent(target);
}

void TestConnectorsUi::cleanupTestCase()
{
    m_window.reset();
    m_worker.reset();
}

ConnectorForm *TestConnectorsUi::openForm(ConnectClient *client)
{
    m_window = std::make_unique<QWidget>();
    auto *form = new ConnectorForm(client, m_window.get());
    m_window->resize(1000, 800);
    form->resize(1000, 800);
    m_window->show();
    form->newConnector();
    auto *plugins = form->findChild<QComboBox *>(QStringLiteral("pluginChoice"));
    for (int i = 0; i < 200 && plugins->count() < 2; ++i)
        QTest::qWait(25);
    return form;
}

bool TestConnectorsUi::choosePlugin(ConnectorForm *form, const QString &pluginClass)
{
    auto *plugins = form->findChild<QComboBox *>(QStringLiteral("pluginChoice"));
    const int index = plugins->findData(pluginClass);
    if (index < 0)
        return false;
    plugins->setCurrentIndex(index);
    Q_EMIT plugins->activated(index); // what a click on the item does
    return waitValidated(form);
}

bool TestConnectorsUi::waitValidated(ConnectorForm *form)
{
    // Wait past the debounce for the answer of the latest validation.
    QTest::qWait(400);
    for (int i = 0; i < kTimeoutMs / 25; ++i) {
        if (form->validationsInFlight() == 0 && form->hasValidation())
            return true;
        QTest::qWait(25);
    }
    return false;
}

void TestConnectorsUi::presetsAreTheLabsVerbatim()
{
    const QList<ConnectorPreset> presets = ConnectorPresets::all();
    QCOMPARE(presets.size(), 6);
    QCOMPARE(presets.at(0).document.name, QStringLiteral("h2-source-connect"));
    // The seed's curl command, key for key and in its order.
    const Properties source { { QStringLiteral("connector.class"),
                                  QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector") },
        { QStringLiteral("connection.url"), QStringLiteral("jdbc:h2:tcp://localhost:9099/./test") },
        { QStringLiteral("connection.user"), QStringLiteral("sa") },
        { QStringLiteral("connection.password"), QStringLiteral("passwd") },
        { QStringLiteral("mode"), QStringLiteral("incrementing") },
        { QStringLiteral("incrementing.column.name"), QStringLiteral("ID") },
        { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") },
        { QStringLiteral("topic.prefix"), QStringLiteral("CONNECT_") },
        { QStringLiteral("tasks.max"), QStringLiteral("1") } };
    QCOMPARE(presets.at(0).document.config, source);
    QCOMPARE(presets.at(1).document.name, QStringLiteral("h2-sink-connect"));
    QCOMPARE(presets.at(1).document.config.keys(),
        words("connector.class connection.url connection.user connection.password auto.create auto.evolve "
              "delete.enabled tasks.max topics"));
    QCOMPARE(
        presets.at(1).document.config.value(QStringLiteral("topics")), QStringLiteral("CONNECT_ORDER_TABLE"));

    // SQLite variants take the lab's databases: source, then target.
    const QStringList lab = m_endpoints.current().databaseUrls;
    QCOMPARE(presets.at(2).labDatabase, QStringLiteral("source"));
    QCOMPARE(ConnectorPresets::withLabDatabases(presets.at(2), lab)
                 .document.config.value(QStringLiteral("connection.url")),
        lab.at(0));
    QCOMPARE(ConnectorPresets::withLabDatabases(presets.at(3), lab)
                 .document.config.value(QStringLiteral("connection.url")),
        lab.at(1));
    QCOMPARE(ConnectorPresets::withLabDatabases(presets.at(3), {})
                 .document.config.value(QStringLiteral("connection.url")),
        QString());
    QVERIFY(presets.at(4)
                .document.config.value(QStringLiteral("connection.url"))
                .startsWith(QLatin1String("jdbc:postgresql://")));

    // Picking a preset in the form loads it (lab URL filled in).
    ConnectorForm *form = openForm(&m_client);
    form->setLabDatabases(lab);
    auto *choice = form->findChild<QComboBox *>(QStringLiteral("presetChoice"));
    const int index = choice->findData(QStringLiteral("sqlite-sink-connect"));
    QVERIFY(index > 0);
    choice->setCurrentIndex(index);
    Q_EMIT choice->activated(index);
    QCOMPARE(form->connectorName(), QStringLiteral("sqlite-sink-connect"));
    QCOMPARE(form->config().value(QStringLiteral("connection.url")), lab.at(1));
}

void TestConnectorsUi::formIsGeneratedFromValidate()
{
    ConnectorForm *form = openForm(&m_client);
    QVERIFY(choosePlugin(form, QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceConnector")));
    QCOMPARE(form->config().value(QStringLiteral("connector.class")),
        QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceConnector"));
    const ConfigInfos &infos = form->lastValidation();
    QVERIFY(!infos.configs.isEmpty());

    // One group box per group of the answer, in its order.
    for (const QString &group : infos.groups) {
        bool used = false;
        for (const ConfigInfo &c : infos.configs)
            used = used || (c.definition && c.definition->group == group);
        if (used)
            QVERIFY2(form->findChild<QLabel *>(QStringLiteral("group:") + group), qPrintable(group));
    }
    // Every defined key has its field, built as its definition says.
    int choices = 0;
    for (const ConfigInfo &c : infos.configs) {
        if (!c.definition)
            continue;
        const ConfigKeyInfo &d = *c.definition;
        ConfigField *field = form->field(d.name);
        QVERIFY2(field, qPrintable(d.name));
        const QString shown = d.displayName.isEmpty() ? d.name : d.displayName;
        QCOMPARE(field->label()->text(), d.required ? shown + QStringLiteral(" *") : shown);
        if (!d.documentation.isEmpty())
            QVERIFY2(
                field->editor()->toolTip().contains(d.documentation.toHtmlEscaped()), qPrintable(d.name));
        if (d.type == u"BOOLEAN") {
            auto *combo = qobject_cast<QComboBox *>(field->editor());
            QVERIFY2(combo && !combo->isEditable(), qPrintable(d.name));
            QVERIFY(
                combo->findData(QStringLiteral("true")) > 0 && combo->findData(QStringLiteral("false")) > 0);
        } else if (c.value && !c.value->recommendedValues.isEmpty()) {
            auto *combo = qobject_cast<QComboBox *>(field->editor());
            QVERIFY2(combo && combo->isEditable(), qPrintable(d.name));
            for (const QString &v : c.value->recommendedValues)
                QVERIFY2(combo->findText(v) >= 0, qPrintable(d.name + QLatin1Char('=') + v));
            ++choices;
        } else {
            auto *line = qobject_cast<QLineEdit *>(field->editor());
            QVERIFY2(line, qPrintable(d.name));
            if (!d.required && d.defaultValue && !d.defaultValue->isEmpty() && d.type != u"PASSWORD")
                QCOMPARE(line->placeholderText(), QStringLiteral("default: ") + *d.defaultValue);
        }
    }
    qInfo("%d fields offer recommended values", choices);
    // The mouse wheel over a choice the user has not clicked into scrolls the form; it never changes
    // the value.
    ConfigField *choice = form->field(QStringLiteral("errors.log.enable"));
    QVERIFY(choice);
    auto *combo = qobject_cast<QComboBox *>(choice->editor());
    QVERIFY(combo && !combo->hasFocus());
    const int before = combo->currentIndex();
    QWheelEvent wheel(QPointF(5, 5), combo->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(combo, &wheel);
    QCOMPARE(combo->currentIndex(), before);
    QVERIFY(form->field(QStringLiteral("file")));
    QVERIFY(form->field(QStringLiteral("topic")));
    QVERIFY(form->field(QStringLiteral("name")));
    QVERIFY(form->field(QStringLiteral("name"))->definition().required);
}

void TestConnectorsUi::validationErrorsBesideTheirFields()
{
    ConnectorForm *form = openForm(&m_client);
    QVERIFY(choosePlugin(form, QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceConnector")));

    // Typing a bad tasks.max: after the debounce the worker's error appears under that field.
    ConfigField *tasksMax = form->field(QStringLiteral("tasks.max"));
    QVERIFY(tasksMax);
    auto *line = qobject_cast<QLineEdit *>(tasksMax->editor());
    QVERIFY(line);
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("abc"));
    QCOMPARE(form->config().value(QStringLiteral("tasks.max")), QStringLiteral("abc"));
    QVERIFY(waitValidated(form));
    tasksMax = form->field(QStringLiteral("tasks.max"));
    QVERIFY(!tasksMax->errors().isEmpty());
    QVERIFY2(
        tasksMax->errors().first().startsWith(QLatin1String("Invalid value abc for configuration tasks.max")),
        qPrintable(tasksMax->errors().join(u'|')));
    auto *errorLabel = tasksMax->findChild<QLabel *>(QStringLiteral("fieldError"));
    QVERIFY(errorLabel && errorLabel->isVisible());
    QCOMPARE(errorLabel->text(), tasksMax->errors().join(QLatin1Char('\n')));
    QCOMPARE(tasksMax->editor()->property("invalid").toBool(), true);
    // Typing keeps the place: the same editor still has the focus.
    QVERIFY(tasksMax->editor()->hasFocus() || QApplication::focusWidget() == tasksMax->editor());

    // Fixing it clears the error.
    line = qobject_cast<QLineEdit *>(tasksMax->editor());
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("2"));
    QVERIFY(waitValidated(form));
    QVERIFY(form->field(QStringLiteral("tasks.max"))->errors().isEmpty());
    QVERIFY(!form->field(QStringLiteral("tasks.max"))
                 ->findChild<QLabel *>(QStringLiteral("fieldError"))
                 ->isVisible());

    // Emptying a field unsets the key: the default applies again.
    line->clear();
    Q_EMIT line->textEdited(QString());
    QVERIFY(!form->config().contains(QStringLiteral("tasks.max")));
}

void TestConnectorsUi::formJsonPropertiesRoundTrip()
{
    ConnectorForm *form = openForm(&m_client);
    const ConnectorPreset lab = ConnectorPresets::all().first();
    form->newConnector(lab.document);
    const QString json = form->jsonText();

    // Form → JSON: the lab's body exactly (4-space indents, the keys in the seed's order).
    QFile seedJson(QStringLiteral(CS_SOURCE_DIR "/resources/presets/h2-source-connect.json"));
    QVERIFY(seedJson.open(QIODevice::ReadOnly));
    QCOMPARE(json, QString::fromUtf8(seedJson.readAll()));
    QVERIFY(form->setView(ConnectorForm::View::Json));
    auto *jsonEdit = form->findChild<QPlainTextEdit *>(QStringLiteral("jsonText"));
    QCOMPARE(jsonEdit->toPlainText(), json);
    // JSON → properties → JSON, untouched: identical text.
    QVERIFY(form->setView(ConnectorForm::View::Properties));
    auto *propsEdit = form->findChild<QPlainTextEdit *>(QStringLiteral("propertiesText"));
    QVERIFY(propsEdit->toPlainText().startsWith(QLatin1String("name=h2-source-connect\nconnector.class=")));
    QVERIFY(form->setView(ConnectorForm::View::Json));
    QCOMPARE(jsonEdit->toPlainText(), json);
    QVERIFY(!form->config().contains(QStringLiteral("name")));

    // Edits in each view reach the others, with values that need escaping in one or the other.
    QString edited = json;
    edited.replace(QStringLiteral("\"tasks.max\": \"1\""),
        QStringLiteral("\"tasks.max\": \"1\",\n        \"x.odd\": \"a=b: c\\\\d \\\"q\\\" 주문\\n줄\""));
    jsonEdit->setPlainText(edited);
    QVERIFY(form->setView(ConnectorForm::View::Properties));
    QCOMPARE(form->config().value(QStringLiteral("x.odd")), QStringLiteral("a=b: c\\d \"q\" 주문\n줄"));
    const QString props = propsEdit->toPlainText();
    QVERIFY2(props.contains(QLatin1String("x.odd=a\\=b\\: c\\\\d \"q\" \\uC8FC\\uBB38\\n\\uC904\n")),
        qPrintable(props));
    propsEdit->setPlainText(props + QStringLiteral("topic.prefix=LAB_\nnew.key = spaced value\n"));
    QVERIFY(form->setView(ConnectorForm::View::Form));
    QCOMPARE(form->config().value(QStringLiteral("topic.prefix")), QStringLiteral("LAB_"));
    QCOMPARE(form->config().keys().last(), QStringLiteral("new.key"));
    QCOMPARE(form->config().value(QStringLiteral("new.key")), QStringLiteral("spaced value"));
    QCOMPARE(form->connectorName(), QStringLiteral("h2-source-connect"));
    // The form shows what the text said (as a generated field, or as a key the plugin does not define).
    auto *prefixEditor = form->field(QStringLiteral("topic.prefix"))
        ? form->field(QStringLiteral("topic.prefix"))->editor()
        : form->findChild<QWidget *>(QStringLiteral("extra:topic.prefix"));
    QVERIFY(prefixEditor);
    if (auto *l = qobject_cast<QLineEdit *>(prefixEditor))
        QCOMPARE(l->text(), QStringLiteral("LAB_"));
    else
        QCOMPARE(qobject_cast<QComboBox *>(prefixEditor)->currentText(), QStringLiteral("LAB_"));

    // A text that does not parse keeps the user in that view, with the reason.
    QVERIFY(form->setView(ConnectorForm::View::Json));
    jsonEdit->setPlainText(QStringLiteral("{\"name\": \"x\",\n \"config\": {"));
    QVERIFY(!form->setView(ConnectorForm::View::Form));
    QCOMPARE(form->currentView(), ConnectorForm::View::Json);
    auto *message = form->findChild<QLabel *>(QStringLiteral("formMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("line 2")), qPrintable(message->text()));

    // Export and import keep it all, in both formats.
    jsonEdit->setPlainText(json);
    QVERIFY(form->setView(ConnectorForm::View::Form));
    for (const QString &file : { QStringLiteral("export.json"), QStringLiteral("export.properties") }) {
        QString error;
        QVERIFY2(form->exportFile(m_dir.filePath(file), &error), qPrintable(error));
        ConnectorForm other(&m_client);
        other.newConnector();
        QVERIFY2(other.importFile(m_dir.filePath(file), &error), qPrintable(error));
        QCOMPARE(other.connectorName(), QStringLiteral("h2-source-connect"));
        QCOMPARE(other.config().value(QStringLiteral("connection.url")),
            QStringLiteral("jdbc:h2:tcp://localhost:9099/./test"));
        QCOMPARE(other.config().entries().mid(other.config().size() - lab.document.config.size()),
            lab.document.config.entries());
    }
}

void TestConnectorsUi::passwordsAreMasked()
{
    // A PASSWORD definition makes a masked editor whose text can be revealed on request.
    ConfigKeyInfo def;
    def.name = QStringLiteral("connection.password");
    def.type = QStringLiteral("PASSWORD");
    def.defaultValue = QStringLiteral("[hidden]");
    ConfigField field(def, {});
    auto *line = qobject_cast<QLineEdit *>(field.editor());
    QVERIFY(line);
    QCOMPARE(line->echoMode(), QLineEdit::Password);
    field.setValue(QStringLiteral("passwd"));
    QCOMPARE(line->text(), QStringLiteral("passwd"));
    QVERIFY(line->displayText() != QStringLiteral("passwd"));
    QVERIFY(line->placeholderText().isEmpty()); // not even "[hidden]" as a hint
    auto *reveal = line->findChild<QAction *>(QStringLiteral("revealPassword"));
    QVERIFY(reveal);
    reveal->trigger();
    QCOMPARE(line->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(line->echoMode(), QLineEdit::Password);

    // A secret key the plugin does not define is masked in the form too.
    ConnectorForm *form = openForm(&m_client);
    form->newConnector({ QStringLiteral("masked"),
        Properties { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSource") },
            { QStringLiteral("topic"), QStringLiteral("m") },
            { QStringLiteral("connection.password"), QStringLiteral("passwd") } } });
    QVERIFY(waitValidated(form));
    auto *extra = form->findChild<QLineEdit *>(QStringLiteral("extra:connection.password"));
    QVERIFY(extra);
    QCOMPARE(extra->echoMode(), QLineEdit::Password);
    QVERIFY(!form->curlCommand(false).contains(QLatin1String("passwd")));
    QVERIFY(form->curlCommand(true).contains(QLatin1String("\"connection.password\": \"passwd\"")));
}

void TestConnectorsUi::copyAsCurlRunsAsIs()
{
    ConnectorForm *form = openForm(&m_client);
    const QString file = m_dir.filePath(QStringLiteral("curl's input.txt"));
    form->newConnector({ QStringLiteral("from-curl"),
        Properties { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSource") },
            { QStringLiteral("file"), file }, { QStringLiteral("topic"), QStringLiteral("curl-topic") } } });
    QVERIFY(waitValidated(form));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_worker->restUrl().port());
    const QString expected
        = QStringLiteral("curl -i -X POST -H \"Accept:application/json\" \\\n"
                         "    -H \"Content-Type:application/json\" %1/connectors \\\n"
                         "    -d '{\n"
                         "    \"name\": \"from-curl\",\n"
                         "    \"config\": {\n"
                         "        \"connector.class\": \"FileStreamSource\",\n"
                         "        \"file\": \"%2\",\n"
                         "        \"topic\": \"curl-topic\"\n"
                         "    }\n"
                         "}'")
              .arg(base, QString(file).replace(QLatin1String("'"), QLatin1String("'\\''")));
    QCOMPARE(form->curlCommand(false), expected);
    form->findChild<QPushButton *>(QStringLiteral("copyCurl"))->click();
    QCOMPARE(QApplication::clipboard()->text(), expected);

    // The command does what the form's Create does.
    QProcess bash;
    bash.start(QStringLiteral("bash"),
        { QStringLiteral("-c"), QApplication::clipboard()->text() + QStringLiteral(" -sS") });
    QVERIFY(bash.waitForFinished(15000));
    const QByteArray out = bash.readAllStandardOutput();
    QVERIFY2(out.startsWith("HTTP/1.1 201"), out.constData());
    const auto info = [&] {
        std::optional<Result<ConnectorInfo>> r;
        m_client.connectorInfo(QStringLiteral("from-curl"), [&](const Result<ConnectorInfo> &x) { r = x; });
        for (int i = 0; i < 400 && !r; ++i)
            QTest::qWait(25);
        return r;
    }();
    QVERIFY(info && info->ok());
    QCOMPARE(info->value->config.value(QStringLiteral("file")), file);
    bool deleted = false;
    m_client.deleteConnector(QStringLiteral("from-curl"), [&](const Result<Done> &r) { deleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, kTimeoutMs);
}

void TestConnectorsUi::createThroughThePageThenActions()
{
    m_window.reset();
    ConnectorsPage page(&m_endpoints);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setPollInterval(300);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    page.findChild<QPushButton *>(QStringLiteral("newConnector"))->click();
    QVERIFY(page.isFormShown());
    ConnectorForm *form = page.form();
    auto *plugins = form->findChild<QComboBox *>(QStringLiteral("pluginChoice"));
    QTRY_VERIFY_WITH_TIMEOUT(plugins->count() > 1, kTimeoutMs);
    QVERIFY(choosePlugin(form, QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceConnector")));

    QFile in(m_dir.filePath(QStringLiteral("orders.txt")));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write("1st OrderPlaced.\n2nd OrderPlaced.\n");
    in.close();
    const auto type = [&](const QString &key, const QString &text) {
        ConfigField *field = form->field(key);
        QVERIFY2(field, qPrintable(key));
        QWidget *editor = field->editor();
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            editor = combo->lineEdit();
        editor->setFocus();
        QTest::keyClicks(editor, text);
    };
    type(QStringLiteral("name"), QStringLiteral("orders-src"));
    type(QStringLiteral("file"), in.fileName());
    type(QStringLiteral("topic"), QStringLiteral("orders"));
    QVERIFY(waitValidated(form));
    QCOMPARE(form->lastValidation().errorCount, 0);
    QCOMPARE(form->connectorName(), QStringLiteral("orders-src"));

    form->findChild<QPushButton *>(QStringLiteral("submitConnector"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isFormShown(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowState(page, QStringLiteral("orders-src")), QStringLiteral("RUNNING"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page.details()->connectorName(), QStringLiteral("orders-src"), kTimeoutMs);
    auto *badge = page.details()->findChild<StatusBadge *>(QStringLiteral("connectorState"));
    QTRY_COMPARE_WITH_TIMEOUT(badge->property("state").toString(), QStringLiteral("RUNNING"), kTimeoutMs);
    QCOMPARE(badge->tone(), StatusBadge::Tone::Good);
    QVERIFY(badge->text().endsWith(ConnectorListModel::stateText(QStringLiteral("RUNNING"))));
    auto *tasks = page.details()->findChild<QTableWidget *>(QStringLiteral("taskTable"));
    QTRY_COMPARE_WITH_TIMEOUT(tasks->rowCount(), 1, kTimeoutMs);
    QCOMPARE(tasks->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("RUNNING"));

    // Pause: the list and the badge say PAUSED.
    page.details()->findChild<QPushButton *>(QStringLiteral("pauseConnector"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        rowState(page, QStringLiteral("orders-src")), QStringLiteral("PAUSED"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(badge->property("state").toString(), QStringLiteral("PAUSED"), kTimeoutMs);
    QCOMPARE(badge->tone(), StatusBadge::Tone::Busy);
    page.details()->findChild<QPushButton *>(QStringLiteral("resumeConnector"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        rowState(page, QStringLiteral("orders-src")), QStringLiteral("RUNNING"), kTimeoutMs);

    // Stop, then resume.
    page.details()->findChild<QPushButton *>(QStringLiteral("stopConnector"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        rowState(page, QStringLiteral("orders-src")), QStringLiteral("STOPPED"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tasks->rowCount(), 0, kTimeoutMs);
    page.details()->findChild<QPushButton *>(QStringLiteral("resumeConnector"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        rowState(page, QStringLiteral("orders-src")), QStringLiteral("RUNNING"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tasks->rowCount(), 1, kTimeoutMs);

    // Restarts: the connector with its tasks, and one task from its row.
    page.details()->run(ConnectorDetails::Action::RestartWithTasks);
    QTRY_VERIFY_WITH_TIMEOUT(page.details()->lastMessage().contains(QLatin1String("1")), kTimeoutMs);
    auto *restartTask = tasks->findChild<QPushButton *>(QStringLiteral("restartTask0"));
    QTRY_VERIFY_WITH_TIMEOUT(
        (restartTask = tasks->findChild<QPushButton *>(QStringLiteral("restartTask0"))), kTimeoutMs);
    restartTask->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.details()->lastMessage().contains(QLatin1String("orders-src")), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowState(page, QStringLiteral("orders-src")), QStringLiteral("RUNNING"), kTimeoutMs);

    // Edit: the form opens with the connector's config; an update reaches the worker.
    page.details()->findChild<QPushButton *>(QStringLiteral("editConnector"))->click();
    QVERIFY(page.isFormShown());
    QVERIFY(form->isEditing());
    QCOMPARE(form->config().value(QStringLiteral("topic")), QStringLiteral("orders"));
    QVERIFY(waitValidated(form));
    QVERIFY(!form->field(QStringLiteral("name"))->editor()->isEnabled());
    QVERIFY(form->curlCommand(false).contains(QLatin1String("-X PUT")));
    type(QStringLiteral("topic"), QStringLiteral("-v2"));
    form->findChild<QPushButton *>(QStringLiteral("submitConnector"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isFormShown(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        page.model()->connector(QStringLiteral("orders-src"))->info->config.value(QStringLiteral("topic")),
        QStringLiteral("orders-v2"), kTimeoutMs);

    // Delete, after the confirmation.
    QVERIFY(page.selectConnector(QStringLiteral("orders-src")));
    page.details()->findChild<QPushButton *>(QStringLiteral("deleteConnector"))->click();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (confirm = page.findChild<QMessageBox *>(QStringLiteral("confirmDelete"))), kTimeoutMs);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowOf(QStringLiteral("orders-src")), -1, kTimeoutMs);
}

void TestConnectorsUi::createErrorsAsTheWorkerWroteThem()
{
    ConnectorForm *form = openForm(&m_client);
    const Properties config { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSink") },
        { QStringLiteral("file"), m_dir.filePath(QStringLiteral("dup.txt")) },
        { QStringLiteral("topics"), QStringLiteral("d") } };
    bool created = false;
    m_client.createConnector(
        QStringLiteral("dup"), config, [&](const Result<ConnectorInfo> &r) { created = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, kTimeoutMs);

    form->newConnector({ QStringLiteral("dup"), config });
    QSignalSpy submitted(form, &ConnectorForm::submitted);
    form->findChild<QPushButton *>(QStringLiteral("submitConnector"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        form->submitError(), QStringLiteral("Connector dup already exists"), kTimeoutMs);
    auto *shown = form->findChild<QLabel *>(QStringLiteral("submitError"));
    QVERIFY(shown->isVisible());
    QVERIFY(shown->text().endsWith(QLatin1String("\nConnector dup already exists")));
    QVERIFY(shown->text().contains(QLatin1String("409")));
    QCOMPARE(submitted.count(), 0);

    // An invalid config: the 400's whole multi-line message.
    Properties bad = config;
    bad.set(QStringLiteral("tasks.max"), QStringLiteral("0"));
    form->newConnector({ QStringLiteral("dup2"), bad });
    form->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!form->submitError().isEmpty(), kTimeoutMs);
    QVERIFY2(form->submitError().startsWith(QLatin1String(
                 "Connector configuration is invalid and contains the following 1 error(s):\nInvalid value 0 "
                 "for configuration tasks.max")),
        qPrintable(form->submitError()));
    bool deleted = false;
    m_client.deleteConnector(QStringLiteral("dup"), [&](const Result<Done> &r) { deleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, kTimeoutMs);
}

void TestConnectorsUi::failureTracesAndColours()
{
    m_window.reset();
    const Properties config { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSink") },
        { QStringLiteral("file"), m_dir.filePath(QStringLiteral("missing/dir/out.txt")) },
        { QStringLiteral("topics"), QStringLiteral("t") },
        { QStringLiteral("db.password"), QStringLiteral("hunter2") } };
    bool created = false;
    m_client.createConnector(
        QStringLiteral("broken"), config, [&](const Result<ConnectorInfo> &r) { created = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, kTimeoutMs);

    ConnectorsPage page(&m_endpoints);
    page.setPollInterval(300);
    page.resize(1200, 800);
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(rowState(page, QStringLiteral("broken")), QStringLiteral("FAILED"), kTimeoutMs);
    QVERIFY(page.selectConnector(QStringLiteral("broken")));
    auto *trace = page.details()->findChild<QPlainTextEdit *>(QStringLiteral("traceText"));
    QTRY_VERIFY_WITH_TIMEOUT(
        trace->toPlainText().contains(QLatin1String("Couldn't find or create file")), kTimeoutMs);
    // Red in the list (the Tasks column says which part failed).
    const int row = page.model()->rowOf(QStringLiteral("broken"));
    const QModelIndex tasksCell = page.table()->model()->index(row, ConnectorListModel::TasksColumn);
    QCOMPARE(
        tasksCell.data(Qt::ForegroundRole).value<QColor>(), foregroundForState(QStringLiteral("FAILED")));
    QCOMPARE(foregroundForState(QStringLiteral("FAILED")), QColor(0xa4, 0x16, 0x1a));
    // The config view masks the secret.
    auto *configTable = page.details()->findChild<QTableWidget *>(QStringLiteral("configTable"));
    bool masked = false;
    for (int r = 0; r < configTable->rowCount(); ++r)
        if (configTable->item(r, 0)->text() == u"db.password")
            masked = configTable->item(r, 1)->text() == maskedSecret();
    QVERIFY(masked);

    // Restart only what failed: the answer counts the failed task.
    page.details()->run(ConnectorDetails::Action::RestartFailed);
    QTRY_VERIFY_WITH_TIMEOUT(!page.details()->lastMessage().isEmpty(), kTimeoutMs);
    bool deleted = false;
    m_client.deleteConnector(QStringLiteral("broken"), [&](const Result<Done> &r) { deleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowOf(QStringLiteral("broken")), -1, kTimeoutMs);
}

void TestConnectorsUi::followsTheEndpoints()
{
    ConnectorsPage page(&m_endpoints);
    page.show();
    QSignalSpy refreshed(&page, &ConnectorsPage::refreshed);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, kTimeoutMs);
    auto *info = page.findChild<QLabel *>(QStringLiteral("connectionInfo"));
    QTRY_VERIFY_WITH_TIMEOUT(
        info->text().contains(QStringLiteral("http://127.0.0.1:%1").arg(m_worker->restUrl().port())),
        kTimeoutMs);

    const Endpoints::Target saved = m_endpoints.current();
    Endpoints::Target none;
    m_endpoints.setCurrent(none);
    QCOMPARE(page.client()->baseUrl(), QUrl());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("newConnector"))->isEnabled());
    QCOMPARE(page.model()->rowCount(), 0);

    // A URL where nothing listens: the reason is shown, nothing hangs.
    Endpoints::Target dead = saved;
    dead.connectUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(cs::testsupport::freeTcpPort()));
    m_endpoints.setCurrent(dead);
    refreshed.clear();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, kTimeoutMs);
    QVERIFY2(info->text().contains(QString::number(dead.connectUrl.port())), qPrintable(info->text()));
    m_endpoints.setCurrent(saved);
}

void TestConnectorsUi::jdbcFormsFromTheirValidateAnswers()
{
    // The lab's own presets against the JDBC plugins' answers (H2 need not run: validation only).
    for (const QString &id : { QStringLiteral("h2-source-connect"), QStringLiteral("h2-sink-connect") }) {
        ConnectorForm *form = openForm(&m_client);
        auto *choice = form->findChild<QComboBox *>(QStringLiteral("presetChoice"));
        const int index = choice->findData(id);
        QVERIFY(index > 0);
        choice->setCurrentIndex(index);
        Q_EMIT choice->activated(index);
        QVERIFY(waitValidated(form));
        const ConfigInfos &infos = form->lastValidation();
        QVERIFY2(infos.name.endsWith(id == u"h2-source-connect" ? QLatin1String("JdbcSourceConnector")
                                                                : QLatin1String("JdbcSinkConnector")),
            qPrintable(infos.name));
        const QStringList groups = id == u"h2-source-connect"
            ? words("Common Database Mode Connector")
            : words("Common Connection Writes Data Mapping");
        for (const QString &group : groups)
            if (group != u"Data" && group != u"Mapping")
                QVERIFY2(form->findChild<QLabel *>(QStringLiteral("group:") + group),
                    qPrintable(id + u':' + group));
        // Every key the plugin defines got its field; the password is a masked PASSWORD field.
        int defined = 0;
        for (const ConfigInfo &c : infos.configs)
            if (c.definition) {
                ++defined;
                QVERIFY2(form->field(c.definition->name), qPrintable(c.definition->name));
            }
        QVERIFY(defined > 20);
        ConfigField *password = form->field(QStringLiteral("connection.password"));
        QVERIFY(password);
        QCOMPARE(password->definition().type, QStringLiteral("PASSWORD"));
        auto *line = qobject_cast<QLineEdit *>(password->editor());
        QVERIFY(line);
        QCOMPARE(line->echoMode(), QLineEdit::Password);
        QCOMPARE(line->text(), QStringLiteral("passwd"));
        QVERIFY(form->secretKeys().contains(QStringLiteral("connection.password")));
        QVERIFY(!form->curlCommand(false).contains(QLatin1String("passwd")));
        // The preset's values are shown as they are, nothing was added to the config.
        QCOMPARE(
            form->config(), ConnectorPresets::all().at(id == u"h2-source-connect" ? 0 : 1).document.config);
        auto *url = qobject_cast<QLineEdit *>(form->field(QStringLiteral("connection.url"))->editor());
        QVERIFY(url);
        QCOMPARE(url->text(), QStringLiteral("jdbc:h2:tcp://localhost:9099/./test"));
        if (id == u"h2-sink-connect") {
            auto *autoCreate
                = qobject_cast<QComboBox *>(form->field(QStringLiteral("auto.create"))->editor());
            QVERIFY(autoCreate && !autoCreate->isEditable());
            QCOMPARE(autoCreate->currentData().toString(), QStringLiteral("true"));
        } else {
            QWidget *mode = form->field(QStringLiteral("mode"))->editor();
            const QString shown = qobject_cast<QComboBox *>(mode)
                ? qobject_cast<QComboBox *>(mode)->currentText()
                : qobject_cast<QLineEdit *>(mode)->text();
            QCOMPARE(shown, QStringLiteral("incrementing"));
        }
        // Every error the worker reported is shown beside its field.
        for (const ConfigInfo &c : infos.configs)
            if (c.definition && c.value && !c.value->errors.isEmpty())
                QCOMPARE(form->field(c.definition->name)->errors(), c.value->errors);
    }
}

void TestConnectorsUi::theLabThroughTheForm()
{
    // The lab on SQLite: ORDER_TABLE with two orders in the lab's source database.
    const QString sourceUrl = m_endpoints.current().databaseUrls.at(0);
    const QString targetPath = m_endpoints.current().databaseUrls.at(1).mid(12);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lab-source"));
        db.setDatabaseName(sourceUrl.mid(12));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(
            cs::testsupport::createOrderTable(db, cs::jdbc::DatabaseKind::Sqlite, &error), qPrintable(error));
        QVERIFY(cs::testsupport::insertOrder(
                    db, cs::jdbc::DatabaseKind::Sqlite, QStringLiteral("1st OrderPlaced."), &error)
            > 0);
        QVERIFY(cs::testsupport::insertOrder(
                    db, cs::jdbc::DatabaseKind::Sqlite, QStringLiteral("2nd OrderPlaced."), &error)
            > 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lab-source"));

    m_window.reset();
    ConnectorsPage page(&m_endpoints);
    page.setPollInterval(300);
    page.resize(1200, 800);
    page.show();
    for (const QString &id :
        { QStringLiteral("sqlite-source-connect"), QStringLiteral("sqlite-sink-connect") }) {
        page.findChild<QPushButton *>(QStringLiteral("newConnector"))->click();
        ConnectorForm *form = page.form();
        auto *choice = form->findChild<QComboBox *>(QStringLiteral("presetChoice"));
        const int index = choice->findData(id);
        choice->setCurrentIndex(index);
        Q_EMIT choice->activated(index);
        QVERIFY(waitValidated(form));
        QVERIFY2(form->lastValidation().errorCount == 0,
            qPrintable(form->findChild<QLabel *>(QStringLiteral("validationSummary"))->text()));
        form->findChild<QPushButton *>(QStringLiteral("submitConnector"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isFormShown(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowState(page, id), QStringLiteral("RUNNING"), kTimeoutMs);
    }

    // The sink created CONNECT_ORDER_TABLE in the target database with both orders.
    QStringList messages;
    for (int i = 0; i < kTimeoutMs / 200 && messages.size() < 2; ++i) {
        QTest::qWait(200);
        messages.clear();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lab-target"));
        db.setDatabaseName(targetPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT MESSAGE FROM CONNECT_ORDER_TABLE ORDER BY ID")))
                while (q.next())
                    messages.append(q.value(0).toString());
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("lab-target"));
    }
    QCOMPARE(
        messages, QStringList({ QStringLiteral("1st OrderPlaced."), QStringLiteral("2nd OrderPlaced.") }));
    for (const QString &id :
        { QStringLiteral("sqlite-source-connect"), QStringLiteral("sqlite-sink-connect") }) {
        bool deleted = false;
        m_client.deleteConnector(id, [&](const Result<Done> &r) { deleted = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, kTimeoutMs);
    }
}

void TestConnectorsUi::everyVisibleTextIsTranslated()
{
    m_window.reset();
    bool created = false;
    m_client.createConnector(QStringLiteral("words"),
        Properties { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSource") },
            { QStringLiteral("topic"), QStringLiteral("w") } },
        [&](const Result<ConnectorInfo> &r) { created = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, kTimeoutMs);
    ConnectorsPage page(&m_endpoints);
    page.setPollInterval(300);
    page.resize(1200, 800);
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(rowState(page, QStringLiteral("words")), QStringLiteral("RUNNING"), kTimeoutMs);
    QVERIFY(page.selectConnector(QStringLiteral("words")));

    BracketTranslator brackets;
    QCoreApplication::installTranslator(&brackets);
    QTest::qWait(800); // LanguageChange, and a poll or two
    QStringList bad = untranslated(&page);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));

    page.findChild<QPushButton *>(QStringLiteral("newConnector"))->click();
    ConnectorForm *form = page.form();
    QTRY_VERIFY_WITH_TIMEOUT(
        form->findChild<QComboBox *>(QStringLiteral("pluginChoice"))->count() > 1, kTimeoutMs);
    QVERIFY(choosePlugin(form, QStringLiteral("org.apache.kafka.connect.file.FileStreamSinkConnector")));
    bad = untranslated(&page);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    QCoreApplication::removeTranslator(&brackets);
    QTest::qWait(100);
    bad = untranslated(&page);
    QVERIFY(!bad.isEmpty()); // the check itself sees English text without the translator
    bool deleted = false;
    m_client.deleteConnector(QStringLiteral("words"), [&](const Result<Done> &r) { deleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, kTimeoutMs);
}

QTEST_MAIN(TestConnectorsUi)
#include "tst_connectorsui.moc"
