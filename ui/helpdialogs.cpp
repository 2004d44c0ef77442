// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialogs.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSslSocket>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Inspector {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About XMPP Inspector"));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setWordWrap(true);
    m_text->setText(text());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::text()
{
    const QString ssl = QSslSocket::sslLibraryVersionString();
    return tr("<h2>XMPP Inspector %1</h2>"
              "<p>Opens real XMPP sessions, server-to-server and client-to-server, and shows "
              "what crosses the wire: the decrypted XML stream, every connection's phases, "
              "the features, TLS, certificate and DNS facts, and the authentication result.</p>"
              "<p>Qt %2 (built with %3)<br>TLS: %4 through Qt's %5 backend</p>"
              "<p>XMPP Inspector is free software under the GNU General Public License, "
              "version 3 or later (GPL-3.0-or-later), with no warranty.<br>"
              "It uses Qt (LGPL-3.0), OpenSSL (Apache-2.0) and libunbound (BSD-3-Clause).</p>")
        .arg(QStringLiteral(INSPECTOR_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), ssl.isEmpty() ? tr("no TLS library") : ssl,
             QSslSocket::activeBackend());
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("XMPP Inspector Guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString GuideDialog::html()
{
    return tr("<h2>XMPP Inspector</h2>"
              "<p>Each session is a tab. Side by side it shows the <b>stream</b> (every element, "
              "stream header, keepalive, phase and fact as a row) with the <b>detail</b> of the "
              "selected event below it, the <b>phase timeline</b> (one row per connection, each "
              "phase a bar as long as it took, the slowest in amber), the <b>sequence "
              "diagram</b> with one lane per party, the <b>features</b> of every stream and the "
              "<b>outcome</b>. Selecting an event in one pane selects it in the others. "
              "<b>View → Reset layout</b> gives every pane its default size back.</p>") +
           tr("<h3>Starting a session</h3>"
              "<ul><li><b>Session → Built-in lab</b> (Ctrl+L) runs a complete federation on this "
              "machine between roles of this tool: no server needed. Its variants show what goes "
              "wrong with a wrong dialback key, SASL EXTERNAL, TLS required but not offered, or a "
              "certificate for the wrong name.</li>"
              "<li><b>Session → New session…</b> (Ctrl+N) opens a server-to-server session "
              "(your domain, the remote domain; optionally a host and port, TLS mode, dialback or "
              "SASL EXTERNAL, ping, disco and software version) or logs in as a user on the "
              "<i>Client</i> tab (SCRAM, roster, a message, a ping across federation). The forms "
              "offer every option of the command line and open as the last session left them, "
              "secrets excepted.</li>"
              "<li><b>Session → Run again</b> (Ctrl+R) starts the current tab's session again in "
              "a new tab; <b>Session → Edit and run again…</b> (Ctrl+Shift+R) opens it in the "
              "new-session form first, to change it.</li></ul>") +
           tr("<h3>Reading the stream</h3>"
              "<p>Filter by text, connection and kind. The detail pane heads the selected event "
              "with its time, connection, direction and kind, and shows it as XML or in "
              "sentences, with an explanation of what it does in the protocol and its "
              "specification; its exact bytes and recorded data are in their own tabs.</p>"
              "<h3>The outcome and findings</h3>"
              "<p>The outcome says whether the session succeeded, succeeded with problems or "
              "failed, then gives the dialback and SASL verdicts, TLS and the certificate chain, "
              "the ping round trip and every connection. Each <b>finding</b> unfolds to what it "
              "means, what to do, the specification it comes from and its code (for example "
              "TLS-IDENTITY-MISMATCH or DIALBACK-INVALID).</p>") +
           tr("<h3>Transcripts and replay</h3>"
              "<p><b>File → Save transcript</b> writes the whole session to a <tt>.xitrace</tt> "
              "file; dialback keys and SASL payloads are replaced by <tt>[redacted:LENGTH]</tt>. "
              "Opening one replays the session: step, play slowly or fast, seek, and "
              "<b>Narrate</b> to show each step's element, explanation and specification in large "
              "type; every pane shows the state at the cursor. <b>File → Export</b> writes an HTML "
              "report, Markdown, text or JSON; <b>File → Compare</b> lists what differs between "
              "two sessions.</p>"
              "<h3>Command line</h3>"
              "<p><tt>xmpp-inspector-cli</tt> runs the same engine without a display and prints "
              "JSON: <tt>s2s</tt>, <tt>c2s</tt>, <tt>dns</tt>, <tt>listen</tt>, <tt>lab</tt>, "
              "<tt>show</tt>, <tt>export</tt> and <tt>diff</tt>. See <tt>man "
              "xmpp-inspector-cli</tt>.</p>") +
           tr("<h3>Keyboard</h3>"
              "<table>"
              "<tr><td>Ctrl+F, F3, Shift+F3</td><td>find in the stream, next, previous</td></tr>"
              "<tr><td>Ctrl+Shift+F, Ctrl+Shift+L</td><td>filter the stream, clear the "
              "filter</td></tr>"
              "<tr><td>Tab, Shift+Tab</td><td>from pane to pane</td></tr>"
              "<tr><td>Ctrl+Tab, Ctrl+PgDn</td><td>next session</td></tr>"
              "<tr><td>Ctrl+Shift+Tab, Ctrl+PgUp</td><td>previous session</td></tr>"
              "<tr><td>Ctrl+R</td><td>run the session again</td></tr>"
              "<tr><td>Ctrl+Shift+R</td><td>edit the session and run it again</td></tr>"
              "<tr><td>Ctrl+Shift+C</td><td>copy the selected element</td></tr>"
              "<tr><td>Space, Left, Right, Home, End</td><td>in replay: play or pause, step "
              "back or forward, go to the start or the end</td></tr>"
              "<tr><td>Left, Right</td><td>in the phase timeline: the previous or next "
              "phase</td></tr>"
              "<tr><td>Ctrl+Plus, Ctrl+Minus, Ctrl+0</td><td>zoom the diagram, fit it</td></tr>"
              "</table>") +
           tr("<h3>Finding, certificates, console and profiles</h3>"
              "<ul><li>Type in the <i>Find</i> field and press F3 (Shift+F3 backwards) to go "
              "from one matching row to the next; Ctrl+Shift+L clears the filter.</li>"
              "<li>Double-click a certificate in the summary for all its fields; the dialog "
              "saves it, or the whole chain, as PEM.</li>"
              "<li>With <b>Stay open</b> or <b>Stay online</b> set in the session form, the "
              "<b>Console</b> tab sends stanzas you type on the authenticated stream; they are "
              "checked for well-formedness as you type.</li>"
              "<li><b>Save as profile…</b> in the new-session dialog keeps a form for later. "
              "Secrets are kept only in the system keychain, and only if you ask.</li></ul>");
}

} // namespace Inspector
