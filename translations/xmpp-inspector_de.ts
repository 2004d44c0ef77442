<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CertFactory</name>
    <message>
        <source>OpenSSL could not create a key.</source>
        <translation>OpenSSL konnte keinen Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>The issuer's certificate or key cannot be read.</source>
        <translation>Das Zertifikat oder der Schlüssel des Ausstellers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the certificate for %1.</source>
        <translation>OpenSSL konnte das Zertifikat für %1 nicht erstellen.</translation>
    </message>
    <message>
        <source>Qt could not read the generated certificate or key.</source>
        <translation>Qt konnte das erzeugte Zertifikat oder den Schlüssel nicht lesen.</translation>
    </message>
</context>
<context>
    <name>ClientFacts</name>
    <message>
        <source>Stream management (XEP-0198)</source>
        <translation>Stream Management (XEP-0198)</translation>
    </message>
    <message>
        <source>offered, not enabled</source>
        <translation>angeboten, nicht aktiviert</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>abgelehnt (%1)</translation>
    </message>
    <message>
        <source>enabled, not resumable</source>
        <translation>aktiviert, nicht fortsetzbar</translation>
    </message>
    <message>
        <source>enabled, resumable for %1 s</source>
        <translation>aktiviert, %1 s lang fortsetzbar</translation>
    </message>
    <message>
        <source>enabled, resumable</source>
        <translation>aktiviert, fortsetzbar</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>no answer to &lt;r/&gt;</source>
        <translation>keine Antwort auf &lt;r/&gt;</translation>
    </message>
    <message>
        <source>%1 stanzas, but only %2 were sent</source>
        <translation>%1 Stanzas, gesendet wurden aber nur %2</translation>
    </message>
    <message>
        <source>%1 of %2 stanzas sent</source>
        <translation>%1 von %2 gesendeten Stanzas</translation>
    </message>
    <message>
        <source>Resumption</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>resumed: the server had handled %1 of %2 stanzas; %3 sent again</source>
        <translation>fortgesetzt: der Server hatte %1 von %2 Stanzas verarbeitet; %3 erneut gesendet</translation>
    </message>
    <message>
        <source>Resumption test</source>
        <translation>Fortsetzungstest</translation>
    </message>
    <message>
        <source>broken: the message sent before the drop was lost</source>
        <translation>defekt: die vor dem Abbruch gesendete Nachricht ging verloren</translation>
    </message>
    <message>
        <source>broken: the message sent before the drop arrived more than once (%1)</source>
        <translation>defekt: die vor dem Abbruch gesendete Nachricht kam mehrfach an (%1)</translation>
    </message>
    <message>
        <source>In-band registration (XEP-0077)</source>
        <translation>In-Band-Registrierung (XEP-0077)</translation>
    </message>
    <message>
        <source>offered, not asked</source>
        <translation>angeboten, nicht abgefragt</translation>
    </message>
    <message>
        <source>on a web page: %1</source>
        <translation>auf einer Webseite: %1</translation>
    </message>
    <message>
        <source>offered, with a form that asks for nothing</source>
        <translation>angeboten, mit einem Formular ohne Felder</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>geschlossen (%1)</translation>
    </message>
    <message>
        <source>Stream compression (XEP-0138)</source>
        <translation>Stream-Kompression (XEP-0138)</translation>
    </message>
    <message>
        <source>offered: %1</source>
        <translation>angeboten: %1</translation>
    </message>
    <message>
        <source>Client state indication (XEP-0352)</source>
        <translation>Client State Indication (XEP-0352)</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>Message carbons (XEP-0280)</source>
        <translation>Message Carbons (XEP-0280)</translation>
    </message>
    <message>
        <source>Message archive (XEP-0313)</source>
        <translation>Nachrichtenarchiv (XEP-0313)</translation>
    </message>
    <message>
        <source>offered on the account</source>
        <translation>für das Konto angeboten</translation>
    </message>
    <message>
        <source>Capabilities hash (XEP-0115)</source>
        <translation>Capabilities-Hash (XEP-0115)</translation>
    </message>
    <message>
        <source>verified (%1)</source>
        <translation>geprüft (%1)</translation>
    </message>
    <message>
        <source>does not match: announced %1, computed %2</source>
        <translation>stimmt nicht: angekündigt %1, berechnet %2</translation>
    </message>
    <message>
        <source>hash function '%1' unknown</source>
        <translation>Hashfunktion '%1' unbekannt</translation>
    </message>
    <message>
        <source>unknown: no answer to service discovery</source>
        <translation>unbekannt: keine Antwort auf Service Discovery</translation>
    </message>
    <message>
        <source>cannot be checked: %1</source>
        <translation>nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>form handed out, with a CAPTCHA: %1</source>
        <translation>Formular wird herausgegeben, mit CAPTCHA: %1</translation>
    </message>
    <message>
        <source>form handed out to anyone: %1</source>
        <translation>Formular wird jedem herausgegeben: %1</translation>
    </message>
    <message>
        <source>no answer to the form's request</source>
        <translation>keine Antwort auf die Formularanfrage</translation>
    </message>
    <message>
        <source>works: the message sent before the drop arrived once; %1 stanzas came between the resumption and its first acknowledgement</source>
        <translation>funktioniert: die vor dem Abbruch gesendete Nachricht kam genau einmal an; %1 Stanzas kamen zwischen der Fortsetzung und ihrer ersten Bestätigung</translation>
    </message>
    <message>
        <source>no answer to &lt;enable/&gt;</source>
        <translation>keine Antwort auf &lt;enable/&gt;</translation>
    </message>
    <message>
        <source>enabled (acknowledgements)</source>
        <translation>aktiviert (Bestätigungen)</translation>
    </message>
