// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inspector::Ns {

inline const QString Streams = QStringLiteral("http://etherx.jabber.org/streams");
inline const QString Xml = QStringLiteral("http://www.w3.org/XML/1998/namespace");
inline const QString Server = QStringLiteral("jabber:server");
inline const QString Client = QStringLiteral("jabber:client");
/// RFC 7395 §3.3.2: the <open/> and <close/> of a stream over WebSocket.
inline const QString Framing = QStringLiteral("urn:ietf:params:xml:ns:xmpp-framing");
/// XEP-0124 §6: the <body/> wrapper of BOSH; XEP-0206: its XMPP attributes (version, restart).
inline const QString HttpBind = QStringLiteral("http://jabber.org/protocol/httpbind");
inline const QString Xbosh = QStringLiteral("urn:xmpp:xbosh");
inline const QString Dialback = QStringLiteral("jabber:server:dialback");
inline const QString DialbackFeature = QStringLiteral("urn:xmpp:features:dialback");
inline const QString StreamErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
inline const QString StanzaErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
inline const QString Tls = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
inline const QString Sasl = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
inline const QString Bind = QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind");
inline const QString Session = QStringLiteral("urn:ietf:params:xml:ns:xmpp-session");
inline const QString BidiFeature = QStringLiteral("urn:xmpp:features:bidi");
inline const QString Bidi = QStringLiteral("urn:xmpp:bidi");
inline const QString Sm3 = QStringLiteral("urn:xmpp:sm:3");
inline const QString Sm2 = QStringLiteral("urn:xmpp:sm:2");
inline const QString Caps = QStringLiteral("http://jabber.org/protocol/caps");
inline const QString CompressFeature = QStringLiteral("http://jabber.org/features/compress");
inline const QString RosterVer = QStringLiteral("urn:xmpp:features:rosterver");
inline const QString PreApproval = QStringLiteral("urn:xmpp:features:pre-approval");
inline const QString Csi = QStringLiteral("urn:xmpp:csi:0");
inline const QString Register = QStringLiteral("http://jabber.org/features/iq-register");
inline const QString Sasl2 = QStringLiteral("urn:xmpp:sasl:2");
inline const QString Bind2 = QStringLiteral("urn:xmpp:bind:0");
inline const QString SaslChannelBinding = QStringLiteral("urn:xmpp:sasl-cb:0");
inline const QString StreamLimits = QStringLiteral("urn:xmpp:stream-limits:0");
inline const QString XmppErrors = QStringLiteral("urn:xmpp:errors");
inline const QString Ping = QStringLiteral("urn:xmpp:ping");

} // namespace Inspector::Ns
