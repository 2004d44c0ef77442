<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Inspector::AboutDialog</name>
    <message>
        <source>About XMPP Inspector</source>
        <translation>À propos d&apos;XMPP Inspector</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;XMPP Inspector %1&lt;/h2&gt;&lt;p&gt;Opens real XMPP sessions, server-to-server and client-to-server, and shows what crosses the wire: the decrypted XML stream, every connection&apos;s phases, the features, TLS, certificate and DNS facts, and the authentication result.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;TLS: %4 through Qt&apos;s %5 backend&lt;/p&gt;&lt;p&gt;XMPP Inspector is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with no warranty.&lt;br&gt;It uses Qt (LGPL-3.0), OpenSSL (Apache-2.0) and libunbound (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;XMPP Inspector %1&lt;/h2&gt;&lt;p&gt;Ouvre de véritables sessions XMPP, de serveur à serveur et de client à serveur, et montre ce qui transite sur le réseau&#xa0;: le flux XML déchiffré, les phases de chaque connexion, les fonctionnalités, les informations TLS, de certificat et DNS, ainsi que le résultat de l&apos;authentification.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;TLS&#xa0;: %4 via le backend %5 de Qt&lt;/p&gt;&lt;p&gt;XMPP Inspector est un logiciel libre distribué sous la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later), sans aucune garantie.&lt;br&gt;Il utilise Qt (LGPL-3.0), OpenSSL (Apache-2.0) et libunbound (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>aucune bibliothèque TLS</translation>
    </message>
</context>
<context>
    <name>Inspector::C2sForm</name>
    <message>
        <source>&amp;Account (JID):</source>
        <translation>&amp;Compte (JID)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Hôte (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message to:</source>
        <translation>D&amp;estinataire du message&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ing JID:</source>
        <translation>&amp;Ping vers le JID&#xa0;:</translation>
    </message>
    <message>
        <source>user@example.org</source>
        <translation>utilisateur@example.org</translation>
    </message>
    <message>
        <source>used for this session only; never saved or recorded</source>
        <translation>utilisé pour cette session uniquement&#xa0;; jamais enregistré ni consigné</translation>
    </message>
    <message>
        <source>default (5222, 5223 for direct TLS)</source>
        <translation>par défaut (5222, 5223 en TLS direct)</translation>
    </message>
    <message>
        <source>Fetch the roster</source>
        <translation>Récupérer la liste de contacts</translation>
    </message>
    <message>
        <source>optional: a JID to send a message to</source>
        <translation>facultatif&#xa0;: un JID auquel envoyer un message</translation>
    </message>
    <message>
        <source>the message text</source>
        <translation>le texte du message</translation>
    </message>
    <message>
        <source>optional: any JID, e.g. a remote domain (federation test)</source>
        <translation>facultatif&#xa0;: n&apos;importe quel JID, p. ex. un domaine distant (test de fédération)</translation>
    </message>
    <message>
        <source>Allow PLAIN without TLS (sends the password in the clear)</source>
        <translation>Autoriser PLAIN sans TLS (envoie le mot de passe en clair)</translation>
    </message>
    <message>
        <source>Enter the account, user@domain.</source>
        <translation>Saisissez le compte, sous la forme utilisateur@domaine.</translation>
    </message>
    <message>
        <source>The account must be user@domain: %1</source>
        <translation>Le compte doit être de la forme utilisateur@domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>no resource</source>
        <translation>sans ressource</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Message to: %1</source>
        <translation>Destinataire du message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ping JID: %1</source>
        <translation>Ping vers le JID&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Inspector::GuideDialog</name>
    <message>
        <source>XMPP Inspector Guide</source>
        <translation>Guide d&apos;XMPP Inspector</translation>
    </message>
    <message>
        <source>&lt;h2&gt;XMPP Inspector&lt;/h2&gt;&lt;p&gt;Each session is a tab. Side by side it shows the &lt;b&gt;stream&lt;/b&gt; (every element, stream header, keepalive, phase and fact as a row), the &lt;b&gt;sequence diagram&lt;/b&gt; with one lane per party, the &lt;b&gt;summary&lt;/b&gt; and the &lt;b&gt;features&lt;/b&gt; of every stream. Selecting an event in one pane selects it in the others.&lt;/p&gt;&lt;h3&gt;Starting a session&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Session → Built-in lab&lt;/b&gt; (Ctrl+L) runs a complete federation on this machine between roles of this tool: no server needed. Its variants show what goes wrong with a wrong dialback key, SASL EXTERNAL, TLS required but not offered, or a certificate for the wrong name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Session → New session…&lt;/b&gt; (Ctrl+N) opens a server-to-server session (your domain, the remote domain; optionally a host and port, TLS mode, dialback or SASL EXTERNAL, ping, disco and software version) or logs in as a user on the &lt;i&gt;Client&lt;/i&gt; tab (SCRAM, roster, a message, a ping across federation).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Reading the stream&lt;/h3&gt;&lt;p&gt;Filter by text, connection and kind. The selected element is shown pretty-printed or as its exact bytes, with an explanation of what it does in the protocol. Ctrl+F focuses the filter; Ctrl+Shift+C copies the element.&lt;/p&gt;&lt;h3&gt;The summary and findings&lt;/h3&gt;&lt;p&gt;The summary gives the result, the dialback and SASL verdicts, TLS and the certificate chain, the ping round trip and every connection. &lt;b&gt;Findings&lt;/b&gt; list what an administrator should fix, each with a code (for example TLS-IDENTITY-MISMATCH or DIALBACK-INVALID), the specification it comes from and a suggested remedy.&lt;/p&gt;&lt;h3&gt;Transcripts&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File → Save transcript&lt;/b&gt; writes the whole session to a &lt;tt&gt;.xitrace&lt;/tt&gt; file; dialback keys and SASL payloads are replaced by &lt;tt&gt;[redacted:LENGTH]&lt;/tt&gt;. Opening one replays the session: step, play and seek. &lt;b&gt;File → Export&lt;/b&gt; writes HTML, Markdown, text or JSON; &lt;b&gt;File → Compare&lt;/b&gt; lists what differs between two sessions.&lt;/p&gt;&lt;h3&gt;Command line&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;xmpp-inspector-cli&lt;/tt&gt; runs the same engine without a display and prints JSON: &lt;tt&gt;s2s&lt;/tt&gt;, &lt;tt&gt;c2s&lt;/tt&gt;, &lt;tt&gt;dns&lt;/tt&gt;, &lt;tt&gt;listen&lt;/tt&gt;, &lt;tt&gt;lab&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; and &lt;tt&gt;diff&lt;/tt&gt;. See &lt;tt&gt;man xmpp-inspector-cli&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;XMPP Inspector&lt;/h2&gt;&lt;p&gt;Chaque session occupe un onglet. Elle présente côte à côte le &lt;b&gt;flux&lt;/b&gt; (chaque élément, en-tête de flux, keepalive, phase et information y occupe une ligne), le &lt;b&gt;diagramme de séquence&lt;/b&gt; avec une ligne de vie par participant, le &lt;b&gt;résumé&lt;/b&gt; et les &lt;b&gt;fonctionnalités&lt;/b&gt; de chaque flux. Sélectionner un événement dans un panneau le sélectionne aussi dans les autres.&lt;/p&gt;&lt;h3&gt;Démarrer une session&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Session → Laboratoire intégré&lt;/b&gt; (Ctrl+L) exécute une fédération complète sur cette machine entre des rôles de cet outil&#xa0;: aucun serveur n&apos;est nécessaire. Ses variantes montrent ce qui se passe avec une clé Dialback erronée, avec SASL EXTERNAL, lorsque TLS est exigé mais pas proposé, ou avec un certificat émis pour un autre nom.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Session → Nouvelle session…&lt;/b&gt; (Ctrl+N) ouvre une session de serveur à serveur (votre domaine, le domaine distant&#xa0;; éventuellement un hôte et un port, le mode TLS, Dialback ou SASL EXTERNAL, ping, disco et version du logiciel) ou se connecte en tant qu&apos;utilisateur dans l&apos;onglet &lt;i&gt;Client&lt;/i&gt; (SCRAM, liste de contacts, un message, un ping à travers la fédération).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Lire le flux&lt;/h3&gt;&lt;p&gt;Filtrez par texte, par connexion et par type. L&apos;élément sélectionné est affiché mis en forme ou sous forme de ses octets exacts, avec une explication de son rôle dans le protocole. Ctrl+F place le curseur dans le filtre&#xa0;; Ctrl+Maj+C copie l&apos;élément.&lt;/p&gt;&lt;h3&gt;Le résumé et les constats&lt;/h3&gt;&lt;p&gt;Le résumé indique le résultat, les verdicts Dialback et SASL, TLS et la chaîne de certificats, le temps d&apos;aller-retour du ping et chaque connexion. Les &lt;b&gt;constats&lt;/b&gt; énumèrent ce qu&apos;un administrateur devrait corriger, chacun avec un code (par exemple TLS-IDENTITY-MISMATCH ou DIALBACK-INVALID), la spécification dont il découle et une correction suggérée.&lt;/p&gt;&lt;h3&gt;Transcriptions&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Fichier → Enregistrer la transcription&lt;/b&gt; écrit toute la session dans un fichier &lt;tt&gt;.xitrace&lt;/tt&gt;&#xa0;; les clés Dialback et les charges utiles SASL y sont remplacées par &lt;tt&gt;[redacted:LENGTH]&lt;/tt&gt;. Ouvrir une transcription rejoue la session&#xa0;: pas à pas, en lecture continue ou en se positionnant librement. &lt;b&gt;Fichier → Exporter&lt;/b&gt; produit du HTML, du Markdown, du texte ou du JSON&#xa0;; &lt;b&gt;Fichier → Comparer&lt;/b&gt; liste les différences entre deux sessions.&lt;/p&gt;&lt;h3&gt;Ligne de commande&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;xmpp-inspector-cli&lt;/tt&gt; exécute le même moteur sans interface graphique et affiche du JSON&#xa0;: &lt;tt&gt;s2s&lt;/tt&gt;, &lt;tt&gt;c2s&lt;/tt&gt;, &lt;tt&gt;dns&lt;/tt&gt;, &lt;tt&gt;listen&lt;/tt&gt;, &lt;tt&gt;lab&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; et &lt;tt&gt;diff&lt;/tt&gt;. Voir &lt;tt&gt;man xmpp-inspector-cli&lt;/tt&gt;.&lt;/p&gt;</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open transcript…</source>
        <translation>&amp;Ouvrir une transcription…</translation>
    </message>
    <message>
        <source>&amp;Save transcript as…</source>
        <translation>&amp;Enregistrer la transcription sous…</translation>
    </message>
    <message>
        <source>E&amp;xport as HTML, Markdown, text or JSON…</source>
        <translation>E&amp;xporter en HTML, Markdown, texte ou JSON…</translation>
    </message>
    <message>
        <source>&amp;Compare two transcripts…</source>
        <translation>&amp;Comparer deux transcriptions…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Built-in &amp;lab</source>
        <translation>&amp;Laboratoire intégré</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>Open a server-to-server session to a real server</source>
        <translation>Ouvrir une session de serveur à serveur vers un serveur réel</translation>
    </message>
    <message>
        <source>Run the &amp;lab</source>
        <translation>Lancer le &amp;laboratoire</translation>
    </message>
    <message>
        <source>A complete federation on loopback between two roles of this tool</source>
        <translation>Une fédération complète sur l&apos;interface de bouclage entre deux rôles de cet outil</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Find in stream</source>
        <translation>Rechercher dans le &amp;flux</translation>
    </message>
    <message>
        <source>&amp;Copy element</source>
        <translation>&amp;Copier l&apos;élément</translation>
    </message>
    <message>
        <source>Zoom &amp;in timeline</source>
        <translation>Zoom &amp;avant sur la chronologie</translation>
    </message>
    <message>
        <source>Zoom &amp;out timeline</source>
        <translation>Zoom a&amp;rrière sur la chronologie</translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation>A&amp;juster la chronologie</translation>
    </message>
    <message>
        <source>&amp;Export timeline as PNG…</source>
        <translation>E&amp;xporter la chronologie en PNG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;About XMPP Inspector</source>
        <translation>À &amp;propos d&apos;XMPP Inspector</translation>
    </message>
    <message>
        <source>%1: finished.</source>
        <translation>%1&#xa0;: terminée.</translation>
    </message>
    <message>
        <source>XMPP Inspector transcripts (*.%1)</source>
        <translation>Transcriptions XMPP Inspector (*.%1)</translation>
    </message>
    <message>
        <source>First transcript (A)</source>
        <translation>Première transcription (A)</translation>
    </message>
    <message>
        <source>Second transcript (B)</source>
        <translation>Deuxième transcription (B)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Compare: no differences</source>
        <translation>Comparaison&#xa0;: aucune différence</translation>
    </message>
    <message numerus="yes">
        <source>Compare: %n difference(s)</source>
        <translation>
            <numerusform>Comparaison&#xa0;: %n différence</numerusform>
            <numerusform>Comparaison&#xa0;: %n différences</numerusform>
        </translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Timeline saved to %1.</source>
        <translation>Chronologie enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot open transcript</source>
        <translation>Impossible d&apos;ouvrir la transcription</translation>
    </message>
    <message>
        <source>Opened what could be read: %1</source>
        <translation>Seule la partie lisible a été ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Ouvrir une transcription</translation>
    </message>
    <message>
        <source>XMPP Inspector transcripts (*.%1);;All files (*)</source>
        <translation>Transcriptions XMPP Inspector (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Keep secrets (dialback keys, SASL payloads) in the file</source>
        <translation>Conserver les secrets (clés Dialback, charges utiles SASL) dans le fichier</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <source>HTML page (*.html);;Markdown (*.md);;Plain text (*.txt);;JSON summary (*.json)</source>
        <translation>Page HTML (*.html);;Markdown (*.md);;Texte brut (*.txt);;Résumé JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Recover sessions?</source>
        <translation>Récupérer les sessions&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) did not end normally last time (the program was closed unexpectedly). Reopen what was recorded?</source>
        <translation>
            <numerusform>%n session ne s&apos;est pas terminée normalement lors de la dernière utilisation (le programme a été fermé de manière inattendue). Voulez-vous rouvrir ce qui a été enregistré&#xa0;?</numerusform>
            <numerusform>%n sessions ne se sont pas terminées normalement lors de la dernière utilisation (le programme a été fermé de manière inattendue). Voulez-vous rouvrir ce qui a été enregistré&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Server to server</source>
        <translation>Serveur à serveur</translation>
    </message>
    <message>
        <source>Client (log in as a user)</source>
        <translation>Client (connexion en tant qu&apos;utilisateur)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
</context>
<context>
    <name>Inspector::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest wait for any one step of the peer, for new sessions</source>
        <translation>Durée d&apos;attente maximale pour chaque étape du pair, pour les nouvelles sessions</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Transcript folder</source>
        <translation>Dossier des transcriptions</translation>
    </message>
    <message>
        <source>Write every session to disk as it runs, for recovery after a crash</source>
        <translation>Écrire chaque session sur le disque pendant son exécution, pour la récupérer après un plantage</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Default step &amp;timeout:</source>
        <translation>Délai d&apos;&amp;attente par étape par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Transcript &amp;folder:</source>
        <translation>&amp;Dossier des transcriptions&#xa0;:</translation>
    </message>
    <message>
        <source>Autosave:</source>
        <translation>Enregistrement automatique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when XMPP Inspector starts again.</source>
        <translation>Le changement de langue prendra effet au prochain démarrage d&apos;XMPP Inspector.</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionForm</name>
    <message>
        <source>&amp;From domain:</source>
        <translation>Domaine d&apos;&amp;origine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To domain:</source>
        <translation>Domaine de d&amp;estination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Hôte (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS&#xa0;:</translation>
    </message>
    <message>
        <source>Step &amp;timeout:</source>
        <translation>Délai d&apos;a&amp;ttente par étape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Authoritative &amp;listener:</source>
        <translation>Écouteur faisant a&amp;utorité&#xa0;:</translation>
    </message>
    <message>
        <source>Dialback &amp;secret:</source>
        <translation>&amp;Secret Dialback&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Certificate (PEM):</source>
        <translation>&amp;Certificat (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM):</source>
        <translation>Clé p&amp;rivée (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>default (5269, 5270 for direct TLS)</source>
        <translation>par défaut (5269, 5270 en TLS direct)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS si proposé</translation>
    </message>
    <message>
        <source>Require STARTTLS</source>
        <translation>Exiger STARTTLS</translation>
    </message>
    <message>
        <source>Direct TLS (XEP-0368)</source>
        <translation>TLS direct (XEP-0368)</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Sans TLS</translation>
    </message>
    <message>
        <source>None: probe only</source>
        <translation>Aucune&#xa0;: simple sondage</translation>
    </message>
    <message>
        <source>Automatic (EXTERNAL if offered, else dialback)</source>
        <translation>Automatique (EXTERNAL si proposé, sinon Dialback)</translation>
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
        <translation>Abandonner en cas d&apos;erreur de certificat</translation>
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
        <translation>Version du logiciel</translation>
    </message>
    <message>
        <source>e.g. inspector.example</source>
        <translation>p. ex. inspector.example</translation>
    </message>
    <message>
        <source>e.g. example.org</source>
        <translation>p. ex. example.org</translation>
    </message>
    <message>
        <source>address or name; empty: the To domain</source>
        <translation>adresse ou nom&#xa0;; vide&#xa0;: le domaine de destination</translation>
    </message>
    <message>
        <source>IP:PORT where the remote connects back, e.g. 0.0.0.0:5269</source>
        <translation>IP:PORT où le serveur distant se reconnecte, p. ex. 0.0.0.0:5269</translation>
    </message>
    <message>
        <source>your server&apos;s dialback secret; not saved</source>
        <translation>le secret Dialback de votre serveur&#xa0;; non enregistré</translation>
    </message>
    <message>
        <source>Keys made with your server&apos;s secret verify when the remote asks your real server. The secret is never recorded or saved.</source>
        <translation>Les clés générées avec le secret de votre serveur sont validées lorsque le serveur distant interroge votre vrai serveur. Le secret n&apos;est jamais consigné ni enregistré.</translation>
    </message>
    <message>
        <source>Enter the domain this session speaks for.</source>
        <translation>Saisissez le domaine que cette session représente.</translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation>Domaine d&apos;origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the remote domain.</source>
        <translation>Saisissez le domaine distant.</translation>
    </message>
    <message>
        <source>To domain: %1</source>
        <translation>Domaine de destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>The host cannot contain spaces.</source>
        <translation>L&apos;hôte ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>Authoritative listener: %1</source>
        <translation>Écouteur faisant autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give both the certificate and the key file.</source>
        <translation>Indiquez à la fois le certificat et le fichier de clé.</translation>
    </message>
    <message>
        <source>Authentication needs the authoritative listener, your dialback secret or a certificate.</source>
        <translation>L&apos;authentification nécessite l&apos;écouteur faisant autorité, votre secret Dialback ou un certificat.</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionView</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Première étape</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>Play ×%1</source>
        <translation>Lecture ×%1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Replay: step %1 of %2</source>
        <translation>Relecture&#xa0;: étape %1 sur %2</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos;.</source>
        <translation>Format d&apos;exportation «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Laboratoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listening as %1</source>
        <translation>En écoute en tant que %1</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
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
        <translation>Filtre&#xa0;: texte de l&apos;élément ou du résumé</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>Octets bruts</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>XML only</source>
        <translation>XML uniquement</translation>
    </message>
    <message>
        <source>Phases and facts</source>
        <translation>Phases et informations</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Inspector::SummaryPane</name>
    <message>
        <source>Fact</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>%1 → %2 via %3:%4</source>
        <translation>%1 → %2 via %3:%4</translation>
    </message>
    <message>
        <source>Server domain</source>
        <translation>Domaine du serveur</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>Identifiant du flux</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Dialback</source>
        <translation>Dialback</translation>
    </message>
    <message>
        <source>Dialback error</source>
        <translation>Erreur Dialback</translation>
    </message>
    <message>
        <source>SASL EXTERNAL</source>
        <translation>SASL EXTERNAL</translation>
    </message>
    <message>
        <source>SASL error</source>
        <translation>Erreur SASL</translation>
    </message>
    <message>
        <source>Authenticated as</source>
        <translation>Authentifié en tant que</translation>
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
        <translation>proposé&#xa0;: %1, exigé&#xa0;: %2, passage en TLS&#xa0;: %3</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Suite de chiffrement</translation>
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
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificat %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>%1 in %2 ms (connection %3)</source>
        <translation>%1 en %2 ms (connexion %3)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Disco features</source>
        <translation>Fonctionnalités disco</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
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
        <translation>Notes</translation>
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
(cet outil)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
</TS>
