#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QWidget>

#include "connectclient/restentities.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace cs::ui {

// One field of a generated connector form, made from the ConfigKeyInfo a validate answer gave: the
// label (display name, a required mark, the documentation as tooltip), an editor chosen by the type
// (BOOLEAN a choice of default/true/false, recommended values a choice that also takes free text,
// PASSWORD masked, everything else a line), and the key's errors under the editor. An empty editor
// means "not set" (the default applies). GUI thread only.
class ConfigField final : public QWidget
{
    Q_OBJECT

public:
    ConfigField(const connectclient::ConfigKeyInfo &definition, const QStringList &recommended,
        QWidget *parent = nullptr);

    QString key() const { return m_definition.name; }
    const connectclient::ConfigKeyInfo &definition() const { return m_definition; }
    bool isPassword() const { return m_definition.type == u"PASSWORD"; }
    QLabel *label() const { return m_label; } // the form places it
    QWidget *editor() const { return m_editor; }

    // Shows a value without emitting edited().
    void setValue(const std::optional<QString> &value);
    std::optional<QString> value() const;
    void setRecommended(const QStringList &values);
    void setErrors(const QStringList &errors);
    QStringList errors() const { return m_errors; }
    void setFieldVisible(bool visible);
    void retranslate();

Q_SIGNALS:
    void edited(const QString &key, const std::optional<QString> &value); // nullopt = unset

private:
    void emitEdited();

    connectclient::ConfigKeyInfo m_definition;
    QLabel *m_label;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr; // line and password editors
    QComboBox *m_combo = nullptr; // BOOLEAN and recommended values
    QLabel *m_error;
    QStringList m_errors;
    QStringList m_recommended;
    bool m_updating = false;
};

} // namespace cs::ui
