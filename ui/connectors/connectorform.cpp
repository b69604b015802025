#include "connectors/connectorform.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "connectclient/connectclient.h"
#include "connectors/configfield.h"
#include "connectors/connectorpresets.h"

namespace cs::ui {

using namespace cs::connectclient;

namespace {

constexpr int kValidateDelayMs = 350;
const QString kName = QStringLiteral("name");
const QString kConnectorClass = QStringLiteral("connector.class");

// Connect's alias rule: the class, its simple name, or the simple name without "Connector".
bool sameConnectorClass(const QString &pluginClass, const QString &configured)
{
    if (configured.isEmpty())
        return false;
    if (pluginClass == configured)
        return true;
    const QString simple = pluginClass.section(QLatin1Char('.'), -1);
    if (simple == configured)
        return true;
    return simple.endsWith(QLatin1String("Connector")) && simple.chopped(9) == configured;
}

const char *const kFormStyle = R"(
QLabel#fieldError { color: #a4161a; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 1px solid #d64545; border-radius: 3px; }
QLabel#validationSummary[valid="false"] { color: #a4161a; }
QLabel#submitError, QLabel#formMessage[error="true"] {
    color: #a4161a;
    background: #fdf0ef;
    border: 1px solid #f5c2c0;
    border-radius: 6px;
    padding: 8px 10px;
}
QLabel#validationSummary[valid="true"] { color: #146c2e; }
QLabel[formGroup="true"] {
    font-size: 11pt;
    font-weight: 600;
    color: #111827;
    padding-top: 14px;
    padding-bottom: 2px;
    border-bottom: 1px solid #dfe3e9;
}
QWidget#formPage { background: #ffffff; }
)";

} // namespace

ConnectorForm::ConnectorForm(ConnectClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("connectorForm"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kValidateDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &ConnectorForm::validateNow);
    buildUi();
    retranslate();
    fillPresets();
}

ConnectorForm::~ConnectorForm() = default;

void ConnectorForm::buildUi()
{
    setStyleSheet(QString::fromLatin1(kFormStyle));
    m_pluginLabel = new QLabel(this);
    m_plugin = new QComboBox(this);
    m_plugin->setObjectName(QStringLiteral("pluginChoice"));
    m_plugin->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plugin->setMinimumContentsLength(36);
    m_presetLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetChoice"));
    m_pluginLabel->setBuddy(m_plugin);
    m_presetLabel->setBuddy(m_preset);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pluginLabel);
    top->addWidget(m_plugin, 2);
    top->addSpacing(16);
    top->addWidget(m_presetLabel);
    top->addWidget(m_preset, 1);

    m_validationSummary = new QLabel(this);
    m_validationSummary->setObjectName(QStringLiteral("validationSummary"));
    m_validationSummary->setWordWrap(true);
    m_validationSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *formTab = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formTab);
    formLayout->setContentsMargins(8, 8, 8, 0);
    formLayout->addWidget(m_validationSummary);
    formLayout->addWidget(m_scroll, 1);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("jsonText"));
    m_properties = new QPlainTextEdit(this);
    m_properties->setObjectName(QStringLiteral("propertiesText"));
    for (QPlainTextEdit *edit : { m_json, m_properties }) {
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setProperty("dataText", true);
    }
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] { m_jsonDirty = true; });
    connect(m_properties, &QPlainTextEdit::textChanged, this, [this] { m_propertiesDirty = true; });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("formViews"));
    m_tabs->addTab(formTab, QString());
    m_tabs->addTab(m_json, QString());
    m_tabs->addTab(m_properties, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == m_currentTab)
            return;
        if (!syncFromText()) {
            const QSignalBlocker block(m_tabs);
            m_tabs->setCurrentIndex(m_currentTab);
            return;
        }
        m_currentTab = index;
        renderText(static_cast<View>(index));
    });

    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importConfig"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportConfig"));
    m_curl = new QPushButton(this);
    m_curl->setObjectName(QStringLiteral("copyCurl"));
    m_revealSecrets = new QCheckBox(this);
    m_revealSecrets->setObjectName(QStringLiteral("curlRevealSecrets"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelForm"));
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitConnector"));
    m_submit->setProperty("primary", true);
    m_submit->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ConnectorForm::importClicked);
    connect(m_export, &QPushButton::clicked, this, &ConnectorForm::exportClicked);
    connect(m_curl, &QPushButton::clicked, this, &ConnectorForm::copyCurl);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectorForm::cancelled);
    connect(m_submit, &QPushButton::clicked, this, &ConnectorForm::submit);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addSpacing(12);
    buttons->addWidget(m_curl);
    buttons->addWidget(m_revealSecrets);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setProperty("caption", true);
    m_message->hide();
    m_submitError = new QLabel(this);
    m_submitError->setObjectName(QStringLiteral("submitError"));
    m_submitError->setWordWrap(true);
    m_submitError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_submitError->setTextFormat(Qt::PlainText);
    m_submitError->setProperty("dataText", true);
    m_submitError->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_submitError);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_plugin, &QComboBox::activated, this, &ConnectorForm::pluginChosen);
    connect(m_preset, &QComboBox::activated, this, &ConnectorForm::applyPreset);
    rebuildFields();
}

void ConnectorForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConnectorForm::retranslate()
{
    m_pluginLabel->setText(tr("&Plugin"));
    m_presetLabel->setText(tr("Pre&set"));
    m_tabs->setTabText(0, tr("Form"));
    m_tabs->setTabText(1, tr("JSON"));
    m_tabs->setTabText(2, tr(".properties"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("E&xport…"));
    m_curl->setText(tr("Copy as &curl"));
    m_curl->setToolTip(
        tr("Copies the curl command that sends exactly this request to the Connect REST API."));
    m_revealSecrets->setText(tr("Include passwords"));
    m_revealSecrets->setToolTip(
        tr("Without this, passwords in the copied command are replaced by ********."));
    m_cancel->setText(tr("Cancel"));
    m_submit->setText(m_editing ? tr("&Update") : tr("C&reate"));
    if (m_plugin->count() > 0)
        m_plugin->setItemText(0, tr("Choose a connector plugin…"));
    if (m_preset->count() > 0)
        m_preset->setItemText(0, tr("Start from a preset…"));
    const QList<ConnectorPreset> presets = ConnectorPresets::all();
    for (int i = 0; i < presets.size() && i + 1 < m_preset->count(); ++i)
        m_preset->setItemText(i + 1, presets.at(i).title());
    for (ConfigField *field : std::as_const(m_fields))
        field->retranslate();
    if (!m_fields.isEmpty() || m_formPage)
        m_structure.clear(); // rebuild: the headings of our own groups are translated
    applyValidation(m_validation);
}

void ConnectorForm::fillPresets()
{
    m_preset->clear();
    m_preset->addItem(tr("Start from a preset…"));
    for (const ConnectorPreset &preset : ConnectorPresets::all())
        m_preset->addItem(preset.title(), preset.id);
}

void ConnectorForm::applyPreset(int index)
{
    if (index <= 0)
        return;
    const QString id = m_preset->itemData(index).toString();
    for (const ConnectorPreset &preset : ConnectorPresets::all()) {
        if (preset.id != id)
            continue;
        const ConnectorPreset filled = ConnectorPresets::withLabDatabases(preset, m_labDatabases);
        setDocument(filled.document.name, filled.document.config);
        if (!filled.labDatabase.isEmpty()
            && filled.document.config.value(QStringLiteral("connection.url")).isEmpty())
            showMessage(
                tr("The lab's SQLite databases are not known yet: start the lab, or fill in connection.url "
                   "(jdbc:sqlite:<path of the database file>)."),
                false);
        return;
    }
}

void ConnectorForm::loadPlugins()
{
    m_client->plugins(true, [self = QPointer<ConnectorForm>(this)](const Result<QList<PluginInfo>> &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->showMessage(tr("Cannot list the connector plugins: %1").arg(r.error->toString()), true);
            return;
        }
        self->m_plugins = *r.value;
        const QSignalBlocker block(self->m_plugin);
        self->m_plugin->clear();
        self->m_plugin->addItem(tr("Choose a connector plugin…"));
        for (const PluginInfo &p : std::as_const(self->m_plugins)) {
            const QString type = p.type == u"source" ? tr("source") : p.type == u"sink" ? tr("sink") : p.type;
            self->m_plugin->addItem(p.version.isEmpty()
                    ? QStringLiteral("%1 — %2").arg(p.className, type)
                    : QStringLiteral("%1 — %2 %3").arg(p.className, type, p.version),
                p.className);
        }
        self->updatePluginChoice();
    });
}

