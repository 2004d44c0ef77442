// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsessiondialog.h"

#include "c2sform.h"
#include "lastsession.h"
#include "preferences.h"
#include "profiles.h"
#include "sessionform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Inspector {

namespace {
/// A form's options as a new one shows them.
template<typename Options> Options defaults()
{
    Options o;
    o.timeoutMs = Preferences::load().timeoutSeconds * 1000;
    return o;
}
/// A form in a scroll area that asks for the form's whole size (and room for a vertical scroll
/// bar), so that the dialog can show all of it; it scrolls only when the dialog is smaller.
class FormScroller : public QScrollArea
{
public:
    FormScroller(QWidget *form, const QString &name, QWidget *parent)
        : QScrollArea(parent)
    {
        setObjectName(name);
        setFrameShape(QFrame::NoFrame);
        setFocusPolicy(Qt::NoFocus); // Tab goes from the tabs to the form's first field
        setWidgetResizable(true);
        setWidget(form);
        // The tab's own background shows through, as around a form placed directly.
        viewport()->setAutoFillBackground(false);
        form->setAutoFillBackground(false);
    }
    QSize sizeHint() const override
    {
        return widget()->sizeHint() + QSize(verticalScrollBar()->sizeHint().width(), 0);
    }
};
} // namespace

NewSessionDialog::NewSessionDialog(QWidget *parent)
    : QDialog(parent)
    , m_kinds(new QTabWidget(this))
    , m_form(new SessionForm(this))
    , m_client(new C2sForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_profiles(new QComboBox(this))
    , m_saveProfile(new QPushButton(tr("Save as &profile…"), this))
    , m_deleteProfile(new QPushButton(tr("Delete profile"), this))
    , m_remember(new QCheckBox(tr("Remember the secret (system keychain)"), this))
    , m_profileMessage(new QLabel(this))
{
    setWindowTitle(tr("New session"));
    m_kinds->setObjectName(QStringLiteral("sessionKinds"));
    m_kinds->addTab(new FormScroller(m_form, QStringLiteral("s2sScroller"), m_kinds),
                    tr("Server to server"));
    m_kinds->addTab(new FormScroller(m_client, QStringLiteral("c2sScroller"), m_kinds),
                    tr("Client (log in as a user)"));
    m_start = m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    connect(m_form, &SessionForm::validityChanged, this, &NewSessionDialog::updateStart);
    connect(m_client, &C2sForm::validityChanged, this, &NewSessionDialog::updateStart);
    connect(m_kinds, &QTabWidget::currentChanged, this, &NewSessionDialog::updateStart);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_profiles->setObjectName(QStringLiteral("profileCombo"));
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileButton"));
    m_remember->setObjectName(QStringLiteral("rememberSecretCheck"));
    m_remember->setToolTip(tr("The dialback secret or the password is stored only in the system "
                              "keychain, never in the settings; without a keychain it is not "
                              "stored at all."));
    m_profileMessage->setObjectName(QStringLiteral("profileMessage"));
    m_profileMessage->setWordWrap(true);
    auto *profileBar = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("Pro&file:"), this);
    profileLabel->setBuddy(m_profiles);
    profileBar->addWidget(profileLabel);
    profileBar->addWidget(m_profiles, 1);
    profileBar->addWidget(m_saveProfile);
    profileBar->addWidget(m_deleteProfile);
    connect(m_profiles, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            loadProfile(m_profiles->itemText(i));
        m_deleteProfile->setEnabled(i > 0);
    });
    connect(m_saveProfile, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(
                this, tr("Save profile"), tr("Profile name:"), QLineEdit::Normal,
                m_profiles->currentIndex() > 0 ? m_profiles->currentText() : QString(), &ok)
                .trimmed();
        if (!ok || name.isEmpty())
            return;
        if (Profiles::exists(name) &&
            QMessageBox::question(this, tr("Save profile"),
                                  tr("Replace the profile “%1”?").arg(name)) != QMessageBox::Yes)
            return;
        saveProfile(name);
    });
    connect(m_deleteProfile, &QPushButton::clicked, this, [this] {
        if (m_profiles->currentIndex() > 0)
            deleteProfile(m_profiles->currentText());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileBar);
    layout->addWidget(m_remember);
    layout->addWidget(m_profileMessage);
    layout->addWidget(m_kinds);
    layout->addWidget(m_buttons);
    refreshProfiles();
    showLastSessions();
    updateStart();
    // As large as the forms where the screen allows (room left for the window's frame and a
    // panel); they scroll where it does not (a small screen, 2x scale).
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(sizeHint().boundedTo(screen->availableGeometry().size() - QSize(40, 80)));
}

void NewSessionDialog::showLastSessions()
{
    S2sOptions lastS2s;
    if (LastSession::load(&lastS2s))
        m_form->setOptions(lastS2s);
    C2sOptions lastC2s;
    if (LastSession::load(&lastC2s))
        m_client->setOptions(lastC2s);
    setKind(LastSession::kind() == QLatin1String("c2s") ? Kind::Client : Kind::ServerToServer);
}

void NewSessionDialog::refreshProfiles(const QString &current)
{
    m_profiles->clear();
    m_profiles->addItem(tr("— none —"));
    m_profiles->addItems(Profiles::names());
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findText(current)));
    m_deleteProfile->setEnabled(m_profiles->currentIndex() > 0);
}

QWidget *NewSessionDialog::currentForm() const
{
    return kind() == Kind::Client ? static_cast<QWidget *>(m_client) : m_form;
}