</context>
<context>
    <name>DnsLookup</name>
    <message>
        <source>'%1' is not [IPv6]:PORT.</source>
        <translation>„%1“ hat nicht die Form [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>'%1' is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>'%1' has no valid port.</source>
        <translation>„%1“ enthält keinen gültigen Port.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no DS or DNSKEY record</source>
        <translation>%1 enthält keinen DS- oder DNSKEY-Eintrag</translation>
    </message>
    <message>
        <source>'%1' cannot be converted to an A-label (UTS #46).</source>
        <translation>„%1“ lässt sich nicht in ein A-Label umwandeln (UTS #46).</translation>
    </message>
    <message>
        <source>Trust anchor: %1.</source>
        <translation>Vertrauensanker: %1.</translation>
    </message>
    <message>
        <source>no DNSKEY record for %1, rcode %2</source>
        <translation>kein DNSKEY-Eintrag für %1, rcode %2</translation>
    </message>
    <message numerus="yes">
        <source>No complete DNS answer within %1 s from %2 (%n question(s) unanswered).</source>
        <translation>
            <numerusform>Keine vollständige DNS-Antwort innerhalb von %1 s von %2 (%n Frage unbeantwortet).</numerusform>
            <numerusform>Keine vollständige DNS-Antwort innerhalb von %1 s von %2 (%n Fragen unbeantwortet).</numerusform>
        </translation>
    </message>
    <message>
        <source>the system's resolver</source>
        <translation>dem Resolver des Systems</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>recorded here</source>
        <translation>hier aufgezeichnet</translation>
    </message>
    <message>
        <source>session start</source>
        <translation>Sitzungsbeginn</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>stream header</source>
        <translation>Stream-Kopf</translation>
    </message>
    <message>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>whitespace</source>
        <translation>Leerraum</translation>
    </message>
    <message>
        <source>stream end</source>
        <translation>Stream-Ende</translation>
    </message>
    <message>
        <source>bytes outside the stream</source>
        <translation>Bytes außerhalb des Streams</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>session end</source>
        <translation>Sitzungsende</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The %1 entered the phase “%2”.</source>
        <translation>%1 hat die Phase „%2“ begonnen.</translation>
    </message>
    <message>
        <source>Connection %1 entered the phase “%2”.</source>
        <translation>Verbindung %1 hat die Phase „%2“ begonnen.</translation>
    </message>
    <message>
        <source>Before, it was in “%1”.</source>
        <translation>Davor war sie in „%1“.</translation>
    </message>
    <message>
        <source>It waits at most %1 s for the peer.</source>
        <translation>Sie wartet höchstens %1 s auf die Gegenstelle.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Bedingung: %1</translation>
    </message>
    <message>
        <source>It ended the phase “%1”.</source>
        <translation>Sie beendete die Phase „%1“.</translation>
    </message>
    <message>
        <source>Connection %1 (%2): %3</source>
        <translation>Verbindung %1 (%2): %3</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Von %1 nach %2.</translation>
    </message>
    <message>
        <source>This tool speaks for %1.</source>
        <translation>Dieses Werkzeug spricht für %1.</translation>
    </message>
    <message>
        <source>The peer is %1.</source>
        <translation>Die Gegenstelle ist %1.</translation>
    </message>
    <message>
        <source>The session started with these settings:</source>
        <translation>Die Sitzung begann mit diesen Einstellungen:</translation>
    </message>
    <message>
        <source>The session succeeded.</source>
        <translation>Die Sitzung war erfolgreich.</translation>
    </message>
    <message>
        <source>The session failed: %1</source>
        <translation>Die Sitzung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>A whitespace keepalive of %n byte(s).</source>
        <translation>
            <numerusform>Ein Leerraum-Keepalive von %n Byte.</numerusform>
            <numerusform>Ein Leerraum-Keepalive von %n Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>%1 ms · %2 · %3 · %4</source>
        <comment>time · connection · direction · kind</comment>
        <translation>%1 ms · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Only the certificate's CN names %1</source>
        <translation>Nur der CN des Zertifikats nennt %1</translation>
    </message>
    <message>
        <source>Reissue the certificate with subjectAltName DNS:%1.</source>
        <translation>Stellen Sie das Zertifikat mit subjectAltName DNS:%1 neu aus.</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1</source>
        <translation>Das Zertifikat ist nicht für %1 gültig</translation>
    </message>
    <message>
        <source>It names %1, but no DNS-ID, SRV-ID (_xmpp-server.%2) or XmppAddr matches %2 — the XMPP domain, not the host connected to.</source>
        <translation>Es nennt %1, aber keine DNS-ID, keine SRV-ID (_xmpp-server.%2) und keine XmppAddr passt zu %2 — der XMPP-Domain, nicht dem Host, zu dem verbunden wurde.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Add %1 as a subjectAltName (DNS:%1, or the SRV-ID _xmpp-server.%1).</source>
        <translation>Nehmen Sie %1 als subjectAltName auf (DNS:%1 oder die SRV-ID _xmpp-server.%1).</translation>
    </message>
    <message>
        <source>valid %1 to %2; checked at %3 (this machine's clock)</source>
        <translation>gültig von %1 bis %2; geprüft am %3 (Uhr dieses Rechners)</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>Renew the certificate.</source>
        <translation>Erneuern Sie das Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>Das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>. A clock that is wrong on either side gives the same.</source>
        <translation>. Eine falsch gehende Uhr auf einer der beiden Seiten führt zum selben Ergebnis.</translation>
    </message>
    <message>
        <source>Check both clocks (NTP); or wait until the start date.</source>
        <translation>Prüfen Sie beide Uhren (NTP) oder warten Sie bis zum Beginn der Gültigkeit.</translation>
    </message>
    <message>
        <source>The certificate is self-signed</source>
        <translation>Das Zertifikat ist selbstsigniert</translation>
    </message>
    <message>
        <source>No trusted authority vouches for it; servers that require trusted certificates (Prosody's s2s_secure_auth, ejabberd's s2s_use_starttls: required_trusted) refuse it.</source>
        <translation>Keine vertrauenswürdige Zertifizierungsstelle bürgt dafür; Server, die vertrauenswürdige Zertifikate verlangen (s2s_secure_auth bei Prosody, s2s_use_starttls: required_trusted bei ejabberd), lehnen es ab.</translation>
    </message>
    <message>
        <source>Use a certificate from a public CA, or have peers trust yours (--ca).</source>
        <translation>Verwenden Sie ein Zertifikat einer öffentlichen CA, oder lassen Sie die Gegenseiten Ihrem Zertifikat vertrauen (--ca).</translation>
    </message>
    <message>
        <source>The certificate chain is incomplete or not trusted</source>
        <translation>Die Zertifikatskette ist unvollständig oder nicht vertrauenswürdig</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n certificate(s) and no trusted root is reached: an intermediate certificate is missing, or the issuer is unknown here.</source>
        <translation>
            <numerusform>Der Server hat %n Zertifikat gesendet, ohne dass ein vertrauenswürdiges Stammzertifikat erreicht wird: Ein Zwischenzertifikat fehlt, oder der Aussteller ist hier unbekannt.</numerusform>
            <numerusform>Der Server hat %n Zertifikate gesendet, ohne dass ein vertrauenswürdiges Stammzertifikat erreicht wird: Ein Zwischenzertifikat fehlt, oder der Aussteller ist hier unbekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configure the full chain (fullchain.pem, not cert.pem).</source>
        <translation>Konfigurieren Sie die vollständige Kette (fullchain.pem, nicht cert.pem).</translation>
    </message>
    <message>
        <source>The certificate's issuer is not trusted</source>
        <translation>Dem Aussteller des Zertifikats wird nicht vertraut</translation>
    </message>
    <message>
        <source>Use a certificate from a public CA, or trust the issuer (--ca).</source>
        <translation>Verwenden Sie ein Zertifikat einer öffentlichen CA, oder vertrauen Sie dem Aussteller (--ca).</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew it now; streams still open at expiry get &lt;reset/&gt;.</source>
        <translation>Erneuern Sie es jetzt; Streams, die beim Ablauf noch offen sind, erhalten &lt;reset/&gt;.</translation>
    </message>
    <message>
        <source>TLS older than 1.2 was negotiated</source>
        <translation>Eine TLS-Version älter als 1.2 wurde ausgehandelt</translation>
    </message>
    <message>
        <source>Allow TLS 1.2 and 1.3 only.</source>
        <translation>Erlauben Sie nur TLS 1.2 und 1.3.</translation>
    </message>
    <message>
        <source>%1 declares no XMPP service</source>
        <translation>%1 deklariert keinen XMPP-Dienst</translation>
    </message>
    <message>
        <source>Its only _xmpp-%1._tcp SRV record has the target ".": the domain says it does not federate.</source>
        <translation>Ihr einziger _xmpp-%1._tcp-SRV-Eintrag hat das Ziel „.“: Die Domain erklärt damit, dass sie nicht föderiert.</translation>
    </message>
    <message>
        <source>Publish SRV records pointing at the server, or remove the "." record.</source>
        <translation>Veröffentlichen Sie SRV-Einträge, die auf den Server zeigen, oder entfernen Sie den „.“-Eintrag.</translation>
    </message>
    <message>
        <source>No SRV records: the domain itself on the default port</source>
        <translation>Keine SRV-Einträge: die Domain selbst auf dem Standardport</translation>
    </message>
    <message>
        <source>Connections go to %1:%2 (its A/AAAA records). This works until the web host behind that name moves elsewhere.</source>
        <translation>Verbindungen gehen an %1:%2 (deren A/AAAA-Einträge). Das funktioniert, bis der Webhost hinter diesem Namen umzieht.</translation>
    </message>
    <message>
        <source>Publish _xmpp-server._tcp (and _xmpps-server._tcp) SRV records.</source>
        <translation>Veröffentlichen Sie SRV-Einträge für _xmpp-server._tcp (und _xmpps-server._tcp).</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>An SRV target without A or AAAA records cannot be reached.</source>
        <translation>Ein SRV-Ziel ohne A- oder AAAA-Einträge ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Add A/AAAA records for the target, or fix the SRV record.</source>
        <translation>Legen Sie A/AAAA-Einträge für das Ziel an, oder korrigieren Sie den SRV-Eintrag.</translation>
    </message>
    <message>
        <source>The _xmpps- record points at a port that does not speak TLS first</source>
        <translation>Der Eintrag _xmpps- zeigt auf einen Port, der nicht sofort TLS spricht</translation>
    </message>
    <message>
        <source>%1 port %2 answered the TLS handshake with plain data: it is a STARTTLS port (or not XMPP).</source>
        <translation>%1 Port %2 hat auf den TLS-Handshake mit unverschlüsselten Daten geantwortet: Es ist ein STARTTLS-Port (oder kein XMPP).</translation>
    </message>
    <message>
        <source>Point _xmpps-server at the direct-TLS port (often 5270), or remove it.</source>
        <translation>Lassen Sie _xmpps-server auf den Port für direktes TLS zeigen (oft 5270), oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>%1 port %2 (%3) cannot be reached</source>
        <translation>%1 Port %2 (%3) ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Open the port, fix the record, or remove the candidate.</source>
        <translation>Öffnen Sie den Port, korrigieren Sie den Eintrag oder entfernen Sie den Kandidaten.</translation>
    </message>
    <message>
        <source>No TLSA record matches the presented certificate</source>
        <translation>Kein TLSA-Eintrag passt zum vorgelegten Zertifikat</translation>
    </message>
    <message>
        <source>The TLSA records (DNSSEC %1) name other keys: often a certificate renewed without updating TLSA.</source>
        <translation>Die TLSA-Einträge (DNSSEC %1) nennen andere Schlüssel: oft ein erneuertes Zertifikat, ohne dass TLSA aktualisiert wurde.</translation>
    </message>
    <message>
        <source>Publish 3 1 1 records for the new key before switching certificates.</source>
        <translation>Veröffentlichen Sie TLSA-Einträge 3 1 1 für den neuen Schlüssel, bevor Sie das Zertifikat wechseln.</translation>
    </message>
    <message>
        <source>Our certificate has no clientAuth purpose</source>
        <translation>Unser Zertifikat hat keinen Verwendungszweck clientAuth</translation>
    </message>
    <message>
        <source>Use a certificate with the TLS Web Client Authentication purpose, or rely on dialback.</source>
        <translation>Verwenden Sie ein Zertifikat mit dem Verwendungszweck „TLS Web Client Authentication“, oder verlassen Sie sich auf Dialback.</translation>
    </message>
    <message>
        <source>The peer does not offer STARTTLS</source>
        <translation>Die Gegenseite bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>Everything on this stream travels in the clear; a middlebox may also be stripping the offer.</source>
        <translation>Alles auf diesem Stream wird im Klartext übertragen; möglicherweise entfernt auch eine Middlebox das Angebot.</translation>
    </message>
    <message>
        <source>Enable TLS on the server; compare with direct TLS (XEP-0368).</source>
        <translation>Aktivieren Sie TLS auf dem Server; vergleichen Sie mit direktem TLS (XEP-0368).</translation>
    </message>
    <message>
        <source>Dialback: the key was not confirmed</source>
        <translation>Dialback: Der Schlüssel wurde nicht bestätigt</translation>
    </message>
    <message>
        <source>The receiving server asked the authoritative server for %1, which did not recompute the same key: different secrets across nodes, a restart between the steps, or a load balancer sending the check elsewhere.</source>
        <translation>Der empfangende Server hat den autoritativen Server für %1 gefragt, der aber nicht denselben Schlüssel errechnet hat: unterschiedliche Geheimnisse auf den Knoten, ein Neustart zwischen den Schritten oder ein Load Balancer, der die Prüfung an einen anderen Knoten leitet.</translation>
    </message>
    <message>
        <source>Give all nodes of the domain the same dialback secret.</source>
        <translation>Geben Sie allen Knoten der Domain dasselbe Dialback-Geheimnis.</translation>
    </message>
    <message>
        <source>Dialback: no verdict</source>
        <translation>Dialback: kein Urteil</translation>
    </message>
    <message>
        <source>Make the domain's DNS point to a reachable authoritative server.</source>
        <translation>Sorgen Sie dafür, dass das DNS der Domain auf einen erreichbaren autoritativen Server zeigt.</translation>
    </message>
    <message>
        <source>Dialback failed with an error</source>
        <translation>Dialback ist mit einem Fehler fehlgeschlagen</translation>
    </message>
    <message>
        <source>The peer ended the stream with &lt;%1/&gt;</source>
        <translation>Die Gegenseite hat den Stream mit &lt;%1/&gt; beendet</translation>
    </message>
    <message>
        <source> The peer says: </source>
        <translation> Die Gegenseite sagt: </translation>
    </message>
    <message>
        <source>Check that the server hosts %1 (virtual host) and that DNS points to the right server.</source>
        <translation>Prüfen Sie, ob der Server %1 bedient (virtueller Host) und ob das DNS auf den richtigen Server zeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Dialback: %n answer(s) that answer no request of ours</source>
        <translation>
            <numerusform>Dialback: %n Antwort, die keine unserer Anfragen beantwortet</numerusform>
            <numerusform>Dialback: %n Antworten, die keine unserer Anfragen beantworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Received &lt;%1/&gt; while no request was waiting for it.</source>
        <translation>&lt;%1/&gt; empfangen, während keine Anfrage darauf wartete.</translation>
    </message>
    <message>
        <source>Expected &lt;%1/&gt;, received &lt;%2/&gt;.</source>
        <translation>Erwartet: &lt;%1/&gt;, empfangen: &lt;%2/&gt;.</translation>
    </message>
    <message>
        <source> An answer for another domain pair, another stream id or no request at all is either a bug or an attempt to spoof a domain; it was recorded and ignored.</source>
        <translation> Eine Antwort für ein anderes Domain-Paar, eine andere Stream-ID oder ganz ohne Anfrage ist entweder ein Fehler oder ein Versuch, eine Domain vorzutäuschen; sie wurde aufgezeichnet und ignoriert.</translation>
    </message>
    <message>
        <source>Report it to the peer's operators: its answers must carry the request's 'from' and 'to' swapped (and its 'id' for db:verify).</source>
        <translation>Melden Sie es den Betreibern der Gegenseite: Ihre Antworten müssen „from“ und „to“ der Anfrage vertauscht tragen (und bei db:verify deren „id“).</translation>
    </message>
    <message>
        <source>DNSSEC validation failed for %1</source>
        <translation>DNSSEC-Validierung für %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>These answers are signed but do not validate, so they are not used: %1.</source>
        <translation>Diese Antworten sind signiert, lassen sich aber nicht validieren und werden daher nicht verwendet: %1.</translation>
    </message>
    <message>
        <source>Re-sign the zone (expired or broken signatures) or correct the DS record at the parent.</source>
        <translation>Die Zone neu signieren (abgelaufene oder defekte Signaturen) oder den DS-Eintrag in der übergeordneten Zone korrigieren.</translation>
    </message>
    <message>
        <source>The DNS resolver gives no DNSSEC data</source>
        <translation>Der DNS-Resolver liefert keine DNSSEC-Daten</translation>
    </message>
    <message>
        <source>The trust anchors' keys did not come back from %1 (%2): it strips or does not fetch signatures, so nothing could be validated and DANE cannot apply.</source>
        <translation>Die Schlüssel der Vertrauensanker kamen von %1 nicht zurück (%2): Er entfernt Signaturen oder holt sie nicht, daher ließ sich nichts validieren und DANE kann nicht greifen.</translation>
    </message>
    <message>
        <source>Use a DNSSEC-aware resolver (--dns-server), or validate on this machine.</source>
        <translation>Einen DNSSEC-fähigen Resolver verwenden (--dns-server) oder auf diesem Rechner validieren.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 are not used</source>
        <translation>Die TLSA-Einträge von %1 werden nicht verwendet</translation>
    </message>
    <message>
        <source>Its TLSA records are DNSSEC-secure, but its A/AAAA answers are not (often a CNAME into an unsigned zone), so the address may be forged: the certificate is checked by PKIX only.</source>
        <translation>Seine TLSA-Einträge sind DNSSEC-sicher, seine A/AAAA-Antworten aber nicht (oft ein CNAME in eine unsignierte Zone), die Adresse kann also gefälscht sein: Das Zertifikat wird nur per PKIX geprüft.</translation>
    </message>
    <message>
        <source>Sign the zone that holds the target's addresses, or point the SRV record at a name in a signed zone.</source>
        <translation>Signieren Sie die Zone mit den Adressen des Ziels, oder lassen Sie den SRV-Eintrag auf einen Namen in einer signierten Zone zeigen.</translation>
    </message>
    <message>
        <source>Bidirectional stream asked for, not offered</source>
        <translation>Bidirektionaler Stream verlangt, nicht angeboten</translation>
    </message>
    <message>
        <source>%1 does not offer XEP-0288 on the stream it authenticated, so its replies travel on a connection of its own to us.</source>
        <translation>%1 bietet XEP-0288 auf dem authentifizierten Stream nicht an; seine Antworten kommen daher über eine eigene Verbindung zu uns.</translation>
    </message>
    <message>
        <source>%1 offers XEP-0288 only before TLS; it may be enabled only once STARTTLS has completed, and the features after TLS no longer offer it.</source>
        <translation>%1 bietet XEP-0288 nur vor TLS an; aktiviert werden darf es erst nach abgeschlossenem STARTTLS, und die Features nach TLS bieten es nicht mehr an.</translation>
    </message>
    <message>
        <source>Prosody: enable mod_s2s_bidi; ejabberd: mod_s2s_bidi (24.10 and later).</source>
        <translation>Prosody: mod_s2s_bidi aktivieren; ejabberd: mod_s2s_bidi (ab 24.10).</translation>
    </message>
    <message>
        <source>Bidirectional stream with an unproven peer</source>
        <translation>Bidirektionaler Stream mit unbewiesener Gegenseite</translation>
    </message>
    <message>
        <source>We authenticated with SASL, but %1's certificate does not prove that name: stanzas it sends back on our stream are not counted as its own.</source>
        <translation>Wir haben uns per SASL authentifiziert, aber das Zertifikat von %1 beweist diesen Namen nicht: Stanzas, die es über unseren Stream zurückschickt, zählen nicht als seine.</translation>
    </message>
    <message>
        <source>Give %1 a certificate for its domain from a trusted CA, or pass that CA with --ca.</source>
        <translation>%1 ein Zertifikat für seine Domain von einer vertrauenswürdigen CA geben oder diese CA mit --ca angeben.</translation>
    </message>
    <message numerus="yes">
        <source>Stanzas on the bidirectional stream for %n domain pair(s) the peer is not authenticated for</source>
        <translation>
            <numerusform>Stanzas auf dem bidirektionalen Stream für %n Domain-Paar, für das die Gegenseite nicht authentifiziert ist</numerusform>
            <numerusform>Stanzas auf dem bidirektionalen Stream für %n Domain-Paare, für die die Gegenseite nicht authentifiziert ist</numerusform>
        </translation>
    </message>
    <message>
        <source>First: from %1 to %2. A bidirectional stream carries back only what the peer authenticated for; anything else is a bug or an attempt to spoof a domain, and was not counted.</source>
        <translation>Erstes: von %1 an %2. Ein bidirektionaler Stream trägt zurück nur, wofür die Gegenseite authentifiziert ist; alles andere ist ein Fehler oder ein Versuch, eine Domain vorzutäuschen, und wurde nicht gezählt.</translation>
    </message>
    <message>
        <source>Report it to the peer's operators.</source>
        <translation>Den Betreibern der Gegenseite melden.</translation>
    </message>
    <message>
        <source>Stanzas on our outgoing stream, which is not bidirectional</source>
        <translation>Stanzas auf unserem ausgehenden Stream, der nicht bidirektional ist</translation>
    </message>
    <message>
        <source>The peer (first from %1) sent stanzas where only a bidirectional stream carries them; they were not counted as the sender's.</source>
        <translation>Die Gegenseite (zuerst von %1) hat Stanzas geschickt, wo nur ein bidirektionaler Stream sie trägt; sie zählen nicht als die des Absenders.</translation>
    </message>
    <message>
        <source>Report it to the peer's operators: without XEP-0288 a server sends on its own connection.</source>
        <translation>Den Betreibern der Gegenseite melden: Ohne XEP-0288 sendet ein Server über seine eigene Verbindung.</translation>
    </message>
    <message>
        <source>The SRV lookup for %1 failed</source>
        <translation>Die SRV-Abfrage für %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1. Without an answer the connection falls back to the domain itself on the default port, which may not be the server its SRV records name.</source>
        <translation>%1. Ohne Antwort weicht die Verbindung auf die Domain selbst am Standardport aus – womöglich nicht der Server, den ihre SRV-Einträge nennen.</translation>
    </message>
    <message>
        <source>Check the DNS server and the domain's delegation: SERVFAIL often means an unreachable or lame authoritative server, or a broken DNSSEC chain.</source>
        <translation>DNS-Server und Delegation der Domain prüfen: SERVFAIL bedeutet oft einen unerreichbaren oder fehlkonfigurierten autoritativen Server oder eine kaputte DNSSEC-Kette.</translation>
    </message>
    <message>
        <source>The chain ends in the root certificate “%1”, a certificate authority that is not trusted here (a private or unknown CA). The server's own certificate is not self-signed.</source>
        <translation>Die Kette endet im Stammzertifikat „%1“, einer Zertifizierungsstelle, der hier nicht vertraut wird (eine private oder unbekannte CA). Das Zertifikat des Servers selbst ist nicht selbstsigniert.</translation>
    </message>
    <message>
        <source>The receiving server answered our dialback request with &lt;%1/&gt;%2.</source>
        <translation>Der empfangende Server hat unsere Dialback-Anfrage mit &lt;%1/&gt;%2 beantwortet.</translation>
    </message>
    <message>
        <source>The receiving server could not reach the authoritative server of your domain: make your domain's DNS, as the receiving server sees it, point to a server that is reachable from it, and open that port to it.</source>
        <translation>Der empfangende Server konnte den autoritativen Server Ihrer Domain nicht erreichen: Sorgen Sie dafür, dass das DNS Ihrer Domain, wie der empfangende Server es sieht, auf einen Server zeigt, den er erreichen kann, und öffnen Sie ihm diesen Port.</translation>
    </message>
    <message>
        <source>Read the condition and text the receiving server gave; its log says more.</source>
        <translation>Lesen Sie die Bedingung und den Text, die der empfangende Server angab; sein Protokoll sagt mehr.</translation>
    </message>
    <message>
        <source>Prosody: mod_smacks (smacks_hibernation_time); ejabberd: mod_stream_mgmt (resume_timeout).</source>
        <translation>Prosody: mod_smacks (smacks_hibernation_time); ejabberd: mod_stream_mgmt (resume_timeout).</translation>
    </message>
    <message>
        <source>Stream management offered, then refused</source>
        <translation>Stream Management angeboten, dann abgelehnt</translation>
    </message>
    <message>
        <source>Read the server's log for why; offer the feature only where it works.</source>
        <translation>Den Grund nennt das Log des Servers; bieten Sie die Funktion nur an, wo sie funktioniert.</translation>
    </message>
    <message>
        <source>Stream management without resumption</source>
        <translation>Stream Management ohne Fortsetzung</translation>
    </message>
    <message>
        <source>&lt;enabled/&gt; has no resume='true' and id: after a dropped connection a mobile client must log in again from scratch, and stanzas in flight are lost or bounced.</source>
        <translation>&lt;enabled/&gt; hat kein resume='true' und keine id: nach einem Verbindungsabbruch muss sich ein mobiler Client ganz neu anmelden, und unterwegs befindliche Stanzas gehen verloren oder werden zurückgewiesen.</translation>
    </message>
    <message>
        <source>Enable resumption. %1</source>
        <translation>Aktivieren Sie die Fortsetzung. %1</translation>
    </message>
    <message>
        <source>The server acknowledged more stanzas than were sent</source>
        <translation>Der Server bestätigte mehr Stanzas als gesendet wurden</translation>
    </message>
    <message>
        <source>Report it to the server's developers.</source>
        <translation>Melden Sie es den Entwicklern des Servers.</translation>
    </message>
    <message>
        <source>The server did not count every stanza</source>
        <translation>Der Server hat nicht jede Stanza gezählt</translation>
    </message>
    <message>
        <source>Asked with &lt;r/&gt; after %2 stanzas, it answered h='%1': it says it did not handle every stanza sent before the request, which it must have read first.</source>
        <translation>Nach %2 Stanzas mit &lt;r/&gt; gefragt, antwortete er h='%1': er gibt an, nicht jede vor der Anfrage gesendete Stanza verarbeitet zu haben, obwohl er sie zuerst gelesen haben muss.</translation>
    </message>
    <message>
        <source>No answer to an acknowledgement request</source>
        <translation>Keine Antwort auf eine Bestätigungsanfrage</translation>
    </message>
    <message>
        <source>Resumption advertised but refused</source>
        <translation>Fortsetzung angekündigt, aber abgelehnt</translation>
    </message>
    <message>
        <source>The server enabled the session for resumption, then answered &lt;resume/&gt; on a new connection, right after the old one dropped, with &lt;failed/&gt;%1.</source>
        <translation>Der Server gab die Sitzung zur Fortsetzung frei und beantwortete dann &lt;resume/&gt; auf einer neuen Verbindung, direkt nach dem Abbruch der alten, mit &lt;failed/&gt;%1.</translation>
    </message>
    <message>
        <source>Check that the session survives the drop (hibernation time) and, in a cluster, that the new connection reaches the node holding it. %1</source>
        <translation>Prüfen Sie, dass die Sitzung den Abbruch überlebt (Ruhezeit) und in einem Cluster die neue Verbindung den Knoten erreicht, der sie hält. %1</translation>
    </message>
    <message>
        <source>Resumption lost or duplicated a message</source>
        <translation>Die Fortsetzung verlor oder verdoppelte eine Nachricht</translation>
    </message>
    <message>
        <source>The session resumed, but the message sent just before the drop %1.</source>
        <translation>Die Sitzung wurde fortgesetzt, aber die kurz vor dem Abbruch gesendete Nachricht %1.</translation>
    </message>
    <message>
        <source>never arrived</source>
        <translation>kam nie an</translation>
    </message>
    <message>
        <source>arrived more than once (%1)</source>
        <translation>kam mehrfach an (%1)</translation>
    </message>
    <message>
        <source>Report it to the server's developers with the transcript.</source>
        <translation>Melden Sie es den Entwicklern des Servers, mit dem Mitschnitt.</translation>
    </message>
    <message>
        <source>Stream compression offered</source>
        <translation>Stream-Kompression angeboten</translation>
    </message>
    <message>
        <source>The server offers XEP-0138 compression (%1). Compressed data inside TLS leaks what it hides through its length (the CRIME and BREACH attacks), and XEP-0138 is deprecated.</source>
        <translation>Der Server bietet XEP-0138-Kompression an (%1). Komprimierte Daten in TLS verraten über ihre Länge, was sie verbergen (die Angriffe CRIME und BREACH), und XEP-0138 ist veraltet.</translation>
    </message>
    <message>
        <source>Disable it: Prosody's community module mod_compression, the listener's zlib option in older ejabberd.</source>
        <translation>Deaktivieren Sie sie: das Community-Modul mod_compression in Prosody, die Listener-Option zlib in älteren ejabberd-Versionen.</translation>
    </message>
    <message>
        <source>If this is not meant: Prosody allow_registration = false (or invitations only); ejabberd mod_register with access: none, or a CAPTCHA and registration_timeout.</source>
        <translation>Falls nicht beabsichtigt: Prosody allow_registration = false (oder nur mit Einladungen); ejabberd mod_register mit access: none, oder ein CAPTCHA und registration_timeout.</translation>
    </message>
    <message>
        <source>The server's capabilities hash does not match its features</source>
        <translation>Der Capabilities-Hash des Servers passt nicht zu seinen Features</translation>
    </message>
    <message>
        <source>Its stream features announce ver='%1' (%3), but its disco#info answer hashes to '%2': clients that cache capabilities by hash get the wrong features for every server that announces the same hash.</source>
        <translation>Seine Stream-Features kündigen ver='%1' (%3) an, seine disco#info-Antwort ergibt aber den Hash '%2': Clients, die Capabilities nach Hash zwischenspeichern, erhalten für jeden Server mit demselben Hash die falschen Features.</translation>
    </message>
    <message>
        <source>Report it to the server's developers with the disco#info answer.</source>
        <translation>Melden Sie es den Entwicklern des Servers, mit der disco#info-Antwort.</translation>
    </message>
    <message>
        <source>The registration form is handed out before login</source>
        <translation>Das Registrierungsformular wird vor der Anmeldung herausgegeben</translation>
    </message>
    <message>
        <source>The server hands its registration form (%1) to anyone before login, with a CAPTCHA (XEP-0158). Who may submit it is decided only then (the form was not submitted).</source>
        <translation>Der Server gibt sein Registrierungsformular (%1) jedem vor der Anmeldung heraus, mit CAPTCHA (XEP-0158). Wer es absenden darf, entscheidet sich erst dann (das Formular wurde nicht abgesendet).</translation>
    </message>
    <message>
        <source>The server hands its registration form (%1) to anyone before login, with no CAPTCHA. Who may submit it is decided only then (the form was not submitted; ejabberd applies access and ip_access there): if anyone may, bots can create accounts in bulk and send spam from them.</source>
        <translation>Der Server gibt sein Registrierungsformular (%1) jedem vor der Anmeldung heraus, ohne CAPTCHA. Wer es absenden darf, entscheidet sich erst dann (das Formular wurde nicht abgesendet; ejabberd wendet dort access und ip_access an): darf es jeder, können Bots massenhaft Konten anlegen und von dort Spam senden.</translation>
    </message>
    <message>
        <source>ejabberd: mod_host_meta on the HTTPS listener; Prosody: the community module mod_host_meta (or the web server in front of it).</source>
        <translation>ejabberd: mod_host_meta am HTTPS-Listener; Prosody: das Community-Modul mod_host_meta (oder der vorgeschaltete Webserver).</translation>
    </message>
    <message>
        <source>No host-meta document</source>
        <translation>Kein host-meta-Dokument</translation>
    </message>
    <message>
        <source>https://%1/.well-known/host-meta is not there (%2): web clients (Converse.js, Movim, …) find no WebSocket or BOSH endpoint and must be told one. Clients over TCP are not concerned: they use the SRV records.</source>
        <translation>https://%1/.well-known/host-meta gibt es nicht (%2): Web-Clients (Converse.js, Movim, …) finden keinen WebSocket- oder BOSH-Endpunkt, er muss ihnen genannt werden. Clients über TCP betrifft das nicht: Sie nutzen die SRV-Einträge.</translation>
    </message>
    <message>
        <source>If web clients should connect, serve it. %1</source>
        <translation>Sollen Web-Clients sich verbinden, stellen Sie es bereit. %1</translation>
    </message>
    <message>
        <source>host-meta is served over a TLS connection that fails</source>
        <translation>host-meta wird über eine TLS-Verbindung ausgeliefert, die scheitert</translation>
    </message>
    <message>
        <source>%1: %2. Browsers and clients refuse the connection as this tool did, so they read none of the endpoints it announces.</source>
        <translation>%1: %2. Browser und Clients lehnen die Verbindung ab wie dieses Werkzeug und lesen daher keinen der angekündigten Endpunkte.</translation>
    </message>
    <message>
        <source>Serve a certificate for the domain, from a certificate authority clients trust, on its HTTPS server.</source>
        <translation>Liefern Sie auf dem HTTPS-Server ein Zertifikat für die Domain aus, von einer Zertifizierungsstelle, der Clients vertrauen.</translation>
    </message>
    <message>
        <source>host-meta could not be read</source>
        <translation>host-meta konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2. Web clients that depend on it find no endpoint.</source>
        <translation>%1: %2. Web-Clients, die darauf angewiesen sind, finden keinen Endpunkt.</translation>
    </message>
    <message>
        <source>Check the web server's log for this path. %1</source>
        <translation>Prüfen Sie das Log des Webservers für diesen Pfad. %1</translation>
    </message>
    <message>
        <source>host-meta is not a valid document</source>
        <translation>host-meta ist kein gültiges Dokument</translation>
    </message>
    <message>
        <source>%1 answered 200 but is %2: clients cannot read its links.</source>
        <translation>%1 antwortete mit 200, ist aber %2: Clients können seine Links nicht lesen.</translation>
    </message>
    <message>
        <source>Serve an XRD document (application/xrd+xml) and its JSON form with the links of XEP-0156.</source>
        <translation>Liefern Sie ein XRD-Dokument (application/xrd+xml) und seine JSON-Form mit den Links aus XEP-0156 aus.</translation>
    </message>
    <message>
        <source>Only host-meta.json, not the XRD</source>
        <translation>Nur host-meta.json, nicht das XRD</translation>
    </message>
    <message>
        <source>https://%1/.well-known/host-meta.json is served, but not the XRD at /.well-known/host-meta, which XEP-0156 requires: clients that read only the XRD find no endpoint.</source>
        <translation>https://%1/.well-known/host-meta.json wird ausgeliefert, aber nicht das XRD unter /.well-known/host-meta, das XEP-0156 verlangt: Clients, die nur das XRD lesen, finden keinen Endpunkt.</translation>
    </message>
    <message>
        <source>Serve the same links as an XRD document at /.well-known/host-meta. %1</source>
        <translation>Liefern Sie dieselben Links als XRD-Dokument unter /.well-known/host-meta aus. %1</translation>
    </message>
    <message>
        <source>host-meta.json and the XRD disagree</source>
        <translation>host-meta.json und das XRD widersprechen sich</translation>
    </message>
    <message>
        <source>The XRD announces %1; host-meta.json announces %2. A client reaches a different endpoint depending on the form it reads.</source>
        <translation>Das XRD nennt %1, host-meta.json nennt %2. Ein Client erreicht je nach gelesener Form einen anderen Endpunkt.</translation>
    </message>
    <message>
        <source>Generate both from one configuration. %1</source>
        <translation>Erzeugen Sie beide aus einer Konfiguration. %1</translation>
    </message>
    <message>
        <source>An endpoint without encryption is announced</source>
        <translation>Ein Endpunkt ohne Verschlüsselung wird angekündigt</translation>
    </message>
    <message>
        <source>Announce only wss: and https: endpoints.</source>
        <translation>Kündigen Sie nur wss:- und https:-Endpunkte an.</translation>
    </message>
    <message>
        <source>An endpoint clients cannot use</source>
        <translation>Ein Endpunkt, den Clients nicht nutzen können</translation>
    </message>
    <message>
        <source>'%1': %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
    <message>
        <source>Correct the link, or remove it.</source>
        <translation>Korrigieren Sie den Link oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>host-meta cannot be read by web clients of other sites</source>
        <translation>host-meta ist für Web-Clients anderer Sites nicht lesbar</translation>
    </message>
    <message>
        <source>%1 has no Access-Control-Allow-Origin header: a browser lets a web client served from another origin (another host or port) fetch it but not read it.</source>
        <translation>%1 hat keinen Access-Control-Allow-Origin-Header: Ein Browser lässt einen Web-Client von einem anderen Origin (anderer Host oder Port) es abrufen, aber nicht lesen.</translation>
    </message>
    <message>
        <source>Send Access-Control-Allow-Origin: * with the document (ejabberd's mod_host_meta does).</source>
        <translation>Senden Sie Access-Control-Allow-Origin: * mit dem Dokument (ejabberds mod_host_meta tut das).</translation>
    </message>
    <message>
        <source>%1 would carry the login and every stanza unencrypted, for anyone on the way to read. Clients must not use it, so it is no path for them.</source>
        <translation>%1 würde die Anmeldung und jedes Stanza unverschlüsselt übertragen, lesbar für jeden auf dem Weg. Clients dürfen ihn nicht nutzen, er ist also kein Weg für sie.</translation>
    </message>
    <message>
        <source>Stream management offered, then not answered</source>
        <translation>Stream Management angeboten, dann nicht beantwortet</translation>
    </message>
    <message>
        <source>The peer offers XEP-0198 but did not answer &lt;enable/&gt;: whether it counts stanzas, and which ones, is unknown.</source>
        <translation>Die Gegenseite bietet XEP-0198 an, hat aber &lt;enable/&gt; nicht beantwortet: Ob sie Stanzas zählt, und welche, ist unbekannt.</translation>
    </message>
    <message>
        <source>Read the peer's log for why; offer the feature only where it works.</source>
        <translation>Den Grund im Protokoll der Gegenseite nachlesen; die Funktion nur anbieten, wo sie funktioniert.</translation>
    </message>
    <message>
        <source>The server offers XEP-0198 but answered &lt;enable/&gt; with &lt;failed/&gt;%1: its peers cannot count on acknowledgements, and clients cannot resume after a network change.</source>
        <translation>Der Server bietet XEP-0198 an, hat &lt;enable/&gt; aber mit &lt;failed/&gt;%1 beantwortet: Seine Gegenstellen können sich nicht auf Bestätigungen verlassen, und Clients können nach einem Netzwechsel nicht fortsetzen.</translation>
    </message>
    <message>
        <source>It says it handled %1 stanzas; we sent %2. Its counts cannot be trusted: a client or server would drop stanzas it still has to send.</source>
        <translation>Er gibt an, %1 Stanzas verarbeitet zu haben; gesendet wurden %2. Seinen Zählungen ist nicht zu trauen: Ein Client oder Server würde Stanzas verwerfen, die er noch senden muss.</translation>
    </message>
    <message>
        <source>Report it to the server's developers; a client would send those stanzas twice after a resumption.</source>
        <translation>Den Entwicklern des Servers melden; ein Client würde diese Stanzas nach einer Fortsetzung doppelt senden.</translation>
    </message>
    <message>
        <source>The server enabled stream management but did not answer &lt;r/&gt; in time: its peers wait for acknowledgements that never come, and a client may reconnect.</source>
        <translation>Der Server hat Stream Management aktiviert, aber &lt;r/&gt; nicht rechtzeitig beantwortet: Seine Gegenstellen warten auf Bestätigungen, die nie kommen, und ein Client verbindet sich womöglich neu.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>From domain</source>
        <translation>Absenderdomain</translation>
    </message>
    <message>
        <source>To domain</source>
        <translation>Zieldomain</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Step timeout</source>
        <translation>Zeitlimit pro Schritt</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>Anhalten nach</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>the authoritative listener</source>
        <translation>den autoritativen Listener</translation>
    </message>
    <message>
        <source>your dialback secret</source>
        <translation>Ihr Dialback-Geheimnis</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>ein Zertifikat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Message to</source>
        <translation>Nachricht an</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Ping JID</source>
        <translation>Ping-JID</translation>
    </message>
    <message>
        <source>Minimum SCRAM iterations</source>
        <translation>Mindestzahl der SCRAM-Iterationen</translation>
    </message>
    <message>
        <source>Stay online</source>
        <translation>Online bleiben</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Test resumption</source>
        <translation>Fortsetzung testen</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>WebSocket-URL</translation>
    </message>
    <message>
        <source>Try every path</source>
        <translation>Jeden Weg probieren</translation>
    </message>
    <message>
        <source>BOSH URL</source>
        <translation>BOSH-URL</translation>
    </message>
    <message>
        <source>Web page origin</source>
        <translation>Herkunft der Webseite</translation>
    </message>
</context>
<context>
    <name>Fragment</name>
    <message>
        <source>The text is larger than 1 MiB.</source>
        <translation>Der Text ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>%1 (at byte %2)</source>
        <translation>%1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>Not well-formed XML: %1</source>
        <translation>Kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>There is no element to send.</source>
        <translation>Es gibt kein Element zum Senden.</translation>
    </message>
</context>
<context>
    <name>HostMetaDoc</name>
    <message>
        <source>a WebSocket endpoint must be a wss: (or ws:) URL (RFC 6455 §3)</source>
        <translation>ein WebSocket-Endpunkt muss eine wss:- (oder ws:-)URL sein (RFC 6455 §3)</translation>
    </message>
    <message>
        <source>a BOSH endpoint must be an https: (or http:) URL (XEP-0206)</source>
        <translation>ein BOSH-Endpunkt muss eine https:- (oder http:-)URL sein (XEP-0206)</translation>
    </message>
    <message>
        <source>HTTP polling (XEP-0025) is obsolete: no current client uses it</source>
        <translation>HTTP-Polling (XEP-0025) ist veraltet: Kein aktueller Client nutzt es</translation>
    </message>
    <message>
        <source>not an absolute URL with a host</source>
        <translation>keine absolute URL mit Host</translation>
    </message>
    <message>
        <source>it has a document type declaration, which XRD never has</source>
        <translation>es hat eine Dokumenttyp-Deklaration, die XRD nie hat</translation>
    </message>
    <message>
        <source>its root element is &lt;%1 xmlns='%2'&gt;, not &lt;XRD xmlns='%3'&gt; (RFC 6415 §3)</source>
        <translation>sein Wurzelelement ist &lt;%1 xmlns='%2'&gt;, nicht &lt;XRD xmlns='%3'&gt; (RFC 6415 §3)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation>kein wohlgeformtes XML: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>not JSON: %1 (at byte %2)</source>
        <translation>kein JSON: %1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>not a host-meta object: no "links" array (RFC 6415 Appendix A)</source>
        <translation>kein host-meta-Objekt: kein "links"-Array (RFC 6415 Anhang A)</translation>
    </message>
    <message>
        <source>not encrypted: clients use only wss: and https: endpoints (XEP-0156 §2.2)</source>
        <translation>nicht verschlüsselt: Clients nutzen nur wss:- und https:-Endpunkte (XEP-0156 §2.2)</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>error</source>
        <comment>finding severity</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>finding severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <comment>finding severity</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Findings — errors: %1, warnings: %2, notes: %3.</source>
        <translation>Befunde — Fehler: %1, Warnungen: %2, Hinweise: %3.</translation>
    </message>
    <message>
        <source>Nothing that this tool checks looks wrong.</source>
        <translation>Nichts, was dieses Werkzeug prüft, sieht falsch aus.</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation>Spezifikation:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>matches by %1: %2</source>
        <translation>passt über %1: %2</translation>
    </message>
    <message>
        <source>only the CN matches</source>
        <translation>nur der CN passt</translation>
    </message>
    <message>
        <source>no identifier matches</source>
        <translation>kein Bezeichner passt</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>nicht geprüft: %1</translation>
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
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Certificate verification</source>
        <translation>Zertifikatsprüfung</translation>
    </message>
    <message>
        <source>Identity (RFC 9525)</source>
        <translation>Identität (RFC 9525)</translation>
    </message>
    <message>
        <source>Identifiers presented</source>
        <translation>Vorgelegte Bezeichner</translation>
    </message>
    <message>
        <source>Session resumed</source>
        <translation>Sitzung fortgesetzt</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>signed with %1</source>
        <translation>signiert mit %1</translation>
    </message>
    <message>
        <source>part of the chain checked above</source>
        <translation>Teil der oben geprüften Kette</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>self-signed (a root)</source>
        <translation>selbstsigniert (eine Wurzel)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Certificate chain, as the peer sent it</source>
        <translation>Zertifikatskette, wie die Gegenseite sie sandte</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>DANE (RFC 7673)</source>
        <translation>DANE (RFC 7673)</translation>
    </message>
    <message>
        <source>DANE applies and no TLSA record matches the chain.</source>
        <translation>DANE greift, und kein TLSA-Eintrag passt zur Kette.</translation>
    </message>
    <message>
        <source>DANE does not decide here (DNSSEC: %1).</source>
        <translation>DANE entscheidet hier nicht (DNSSEC: %1).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>DANE applies and a TLSA record matches the chain.</source>
        <translation>DANE greift, und ein TLSA-Eintrag passt zur Kette.</translation>
    </message>
    <message>
        <source>DANE applies; no record was matched.</source>
        <translation>DANE greift; kein Eintrag wurde abgeglichen.</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selektor</translation>
    </message>
    <message>
        <source>Matching type</source>
        <translation>Abgleichstyp</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Verwendbar</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>, DANE applies</source>
        <translation>, DANE greift</translation>
    </message>
    <message>
        <source>%1 (not used: %2)</source>
        <translation>%1 (nicht verwendet: %2)</translation>
    </message>
    <message>
        <source>direct TLS</source>
        <translation>direktes TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>DNSSEC not validated because</source>
        <translation>DNSSEC nicht validiert, weil</translation>
    </message>
    <message>
        <source>SRV lookups that failed</source>
        <translation>Fehlgeschlagene SRV-Abfragen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Verbindungsversuche</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Candidates, in the order they are tried (RFC 6120 §3.2)</source>
        <translation>Kandidaten, in der Reihenfolge, in der sie versucht werden (RFC 6120 §3.2)</translation>
    </message>
    <message>
        <source>No candidate.</source>
        <translation>Kein Kandidat.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Priority / weight</source>
        <translation>Priorität / Gewicht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>initiating</source>
        <comment>connection role</comment>
        <translation>initiierend</translation>
    </message>
    <message>
        <source>receiving</source>
        <comment>connection role</comment>
        <translation>empfangend</translation>
    </message>
    <message>
        <source>authoritative</source>
        <comment>connection role</comment>
        <translation>autoritativ</translation>
    </message>
    <message>
        <source>verify</source>
        <comment>connection role: the dialback verification connection</comment>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>client</source>
        <comment>connection role</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <source>One lane per party, time running down; each arrow is what one side sent to the other.</source>
        <translation>Eine Bahn je Beteiligtem, die Zeit läuft nach unten; jeder Pfeil ist, was eine Seite der anderen sandte.</translation>
    </message>
    <message>
        <source>The session (%1)</source>
        <translation>Die Sitzung (%1)</translation>
    </message>
    <message>
        <source>Phases and notes</source>
        <translation>Phasen und Hinweise</translation>
    </message>
    <message>
        <source>No phase was recorded.</source>
        <translation>Keine Phase wurde aufgezeichnet.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Phases, with the time each began</source>
        <translation>Phasen, mit der Zeit, zu der jede begann</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>die Sitzung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Stream header, sent</source>
        <translation>Stream-Header, gesendet</translation>
    </message>
    <message>
        <source>Stream header, received</source>
        <translation>Stream-Header, empfangen</translation>
    </message>
    <message>
        <source>Whitespace keepalive</source>
        <translation>Leerzeichen-Keepalive</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Bytes outside the stream</source>
        <translation>Bytes außerhalb des Streams</translation>
    </message>
    <message>
        <source>What the elements mean</source>
        <translation>Was die Elemente bedeuten</translation>
    </message>
    <message>
        <source>Each kind of element in this session, explained once, with the part of the specification that defines it.</source>
        <translation>Jede Art von Element dieser Sitzung, einmal erklärt, mit dem Teil der Spezifikation, der sie festlegt.</translation>
    </message>
    <message>
        <source>Nothing to explain: no element was exchanged.</source>
        <translation>Nichts zu erklären: kein Element wurde ausgetauscht.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>XML transcript</source>
        <translation>XML-Transkript</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded, with problems</source>
        <translation>Erfolgreich, mit Problemen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Error in the phase “%1”: %2</source>
        <translation>Fehler in der Phase „%1“: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>No TLS handshake was completed.</source>
        <translation>Kein TLS-Handshake wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>No TLS handshake was recorded: the stream stayed unencrypted or ended before TLS.</source>
        <translation>Kein TLS-Handshake wurde aufgezeichnet: Der Stream blieb unverschlüsselt oder endete vor TLS.</translation>
    </message>
    <message>
        <source>No DNS lookup was recorded: the session connected to a host given to it.</source>
        <translation>Keine DNS-Abfrage wurde aufgezeichnet: Die Sitzung verband sich mit einem vorgegebenen Host.</translation>
    </message>
    <message>
        <source>XMPP Inspector report: the DNS of %1</source>
        <translation>XMPP-Inspector-Bericht: das DNS von %1</translation>
    </message>
    <message>
        <source>XMPP Inspector report: %1 → %2</source>
        <translation>XMPP-Inspector-Bericht: %1 → %2</translation>
    </message>
    <message>
        <source>XMPP Inspector report</source>
        <translation>XMPP-Inspector-Bericht</translation>
    </message>
    <message>
        <source>server-to-server session</source>
        <translation>Server-zu-Server-Sitzung</translation>
    </message>
    <message>
        <source>client-to-server session</source>
        <translation>Client-zu-Server-Sitzung</translation>
    </message>
    <message>
        <source>inbound server-to-server session</source>
        <translation>eingehende Server-zu-Server-Sitzung</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute</comment>
        <extracomment>The report's language tag (BCP 47) for the HTML lang attribute: de, fr, …</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Made by XMPP Inspector %1 on %2. This report holds the dialback keys and SASL payloads as they were sent.</source>
        <translation>Erstellt von XMPP Inspector %1 am %2. Dieser Bericht enthält die Dialback-Schlüssel und SASL-Nutzdaten, wie sie gesendet wurden.</translation>
    </message>
    <message>
        <source>Made by XMPP Inspector %1 on %2. Dialback keys and SASL payloads are redacted.</source>
        <translation>Erstellt von XMPP Inspector %1 am %2. Dialback-Schlüssel und SASL-Nutzdaten sind geschwärzt.</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <source>first features</source>
        <translation>erste Features</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <source>The peer's stream</source>
        <translation>Stream der Gegenseite</translation>
    </message>
    <message>
        <source>from %1, id %2, version %3</source>
        <translation>von %1, ID %2, Version %3</translation>
    </message>
    <message>
        <source>offered: %1, required: %2, TLS on: %3</source>
        <translation>angeboten: %1, verlangt: %2, TLS aktiv: %3</translation>
    </message>
    <message>
        <source>Dialback offered</source>
        <translation>Dialback angeboten</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Stream features offered (RFC 6120 §4.3.2)</source>
        <translation>Angebotene Stream-Features (RFC 6120 §4.3.2)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>Stream-ID</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>the server proved that it knows the password (SCRAM signature)</source>
        <translation>der Server hat bewiesen, dass er das Passwort kennt (SCRAM-Signatur)</translation>
    </message>
    <message>
        <source>the server's SCRAM signature did not verify</source>
        <translation>die SCRAM-Signatur des Servers ließ sich nicht prüfen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <source>Server Dialback (XEP-0220)</source>
        <translation>Server Dialback (XEP-0220)</translation>
    </message>
    <message>
        <source>SASL (RFC 6120 §6)</source>
        <translation>SASL (RFC 6120 §6)</translation>
    </message>
    <message>
        <source>SASL %1 (RFC 6120 §6)</source>
        <translation>SASL %1 (RFC 6120 §6)</translation>
    </message>
    <message>
        <source>Authenticated as</source>
        <translation>Authentifiziert als</translation>
    </message>
    <message>
        <source>Stream error (RFC 6120 §4.9)</source>
        <translation>Stream-Fehler (RFC 6120 §4.9)</translation>
    </message>
    <message>
        <source>Resource binding (RFC 6120 §7)</source>
        <translation>Ressourcenbindung (RFC 6120 §7)</translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation>Umlaufzeit %1</translation>
    </message>
    <message>
        <source>, answered on connection %1</source>
        <translation>, beantwortet auf Verbindung %1</translation>
    </message>
    <message>
        <source>Ping (XEP-0199)</source>
        <translation>Ping (XEP-0199)</translation>
    </message>
    <message>
        <source>Software version (XEP-0092)</source>
        <translation>Softwareversion (XEP-0092)</translation>
    </message>
    <message>
        <source>Service discovery (XEP-0030)</source>
        <translation>Diensterkennung (XEP-0030)</translation>
    </message>
    <message>
        <source>Roster (RFC 6121 §2)</source>
        <translation>Kontaktliste (RFC 6121 §2)</translation>
    </message>
    <message>
        <source>contacts: %1</source>
        <translation>Kontakte: %1</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Delivery error (RFC 6120 §8.3)</source>
        <translation>Zustellfehler (RFC 6120 §8.3)</translation>
    </message>
    <message>
        <source>No authentication or query was recorded on the main connection.</source>
        <translation>Auf der Hauptverbindung wurde keine Authentifizierung und keine Abfrage aufgezeichnet.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <source>Every element as it crossed the wire, secrets included. Open an event to see its XML.</source>
        <translation>Jedes Element, wie es über die Leitung ging, Geheimnisse eingeschlossen. Ein Ereignis öffnen, um sein XML zu sehen.</translation>
    </message>
    <message>
        <source>Every element as it crossed the wire; dialback keys and SASL payloads are shown as [redacted:LENGTH]. Open an event to see its XML.</source>
        <translation>Jedes Element, wie es über die Leitung ging; Dialback-Schlüssel und SASL-Nutzdaten erscheinen als [redacted:LENGTH]. Ein Ereignis öffnen, um sein XML zu sehen.</translation>
    </message>
    <message>
        <source>No bytes were exchanged.</source>
        <translation>Es wurden keine Bytes ausgetauscht.</translation>
    </message>
    <message>
        <source>The report shows the first %1 events; the transcript holds %2 more. Open it in XMPP Inspector, or export it as text, to see them all.</source>
        <translation>Der Bericht zeigt die ersten %1 Ereignisse; das Transkript enthält %2 weitere. Öffnen Sie es in XMPP Inspector oder exportieren Sie es als Text, um alle zu sehen.</translation>
    </message>
    <message>
        <source>%1 (not usable: %2)</source>
        <translation>%1 (nicht nutzbar: %2)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>TCP, STARTTLS</source>
        <translation>TCP, STARTTLS</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>BOSH</source>
        <translation>BOSH</translation>
    </message>
    <message>
        <source>Web endpoints (XEP-0156 host-meta), from %1 port %2</source>
        <translation>Web-Endpunkte (XEP-0156 host-meta), von %1 Port %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>XMPP links</source>
        <translation>XMPP-Links</translation>
    </message>
    <message>
        <source>Paths, in the order a client tries them</source>
        <translation>Wege, in der Reihenfolge, in der ein Client sie probiert</translation>
    </message>
    <message>
        <source>%1 (not encrypted)</source>
        <translation>%1 (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>over WebSocket %1</source>
        <translation>über WebSocket %1</translation>
    </message>
    <message>
        <source>WebSocket endpoint</source>
        <translation>WebSocket-Endpunkt</translation>
    </message>
    <message>
        <source>over BOSH %1</source>
        <translation>über BOSH %1</translation>
    </message>
    <message>
        <source>BOSH endpoint</source>
        <translation>BOSH-Endpunkt</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>'%1' cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>'%1' is larger than 1 MiB; it is not a PEM file.</source>
        <translation>„%1“ ist größer als 1 MiB; das ist keine PEM-Datei.</translation>
    </message>
    <message>
        <source>'%1' contains no PEM certificate.</source>
        <translation>„%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>'%1' contains no unencrypted PEM private key (RSA, EC or DSA).</source>
        <translation>„%1“ enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA, EC oder DSA).</translation>
    </message>
    <message>
        <source>The key in '%1' does not belong to the certificate in '%2'.</source>
        <translation>Der Schlüssel in „%1“ gehört nicht zum Zertifikat in „%2“.</translation>
    </message>
    <message>
        <source>The certificate has no clientAuth purpose. Servers that check purposes (ejabberd with OpenSSL defaults, Metronome) reject it for SASL EXTERNAL with 'unsupported certificate purpose'; Prosody ignores the purpose. Public CAs stopped issuing clientAuth in 2025–26: expect dialback to be needed.</source>
        <translation>Das Zertifikat hat keinen Verwendungszweck clientAuth. Server, die Verwendungszwecke prüfen (ejabberd mit den OpenSSL-Standardeinstellungen, Metronome), lehnen es für SASL EXTERNAL mit „unsupported certificate purpose“ ab; Prosody ignoriert den Verwendungszweck. Öffentliche CAs haben 2025–26 aufgehört, clientAuth auszustellen: Rechnen Sie damit, dass Dialback nötig ist.</translation>
    </message>
</context>
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
        <source>&lt;h2&gt;XMPP Inspector %1&lt;/h2&gt;&lt;p&gt;Opens real XMPP sessions, server-to-server and client-to-server, and shows what crosses the wire: the decrypted XML stream, every connection's phases, the features, TLS, certificate and DNS facts, and the authentication result.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;TLS: %4 through Qt's %5 backend&lt;/p&gt;&lt;p&gt;XMPP Inspector is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with no warranty.&lt;br&gt;It uses Qt (LGPL-3.0), OpenSSL (Apache-2.0) and libunbound (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;XMPP Inspector %1&lt;/h2&gt;&lt;p&gt;Öffnet echte XMPP-Sitzungen, Server-zu-Server und Client-zu-Server, und zeigt, was über die Leitung geht: den entschlüsselten XML-Stream, die Phasen jeder Verbindung, die Features, Fakten zu TLS, Zertifikaten und DNS sowie das Ergebnis der Authentifizierung.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;TLS: %4 über das %5-Backend von Qt&lt;/p&gt;&lt;p&gt;XMPP Inspector ist freie Software unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later), ohne jegliche Gewährleistung.&lt;br&gt;Es verwendet Qt (LGPL-3.0), OpenSSL (Apache-2.0) und libunbound (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>keine TLS-Bibliothek</translation>
    </message>
</context>
<context>
    <name>Inspector::BoshParser</name>
    <message>
        <source>An HTTP response ends inside its &lt;body/&gt;: each response holds one whole &lt;body/&gt; element (XEP-0124 §6).</source>
        <translation>Eine HTTP-Antwort endet innerhalb ihres &lt;body/&gt;: Jede Antwort enthält genau ein vollständiges &lt;body/&gt;-Element (XEP-0124 §6).</translation>
    </message>
    <message>
        <source>An HTTP response holds more than one &lt;body/&gt;: each holds exactly one (XEP-0124 §6).</source>
        <translation>Eine HTTP-Antwort enthält mehr als ein &lt;body/&gt;: Jede enthält genau eines (XEP-0124 §6).</translation>
    </message>
</context>
<context>
    <name>Inspector::BoshTransport</name>
    <message>
        <source>no response to the BOSH request with rid %1 within %2 s (the session's wait is %3 s)</source>
        <translation>keine Antwort auf die BOSH-Anfrage mit rid %1 innerhalb von %2 s (das wait der Sitzung ist %3 s)</translation>
    </message>
    <message>
        <source>the server found a request malformed (bad-request)</source>
        <translation>der Server fand eine Anfrage fehlerhaft (bad-request)</translation>
    </message>
    <message>
        <source>the client broke the session's rules (policy-violation)</source>
        <translation>der Client hat die Regeln der Sitzung verletzt (policy-violation)</translation>
    </message>
    <message>
        <source>the server does not know the session or the rid (item-not-found), or nothing serves BOSH at this URL</source>
        <translation>der Server kennt die Sitzung oder die rid nicht (item-not-found), oder unter dieser URL wird kein BOSH angeboten</translation>
    </message>
    <message>
        <source>the BOSH endpoint refused the request</source>
        <translation>der BOSH-Endpunkt hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>HTTP %1 %2 for the request with rid %3: %4 (XEP-0124 §17.1)</source>
        <translation>HTTP %1 %2 für die Anfrage mit rid %3: %4 (XEP-0124 §17.1)</translation>
    </message>
    <message>
        <source>the response to the session creation request has no sid (XEP-0124 §7.2)</source>
        <translation>die Antwort auf die Anfrage zum Anlegen der Sitzung hat keine sid (XEP-0124 §7.2)</translation>
    </message>
    <message>
        <source>the server terminated the BOSH session: %1 (XEP-0124 §17.2)</source>
        <translation>der Server hat die BOSH-Sitzung beendet: %1 (XEP-0124 §17.2)</translation>
    </message>
    <message>
        <source>the server answered rid %1 with a recoverable binding error (XEP-0124 §17.3); this tool does not resend requests</source>
        <translation>der Server hat rid %1 mit einem behebbaren Binding-Fehler beantwortet (XEP-0124 §17.3); dieses Werkzeug sendet Anfragen nicht erneut</translation>
    </message>
    <message>
        <source>The server's wait of %1 s is longer than the %2 s asked for; it must not be (XEP-0124 §7.2).</source>
        <translation>Das wait des Servers von %1 s ist länger als die erbetenen %2 s; das darf es nicht sein (XEP-0124 §7.2).</translation>
    </message>
    <message>
        <source>a BOSH response is larger than %1 bytes (the limit)</source>
        <translation>eine BOSH-Antwort ist größer als %1 Bytes (die Grenze)</translation>
    </message>
    <message>
        <source>another HTTP connection of the BOSH session presented a different certificate (SHA-256 %1, not %2): the session is ended (XEP-0124 §19.1)</source>
        <translation>eine weitere HTTP-Verbindung der BOSH-Sitzung zeigte ein anderes Zertifikat (SHA-256 %1, nicht %2): Die Sitzung wird beendet (XEP-0124 §19.1)</translation>
    </message>
    <message>
        <source>another HTTP connection of the BOSH session failed certificate verification where the first passed: the session is ended (XEP-0124 §19.1)</source>
        <translation>eine weitere HTTP-Verbindung der BOSH-Sitzung bestand die Zertifikatsprüfung nicht, die erste schon: Die Sitzung wird beendet (XEP-0124 §19.1)</translation>
    </message>
    <message>
        <source>a request was malformed (bad-request)</source>
        <translation>eine Anfrage war fehlerhaft (bad-request)</translation>
    </message>
    <message>
        <source>the domain asked for is no longer served there (host-gone)</source>
        <translation>die angefragte Domain wird dort nicht mehr bedient (host-gone)</translation>
    </message>
    <message>
        <source>the domain asked for is not served there (host-unknown)</source>
        <translation>die angefragte Domain wird dort nicht bedient (host-unknown)</translation>
    </message>
    <message>
        <source>the session request lacked the 'to' the server requires (improper-addressing)</source>
        <translation>der Sitzungsanfrage fehlte das 'to', das der Server verlangt (improper-addressing)</translation>
    </message>
    <message>
        <source>the connection manager failed internally (internal-server-error)</source>
        <translation>der Connection-Manager ist intern gescheitert (internal-server-error)</translation>
    </message>
    <message>
        <source>the server does not know the session or the rid: a wrong sid, an rid outside its window, or a response it can no longer resend (item-not-found)</source>
        <translation>der Server kennt die Sitzung oder die rid nicht: eine falsche sid, eine rid außerhalb seines Fensters oder eine Antwort, die er nicht mehr erneut senden kann (item-not-found)</translation>
    </message>
    <message>
        <source>another request of the session made the server end it (other-request)</source>
        <translation>eine andere Anfrage der Sitzung hat den Server sie beenden lassen (other-request)</translation>
    </message>
    <message>
        <source>the client broke the session's rules: too many requests at once or polling too often (policy-violation)</source>
        <translation>der Client hat die Regeln der Sitzung verletzt: zu viele gleichzeitige Anfragen oder zu häufiges Pollen (policy-violation)</translation>
    </message>
    <message>
        <source>the connection manager could not reach the XMPP server or lost it (remote-connection-failed)</source>
        <translation>der Connection-Manager konnte den XMPP-Server nicht erreichen oder hat ihn verloren (remote-connection-failed)</translation>
    </message>
    <message>
        <source>the XMPP server ended the stream with an error (remote-stream-error, XEP-0206 §6)</source>
        <translation>der XMPP-Server hat den Stream mit einem Fehler beendet (remote-stream-error, XEP-0206 §6)</translation>
    </message>
    <message>
        <source>the XMPP server ended the stream with the error %1 (remote-stream-error, XEP-0206 §6)</source>
        <translation>der XMPP-Server hat den Stream mit dem Fehler %1 beendet (remote-stream-error, XEP-0206 §6)</translation>
    </message>
    <message>
        <source>the connection manager does not serve this URL; it points to '%1' (see-other-uri)</source>
        <translation>der Connection-Manager bedient diese URL nicht; er verweist auf '%1' (see-other-uri)</translation>
    </message>
    <message>
        <source>the connection manager is shutting down (system-shutdown)</source>
        <translation>der Connection-Manager wird heruntergefahren (system-shutdown)</translation>
    </message>
    <message>
        <source>an error XEP-0124 does not name (undefined-condition)</source>
        <translation>ein Fehler, den XEP-0124 nicht benennt (undefined-condition)</translation>
    </message>
    <message>
        <source>the condition '%1', which XEP-0124 does not define</source>
        <translation>die Bedingung '%1', die XEP-0124 nicht definiert</translation>
    </message>
    <message>
        <source>the response to rid %1 is empty: each response holds one &lt;body/&gt; element (XEP-0124 §6)</source>
        <translation>die Antwort auf rid %1 ist leer: Jede Antwort enthält ein &lt;body/&gt;-Element (XEP-0124 §6)</translation>
    </message>
    <message>
        <source>The response to rid %1 arrived before the one to rid %2 (on another connection): it is read after that one, in the order of the requests (XEP-0124 §14.2).</source>
        <translation>Die Antwort auf rid %1 kam vor der auf rid %2 an (über eine andere Verbindung): Sie wird nach jener gelesen, in der Reihenfolge der Anfragen (XEP-0124 §14.2).</translation>
    </message>
    <message>
        <source>The server answers empty requests at once instead of holding them (XEP-0124 §4): from now on they go out at most once a second.</source>
        <translation>Der Server beantwortet leere Anfragen sofort, statt sie zu halten (XEP-0124 §4): Ab jetzt gehen sie höchstens einmal pro Sekunde hinaus.</translation>
    </message>
    <message>
        <source>The server's hold of %1 is more than the 1 asked for; it must not be (XEP-0124 §7.2).</source>
        <translation>Das hold des Servers von %1 ist mehr als die erbetene 1; das darf es nicht sein (XEP-0124 §7.2).</translation>
    </message>
    <message>
        <source>The session creation response has no 'ver': a legacy connection manager, which reports errors as HTTP status codes (XEP-0124 §17.1).</source>
        <translation>Die Antwort auf das Anlegen der Sitzung hat kein 'ver': ein älterer Connection-Manager, der Fehler als HTTP-Statuscodes meldet (XEP-0124 §17.1).</translation>
    </message>
    <message>
        <source>an HTTPS response of the BOSH session came without the server's certificate</source>
        <translation>eine HTTPS-Antwort der BOSH-Sitzung kam ohne das Zertifikat des Servers</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) still unanswered when the session ended: given up (XEP-0124 §13).</source>
        <translation>
            <numerusform>%n Anfrage beim Ende der Sitzung noch unbeantwortet: aufgegeben (XEP-0124 §13).</numerusform>
            <numerusform>%n Anfragen beim Ende der Sitzung noch unbeantwortet: aufgegeben (XEP-0124 §13).</numerusform>
        </translation>
    </message>
    <message>
        <source>The response to rid %1 (HTTP %2) carries no Access-Control-Allow-Origin: a web client on a page at %3 could not read it (CORS).</source>
        <translation>Die Antwort auf rid %1 (HTTP %2) trägt kein Access-Control-Allow-Origin: Ein Web-Client auf einer Seite unter %3 könnte sie nicht lesen (CORS).</translation>
    </message>
    <message>
        <source>The response to rid %1 (HTTP %2) allows the origin '%3', not %4: a web client on a page at %4 could not read it (CORS).</source>
        <translation>Die Antwort auf rid %1 (HTTP %2) erlaubt die Herkunft '%3', nicht %4: Ein Web-Client auf einer Seite unter %4 könnte sie nicht lesen (CORS).</translation>
    </message>
    <message>
        <source>A browser asks first with OPTIONS before posting text/xml from a page at %1 (a CORS preflight); this endpoint's answer would stop it: %2.</source>
        <translation>Ein Browser fragt vor dem Senden von text/xml von einer Seite unter %1 zuerst mit OPTIONS (ein CORS-Preflight); die Antwort dieses Endpunkts würde ihn aufhalten: %2.</translation>
    </message>
    <message>
        <source>The session creation response does not advertise stream restarts (xmpp:restartlogic='true'), as XEP-0206 §4 asks of a connection manager that supports them; a login's restart after SASL shows whether it does.</source>
        <translation>Die Antwort auf die Sitzungserstellung kündigt keine Stream-Neustarts an (xmpp:restartlogic='true'), wie XEP-0206 §4 es von einem Verbindungsmanager verlangt, der sie unterstützt; der Neustart nach SASL bei einer Anmeldung zeigt, ob er es tut.</translation>
    </message>
</context>
<context>
    <name>Inspector::C2sForm</name>
    <message>
        <source>&amp;Account (JID):</source>
        <translation>&amp;Konto (JID):</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Host (optional):</translation>
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
        <source>user@example.org</source>
        <translation>benutzer@example.org</translation>
    </message>
    <message>
        <source>used for this session only; never saved or recorded</source>
        <translation>nur für diese Sitzung verwendet; wird nie gespeichert oder aufgezeichnet</translation>
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
        <source>no: log out after the actions</source>
        <translation>nein: nach den Aktionen abmelden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send presence and stay online this long, recording what arrives; stanzas can be sent from the Console tab meanwhile.</source>
        <translation>Presence senden und so lange online bleiben, dabei alles Eintreffende aufzeichnen; währenddessen können Stanzas über den Tab „Konsole“ gesendet werden.</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>empty: the domain's SRV records (DNS)</source>
        <translation>leer: die SRV-Einträge der Domain (DNS)</translation>
    </message>
    <message>
        <source>optional: PEM file of extra trust anchors</source>
        <translation>optional: PEM-Datei mit zusätzlichen Vertrauensankern</translation>
    </message>
    <message>
        <source>Abort on certificate errors</source>
        <translation>Bei Zertifikatsfehlern abbrechen</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Send credentials even to a server whose certificate failed verification</source>
        <translation>Zugangsdaten auch an einen Server senden, dessen Zertifikat die Prüfung nicht besteht</translation>
    </message>
    <message>
        <source>Warning: an attacker in the middle would get the password (PLAIN) or a SCRAM proof.</source>
        <translation>Warnung: ein Angreifer dazwischen erhielte das Passwort (PLAIN) oder einen SCRAM-Beweis.</translation>
    </message>
    <message>
        <source>Whoever holds the certificate the server presented, possibly an attacker in the middle, gets the password (PLAIN) or a SCRAM proof to attack offline. For this session only; never saved in a profile.</source>
        <translation>Wer das Zertifikat besitzt, das der Server vorgelegt hat, womöglich ein Angreifer dazwischen, erhält das Passwort (PLAIN) oder einen SCRAM-Beweis, den er offline angreifen kann. Nur für diese Sitzung; wird nie in einem Profil gespeichert.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation>R&amp;essource:</translation>
    </message>
    <message>
        <source>Mechan&amp;ism:</source>
        <translation>&amp;Mechanismus:</translation>
    </message>
    <message>
        <source>Minim&amp;um SCRAM iterations:</source>
        <translation>Mindest&amp;zahl SCRAM-Iterationen:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Step &amp;timeout:</source>
        <translation>Schritt-&amp;Timeout:</translation>
    </message>
    <message>
        <source>Ping &amp;JID:</source>
        <translation>Ping-&amp;JID:</translation>
    </message>
    <message>
        <source>Stan&amp;zas file:</source>
        <translation>Stanzas-Date&amp;i:</translation>
    </message>
    <message>
        <source>Stay &amp;online:</source>
        <translation>Online &amp;bleiben:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>DNS (without a host)</source>
        <translation>DNS (ohne Host)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>After logging in</source>
        <translation>Nach der Anmeldung</translation>
    </message>
    <message>
        <source>Probe only: read the features, no login (no password)</source>
        <translation>Nur sondieren: die Features lesen, keine Anmeldung (kein Passwort)</translation>
    </message>
    <message>
        <source>empty: inspector</source>
        <translation>leer: inspector</translation>
    </message>
    <message>
        <source>The strongest offered</source>
        <translation>Der stärkste angebotene</translation>
    </message>
    <message>
        <source>Stanzas to send</source>
        <translation>Zu sendende Stanzas</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-Dateien (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>optional: XML stanzas sent after binding</source>
        <translation>optional: XML-Stanzas, die nach dem Binden gesendet werden</translation>
    </message>
    <message>
        <source>Read the stream features before TLS and after it, then close: nothing is sent that needs a password.</source>
        <translation>Die Stream-Features vor und nach TLS lesen, dann schließen: Es wird nichts gesendet, das ein Passwort braucht.</translation>
    </message>
    <message>
        <source>-PLUS: SCRAM with tls-server-end-point channel binding.</source>
        <translation>-PLUS: SCRAM mit Kanalbindung tls-server-end-point.</translation>
    </message>
    <message>
        <source>Refuse a SCRAM iteration count below this (RFC 7677 §4).</source>
        <translation>Eine SCRAM-Iterationszahl darunter ablehnen (RFC 7677 §4).</translation>
    </message>
    <message>
        <source>DNS server and trust anchors apply without a host: DNS is not asked when the host says where to connect.</source>
        <translation>DNS-Server und Vertrauensanker gelten nur ohne Host: Das DNS wird nicht gefragt, wenn der Host sagt, wohin verbunden wird.</translation>
    </message>
    <message>
        <source>Stanzas file</source>
        <translation>Stanzas-Datei</translation>
    </message>
    <message>
        <source>Stream management (XEP-0198) when offered</source>
        <translation>Stream Management (XEP-0198), wenn angeboten</translation>
    </message>
    <message>
        <source>Test resumption: drop the connection and resume</source>
        <translation>Fortsetzung testen: Verbindung abbrechen und fortsetzen</translation>
    </message>
    <message>
        <source>Enable it after binding, answer the server's acknowledgement requests, and check before closing that the server counted every stanza sent.</source>
        <translation>Nach der Ressourcenbindung aktivieren, die Bestätigungsanfragen des Servers beantworten und vor dem Schließen prüfen, dass der Server jede gesendete Stanza gezählt hat.</translation>
    </message>
    <message>
        <source>Log in, enable stream management with resumption, send a message to yourself, drop TCP without closing the stream, then log in again and resume: what was sent again, and whether the message arrived exactly once (XEP-0198 §5).</source>
        <translation>Anmelden, Stream Management mit Fortsetzung aktivieren, sich selbst eine Nachricht senden, TCP ohne Schließen des Streams abbrechen, dann erneut anmelden und fortsetzen: was erneut gesendet wurde und ob die Nachricht genau einmal ankam (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>Ask what the server offers (service discovery)</source>
        <translation>Fragen, was der Server anbietet (Service Discovery)</translation>
    </message>
    <message>
        <source>Service discovery of the server and of the account: message carbons, the message archive, every feature explained, and the server's entity capabilities hash checked (XEP-0030, XEP-0115).</source>
        <translation>Service Discovery des Servers und des Kontos: Message Carbons, das Nachrichtenarchiv, jedes Feature erklärt und der Capabilities-Hash des Servers geprüft (XEP-0030, XEP-0115).</translation>
    </message>
    <message>
        <source>empty: TCP; or wss://host/xmpp-websocket</source>
        <translation>leer: TCP; oder wss://host/xmpp-websocket</translation>
    </message>
    <message>
        <source>Log in over WebSocket (RFC 7395), as a web client does: the URL's host is dialled and its certificate verified; host, port, TLS mode and DNS do not apply.</source>
        <translation>Über WebSocket anmelden (RFC 7395), wie ein Web-Client: Der Host der URL wird angewählt und sein Zertifikat geprüft; Host, Port, TLS-Modus und DNS gelten dann nicht.</translation>
    </message>
    <message>
        <source>WebSoc&amp;ket URL:</source>
        <translation>WebSocket-&amp;URL:</translation>
    </message>
    <message>
        <source>Try every path (SRV targets, WebSocket, BOSH)</source>
        <translation>Jeden Weg probieren (SRV-Ziele, WebSocket, BOSH)</translation>
    </message>
    <message>
        <source>optional: NAME:443:HOST:PORT, … (host-meta)</source>
        <translation>optional: NAME:443:HOST:PORT, … (host-meta)</translation>
    </message>
    <message>
        <source>Find every path a client may take (the SRV targets, then the endpoints of the domain's host-meta, XEP-0156) and try each: probed, or logged in on with a password; each with its outcome, TLS and the time to the features.</source>
        <translation>Jeden Weg finden, den ein Client nehmen kann (die SRV-Ziele, dann die Endpunkte aus dem host-meta der Domain, XEP-0156), und jeden probieren: abgetastet oder, mit Passwort, mit Anmeldung; jeder mit Ergebnis, TLS und der Zeit bis zu den Features.</translation>
    </message>
    <message>
        <source>Where HTTPS connections for a name and port go instead (a test server); the name is still the one verified.</source>
        <translation>Wohin HTTPS-Verbindungen für einen Namen und Port stattdessen gehen (ein Testserver); geprüft wird weiterhin der Name.</translation>
    </message>
    <message>
        <source>HTTPS via: '%1' is not NAME:PORT:HOST:PORT.</source>
        <translation>HTTPS über: „%1“ ist nicht NAME:PORT:HOST:PORT.</translation>
    </message>
    <message>
        <source>HTTPS via applies when every path is tried (host-meta).</source>
        <translation>„HTTPS über“ gilt, wenn jeder Weg probiert wird (host-meta).</translation>
    </message>
    <message>
        <source>HTTPS b&amp;y way of:</source>
        <translation>HTTPS übe&amp;r:</translation>
    </message>
    <message>
        <source>&amp;BOSH URL:</source>
        <translation>BOSH-Zu&amp;gang (URL):</translation>
    </message>
    <message>
        <source>empty: TCP; or https://host/http-bind</source>
        <translation>leer: TCP; oder https://host/http-bind</translation>
    </message>
    <message>
        <source>Log in over BOSH (XEP-0206), as older web clients do: each HTTP request and response is recorded with its timing; no -PLUS mechanism over several connections. Host, port, TLS mode and DNS do not apply.</source>
        <translation>Über BOSH (XEP-0206) anmelden, wie ältere Web-Clients: Jede HTTP-Anfrage und -Antwort wird mit ihrer Dauer aufgezeichnet; kein -PLUS-Mechanismus über mehrere Verbindungen. Host, Port, TLS-Modus und DNS gelten nicht.</translation>
    </message>
    <message>
        <source>Host, port and DNS do not apply with a WebSocket or BOSH URL: it says where to connect.</source>
        <translation>Host, Port und DNS gelten nicht mit einer WebSocket- oder BOSH-URL: Sie sagt, wohin verbunden wird.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The default: 5222, or 5223 with direct TLS.</source>
        <translation>Der Standard: 5222, oder 5223 mit direktem TLS.</translation>
    </message>
    <message>
        <source>Web page ori&amp;gin:</source>
        <translation>Herkunft der Webseite (f&amp;ür CORS):</translation>
    </message>
    <message>
        <source>Message te&amp;xt:</source>
        <translation>Nachrichtente&amp;xt:</translation>
    </message>
    <message>
        <source>optional: the web client's, e.g. https://app.example</source>
        <translation>optional: die des Web-Clients, z. B. https://app.example</translation>
    </message>
    <message>
        <source>Send this Origin as a browser would for a web client on that page (WebSocket handshake, BOSH requests), and check the BOSH preflight and responses as the browser would (CORS).</source>
        <translation>Diesen Origin senden, wie ein Browser es für einen Web-Client auf dieser Seite tut (WebSocket-Handshake, BOSH-Anfragen), und den BOSH-Preflight und die Antworten prüfen, wie der Browser es täte (CORS).</translation>
    </message>
</context>
<context>
    <name>Inspector::C2sSession</name>
    <message>
        <source>The server's XML is unacceptable at byte %1: %2</source>
        <translation>Das XML des Servers ist bei Byte %1 nicht akzeptabel: %2</translation>
    </message>
    <message>
        <source>The server sent %1 bytes of cleartext after &lt;proceed/&gt;.</source>
        <translation>Der Server hat nach &lt;proceed/&gt; %1 Byte Klartext gesendet.</translation>
    </message>
    <message>
        <source>The server closed the stream during %1.</source>
        <translation>Der Server hat den Stream in der Phase %1 geschlossen.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation>Der Server hat die Verbindung in der Phase %1 geschlossen.</translation>
    </message>
    <message>
        <source>The server's header has no stream id (RFC 6120 §4.7.3).</source>
        <translation>Der Header des Servers enthält keine Stream-ID (RFC 6120 §4.7.3).</translation>
    </message>
    <message>
        <source>The server closed the stream with &lt;%1/&gt;%2.</source>
        <translation>Der Server schloss den Stream mit &lt;%1/&gt;%2.</translation>
    </message>
    <message>
        <source>The server answered &lt;starttls/&gt; with &lt;failure/&gt; (RFC 6120 §5.4.2.2).</source>
        <translation>Der Server hat &lt;starttls/&gt; mit &lt;failure/&gt; beantwortet (RFC 6120 §5.4.2.2).</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and --tls starttls requires it.</source>
        <translation>Der Server bietet kein STARTTLS an, aber --tls starttls verlangt es.</translation>
    </message>
    <message>
        <source>The server does not offer resource binding (RFC 6120 §7 requires it).</source>
        <translation>Der Server bietet keine Ressourcenbindung an (RFC 6120 §7 verlangt sie).</translation>
    </message>
    <message>
        <source>The server does not offer %1 (it offers %2).</source>
        <translation>Der Server bietet %1 nicht an (er bietet %2 an).</translation>
    </message>
    <message>
        <source>PLAIN on an unencrypted stream would send the password in the clear; use TLS, or --allow-plaintext if you really mean it.</source>
        <translation>PLAIN auf einem unverschlüsselten Stream würde das Passwort im Klartext senden; verwenden Sie TLS oder --allow-plaintext, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <source>The server offers only PLAIN, and the stream is not encrypted; this client refuses to send the password in the clear (--allow-plaintext overrides).</source>
        <translation>Der Server bietet nur PLAIN an, und der Stream ist nicht verschlüsselt; dieser Client weigert sich, das Passwort im Klartext zu senden (--allow-plaintext setzt das außer Kraft).</translation>
    </message>
    <message>
        <source>No SASL mechanism this client supports is offered (%1).</source>
        <translation>Es wird kein SASL-Mechanismus angeboten, den dieser Client unterstützt (%1).</translation>
    </message>
    <message>
        <source>The server does not say which channel binding it uses (XEP-0440); this client binds to tls-server-end-point.</source>
        <translation>Der Server gibt nicht an, welche Kanalbindung er verwendet (XEP-0440); dieser Client bindet an tls-server-end-point.</translation>
    </message>
    <message>
        <source>No tls-server-end-point data could be made from the server's certificate.</source>
        <translation>Aus dem Zertifikat des Servers konnten keine tls-server-end-point-Daten erzeugt werden.</translation>
    </message>
    <message>
        <source>An unexpected SASL challenge.</source>
        <translation>Eine unerwartete SASL-Challenge.</translation>
    </message>
    <message>
        <source>The server uses %1 SCRAM iterations; RFC 7677 §4 asks for at least 4096.</source>
        <translation>Der Server verwendet %1 SCRAM-Iterationen; RFC 7677 §4 verlangt mindestens 4096.</translation>
    </message>
    <message>
        <source>%1 failed with &lt;%2/&gt;%3 (RFC 6120 §6.5).</source>
        <translation>%1 scheiterte mit &lt;%2/&gt;%3 (RFC 6120 §6.5).</translation>
    </message>
    <message>
        <source>Resource binding failed: %1</source>
        <translation>Die Ressourcenbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No answer to the ping of %1 within %2 ms.</source>
        <translation>Keine Antwort auf den Ping an %1 innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 ms during %2.</source>
        <translation>Keine Antwort vom Server innerhalb von %1 ms in der Phase %2.</translation>
    </message>
    <message>
        <source>Stanzas can be sent only while the session stays online (see Stay online).</source>
        <translation>Stanzas können nur gesendet werden, solange die Sitzung online bleibt (siehe „Online bleiben“).</translation>
    </message>
    <message>
        <source>This client cannot use %1; it supports SCRAM-SHA-1, SCRAM-SHA-256 (with -PLUS) and PLAIN.</source>
        <translation>Dieser Client kann %1 nicht verwenden; er unterstützt SCRAM-SHA-1, SCRAM-SHA-256 (mit -PLUS) und PLAIN.</translation>
    </message>
    <message>
        <source>The server did not answer &lt;abort/&gt; within %1 ms.</source>
        <translation>Der Server hat &lt;abort/&gt; nicht innerhalb von %1 ms beantwortet.</translation>
    </message>
    <message>
        <source>The user name cannot be used: %1.</source>
        <translation>Der Benutzername ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The password cannot be used: %1.</source>
        <translation>Das Passwort ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The server asks for %1 SCRAM iterations, fewer than %2 (RFC 7677 §4 asks for at least 4096); the proof was not sent (--min-scram-iterations lowers the floor).</source>
        <translation>Der Server verlangt %1 SCRAM-Iterationen, weniger als %2 (RFC 7677 §4 verlangt mindestens 4096); der Beweis wurde nicht gesendet (--min-scram-iterations senkt die Untergrenze).</translation>
    </message>
    <message>
        <source>nothing that proves the password was sent (--insecure-credentials sends it anyway)</source>
        <translation>nichts, was das Passwort beweist, wurde gesendet (--insecure-credentials sendet es trotzdem)</translation>
    </message>
    <message>
        <source>Credentials withheld: the stream is not encrypted; %1.</source>
        <translation>Zugangsdaten zurückgehalten: der Stream ist nicht verschlüsselt; %1.</translation>
    </message>
    <message>
        <source>Credentials withheld: the server's certificate is not trusted: %1; %2.</source>
        <translation>Zugangsdaten zurückgehalten: dem Zertifikat des Servers wird nicht vertraut: %1; %2.</translation>
    </message>
    <message>
        <source>Credentials withheld: the server presented no certificate; %1.</source>
        <translation>Zugangsdaten zurückgehalten: der Server hat kein Zertifikat vorgelegt; %1.</translation>
    </message>
    <message>
        <source>Credentials withheld: the server's certificate is not valid for %1 (name mismatch: no DNS-ID, SRV-ID or XmppAddr names it, RFC 9525); %2.</source>
        <translation>Zugangsdaten zurückgehalten: das Zertifikat des Servers gilt nicht für %1 (Namen stimmen nicht überein: keine DNS-ID, SRV-ID oder XmppAddr nennt ihn, RFC 9525); %2.</translation>
    </message>
    <message>
        <source>No DNSSEC-secure TLSA record matches the certificate %1 presented.</source>
        <translation>Kein DNSSEC-gesicherter TLSA-Eintrag passt zum Zertifikat, das %1 vorgelegt hat.</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <source>The server refused to enable stream management: nothing to resume (XEP-0198 §3).</source>
        <translation>Der Server lehnte es ab, Stream Management zu aktivieren: nichts fortzusetzen (XEP-0198 §3).</translation>
    </message>
    <message>
        <source>The server refused to resume the session it had enabled for resumption: &lt;failed/&gt; with &lt;%1/&gt; (XEP-0198 §5).</source>
        <translation>Der Server lehnte es ab, die Sitzung fortzusetzen, die er dafür freigegeben hatte: &lt;failed/&gt; mit &lt;%1/&gt; (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>The server does not offer stream management (urn:xmpp:sm:3) after binding: nothing to resume.</source>
        <translation>Der Server bietet nach der Ressourcenbindung kein Stream Management (urn:xmpp:sm:3) an: nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>The resumed stream did not answer &lt;r/&gt; within %1 ms: what it handled is unknown (XEP-0198 §4).</source>
        <translation>Der fortgesetzte Stream beantwortete &lt;r/&gt; nicht innerhalb von %1 ms: was er verarbeitet hat, ist unbekannt (XEP-0198 §4).</translation>
    </message>
    <message>
        <source>The server enabled stream management without resumption (no resume='true' and id in &lt;enabled/&gt;, XEP-0198 §5).</source>
        <translation>Der Server aktivierte Stream Management ohne Fortsetzung (kein resume='true' und keine id in &lt;enabled/&gt;, XEP-0198 §5).</translation>
    </message>
    <message>
        <source>TCP dropped without closing the stream, after %1 stanzas sent and %2 handled, to resume the session on a new connection.</source>
        <translation>TCP ohne Schließen des Streams abgebrochen, nach %1 gesendeten und %2 verarbeiteten Stanzas, um die Sitzung auf einer neuen Verbindung fortzusetzen.</translation>
    </message>
    <message>
        <source>The server does not offer stream management on the new stream; trying to resume all the same.</source>
        <translation>Der Server bietet auf dem neuen Stream kein Stream Management an; die Fortsetzung wird trotzdem versucht.</translation>
    </message>
    <message>
        <source>The session resumed, but the message sent just before the drop never arrived: it was lost (XEP-0198 §5).</source>
        <translation>Die Sitzung wurde fortgesetzt, aber die kurz vor dem Abbruch gesendete Nachricht kam nie an: sie ging verloren (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>The session resumed, but the message sent just before the drop arrived %1 times (XEP-0198 §5).</source>
        <translation>Die Sitzung wurde fortgesetzt, aber die kurz vor dem Abbruch gesendete Nachricht kam %1-mal an (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>The server closed the stream during %1 and sends clients to %2 instead (RFC 7395 §3.6.1).</source>
        <translation>Der Server schloss den Stream während %1 und schickt Clients stattdessen zu %2 (RFC 7395 §3.6.1).</translation>
    </message>
    <message>
        <source>The server offers STARTTLS over WebSocket, which it must not (RFC 7395 §3.9); ignored.</source>
        <translation>Der Server bietet STARTTLS über WebSocket an, was er nicht darf (RFC 7395 §3.9); ignoriert.</translation>
    </message>
    <message>
        <source>Credentials withheld: the certificate names %1 only by its %2, which proves nothing for a web endpoint (a DNS-ID is needed); %3.</source>
        <translation>Zugangsdaten zurückgehalten: Das Zertifikat nennt %1 nur über seine %2, was für einen Web-Endpunkt nichts beweist (eine DNS-ID ist nötig); %3.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS over BOSH; ignored (XEP-0206 §4).</source>
        <translation>Der Server bietet STARTTLS über BOSH an; ignoriert (XEP-0206 §4).</translation>
    </message>
    <message>
        <source>%1 cannot be used over BOSH: its requests travel over several TLS connections, with no one channel to bind to.</source>
        <translation>%1 ist über BOSH nicht verwendbar: Seine Anfragen laufen über mehrere TLS-Verbindungen, ohne einen einzigen Kanal, an den gebunden werden kann.</translation>
    </message>
    <message>
        <source>The server's stream is from %1, not %2, the domain asked for (RFC 6120 §4.7.1).</source>
        <translation>Der Stream des Servers kommt von %1, nicht von %2, der angefragten Domain (RFC 6120 §4.7.1).</translation>
    </message>
    <message>
        <source>The server did not answer &lt;enable/&gt; within %1 ms (XEP-0198 §3).</source>
        <translation>Der Server hat &lt;enable/&gt; nicht innerhalb von %1 ms beantwortet (XEP-0198 §3).</translation>
    </message>
</context>
<context>
    <name>Inspector::Caps</name>
    <message>
        <source>the identity %1 twice</source>
        <translation>die Identität %1 doppelt</translation>
    </message>
    <message>
        <source>the feature %1 twice</source>
        <translation>das Feature %1 doppelt</translation>
    </message>
    <message>
        <source>a form with %1 FORM_TYPE values</source>
        <translation>ein Formular mit %1 FORM_TYPE-Werten</translation>
    </message>
    <message>
        <source>two forms of FORM_TYPE %1</source>
        <translation>zwei Formulare mit FORM_TYPE %1</translation>
    </message>
</context>
<context>
    <name>Inspector::CertificateDialog</name>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save certificate as PEM…</source>
        <translation>Zertifikat als PEM speichern…</translation>
    </message>
    <message>
        <source>Save chain as PEM…</source>
        <translation>Kette als PEM speichern…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>There is no certificate to save.</source>
        <translation>Es gibt kein Zertifikat zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save chain</source>
        <translation>Kette speichern</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Inspector::ClientRoute</name>
    <message>
        <source>%1 declares no XMPP client service (SRV target ".", RFC 6120 §3.2.1).</source>
        <translation>%1 erklärt keinen XMPP-Client-Dienst (SRV-Ziel „.“, RFC 6120 §3.2.1).</translation>
    </message>
    <message>
        <source>No address found for %1 (%2).</source>
        <translation>Keine Adresse für %1 gefunden (%2).</translation>
    </message>
    <message>
        <source>no SRV, A or AAAA record</source>
        <translation>kein SRV-, A- oder AAAA-Eintrag</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2, port %3, from %4).</source>
        <translation>Verbinde mit %1 (%2, Port %3, aus %4).</translation>
    </message>
    <message>
        <source>The DNSSEC validation of %1 failed: no candidate can be used (RFC 7673 §3.1).</source>
        <translation>Die DNSSEC-Validierung von %1 ist fehlgeschlagen: Kein Kandidat kann verwendet werden (RFC 7673 §3.1).</translation>
    </message>
</context>
<context>
    <name>Inspector::ConsolePane</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Type or paste stanzas, e.g. &lt;iq type='get' id='v1'&gt;&lt;query xmlns='jabber:iq:version'/&gt;&lt;/iq&gt; — Ctrl+Return sends</source>
        <translation>Stanzas eingeben oder einfügen, z. B. &lt;iq type='get' id='v1'&gt;&lt;query xmlns='jabber:iq:version'/&gt;&lt;/iq&gt; — Strg+Eingabe sendet</translation>
    </message>
    <message>
        <source>Send on the session's authenticated stream (Ctrl+Return)</source>
        <translation>Auf dem authentifizierten Stream der Sitzung senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>This session cannot send stanzas (S2S or client sessions only).</source>
        <translation>Diese Sitzung kann keine Stanzas senden (nur S2S- oder Client-Sitzungen).</translation>
    </message>
    <message>
        <source>Not connected: stanzas can be sent once the stream is authenticated, while the session stays open (set “Stay open” / “Stay online”).</source>
        <translation>Nicht verbunden: Stanzas können gesendet werden, sobald der Stream authentifiziert ist und solange die Sitzung offen bleibt (stellen Sie „Offen bleiben“ / „Online bleiben“ ein).</translation>
    </message>
    <message>
        <source>Ready: type stanzas to send on the authenticated stream.</source>
        <translation>Bereit: Geben Sie Stanzas ein, die auf dem authentifizierten Stream gesendet werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Well-formed: %n element(s) to send.</source>
        <translation>
            <numerusform>Wohlgeformt: %n Element zu senden.</numerusform>
            <numerusform>Wohlgeformt: %n Elemente zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n element(s).</source>
        <translation>
            <numerusform>%n Element gesendet.</numerusform>
            <numerusform>%n Elemente gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session has ended: nothing more can be sent on it. Run it again (Ctrl+R) to open a new one.</source>
        <translation>Die Sitzung ist beendet: Auf ihr kann nichts mehr gesendet werden. Starten Sie sie erneut (Strg+R), um eine neue zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Inspector::DialbackVerifier</name>
    <message>
        <source>The authoritative server for %1 answered the verification with &lt;%2/&gt;%3; the initiating server is told &lt;remote-server-not-found/&gt; (XEP-0220 §2.5).</source>
        <translation>Der autoritative Server für %1 hat die Prüfung mit &lt;%2/&gt;%3 beantwortet; der initiierende Server erhält &lt;remote-server-not-found/&gt; (XEP-0220 §2.5).</translation>
    </message>
    <message>
        <source>No verification from the authoritative server for %1: %2</source>
        <translation>Keine Prüfung durch den autoritativen Server für %1: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::DnsFields</name>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>IP[:PORT]; empty: the system's resolver</source>
        <translation>IP[:PORT]; leer: der Resolver des Systems</translation>
    </message>
    <message>
        <source>DS/DNSKEY files, separated by ';'; empty: the root key</source>
        <translation>DS-/DNSKEY-Dateien, getrennt durch „;“; leer: der Root-Schlüssel</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors in zone-file format, instead of the root zone's key. With a DNS server and no trust anchor, nothing is validated.</source>
        <translation>DNSSEC-Vertrauensanker im Zonendatei-Format, anstelle des Schlüssels der Root-Zone. Mit einem DNS-Server und ohne Vertrauensanker wird nichts validiert.</translation>
    </message>
    <message>
        <source>DNS server: %1</source>
        <translation>DNS-Server: %1</translation>
    </message>
    <message>
        <source>Trust anchors: %1.</source>
        <translation>Vertrauensanker: %1.</translation>
    </message>
    <message>
        <source>Trust a&amp;nchors:</source>
        <translation>Vertrauens&amp;anker:</translation>
    </message>
    <message>
        <source>SR&amp;V seed:</source>
        <translation>SR&amp;V-Startwert:</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors</source>
        <translation>DNSSEC-Vertrauensanker</translation>
    </message>
    <message>
        <source>Zone files (*.key *.ds *.zone);;All files (*)</source>
        <translation>Zonendateien (*.key *.ds *.zone);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>empty: a random order</source>
        <translation>leer: eine zufällige Reihenfolge</translation>
    </message>
    <message>
        <source>Seed of the weighted random order of SRV targets of equal priority (RFC 2782), to repeat a run's order: 0 to 4294967295.</source>
        <translation>Startwert der gewichteten zufälligen Reihenfolge von SRV-Zielen gleicher Priorität (RFC 2782), um die Reihenfolge eines Laufs zu wiederholen: 0 bis 4294967295.</translation>
    </message>
    <message>
        <source>SRV seed: '%1' is not a number from 0 to 4294967295.</source>
        <translation>SRV-Startwert: „%1“ ist keine Zahl von 0 bis 4294967295.</translation>
    </message>
</context>
<context>
    <name>Inspector::DnsSession</name>
    <message>
        <source>Stopped before the lookup ended.</source>
        <translation>Angehalten, bevor die Abfrage endete.</translation>
    </message>
    <message>
        <source>No usable candidate for %1.</source>
        <translation>Kein brauchbarer Kandidat für %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ending</name>
    <message>
        <source>The peer did not close its stream within %1 ms; closing TCP.</source>
        <translation>Die Gegenseite hat ihren Stream nicht innerhalb von %1 ms geschlossen; TCP wird geschlossen.</translation>
    </message>
    <message>
        <source>Later error (the first one decides): %1</source>
        <translation>Späterer Fehler (der erste ist maßgeblich): %1</translation>
    </message>
</context>
<context>
    <name>Inspector::EventDetailPane</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>Rohe Bytes</translation>
    </message>
    <message>
        <source>Recorded data</source>
        <translation>Aufgezeichnete Daten</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Ausgewähltes Ereignis</translation>
    </message>
    <message>
        <source>The selected event: when and where it happened, what it means, and its bytes</source>
        <translation>Das ausgewählte Ereignis: wann und wo es geschah, was es bedeutet, und seine Bytes</translation>
    </message>
    <message>
        <source>Event in readable form</source>
        <translation>Ereignis in lesbarer Form</translation>
    </message>
    <message>
        <source>Raw bytes of the event</source>
        <translation>Rohe Bytes des Ereignisses</translation>
    </message>
    <message>
        <source>Recorded data of the event</source>
        <translation>Aufgezeichnete Daten des Ereignisses</translation>
    </message>
</context>
<context>
    <name>Inspector::FeaturesModel</name>
    <message>
        <source>after SASL</source>
        <translation>nach SASL</translation>
    </message>
    <message>
        <source>after TLS</source>
        <translation>nach TLS</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>initial</translation>
    </message>
    <message>
        <source>Connection %1 · %2 · offered by %3</source>
        <translation>Verbindung %1 · %2 · angeboten von %3</translation>
    </message>
    <message>
        <source>the peer</source>
        <translation>der Gegenseite</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
</context>
<context>
    <name>Inspector::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>Choose files; they are added to those already given</source>
        <translation>Dateien wählen; sie kommen zu den schon angegebenen hinzu</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>%1: '%2' does not exist.</source>
        <translation>%1: „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>%1: '%2' cannot be read: %3</source>
        <translation>%1: „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: '%2' contains no PEM certificate.</source>
        <translation>%1: „%2“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1: '%2': %3</source>
        <translation>%1: „%2“: %3</translation>
    </message>
    <message>
        <source>%1: '%2' is not a regular file.</source>
        <translation>%1: „%2“ ist keine reguläre Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%1: '%2' is larger than %n MiB.</source>
        <translation>
            <numerusform>%1: „%2“ ist größer als %n MiB.</numerusform>
            <numerusform>%1: „%2“ ist größer als %n MiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::FramedParser</name>
    <message>
        <source>A closing stream tag in a WebSocket message: the stream ends with &lt;close/&gt; (RFC 7395 §3.6).</source>
        <translation>Ein schließendes Stream-Tag in einer WebSocket-Nachricht: Der Stream endet mit &lt;close/&gt; (RFC 7395 §3.6).</translation>
    </message>
    <message>
        <source>A WebSocket message ends inside an element: each message must hold one whole element (RFC 7395 §3.3.3).</source>
        <translation>Eine WebSocket-Nachricht endet mitten in einem Element: Jede Nachricht muss ein ganzes Element enthalten (RFC 7395 §3.3.3).</translation>
    </message>
    <message>
        <source>A WebSocket message holds more than one element: each message must hold exactly one (RFC 7395 §3.3.3).</source>
        <translation>Eine WebSocket-Nachricht enthält mehr als ein Element: Jede Nachricht muss genau eines enthalten (RFC 7395 §3.3.3).</translation>
    </message>
    <message>
        <source>&lt;%1/&gt; declares no namespace: over WebSocket each message declares every namespace it uses (RFC 7395 §3.3.3).</source>
        <translation>&lt;%1/&gt; deklariert keinen Namensraum: Über WebSocket deklariert jede Nachricht jeden Namensraum, den sie verwendet (RFC 7395 §3.3.3).</translation>
    </message>
</context>
<context>
    <name>Inspector::GuideDialog</name>
    <message>
        <source>XMPP Inspector Guide</source>
        <translation>Anleitung zu XMPP Inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Finding, certificates, console and profiles&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Type in the &lt;i&gt;Find&lt;/i&gt; field and press F3 (Shift+F3 backwards) to go from one matching row to the next; Ctrl+Shift+L clears the filter.&lt;/li&gt;&lt;li&gt;Double-click a certificate in the summary for all its fields; the dialog saves it, or the whole chain, as PEM.&lt;/li&gt;&lt;li&gt;With &lt;b&gt;Stay open&lt;/b&gt; or &lt;b&gt;Stay online&lt;/b&gt; set in the session form, the &lt;b&gt;Console&lt;/b&gt; tab sends stanzas you type on the authenticated stream; they are checked for well-formedness as you type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save as profile…&lt;/b&gt; in the new-session dialog keeps a form for later. Secrets are kept only in the system keychain, and only if you ask.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Suchen, Zertifikate, Konsole und Profile&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Tippen Sie in das Feld &lt;i&gt;Suchen&lt;/i&gt; und drücken Sie F3 (Umschalt+F3 rückwärts), um von einer passenden Zeile zur nächsten zu springen; Strg+Umschalt+L leert den Filter.&lt;/li&gt;&lt;li&gt;Doppelklicken Sie in der Zusammenfassung auf ein Zertifikat, um alle seine Felder zu sehen; der Dialog speichert es oder die ganze Kette als PEM.&lt;/li&gt;&lt;li&gt;Wenn im Sitzungsformular &lt;b&gt;Offen bleiben&lt;/b&gt; oder &lt;b&gt;Online bleiben&lt;/b&gt; eingestellt ist, sendet der Tab &lt;b&gt;Konsole&lt;/b&gt; die von Ihnen eingegebenen Stanzas auf dem authentifizierten Stream; sie werden schon während der Eingabe auf Wohlgeformtheit geprüft.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Als Profil speichern…&lt;/b&gt; im Dialog „Neue Sitzung“ bewahrt ein Formular für später auf. Geheimnisse werden nur im Schlüsselbund des Systems abgelegt, und nur, wenn Sie es wünschen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;XMPP Inspector&lt;/h2&gt;&lt;p&gt;Each session is a tab. Side by side it shows the &lt;b&gt;stream&lt;/b&gt; (every element, stream header, keepalive, phase and fact as a row) with the &lt;b&gt;detail&lt;/b&gt; of the selected event below it, the &lt;b&gt;phase timeline&lt;/b&gt; (one row per connection, each phase a bar as long as it took, the slowest in amber), the &lt;b&gt;sequence diagram&lt;/b&gt; with one lane per party, the &lt;b&gt;features&lt;/b&gt; of every stream and the &lt;b&gt;outcome&lt;/b&gt;. Selecting an event in one pane selects it in the others. &lt;b&gt;View → Reset layout&lt;/b&gt; gives every pane its default size back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;XMPP Inspector&lt;/h2&gt;&lt;p&gt;Jede Sitzung ist ein Tab. Nebeneinander zeigt er den &lt;b&gt;Stream&lt;/b&gt; (jedes Element, jeden Stream-Kopf, jedes Keepalive, jede Phase und jede Tatsache als Zeile) mit den &lt;b&gt;Details&lt;/b&gt; des ausgewählten Ereignisses darunter, die &lt;b&gt;Phasen-Zeitleiste&lt;/b&gt; (eine Zeile pro Verbindung, jede Phase ein Balken so lang wie sie dauerte, die langsamste in Bernstein), das &lt;b&gt;Sequenzdiagramm&lt;/b&gt; mit einer Bahn pro Beteiligtem, die &lt;b&gt;Features&lt;/b&gt; jedes Streams und das &lt;b&gt;Ergebnis&lt;/b&gt;. Wer ein Ereignis in einem Bereich auswählt, wählt es in allen anderen aus. &lt;b&gt;Ansicht → Anordnung zurücksetzen&lt;/b&gt; gibt jedem Bereich seine Standardgröße zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading the stream&lt;/h3&gt;&lt;p&gt;Filter by text, connection and kind. The detail pane heads the selected event with its time, connection, direction and kind, and shows it as XML or in sentences, with an explanation of what it does in the protocol and its specification; its exact bytes and recorded data are in their own tabs.&lt;/p&gt;&lt;h3&gt;The outcome and findings&lt;/h3&gt;&lt;p&gt;The outcome says whether the session succeeded, succeeded with problems or failed, then gives the dialback and SASL verdicts, TLS and the certificate chain, the ping round trip and every connection. Each &lt;b&gt;finding&lt;/b&gt; unfolds to what it means, what to do, the specification it comes from and its code (for example TLS-IDENTITY-MISMATCH or DIALBACK-INVALID).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Den Stream lesen&lt;/h3&gt;&lt;p&gt;Filtern Sie nach Text, Verbindung und Art. Der Detailbereich nennt zum ausgewählten Ereignis Zeit, Verbindung, Richtung und Art und zeigt es als XML oder in Sätzen, mit einer Erklärung, was es im Protokoll bewirkt, und seiner Spezifikation; seine genauen Bytes und aufgezeichneten Daten stehen in eigenen Tabs.&lt;/p&gt;&lt;h3&gt;Das Ergebnis und die Befunde&lt;/h3&gt;&lt;p&gt;Das Ergebnis sagt, ob die Sitzung erfolgreich war, erfolgreich mit Problemen oder fehlgeschlagen, und nennt dann die Dialback- und SASL-Urteile, TLS und die Zertifikatskette, die Ping-Laufzeit und jede Verbindung. Jeder &lt;b&gt;Befund&lt;/b&gt; klappt auf zu dem, was er bedeutet, was zu tun ist, der Spezifikation, aus der er stammt, und seinem Code (zum Beispiel TLS-IDENTITY-MISMATCH oder DIALBACK-INVALID).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Transcripts and replay&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File → Save transcript&lt;/b&gt; writes the whole session to a &lt;tt&gt;.xitrace&lt;/tt&gt; file; dialback keys and SASL payloads are replaced by &lt;tt&gt;[redacted:LENGTH]&lt;/tt&gt;. Opening one replays the session: step, play slowly or fast, seek, and &lt;b&gt;Narrate&lt;/b&gt; to show each step's element, explanation and specification in large type; every pane shows the state at the cursor. &lt;b&gt;File → Export&lt;/b&gt; writes an HTML report, Markdown, text or JSON; &lt;b&gt;File → Compare&lt;/b&gt; lists what differs between two sessions.&lt;/p&gt;&lt;h3&gt;Command line&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;xmpp-inspector-cli&lt;/tt&gt; runs the same engine without a display and prints JSON: &lt;tt&gt;s2s&lt;/tt&gt;, &lt;tt&gt;c2s&lt;/tt&gt;, &lt;tt&gt;dns&lt;/tt&gt;, &lt;tt&gt;listen&lt;/tt&gt;, &lt;tt&gt;lab&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; and &lt;tt&gt;diff&lt;/tt&gt;. See &lt;tt&gt;man xmpp-inspector-cli&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mitschnitte und Wiedergabe&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Datei → Mitschnitt speichern&lt;/b&gt; schreibt die ganze Sitzung in eine &lt;tt&gt;.xitrace&lt;/tt&gt;-Datei; Dialback-Schlüssel und SASL-Nutzdaten werden durch &lt;tt&gt;[redacted:LÄNGE]&lt;/tt&gt; ersetzt. Öffnen spielt die Sitzung wieder ab: Schritt für Schritt, langsam oder schnell, mit Suchen, und mit &lt;b&gt;Erzählen&lt;/b&gt;, das zu jedem Schritt Element, Erklärung und Spezifikation in großer Schrift zeigt; jeder Bereich zeigt den Stand am Cursor. &lt;b&gt;Datei → Exportieren&lt;/b&gt; schreibt einen HTML-Bericht, Markdown, Text oder JSON; &lt;b&gt;Datei → Vergleichen&lt;/b&gt; listet, was sich zwischen zwei Sitzungen unterscheidet.&lt;/p&gt;&lt;h3&gt;Kommandozeile&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;xmpp-inspector-cli&lt;/tt&gt; führt dieselbe Engine ohne Bildschirm aus und gibt JSON aus: &lt;tt&gt;s2s&lt;/tt&gt;, &lt;tt&gt;c2s&lt;/tt&gt;, &lt;tt&gt;dns&lt;/tt&gt;, &lt;tt&gt;listen&lt;/tt&gt;, &lt;tt&gt;lab&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; und &lt;tt&gt;diff&lt;/tt&gt;. Siehe &lt;tt&gt;man xmpp-inspector-cli&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Starting a session&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Session → Built-in lab&lt;/b&gt; (Ctrl+L) runs a complete federation on this machine between roles of this tool: no server needed. Its variants show what goes wrong with a wrong dialback key, SASL EXTERNAL, TLS required but not offered, or a certificate for the wrong name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Session → New session…&lt;/b&gt; (Ctrl+N) opens a server-to-server session (your domain, the remote domain; optionally a host and port, TLS mode, dialback or SASL EXTERNAL, ping, disco and software version) or logs in as a user on the &lt;i&gt;Client&lt;/i&gt; tab (SCRAM, roster, a message, a ping across federation). The forms offer every option of the command line and open as the last session left them, secrets excepted.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Session → Run again&lt;/b&gt; (Ctrl+R) starts the current tab's session again in a new tab; &lt;b&gt;Session → Edit and run again…&lt;/b&gt; (Ctrl+Shift+R) opens it in the new-session form first, to change it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Eine Sitzung starten&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Sitzung → Eingebautes Labor&lt;/b&gt; (Strg+L) führt eine vollständige Föderation auf diesem Rechner zwischen Rollen dieses Werkzeugs aus: Kein Server nötig. Seine Varianten zeigen, was bei einem falschen Dialback-Schlüssel, bei SASL EXTERNAL, bei verlangtem, aber nicht angebotenem TLS oder bei einem Zertifikat für den falschen Namen schiefgeht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sitzung → Neue Sitzung…&lt;/b&gt; (Strg+N) öffnet eine Server-zu-Server-Sitzung (Ihre Domain, die entfernte Domain; wahlweise Host und Port, TLS-Modus, Dialback oder SASL EXTERNAL, Ping, Disco und Softwareversion) oder meldet sich im Tab &lt;i&gt;Client&lt;/i&gt; als Benutzer an (SCRAM, Kontaktliste, eine Nachricht, ein Ping über die Föderation). Die Formulare bieten jede Option der Kommandozeile und öffnen sich so, wie die letzte Sitzung sie verlassen hat, ohne Geheimnisse.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sitzung → Erneut ausführen&lt;/b&gt; (Strg+R) startet die Sitzung des aktuellen Tabs erneut in einem neuen Tab; &lt;b&gt;Sitzung → Bearbeiten und erneut ausführen…&lt;/b&gt; (Strg+Umschalt+R) öffnet sie zuerst im Formular für neue Sitzungen, um sie zu ändern.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F, F3, Shift+F3&lt;/td&gt;&lt;td&gt;find in the stream, next, previous&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+F, Ctrl+Shift+L&lt;/td&gt;&lt;td&gt;filter the stream, clear the filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;from pane to pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Tab, Ctrl+PgDn&lt;/td&gt;&lt;td&gt;next session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Tab, Ctrl+PgUp&lt;/td&gt;&lt;td&gt;previous session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;run the session again&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;edit the session and run it again&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;copy the selected element&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space, Left, Right, Home, End&lt;/td&gt;&lt;td&gt;in replay: play or pause, step back or forward, go to the start or the end&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Left, Right&lt;/td&gt;&lt;td&gt;in the phase timeline: the previous or next phase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Plus, Ctrl+Minus, Ctrl+0&lt;/td&gt;&lt;td&gt;zoom the diagram, fit it&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Tastatur&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Strg+F, F3, Umschalt+F3&lt;/td&gt;&lt;td&gt;im Stream suchen, nächster, vorheriger Treffer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+F, Strg+Umschalt+L&lt;/td&gt;&lt;td&gt;den Stream filtern, den Filter leeren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Umschalt+Tab&lt;/td&gt;&lt;td&gt;von Bereich zu Bereich&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Tab, Strg+Bild ab&lt;/td&gt;&lt;td&gt;nächste Sitzung&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+Tab, Strg+Bild auf&lt;/td&gt;&lt;td&gt;vorherige Sitzung&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+R&lt;/td&gt;&lt;td&gt;die Sitzung erneut ausführen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+R&lt;/td&gt;&lt;td&gt;die Sitzung bearbeiten und erneut ausführen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+C&lt;/td&gt;&lt;td&gt;das ausgewählte Element kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Leertaste, Links, Rechts, Pos1, Ende&lt;/td&gt;&lt;td&gt;in der Wiedergabe: abspielen oder anhalten, einen Schritt zurück oder vor, zum Anfang oder Ende&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Links, Rechts&lt;/td&gt;&lt;td&gt;in der Phasen-Zeitleiste: die vorherige oder nächste Phase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Plus, Strg+Minus, Strg+0&lt;/td&gt;&lt;td&gt;das Diagramm zoomen, einpassen&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>Inspector::HostMetaFetch</name>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>no whole answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>larger than %1 KiB: refused</source>
        <translation>größer als %1 KiB: abgelehnt</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS gescheitert: %1</translation>
    </message>
    <message>
        <source>the certificate was refused: %1</source>
        <translation>das Zertifikat wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>nothing listens on %1 port %2</source>
        <translation>auf %1 Port %2 lauscht nichts</translation>
    </message>
    <message>
        <source>HTTP %1: not there</source>
        <translation>HTTP %1: nicht vorhanden</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>redirected to '%1', not an https: URL: not followed</source>
        <translation>umgeleitet nach „%1“, keine https:-URL: nicht gefolgt</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Umleitungen</translation>
    </message>
    <message>
        <source>stopped before the answer</source>
        <translation>vor der Antwort angehalten</translation>
    </message>
</context>
<context>
    <name>Inspector::InboundS2s</name>
    <message>
        <source>The peer sent nothing for %1 ms during %2.</source>
        <translation>Die Gegenseite hat in der Phase %2 %1 ms lang nichts gesendet.</translation>
    </message>
    <message>
        <source>The peer's XML is unacceptable at byte %1: %2</source>
        <translation>Das XML der Gegenseite ist bei Byte %1 nicht akzeptabel: %2</translation>
    </message>
    <message>
        <source>The peer sent %1 bytes of cleartext after &lt;starttls/&gt;.</source>
        <translation>Die Gegenseite hat nach &lt;starttls/&gt; %1 Byte Klartext gesendet.</translation>
    </message>
    <message>
        <source>The connection failed during %1: %2</source>
        <translation>Die Verbindung ist in der Phase %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The peer closed the TCP connection during %1.</source>
        <translation>Die Gegenseite hat die TCP-Verbindung in der Phase %1 geschlossen.</translation>
    </message>
    <message>
        <source>The peer's content namespace is '%1', not jabber:server.</source>
        <translation>Der Inhalts-Namensraum der Gegenseite ist „%1“, nicht jabber:server.</translation>
    </message>
    <message>
        <source>The peer asked for '%1', which this side does not serve (%2).</source>
        <translation>Die Gegenseite hat „%1“ angefragt, das diese Seite nicht bedient (%2).</translation>
    </message>
    <message>
        <source>The peer is pre-1.0 (no version): no features are sent.</source>
        <translation>Die Gegenseite ist älter als 1.0 (keine Version): Es werden keine Features gesendet.</translation>
    </message>
    <message>
        <source>The peer sent a stream error: %1</source>
        <translation>Die Gegenseite hat einen Stream-Fehler gesendet: %1</translation>
    </message>
    <message>
        <source>Unexpected element {%1}%2.</source>
        <translation>Unerwartetes Element {%1}%2.</translation>
    </message>
    <message>
        <source>This side does not serve %1.</source>
        <translation>Diese Seite bedient %1 nicht.</translation>
    </message>
    <message>
        <source>Only EXTERNAL is offered.</source>
        <translation>Nur EXTERNAL wird angeboten.</translation>
    </message>
    <message>
        <source>The authorization identity '%1' is not the stream's 'from' (%2).</source>
        <translation>Die Autorisierungsidentität „%1“ ist nicht das „from“ des Streams (%2).</translation>
    </message>
    <message>
        <source>No trusted certificate for %1 was presented.</source>
        <translation>Es wurde kein vertrauenswürdiges Zertifikat für %1 vorgelegt.</translation>
    </message>
    <message>
        <source>The peer sent %1 more byte(s) but no complete element within %2 ms during %3.</source>
        <translation>Die Gegenseite hat in der Phase %3 innerhalb von %2 ms noch %1 Byte gesendet, aber kein vollständiges Element.</translation>
    </message>
    <message>
        <source>A second &lt;db:result/&gt; for %1 → %2, which is already %3; ignored.</source>
        <translation>Ein zweites &lt;db:result/&gt; für %1 → %2, das bereits %3 ist; ignoriert.</translation>
    </message>
    <message>
        <source>being verified</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorisiert</translation>
    </message>
    <message>
        <source>The key for %1 → %2 is invalid; answered with a &lt;forbidden/&gt; dialback error so the domain pairs already authorised on this stream stay (XEP-0220 §2.1.2).</source>
        <translation>Der Schlüssel für %1 → %2 ist ungültig; beantwortet mit dem Dialback-Fehler &lt;forbidden/&gt;, damit die auf diesem Stream bereits autorisierten Domain-Paare bestehen bleiben (XEP-0220 §2.1.2).</translation>
    </message>
    <message>
        <source>The key for %1 → %2 is invalid: the peer may be spoofing %1; the stream is closed (XEP-0220 §2.2.1).</source>
        <translation>Der Schlüssel für %1 → %2 ist ungültig: Die Gegenseite täuscht möglicherweise %1 vor; der Stream wird geschlossen (XEP-0220 §2.2.1).</translation>
    </message>
    <message>
        <source>Spoofing check: a &lt;%1/&gt; from '%2' to '%3' arrived on a connection that authorised %4.</source>
        <translation>Fälschungsprüfung: Ein &lt;%1/&gt; von „%2“ an „%3“ kam auf einer Verbindung an, die %4 autorisiert hat.</translation>
    </message>
    <message>
        <source>no domain pair</source>
        <translation>kein Domain-Paar</translation>
    </message>
    <message>
        <source>The peer asked for dialback as '%1', which is not a domain.</source>
        <translation>Die Gegenseite hat Dialback als „%1“ angefragt, was keine Domain ist.</translation>
    </message>
    <message>
        <source>At most %1 verifications at once.</source>
        <translation>Höchstens %1 Prüfungen gleichzeitig.</translation>
    </message>
    <message>
        <source>A verification for %1 → %2 arrived for stream %3, which has been restarted since; dropped (XEP-0220 §2.1.2).</source>
        <translation>Eine Prüfung für %1 → %2 kam für den Stream %3 an, der inzwischen neu gestartet wurde; verworfen (XEP-0220 §2.1.2).</translation>
    </message>
    <message>
        <source>The answer for %1 → %2 could not be sent: the connection is closing.</source>
        <translation>Die Antwort für %1 → %2 konnte nicht gesendet werden: Die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>The peer asked for a bidirectional stream after it authenticated; XEP-0288 §2.2 asks for it before SASL or dialback.</source>
        <translation>Die Gegenseite hat nach ihrer Authentifizierung einen bidirektionalen Stream verlangt; XEP-0288 §2.2 verlangt ihn vor SASL oder Dialback.</translation>
    </message>
    <message>
        <source>The peer asked for a bidirectional stream, which this stream did not offer (XEP-0288 §2.1).</source>
        <translation>Die Gegenseite hat einen bidirektionalen Stream verlangt, den dieser Stream nicht angeboten hat (XEP-0288 §2.1).</translation>
    </message>
    <message>
        <source>The stream is bidirectional: %1 may now send to %2 on it (XEP-0288 §2.2).</source>
        <translation>Der Stream ist bidirektional: %1 darf jetzt darüber an %2 senden (XEP-0288 §2.2).</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::LabSession</name>
    <message>
        <source>STARTTLS, then dialback verified over the back-connection, then a ping.</source>
        <translation>STARTTLS, dann Dialback mit Prüfung über die Rückverbindung, dann ein Ping.</translation>
    </message>
    <message>
        <source>The dialback key is made with the wrong secret: the authoritative server says invalid.</source>
        <translation>Der Dialback-Schlüssel wird mit dem falschen Geheimnis erzeugt: Der autoritative Server antwortet mit invalid.</translation>
    </message>
    <message>
        <source>STARTTLS with a client certificate, then SASL EXTERNAL instead of dialback.</source>
        <translation>STARTTLS mit einem Client-Zertifikat, dann SASL EXTERNAL statt Dialback.</translation>
    </message>
    <message>
        <source>The originating side requires TLS; the receiving side has no certificate and offers none.</source>
        <translation>Die Ursprungsseite verlangt TLS; die empfangende Seite hat kein Zertifikat und bietet keines an.</translation>
    </message>
    <message>
        <source>The receiving side presents a certificate for another name.</source>
        <translation>Die empfangende Seite legt ein Zertifikat für einen anderen Namen vor.</translation>
    </message>
    <message>
        <source>Built-in lab (%1): %2 federates with %3 on loopback. %4</source>
        <translation>Eingebautes Labor (%1): %2 föderiert mit %3 über Loopback. %4</translation>
    </message>
    <message>
        <source>The lab could not listen on 127.0.0.1.</source>
        <translation>Das Labor konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Standard: STARTTLS and dialback</source>
        <translation>Standard: STARTTLS und Dialback</translation>
    </message>
    <message>
        <source>Wrong dialback key</source>
        <translation>Falscher Dialback-Schlüssel</translation>
    </message>
    <message>
        <source>SASL EXTERNAL with certificates</source>
        <translation>SASL EXTERNAL mit Zertifikaten</translation>
    </message>
    <message>
        <source>TLS required, not offered</source>
        <translation>TLS verlangt, nicht angeboten</translation>
    </message>
    <message>
        <source>Certificate for the wrong name</source>
        <translation>Zertifikat für den falschen Namen</translation>
    </message>
</context>
<context>
    <name>Inspector::ListenSession</name>
    <message>
        <source>--bind needs an IP address, not '%1'.</source>
        <translation>--bind braucht eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Receiving server for %1 listening on %2.</source>
        <translation>Empfangender Server für %1 lauscht auf %2.</translation>
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
        <source>&amp;Copy element</source>
        <translation>Element &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Zoom in timeline</source>
        <translation>Zeitleiste &amp;vergrößern</translation>
    </message>
    <message>
        <source>Zoom ou&amp;t timeline</source>
        <translation>Zeitleiste verkl&amp;einern</translation>
    </message>
    <message>
        <source>Fit ti&amp;meline</source>
        <translation>Zeitleiste ein&amp;passen</translation>
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
        <source>Timeline saved to %1.</source>
        <translation>Zeitleiste in %1 gespeichert.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
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
    <message>
        <source>SVG drawings (*.svg);;PNG images (*.png)</source>
        <translation>SVG-Zeichnungen (*.svg);;PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>&amp;Filter the stream</source>
        <translation>Stream &amp;filtern</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Export timeline as SVG or PNG…</source>
        <translation>Zeitleiste als SVG oder PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>F&amp;ind in the stream</source>
        <translation>Im Stream &amp;suchen</translation>
    </message>
    <message>
        <source>Ne&amp;xt session</source>
        <translation>&amp;Nächste Sitzung</translation>
    </message>
    <message>
        <source>Previous &amp;session</source>
        <translation>V&amp;orherige Sitzung</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Every pane back to its default size</source>
        <translation>Jeder Bereich wieder in seiner Standardgröße</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Erneut &amp;ausführen</translation>
    </message>
    <message>
        <source>Start the current tab's session again, in a new tab</source>
        <translation>Die Sitzung des aktuellen Tabs erneut starten, in einem neuen Tab</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>session title: outcome</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tab: session title — outcome</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>JSON summary (*.json)</source>
        <translation>JSON-Zusammenfassung (*.json)</translation>
    </message>
    <message>
        <source>Show &amp;phases in the diagram</source>
        <translation>Phasen im &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>E&amp;dit and run again…</source>
        <translation>&amp;Bearbeiten und erneut ausführen…</translation>
    </message>
    <message>
        <source>Change the current tab's session in the new-session form, then start it in a new tab</source>
        <translation>Die Sitzung des aktuellen Tabs im Formular für neue Sitzungen ändern und dann in einem neuen Tab starten</translation>
    </message>
    <message>
        <source>&amp;Scan domains…</source>
        <translation>Domains s&amp;cannen…</translation>
    </message>
    <message>
        <source>XMPP Inspector transcripts and scans (*.%1 *.xiscan);;All files (*)</source>
        <translation>XMPP-Inspector-Mitschnitte und -Scans (*.%1 *.xiscan);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open scan</source>
        <translation>Scan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save scan</source>
        <translation>Scan speichern</translation>
    </message>
    <message>
        <source>XMPP Inspector scans (*.xiscan)</source>
        <translation>XMPP-Inspector-Scans (*.xiscan)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON-Zeilen (*.jsonl)</translation>
    </message>
    <message>
        <source>Export scan</source>
        <translation>Scan exportieren</translation>
    </message>
    <message>
        <source>Close the scan</source>
        <translation>Scan schließen</translation>
    </message>
    <message>
        <source>The scan is still running. Stop it and close its tab? What is not saved is lost.</source>
        <translation>Der Scan läuft noch. Anhalten und seinen Tab schließen? Was nicht gespeichert ist, geht verloren.</translation>
    </message>
</context>
<context>
    <name>Inspector::NarratePanel</name>
    <message>
        <source>Before the first step</source>
        <translation>Vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>Press Space to play, or → to take one step.</source>
        <translation>Leertaste zum Abspielen, → für einen Schritt.</translation>
    </message>
    <message>
        <source>Specification: %1</source>
        <translation>Spezifikation: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>connection %1 (%2)</source>
        <translation>Verbindung %1 (%2)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>A new phase begins: %1.</source>
        <translation>Eine neue Phase beginnt: %1.</translation>
    </message>
    <message>
        <source>The phase changes from “%1” to “%2”.</source>
        <translation>Die Phase wechselt von „%1“ zu „%2“.</translation>
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
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Als &amp;Profil speichern…</translation>
    </message>
    <message>
        <source>Remember the secret (system keychain)</source>
        <translation>Geheimnis merken (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>The dialback secret or the password is stored only in the system keychain, never in the settings; without a keychain it is not stored at all.</source>
        <translation>Das Dialback-Geheimnis oder das Passwort wird nur im Schlüsselbund des Systems gespeichert, nie in den Einstellungen; ohne Schlüsselbund wird es gar nicht gespeichert.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Replace the profile “%1”?</source>
        <translation>Das Profil „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keines —</translation>
    </message>
    <message>
        <source>Profile “%1” saved, without its secret.</source>
        <translation>Profil „%1“ gespeichert, ohne sein Geheimnis.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Profile “%1” saved; storing its secret in the keychain…</source>
        <translation>Profil „%1“ gespeichert; sein Geheimnis wird im Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its secret is in the system keychain.</source>
        <translation>Profil „%1“ gespeichert; sein Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Profile “%1” saved without its secret: no system keychain could store it (%2). The secret was not stored anywhere.</source>
        <translation>Profil „%1“ ohne sein Geheimnis gespeichert: Kein Schlüsselbund des Systems konnte es speichern (%2). Das Geheimnis wurde nirgendwo gespeichert.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>Profile “%1” loaded.</source>
        <translation>Profil „%1“ geladen.</translation>
    </message>
    <message>
        <source>Profile “%1” loaded; reading its secret from the keychain…</source>
        <translation>Profil „%1“ geladen; sein Geheimnis wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Profile “%1” loaded; its secret could not be read from the keychain (%2).</source>
        <translation>Profil „%1“ geladen; sein Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Profile “%1” loaded, with its secret from the keychain.</source>
        <translation>Profil „%1“ geladen, mit seinem Geheimnis aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
</context>
<context>
    <name>Inspector::OutgoingS2s</name>
    <message>
        <source>Stopping after %1, as asked.</source>
        <translation>Wie gewünscht wird nach %1 angehalten.</translation>
    </message>
    <message>
        <source>Unexpected stream header during %1.</source>
        <translation>Unerwarteter Stream-Header in der Phase %1.</translation>
    </message>
    <message>
        <source>The response header has no stream id (RFC 6120 §4.7.3 requires one; dialback keys depend on it).</source>
        <translation>Der Antwort-Header enthält keine Stream-ID (RFC 6120 §4.7.3 verlangt eine; Dialback-Schlüssel hängen von ihr ab).</translation>
    </message>
    <message>
        <source>The stream id was reused after the restart (RFC 6120 §4.3.3 requires a new one).</source>
        <translation>Die Stream-ID wurde nach dem Neustart wiederverwendet (RFC 6120 §4.3.3 verlangt eine neue).</translation>
    </message>
    <message>
        <source>The peer answers as '%1', not '%2'.</source>
        <translation>Die Gegenseite antwortet als „%1“, nicht als „%2“.</translation>
    </message>
    <message>
        <source>The peer's content namespace is '%1', not jabber:server.</source>
        <translation>Der Inhalts-Namensraum der Gegenseite ist „%1“, nicht jabber:server.</translation>
    </message>
    <message>
        <source>The peer sent no version: a pre-1.0 server that sends no stream features; only dialback can work with it.</source>
        <translation>Die Gegenseite hat keine Version gesendet: ein Server vor 1.0, der keine Stream-Features sendet; mit ihm funktioniert nur Dialback.</translation>
    </message>
    <message>
        <source>The peer answered &lt;starttls/&gt; with &lt;failure/&gt; (RFC 6120 §5.4.2.2): it cannot or will not negotiate TLS.</source>
        <translation>Die Gegenseite hat &lt;starttls/&gt; mit &lt;failure/&gt; beantwortet (RFC 6120 §5.4.2.2): Sie kann oder will TLS nicht aushandeln.</translation>
    </message>
    <message>
        <source>Unexpected element {%1}%2 during %3.</source>
        <translation>Unerwartetes Element {%1}%2 in der Phase %3.</translation>
    </message>
    <message>
        <source>STARTTLS is offered inside direct TLS (XEP-0368 §3 forbids it).</source>
        <translation>STARTTLS wird innerhalb von direktem TLS angeboten (XEP-0368 §3 verbietet das).</translation>
    </message>
    <message>
        <source>STARTTLS is offered again after TLS (RFC 6120 §5.4.3.3 forbids it).</source>
        <translation>STARTTLS wird nach TLS erneut angeboten (RFC 6120 §5.4.3.3 verbietet das).</translation>
    </message>
    <message>
        <source>The peer does not offer STARTTLS, and --tls starttls requires it (a middlebox may strip it; try direct TLS).</source>
        <translation>Die Gegenseite bietet kein STARTTLS an, aber --tls starttls verlangt es (eine Middlebox könnte es entfernen; versuchen Sie direktes TLS).</translation>
    </message>
    <message>
        <source>The peer does not offer STARTTLS: the stream stays unencrypted.</source>
        <translation>Die Gegenseite bietet kein STARTTLS an: Der Stream bleibt unverschlüsselt.</translation>
    </message>
    <message>
        <source>The peer requires STARTTLS; not negotiated because of --tls none.</source>
        <translation>Die Gegenseite verlangt STARTTLS; wegen --tls none nicht ausgehandelt.</translation>
    </message>
    <message>
        <source>The peer does not offer SASL EXTERNAL: it did not accept our certificate (XEP-0178 §3 step 9).</source>
        <translation>Die Gegenseite bietet kein SASL EXTERNAL an: Sie hat unser Zertifikat nicht akzeptiert (XEP-0178 §3, Schritt 9).</translation>
    </message>
    <message>
        <source>The peer does not offer SASL EXTERNAL; it is offered only to servers that present a certificate (--cert, --key).</source>
        <translation>Die Gegenseite bietet kein SASL EXTERNAL an; es wird nur Servern angeboten, die ein Zertifikat vorlegen (--cert, --key).</translation>
    </message>
    <message>
        <source>Dialback needs the authoritative listener (--authoritative) or the dialback secret of your server (--dialback-secret).</source>
        <translation>Dialback braucht den autoritativen Listener (--authoritative) oder das Dialback-Geheimnis Ihres Servers (--dialback-secret).</translation>
    </message>
    <message>
        <source>The peer advertises no dialback (neither the feature nor the db namespace); trying it anyway.</source>
        <translation>Die Gegenseite kündigt kein Dialback an (weder das Feature noch den db-Namensraum); es wird trotzdem versucht.</translation>
    </message>
    <message>
        <source>Dialback failed with &lt;%1/&gt;%2 (XEP-0220 §2.5).</source>
        <translation>Dialback scheiterte mit &lt;%1/&gt;%2 (XEP-0220 §2.5).</translation>
    </message>
    <message>
        <source>A db:result answer of type '%1' is not defined; treated as invalid.</source>
        <translation>Eine db:result-Antwort vom Typ „%1“ ist nicht definiert; wird als invalid behandelt.</translation>
    </message>
    <message>
        <source>SASL EXTERNAL failed with &lt;%1/&gt;%2.</source>
        <translation>SASL EXTERNAL scheiterte mit &lt;%1/&gt;%2.</translation>
    </message>
    <message>
        <source>Unexpected SASL element &lt;%1/&gt;.</source>
        <translation>Unerwartetes SASL-Element &lt;%1/&gt;.</translation>
    </message>
    <message>
        <source>The peer closed the authenticated stream; closing ours.</source>
        <translation>Die Gegenseite hat den authentifizierten Stream geschlossen; unserer wird ebenfalls geschlossen.</translation>
    </message>
    <message>
        <source>The peer closed its stream during %1 without a stream error.</source>
        <translation>Die Gegenseite hat ihren Stream in der Phase %1 ohne Stream-Fehler geschlossen.</translation>
    </message>
    <message>
        <source>The peer's XML is unacceptable at byte %1: %2</source>
        <translation>Das XML der Gegenseite ist bei Byte %1 nicht akzeptabel: %2</translation>
    </message>
    <message>
        <source>The peer sent %1 bytes of cleartext after &lt;proceed/&gt; (RFC 6120 §5.4.2.3: TLS must start right after it).</source>
        <translation>Die Gegenseite hat nach &lt;proceed/&gt; %1 Byte Klartext gesendet (RFC 6120 §5.4.2.3: TLS muss unmittelbar danach beginnen).</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1:%2: %3</source>
        <translation>Verbindung zu %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The connection failed during %1: %2</source>
        <translation>Die Verbindung ist in der Phase %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The peer closed TCP without closing its stream.</source>
        <translation>Die Gegenseite hat TCP geschlossen, ohne ihren Stream zu schließen.</translation>
    </message>
    <message>
        <source>The peer closed the TCP connection during %1.</source>
        <translation>Die Gegenseite hat die TCP-Verbindung in der Phase %1 geschlossen.</translation>
    </message>
    <message>
        <source>No dialback verdict within %1 ms. %2</source>
        <translation>Kein Dialback-Urteil innerhalb von %1 ms. %2</translation>
    </message>
    <message>
        <source>No answer from the peer within %1 ms during %2.</source>
        <translation>Keine Antwort von der Gegenseite innerhalb von %1 ms in der Phase %2.</translation>
    </message>
    <message>
        <source>The peer answers with version '%1' to our 1.0 (RFC 6120 §4.7.5: it may not be higher than ours); continuing as 1.0.</source>
        <translation>Die Gegenseite antwortet auf unser 1.0 mit Version „%1“ (RFC 6120 §4.7.5: Sie darf nicht höher als unsere sein); es geht mit 1.0 weiter.</translation>
    </message>
    <message>
        <source>The peer sent %1 more byte(s) but no complete element within %2 ms during %3.</source>
        <translation>Die Gegenseite hat in der Phase %3 innerhalb von %2 ms noch %1 Byte gesendet, aber kein vollständiges Element.</translation>
    </message>
    <message>
        <source>Ignored &lt;%1/&gt;: no dialback request was sent that it could answer (XEP-0220 §3.1).</source>
        <translation>&lt;%1/&gt; ignoriert: Es wurde keine Dialback-Anfrage gesendet, die es beantworten könnte (XEP-0220 §3.1).</translation>
    </message>
    <message>
        <source>Ignored &lt;%1/&gt;: it does not answer our request, which awaits &lt;%2/&gt; (XEP-0220 §2.1, §3.1).</source>
        <translation>&lt;%1/&gt; ignoriert: Es beantwortet nicht unsere Anfrage, die auf &lt;%2/&gt; wartet (XEP-0220 §2.1, §3.1).</translation>
    </message>
    <message>
        <source>The receiving server says our dialback key is invalid: its authoritative server for %1 did not confirm it (XEP-0220 §2.1.1).</source>
        <translation>Der empfangende Server meldet unseren Dialback-Schlüssel als ungültig: Sein autoritativer Server für %1 hat ihn nicht bestätigt (XEP-0220 §2.1.1).</translation>
    </message>
    <message>
        <source>Ignored &lt;%1/&gt;: it answers our request, but after its verdict or timeout.</source>
        <translation>&lt;%1/&gt; ignoriert: Es beantwortet unsere Anfrage, aber erst nach deren Urteil oder Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>No DNSSEC-secure TLSA record matches the certificate %1 presented.</source>
        <translation>Kein DNSSEC-gesicherter TLSA-Eintrag passt zum Zertifikat, das %1 vorgelegt hat.</translation>
    </message>
    <message>
        <source>No bidirectional stream requested: the peer offered it only before TLS, and STARTTLS must complete before it is enabled (XEP-0288 §2.1).</source>
        <translation>Kein bidirektionaler Stream verlangt: Die Gegenseite hat ihn nur vor TLS angeboten, und STARTTLS muss abgeschlossen sein, bevor er aktiviert wird (XEP-0288 §2.1).</translation>
    </message>
    <message>
        <source>No bidirectional stream requested: the peer does not offer it (XEP-0288 §2.1), so its replies travel on its own connection to us.</source>
        <translation>Kein bidirektionaler Stream verlangt: Die Gegenseite bietet ihn nicht an (XEP-0288 §2.1), ihre Antworten kommen also über ihre eigene Verbindung zu uns.</translation>
    </message>
    <message>
        <source>The stream is bidirectional: %1 may now send to %2 on it (XEP-0288 §2.2).</source>
        <translation>Der Stream ist bidirektional: %1 darf jetzt darüber an %2 senden (XEP-0288 §2.2).</translation>
    </message>
    <message>
        <source>The stream is bidirectional, but the peer's certificate does not prove it is %1: stanzas it sends back on this stream are not counted as %1's.</source>
        <translation>Der Stream ist bidirektional, aber das Zertifikat der Gegenseite beweist nicht, dass sie %1 ist: Stanzas, die sie über diesen Stream zurückschickt, zählen nicht als die von %1.</translation>
    </message>
    <message>
        <source>The peer sent a &lt;%1/&gt; from '%2' to '%3' on the bidirectional stream, which carries %4 back (XEP-0288 §2.2); not counted as the sender's.</source>
        <translation>Die Gegenseite hat ein &lt;%1/&gt; von „%2“ an „%3“ über den bidirektionalen Stream geschickt, der in Gegenrichtung %4 trägt (XEP-0288 §2.2); es zählt nicht als das des Absenders.</translation>
    </message>
    <message>
        <source>no domain pair</source>
        <translation>kein Domain-Paar</translation>
    </message>
    <message>
        <source>The peer sent a &lt;%1/&gt; on our outgoing stream, which is not bidirectional (XEP-0288); not counted as the sender's.</source>
        <translation>Die Gegenseite hat ein &lt;%1/&gt; über unseren ausgehenden Stream geschickt, der nicht bidirektional ist (XEP-0288); es zählt nicht als das des Absenders.</translation>
    </message>
    <message>
        <source>%1 Falling back to dialback (XEP-0178 §3).</source>
        <translation>%1 Es wird auf Dialback zurückgegriffen (XEP-0178 §3).</translation>
    </message>
    <message>
        <source>The peer closed the stream with &lt;%1/&gt;%2 (%3).</source>
        <translation>Die Gegenseite schloss den Stream mit &lt;%1/&gt;%2 (%3).</translation>
    </message>
    <message>
        <source>No answer to &lt;r/&gt; within %1 ms (XEP-0198 §4): what the peer handled of the %2 stanzas sent is unknown.</source>
        <translation>Keine Antwort auf &lt;r/&gt; innerhalb von %1 ms (XEP-0198 §4): Was die Gegenseite von den %2 gesendeten Stanzas verarbeitet hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>The peer closed its stream without answering &lt;r/&gt; (XEP-0198 §4): what it handled of the %1 stanzas sent is unknown.</source>
        <translation>Die Gegenseite hat ihren Stream geschlossen, ohne &lt;r/&gt; zu beantworten (XEP-0198 §4): Was sie von den %1 gesendeten Stanzas verarbeitet hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>The peer offers stream management (XEP-0198); not enabled here (--no-sm, or a stream only for replies).</source>
        <translation>Die Gegenseite bietet Stream Management (XEP-0198) an; hier nicht aktiviert (--no-sm, oder ein Stream nur für Antworten).</translation>
    </message>
    <message>
        <source>The peer offers stream management only as %1, an older version than urn:xmpp:sm:3: not enabled.</source>
        <translation>Die Gegenseite bietet Stream Management nur als %1 an, eine ältere Version als urn:xmpp:sm:3: nicht aktiviert.</translation>
    </message>
    <message>
        <source>The peer offered stream management (XEP-0198) before authentication, and not in the features after it: not enabled.</source>
        <translation>Die Gegenseite hat Stream Management (XEP-0198) vor der Authentifizierung angeboten, in den Features danach nicht mehr: nicht aktiviert.</translation>
    </message>
    <message>
        <source>No answer to &lt;enable/&gt; before the close (XEP-0198 §3): the stream went without stream management.</source>
        <translation>Keine Antwort auf &lt;enable/&gt; vor dem Schließen (XEP-0198 §3): Der Stream lief ohne Stream Management.</translation>
    </message>
</context>
<context>
    <name>Inspector::PhaseMachineBase</name>
    <message>
        <source>The phase table does not allow %1 → %2: the transition is refused and the phase stays %1 (a bug in this tool; please report it).</source>
        <translation>Die Phasentabelle erlaubt %1 → %2 nicht: Der Übergang wird abgelehnt, die Phase bleibt %1 (ein Fehler dieses Werkzeugs; bitte melden).</translation>
    </message>
</context>
<context>
    <name>Inspector::PhaseSpanModel</name>
    <message>
        <source>%1
%2
started at %3 ms, took %4 ms</source>
        <translation>%1
%2
begann bei %3 ms, dauerte %4 ms</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start (ms)</source>
        <translation>Beginn (ms)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>connection number · role · peer domain</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Inspector::PhaseTimelineView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
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
    <name>Inspector::ProbeAll</name>
    <message>
        <source>No path to %1 was found.</source>
        <translation>Kein Weg zu %1 gefunden.</translation>
    </message>
    <message>
        <source>Stopped before every path was tried.</source>
        <translation>Angehalten, bevor jeder Weg probiert war.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the paths tried failed.</source>
        <translation>
            <numerusform>%n der probierten Wege ist gescheitert.</numerusform>
            <numerusform>%n der probierten Wege sind gescheitert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No path could be tried.</source>
        <translation>Kein Weg konnte probiert werden.</translation>
    </message>
</context>
<context>
    <name>Inspector::ReadingBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Part of the file read</source>
        <translation>Gelesener Teil der Datei</translation>
    </message>
    <message>
        <source>Stop reading; the events read so far stay open</source>
        <translation>Lesen abbrechen; die bisher gelesenen Ereignisse bleiben geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %2 of %3, %Ln events so far…</source>
        <translation>
            <numerusform>Lese %1: %2 von %3, bisher ein Ereignis…</numerusform>
            <numerusform>Lese %1: %2 von %3, bisher %Ln Ereignisse…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ReplayBar</name>
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
        <source>%1 (%2)</source>
        <comment>action (key)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Narrate</source>
        <translation>Erzählen</translation>
    </message>
    <message>
        <source>Narrate: each step large, with its explanation and the section of the specification; stepping and playing pass over connection details and keepalives</source>
        <translation>Erzählen: jeder Schritt groß, mit seiner Erklärung und dem Abschnitt der Spezifikation; Schritte und Abspielen überspringen Verbindungsdetails und Keepalives</translation>
    </message>
    <message>
        <source>Drag to any step; PgUp and PgDown jump</source>
        <translation>Zu einem beliebigen Schritt ziehen; Bild↑ und Bild↓ springen</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>Position der Wiedergabe</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>1 step / %1 s</source>
        <translation>1 Schritt / %1 s</translation>
    </message>
    <message>
        <source>×%1</source>
        <comment>speed</comment>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Playing speed: the recorded time between steps scaled, or one step at a fixed pace to talk over</source>
        <translation>Abspielgeschwindigkeit: die aufgezeichnete Zeit zwischen den Schritten skaliert, oder ein Schritt in festem Takt, um dazu zu sprechen</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>No connection yet at this step</source>
        <translation>Bei diesem Schritt noch keine Verbindung</translation>
    </message>
    <message>
        <source>At this step: %1</source>
        <translation>Bei diesem Schritt: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>connection (role): phase</comment>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Inspector::S2sDialer</name>
    <message>
        <source>The DNSSEC validation of %1 failed: no candidate can be used.</source>
        <translation>Die DNSSEC-Validierung von %1 ist fehlgeschlagen: Kein Kandidat kann verwendet werden.</translation>
    </message>
    <message>
        <source>%1 declares no XMPP server-to-server service (SRV target ".", RFC 6120 §3.2.1).</source>
        <translation>%1 deklariert keinen XMPP-Server-zu-Server-Dienst (SRV-Ziel „.“, RFC 6120 §3.2.1).</translation>
    </message>
    <message>
        <source>No address found for %1 (%2).</source>
        <translation>Keine Adresse für %1 gefunden (%2).</translation>
    </message>
    <message>
        <source>no SRV, A or AAAA record</source>
        <translation>kein SRV-, A- oder AAAA-Eintrag</translation>
    </message>
</context>
<context>
    <name>Inspector::S2sListener</name>
    <message>
        <source>Refused an inbound connection from %1: %2 connections are already open (the limit).</source>
        <translation>Eingehende Verbindung von %1 abgelehnt: Es sind bereits %2 Verbindungen offen (die Obergrenze).</translation>
    </message>
    <message numerus="yes">
        <source>Refused %n more inbound connection(s) while %1 were open (the limit).</source>
        <translation>
            <numerusform>%n weitere eingehende Verbindung abgelehnt, während %1 offen waren (die Obergrenze).</numerusform>
            <numerusform>%n weitere eingehende Verbindungen abgelehnt, während %1 offen waren (die Obergrenze).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::S2sSession</name>
    <message>
        <source>The authoritative listener needs an IP address, not '%1'.</source>
        <translation>Der autoritative Listener braucht eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Authoritative server for %1 listening on %2.</source>
        <translation>Autoritativer Server für %1 lauscht auf %2.</translation>
    </message>
    <message>
        <source>Teaching variant: the dialback key is made with a secret the authoritative server does not use, so it cannot verify.</source>
        <translation>Lehrvariante: Der Dialback-Schlüssel wird mit einem Geheimnis erzeugt, das der autoritative Server nicht verwendet, daher kann er ihn nicht bestätigen.</translation>
    </message>
    <message>
        <source>%1 declares no XMPP server-to-server service (SRV target ".", RFC 6120 §3.2.1).</source>
        <translation>%1 deklariert keinen XMPP-Server-zu-Server-Dienst (SRV-Ziel „.“, RFC 6120 §3.2.1).</translation>
    </message>
    <message>
        <source>No address found for %1 (%2).</source>
        <translation>Keine Adresse für %1 gefunden (%2).</translation>
    </message>
    <message>
        <source>no SRV, A or AAAA record</source>
        <translation>kein SRV-, A- oder AAAA-Eintrag</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer angehalten.</translation>
    </message>
    <message>
        <source>Replies are addressed to %1 and travel to its real servers; this tool sees them only if %1 points to its authoritative listener (--authoritative).</source>
        <translation>Antworten sind an %1 adressiert und gehen an dessen echte Server; dieses Werkzeug sieht sie nur, wenn %1 auf seinen autoritativen Listener zeigt (--authoritative).</translation>
    </message>
    <message>
        <source>A reply to %1 arrived from an unauthenticated sender; not counted.</source>
        <translation>Eine Antwort an %1 kam von einem nicht authentifizierten Absender; nicht gezählt.</translation>
    </message>
    <message>
        <source>The receiving server asks the authoritative server of %1 (as DNS names it) to confirm the key: check that server is reachable from %2 and uses the dialback secret given here.</source>
        <translation>Der empfangende Server bittet den autoritativen Server von %1 (so, wie das DNS ihn angibt), den Schlüssel zu bestätigen: Prüfen Sie, ob dieser Server von %2 aus erreichbar ist und das hier angegebene Dialback-Geheimnis verwendet.</translation>
    </message>
    <message>
        <source>%1 connected back %2 time(s) but sent no &lt;db:verify/&gt;; Prosody sends it only after its own dialback on that connection is answered (see the verify connections).</source>
        <translation>%1 hat sich %2-mal zurückverbunden, aber kein &lt;db:verify/&gt; gesendet; Prosody sendet es erst, wenn sein eigenes Dialback auf dieser Verbindung beantwortet ist (siehe die Verify-Verbindungen).</translation>
    </message>
    <message>
        <source>The authoritative listener answered %1 &lt;db:verify/&gt; request(s), but no verdict reached our stream.</source>
        <translation>Der autoritative Listener hat %1 &lt;db:verify/&gt;-Anfrage(n) beantwortet, aber kein Urteil hat unseren Stream erreicht.</translation>
    </message>
    <message>
        <source>The stream was not authenticated.</source>
        <translation>Der Stream wurde nicht authentifiziert.</translation>
    </message>
    <message>
        <source>The ping got no answer within %1 ms.</source>
        <translation>Der Ping hat innerhalb von %1 ms keine Antwort erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The stream stays open for %n second(s): stanzas from the console are sent on it.</source>
        <translation>
            <numerusform>Der Stream bleibt %n Sekunde lang offen: Stanzas aus der Konsole werden darauf gesendet.</numerusform>
            <numerusform>Der Stream bleibt %n Sekunden lang offen: Stanzas aus der Konsole werden darauf gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stanzas can be sent only on an authenticated stream that is still open.</source>
        <translation>Stanzas können nur auf einem authentifizierten Stream gesendet werden, der noch offen ist.</translation>
    </message>
    <message>
        <source>The DNSSEC validation of %1 %2 failed (%3): no candidate can be used.</source>
        <translation>Die DNSSEC-Validierung von %1 %2 ist fehlgeschlagen (%3): Kein Kandidat kann verwendet werden.</translation>
    </message>
    <message>
        <source>Nothing arrived at %3 within %4 s: %1 never connected back to the authoritative server for %2. %1 finds that server through its own DNS lookup of %2: the SRV records _xmpp-server._tcp.%2 (or, without them, the A/AAAA records of %2) must point to %3 as %1 sees them, and %3 must be reachable from %1.</source>
        <translation>Innerhalb von %4 s ist nichts bei %3 angekommen: %1 hat sich nie zum autoritativen Server für %2 zurückverbunden. %1 findet diesen Server über seine eigene DNS-Abfrage von %2: Die SRV-Einträge _xmpp-server._tcp.%2 (oder, ohne sie, die A/AAAA-Einträge von %2) müssen, so wie %1 sie sieht, auf %3 zeigen, und %3 muss von %1 aus erreichbar sein.</translation>
    </message>
</context>
<context>
    <name>Inspector::SaslPrep</name>
    <message>
        <source>it contains a character SASLprep prohibits (RFC 4013 §2.3: a control, private-use or non-character code point)</source>
        <translation>er enthält ein Zeichen, das SASLprep verbietet (RFC 4013 §2.3: ein Steuerzeichen, ein Zeichen für private Nutzung oder ein Nicht-Zeichen)</translation>
    </message>
    <message>
        <source>it mixes or misplaces right-to-left characters (RFC 4013 §2.4, RFC 3454 §6)</source>
        <translation>er mischt Zeichen von rechts nach links oder setzt sie falsch (RFC 4013 §2.4, RFC 3454 §6)</translation>
    </message>
    <message>
        <source>SASLprep failed: %1</source>
        <translation>SASLprep ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::ScanDialog</name>
    <message>
        <source>Load a list of domains</source>
        <translation>Liste von Domains laden</translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list);;All files (*)</source>
        <translation>Domain-Listen (*.txt *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot load the list</source>
        <translation>Die Liste kann nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 ist größer als 64 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) to scan.</source>
        <translation>
            <numerusform>%n Domain zu prüfen.</numerusform>
            <numerusform>%n Domains zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped; line %1 '%2': %3</source>
        <translation>
            <numerusform>%n Zeile übersprungen; Zeile %1 „%2“: %3</numerusform>
            <numerusform>%n Zeilen übersprungen; Zeile %1 „%2“: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan domains</source>
        <translation>Domains scannen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Session options</source>
        <translation>Sitzungsoptionen</translation>
    </message>
    <message>
        <source>One domain per line; # starts a comment.

example.org
jabber.example.net   # our partners</source>
        <translation>Eine Domain pro Zeile; # beginnt einen Kommentar.

example.org
jabber.example.net   # unsere Partner</translation>
    </message>
    <message>
        <source>Domains to scan</source>
        <translation>Zu prüfende Domains</translation>
    </message>
    <message>
        <source>Load list…</source>
        <translation>Liste laden…</translation>
    </message>
    <message>
        <source>Domains at once:</source>
        <translation>Domains gleichzeitig:</translation>
    </message>
    <message>
        <source>Sessions at once per address:</source>
        <translation>Sitzungen gleichzeitig je Adresse:</translation>
    </message>
    <message>
        <source>New sessions per second:</source>
        <translation>Neue Sitzungen pro Sekunde:</translation>
    </message>
    <message>
        <source>Domains looked up or checked at the same time. With an authoritative listener, one at a time.</source>
        <translation>Domains, die gleichzeitig nachgeschlagen oder geprüft werden. Mit einem autoritativen Listener eine nach der anderen.</translation>
    </message>
    <message>
        <source>Sessions at once to the address a domain resolves to first: a host serving many domains is not flooded.</source>
        <translation>Gleichzeitige Sitzungen zur ersten Adresse, zu der eine Domain auflöst: ein Host, der viele Domains bedient, wird nicht überflutet.</translation>
    </message>
    <message>
        <source>New connections per second in all. Toward servers of the public network, stay at a few per second.</source>
        <translation>Neue Verbindungen pro Sekunde insgesamt. Gegenüber Servern im öffentlichen Netz bei wenigen pro Sekunde bleiben.</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Scan starten</translation>
    </message>
    <message>
        <source>Session options: %1</source>
        <translation>Sitzungsoptionen: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::ScanView</name>
    <message>
        <source>No transcript was kept for %1.</source>
        <translation>Für %1 wurde kein Mitschnitt behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Scan of %n domain(s)</source>
        <translation>
            <numerusform>Scan von %n Domain</numerusform>
            <numerusform>Scan von %n Domains</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 fertig</translation>
    </message>
    <message>
        <source>all succeeded</source>
        <translation>alle erfolgreich</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: %1 of %2 done, %3 running to their end.</source>
        <translation>Wird angehalten: %1 von %2 fertig, %3 laufen bis zu ihrem Ende.</translation>
    </message>
    <message>
        <source>Scanning: %1 of %2 done, %3 running, %4 failed so far.</source>
        <translation>Scan läuft: %1 von %2 fertig, %3 laufen, bisher %4 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n domain(s) failed.</source>
        <translation>
            <numerusform>%1 von %n Domain fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n Domains fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not scanned (stopped).</source>
        <translation>
            <numerusform>%n nicht geprüft (angehalten).</numerusform>
            <numerusform>%n nicht geprüft (angehalten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list skipped.</source>
        <translation>
            <numerusform>%n Zeile der Liste übersprungen.</numerusform>
            <numerusform>%n Zeilen der Liste übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the running sessions</source>
        <translation>Laufende Sitzungen anhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>The transcript of %1 could not be copied to %2.</source>
        <translation>Der Mitschnitt von %1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Filter: domain, outcome, TLS version, finding…</source>
        <translation>Filter: Domain, Ergebnis, TLS-Version, Befund…</translation>
    </message>
    <message>
        <source>Filter the domains</source>
        <translation>Domains filtern</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domains</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed or with problems</source>
        <translation>Fehlgeschlagen oder mit Problemen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Show domains by outcome</source>
        <translation>Domains nach Ergebnis zeigen</translation>
    </message>
    <message>
        <source>Scanned domains</source>
        <translation>Geprüfte Domains</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt des Scans</translation>
    </message>
    <message>
        <source>Double-click a domain (or press Enter) to open its session: stream, timeline and summary. Hover over the findings for their titles.</source>
        <translation>Doppelklick auf eine Domain (oder Eingabetaste) öffnet ihre Sitzung: Stream, Zeitleiste und Zusammenfassung. Über den Befunden zeigt der Mauszeiger ihre Titel.</translation>
    </message>
    <message>
        <source>The file ended inside a line: that domain is left out.</source>
        <translation>Die Datei endete mitten in einer Zeile: diese Domain fehlt.</translation>
    </message>
</context>
<context>
    <name>Inspector::Session</name>
    <message>
        <source>This session has no stream to send stanzas on.</source>
        <translation>Diese Sitzung hat keinen Stream, auf dem Stanzas gesendet werden könnten.</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionController</name>
    <message>
        <source>Cannot write '%1': %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionForm</name>
    <message>
        <source>&amp;To domain:</source>
        <translation>&amp;Ziel-Domain:</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Host (optional):</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM):</source>
        <translation>Privater Schlüssel (PE&amp;M):</translation>
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
        <source>your server's dialback secret; not saved</source>
        <translation>das Dialback-Geheimnis Ihres Servers; wird nicht gespeichert</translation>
    </message>
    <message>
        <source>Keys made with your server's secret verify when the remote asks your real server. The secret is never recorded or saved.</source>
        <translation>Mit dem Geheimnis Ihres Servers erzeugte Schlüssel werden bestätigt, wenn die Gegenseite bei Ihrem echten Server nachfragt. Das Geheimnis wird nie aufgezeichnet oder gespeichert.</translation>
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
        <source>no: close after the queries</source>
        <translation>nein: nach den Abfragen schließen</translation>
    </message>
    <message>
        <source>Keep the authenticated stream open this long after the queries; stanzas can be sent from the Console tab meanwhile.</source>
        <translation>Den authentifizierten Stream nach den Abfragen so lange offen halten; währenddessen können Stanzas über den Tab „Konsole“ gesendet werden.</translation>
    </message>
    <message>
        <source>Bidirectional stream (XEP-0288) where offered</source>
        <translation>Bidirektionaler Stream (XEP-0288), wo angeboten</translation>
    </message>
    <message>
        <source>Ask the remote to send its replies and requests back on this stream; they count only for the domain pair it is authenticated for.</source>
        <translation>Die Gegenseite bitten, ihre Antworten und Anfragen über diesen Stream zurückzuschicken; sie zählen nur für das Domain-Paar, für das sie authentifiziert ist.</translation>
    </message>
    <message>
        <source>Fro&amp;m domain:</source>
        <translation>&amp;Quell-Domain:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>R&amp;esolve:</source>
        <translation>&amp;Resolve-Einträge:</translation>
    </message>
    <message>
        <source>Step t&amp;imeout:</source>
        <translation>Schritt-&amp;Timeout:</translation>
    </message>
    <message>
        <source>St&amp;op after:</source>
        <translation>Anhalten &amp;nach:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Authoritative listener:</source>
        <translation>Autoritativer Listen&amp;er:</translation>
    </message>
    <message>
        <source>Dial&amp;back secret:</source>
        <translation>Dialback-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>O&amp;wn certificate (PEM):</source>
        <translation>Eigenes Zertifi&amp;kat (PEM):</translation>
    </message>
    <message>
        <source>Stan&amp;zas file:</source>
        <translation>Stanzas-Date&amp;i:</translation>
    </message>
    <message>
        <source>Sta&amp;y open:</source>
        <translation>Offen &amp;bleiben:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>After authentication</source>
        <translation>Nach der Authentifizierung</translation>
    </message>
    <message>
        <source>DOMAIN:HOST:PORT, … instead of DNS</source>
        <translation>DOMAIN:HOST:PORT, … statt DNS</translation>
    </message>
    <message>
        <source>Where to reach a domain instead of what DNS says, like curl's --resolve: the To domain itself (without a host), or a domain the remote is verified at. Several entries are separated by spaces or commas; an IPv6 address is written [::1]:5269.</source>
        <translation>Wo eine Domain statt laut DNS erreicht wird, wie mit --resolve von curl: die Ziel-Domain selbst (ohne Host) oder eine Domain, bei der die Gegenseite verifiziert. Mehrere Einträge werden durch Leerzeichen oder Kommas getrennt; eine IPv6-Adresse wird [::1]:5269 geschrieben.</translation>
    </message>
    <message>
        <source>— (the whole session)</source>
        <translation>— (die ganze Sitzung)</translation>
    </message>
    <message>
        <source>Close the stream gracefully once this phase is reached.</source>
        <translation>Den Stream ordentlich schließen, sobald diese Phase erreicht ist.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>optional: PEM file of extra trust anchors</source>
        <translation>optional: PEM-Datei mit zusätzlichen Vertrauensankern</translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation>Eigenes Zertifikat</translation>
    </message>
    <message>
        <source>for SASL EXTERNAL and the authoritative listener</source>
        <translation>für SASL EXTERNAL und den autoritativen Listener</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Stanzas to send</source>
        <translation>Zu sendende Stanzas</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-Dateien (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>optional: XML stanzas sent after authentication</source>
        <translation>optional: XML-Stanzas, die nach der Authentifizierung gesendet werden</translation>
    </message>
    <message>
        <source>Resolve: '%1' is not DOMAIN:HOST:PORT.</source>
        <translation>Resolve-Einträge: „%1“ ist nicht DOMAIN:HOST:PORT.</translation>
    </message>
    <message>
        <source>Resolve: '%1' is not DOMAIN:HOST:PORT: %2</source>
        <translation>Resolve-Einträge: „%1“ ist nicht DOMAIN:HOST:PORT: %2</translation>
    </message>
    <message>
        <source>Stanzas file</source>
        <translation>Stanzas-Datei</translation>
    </message>
    <message>
        <source>Resolve: %1 is given twice, for %2 and %3.</source>
        <translation>Resolve-Einträge: %1 ist zweimal angegeben, für %2 und für %3.</translation>
    </message>
    <message>
        <source>Stream management (XEP-0198) where offered</source>
        <translation>Stream Management (XEP-0198), wo angeboten</translation>
    </message>
    <message>
        <source>Enable acknowledgements on the authenticated stream where the remote offers them, and check its count of the stanzas it handled before closing. No resumption is asked for.</source>
        <translation>Bestätigungen auf dem authentifizierten Stream aktivieren, wo die Gegenseite sie anbietet, und vor dem Schließen ihre Zählung der verarbeiteten Stanzas prüfen. Eine Fortsetzung wird nicht verlangt.</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionView</name>
    <message>
        <source>Unknown export format '%1'.</source>
        <translation>Unbekanntes Exportformat „%1“.</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>connection: phase</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>XML stream</source>
        <translation>XML-Stream</translation>
    </message>
    <message>
        <source>Every event of the session, one row each</source>
        <translation>Jedes Ereignis der Sitzung, eine Zeile pro Ereignis</translation>
    </message>
    <message>
        <source>Phase timeline</source>
        <translation>Phasen-Zeitleiste</translation>
    </message>
    <message>
        <source>Each connection's phases as bars as long as they took</source>
        <translation>Die Phasen jeder Verbindung als Balken, so lang wie sie dauerten</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <source>The messages between the parties, in order</source>
        <translation>Die Nachrichten zwischen den Beteiligten, der Reihe nach</translation>
    </message>
    <message>
        <source>Stream features</source>
        <translation>Stream-Features</translation>
    </message>
    <message>
        <source>What each stream offered, stage by stage</source>
        <translation>Was jeder Stream anbot, Stufe für Stufe</translation>
    </message>
    <message>
        <source>Outcome and console</source>
        <translation>Ergebnis und Konsole</translation>
    </message>
    <message>
        <source>The outcome of the session, or its console</source>
        <translation>Das Ergebnis der Sitzung oder ihre Konsole</translation>
    </message>
    <message>
        <source>The result, findings, authentication and TLS</source>
        <translation>Das Ergebnis, Befunde, Authentifizierung und TLS</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>The selected event: when, where, what it is and means</source>
        <translation>Das ausgewählte Ereignis: wann, wo, was es ist und bedeutet</translation>
    </message>
    <message>
        <source>Send your own stanzas on the session's stream</source>
        <translation>Eigene Stanzas auf dem Stream der Sitzung senden</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 is still being read: it can be saved or exported once reading has ended.</source>
        <translation>%1 wird noch gelesen: Speichern und Exportieren sind möglich, sobald das Lesen beendet ist.</translation>
    </message>
    <message>
        <source>reading… %1 %</source>
        <comment>a transcript being read</comment>
        <translation>wird gelesen… %1 %</translation>
    </message>
</context>
<context>
    <name>Inspector::SocketTransport</name>
    <message>
        <source>The certificate is not valid for %1 (RFC 9525: no DNS-ID, SRV-ID or XmppAddr names it).</source>
        <translation>Das Zertifikat ist für %1 nicht gültig (RFC 9525: keine DNS-ID, SRV-ID oder XmppAddr nennt die Domain).</translation>
    </message>
    <message>
        <source>The peer closed the connection during the TLS handshake.</source>
        <translation>Die Gegenstelle hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamConnection</name>
    <message>
        <source>More of these are not noted; the stream shows every element.</source>
        <translation>Weitere davon werden nicht vermerkt; der Stream zeigt jedes Element.</translation>
    </message>
    <message>
        <source>TLS alert sent (fatal): %1</source>
        <translation>TLS-Alert gesendet (fatal): %1</translation>
    </message>
    <message>
        <source>TLS alert received (fatal): %1</source>
        <translation>TLS-Alert empfangen (fatal): %1</translation>
    </message>
    <message>
        <source>TLS alert sent (warning): %1</source>
        <translation>TLS-Alert gesendet (Warnung): %1</translation>
    </message>
    <message>
        <source>TLS alert received (warning): %1</source>
        <translation>TLS-Alert empfangen (Warnung): %1</translation>
    </message>
    <message>
        <source>TLS alert sent: %1</source>
        <translation>TLS-Alert gesendet: %1</translation>
    </message>
    <message>
        <source>TLS alert received: %1</source>
        <translation>TLS-Alert empfangen: %1</translation>
    </message>
    <message>
        <source>Certificate verification failed (strict TLS: the handshake is aborted): %1</source>
        <translation>Zertifikatsprüfung fehlgeschlagen (striktes TLS: Der Handshake wird abgebrochen): %1</translation>
    </message>
    <message>
        <source>Certificate verification failed; continuing for inspection: %1</source>
        <translation>Zertifikatsprüfung fehlgeschlagen; zur Untersuchung wird fortgefahren: %1</translation>
    </message>
    <message>
        <source>A later BOSH response names the stream's %1 (XEP-0206 §4: as soon as the connection manager has them): from '%2', version '%3', id '%4'.</source>
        <translation>Eine spätere BOSH-Antwort nennt die Stream-Attribute %1 (XEP-0206 §4: sobald der Verbindungsmanager sie kennt): from '%2', Version '%3', ID '%4'.</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamManagement</name>
    <message>
        <source>Stream management: &lt;%1/&gt; where none was expected (XEP-0198); ignored.</source>
        <translation>Stream Management: &lt;%1/&gt;, wo keines erwartet wurde (XEP-0198); ignoriert.</translation>
    </message>
    <message>
        <source>Stream management: &lt;enabled resume='true'/&gt; without an id: the session cannot be resumed (XEP-0198 §3).</source>
        <translation>Stream Management: &lt;enabled resume='true'/&gt; ohne id: die Sitzung kann nicht fortgesetzt werden (XEP-0198 §3).</translation>
    </message>
    <message>
        <source>&lt;resumed/&gt; has no valid h (XEP-0198 §5): '%1'.</source>
        <translation>&lt;resumed/&gt; hat kein gültiges h (XEP-0198 §5): '%1'.</translation>
    </message>
    <message>
        <source>Stream management: &lt;failed/&gt; (%1) answering nothing we sent (XEP-0198).</source>
        <translation>Stream Management: &lt;failed/&gt; (%1) als Antwort auf nichts Gesendetes (XEP-0198).</translation>
    </message>
    <message>
        <source>Stream management: an &lt;a/&gt; before &lt;enabled/&gt; is ignored (XEP-0198 §4).</source>
        <translation>Stream Management: ein &lt;a/&gt; vor &lt;enabled/&gt; wird ignoriert (XEP-0198 §4).</translation>
    </message>
    <message>
        <source>Stream management: an &lt;a/&gt; without a valid h ('%1') is ignored (XEP-0198 §4).</source>
        <translation>Stream Management: ein &lt;a/&gt; ohne gültiges h ('%1') wird ignoriert (XEP-0198 §4).</translation>
    </message>
    <message>
        <source>The server's &lt;%1/&gt; says it handled %2 stanzas; we sent %3 (XEP-0198 §4: handled-count-too-high).</source>
        <translation>Das &lt;%1/&gt; des Servers gibt %2 verarbeitete Stanzas an; gesendet wurden %3 (XEP-0198 §4: handled-count-too-high).</translation>
    </message>
    <message>
        <source>&lt;resumed/&gt; names the session '%1'; we resumed '%2' (XEP-0198 §5).</source>
        <translation>&lt;resumed/&gt; nennt die Sitzung '%1'; fortgesetzt wurde '%2' (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>The server's &lt;%1/&gt; says it handled %2 stanzas, fewer than the %3 it had acknowledged before (XEP-0198 §4).</source>
        <translation>Das &lt;%1/&gt; des Servers gibt %2 verarbeitete Stanzas an, weniger als die zuvor bestätigten %3 (XEP-0198 §4).</translation>
    </message>
    <message>
        <source>Stream management: %1 unacknowledged stanzas were older than the %2 kept, and are not sent again.</source>
        <translation>Stream Management: %1 unbestätigte Stanzas waren älter als die %2 aufbewahrten und werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Stream management: &lt;enabled/&gt; grants resumption, which was not asked for (XEP-0198 §3); not used.</source>
        <translation>Stream Management: &lt;enabled/&gt; gewährt eine Fortsetzung, die nicht verlangt wurde (XEP-0198 §3); nicht genutzt.</translation>
    </message>
    <message>
        <source>Stream management: &lt;failed h='%1'/&gt; cannot be right: %2 stanzas were sent on the dropped stream, %3 acknowledged (XEP-0198 §5).</source>
        <translation>Stream Management: &lt;failed h='%1'/&gt; kann nicht stimmen: Auf dem abgebrochenen Stream wurden %2 Stanzas gesendet, %3 bestätigt (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>Stream management: by its &lt;failed h='%1'/&gt;, the server handled %2 of the %3 stanzas sent on the dropped stream; %4 never arrived (XEP-0198 §5).</source>
        <translation>Stream Management: Laut seinem &lt;failed h='%1'/&gt; hat der Server %2 der %3 auf dem abgebrochenen Stream gesendeten Stanzas verarbeitet; %4 sind nie angekommen (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>Stream management: an &lt;r/&gt; while it is not enabled is not answered (XEP-0198 §4).</source>
        <translation>Stream Management: Ein &lt;r/&gt;, solange es nicht aktiviert ist, wird nicht beantwortet (XEP-0198 §4).</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Verb.</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>whitespace keepalive</source>
        <translation>Whitespace-Keepalive</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) outside any XML stream</source>
        <translation>
            <numerusform>%n Byte außerhalb eines XML-Streams</numerusform>
            <numerusform>%n Bytes außerhalb eines XML-Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>DNS: %n candidate(s) for %1, DNSSEC %2</source>
        <translation>
            <numerusform>DNS: %n Kandidat für %1, DNSSEC %2</numerusform>
            <numerusform>DNS: %n Kandidaten für %1, DNSSEC %2</numerusform>
        </translation>
    </message>
    <message>
        <source>connection %1: %2, %3 (%4 ↔ %5)</source>
        <translation>Verbindung %1: %2, %3 (%4 ↔ %5)</translation>
    </message>
    <message>
        <source>session started</source>
        <translation>Sitzung gestartet</translation>
    </message>
    <message>
        <source>session finished: success</source>
        <translation>Sitzung beendet: Erfolg</translation>
    </message>
    <message>
        <source>session finished: %1</source>
        <translation>Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>phase (%1): %2</source>
        <translation>Phase (%1): %2</translation>
    </message>
    <message>
        <source>%1 rid %2</source>
        <translation>%1 rid %2</translation>
    </message>
    <message>
        <source>HTTP %1 for rid %2 after %3 ms</source>
        <translation>HTTP %1 für rid %2 nach %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>, %n element(s)</source>
        <translation>
            <numerusform>, %n Element</numerusform>
            <numerusform>, %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>, terminate</source>
        <translation>, Beenden (terminate)</translation>
    </message>
    <message>
        <source>, terminate: %1</source>
        <translation>, Beenden (terminate): %1</translation>
    </message>
    <message>
        <source>end of the stream</source>
        <translation>Ende des Streams</translation>
    </message>
    <message>
        <source>, session creation</source>
        <translation>, Sitzung anlegen</translation>
    </message>
    <message>
        <source>, stream restart</source>
        <translation>, Neustart des Streams</translation>
    </message>
    <message>
        <source>, empty (long poll)</source>
        <translation>, leer (Long Poll)</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamPane</name>
    <message>
        <source>Filter: text in the element or summary</source>
        <translation>Filter: Text im Element oder in der Zusammenfassung</translation>
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
    <message>
        <source>Find: Enter or F3 next, Shift+F3 previous</source>
        <translation>Suchen: Eingabe oder F3 für den nächsten, Umschalt+F3 für den vorherigen Treffer</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamParser</name>
    <message>
        <source>The peer sent more than %1 bytes on this connection (the limit).</source>
        <translation>Die Gegenseite hat auf dieser Verbindung mehr als %1 Byte gesendet (das Limit).</translation>
    </message>
    <message>
        <source>The peer sent bytes that are not valid UTF-8 (RFC 6120 §11.6).</source>
        <translation>Die Gegenseite hat Bytes gesendet, die kein gültiges UTF-8 sind (RFC 6120 §11.6).</translation>
    </message>
    <message>
        <source>The stream header exceeds the limit of %1 bytes.</source>
        <translation>Der Stream-Header überschreitet das Limit von %1 Byte.</translation>
    </message>
    <message>
        <source>A stanza exceeds the size limit of %1 bytes.</source>
        <translation>Ein Stanza überschreitet die Größengrenze von %1 Byte.</translation>
    </message>
    <message>
        <source>The peer sent a document type declaration (RFC 6120 §11.1).</source>
        <translation>Die Gegenseite hat eine Dokumenttyp-Deklaration gesendet (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <source>The peer sent an XML comment (RFC 6120 §11.1).</source>
        <translation>Die Gegenseite hat einen XML-Kommentar gesendet (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <source>The peer sent a processing instruction (RFC 6120 §11.1).</source>
        <translation>Die Gegenseite hat eine Verarbeitungsanweisung gesendet (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <source>The peer sent an entity reference (RFC 6120 §11.1).</source>
        <translation>Die Gegenseite hat eine Entity-Referenz gesendet (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <source>The stream header has %1 attributes, more than the limit of %2.</source>
        <translation>Der Stream-Header hat %1 Attribute, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <source>Elements are nested deeper than the limit of %1.</source>
        <translation>Elemente sind tiefer verschachtelt als das Limit von %1.</translation>
    </message>
    <message>
        <source>An element has %1 attributes, more than the limit of %2.</source>
        <translation>Ein Element hat %1 Attribute, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <source>The peer sent character data between top-level elements.</source>
        <translation>Die Gegenseite hat Zeichendaten zwischen Elementen der obersten Ebene gesendet.</translation>
    </message>
    <message>
        <source>Keepalive whitespace exceeds the size limit of %1 bytes.</source>
        <translation>Keepalive-Leerraum überschreitet die Größengrenze von %1 Byte.</translation>
    </message>
    <message>
        <source>The peer sent more than %1 top-level elements and keepalives on this connection (the limit).</source>
        <translation>Die Gegenseite hat auf dieser Verbindung mehr als %1 Elemente der obersten Ebene und Keepalives gesendet (das Limit).</translation>
    </message>
    <message>
        <source>The peer sent a namespace prefix with the character U+%1, which XML 1.0 does not allow there (§2.3, fourth-edition name characters).</source>
        <translation>Die Gegenseite hat ein Namensraumpräfix mit dem Zeichen U+%1 gesendet, das XML 1.0 an dieser Stelle nicht erlaubt (§2.3, Namenszeichen der vierten Ausgabe).</translation>
    </message>
    <message>
        <source>The peer sent an attribute name with the character U+%1, which XML 1.0 does not allow there (§2.3, fourth-edition name characters).</source>
        <translation>Die Gegenseite hat einen Attributnamen mit dem Zeichen U+%1 gesendet, das XML 1.0 an dieser Stelle nicht erlaubt (§2.3, Namenszeichen der vierten Ausgabe).</translation>
    </message>
    <message>
        <source>The peer sent a start tag with the attribute %1 twice (XML 1.0 §3.1).</source>
        <translation>Die Gegenseite hat ein Start-Tag mit dem Attribut %1 doppelt gesendet (XML 1.0 §3.1).</translation>
    </message>
    <message>
        <source>The peer sent data after the end of the stream.</source>
        <translation>Die Gegenseite hat nach dem Ende des Streams weitere Daten gesendet.</translation>
    </message>
    <message>
        <source>The peer declared the encoding %1; XMPP streams are UTF-8 (RFC 6120 §11.6).</source>
        <translation>Die Gegenseite hat die Kodierung %1 angegeben; XMPP-Streams sind UTF-8 (RFC 6120 §11.6).</translation>
    </message>
    <message>
        <source>The stream root is {%1}%2, not {%3}%4.</source>
        <translation>Das Wurzelelement des Streams ist {%1}%2, nicht {%3}%4.</translation>
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
    <message>
        <source>Double-click for the details and to save it as PEM</source>
        <translation>Doppelklick zeigt die Details und ermöglicht das Speichern als PEM</translation>
    </message>
    <message>
        <source>SASL %1</source>
        <translation>SASL %1</translation>
    </message>
    <message>
        <source>SASL</source>
        <translation>SASL</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>succeeded with problems</source>
        <translation>erfolgreich, mit Problemen</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>finding severity</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>finding severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>finding severity</comment>
        <translation>Information</translation>
    </message>
    <message>
        <source>answered in %1 ms (connection %2)</source>
        <translation>beantwortet in %1 ms (Verbindung %2)</translation>
    </message>
    <message>
        <source>no answer in time (connection %1)</source>
        <translation>keine Antwort rechtzeitig (Verbindung %1)</translation>
    </message>
    <message>
        <source>answered with an error: %1 (connection %2)</source>
        <translation>mit einem Fehler beantwortet: %1 (Verbindung %2)</translation>
    </message>
    <message>
        <source>%1 (connection %2)</source>
        <translation>%1 (Verbindung %2)</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Stream Management</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>%1 → %2 over WebSocket %3</source>
        <translation>%1 → %2 über WebSocket %3</translation>
    </message>
    <message>
        <source>%1 → %2 over BOSH %3</source>
        <translation>%1 → %2 über BOSH %3</translation>
    </message>
</context>
<context>
    <name>Inspector::TimelineModel</name>
    <message>
        <source>peer</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <source>originating</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation>autoritativ</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>empfangend</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>lane title: domain · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>remote server</source>
        <translation>entfernter Server</translation>
    </message>
</context>
<context>
    <name>Inspector::TimelineView</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 ms, %2: %3</source>
        <comment>time, lane: label</comment>
        <translation>%1 ms, %2: %3</translation>
    </message>
    <message>
        <source>%1 ms, %2 → %3: %4</source>
        <comment>time, from lane → to lane: label</comment>
        <translation>%1 ms, %2 → %3: %4</translation>
    </message>
</context>
<context>
    <name>Inspector::TlsErrorText</name>
    <message>
        <source>the issuer's certificate cannot be found (an intermediate is missing, or the root is not trusted)</source>
        <translation>das Zertifikat des Ausstellers ist nicht auffindbar (ein Zwischenzertifikat fehlt, oder der Wurzel wird nicht vertraut)</translation>
    </message>
    <message>
        <source>the certificate's signature does not verify</source>
        <translation>die Signatur des Zertifikats ist ungültig</translation>
    </message>
    <message>
        <source>the certificate is not yet valid</source>
        <translation>das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>the certificate's validity dates cannot be read</source>
        <translation>die Gültigkeitsdaten des Zertifikats sind unlesbar</translation>
    </message>
    <message>
        <source>the certificate is self-signed and not trusted</source>
        <translation>das Zertifikat ist selbstsigniert und nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>the chain ends in a self-signed certificate that is not trusted</source>
        <translation>die Kette endet in einem selbstsignierten Zertifikat, dem nicht vertraut wird</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>das Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <source>a certificate in the chain may not issue certificates</source>
        <translation>ein Zertifikat der Kette darf keine Zertifikate ausstellen</translation>
    </message>
    <message>
        <source>the chain is longer than an issuer allows</source>
        <translation>die Kette ist länger, als ein Aussteller erlaubt</translation>
    </message>
    <message>
        <source>the certificate is not meant for this purpose</source>
        <translation>das Zertifikat ist nicht für diesen Zweck bestimmt</translation>
    </message>
    <message>
        <source>the peer presented no certificate</source>
        <translation>die Gegenseite legte kein Zertifikat vor</translation>
    </message>
    <message>
        <source>the certificate does not name the host</source>
        <translation>das Zertifikat nennt den Host nicht</translation>
    </message>
    <message>
        <source>the certificate is blacklisted</source>
        <translation>das Zertifikat steht auf einer Sperrliste</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the peer closed the connection</source>
        <translation>die Gegenseite schloss die Verbindung</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>network error (unreachable?)</source>
        <translation>Netzwerkfehler (nicht erreichbar?)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>the first certificate cannot be verified (its issuer is missing)</source>
        <translation>das erste Zertifikat lässt sich nicht prüfen (sein Aussteller fehlt)</translation>
    </message>
    <message>
        <source>the issuer's public key cannot be read</source>
        <translation>der öffentliche Schlüssel des Ausstellers ist unlesbar</translation>
    </message>
    <message>
        <source>the root is not trusted for this purpose</source>
        <translation>der Wurzel wird für diesen Zweck nicht vertraut</translation>
    </message>
    <message>
        <source>the root is marked to reject this purpose</source>
        <translation>die Wurzel ist für diesen Zweck als abzulehnen markiert</translation>
    </message>
    <message>
        <source>a certificate does not belong to the issuer after it in the chain</source>
        <translation>ein Zertifikat gehört nicht zum Aussteller, der in der Kette darauf folgt</translation>
    </message>
    <message>
        <source>the address is already in use</source>
        <translation>die Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>the address is not available on this machine</source>
        <translation>die Adresse ist auf diesem Rechner nicht verfügbar</translation>
    </message>
    <message>
        <source>certificate error %1</source>
        <translation>Zertifikatsfehler %1</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>Socket-Fehler %1</translation>
    </message>
</context>
<context>
    <name>Inspector::WebSocketTransport</name>
    <message>
        <source>the server did not agree to the 'xmpp' WebSocket subprotocol (RFC 7395 §3.1)</source>
        <translation>der Server stimmte dem WebSocket-Subprotokoll „xmpp“ nicht zu (RFC 7395 §3.1)</translation>
    </message>
    <message>
        <source>the server sent a binary message of %1 bytes: the XMPP subprotocol uses text messages only (RFC 7395 §3.2)</source>
        <translation>der Server sandte eine Binärnachricht von %1 Bytes: Das XMPP-Subprotokoll verwendet nur Textnachrichten (RFC 7395 §3.2)</translation>
    </message>
    <message>
        <source>the WebSocket was closed with code %1 (RFC 6455 §7.4)%2</source>
        <translation>der WebSocket wurde mit Code %1 geschlossen (RFC 6455 §7.4)%2</translation>
    </message>
    <message>
        <source>the server answered the WebSocket handshake with HTTP %1 %2 instead of 101 Switching Protocols (RFC 6455 §4.1)</source>
        <translation>der Server hat den WebSocket-Handshake mit HTTP %1 %2 statt 101 Switching Protocols beantwortet (RFC 6455 §4.1)</translation>
    </message>
    <message>
        <source>the server answered the WebSocket handshake with HTTP 403 %1: what a server answers when it does not accept the origin %2 (RFC 6455 §10.2); without it, the handshake shows whether that is the reason</source>
        <translation>der Server hat den WebSocket-Handshake mit HTTP 403 %1 beantwortet: So antwortet ein Server, der die Herkunft %2 nicht akzeptiert (RFC 6455 §10.2); ohne sie zeigt der Handshake, ob das der Grund ist</translation>
    </message>
</context>
<context>
    <name>Jid</name>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The resource after '/' is empty.</source>
        <translation>Die Ressource nach „/“ ist leer.</translation>
    </message>
    <message>
        <source>The resource is longer than 1023 bytes.</source>
        <translation>Die Ressource ist länger als 1023 Byte.</translation>
    </message>
    <message>
        <source>The local part before '@' is empty.</source>
        <translation>Der lokale Teil vor „@“ ist leer.</translation>
    </message>
    <message>
        <source>The local part is longer than 1023 bytes.</source>
        <translation>Der lokale Teil ist länger als 1023 Byte.</translation>
    </message>
    <message>
        <source>The local part contains the character '%1', which an XMPP address cannot contain.</source>
        <translation>Der lokale Teil enthält das Zeichen „%1“, das in einer XMPP-Adresse nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>Expected a domain, without '@' or '/'.</source>
        <translation>Erwartet wird eine Domain, ohne „@“ oder „/“.</translation>
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation>Die Domain ist leer.</translation>
    </message>
    <message>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>Die Domain ist länger als 1023 Byte.</translation>
    </message>
    <message>
        <source>The bracketed domain is not an IPv6 address.</source>
        <translation>Die Domain in eckigen Klammern ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The domain has an empty label (two dots in a row, or a leading dot).</source>
        <translation>Die Domain hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang).</translation>
    </message>
    <message>
        <source>The domain label '%1' is longer than 63 bytes.</source>
        <translation>Das Domain-Label „%1“ ist länger als 63 Byte.</translation>
    </message>
    <message>
        <source>The domain contains the character '%1', which a domain cannot contain.</source>
        <translation>Die Domain enthält das Zeichen „%1“, das in einer Domain nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>The domain label '%1' starts or ends with a hyphen.</source>
        <translation>Das Domain-Label „%1“ beginnt oder endet mit einem Bindestrich.</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>TCP connected</source>
        <translation>TCP verbunden</translation>
    </message>
    <message>
        <source>Connection accepted</source>
        <translation>Verbindung angenommen</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>TLS established</source>
        <translation>TLS aufgebaut</translation>
    </message>
    <message>
        <source>Stream opened</source>
        <translation>Stream geöffnet</translation>
    </message>
    <message>
        <source>Stream restarted</source>
        <translation>Stream neu gestartet</translation>
    </message>
    <message>
        <source>Stream header received</source>
        <translation>Stream-Header empfangen</translation>
    </message>
    <message>
        <source>Features received</source>
        <translation>Features empfangen</translation>
    </message>
    <message>
        <source>Features sent</source>
        <translation>Features gesendet</translation>
    </message>
    <message>
        <source>STARTTLS requested</source>
        <translation>STARTTLS angefordert</translation>
    </message>
    <message>
        <source>STARTTLS accepted</source>
        <translation>STARTTLS angenommen</translation>
    </message>
    <message>
        <source>SASL EXTERNAL sent</source>
        <translation>SASL EXTERNAL gesendet</translation>
    </message>
    <message>
        <source>SASL authentication sent</source>
        <translation>SASL-Authentifizierung gesendet</translation>
    </message>
    <message>
        <source>Dialback key sent</source>
        <translation>Dialback-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>Dialback verification sent</source>
        <translation>Dialback-Prüfung gesendet</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <source>Resource binding requested</source>
        <translation>Ressourcenbindung angefordert</translation>
    </message>
    <message>
        <source>Resource bound</source>
        <translation>Ressource gebunden</translation>
    </message>
    <message>
        <source>Session established</source>
        <translation>Sitzung aufgebaut</translation>
    </message>
    <message>
        <source>Roster received</source>
        <translation>Roster empfangen</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>Ping sent</source>
        <translation>Ping gesendet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Closing the stream</source>
        <translation>Stream wird geschlossen</translation>
    </message>
    <message>
        <source>Stream closed</source>
        <translation>Stream geschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>SASL %1 sent</source>
        <translation>SASL %1 gesendet</translation>
    </message>
    <message>
        <source>Looking up DNS</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <source>Trying a server</source>
        <translation>Server wird versucht</translation>
    </message>
    <message>
        <source>Waiting for replies</source>
        <translation>Warten auf Antworten</translation>
    </message>
    <message>
        <source>Staying open</source>
        <translation>Bleibt offen</translation>
    </message>
    <message>
        <source>Wrapping up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lauscht</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Sending the stanzas</source>
        <translation>Stanzas werden gesendet</translation>
    </message>
    <message>
        <source>Asking for the roster</source>
        <translation>Kontaktliste wird abgefragt</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Nachricht wird gesendet</translation>
    </message>
    <message>
        <source>Pinging</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Staying online</source>
        <translation>Bleibt online</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Aktionen erledigt</translation>
    </message>
    <message>
        <source>server-to-server session</source>
        <translation>Server-zu-Server-Sitzung</translation>
    </message>
    <message>
        <source>client actions</source>
        <translation>Client-Aktionen</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>initiating</source>
        <translation>initiierend</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>empfangend</translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation>autoritativ</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>prüfend</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Stream management requested</source>
        <translation>Stream Management angefragt</translation>
    </message>
    <message>
        <source>Stream management enabled</source>
        <translation>Stream Management aktiviert</translation>
    </message>
    <message>
        <source>Acknowledgement requested</source>
        <translation>Bestätigung angefragt</translation>
    </message>
    <message>
        <source>Resumption requested</source>
        <translation>Fortsetzung angefragt</translation>
    </message>
    <message>
        <source>Session resumed</source>
        <translation>Sitzung fortgesetzt</translation>
    </message>
    <message>
        <source>Connection dropped to resume</source>
        <translation>Verbindung zum Fortsetzen abgebrochen</translation>
    </message>
    <message>
        <source>Registration form requested</source>
        <translation>Registrierungsformular angefragt</translation>
    </message>
    <message>
        <source>Asking what the server offers</source>
        <translation>Frage, was der Server anbietet</translation>
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
<context>
    <name>S2sOptions</name>
    <message>
        <source>'%1' is not [IPv6]:PORT.</source>
        <translation>„%1“ hat nicht die Form [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>'%1' is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>'%1' is not HOST:PORT.</source>
        <translation>„%1“ hat nicht die Form HOST:PORT.</translation>
    </message>
    <message>
        <source>Write IPv6 addresses in brackets: [%1]:PORT.</source>
        <translation>Schreiben Sie IPv6-Adressen in eckigen Klammern: [%1]:PORT.</translation>
    </message>
    <message>
        <source>'%1' is not a port number (1–65535).</source>
        <translation>„%1“ ist keine Portnummer (1–65535).</translation>
    </message>
    <message>
        <source>'%1' is not a host name or address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine Adresse.</translation>
    </message>
    <message>
        <source>'%1' is not a valid domain: %2</source>
        <translation>„%1“ ist keine gültige Domain: %2</translation>
    </message>
</context>
<context>
    <name>ScanList</name>
    <message>
        <source>More than one word: one domain per line.</source>
        <translation>Mehr als ein Wort: eine Domain pro Zeile.</translation>
    </message>
    <message>
        <source>An IP address, not a domain: servers are found and checked by their domain names.</source>
        <translation>Eine IP-Adresse, keine Domain: Server werden über ihre Domainnamen gefunden und geprüft.</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes.</source>
        <translation>Die Zeile ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation>Die Zeile ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Listed before, on line %1.</source>
        <translation>Schon aufgeführt, in Zeile %1.</translation>
    </message>
    <message>
        <source>More than %1 domains: the rest are not scanned.</source>
        <translation>Mehr als %1 Domains: der Rest wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Not a host name: letters, digits and hyphens between the dots.</source>
        <translation>Kein Hostname: Buchstaben, Ziffern und Bindestriche zwischen den Punkten.</translation>
    </message>
    <message>
        <source>Not a host name: the last label is a number.</source>
        <translation>Kein Hostname: das letzte Label ist eine Zahl.</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) of the list not scanned: the scan was stopped.</source>
        <translation>
            <numerusform>%n Domain der Liste nicht geprüft: der Scan wurde angehalten.</numerusform>
            <numerusform>%n Domains der Liste nicht geprüft: der Scan wurde angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list skipped.</source>
        <translation>
            <numerusform>%n Zeile der Liste übersprungen.</numerusform>
            <numerusform>%n Zeilen der Liste übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan ended before its summary: these are the domains it finished.</source>
        <translation>Der Scan endete vor seiner Zusammenfassung: dies sind die Domains, die er abgeschlossen hat.</translation>
    </message>
    <message>
        <source>The scan took %1.</source>
        <translation>Der Scan dauerte %1.</translation>
    </message>
    <message>
        <source>Sessions from %1.</source>
        <translation>Sitzungen von %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n domain(s) succeeded</source>
        <translation>
            <numerusform>Die %n Domain war erfolgreich</numerusform>
            <numerusform>Alle %n Domains waren erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n domain(s) failed</source>
        <translation>
            <numerusform>%1 von %n Domain fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Domains fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Geprüft in</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Phases: %1</source>
        <translation>Phasen: %1</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Filter: domain, outcome, TLS version, finding…</source>
        <translation>Filter: Domain, Ergebnis, TLS-Version, Befund…</translation>
    </message>
    <message>
        <source>Filter the domains</source>
        <translation>Domains filtern</translation>
    </message>
    <message>
        <source>%1 of %2 domains shown</source>
        <translation>%1 von %2 Domains angezeigt</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No domain has a finding.</source>
        <translation>Keine Domain hat einen Befund.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding (as the first domain with it has it)</source>
        <translation>Befund (wie ihn die erste Domain mit ihm hat)</translation>
    </message>
    <message>
        <source>Lines of the list skipped</source>
        <translation>Übersprungene Zeilen der Liste</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message numerus="yes">
        <source>Federation scan of %n domain(s)</source>
        <translation>
            <numerusform>Föderations-Scan von %n Domain</numerusform>
            <numerusform>Föderations-Scan von %n Domains</numerusform>
        </translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute</comment>
        <extracomment>The report's language tag (BCP 47) for the HTML lang attribute: de, fr, …</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Lines skipped</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Made by XMPP Inspector %1 on %2.</source>
        <translation>Erstellt von XMPP Inspector %1 am %2.</translation>
    </message>
</context>
<context>
    <name>ScanRow</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate days left</source>
        <translation>Zertifikat (Tage)</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>Dialback</source>
        <translation>Dialback</translation>
    </message>
    <message>
        <source>SASL EXTERNAL</source>
        <translation>SASL EXTERNAL</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>TCP-Aufbau</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>ungültig (bogus)</translation>
    </message>
</context>
<context>
    <name>Scram</name>
    <message>
        <source>The server asks for a SCRAM extension this client does not know.</source>
        <translation>Der Server verlangt eine SCRAM-Erweiterung, die dieser Client nicht kennt.</translation>
    </message>
    <message>
        <source>The server's first SCRAM message is malformed: '%1'.</source>
        <translation>Die erste SCRAM-Nachricht des Servers ist fehlerhaft: „%1“.</translation>
    </message>
    <message>
        <source>The server's nonce does not extend ours (RFC 5802 §5.1): a replay or a broken server.</source>
        <translation>Die Nonce des Servers setzt unsere nicht fort (RFC 5802 §5.1): ein Replay oder ein fehlerhafter Server.</translation>
    </message>
    <message>
        <source>The iteration count %1 is out of range.</source>
        <translation>Die Iterationszahl %1 liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The server reports a SCRAM error: %1</source>
        <translation>Der Server meldet einen SCRAM-Fehler: %1</translation>
    </message>
    <message>
        <source>The server's signature does not match: it does not know the password, or something altered the exchange.</source>
        <translation>Die Signatur des Servers stimmt nicht: Er kennt das Passwort nicht, oder etwas hat den Austausch verändert.</translation>
    </message>
</context>
<context>
    <name>SessionDiff</name>
    <message>
        <source>No differences in outcome, features, TLS, verdicts or phases.
</source>
        <translation>Keine Unterschiede bei Ausgang, Features, TLS, Urteilen oder Phasen.
</translation>
    </message>
</context>
<context>
    <name>Specifications</name>
    <message>
        <source>%1: a domain is needed.</source>
        <translation>%1: Eine Domain wird benötigt.</translation>
    </message>
    <message>
        <source>%1: '%2' is not a valid domain: %3</source>
        <translation>%1: „%2“ ist keine gültige Domain: %3</translation>
    </message>
    <message>
        <source>%1: '%2' is not a valid address: %3</source>
        <translation>%1: „%2“ ist keine gültige Adresse: %3</translation>
    </message>
    <message>
        <source>%1: a host name or address has no spaces.</source>
        <translation>%1: Ein Hostname oder eine Adresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>%1: '%2' is not one of %3.</source>
        <translation>%1: „%2“ ist keiner von %3.</translation>
    </message>
    <message>
        <source>%1: dialback needs %2 (this tool answers the remote's verification) or %3.</source>
        <translation>%1: Dialback braucht %2 (dieses Werkzeug beantwortet die Prüfung der Gegenseite) oder %3.</translation>
    </message>
    <message>
        <source>%1: an account, user@domain, is needed.</source>
        <translation>%1: Ein Konto, benutzer@domain, wird benötigt.</translation>
    </message>
    <message>
        <source>%1: a password is needed to log in.</source>
        <translation>%1: Zum Anmelden wird ein Passwort benötigt.</translation>
    </message>
    <message>
        <source>%1: %2 is not a number from 1 to 10000000.</source>
        <translation>%1: %2 ist keine Zahl von 1 bis 10000000.</translation>
    </message>
    <message>
        <source>%1: an IP address is needed, not '%2'.</source>
        <translation>%1: Eine IP-Adresse wird benötigt, nicht „%2“.</translation>
    </message>
    <message>
        <source>Listening as %1</source>
        <translation>Lauscht als %1</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Labor: %1</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>%1: a duration from 0 to 86400 seconds is needed.</source>
        <translation>%1: Eine Dauer von 0 bis 86400 Sekunden wird benötigt.</translation>
    </message>
    <message>
        <source>%1: a duration of more than 0 and at most 86400 seconds is needed.</source>
        <translation>%1: Eine Dauer von mehr als 0 und höchstens 86400 Sekunden wird benötigt.</translation>
    </message>
    <message>
        <source>%1: the queries need an authenticated stream: give %2, %3 or %4.</source>
        <translation>%1: Die Abfragen brauchen einen authentifizierten Stream: Geben Sie %2, %3 oder %4 an.</translation>
    </message>
    <message>
        <source>%1: give %2, %3 or %4.</source>
        <translation>%1: Geben Sie %2, %3 oder %4 an.</translation>
    </message>
    <message>
        <source>%1: '%2' has no user part; an account is user@domain.</source>
        <translation>%1: „%2“ hat keinen Benutzerteil; ein Konto ist benutzer@domain.</translation>
    </message>
    <message>
        <source>%1: '%2' has a resource; the account is the bare user@domain.</source>
        <translation>%1: „%2“ hat eine Ressource; das Konto ist die reine Adresse benutzer@domain.</translation>
    </message>
    <message>
        <source>%1: a message needs both %2 and %3.</source>
        <translation>%1: Eine Nachricht braucht %2 und %3.</translation>
    </message>
    <message>
        <source>%1 needs a login with stream management.</source>
        <translation>%1 erfordert eine Anmeldung mit Stream Management.</translation>
    </message>
    <message>
        <source>%1 runs alone: without discovery, the roster, a message, a ping, stanzas or staying online.</source>
        <translation>%1 läuft allein: ohne Service Discovery, Kontaktliste, Nachricht, Ping, Stanzas oder Online-Bleiben.</translation>
    </message>
    <message>
        <source>%1: '%2' is not a wss:// (or ws://) URL with a host.</source>
        <translation>%1: „%2“ ist keine wss://- (oder ws://-)URL mit Host.</translation>
    </message>
    <message>
        <source>%1 runs alone: without the resumption test, discovery, the roster, a message, a ping, stanzas or staying online.</source>
        <translation>%1 läuft allein: ohne den Wiederaufnahmetest, Discovery, den Roster, eine Nachricht, einen Ping, Stanzas oder Online-Bleiben.</translation>
    </message>
    <message>
        <source>%1: '%2' is not an https:// (or http://) URL with a host.</source>
        <translation>%1: '%2' ist keine https://- (oder http://-)URL mit einem Host.</translation>
    </message>
    <message>
        <source>%1 and %2: one path at a time.</source>
        <translation>%1 und %2: ein Weg nach dem anderen.</translation>
    </message>
    <message>
        <source>%1: %2 binds to one TLS connection, and BOSH uses several.</source>
        <translation>%1: %2 bindet an eine TLS-Verbindung, und BOSH verwendet mehrere.</translation>
    </message>
    <message>
        <source>%1 finds the paths itself: not with a host or a WebSocket or BOSH URL.</source>
        <translation>%1 findet die Wege selbst: nicht mit einem Host oder einer WebSocket- oder BOSH-URL.</translation>
    </message>
    <message>
        <source>%1 runs over TCP or WebSocket, not BOSH.</source>
        <translation>%1 läuft über TCP oder WebSocket, nicht über BOSH.</translation>
    </message>
    <message>
        <source>%1: a user name or password in the URL would be recorded with the session; it is refused.</source>
        <translation>%1: Ein Benutzername oder Passwort in der URL würde mit der Sitzung aufgezeichnet; sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1: '%2' is not an origin such as https://app.example (a scheme, a host and maybe a port; no path).</source>
        <translation>%1: '%2' ist keine Herkunft wie https://app.example (ein Schema, ein Host und eventuell ein Port; kein Pfad).</translation>
    </message>
    <message>
        <source>%1 goes with a WebSocket or BOSH URL, or with %2.</source>
        <translation>%1 gehört zu einer WebSocket- oder BOSH-URL oder zu %2.</translation>
    </message>
</context>
<context>
    <name>StreamError</name>
    <message>
        <source>The peer could not process the XML we sent.</source>
        <translation>Die Gegenseite konnte das von uns gesendete XML nicht verarbeiten.</translation>
    </message>
    <message>
        <source>A namespace prefix is missing or not supported (is db: declared?).</source>
        <translation>Ein Namensraum-Präfix fehlt oder wird nicht unterstützt (ist db: deklariert?).</translation>
    </message>
    <message>
        <source>A new stream replaced this one, or an existing stream blocks it.</source>
        <translation>Ein neuer Stream hat diesen ersetzt, oder ein bestehender Stream blockiert ihn.</translation>
    </message>
    <message>
        <source>The peer thinks we are gone: no traffic for too long.</source>
        <translation>Die Gegenseite hält uns für verschwunden: zu lange kein Datenverkehr.</translation>
    </message>
    <message>
        <source>The peer no longer serves the domain in our 'to'.</source>
        <translation>Die Gegenseite bedient die Domain in unserem „to“ nicht mehr.</translation>
    </message>
    <message>
        <source>The peer does not serve the domain in our 'to' (missing virtual host?).</source>
        <translation>Die Gegenseite bedient die Domain in unserem „to“ nicht (fehlender virtueller Host?).</translation>
    </message>
    <message>
        <source>A 'to' or 'from' address is missing or invalid.</source>
        <translation>Eine „to“- oder „from“-Adresse fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>The peer hit an internal error or misconfiguration.</source>
        <translation>Bei der Gegenseite ist ein interner Fehler oder eine Fehlkonfiguration aufgetreten.</translation>
    </message>
    <message>
        <source>Our 'from' is not authorised on this stream.</source>
        <translation>Unser „from“ ist auf diesem Stream nicht autorisiert.</translation>
    </message>
    <message>
        <source>The stream or content namespace is wrong.</source>
        <translation>Der Stream- oder Inhalts-Namensraum ist falsch.</translation>
    </message>
    <message>
        <source>The peer validates XML and ours was invalid.</source>
        <translation>Die Gegenseite validiert XML, und unseres war ungültig.</translation>
    </message>
    <message>
        <source>Not allowed before authentication, or refused by policy.</source>
        <translation>Vor der Authentifizierung nicht erlaubt oder durch eine Richtlinie abgelehnt.</translation>
    </message>
    <message>
        <source>The peer found our XML not well-formed.</source>
        <translation>Die Gegenseite hat unser XML als nicht wohlgeformt erkannt.</translation>
    </message>
    <message>
        <source>A local policy of the peer was violated (size, encryption, …).</source>
        <translation>Eine lokale Richtlinie der Gegenseite wurde verletzt (Größe, Verschlüsselung, …).</translation>
    </message>
    <message>
        <source>The peer could not reach a remote server it needed.</source>
        <translation>Die Gegenseite konnte einen benötigten entfernten Server nicht erreichen.</translation>
    </message>
    <message>
        <source>The security context must be renegotiated.</source>
        <translation>Der Sicherheitskontext muss neu ausgehandelt werden.</translation>
    </message>
    <message>
        <source>The peer lacks resources (overloaded or connection limits).</source>
        <translation>Der Gegenseite fehlen Ressourcen (überlastet oder Verbindungslimits erreicht).</translation>
    </message>
    <message>
        <source>Comments, PIs, DTDs or entity references are not allowed.</source>
        <translation>Kommentare, PIs, DTDs oder Entity-Referenzen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>The peer redirects us to another host.</source>
        <translation>Die Gegenseite leitet uns zu einem anderen Host um.</translation>
    </message>
    <message>
        <source>The peer is shutting down.</source>
        <translation>Die Gegenseite fährt herunter.</translation>
    </message>
    <message>
        <source>No defined condition applies; see the application condition.</source>
        <translation>Keine definierte Bedingung trifft zu; siehe die anwendungsspezifische Bedingung.</translation>
    </message>
    <message>
        <source>The encoding is not UTF-8.</source>
        <translation>Die Kodierung ist nicht UTF-8.</translation>
    </message>
    <message>
        <source>A feature the peer requires is not supported.</source>
        <translation>Ein Feature, das die Gegenseite verlangt, wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The peer does not understand a top-level element.</source>
        <translation>Die Gegenseite versteht ein Element der obersten Ebene nicht.</translation>
    </message>
    <message>
        <source>The peer does not support our stream version.</source>
        <translation>Die Gegenseite unterstützt unsere Stream-Version nicht.</translation>
    </message>
    <message>
        <source>A condition not defined by RFC 6120.</source>
        <translation>Eine Bedingung, die RFC 6120 nicht definiert.</translation>
    </message>
</context>
<context>
    <name>StreamFeatures</name>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Upgrade this connection to TLS (RFC 6120 §5).</source>
        <translation>Diese Verbindung auf TLS umstellen (RFC 6120 §5).</translation>
    </message>
    <message>
        <source>no mechanisms</source>
        <translation>keine Mechanismen</translation>
    </message>
    <message>
        <source>An empty list: the peer accepts no SASL mechanism from us here (before TLS, or our certificate was not accepted).</source>
        <translation>Eine leere Liste: Die Gegenseite akzeptiert hier keinen SASL-Mechanismus von uns (vor TLS, oder unser Zertifikat wurde nicht akzeptiert).</translation>
    </message>
    <message>
        <source>Authentication mechanisms offered (RFC 6120 §6); EXTERNAL uses our TLS certificate (XEP-0178).</source>
        <translation>Angebotene Authentifizierungsmechanismen (RFC 6120 §6); EXTERNAL verwendet unser TLS-Zertifikat (XEP-0178).</translation>
    </message>
    <message>
        <source>with error handling</source>
        <translation>mit Fehlerbehandlung</translation>
    </message>
    <message>
        <source>without &lt;errors/&gt;</source>
        <translation>ohne &lt;errors/&gt;</translation>
    </message>
    <message>
        <source>Server Dialback (XEP-0220 §2.4): the peer verifies our domain by calling its authoritative server back.</source>
        <translation>Server Dialback (XEP-0220 §2.4): Die Gegenseite prüft unsere Domain durch einen Rückruf bei deren autoritativem Server.</translation>
    </message>
    <message>
        <source>Bidirectional server-to-server streams (XEP-0288).</source>
        <translation>Bidirektionale Server-zu-Server-Streams (XEP-0288).</translation>
    </message>
    <message>
        <source>Stream Management</source>
        <translation>Stream Management</translation>
    </message>
    <message>
        <source>Acknowledgements and resumption (XEP-0198).</source>
        <translation>Bestätigungen und Wiederaufnahme (XEP-0198).</translation>
    </message>
    <message>
        <source>Entity capabilities (XEP-0115): what the server supports, as a hash.</source>
        <translation>Entity Capabilities (XEP-0115): was der Server unterstützt, als Hash.</translation>
    </message>
    <message>
        <source>Stream compression (XEP-0138), obsolete for security reasons.</source>
        <translation>Stream-Kompression (XEP-0138), aus Sicherheitsgründen veraltet.</translation>
    </message>
    <message>
        <source>Resource binding (RFC 6120 §7).</source>
        <translation>Ressourcenbindung (RFC 6120 §7).</translation>
    </message>
    <message>
        <source>Legacy session establishment (RFC 3921).</source>
        <translation>Veralteter Sitzungsaufbau (RFC 3921).</translation>
    </message>
    <message>
        <source>Roster versioning</source>
        <translation>Roster-Versionierung</translation>
    </message>
    <message>
        <source>Subscription pre-approval (RFC 6121 §3.4).</source>
        <translation>Vorab-Genehmigung von Abonnements (RFC 6121 §3.4).</translation>
    </message>
    <message>
        <source>Client state indication (XEP-0352).</source>
        <translation>Client State Indication (XEP-0352).</translation>
    </message>
    <message>
        <source>In-band registration (XEP-0077).</source>
        <translation>In-Band-Registrierung (XEP-0077).</translation>
    </message>
    <message>
        <source>Extensible SASL profile (XEP-0388).</source>
        <translation>Erweiterbares SASL-Profil (XEP-0388).</translation>
    </message>
    <message>
        <source>Channel binding</source>
        <translation>Kanalbindung</translation>
    </message>
    <message>
        <source>Channel-binding types offered (XEP-0440).</source>
        <translation>Angebotene Kanalbindungstypen (XEP-0440).</translation>
    </message>
    <message>
        <source>max %1 bytes, idle %2 s</source>
        <translation>max. %1 Byte, Leerlauf %2 s</translation>
    </message>
    <message>
        <source>Stream limits (XEP-0478).</source>
        <translation>Stream-Limits (XEP-0478).</translation>
    </message>
    <message>
        <source>A feature this tool does not know; its XML is shown as sent.</source>
        <translation>Ein Feature, das dieses Werkzeug nicht kennt; sein XML wird so angezeigt, wie es gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <source>Stream features (RFC 6120 §4.3.2): what the receiving side offers to negotiate next — TLS first, then authentication. They are sent again after every stream restart, and STARTTLS disappears once TLS is on (§5.4.3.3).</source>
        <translation>Stream-Features (RFC 6120 §4.3.2): was die empfangende Seite als Nächstes zum Aushandeln anbietet — zuerst TLS, dann die Authentifizierung. Sie werden nach jedem Neustart des Streams erneut gesendet, und STARTTLS verschwindet, sobald TLS aktiv ist (§5.4.3.3).</translation>
    </message>
    <message>
        <source>A stream error (RFC 6120 §4.9): the stream is over; the sender closes it right after. </source>
        <translation>Ein Stream-Fehler (RFC 6120 §4.9): Der Stream ist beendet; der Absender schließt ihn unmittelbar danach. </translation>
    </message>
    <message>
        <source>Asking to upgrade this connection to TLS (RFC 6120 §5.4.2.1). Nothing else may be sent until the answer.</source>
        <translation>Anfrage, diese Verbindung auf TLS umzustellen (RFC 6120 §5.4.2.1). Bis zur Antwort darf nichts anderes gesendet werden.</translation>
    </message>
    <message>
        <source>The peer agrees (RFC 6120 §5.4.2.3): the TLS handshake starts with the very next byte; no more plain XML on this connection.</source>
        <translation>Die Gegenseite stimmt zu (RFC 6120 §5.4.2.3): Der TLS-Handshake beginnt mit dem unmittelbar folgenden Byte; kein unverschlüsseltes XML mehr auf dieser Verbindung.</translation>
    </message>
    <message>
        <source>The peer refuses TLS (RFC 6120 §5.4.2.2) and closes the stream and the connection.</source>
        <translation>Die Gegenseite lehnt TLS ab (RFC 6120 §5.4.2.2) und schließt Stream und Verbindung.</translation>
    </message>
    <message>
        <source>Server Dialback, step 1 (XEP-0220 §2.1.1): the originating server claims its domain with a key made from a secret and this stream's id (XEP-0185). The receiving server will check it with the domain's authoritative server over another connection.</source>
        <translation>Server Dialback, Schritt 1 (XEP-0220 §2.1.1): Der Ursprungsserver beansprucht seine Domain mit einem Schlüssel, der aus einem Geheimnis und der Stream-ID dieses Streams erzeugt wird (XEP-0185). Der empfangende Server prüft ihn über eine andere Verbindung beim autoritativen Server der Domain.</translation>
    </message>
    <message>
        <source>Step 2 (XEP-0220 §2.1.2): the receiving server asks the authoritative server of the claimed domain whether this key is right for this stream id.</source>
        <translation>Schritt 2 (XEP-0220 §2.1.2): Der empfangende Server fragt den autoritativen Server der beanspruchten Domain, ob dieser Schlüssel für diese Stream-ID stimmt.</translation>
    </message>
    <message>
        <source>SASL authentication (RFC 6120 §6.4.2). With EXTERNAL (XEP-0178 §3) the TLS certificate is the credential; the payload names the domain to act as.</source>
        <translation>SASL-Authentifizierung (RFC 6120 §6.4.2). Bei EXTERNAL (XEP-0178 §3) ist das TLS-Zertifikat der Berechtigungsnachweis; die Nutzdaten nennen die Domain, für die gehandelt werden soll.</translation>
    </message>
    <message>
        <source>Authenticated (RFC 6120 §6.4.6): both sides restart the stream without closing the connection, and new features follow.</source>
        <translation>Authentifiziert (RFC 6120 §6.4.6): Beide Seiten starten den Stream neu, ohne die Verbindung zu schließen, und neue Features folgen.</translation>
    </message>
    <message>
        <source>SASL failed (RFC 6120 §6.5): the condition says why; dialback may be tried instead.</source>
        <translation>SASL fehlgeschlagen (RFC 6120 §6.5): Die Bedingung nennt den Grund; stattdessen kann Dialback versucht werden.</translation>
    </message>
    <message>
        <source>An application-level ping (XEP-0199): any answer from the remote domain proves the federation link works.</source>
        <translation>Ein Ping auf Anwendungsebene (XEP-0199): Jede Antwort der entfernten Domain beweist, dass die Föderationsverbindung funktioniert.</translation>
    </message>
    <message>
        <source>Service discovery (XEP-0030): what the remote entity is and which features it supports.</source>
        <translation>Service Discovery (XEP-0030): was die entfernte Entität ist und welche Features sie unterstützt.</translation>
    </message>
    <message>
        <source>Software version (XEP-0092): the server's name and version.</source>
        <translation>Softwareversion (XEP-0092): Name und Version des Servers.</translation>
    </message>
    <message>
        <source>An error answer (RFC 6120 §8.3): the condition and who generated it tell where the problem is.</source>
        <translation>Eine Fehlerantwort (RFC 6120 §8.3): Die Bedingung und wer sie erzeugt hat zeigen, wo das Problem liegt.</translation>
    </message>
    <message>
        <source>A new stream header on the same connection: the stream restarts after TLS or SASL (RFC 6120 §4.3.3); everything negotiated before is forgotten.</source>
        <translation>Ein neuer Stream-Header auf derselben Verbindung: Der Stream startet nach TLS oder SASL neu (RFC 6120 §4.3.3); alles zuvor Ausgehandelte wird vergessen.</translation>
    </message>
    <message>
        <source>Opening the stream (RFC 6120 §4.2, §4.7): 'from' and 'to' name the two domains, version 1.0 asks for stream features, and xmlns:db says dialback is understood (XEP-0220 §2.4.1).</source>
        <translation>Öffnen des Streams (RFC 6120 §4.2, §4.7): „from“ und „to“ nennen die beiden Domains, version 1.0 fordert Stream-Features an, und xmlns:db zeigt, dass Dialback verstanden wird (XEP-0220 §2.4.1).</translation>
    </message>
    <message>
        <source>The peer's stream header (RFC 6120 §4.7): it carries a fresh stream id, which must change at every restart; dialback keys are bound to it.</source>
        <translation>Der Stream-Header der Gegenseite (RFC 6120 §4.7): Er trägt eine frische Stream-ID, die sich bei jedem Neustart ändern muss; Dialback-Schlüssel sind an sie gebunden.</translation>
    </message>
    <message>
        <source>A whitespace keepalive (RFC 6120 §4.6.1): a single space between stanzas keeps idle connections open.</source>
        <translation>Ein Whitespace-Keepalive (RFC 6120 §4.6.1): Ein einzelnes Leerzeichen zwischen Stanzas hält untätige Verbindungen offen.</translation>
    </message>
    <message>
        <source>Closing the stream (RFC 6120 §4.4): the other side answers with its own closing tag, then the TCP connection ends.</source>
        <translation>Schließen des Streams (RFC 6120 §4.4): Die andere Seite antwortet mit ihrem eigenen schließenden Tag, dann endet die TCP-Verbindung.</translation>
    </message>
    <message>
        <source>The TLS handshake is complete: from here on the bytes on the wire are encrypted; this tool shows them in the clear.</source>
        <translation>Der TLS-Handshake ist abgeschlossen: Ab hier sind die Bytes auf der Leitung verschlüsselt; dieses Werkzeug zeigt sie im Klartext.</translation>
    </message>
    <message>
        <source>Bytes that belong to no XML stream, such as cleartext after &lt;proceed/&gt; (RFC 6120 §5.4.2.3).</source>
        <translation>Bytes, die zu keinem XML-Stream gehören, etwa Klartext nach &lt;proceed/&gt; (RFC 6120 §5.4.2.3).</translation>
    </message>
    <message>
        <source>Step 3 (XEP-0220 §2.2.2): the authoritative server answers; only it can recompute the key, because only it knows the secret.</source>
        <translation>Schritt 3 (XEP-0220 §2.2.2): Der autoritative Server antwortet; nur er kann den Schlüssel neu berechnen, weil nur er das Geheimnis kennt.</translation>
    </message>
    <message>
        <source>Step 4 (XEP-0220 §2.2.1): the receiving server accepts the domain on this stream; stanzas from it may flow now.</source>
        <translation>Schritt 4 (XEP-0220 §2.2.1): Der empfangende Server akzeptiert die Domain auf diesem Stream; Stanzas von ihr dürfen jetzt fließen.</translation>
    </message>
    <message>
        <source>Step 4 (XEP-0220 §2.2.1, §2.5): the receiving server refuses the domain: the key was not confirmed, or the authoritative server could not be reached.</source>
        <translation>Schritt 4 (XEP-0220 §2.2.1, §2.5): Der empfangende Server lehnt die Domain ab: Der Schlüssel wurde nicht bestätigt, oder der autoritative Server war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Asking for a bidirectional stream (XEP-0288 §2.2), just before authenticating: the other server may then send its own stanzas back on this connection instead of opening one of its own. No answer comes.</source>
        <translation>Bitte um einen bidirektionalen Stream (XEP-0288 §2.2), kurz vor der Authentifizierung: Der andere Server darf dann seine eigenen Stanzas über diese Verbindung zurückschicken, statt eine eigene zu öffnen. Eine Antwort darauf kommt nicht.</translation>
    </message>
    <message>
        <source>A stanza on our own outgoing stream: only a bidirectional stream (XEP-0288) carries these, and only for the domain pair the sender is authenticated for (§2.2) — the verdicts say whether this one counted.</source>
        <translation>Eine Stanza auf unserem eigenen ausgehenden Stream: Nur ein bidirektionaler Stream (XEP-0288) trägt solche, und nur für das Domain-Paar, für das der Absender authentifiziert ist (§2.2) – die Urteile sagen, ob diese gezählt hat.</translation>
    </message>
    <message>
        <source>The answer to an earlier request with the same id (RFC 6120 §8.2.3). Between servers it travels on the answering server's own stream, unless ours is bidirectional (XEP-0288).</source>
        <translation>Die Antwort auf eine frühere Anfrage mit derselben ID (RFC 6120 §8.2.3). Zwischen Servern reist sie über den eigenen Stream des antwortenden Servers, außer unserer ist bidirektional (XEP-0288).</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Cannot write '%1': %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read '%1': %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the record is longer than 16 MiB.</source>
        <translation>der Datensatz ist länger als 16 MiB.</translation>
    </message>
    <message>
        <source>the file ends in the middle of a record (it was cut off); the %1 events before it were read.</source>
        <translation>die Datei endet mitten in einem Datensatz (sie wurde abgeschnitten); die %1 Ereignisse davor wurden gelesen.</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>this is not an XMPP Inspector transcript.</source>
        <translation>dies ist kein XMPP-Inspector-Transkript.</translation>
    </message>
    <message>
        <source>format version %1 is newer than this tool understands (%2); update the tool.</source>
        <translation>Formatversion %1 ist neuer, als dieses Werkzeug versteht (%2); aktualisieren Sie das Werkzeug.</translation>
    </message>
    <message>
        <source>a connection record without a valid id.</source>
        <translation>ein Verbindungsdatensatz ohne gültige ID.</translation>
    </message>
    <message>
        <source>unknown event kind '%1'.</source>
        <translation>unbekannte Ereignisart „%1“.</translation>
    </message>
    <message>
        <source>unknown direction '%1'.</source>
        <translation>unbekannte Richtung „%1“.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>Saving '%1' was stopped; nothing was written.</source>
        <translation>Das Speichern von „%1“ wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>reading was stopped; the %n events before it were read.</source>
        <translation>
            <numerusform>das Lesen wurde abgebrochen; das Ereignis davor wurde gelesen.</numerusform>
            <numerusform>das Lesen wurde abgebrochen; die %n Ereignisse davor wurden gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading the file failed (%1); the %n events before it were read.</source>
        <translation>
            <numerusform>das Lesen der Datei ist fehlgeschlagen (%1); das Ereignis davor wurde gelesen.</numerusform>
            <numerusform>das Lesen der Datei ist fehlgeschlagen (%1); die %n Ereignisse davor wurden gelesen.</numerusform>
        </translation>
    </message>
</context>
</TS>