void ConnectorForm::newConnector(const ConnectorDocument &document)
{
    m_editing = false;
    m_submitError->hide();
    m_message->hide();
    m_plugin->setEnabled(true);
    m_preset->setEnabled(true);
    m_preset->setCurrentIndex(0);
    retranslate();
    setDocument(document.name, document.config);
    loadPlugins();
}

void ConnectorForm::editConnector(const QString &name, const config::Properties &config)
{
    m_editing = true;
    m_submitError->hide();
    m_message->hide();
    m_preset->setEnabled(false);
    retranslate();
    setDocument(name, config);
    loadPlugins();
}

void ConnectorForm::setDocument(const QString &name, const config::Properties &config)
{
    m_config = config;
    m_nameInConfig = config.contains(kName);
    m_name = name.isEmpty() ? config.value(kName) : name;
    m_jsonDirty = m_propertiesDirty = false;
    updatePluginChoice();
    refreshFieldValues();
    if (m_currentTab != 0)
        renderText(static_cast<View>(m_currentTab));
    m_debounce->stop();
    validateNow();
}

void ConnectorForm::setConfigValue(const QString &key, const std::optional<QString> &value)
{
    if (key == kName) {
        m_name = value.value_or(QString());
        if (m_nameInConfig)
            m_config.set(kName, m_name);
    } else if (value) {
        m_config.set(key, *value);
    } else {
        m_config.remove(key);
    }
    configChanged();
}

void ConnectorForm::configChanged()
{
    m_submitError->hide();
    applyValidation(m_validation); // keys added or removed get or lose their rows at once
    refreshFieldValues();
    scheduleValidation();
}

void ConnectorForm::scheduleValidation()
{
    m_debounce->start();
}

void ConnectorForm::validateNow()
{
    m_debounce->stop();
    const QString connectorClass = m_config.value(kConnectorClass);
    const quint64 generation = ++m_generation;
    if (connectorClass.isEmpty()) {
        m_validating = false;
        m_validationError = tr("Choose a connector plugin (connector.class) to see its settings.");
        applyValidation(m_validation);
        Q_EMIT validated();
        return;
    }
    config::Properties body = m_config;
    if (!body.contains(kName))
        body.set(kName, m_name);
    m_validating = true;
    m_client->validate(connectorClass, body,
        [self = QPointer<ConnectorForm>(this), generation](const Result<ConfigInfos> &r) {
            if (!self || generation != self->m_generation)
                return; // a newer validation is on its way
            self->m_validating = false;
            if (r.ok()) {
                self->m_validationError.clear();
                self->m_hasValidation = true;
                self->applyValidation(*r.value);
            } else {
                self->m_validationError = r.error->toString();
                self->applyValidation(self->m_validation);
            }
            Q_EMIT self->validated();
        });
}

void ConnectorForm::applyValidation(const ConfigInfos &infos)
{
    m_validation = infos;
    m_secretKeys.clear();
    QStringList structure;
    for (const ConfigInfo &info : infos.configs) {
        if (!info.definition)
            continue;
        const ConfigKeyInfo &d = *info.definition;
        if (d.type == u"PASSWORD")
            m_secretKeys.insert(d.name);
        const bool choices = info.value && !info.value->recommendedValues.isEmpty();
        structure.append(d.name + QLatin1Char('|') + d.group + QLatin1Char('|') + d.type + QLatin1Char('|')
            + (choices ? QLatin1Char('c') : QLatin1Char('-')));
    }
    // Keys the plugin does not define get rows of their own.
    QSet<QString> defined;
    for (const ConfigInfo &info : infos.configs)
        if (info.definition)
            defined.insert(info.definition->name);
    for (const auto &[key, value] : m_config.entries())
        if (!defined.contains(key))
            structure.append(QStringLiteral("extra|") + key);
    const QString signature = structure.join(QLatin1Char('\n'));
    if (signature != m_structure) {
        m_structure = signature;
        rebuildFields();
    }

    QStringList orphanErrors;
    for (const ConfigInfo &info : infos.configs) {
        if (!info.value)
            continue;
        for (const QString &e : info.value->errors)
            orphanErrors.append(info.value->name + QStringLiteral(": ") + e);
        ConfigField *field = m_fields.value(info.value->name);
        if (!field || !info.definition)
            continue;
        field->setErrors(info.value->errors);
        if (!info.value->recommendedValues.isEmpty())
            field->setRecommended(info.value->recommendedValues);
        field->setFieldVisible(info.value->visible || !info.value->errors.isEmpty());
    }

    QString summary;
    bool valid = false;
    if (!m_validationError.isEmpty()) {
        summary = m_validationError;
    } else if (!m_hasValidation) {
        summary = tr("Validating…");
        valid = true;
    } else if (infos.errorCount == 0) {
        summary = tr("The worker accepts this configuration.");
        valid = true;
    } else {
        // Each error with its key, as the worker wrote it; the fields show them again in place.
        summary = tr("%n error(s), also shown beside their fields:", nullptr, infos.errorCount);
        constexpr int kShown = 6;
        summary += QLatin1Char('\n') + orphanErrors.mid(0, kShown).join(QLatin1Char('\n'));
        if (orphanErrors.size() > kShown)
            summary += QLatin1Char('\n') + tr("… and %n more.", nullptr, int(orphanErrors.size() - kShown));
    }
    m_validationSummary->setText(summary);
    m_validationSummary->setProperty("valid", valid);
    m_validationSummary->style()->unpolish(m_validationSummary);
    m_validationSummary->style()->polish(m_validationSummary);
}