void NewSessionDialog::setProfileMessage(const QString &message)
{
    m_profileMessage->setText(message);
}

QString NewSessionDialog::profileMessage() const
{
    return m_profileMessage->text();
}

bool NewSessionDialog::saveProfile(const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    QWidget *form = currentForm();
    const QString kindName = kind() == Kind::Client ? QStringLiteral("c2s") : QStringLiteral("s2s");
    const auto *secretEdit = qobject_cast<QLineEdit *>(Profiles::secretField(form));
    const QString secret = secretEdit ? secretEdit->text() : QString();
    const bool keep = m_remember->isChecked() && !secret.isEmpty();
    // The settings never hold the secret; the keychain flag is set once the keychain has it.
    Profiles::save(name, kindName, Profiles::capture(form), false);
    refreshProfiles(name);
    if (!keep) {
        Secrets::remove(name);
        setProfileMessage(secret.isEmpty() || !m_remember->isChecked()
                              ? tr("Profile “%1” saved, without its secret.").arg(name)
                              : tr("Profile “%1” saved.").arg(name));
        return true;
    }
    setProfileMessage(tr("Profile “%1” saved; storing its secret in the keychain…").arg(name));
    const QVariantMap fields = Profiles::capture(form);
    Secrets::write(name, secret, this, [this, name, kindName, fields](const QString &error) {
        if (error.isEmpty()) {
            Profiles::save(name, kindName, fields, true);
            setProfileMessage(
                tr("Profile “%1” saved; its secret is in the system keychain.").arg(name));
        } else {
            setProfileMessage(tr("Profile “%1” saved without its secret: no system keychain could "
                                 "store it (%2). The secret was not stored anywhere.")
                                  .arg(name, error));
        }
    });
    return true;
}

bool NewSessionDialog::loadProfile(const QString &name)
{
    QString kindName;
    QVariantMap fields;
    bool secretInKeychain = false;
    if (!Profiles::load(name, &kindName, &fields, &secretInKeychain)) {
        setProfileMessage(tr("There is no profile “%1”.").arg(name));
        return false;
    }
    setKind(kindName == QLatin1String("c2s") ? Kind::Client : Kind::ServerToServer);
    // What the profile does not hold starts as in a new form, not as the form was left (a
    // resolve entry of the last session would send the profile's session elsewhere).
    if (kind() == Kind::Client)
        m_client->setOptions(defaults<C2sOptions>());
    else
        m_form->setOptions(defaults<S2sOptions>());
    QWidget *form = currentForm();
    Profiles::apply(form, fields);
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findText(name)));
    m_deleteProfile->setEnabled(m_profiles->currentIndex() > 0);
    m_remember->setChecked(secretInKeychain);
    if (!secretInKeychain) {
        setProfileMessage(tr("Profile “%1” loaded.").arg(name));
        return true;
    }
    setProfileMessage(tr("Profile “%1” loaded; reading its secret from the keychain…").arg(name));
    QPointer<QWidget> secretField = Profiles::secretField(form);
    Secrets::read(
        name, this, [this, name, secretField](const QString &secret, const QString &error) {
            if (!error.isEmpty()) {
                setProfileMessage(tr("Profile “%1” loaded; its secret could not be read from the "
                                     "keychain (%2).")
                                      .arg(name, error));
                return;
            }
            if (auto *e = qobject_cast<QLineEdit *>(secretField.data()))
                e->setText(secret);
            setProfileMessage(
                tr("Profile “%1” loaded, with its secret from the keychain.").arg(name));
        });
    return true;
}

void NewSessionDialog::deleteProfile(const QString &name)
{
    Profiles::remove(name);
    Secrets::remove(name);
    refreshProfiles();
    setProfileMessage(tr("Profile “%1” deleted.").arg(name));
}

void NewSessionDialog::updateStart()
{
    m_start->setEnabled(kind() == Kind::ServerToServer ? m_form->isValid() : m_client->isValid());
}

NewSessionDialog::Kind NewSessionDialog::kind() const
{
    return m_kinds->currentIndex() == 1 ? Kind::Client : Kind::ServerToServer;
}

void NewSessionDialog::setKind(Kind kind)
{
    m_kinds->setCurrentIndex(kind == Kind::Client ? 1 : 0);
}

S2sOptions NewSessionDialog::options() const
{
    return m_form->options();
}

C2sOptions NewSessionDialog::clientOptions() const
{
    return m_client->options();
}

Specification NewSessionDialog::specification() const
{
    if (kind() == Kind::Client)
        return clientOptions();
    return options();
}

void NewSessionDialog::setSpecification(const Specification &spec)
{
    if (const auto *s = std::get_if<S2sOptions>(&spec)) {
        setKind(Kind::ServerToServer);
        m_form->setOptions(*s);
    } else if (const auto *c = std::get_if<C2sOptions>(&spec)) {
        setKind(Kind::Client);
        m_client->setOptions(*c);
    }
}

bool NewSessionDialog::canEdit(const Specification &spec)
{
    return std::holds_alternative<S2sOptions>(spec) || std::holds_alternative<C2sOptions>(spec);
}

void NewSessionDialog::accept()
{
    // A file named in the form may have changed since the form last read it.
    if (kind() == Kind::Client)
        m_client->validate();
    else
        m_form->validate();
    updateStart();
    if (!m_start->isEnabled())
        return; // Enter in a field of a form that cannot start (now)
    m_accepted = specification();
    LastSession::save(m_accepted);
    QDialog::accept();
}

} // namespace Inspector
