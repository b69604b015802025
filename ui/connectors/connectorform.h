#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "connectclient/configtext.h"
#include "connectclient/restentities.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTimer;
class QVBoxLayout;

namespace cs::connectclient {
class ConnectClient;
}

namespace cs::ui {

class ConfigField;

// The new/edit connector form. The fields are generated from the plugin's answer to
// PUT /connector-plugins/{type}/config/validate (groups, display names, types, defaults, required
// marks, documentation, recommended values, PASSWORD masked) and the config is revalidated (debounced)
// as the user types, each error shown under its field. The config itself — name plus an ordered
// string map — is the one model behind three views: the form, the JSON of the create request and
// the .properties text, so switching between them loses nothing. Presets, import/export of a config
// file and "Copy as curl" work on the same model; create/update errors are shown as the worker wrote
// them. Talks to Connect only through the ConnectClient it is given (asynchronous); GUI thread only.
class ConnectorForm final : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        Form,
        Json,
        Properties
    };

    explicit ConnectorForm(connectclient::ConnectClient *client, QWidget *parent = nullptr);
    ~ConnectorForm() override;

    // Starts a new connector (empty, or from a document such as a preset or an imported file).
    void newConnector(const connectclient::ConnectorDocument &document = {});
    // Edits an existing connector: the name is fixed, the button updates (PUT .../config).
    void editConnector(const QString &name, const config::Properties &config);
    bool isEditing() const { return m_editing; }
    // The lab's JDBC URLs (source database, then target) for the SQLite presets.
    void setLabDatabases(const QStringList &jdbcUrls) { m_labDatabases = jdbcUrls; }

    // The model. Reading it takes a pending edit of the JSON/properties text into account only after
    // a successful syncFromText().
    QString connectorName() const { return m_name; }
    config::Properties config() const { return m_config; }
    // The create request as JSON, or the .properties text, of the current model.
    QString jsonText() const;
    QString propertiesText() const;

    View currentView() const;
    // Switches views; returns false (and shows why) when the text being left does not parse.
    bool setView(View view);
    // Applies the JSON or properties text being edited to the model; false with the error shown.
    bool syncFromText();

    bool importFile(const QString &path, QString *error = nullptr);
    bool exportFile(const QString &path, QString *error = nullptr) const; // .properties by suffix, else JSON
    // What "Copy as curl" puts on the clipboard.
    QString curlCommand(bool revealSecrets) const;
    // Keys the plugin declares as PASSWORD (from the last validate answer).
    QSet<QString> secretKeys() const { return m_secretKeys; }

    // The generated field of `key`, if the form shows one.
    ConfigField *field(const QString &key) const { return m_fields.value(key); }
    const connectclient::ConfigInfos &lastValidation() const { return m_validation; }
    bool hasValidation() const { return m_hasValidation; }
    int validationsInFlight() const { return m_validating ? 1 : 0; }
    // The last create/update error as shown (the worker's message verbatim after its status line).
    QString submitError() const;

public Q_SLOTS:
    void validateNow();
    void submit(); // create or update
    void copyCurl();

Q_SIGNALS:
    void submitted(const QString &name); // created or updated successfully
    void cancelled();
    void validated(); // a validate answer (or its error) has been applied

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildUi();
    void loadPlugins();
    void fillPresets();
    void applyPreset(int index);
    void setDocument(const QString &name, const config::Properties &config);
    void setConfigValue(const QString &key, const std::optional<QString> &value);
    void configChanged(); // the model changed: refresh widgets that show it, schedule validation
    void scheduleValidation();
    void applyValidation(const connectclient::ConfigInfos &infos);
    void rebuildFields();
    void refreshFieldValues();
    void updatePluginChoice();
    void pluginChosen(int index);
    void showMessage(const QString &text, bool error);
    void renderText(View view);
    void importClicked();
    void exportClicked();

    connectclient::ConnectClient *m_client;
    QString m_name;
    config::Properties m_config;
    bool m_nameInConfig = false; // the model's config carries "name" itself
    bool m_editing = false;
    QStringList m_labDatabases;
    QList<connectclient::PluginInfo> m_plugins;

    connectclient::ConfigInfos m_validation;
    bool m_hasValidation = false;
    QString m_validationError;
    QString m_structure; // what the fields were built from (keys, groups, types)
    QSet<QString> m_secretKeys;
    QHash<QString, ConfigField *> m_fields;
    quint64 m_generation = 0; // drops answers of superseded validations
    bool m_validating = false;
    bool m_submitting = false;
    QTimer *m_debounce;

    QComboBox *m_plugin;
    QLabel *m_pluginLabel;
    QComboBox *m_preset;
    QLabel *m_presetLabel;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_curl;
    QCheckBox *m_revealSecrets;
    QTabWidget *m_tabs;
    QScrollArea *m_scroll;
    QWidget *m_formPage = nullptr; // rebuilt by rebuildFields()
    QLabel *m_validationSummary;
    QPlainTextEdit *m_json;
    QPlainTextEdit *m_properties;
    bool m_jsonDirty = false;
    bool m_propertiesDirty = false;
    int m_currentTab = 0;
    QLabel *m_message;
    QLabel *m_submitError;
    QPushButton *m_cancel;
    QPushButton *m_submit;
};

} // namespace cs::ui