void ConnectorForm::rebuildFields()
{
    // Keep the user's place: the focused key and its cursor.
    QString focusedKey;
    int cursor = -1;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QWidget *editor = it.value()->editor();
        if (editor->hasFocus() || editor->isAncestorOf(QApplication::focusWidget())) {
            focusedKey = it.key();
            if (auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
                cursor = line->cursorPosition();
        }
    }

    m_fields.clear();
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("formPage"));
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(4, 0, 16, 8);
    // One form for every group, so the labels of all groups line up; each group opens with a heading.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(8);
    outer->addLayout(form);
    outer->addStretch(1);
    auto addHeading = [&](const QString &objectName, const QString &text, bool data) {
        auto *heading = new QLabel(text, page);
        heading->setObjectName(objectName);
        heading->setProperty("formGroup", true);
        heading->setProperty("dataText", data);
        form->addRow(heading);
    };

    // Definitions by group: the answer's group order, then groups it did not list, then keys without
    // a group; within a group by "order", then as the worker listed them.
    QStringList groups = m_validation.groups;
    QHash<QString, QList<const ConfigInfo *>> byGroup;
    for (const ConfigInfo &info : m_validation.configs) {
        if (!info.definition)
            continue;
        const QString group = info.definition->group;
        if (!groups.contains(group))
            groups.append(group);
        byGroup[group].append(&info);
    }
    if (groups.removeAll(QString()) > 0)
        groups.append(QString());
    for (const QString &group : std::as_const(groups)) {
        QList<const ConfigInfo *> infos = byGroup.value(group);
        if (infos.isEmpty())
            continue;
        std::stable_sort(infos.begin(), infos.end(), [](const ConfigInfo *a, const ConfigInfo *b) {
            return a->definition->orderInGroup < b->definition->orderInGroup;
        });
        // Group names come from the plugin (upstream's English), like its display names.
        addHeading(QStringLiteral("group:") + group, group.isEmpty() ? tr("Other settings") : group,
            !group.isEmpty());
        for (const ConfigInfo *info : std::as_const(infos)) {
            const QStringList recommended = info->value ? info->value->recommendedValues : QStringList();
            auto *field = new ConfigField(*info->definition, recommended, page);
            // One width for every label: a wrapped display name then gets the height it needs (with a
            // range, the form measured the label wider than it was laid out and cut its second line).
            field->label()->setFixedWidth(260);
            m_fields.insert(field->key(), field);
            form->addRow(field->label(), field);
            connect(field, &ConfigField::edited, this, &ConnectorForm::setConfigValue);
        }
    }

    // Keys of the config that the plugin does not define (or all of them before the first answer).
    QList<QString> extra;
    for (const auto &[key, value] : m_config.entries())
        if (!m_fields.contains(key))
            extra.append(key);
    if (!extra.isEmpty()) {
        addHeading(QStringLiteral("group:extra"),
            m_hasValidation ? tr("Keys the plugin does not define") : tr("Configuration"), false);
        for (const QString &key : extra) {
            auto *edit = new QLineEdit(m_config.value(key), page);
            edit->setObjectName(QStringLiteral("extra:") + key);
            if (looksLikeSecretKey(key))
                edit->setEchoMode(QLineEdit::Password);
            auto *label = new QLabel(key, page);
            label->setProperty("dataText", true);
            form->addRow(label, edit);
            connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) {
                m_config.set(key, text);
                configChanged();
            });
        }
    }

    QWidget *old = m_scroll->takeWidget();
    m_scroll->setWidget(page);
    m_formPage = page;
    if (old)
        old->deleteLater();
    refreshFieldValues();

    if (ConfigField *field = m_fields.value(focusedKey)) {
        field->editor()->setFocus();
        auto *line = qobject_cast<QLineEdit *>(field->editor());
        if (!line)
            if (auto *combo = qobject_cast<QComboBox *>(field->editor()))
                line = combo->lineEdit();
        if (line && cursor >= 0)
            line->setCursorPosition(cursor);
    }
}

