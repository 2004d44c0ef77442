// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepane.h"

#include "xml/fragment.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Inspector {

ConsolePane::ConsolePane(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("consolePane"));
    m_edit->setObjectName(QStringLiteral("consoleEdit"));
    m_send->setObjectName(QStringLiteral("consoleSendButton"));
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(tr("Type or paste stanzas, e.g. <iq type='get' id='v1'><query "
                                  "xmlns='jabber:iq:version'/></iq> — Ctrl+Return sends"));
    m_status->setWordWrap(true);
    m_send->setToolTip(tr("Send on the session's authenticated stream (Ctrl+Return)"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addLayout(row);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &ConsolePane::refresh);
    connect(m_send, &QPushButton::clicked, this, &ConsolePane::sendText);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_edit);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_send->isEnabled())
            sendText();
    });
    refresh();
}

void ConsolePane::attach(const QString &contentNamespace, std::function<bool()> canSend,
                         Sender send)
{
    m_namespace = contentNamespace;
    m_canSend = std::move(canSend);
    m_sender = std::move(send);
    refresh();
}

void ConsolePane::detach()
{
    // A session that could send has ended (stopped, failed or done): say so, not that its
    // kind cannot send.
    m_ended = m_ended || bool(m_sender);
    m_canSend = {};
    m_sender = {};
    refresh();
}

bool ConsolePane::check(QVector<ElementPtr> *elements, QString *problem) const
{
    return Fragment::parse(m_edit->toPlainText().toUtf8(), m_namespace, elements, problem);
}

void ConsolePane::refresh()
{
    const bool live = m_canSend && m_canSend();
    if (!m_sender && m_ended)
        m_status->setText(tr("The session has ended: nothing more can be sent on it. Run it "
                             "again (Ctrl+R) to open a new one."));
    else if (!m_sender)
        m_status->setText(tr("This session cannot send stanzas (S2S or client sessions only)."));
    else if (!live)
        m_status->setText(tr("Not connected: stanzas can be sent once the stream is authenticated, "
                             "while the session stays open (set “Stay open” / “Stay online”)."));
    QVector<ElementPtr> elements;
    QString problem;
    const bool wellFormed =
        !m_edit->toPlainText().trimmed().isEmpty() && check(&elements, &problem);
    if (live) {
        if (m_edit->toPlainText().trimmed().isEmpty())
            m_status->setText(tr("Ready: type stanzas to send on the authenticated stream."));
        else if (!wellFormed)
            m_status->setText(problem);
        else
            m_status->setText(
                tr("Well-formed: %n element(s) to send.", nullptr, int(elements.size())));
    }
    m_send->setEnabled(live && wellFormed);
}

bool ConsolePane::sendText()
{
    QVector<ElementPtr> elements;
    QString problem;
    if (!check(&elements, &problem) || !m_sender || !m_sender(elements, &problem)) {
        m_status->setText(problem.isEmpty() ? tr("Nothing was sent.") : problem);
        return false;
    }
    m_edit->clear();
    m_status->setText(tr("Sent %n element(s).", nullptr, int(elements.size())));
    return true;
}

} // namespace Inspector
