// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/element.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Inspector {

/**
 * The raw console: stanzas typed or pasted by the user, checked for well-formedness as they
 * are typed (by the stream parser, in the stream's content namespace) and sent through the
 * session, which writes them with the XML writer. Sending is possible only while the session
 * has an authenticated stream open (for a client session: while it stays online).
 */
class ConsolePane : public QWidget
{
    Q_OBJECT
public:
    using Sender = std::function<bool(const QVector<ElementPtr> &, QString *)>;

    explicit ConsolePane(QWidget *parent = nullptr);

    /// Attaches a session: its content namespace, whether it can send now, and how.
    void attach(const QString &contentNamespace, std::function<bool()> canSend, Sender send);
    void detach();
    /// Re-evaluates the send button (the session's state changed).
    void refresh();
    /// Sends what is typed; false with the reason shown when it cannot.
    bool sendText();

private:
    bool check(QVector<ElementPtr> *elements, QString *problem) const;

    QPlainTextEdit *m_edit;
    QPushButton *m_send;
    QLabel *m_status;
    QString m_namespace;
    std::function<bool()> m_canSend;
    Sender m_sender;
    bool m_ended = false; // a session was attached and has ended
};

} // namespace Inspector