void ConnectorForm::refreshFieldValues()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.key() == kName) {
            it.value()->setValue(m_name.isEmpty() ? std::nullopt : std::optional<QString>(m_name));
            it.value()->editor()->setEnabled(!m_editing); // an existing connector keeps its name
        } else
            it.value()->setValue(m_config.find(it.key()));
    }
}

void ConnectorForm::updatePluginChoice()
{
    const QString configured = m_config.value(kConnectorClass);
    const QSignalBlocker block(m_plugin);
    int found = configured.isEmpty() ? 0 : -1;
    for (int i = 1; i < m_plugin->count() && found < 0; ++i)
        if (sameConnectorClass(m_plugin->itemData(i).toString(), configured))
            found = i;
    if (found < 0 && m_plugin->count() > 0) {
        // A class the worker did not list: show it as configured (validation will say why).
        m_plugin->addItem(configured, configured);
        found = m_plugin->count() - 1;
    }
    if (found >= 0)
        m_plugin->setCurrentIndex(found);
}

void ConnectorForm::pluginChosen(int index)
{
    const QString chosen = m_plugin->itemData(index).toString();
    if (chosen.isEmpty() || sameConnectorClass(chosen, m_config.value(kConnectorClass)))
        return;
    if (m_config.contains(kConnectorClass)) {
        m_config.set(kConnectorClass, chosen);
    } else {
        config::Properties reordered { { kConnectorClass, chosen } };
        for (const auto &[key, value] : m_config.entries())
            reordered.set(key, value);
        m_config = reordered;
    }
    configChanged();
    validateNow();
}

QString ConnectorForm::jsonText() const
{
    return QString::fromUtf8(createRequestJson(m_name, m_config, true)) + QLatin1Char('\n');
}

QString ConnectorForm::propertiesText() const
{
    if (m_nameInConfig || m_name.isEmpty())
        return connectclient::propertiesText(m_config);
    // The name leads, as in a connect-standalone connector file.
    config::Properties withName { { kName, m_name } };
    for (const auto &[key, value] : m_config.entries())
        withName.set(key, value);
    return connectclient::propertiesText(withName);
}

void ConnectorForm::renderText(View view)
{
    if (view == View::Json) {
        m_json->setPlainText(jsonText());
        m_jsonDirty = false;
    } else if (view == View::Properties) {
        m_properties->setPlainText(propertiesText());
        m_propertiesDirty = false;
    }
}

ConnectorForm::View ConnectorForm::currentView() const
{
    return static_cast<View>(m_tabs->currentIndex());
}

bool ConnectorForm::setView(View view)
{
    m_tabs->setCurrentIndex(static_cast<int>(view));
    return currentView() == view;
}

bool ConnectorForm::syncFromText()
{
    const View view = static_cast<View>(m_currentTab);
    ParsedDocument parsed;
    bool nameInConfig = false;
    if (view == View::Json && m_jsonDirty) {
        parsed = parseConnectorJson(m_json->toPlainText().toUtf8());
        if (parsed.document)
            nameInConfig = parsed.document->config.contains(kName);
    } else if (view == View::Properties && m_propertiesDirty) {
        parsed = parsePropertiesText(m_properties->toPlainText());
        if (parsed.document) {
            config::Properties &props = parsed.document->config;
            // The name line this view added in front stays out of the config.
            if (!m_nameInConfig && !props.isEmpty() && props.entries().first().first == kName)
                props.remove(kName);
            nameInConfig = props.contains(kName);
        }
    } else {
        return true;
    }
    if (!parsed.document) {
        showMessage(parsed.error, true);
        return false;
    }
    if (m_editing && !parsed.document->name.isEmpty() && parsed.document->name != m_name) {
        showMessage(tr("The name of an existing connector cannot change (%1).").arg(m_name), true);
        return false;
    }
    m_message->hide();
    m_config = parsed.document->config;
    m_nameInConfig = nameInConfig;
    if (!m_editing)
        m_name = parsed.document->name;
    m_jsonDirty = m_propertiesDirty = false;
    updatePluginChoice();
    configChanged();
    return true;
}

