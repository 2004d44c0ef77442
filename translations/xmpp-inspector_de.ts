<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Inspector::AboutDialog</name>
    <message>
        <source>About XMPP Inspector</source>
        <translation>Über XMPP Inspector</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;XMPP Inspector %1&lt;/h2&gt;&lt;p&gt;Opens real XMPP sessions, server-to-server and client-to-server, and shows what crosses the wire: the decrypted XML stream, every connection&apos;s phases, the features, TLS, certificate and DNS facts, and the authentication result.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;TLS: %4 through Qt&apos;s %5 backend&lt;/p&gt;&lt;p&gt;XMPP Inspector is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with no warranty.&lt;br&gt;It uses Qt (LGPL-3.0), OpenSSL (Apache-2.0) and libunbound (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;XMPP Inspector %1&lt;/h2&gt;&lt;p&gt;Öffnet echte XMPP-Sitzungen, Server-zu-Server und Client-zu-Server, und zeigt, was über die Leitung geht: den entschlüsselten XML-Stream, die Phasen jeder Verbindung, die Features, Fakten zu TLS, Zertifikaten und DNS sowie das Ergebnis der Authentifizierung.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;TLS: %4 über das %5-Backend von Qt&lt;/p&gt;&lt;p&gt;XMPP Inspector ist freie Software unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later), ohne jegliche Gewährleistung.&lt;br&gt;Es verwendet Qt (LGPL-3.0), OpenSSL (Apache-2.0) und libunbound (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>keine TLS-Bibliothek</translation>
    </message>
</context>
<context>
    <name>Inspector::C2sForm</name>
    <message>
        <source>&amp;Account (JID):</source>
        <translation>&amp;Konto (JID):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Host (optional):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>&amp;Message to:</source>
        <translation>&amp;Nachricht an:</translation>
    </message>
    <message>
        <source>P&amp;ing JID:</source>
        <translation>P&amp;ing-JID:</translation>
    </message>
    <message>
        <source>user@example.org</source>
        <translation>benutzer@example.org</translation>
    </message>
    <message>
        <source>used for this session only; never saved or recorded</source>
        <translation>nur für diese Sitzung verwendet; wird nie gespeichert oder aufgezeichnet</translation>
    </message>
    <message>
        <source>default (5222, 5223 for direct TLS)</source>
        <translation>Standard (5222, 5223 für direktes TLS)</translation>
    </message>
    <message>
        <source>Fetch the roster</source>
        <translation>Roster abrufen</translation>
    </message>
    <message>
        <source>optional: a JID to send a message to</source>
        <translation>optional: eine JID, an die eine Nachricht gesendet wird</translation>
    </message>
    <message>
        <source>the message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>optional: any JID, e.g. a remote domain (federation test)</source>
        <translation>optional: beliebige JID, z. B. eine entfernte Domain (Föderationstest)</translation>
    </message>
    <message>
        <source>Allow PLAIN without TLS (sends the password in the clear)</source>
        <translation>PLAIN ohne TLS erlauben (sendet das Passwort im Klartext)</translation>
    </message>
    <message>
        <source>Enter the account, user@domain.</source>
        <translation>Geben Sie das Konto ein (benutzer@domain).</translation>
    </message>
    <message>
        <source>The account must be user@domain: %1</source>
        <translation>Das Konto muss die Form benutzer@domain haben: %1</translation>
    </message>
    <message>
        <source>no resource</source>
        <translation>ohne Ressource</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Message to: %1</source>
        <translation>Nachricht an: %1</translation>
    </message>
    <message>
        <source>Ping JID: %1</source>
        <translation>Ping-JID: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::GuideDialog</name>
    <message>
        <source>XMPP Inspector Guide</source>
        <translation>Anleitung zu XMPP Inspector</translation>
    </message>
    <message>
        <source>&lt;h2&gt;XMPP Inspector&lt;/h2&gt;&lt;p&gt;Each session is a tab. Side by side it shows the &lt;b&gt;stream&lt;/b&gt; (every element, stream header, keepalive, phase and fact as a row), the &lt;b&gt;sequence diagram&lt;/b&gt; with one lane per party, the &lt;b&gt;summary&lt;/b&gt; and the &lt;b&gt;features&lt;/b&gt; of every stream. Selecting an event in one pane selects it in the others.&lt;/p&gt;&lt;h3&gt;Starting a session&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Session → Built-in lab&lt;/b&gt; (Ctrl+L) runs a complete federation on this machine between roles of this tool: no server needed. Its variants show what goes wrong with a wrong dialback key, SASL EXTERNAL, TLS required but not offered, or a certificate for the wrong name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Session → New session…&lt;/b&gt; (Ctrl+N) opens a server-to-server session (your domain, the remote domain; optionally a host and port, TLS mode, dialback or SASL EXTERNAL, ping, disco and software version) or logs in as a user on the &lt;i&gt;Client&lt;/i&gt; tab (SCRAM, roster, a message, a ping across federation).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Reading the stream&lt;/h3&gt;&lt;p&gt;Filter by text, connection and kind. The selected element is shown pretty-printed or as its exact bytes, with an explanation of what it does in the protocol. Ctrl+F focuses the filter; Ctrl+Shift+C copies the element.&lt;/p&gt;&lt;h3&gt;The summary and findings&lt;/h3&gt;&lt;p&gt;The summary gives the result, the dialback and SASL verdicts, TLS and the certificate chain, the ping round trip and every connection. &lt;b&gt;Findings&lt;/b&gt; list what an administrator should fix, each with a code (for example TLS-IDENTITY-MISMATCH or DIALBACK-INVALID), the specification it comes from and a suggested remedy.&lt;/p&gt;&lt;h3&gt;Transcripts&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File → Save transcript&lt;/b&gt; writes the whole session to a &lt;tt&gt;.xitrace&lt;/tt&gt; file; dialback keys and SASL payloads are replaced by &lt;tt&gt;[redacted:LENGTH]&lt;/tt&gt;. Opening one replays the session: step, play and seek. &lt;b&gt;File → Export&lt;/b&gt; writes HTML, Markdown, text or JSON; &lt;b&gt;File → Compare&lt;/b&gt; lists what differs between two sessions.&lt;/p&gt;&lt;h3&gt;Command line&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;xmpp-inspector-cli&lt;/tt&gt; runs the same engine without a display and prints JSON: &lt;tt&gt;s2s&lt;/tt&gt;, &lt;tt&gt;c2s&lt;/tt&gt;, &lt;tt&gt;dns&lt;/tt&gt;, &lt;tt&gt;listen&lt;/tt&gt;, &lt;tt&gt;lab&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; and &lt;tt&gt;diff&lt;/tt&gt;. See &lt;tt&gt;man xmpp-inspector-cli&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;XMPP Inspector&lt;/h2&gt;&lt;p&gt;Jede Sitzung ist ein Tab. Nebeneinander zeigt er den &lt;b&gt;Stream&lt;/b&gt; (jedes Element, jeden Stream-Header, jedes Keepalive, jede Phase und jeden Fakt als eigene Zeile), das &lt;b&gt;Sequenzdiagramm&lt;/b&gt; mit einer Bahn pro Beteiligtem, die &lt;b&gt;Zusammenfassung&lt;/b&gt; und die &lt;b&gt;Features&lt;/b&gt; jedes Streams. Wenn Sie ein Ereignis in einem Bereich auswählen, wird es auch in den anderen ausgewählt.&lt;/p&gt;&lt;h3&gt;Eine Sitzung starten&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Sitzung → Eingebautes Labor&lt;/b&gt; (Strg+L) führt eine vollständige Föderation auf diesem Rechner zwischen Rollen dieses Werkzeugs aus: kein Server nötig. Seine Varianten zeigen, was schiefgeht bei einem falschen Dialback-Schlüssel, bei SASL EXTERNAL, wenn TLS verlangt, aber nicht angeboten wird, oder bei einem Zertifikat für den falschen Namen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sitzung → Neue Sitzung…&lt;/b&gt; (Strg+N) öffnet eine Server-zu-Server-Sitzung (Ihre Domain, die entfernte Domain; optional Host und Port, TLS-Modus, Dialback oder SASL EXTERNAL, Ping, Disco und Softwareversion) oder meldet sich auf dem Tab &lt;i&gt;Client&lt;/i&gt; als Benutzer an (SCRAM, Roster, eine Nachricht, ein Ping über die Föderation hinweg).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Den Stream lesen&lt;/h3&gt;&lt;p&gt;Filtern Sie nach Text, Verbindung und Art. Das ausgewählte Element wird formatiert oder als exakte Bytes angezeigt, zusammen mit einer Erklärung, was es im Protokoll bewirkt. Strg+F setzt den Fokus in den Filter; Strg+Umschalt+C kopiert das Element.&lt;/p&gt;&lt;h3&gt;Zusammenfassung und Befunde&lt;/h3&gt;&lt;p&gt;Die Zusammenfassung zeigt das Ergebnis, die Urteile zu Dialback und SASL, TLS und die Zertifikatskette, die Ping-Umlaufzeit und jede Verbindung. &lt;b&gt;Befunde&lt;/b&gt; listen auf, was ein Administrator beheben sollte, jeweils mit einem Code (zum Beispiel TLS-IDENTITY-MISMATCH oder DIALBACK-INVALID), der Spezifikation, auf der er beruht, und einem Vorschlag zur Behebung.&lt;/p&gt;&lt;h3&gt;Transkripte&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Datei → Transkript speichern&lt;/b&gt; schreibt die gesamte Sitzung in eine &lt;tt&gt;.xitrace&lt;/tt&gt;-Datei; Dialback-Schlüssel und SASL-Nutzdaten werden durch &lt;tt&gt;[redacted:LENGTH]&lt;/tt&gt; ersetzt. Beim Öffnen einer solchen Datei wird die Sitzung wiedergegeben: schrittweise, abspielen und springen. &lt;b&gt;Datei → Exportieren&lt;/b&gt; schreibt HTML, Markdown, Text oder JSON; &lt;b&gt;Datei → Vergleichen&lt;/b&gt; listet auf, worin sich zwei Sitzungen unterscheiden.&lt;/p&gt;&lt;h3&gt;Kommandozeile&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;xmpp-inspector-cli&lt;/tt&gt; führt dieselbe Engine ohne Anzeige aus und gibt JSON aus: &lt;tt&gt;s2s&lt;/tt&gt;, &lt;tt&gt;c2s&lt;/tt&gt;, &lt;tt&gt;dns&lt;/tt&gt;, &lt;tt&gt;listen&lt;/tt&gt;, &lt;tt&gt;lab&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; und &lt;tt&gt;diff&lt;/tt&gt;. Siehe &lt;tt&gt;man xmpp-inspector-cli&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inspector::MainWindow</name>
    <message>
        <source>XMPP Inspector</source>
        <translation>XMPP Inspector</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open transcript…</source>
        <translation>Transkript ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save transcript as…</source>
        <translation>Transkript &amp;speichern unter…</translation>
    </message>
    <message>
        <source>E&amp;xport as HTML, Markdown, text or JSON…</source>
        <translation>Als HTML, Markdown, Text oder JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Compare two transcripts…</source>
        <translation>Zwei Transkripte &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Built-in &amp;lab</source>
        <translation>Eingebautes &amp;Labor</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>Open a server-to-server session to a real server</source>
        <translation>Eine Server-zu-Server-Sitzung zu einem echten Server öffnen</translation>
    </message>
    <message>
        <source>Run the &amp;lab</source>
        <translation>&amp;Labor starten</translation>
    </message>
    <message>
        <source>A complete federation on loopback between two roles of this tool</source>
        <translation>Eine vollständige Föderation über Loopback zwischen zwei Rollen dieses Werkzeugs</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Find in stream</source>
        <translation>Im Stream &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Copy element</source>
        <translation>Element &amp;kopieren</translation>
    </message>
    <message>
        <source>Zoom &amp;in timeline</source>
        <translation>Zeitleiste &amp;vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out timeline</source>
        <translation>Zeitleiste verklei&amp;nern</translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation>Zeitleiste ein&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Export timeline as PNG…</source>
        <translation>Zeitleiste als PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;About XMPP Inspector</source>
        <translation>Ü&amp;ber XMPP Inspector</translation>
    </message>
    <message>
        <source>%1: finished.</source>
        <translation>%1: beendet.</translation>
    </message>
    <message>
        <source>XMPP Inspector transcripts (*.%1)</source>
        <translation>XMPP-Inspector-Transkripte (*.%1)</translation>
    </message>
    <message>
        <source>First transcript (A)</source>
        <translation>Erstes Transkript (A)</translation>
    </message>
    <message>
        <source>Second transcript (B)</source>
        <translation>Zweites Transkript (B)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Compare: no differences</source>
        <translation>Vergleich: keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <source>Compare: %n difference(s)</source>
        <translation>
            <numerusform>Vergleich: %n Unterschied</numerusform>
            <numerusform>Vergleich: %n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Timeline saved to %1.</source>
        <translation>Zeitleiste in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot open transcript</source>
        <translation>Transkript kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened what could be read: %1</source>
        <translation>Geöffnet, soweit lesbar: %1</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Transkript öffnen</translation>
    </message>
    <message>
        <source>XMPP Inspector transcripts (*.%1);;All files (*)</source>
        <translation>XMPP-Inspector-Transkripte (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Transkript speichern</translation>
    </message>
    <message>
        <source>Keep secrets (dialback keys, SASL payloads) in the file</source>
        <translation>Geheimnisse (Dialback-Schlüssel, SASL-Nutzdaten) in der Datei behalten</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html);;Markdown (*.md);;Plain text (*.txt);;JSON summary (*.json)</source>
        <translation>HTML-Seite (*.html);;Markdown (*.md);;Reiner Text (*.txt);;JSON-Zusammenfassung (*.json)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Recover sessions?</source>
        <translation>Sitzungen wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) did not end normally last time (the program was closed unexpectedly). Reopen what was recorded?</source>
        <translation>
            <numerusform>%n Sitzung wurde beim letzten Mal nicht normal beendet (das Programm wurde unerwartet geschlossen). Das Aufgezeichnete wieder öffnen?</numerusform>
            <numerusform>%n Sitzungen wurden beim letzten Mal nicht normal beendet (das Programm wurde unerwartet geschlossen). Das Aufgezeichnete wieder öffnen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Server to server</source>
        <translation>Server-zu-Server</translation>
    </message>
    <message>
        <source>Client (log in as a user)</source>
        <translation>Client (als Benutzer anmelden)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>Inspector::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest wait for any one step of the peer, for new sessions</source>
        <translation>Die längste Wartezeit auf einen einzelnen Schritt der Gegenseite, für neue Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Transcript folder</source>
        <translation>Transkript-Ordner</translation>
    </message>
    <message>
        <source>Write every session to disk as it runs, for recovery after a crash</source>
        <translation>Jede Sitzung schon während der Ausführung auf die Festplatte schreiben, zur Wiederherstellung nach einem Absturz</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Default step &amp;timeout:</source>
        <translation>Standard-&amp;Timeout pro Schritt:</translation>
    </message>
    <message>
        <source>Transcript &amp;folder:</source>
        <translation>Transkript-&amp;Ordner:</translation>
    </message>
    <message>
        <source>Autosave:</source>
        <translation>Automatisch speichern:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when XMPP Inspector starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von XMPP Inspector wirksam.</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionForm</name>
    <message>
        <source>&amp;From domain:</source>
        <translation>&amp;Quell-Domain:</translation>
    </message>
    <message>
        <source>&amp;To domain:</source>
        <translation>&amp;Ziel-Domain:</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Host (optional):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Step &amp;timeout:</source>
        <translation>Schritt-&amp;Timeout:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Authoritative &amp;listener:</source>
        <translation>Autoritativer Listen&amp;er:</translation>
    </message>
    <message>
        <source>Dialback &amp;secret:</source>
        <translation>Dialback-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Certificate (PEM):</source>
        <translation>Zertifi&amp;kat (PEM):</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM):</source>
        <translation>Privater &amp;Schlüssel (PEM):</translation>
    </message>
    <message>
        <source>default (5269, 5270 for direct TLS)</source>
        <translation>Standard (5269, 5270 für direktes TLS)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>Require STARTTLS</source>
        <translation>STARTTLS verlangen</translation>
    </message>
    <message>
        <source>Direct TLS (XEP-0368)</source>
        <translation>Direktes TLS (XEP-0368)</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <source>None: probe only</source>
        <translation>Keine: nur sondieren</translation>
    </message>
    <message>
        <source>Automatic (EXTERNAL if offered, else dialback)</source>
        <translation>Automatisch (EXTERNAL, wenn angeboten, sonst Dialback)</translation>
    </message>
    <message>
        <source>Server Dialback</source>
        <translation>Server Dialback</translation>
    </message>
    <message>
        <source>SASL EXTERNAL</source>
        <translation>SASL EXTERNAL</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Abort on certificate errors</source>
        <translation>Bei Zertifikatsfehlern abbrechen</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Disco</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>e.g. inspector.example</source>
        <translation>z. B. inspector.example</translation>
    </message>
    <message>
        <source>e.g. example.org</source>
        <translation>z. B. example.org</translation>
    </message>
    <message>
        <source>address or name; empty: the To domain</source>
        <translation>Adresse oder Name; leer: die Ziel-Domain</translation>
    </message>
    <message>
        <source>IP:PORT where the remote connects back, e.g. 0.0.0.0:5269</source>
        <translation>IP:PORT, an dem sich die Gegenseite zurückverbindet, z. B. 0.0.0.0:5269</translation>
    </message>
    <message>
        <source>your server&apos;s dialback secret; not saved</source>
        <translation>das Dialback-Geheimnis Ihres Servers; wird nicht gespeichert</translation>
    </message>
    <message>
        <source>Keys made with your server&apos;s secret verify when the remote asks your real server. The secret is never recorded or saved.</source>
        <translation>Mit dem Geheimnis Ihres Servers erzeugte Schlüssel werden bestätigt, wenn die Gegenseite bei Ihrem echten Server nachfragt. Das Geheimnis wird nie aufgezeichnet oder gespeichert.</translation>
    </message>
    <message>
        <source>Enter the domain this session speaks for.</source>
        <translation>Geben Sie die Domain ein, für die diese Sitzung spricht.</translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation>Quell-Domain: %1</translation>
    </message>
    <message>
        <source>Enter the remote domain.</source>
        <translation>Geben Sie die entfernte Domain ein.</translation>
    </message>
    <message>
        <source>To domain: %1</source>
        <translation>Ziel-Domain: %1</translation>
    </message>
    <message>
        <source>The host cannot contain spaces.</source>
        <translation>Der Host darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Authoritative listener: %1</source>
        <translation>Autoritativer Listener: %1</translation>
    </message>
    <message>
        <source>Give both the certificate and the key file.</source>
        <translation>Geben Sie sowohl das Zertifikat als auch die Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>Authentication needs the authoritative listener, your dialback secret or a certificate.</source>
        <translation>Für die Authentifizierung wird der autoritative Listener, Ihr Dialback-Geheimnis oder ein Zertifikat benötigt.</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionView</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Play ×%1</source>
        <translation>Abspielen ×%1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Replay: step %1 of %2</source>
        <translation>Wiedergabe: Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos;.</source>
        <translation>Unbekanntes Exportformat „%1“.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Labor: %1</translation>
    </message>
    <message>
        <source>Listening as %1</source>
        <translation>Lauscht als %1</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamPane</name>
    <message>
        <source>Filter: text in the element or summary</source>
        <translation>Filter: Text im Element oder in der Zusammenfassung</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>Rohe Bytes</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>XML only</source>
        <translation>Nur XML</translation>
    </message>
    <message>
        <source>Phases and facts</source>
        <translation>Phasen und Fakten</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Inspector::SummaryPane</name>
    <message>
        <source>Fact</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>%1 → %2 via %3:%4</source>
        <translation>%1 → %2 über %3:%4</translation>
    </message>
    <message>
        <source>Server domain</source>
        <translation>Server-Domain</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>Stream-ID</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Dialback</source>
        <translation>Dialback</translation>
    </message>
    <message>
        <source>Dialback error</source>
        <translation>Dialback-Fehler</translation>
    </message>
    <message>
        <source>SASL EXTERNAL</source>
        <translation>SASL EXTERNAL</translation>
    </message>
    <message>
        <source>SASL error</source>
        <translation>SASL-Fehler</translation>
    </message>
    <message>
        <source>Authenticated as</source>
        <translation>Authentifiziert als</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>offered %1, required %2, upgraded %3</source>
        <translation>angeboten: %1, verlangt: %2, aktiviert: %3</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>%1 in %2 ms (connection %3)</source>
        <translation>%1 in %2 ms (Verbindung %3)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Disco features</source>
        <translation>Disco-Features</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>%1 — %2 ↔ %3%4</source>
        <translation>%1 — %2 ↔ %3%4</translation>
    </message>
    <message>
        <source> (TLS)</source>
        <translation> (TLS)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
</context>
<context>
    <name>Inspector::TimelineView</name>
    <message>
        <source>
(this tool)</source>
        <translation>
(dieses Werkzeug)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
</TS>