bool ConnectorForm::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const ParsedDocument parsed = parseConnectorFile(file.readAll());
    if (!parsed.document) {
        if (error)
            *error = tr("%1: %2").arg(QFileInfo(path).fileName(), parsed.error);
        return false;
    }
    const QString name = m_editing ? m_name : parsed.document->name;
    setDocument(name, parsed.document->config);
    return true;
}

bool ConnectorForm::exportFile(const QString &path, QString *error) const
{
    const bool properties = path.endsWith(QLatin1String(".properties"), Qt::CaseInsensitive);
    const QByteArray bytes = properties ? propertiesText().toLatin1() : jsonText().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ConnectorForm::importClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a connector configuration"), QString(),
        tr("Connector configs (*.json *.properties);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (importFile(path, &error))
        showMessage(tr("Imported %1.").arg(QFileInfo(path).fileName()), false);
    else
        showMessage(error, true);
}

void ConnectorForm::exportClicked()
{
    if (!syncFromText())
        return;
    const QString suggested
        = (m_name.isEmpty() ? QStringLiteral("connector") : m_name) + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the connector configuration"),
        suggested, tr("JSON (*.json);;Properties (*.properties)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportFile(path, &error))
        showMessage(
            tr("Saved %1. It contains the passwords as they are.").arg(QFileInfo(path).fileName()), false);
    else
        showMessage(error, true);
}

QString ConnectorForm::curlCommand(bool revealSecrets) const
{
    CurlRequest request;
    if (m_editing) {
        request.method = "PUT";
        request.url = m_client->urlFor(QStringLiteral("/connectors/%1/config")
                                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_name))));
        request.createRequest = false;
    } else {
        request.method = "POST";
        request.url = m_client->urlFor(QStringLiteral("/connectors"));
    }
    request.document = { m_name, m_config };
    request.user = m_client->user();
    request.password = m_client->password();
    return connectclient::curlCommand(request, m_secretKeys, revealSecrets);
}

void ConnectorForm::copyCurl()
{
    if (!syncFromText())
        return;
    const bool reveal = m_revealSecrets->isChecked();
    QApplication::clipboard()->setText(curlCommand(reveal));
    showMessage(reveal ? tr("The curl command is on the clipboard, passwords included.")
                       : tr("The curl command is on the clipboard, passwords masked."),
        false);
}

void ConnectorForm::submit()
{
    if (m_submitting || !syncFromText())
        return;
    if (m_name.trimmed().isEmpty()) {
        showMessage(tr("Give the connector a name."), true);
        return;
    }
    m_submitting = true;
    m_submit->setEnabled(false);
    m_submitError->hide();
    showMessage(m_editing ? tr("Updating %1…").arg(m_name) : tr("Creating %1…").arg(m_name), false);
    const QString name = m_name;
    auto done = [self = QPointer<ConnectorForm>(this), name](const std::optional<RestError> &error) {
        if (!self)
            return;
        self->m_submitting = false;
        self->m_submit->setEnabled(true);
        if (error) {
            self->m_message->hide();
            // The worker's message exactly as it wrote it, under one line saying who answered what.
            const QString head = error->isNetworkError() ? tr("The request failed:")
                : error->errorCode                       ? tr("The worker answered HTTP %1 (error_code %2):")
                                         .arg(error->httpStatus)
                                         .arg(*error->errorCode)
                                   : tr("The worker answered HTTP %1:").arg(error->httpStatus);
            self->m_submitError->setText(head + QLatin1Char('\n') + error->message);
            self->m_submitError->setProperty("message", error->message);
            self->m_submitError->show();
            return;
        }
        self->showMessage(tr("Saved %1.").arg(name), false);
        Q_EMIT self->submitted(name);
    };
    if (m_editing)
        m_client->putConnectorConfig(name, m_config, [done](const Result<PutResult> &r) { done(r.error); });
    else
        m_client->createConnector(name, m_config, [done](const Result<ConnectorInfo> &r) { done(r.error); });
}

QString ConnectorForm::submitError() const
{
    return m_submitError->isHidden() ? QString() : m_submitError->property("message").toString();
}

void ConnectorForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setProperty("caption", !error);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setVisible(!text.isEmpty());
}

} // namespace cs::ui
