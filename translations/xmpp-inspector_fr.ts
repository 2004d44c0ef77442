<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CertFactory</name>
    <message>
        <source>OpenSSL could not create a key.</source>
        <translation>OpenSSL n'a pas pu créer de clé.</translation>
    </message>
    <message>
        <source>The issuer's certificate or key cannot be read.</source>
        <translation>Impossible de lire le certificat ou la clé de l'émetteur.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the certificate for %1.</source>
        <translation>OpenSSL n'a pas pu créer le certificat pour %1.</translation>
    </message>
    <message>
        <source>Qt could not read the generated certificate or key.</source>
        <translation>Qt n'a pas pu lire le certificat ou la clé générés.</translation>
    </message>
</context>
<context>
    <name>ClientFacts</name>
    <message>
        <source>Stream management (XEP-0198)</source>
        <translation>Gestion de flux (XEP-0198)</translation>
    </message>
    <message>
        <source>offered, not enabled</source>
        <translation>proposée, non activée</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposée</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>refusée (%1)</translation>
    </message>
    <message>
        <source>enabled, not resumable</source>
        <translation>activée, sans reprise</translation>
    </message>
    <message>
        <source>enabled, resumable for %1 s</source>
        <translation>activée, reprise possible pendant %1 s</translation>
    </message>
    <message>
        <source>enabled, resumable</source>
        <translation>activée, reprise possible</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusés de réception</translation>
    </message>
    <message>
        <source>no answer to &lt;r/&gt;</source>
        <translation>pas de réponse à &lt;r/&gt;</translation>
    </message>
    <message>
        <source>%1 stanzas, but only %2 were sent</source>
        <translation>%1 stanzas, mais seulement %2 envoyées</translation>
    </message>
    <message>
        <source>%1 of %2 stanzas sent</source>
        <translation>%1 des %2 stanzas envoyées</translation>
    </message>
    <message>
        <source>Resumption</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>resumed: the server had handled %1 of %2 stanzas; %3 sent again</source>
        <translation>reprise : le serveur avait traité %1 des %2 stanzas ; %3 renvoyées</translation>
    </message>
    <message>
        <source>Resumption test</source>
        <translation>Test de reprise</translation>
    </message>
    <message>
        <source>broken: the message sent before the drop was lost</source>
        <translation>défaillante : le message envoyé avant la coupure a été perdu</translation>
    </message>
    <message>
        <source>broken: the message sent before the drop arrived more than once (%1)</source>
        <translation>défaillante : le message envoyé avant la coupure est arrivé plusieurs fois (%1)</translation>
    </message>
    <message>
        <source>In-band registration (XEP-0077)</source>
        <translation>Inscription intégrée (XEP-0077)</translation>
    </message>
    <message>
        <source>offered, not asked</source>
        <translation>proposée, non demandée</translation>
    </message>
    <message>
        <source>on a web page: %1</source>
        <translation>sur une page web : %1</translation>
    </message>
    <message>
        <source>offered, with a form that asks for nothing</source>
        <translation>proposée, avec un formulaire sans champ</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>fermée (%1)</translation>
    </message>
    <message>
        <source>Stream compression (XEP-0138)</source>
        <translation>Compression du flux (XEP-0138)</translation>
    </message>
    <message>
        <source>offered: %1</source>
        <translation>proposée : %1</translation>
    </message>
    <message>
        <source>Client state indication (XEP-0352)</source>
        <translation>Indication d'état du client (XEP-0352)</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>Message carbons (XEP-0280)</source>
        <translation>Copies carbone des messages (XEP-0280)</translation>
    </message>
    <message>
        <source>Message archive (XEP-0313)</source>
        <translation>Archive des messages (XEP-0313)</translation>
    </message>
    <message>
        <source>offered on the account</source>
        <translation>proposée sur le compte</translation>
    </message>
    <message>
        <source>Capabilities hash (XEP-0115)</source>
        <translation>Empreinte des capacités (XEP-0115)</translation>
    </message>
    <message>
        <source>verified (%1)</source>
        <translation>vérifiée (%1)</translation>
    </message>
    <message>
        <source>does not match: announced %1, computed %2</source>
        <translation>ne correspond pas : annoncée %1, calculée %2</translation>
    </message>
    <message>
        <source>hash function '%1' unknown</source>
        <translation>fonction de hachage « %1 » inconnue</translation>
    </message>
    <message>
        <source>unknown: no answer to service discovery</source>
        <translation>inconnu : pas de réponse à la découverte de services</translation>
    </message>
    <message>
        <source>cannot be checked: %1</source>
        <translation>impossible à vérifier : %1</translation>
    </message>
    <message>
        <source>form handed out, with a CAPTCHA: %1</source>
        <translation>formulaire remis, avec un CAPTCHA : %1</translation>
    </message>
    <message>
        <source>form handed out to anyone: %1</source>
        <translation>formulaire remis à tous : %1</translation>
    </message>
    <message>
        <source>no answer to the form's request</source>
        <translation>pas de réponse à la demande du formulaire</translation>
    </message>
    <message>
        <source>works: the message sent before the drop arrived once; %1 stanzas came between the resumption and its first acknowledgement</source>
        <translation>fonctionne : le message envoyé avant la coupure est arrivé une fois ; %1 stanzas sont arrivées entre la reprise et son premier accusé de réception</translation>
    </message>
    <message>
        <source>no answer to &lt;enable/&gt;</source>
        <translation>pas de réponse à &lt;enable/&gt;</translation>
    </message>
    <message>
        <source>enabled (acknowledgements)</source>
        <translation>activée (accusés de réception)</translation>
    </message>
</context>
<context>
    <name>DnsLookup</name>
    <message>
        <source>'%1' is not [IPv6]:PORT.</source>
        <translation>« %1 » n'est pas de la forme [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>'%1' is not an IP address.</source>
        <translation>« %1 » n'est pas une adresse IP.</translation>
    </message>
    <message>
        <source>'%1' has no valid port.</source>
        <translation>« %1 » ne comporte pas de port valide.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no DS or DNSKEY record</source>
        <translation>%1 ne contient aucun enregistrement DS ou DNSKEY</translation>
    </message>
    <message>
        <source>'%1' cannot be converted to an A-label (UTS #46).</source>
        <translation>« %1 » ne peut pas être converti en A-label (UTS #46).</translation>
    </message>
    <message>
        <source>Trust anchor: %1.</source>
        <translation>Ancre de confiance : %1.</translation>
    </message>
    <message>
        <source>no DNSKEY record for %1, rcode %2</source>
        <translation>aucun enregistrement DNSKEY pour %1, rcode %2</translation>
    </message>
    <message numerus="yes">
        <source>No complete DNS answer within %1 s from %2 (%n question(s) unanswered).</source>
        <translation>
            <numerusform>Aucune réponse DNS complète en %1 s de %2 (%n question sans réponse).</numerusform>
            <numerusform>Aucune réponse DNS complète en %1 s de %2 (%n questions sans réponse).</numerusform>
        </translation>
    </message>
    <message>
        <source>the system's resolver</source>
        <translation>le résolveur du système</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>recorded here</source>
        <translation>enregistré ici</translation>
    </message>
    <message>
        <source>session start</source>
        <translation>début de session</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>stream header</source>
        <translation>en-tête de flux</translation>
    </message>
    <message>
        <source>element</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>whitespace</source>
        <translation>espaces</translation>
    </message>
    <message>
        <source>stream end</source>
        <translation>fin de flux</translation>
    </message>
    <message>
        <source>bytes outside the stream</source>
        <translation>octets hors du flux</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>session end</source>
        <translation>fin de session</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The %1 entered the phase “%2”.</source>
        <translation>%1 est entré dans la phase « %2 ».</translation>
    </message>
    <message>
        <source>Connection %1 entered the phase “%2”.</source>
        <translation>La connexion %1 est entrée dans la phase « %2 ».</translation>
    </message>
    <message>
        <source>Before, it was in “%1”.</source>
        <translation>Avant, elle était dans « %1 ».</translation>
    </message>
    <message>
        <source>It waits at most %1 s for the peer.</source>
        <translation>Elle attend le pair au plus %1 s.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Condition : %1</translation>
    </message>
    <message>
        <source>It ended the phase “%1”.</source>
        <translation>Elle a mis fin à la phase « %1 ».</translation>
    </message>
    <message>
        <source>Connection %1 (%2): %3</source>
        <translation>Connexion %1 (%2) : %3</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>De %1 vers %2.</translation>
    </message>
    <message>
        <source>This tool speaks for %1.</source>
        <translation>Cet outil parle au nom de %1.</translation>
    </message>
    <message>
        <source>The peer is %1.</source>
        <translation>Le pair est %1.</translation>
    </message>
    <message>
        <source>The session started with these settings:</source>
        <translation>La session a démarré avec ces réglages :</translation>
    </message>
    <message>
        <source>The session succeeded.</source>
        <translation>La session a réussi.</translation>
    </message>
    <message>
        <source>The session failed: %1</source>
        <translation>La session a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>A whitespace keepalive of %n byte(s).</source>
        <translation>
            <numerusform>Un maintien de connexion par espaces de %n octet.</numerusform>
            <numerusform>Un maintien de connexion par espaces de %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>connexion %1</translation>
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
        <translation>Seul le CN du certificat désigne %1</translation>
    </message>
    <message>
        <source>Reissue the certificate with subjectAltName DNS:%1.</source>
        <translation>Faites réémettre le certificat avec subjectAltName DNS:%1.</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1</source>
        <translation>Le certificat n'est pas valide pour %1</translation>
    </message>
    <message>
        <source>It names %1, but no DNS-ID, SRV-ID (_xmpp-server.%2) or XmppAddr matches %2 — the XMPP domain, not the host connected to.</source>
        <translation>Noms présentés : %1. Aucun DNS-ID, SRV-ID (_xmpp-server.%2) ni XmppAddr ne correspond à %2 — le domaine XMPP, et non l'hôte auquel la connexion a été établie.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Add %1 as a subjectAltName (DNS:%1, or the SRV-ID _xmpp-server.%1).</source>
        <translation>Ajoutez %1 comme subjectAltName (DNS:%1, ou le SRV-ID _xmpp-server.%1).</translation>
    </message>
    <message>
        <source>valid %1 to %2; checked at %3 (this machine's clock)</source>
        <translation>valide du %1 au %2 ; vérifié le %3 (horloge de cette machine)</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Le certificat a expiré</translation>
    </message>
    <message>
        <source>Renew the certificate.</source>
        <translation>Renouvelez le certificat.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>Le certificat n'est pas encore valide</translation>
    </message>
    <message>
        <source>. A clock that is wrong on either side gives the same.</source>
        <translation>. Une horloge déréglée d'un côté ou de l'autre produit le même résultat.</translation>
    </message>
    <message>
        <source>Check both clocks (NTP); or wait until the start date.</source>
        <translation>Vérifiez les deux horloges (NTP) ; ou attendez la date de début de validité.</translation>
    </message>
    <message>
        <source>The certificate is self-signed</source>
        <translation>Le certificat est auto-signé</translation>
    </message>
    <message>
        <source>No trusted authority vouches for it; servers that require trusted certificates (Prosody's s2s_secure_auth, ejabberd's s2s_use_starttls: required_trusted) refuse it.</source>
        <translation>Aucune autorité de confiance ne le garantit ; les serveurs qui exigent des certificats de confiance (s2s_secure_auth de Prosody, s2s_use_starttls: required_trusted d'ejabberd) le refusent.</translation>
    </message>
    <message>
        <source>Use a certificate from a public CA, or have peers trust yours (--ca).</source>
        <translation>Utilisez un certificat émis par une autorité de certification publique, ou faites en sorte que les pairs fassent confiance au vôtre (--ca).</translation>
    </message>
    <message>
        <source>The certificate chain is incomplete or not trusted</source>
        <translation>La chaîne de certificats est incomplète ou n'est pas de confiance</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n certificate(s) and no trusted root is reached: an intermediate certificate is missing, or the issuer is unknown here.</source>
        <translation>
            <numerusform>Le serveur a envoyé %n certificat et aucune racine de confiance n'est atteinte : il manque un certificat intermédiaire, ou l'émetteur est inconnu ici.</numerusform>
            <numerusform>Le serveur a envoyé %n certificats et aucune racine de confiance n'est atteinte : il manque un certificat intermédiaire, ou l'émetteur est inconnu ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configure the full chain (fullchain.pem, not cert.pem).</source>
        <translation>Configurez la chaîne complète (fullchain.pem, et non cert.pem).</translation>
    </message>
    <message>
        <source>The certificate's issuer is not trusted</source>
        <translation>L'émetteur du certificat n'est pas de confiance</translation>
    </message>
    <message>
        <source>Use a certificate from a public CA, or trust the issuer (--ca).</source>
        <translation>Utilisez un certificat émis par une autorité de certification publique, ou faites confiance à l'émetteur (--ca).</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Le certificat expire dans %n jour</numerusform>
            <numerusform>Le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew it now; streams still open at expiry get &lt;reset/&gt;.</source>
        <translation>Renouvelez-le dès maintenant ; les flux encore ouverts à l'expiration recevront &lt;reset/&gt;.</translation>
    </message>
    <message>
        <source>TLS older than 1.2 was negotiated</source>
        <translation>Une version de TLS antérieure à 1.2 a été négociée</translation>
    </message>
    <message>
        <source>Allow TLS 1.2 and 1.3 only.</source>
        <translation>N'autorisez que TLS 1.2 et 1.3.</translation>
    </message>
    <message>
        <source>%1 declares no XMPP service</source>
        <translation>%1 ne déclare aucun service XMPP</translation>
    </message>
    <message>
        <source>Its only _xmpp-%1._tcp SRV record has the target ".": the domain says it does not federate.</source>
        <translation>Son unique enregistrement SRV _xmpp-%1._tcp a pour cible « . » : le domaine indique qu'il ne participe pas à la fédération.</translation>
    </message>
    <message>
        <source>Publish SRV records pointing at the server, or remove the "." record.</source>
        <translation>Publiez des enregistrements SRV pointant vers le serveur, ou supprimez l'enregistrement « . ».</translation>
    </message>
    <message>
        <source>No SRV records: the domain itself on the default port</source>
        <translation>Aucun enregistrement SRV : le domaine lui-même sur le port par défaut</translation>
    </message>
    <message>
        <source>Connections go to %1:%2 (its A/AAAA records). This works until the web host behind that name moves elsewhere.</source>
        <translation>Les connexions vont vers %1:%2 (ses enregistrements A/AAAA). Cela fonctionne jusqu'au jour où l'hébergement web derrière ce nom est déplacé ailleurs.</translation>
    </message>
    <message>
        <source>Publish _xmpp-server._tcp (and _xmpps-server._tcp) SRV records.</source>
        <translation>Publiez des enregistrements SRV _xmpp-server._tcp (et _xmpps-server._tcp).</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 n'a aucune adresse</translation>
    </message>
    <message>
        <source>An SRV target without A or AAAA records cannot be reached.</source>
        <translation>Une cible SRV sans enregistrement A ni AAAA est injoignable.</translation>
    </message>
    <message>
        <source>Add A/AAAA records for the target, or fix the SRV record.</source>
        <translation>Ajoutez des enregistrements A/AAAA pour la cible, ou corrigez l'enregistrement SRV.</translation>
    </message>
    <message>
        <source>The _xmpps- record points at a port that does not speak TLS first</source>
        <translation>L'enregistrement _xmpps- pointe vers un port qui ne parle pas TLS d'emblée</translation>
    </message>
    <message>
        <source>%1 port %2 answered the TLS handshake with plain data: it is a STARTTLS port (or not XMPP).</source>
        <translation>%1, port %2, a répondu à la négociation TLS par des données en clair : c'est un port STARTTLS (ou un service non XMPP).</translation>
    </message>
    <message>
        <source>Point _xmpps-server at the direct-TLS port (often 5270), or remove it.</source>
        <translation>Faites pointer _xmpps-server vers le port TLS direct (souvent 5270), ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 port %2 (%3) cannot be reached</source>
        <translation>%1, port %2 (%3), est injoignable</translation>
    </message>
    <message>
        <source>Open the port, fix the record, or remove the candidate.</source>
        <translation>Ouvrez le port, corrigez l'enregistrement ou supprimez le candidat.</translation>
    </message>
    <message>
        <source>No TLSA record matches the presented certificate</source>
        <translation>Aucun enregistrement TLSA ne correspond au certificat présenté</translation>
    </message>
    <message>
        <source>The TLSA records (DNSSEC %1) name other keys: often a certificate renewed without updating TLSA.</source>
        <translation>Les enregistrements TLSA (DNSSEC %1) désignent d'autres clés : souvent, un certificat renouvelé sans mise à jour des TLSA.</translation>
    </message>
    <message>
        <source>Publish 3 1 1 records for the new key before switching certificates.</source>
        <translation>Publiez des enregistrements 3 1 1 pour la nouvelle clé avant de changer de certificat.</translation>
    </message>
    <message>
        <source>Our certificate has no clientAuth purpose</source>
        <translation>Notre certificat n'a pas l'usage clientAuth</translation>
    </message>
    <message>
        <source>Use a certificate with the TLS Web Client Authentication purpose, or rely on dialback.</source>
        <translation>Utilisez un certificat comportant l'usage TLS Web Client Authentication, ou appuyez-vous sur Dialback.</translation>
    </message>
    <message>
        <source>The peer does not offer STARTTLS</source>
        <translation>Le pair ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>Everything on this stream travels in the clear; a middlebox may also be stripping the offer.</source>
        <translation>Tout ce qui passe sur ce flux circule en clair ; un équipement intermédiaire supprime peut-être aussi l'offre.</translation>
    </message>
    <message>
        <source>Enable TLS on the server; compare with direct TLS (XEP-0368).</source>
        <translation>Activez TLS sur le serveur ; comparez avec TLS direct (XEP-0368).</translation>
    </message>
    <message>
        <source>Dialback: the key was not confirmed</source>
        <translation>Dialback : la clé n'a pas été confirmée</translation>
    </message>
    <message>
        <source>The receiving server asked the authoritative server for %1, which did not recompute the same key: different secrets across nodes, a restart between the steps, or a load balancer sending the check elsewhere.</source>
        <translation>Le serveur récepteur a interrogé le serveur faisant autorité pour %1, qui n'a pas recalculé la même clé : secrets différents selon les nœuds, redémarrage entre les étapes, ou répartiteur de charge qui envoie la vérification ailleurs.</translation>
    </message>
    <message>
        <source>Give all nodes of the domain the same dialback secret.</source>
        <translation>Donnez le même secret Dialback à tous les nœuds du domaine.</translation>
    </message>
    <message>
        <source>Dialback: no verdict</source>
        <translation>Dialback : aucun verdict</translation>
    </message>
    <message>
        <source>Make the domain's DNS point to a reachable authoritative server.</source>
        <translation>Faites pointer le DNS du domaine vers un serveur faisant autorité joignable.</translation>
    </message>
    <message>
        <source>Dialback failed with an error</source>
        <translation>Dialback a échoué avec une erreur</translation>
    </message>
    <message>
        <source>The peer ended the stream with &lt;%1/&gt;</source>
        <translation>Le pair a mis fin au flux avec &lt;%1/&gt;</translation>
    </message>
    <message>
        <source> The peer says: </source>
        <translation> Le pair indique : </translation>
    </message>
    <message>
        <source>Check that the server hosts %1 (virtual host) and that DNS points to the right server.</source>
        <translation>Vérifiez que le serveur héberge %1 (hôte virtuel) et que le DNS pointe vers le bon serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Dialback: %n answer(s) that answer no request of ours</source>
        <translation>
            <numerusform>Dialback : %n réponse qui ne répond à aucune de nos demandes</numerusform>
            <numerusform>Dialback : %n réponses qui ne répondent à aucune de nos demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Received &lt;%1/&gt; while no request was waiting for it.</source>
        <translation>&lt;%1/&gt; reçu alors qu’aucune demande ne l’attendait.</translation>
    </message>
    <message>
        <source>Expected &lt;%1/&gt;, received &lt;%2/&gt;.</source>
        <translation>Attendu : &lt;%1/&gt;, reçu : &lt;%2/&gt;.</translation>
    </message>
    <message>
        <source> An answer for another domain pair, another stream id or no request at all is either a bug or an attempt to spoof a domain; it was recorded and ignored.</source>
        <translation> Une réponse pour une autre paire de domaines, un autre identifiant de flux ou sans aucune demande est soit un bogue, soit une tentative d’usurper un domaine ; elle a été enregistrée et ignorée.</translation>
    </message>
    <message>
        <source>Report it to the peer's operators: its answers must carry the request's 'from' and 'to' swapped (and its 'id' for db:verify).</source>
        <translation>Signalez-le aux exploitants du pair : ses réponses doivent porter le « from » et le « to » de la demande, inversés (et son « id » pour db:verify).</translation>
    </message>
    <message>
        <source>DNSSEC validation failed for %1</source>
        <translation>La validation DNSSEC de %1 a échoué</translation>
    </message>
    <message>
        <source>These answers are signed but do not validate, so they are not used: %1.</source>
        <translation>Ces réponses sont signées mais ne se valident pas ; elles ne sont donc pas utilisées : %1.</translation>
    </message>
    <message>
        <source>Re-sign the zone (expired or broken signatures) or correct the DS record at the parent.</source>
        <translation>Re-signer la zone (signatures expirées ou cassées) ou corriger l’enregistrement DS dans la zone parente.</translation>
    </message>
    <message>
        <source>The DNS resolver gives no DNSSEC data</source>
        <translation>Le résolveur DNS ne fournit aucune donnée DNSSEC</translation>
    </message>
    <message>
        <source>The trust anchors' keys did not come back from %1 (%2): it strips or does not fetch signatures, so nothing could be validated and DANE cannot apply.</source>
        <translation>Les clés des ancres de confiance ne sont pas revenues de %1 (%2) : il supprime ou ne récupère pas les signatures ; rien n’a donc pu être validé et DANE ne peut pas s’appliquer.</translation>
    </message>
    <message>
        <source>Use a DNSSEC-aware resolver (--dns-server), or validate on this machine.</source>
        <translation>Utiliser un résolveur compatible DNSSEC (--dns-server), ou valider sur cette machine.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 are not used</source>
        <translation>Les enregistrements TLSA de %1 ne sont pas utilisés</translation>
    </message>
    <message>
        <source>Its TLSA records are DNSSEC-secure, but its A/AAAA answers are not (often a CNAME into an unsigned zone), so the address may be forged: the certificate is checked by PKIX only.</source>
        <translation>Ses enregistrements TLSA sont sûrs selon DNSSEC, mais pas ses réponses A/AAAA (souvent un CNAME vers une zone non signée) : l’adresse peut donc être falsifiée, et le certificat n’est vérifié que par PKIX.</translation>
    </message>
    <message>
        <source>Sign the zone that holds the target's addresses, or point the SRV record at a name in a signed zone.</source>
        <translation>Signez la zone qui contient les adresses de la cible, ou faites pointer l’enregistrement SRV vers un nom d’une zone signée.</translation>
    </message>
    <message>
        <source>Bidirectional stream asked for, not offered</source>
        <translation>Flux bidirectionnel demandé, non proposé</translation>
    </message>
    <message>
        <source>%1 does not offer XEP-0288 on the stream it authenticated, so its replies travel on a connection of its own to us.</source>
        <translation>%1 ne propose pas XEP-0288 sur le flux authentifié ; ses réponses passent donc par une connexion à lui vers nous.</translation>
    </message>
    <message>
        <source>%1 offers XEP-0288 only before TLS; it may be enabled only once STARTTLS has completed, and the features after TLS no longer offer it.</source>
        <translation>%1 ne propose XEP-0288 qu'avant TLS ; il ne peut être activé qu'une fois STARTTLS terminé, et les fonctionnalités après TLS ne le proposent plus.</translation>
    </message>
    <message>
        <source>Prosody: enable mod_s2s_bidi; ejabberd: mod_s2s_bidi (24.10 and later).</source>
        <translation>Prosody : activer mod_s2s_bidi ; ejabberd : mod_s2s_bidi (24.10 et suivants).</translation>
    </message>
    <message>
        <source>Bidirectional stream with an unproven peer</source>
        <translation>Flux bidirectionnel avec un pair non prouvé</translation>
    </message>
    <message>
        <source>We authenticated with SASL, but %1's certificate does not prove that name: stanzas it sends back on our stream are not counted as its own.</source>
        <translation>Nous nous sommes authentifiés par SASL, mais le certificat de %1 ne prouve pas ce nom : les stanzas qu'il renvoie sur notre flux ne comptent pas comme les siennes.</translation>
    </message>
    <message>
        <source>Give %1 a certificate for its domain from a trusted CA, or pass that CA with --ca.</source>
        <translation>Donner à %1 un certificat pour son domaine émis par une AC de confiance, ou passer cette AC avec --ca.</translation>
    </message>
    <message numerus="yes">
        <source>Stanzas on the bidirectional stream for %n domain pair(s) the peer is not authenticated for</source>
        <translation>
            <numerusform>Des stanzas sur le flux bidirectionnel pour %n paire de domaines pour laquelle le pair n'est pas authentifié</numerusform>
            <numerusform>Des stanzas sur le flux bidirectionnel pour %n paires de domaines pour lesquelles le pair n'est pas authentifié</numerusform>
        </translation>
    </message>
    <message>
        <source>First: from %1 to %2. A bidirectional stream carries back only what the peer authenticated for; anything else is a bug or an attempt to spoof a domain, and was not counted.</source>
        <translation>Premier : de %1 à %2. Un flux bidirectionnel ne transporte en retour que ce pour quoi le pair s'est authentifié ; le reste est un bogue ou une tentative d'usurper un domaine, et n'a pas été compté.</translation>
    </message>
    <message>
        <source>Report it to the peer's operators.</source>
        <translation>Le signaler aux opérateurs du pair.</translation>
    </message>
    <message>
        <source>Stanzas on our outgoing stream, which is not bidirectional</source>
        <translation>Des stanzas sur notre flux sortant, qui n'est pas bidirectionnel</translation>
    </message>
    <message>
        <source>The peer (first from %1) sent stanzas where only a bidirectional stream carries them; they were not counted as the sender's.</source>
        <translation>Le pair (d'abord de %1) a envoyé des stanzas là où seul un flux bidirectionnel en transporte ; elles ne comptent pas comme celles de l'expéditeur.</translation>
    </message>
    <message>
        <source>Report it to the peer's operators: without XEP-0288 a server sends on its own connection.</source>
        <translation>Le signaler aux opérateurs du pair : sans XEP-0288, un serveur envoie sur sa propre connexion.</translation>
    </message>
    <message>
        <source>The SRV lookup for %1 failed</source>
        <translation>La requête SRV pour %1 a échoué</translation>
    </message>
    <message>
        <source>%1. Without an answer the connection falls back to the domain itself on the default port, which may not be the server its SRV records name.</source>
        <translation>%1. Sans réponse, la connexion se replie sur le domaine lui-même au port par défaut, qui n'est peut-être pas le serveur que nomment ses enregistrements SRV.</translation>
    </message>
    <message>
        <source>Check the DNS server and the domain's delegation: SERVFAIL often means an unreachable or lame authoritative server, or a broken DNSSEC chain.</source>
        <translation>Vérifier le serveur DNS et la délégation du domaine : SERVFAIL signifie souvent un serveur faisant autorité injoignable ou mal délégué, ou une chaîne DNSSEC cassée.</translation>
    </message>
    <message>
        <source>The chain ends in the root certificate “%1”, a certificate authority that is not trusted here (a private or unknown CA). The server's own certificate is not self-signed.</source>
        <translation>La chaîne se termine par le certificat racine « %1 », une autorité de certification qui n’est pas reconnue ici (une AC privée ou inconnue). Le certificat du serveur lui-même n’est pas auto-signé.</translation>
    </message>
    <message>
        <source>The receiving server answered our dialback request with &lt;%1/&gt;%2.</source>
        <translation>Le serveur récepteur a répondu à notre demande de dialback par &lt;%1/&gt;%2.</translation>
    </message>
    <message>
        <source>The receiving server could not reach the authoritative server of your domain: make your domain's DNS, as the receiving server sees it, point to a server that is reachable from it, and open that port to it.</source>
        <translation>Le serveur récepteur n’a pas pu joindre le serveur faisant autorité pour votre domaine : faites pointer le DNS de votre domaine, tel que le serveur récepteur le voit, vers un serveur qu’il peut joindre, et ouvrez-lui ce port.</translation>
    </message>
    <message>
        <source>Read the condition and text the receiving server gave; its log says more.</source>
        <translation>Lisez la condition et le texte donnés par le serveur récepteur ; son journal en dit plus.</translation>
    </message>
    <message>
        <source>Prosody: mod_smacks (smacks_hibernation_time); ejabberd: mod_stream_mgmt (resume_timeout).</source>
        <translation>Prosody : mod_smacks (smacks_hibernation_time) ; ejabberd : mod_stream_mgmt (resume_timeout).</translation>
    </message>
    <message>
        <source>Stream management offered, then refused</source>
        <translation>Gestion de flux proposée, puis refusée</translation>
    </message>
    <message>
        <source>Read the server's log for why; offer the feature only where it works.</source>
        <translation>Le journal du serveur en donne la raison ; ne proposez la fonction que là où elle fonctionne.</translation>
    </message>
    <message>
        <source>Stream management without resumption</source>
        <translation>Gestion de flux sans reprise</translation>
    </message>
    <message>
        <source>&lt;enabled/&gt; has no resume='true' and id: after a dropped connection a mobile client must log in again from scratch, and stanzas in flight are lost or bounced.</source>
        <translation>&lt;enabled/&gt; n'a ni resume='true' ni id : après une coupure, un client mobile doit se reconnecter de zéro, et les stanzas en transit sont perdues ou renvoyées en erreur.</translation>
    </message>
    <message>
        <source>Enable resumption. %1</source>
        <translation>Activez la reprise. %1</translation>
    </message>
    <message>
        <source>The server acknowledged more stanzas than were sent</source>
        <translation>Le serveur a accusé réception de plus de stanzas qu'il n'en a été envoyé</translation>
    </message>
    <message>
        <source>Report it to the server's developers.</source>
        <translation>Signalez-le aux développeurs du serveur.</translation>
    </message>
    <message>
        <source>The server did not count every stanza</source>
        <translation>Le serveur n'a pas compté toutes les stanzas</translation>
    </message>
    <message>
        <source>Asked with &lt;r/&gt; after %2 stanzas, it answered h='%1': it says it did not handle every stanza sent before the request, which it must have read first.</source>
        <translation>Interrogé par &lt;r/&gt; après %2 stanzas, il a répondu h='%1' : il dit ne pas avoir traité toutes les stanzas envoyées avant la demande, qu'il a pourtant forcément lues d'abord.</translation>
    </message>
    <message>
        <source>No answer to an acknowledgement request</source>
        <translation>Pas de réponse à une demande d'accusé de réception</translation>
    </message>
    <message>
        <source>Resumption advertised but refused</source>
        <translation>Reprise annoncée mais refusée</translation>
    </message>
    <message>
        <source>The server enabled the session for resumption, then answered &lt;resume/&gt; on a new connection, right after the old one dropped, with &lt;failed/&gt;%1.</source>
        <translation>Le serveur a permis la reprise de la session, puis a répondu à &lt;resume/&gt; sur une nouvelle connexion, juste après la coupure de l'ancienne, par &lt;failed/&gt;%1.</translation>
    </message>
    <message>
        <source>Check that the session survives the drop (hibernation time) and, in a cluster, that the new connection reaches the node holding it. %1</source>
        <translation>Vérifiez que la session survit à la coupure (durée d'hibernation) et, dans une grappe, que la nouvelle connexion atteint le nœud qui la détient. %1</translation>
    </message>
    <message>
        <source>Resumption lost or duplicated a message</source>
        <translation>La reprise a perdu ou dupliqué un message</translation>
    </message>
    <message>
        <source>The session resumed, but the message sent just before the drop %1.</source>
        <translation>La session a repris, mais le message envoyé juste avant la coupure %1.</translation>
    </message>
    <message>
        <source>never arrived</source>
        <translation>n'est jamais arrivé</translation>
    </message>
    <message>
        <source>arrived more than once (%1)</source>
        <translation>est arrivé plusieurs fois (%1)</translation>
    </message>
    <message>
        <source>Report it to the server's developers with the transcript.</source>
        <translation>Signalez-le aux développeurs du serveur, avec la transcription.</translation>
    </message>
    <message>
        <source>Stream compression offered</source>
        <translation>Compression du flux proposée</translation>
    </message>
    <message>
        <source>The server offers XEP-0138 compression (%1). Compressed data inside TLS leaks what it hides through its length (the CRIME and BREACH attacks), and XEP-0138 is deprecated.</source>
        <translation>Le serveur propose la compression XEP-0138 (%1). Des données compressées dans TLS trahissent ce qu'elles cachent par leur longueur (les attaques CRIME et BREACH), et XEP-0138 est obsolète.</translation>
    </message>
    <message>
        <source>Disable it: Prosody's community module mod_compression, the listener's zlib option in older ejabberd.</source>
        <translation>Désactivez-la : le module communautaire mod_compression de Prosody, l'option zlib de l'écouteur dans les anciennes versions d'ejabberd.</translation>
    </message>
    <message>
        <source>If this is not meant: Prosody allow_registration = false (or invitations only); ejabberd mod_register with access: none, or a CAPTCHA and registration_timeout.</source>
        <translation>Si ce n'est pas voulu : Prosody allow_registration = false (ou sur invitation seulement) ; ejabberd mod_register avec access: none, ou un CAPTCHA et registration_timeout.</translation>
    </message>
    <message>
        <source>The server's capabilities hash does not match its features</source>
        <translation>L'empreinte des capacités du serveur ne correspond pas à ses fonctions</translation>
    </message>
    <message>
        <source>Its stream features announce ver='%1' (%3), but its disco#info answer hashes to '%2': clients that cache capabilities by hash get the wrong features for every server that announces the same hash.</source>
        <translation>Ses fonctions de flux annoncent ver='%1' (%3), mais sa réponse disco#info donne l'empreinte « %2 » : les clients qui mettent les capacités en cache par empreinte obtiennent de mauvaises fonctions pour tout serveur annonçant la même empreinte.</translation>
    </message>
    <message>
        <source>Report it to the server's developers with the disco#info answer.</source>
        <translation>Signalez-le aux développeurs du serveur, avec la réponse disco#info.</translation>
    </message>
    <message>
        <source>The registration form is handed out before login</source>
        <translation>Le formulaire d'inscription est remis avant la connexion</translation>
    </message>
    <message>
        <source>The server hands its registration form (%1) to anyone before login, with a CAPTCHA (XEP-0158). Who may submit it is decided only then (the form was not submitted).</source>
        <translation>Le serveur remet son formulaire d'inscription (%1) à tous avant la connexion, avec un CAPTCHA (XEP-0158). Qui peut le soumettre n'est décidé qu'à ce moment (le formulaire n'a pas été soumis).</translation>
    </message>
    <message>
        <source>The server hands its registration form (%1) to anyone before login, with no CAPTCHA. Who may submit it is decided only then (the form was not submitted; ejabberd applies access and ip_access there): if anyone may, bots can create accounts in bulk and send spam from them.</source>
        <translation>Le serveur remet son formulaire d'inscription (%1) à tous avant la connexion, sans CAPTCHA. Qui peut le soumettre n'est décidé qu'à ce moment (le formulaire n'a pas été soumis ; ejabberd y applique access et ip_access) : si tout le monde le peut, des robots peuvent créer des comptes en masse et envoyer du spam depuis ceux-ci.</translation>
    </message>
    <message>
        <source>ejabberd: mod_host_meta on the HTTPS listener; Prosody: the community module mod_host_meta (or the web server in front of it).</source>
        <translation>ejabberd : mod_host_meta sur l’écouteur HTTPS ; Prosody : le module communautaire mod_host_meta (ou le serveur web placé devant).</translation>
    </message>
    <message>
        <source>No host-meta document</source>
        <translation>Aucun document host-meta</translation>
    </message>
    <message>
        <source>https://%1/.well-known/host-meta is not there (%2): web clients (Converse.js, Movim, …) find no WebSocket or BOSH endpoint and must be told one. Clients over TCP are not concerned: they use the SRV records.</source>
        <translation>https://%1/.well-known/host-meta n’existe pas (%2) : les clients web (Converse.js, Movim, …) ne trouvent aucun point d’accès WebSocket ou BOSH et doivent le recevoir par configuration. Les clients TCP ne sont pas concernés : ils utilisent les enregistrements SRV.</translation>
    </message>
    <message>
        <source>If web clients should connect, serve it. %1</source>
        <translation>Si des clients web doivent se connecter, publiez-le. %1</translation>
    </message>
    <message>
        <source>host-meta is served over a TLS connection that fails</source>
        <translation>host-meta est servi par une connexion TLS qui échoue</translation>
    </message>
    <message>
        <source>%1: %2. Browsers and clients refuse the connection as this tool did, so they read none of the endpoints it announces.</source>
        <translation>%1 : %2. Les navigateurs et les clients refusent la connexion comme cet outil, et ne lisent donc aucun des points d’accès annoncés.</translation>
    </message>
    <message>
        <source>Serve a certificate for the domain, from a certificate authority clients trust, on its HTTPS server.</source>
        <translation>Servez sur son serveur HTTPS un certificat pour le domaine, émis par une autorité de certification reconnue par les clients.</translation>
    </message>
    <message>
        <source>host-meta could not be read</source>
        <translation>host-meta n’a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: %2. Web clients that depend on it find no endpoint.</source>
        <translation>%1 : %2. Les clients web qui en dépendent ne trouvent aucun point d’accès.</translation>
    </message>
    <message>
        <source>Check the web server's log for this path. %1</source>
        <translation>Consultez le journal du serveur web pour ce chemin. %1</translation>
    </message>
    <message>
        <source>host-meta is not a valid document</source>
        <translation>host-meta n’est pas un document valide</translation>
    </message>
    <message>
        <source>%1 answered 200 but is %2: clients cannot read its links.</source>
        <translation>%1 a répondu 200 mais est %2 : les clients ne peuvent pas lire ses liens.</translation>
    </message>
    <message>
        <source>Serve an XRD document (application/xrd+xml) and its JSON form with the links of XEP-0156.</source>
        <translation>Servez un document XRD (application/xrd+xml) et sa forme JSON avec les liens de XEP-0156.</translation>
    </message>
    <message>
        <source>Only host-meta.json, not the XRD</source>
        <translation>Seulement host-meta.json, pas le XRD</translation>
    </message>
    <message>
        <source>https://%1/.well-known/host-meta.json is served, but not the XRD at /.well-known/host-meta, which XEP-0156 requires: clients that read only the XRD find no endpoint.</source>
        <translation>https://%1/.well-known/host-meta.json est servi, mais pas le XRD à /.well-known/host-meta, exigé par XEP-0156 : les clients qui ne lisent que le XRD ne trouvent aucun point d’accès.</translation>
    </message>
    <message>
        <source>Serve the same links as an XRD document at /.well-known/host-meta. %1</source>
        <translation>Servez les mêmes liens sous forme de document XRD à /.well-known/host-meta. %1</translation>
    </message>
    <message>
        <source>host-meta.json and the XRD disagree</source>
        <translation>host-meta.json et le XRD divergent</translation>
    </message>
    <message>
        <source>The XRD announces %1; host-meta.json announces %2. A client reaches a different endpoint depending on the form it reads.</source>
        <translation>Le XRD annonce %1 ; host-meta.json annonce %2. Un client atteint un point d’accès différent selon la forme qu’il lit.</translation>
    </message>
    <message>
        <source>Generate both from one configuration. %1</source>
        <translation>Générez les deux à partir d’une seule configuration. %1</translation>
    </message>
    <message>
        <source>An endpoint without encryption is announced</source>
        <translation>Un point d’accès sans chiffrement est annoncé</translation>
    </message>
    <message>
        <source>Announce only wss: and https: endpoints.</source>
        <translation>N’annoncez que des points d’accès wss: et https:.</translation>
    </message>
    <message>
        <source>An endpoint clients cannot use</source>
        <translation>Un point d’accès inutilisable par les clients</translation>
    </message>
    <message>
        <source>'%1': %2.</source>
        <translation>« %1 » : %2.</translation>
    </message>
    <message>
        <source>Correct the link, or remove it.</source>
        <translation>Corrigez le lien ou supprimez-le.</translation>
    </message>
    <message>
        <source>host-meta cannot be read by web clients of other sites</source>
        <translation>host-meta n’est pas lisible par les clients web d’autres sites</translation>
    </message>
    <message>
        <source>%1 has no Access-Control-Allow-Origin header: a browser lets a web client served from another origin (another host or port) fetch it but not read it.</source>
        <translation>%1 n’a pas d’en-tête Access-Control-Allow-Origin : un navigateur laisse un client web servi depuis une autre origine (autre hôte ou port) le récupérer, mais pas le lire.</translation>
    </message>
    <message>
        <source>Send Access-Control-Allow-Origin: * with the document (ejabberd's mod_host_meta does).</source>
        <translation>Envoyez Access-Control-Allow-Origin: * avec le document (le mod_host_meta d’ejabberd le fait).</translation>
    </message>
    <message>
        <source>%1 would carry the login and every stanza unencrypted, for anyone on the way to read. Clients must not use it, so it is no path for them.</source>
        <translation>%1 transporterait l’authentification et chaque stanza en clair, lisibles par quiconque sur le chemin. Les clients ne doivent pas l’utiliser : ce n’est pas un chemin pour eux.</translation>
    </message>
    <message>
        <source>Stream management offered, then not answered</source>
        <translation>Gestion de flux proposée, puis sans réponse</translation>
    </message>
    <message>
        <source>The peer offers XEP-0198 but did not answer &lt;enable/&gt;: whether it counts stanzas, and which ones, is unknown.</source>
        <translation>Le pair propose XEP-0198 mais n'a pas répondu à &lt;enable/&gt; : on ignore s'il compte les stanzas, et lesquelles.</translation>
    </message>
    <message>
        <source>Read the peer's log for why; offer the feature only where it works.</source>
        <translation>Chercher la raison dans le journal du pair ; ne proposer la fonction que là où elle fonctionne.</translation>
    </message>
    <message>
        <source>The server offers XEP-0198 but answered &lt;enable/&gt; with &lt;failed/&gt;%1: its peers cannot count on acknowledgements, and clients cannot resume after a network change.</source>
        <translation>Le serveur propose XEP-0198 mais a répondu à &lt;enable/&gt; par &lt;failed/&gt;%1 : ses pairs ne peuvent compter sur aucun accusé de réception, et les clients ne peuvent pas reprendre après un changement de réseau.</translation>
    </message>
    <message>
        <source>It says it handled %1 stanzas; we sent %2. Its counts cannot be trusted: a client or server would drop stanzas it still has to send.</source>
        <translation>Il dit avoir traité %1 stanzas ; %2 ont été envoyées. Ses décomptes ne sont pas fiables : un client ou un serveur abandonnerait des stanzas qu'il doit encore envoyer.</translation>
    </message>
    <message>
        <source>Report it to the server's developers; a client would send those stanzas twice after a resumption.</source>
        <translation>Le signaler aux développeurs du serveur ; un client enverrait ces stanzas deux fois après une reprise.</translation>
    </message>
    <message>
        <source>The server enabled stream management but did not answer &lt;r/&gt; in time: its peers wait for acknowledgements that never come, and a client may reconnect.</source>
        <translation>Le serveur a activé la gestion de flux mais n'a pas répondu à temps à &lt;r/&gt; : ses pairs attendent des accusés de réception qui ne viennent jamais, et un client peut se reconnecter.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>From domain</source>
        <translation>Domaine d’origine</translation>
    </message>
    <message>
        <source>To domain</source>
        <translation>Domaine de destination</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Step timeout</source>
        <translation>Délai par étape</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>Arrêter après</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>the authoritative listener</source>
        <translation>l’écouteur faisant autorité</translation>
    </message>
    <message>
        <source>your dialback secret</source>
        <translation>votre secret dialback</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>un certificat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Message to</source>
        <translation>Message à</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Ping JID</source>
        <translation>JID à pinguer</translation>
    </message>
    <message>
        <source>Minimum SCRAM iterations</source>
        <translation>Itérations SCRAM minimales</translation>
    </message>
    <message>
        <source>Stay online</source>
        <translation>Rester en ligne</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Test resumption</source>
        <translation>Tester la reprise</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>URL WebSocket</translation>
    </message>
    <message>
        <source>Try every path</source>
        <translation>Essayer chaque chemin</translation>
    </message>
    <message>
        <source>BOSH URL</source>
        <translation>URL BOSH</translation>
    </message>
    <message>
        <source>Web page origin</source>
        <translation>Origine de la page web</translation>
    </message>
</context>
<context>
    <name>Fragment</name>
    <message>
        <source>The text is larger than 1 MiB.</source>
        <translation>Le texte dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>%1 (at byte %2)</source>
        <translation>%1 (à l'octet %2)</translation>
    </message>
    <message>
        <source>Not well-formed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <source>There is no element to send.</source>
        <translation>Il n'y a aucun élément à envoyer.</translation>
    </message>
</context>
<context>
    <name>HostMetaDoc</name>
    <message>
        <source>a WebSocket endpoint must be a wss: (or ws:) URL (RFC 6455 §3)</source>
        <translation>un point d’accès WebSocket doit être une URL wss: (ou ws:) (RFC 6455 §3)</translation>
    </message>
    <message>
        <source>a BOSH endpoint must be an https: (or http:) URL (XEP-0206)</source>
        <translation>un point d’accès BOSH doit être une URL https: (ou http:) (XEP-0206)</translation>
    </message>
    <message>
        <source>HTTP polling (XEP-0025) is obsolete: no current client uses it</source>
        <translation>le HTTP polling (XEP-0025) est obsolète : aucun client actuel ne l’utilise</translation>
    </message>
    <message>
        <source>not an absolute URL with a host</source>
        <translation>pas une URL absolue avec un hôte</translation>
    </message>
    <message>
        <source>it has a document type declaration, which XRD never has</source>
        <translation>il a une déclaration de type de document, ce qu’un XRD n’a jamais</translation>
    </message>
    <message>
        <source>its root element is &lt;%1 xmlns='%2'&gt;, not &lt;XRD xmlns='%3'&gt; (RFC 6415 §3)</source>
        <translation>son élément racine est &lt;%1 xmlns='%2'&gt;, pas &lt;XRD xmlns='%3'&gt; (RFC 6415 §3)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation>XML mal formé : %1 (ligne %2)</translation>
    </message>
    <message>
        <source>not JSON: %1 (at byte %2)</source>
        <translation>pas du JSON : %1 (à l’octet %2)</translation>
    </message>
    <message>
        <source>not a host-meta object: no "links" array (RFC 6415 Appendix A)</source>
        <translation>pas un objet host-meta : pas de tableau "links" (RFC 6415 annexe A)</translation>
    </message>
    <message>
        <source>not encrypted: clients use only wss: and https: endpoints (XEP-0156 §2.2)</source>
        <translation>non chiffré : les clients n’utilisent que des points d’accès wss: et https: (XEP-0156 §2.2)</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>error</source>
        <comment>finding severity</comment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>finding severity</comment>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>note</source>
        <comment>finding severity</comment>
        <translation>remarque</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Findings — errors: %1, warnings: %2, notes: %3.</source>
        <translation>Constats — erreurs : %1, avertissements : %2, remarques : %3.</translation>
    </message>
    <message>
        <source>Nothing that this tool checks looks wrong.</source>
        <translation>Rien de ce que cet outil vérifie ne semble incorrect.</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Remède :</translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation>Spécification :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>matches by %1: %2</source>
        <translation>correspond par %1 : %2</translation>
    </message>
    <message>
        <source>only the CN matches</source>
        <translation>seul le CN correspond</translation>
    </message>
    <message>
        <source>no identifier matches</source>
        <translation>aucun identifiant ne correspond</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>non vérifié : %1</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Certificate verification</source>
        <translation>Vérification du certificat</translation>
    </message>
    <message>
        <source>Identity (RFC 9525)</source>
        <translation>Identité (RFC 9525)</translation>
    </message>
    <message>
        <source>Identifiers presented</source>
        <translation>Identifiants présentés</translation>
    </message>
    <message>
        <source>Session resumed</source>
        <translation>Session reprise</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>signed with %1</source>
        <translation>signé avec %1</translation>
    </message>
    <message>
        <source>part of the chain checked above</source>
        <translation>fait partie de la chaîne vérifiée ci-dessus</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>self-signed (a root)</source>
        <translation>auto-signé (une racine)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Certificate chain, as the peer sent it</source>
        <translation>Chaîne de certificats, telle que le pair l’a envoyée</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>DANE (RFC 7673)</source>
        <translation>DANE (RFC 7673)</translation>
    </message>
    <message>
        <source>DANE applies and no TLSA record matches the chain.</source>
        <translation>DANE s’applique et aucun enregistrement TLSA ne correspond à la chaîne.</translation>
    </message>
    <message>
        <source>DANE does not decide here (DNSSEC: %1).</source>
        <translation>DANE ne décide pas ici (DNSSEC : %1).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>DANE applies and a TLSA record matches the chain.</source>
        <translation>DANE s’applique et un enregistrement TLSA correspond à la chaîne.</translation>
    </message>
    <message>
        <source>DANE applies; no record was matched.</source>
        <translation>DANE s’applique ; aucun enregistrement n’a été mis en correspondance.</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Sélecteur</translation>
    </message>
    <message>
        <source>Matching type</source>
        <translation>Type de correspondance</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspond</translation>
    </message>
    <message>
        <source>, DANE applies</source>
        <translation>, DANE s’applique</translation>
    </message>
    <message>
        <source>%1 (not used: %2)</source>
        <translation>%1 (non utilisé : %2)</translation>
    </message>
    <message>
        <source>direct TLS</source>
        <translation>TLS direct</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>non recherché</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>DNSSEC not validated because</source>
        <translation>DNSSEC non validé parce que</translation>
    </message>
    <message>
        <source>SRV lookups that failed</source>
        <translation>Requêtes SRV en échec</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Tentatives de connexion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Candidates, in the order they are tried (RFC 6120 §3.2)</source>
        <translation>Candidats, dans l’ordre où ils sont essayés (RFC 6120 §3.2)</translation>
    </message>
    <message>
        <source>No candidate.</source>
        <translation>Aucun candidat.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Priority / weight</source>
        <translation>Priorité / poids</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>initiating</source>
        <comment>connection role</comment>
        <translation>initiateur</translation>
    </message>
    <message>
        <source>receiving</source>
        <comment>connection role</comment>
        <translation>récepteur</translation>
    </message>
    <message>
        <source>authoritative</source>
        <comment>connection role</comment>
        <translation>autoritaire</translation>
    </message>
    <message>
        <source>verify</source>
        <comment>connection role: the dialback verification connection</comment>
        <translation>vérification</translation>
    </message>
    <message>
        <source>client</source>
        <comment>connection role</comment>
        <translation>client</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Diagramme de séquence</translation>
    </message>
    <message>
        <source>One lane per party, time running down; each arrow is what one side sent to the other.</source>
        <translation>Une colonne par partie, le temps s’écoule vers le bas ; chaque flèche est ce qu’un côté a envoyé à l’autre.</translation>
    </message>
    <message>
        <source>The session (%1)</source>
        <translation>La session (%1)</translation>
    </message>
    <message>
        <source>Phases and notes</source>
        <translation>Phases et remarques</translation>
    </message>
    <message>
        <source>No phase was recorded.</source>
        <translation>Aucune phase n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Phases, with the time each began</source>
        <translation>Phases, avec l’instant où chacune a commencé</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la session</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Instant</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Stream header, sent</source>
        <translation>En-tête de flux, envoyé</translation>
    </message>
    <message>
        <source>Stream header, received</source>
        <translation>En-tête de flux, reçu</translation>
    </message>
    <message>
        <source>Whitespace keepalive</source>
        <translation>Keepalive par espace</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>Bytes outside the stream</source>
        <translation>Octets hors du flux</translation>
    </message>
    <message>
        <source>What the elements mean</source>
        <translation>Ce que signifient les éléments</translation>
    </message>
    <message>
        <source>Each kind of element in this session, explained once, with the part of the specification that defines it.</source>
        <translation>Chaque sorte d’élément de cette session, expliquée une fois, avec la partie de la spécification qui la définit.</translation>
    </message>
    <message>
        <source>Nothing to explain: no element was exchanged.</source>
        <translation>Rien à expliquer : aucun élément n’a été échangé.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce qu’il signifie</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu d’abord</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>XML transcript</source>
        <translation>Transcription XML</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>Inachevée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Succeeded, with problems</source>
        <translation>Réussie, avec des problèmes</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Error in the phase “%1”: %2</source>
        <translation>Erreur dans la phase « %1 » : %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>No TLS handshake was completed.</source>
        <translation>Aucune négociation TLS n’a abouti.</translation>
    </message>
    <message>
        <source>No TLS handshake was recorded: the stream stayed unencrypted or ended before TLS.</source>
        <translation>Aucune négociation TLS n’a été enregistrée : le flux est resté en clair ou s’est terminé avant TLS.</translation>
    </message>
    <message>
        <source>No DNS lookup was recorded: the session connected to a host given to it.</source>
        <translation>Aucune requête DNS n’a été enregistrée : la session s’est connectée à un hôte donné.</translation>
    </message>
    <message>
        <source>XMPP Inspector report: the DNS of %1</source>
        <translation>Rapport XMPP Inspector : le DNS de %1</translation>
    </message>
    <message>
        <source>XMPP Inspector report: %1 → %2</source>
        <translation>Rapport XMPP Inspector : %1 → %2</translation>
    </message>
    <message>
        <source>XMPP Inspector report</source>
        <translation>Rapport XMPP Inspector</translation>
    </message>
    <message>
        <source>server-to-server session</source>
        <translation>session de serveur à serveur</translation>
    </message>
    <message>
        <source>client-to-server session</source>
        <translation>session de client à serveur</translation>
    </message>
    <message>
        <source>inbound server-to-server session</source>
        <translation>session entrante de serveur à serveur</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>requête DNS</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute</comment>
        <extracomment>The report's language tag (BCP 47) for the HTML lang attribute: de, fr, …</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Made by XMPP Inspector %1 on %2. This report holds the dialback keys and SASL payloads as they were sent.</source>
        <translation>Produit par XMPP Inspector %1 le %2. Ce rapport contient les clés de dialback et les données SASL telles qu’elles ont été envoyées.</translation>
    </message>
    <message>
        <source>Made by XMPP Inspector %1 on %2. Dialback keys and SASL payloads are redacted.</source>
        <translation>Produit par XMPP Inspector %1 le %2. Les clés de dialback et les données SASL sont masquées.</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>connexion TCP</translation>
    </message>
    <message>
        <source>first features</source>
        <translation>premières fonctionnalités</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Connecté à</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Mode TLS</translation>
    </message>
    <message>
        <source>The peer's stream</source>
        <translation>Flux du pair</translation>
    </message>
    <message>
        <source>from %1, id %2, version %3</source>
        <translation>de %1, id %2, version %3</translation>
    </message>
    <message>
        <source>offered: %1, required: %2, TLS on: %3</source>
        <translation>proposé : %1, exigé : %2, TLS actif : %3</translation>
    </message>
    <message>
        <source>Dialback offered</source>
        <translation>Dialback proposé</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Stream features offered (RFC 6120 §4.3.2)</source>
        <translation>Fonctionnalités de flux proposées (RFC 6120 §4.3.2)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>Id de flux</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>the server proved that it knows the password (SCRAM signature)</source>
        <translation>le serveur a prouvé qu’il connaît le mot de passe (signature SCRAM)</translation>
    </message>
    <message>
        <source>the server's SCRAM signature did not verify</source>
        <translation>la signature SCRAM du serveur n’a pas été vérifiée</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
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
        <translation>Authentifié comme</translation>
    </message>
    <message>
        <source>Stream error (RFC 6120 §4.9)</source>
        <translation>Erreur de flux (RFC 6120 §4.9)</translation>
    </message>
    <message>
        <source>Resource binding (RFC 6120 §7)</source>
        <translation>Liaison de ressource (RFC 6120 §7)</translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation>aller-retour %1</translation>
    </message>
    <message>
        <source>, answered on connection %1</source>
        <translation>, répondu sur la connexion %1</translation>
    </message>
    <message>
        <source>Ping (XEP-0199)</source>
        <translation>Ping (XEP-0199)</translation>
    </message>
    <message>
        <source>Software version (XEP-0092)</source>
        <translation>Version du logiciel (XEP-0092)</translation>
    </message>
    <message>
        <source>Service discovery (XEP-0030)</source>
        <translation>Découverte de services (XEP-0030)</translation>
    </message>
    <message>
        <source>Roster (RFC 6121 §2)</source>
        <translation>Liste de contacts (RFC 6121 §2)</translation>
    </message>
    <message>
        <source>contacts: %1</source>
        <translation>contacts : %1</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Delivery error (RFC 6120 §8.3)</source>
        <translation>Erreur de remise (RFC 6120 §8.3)</translation>
    </message>
    <message>
        <source>No authentication or query was recorded on the main connection.</source>
        <translation>Aucune authentification ni requête n’a été enregistrée sur la connexion principale.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ envoyé</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← reçu</translation>
    </message>
    <message>
        <source>Every element as it crossed the wire, secrets included. Open an event to see its XML.</source>
        <translation>Chaque élément tel qu’il a transité, secrets compris. Ouvrez un événement pour voir son XML.</translation>
    </message>
    <message>
        <source>Every element as it crossed the wire; dialback keys and SASL payloads are shown as [redacted:LENGTH]. Open an event to see its XML.</source>
        <translation>Chaque élément tel qu’il a transité ; les clés de dialback et les données SASL apparaissent comme [redacted:LENGTH]. Ouvrez un événement pour voir son XML.</translation>
    </message>
    <message>
        <source>No bytes were exchanged.</source>
        <translation>Aucun octet n’a été échangé.</translation>
    </message>
    <message>
        <source>The report shows the first %1 events; the transcript holds %2 more. Open it in XMPP Inspector, or export it as text, to see them all.</source>
        <translation>Le rapport montre les %1 premiers événements ; la transcription en contient %2 de plus. Ouvrez-la dans XMPP Inspector, ou exportez-la en texte, pour les voir tous.</translation>
    </message>
    <message>
        <source>%1 (not usable: %2)</source>
        <translation>%1 (inutilisable : %2)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
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
        <translation>Points d’accès web (XEP-0156 host-meta), depuis %1 port %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>XMPP links</source>
        <translation>Liens XMPP</translation>
    </message>
    <message>
        <source>Paths, in the order a client tries them</source>
        <translation>Chemins, dans l’ordre où un client les essaie</translation>
    </message>
    <message>
        <source>%1 (not encrypted)</source>
        <translation>%1 (non chiffré)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>over WebSocket %1</source>
        <translation>par WebSocket %1</translation>
    </message>
    <message>
        <source>WebSocket endpoint</source>
        <translation>Point d’accès WebSocket</translation>
    </message>
    <message>
        <source>over BOSH %1</source>
        <translation>par BOSH %1</translation>
    </message>
    <message>
        <source>BOSH endpoint</source>
        <translation>Point d’accès BOSH</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>'%1' cannot be read: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>'%1' is larger than 1 MiB; it is not a PEM file.</source>
        <translation>« %1 » dépasse 1 Mio ; ce n'est pas un fichier PEM.</translation>
    </message>
    <message>
        <source>'%1' contains no PEM certificate.</source>
        <translation>« %1 » ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>'%1' contains no unencrypted PEM private key (RSA, EC or DSA).</source>
        <translation>« %1 » ne contient aucune clé privée PEM non chiffrée (RSA, EC ou DSA).</translation>
    </message>
    <message>
        <source>The key in '%1' does not belong to the certificate in '%2'.</source>
        <translation>La clé contenue dans « %1 » ne correspond pas au certificat contenu dans « %2 ».</translation>
    </message>
    <message>
        <source>The certificate has no clientAuth purpose. Servers that check purposes (ejabberd with OpenSSL defaults, Metronome) reject it for SASL EXTERNAL with 'unsupported certificate purpose'; Prosody ignores the purpose. Public CAs stopped issuing clientAuth in 2025–26: expect dialback to be needed.</source>
        <translation>Le certificat n'a pas l'usage clientAuth. Les serveurs qui vérifient les usages (ejabberd avec les réglages par défaut d'OpenSSL, Metronome) le rejettent pour SASL EXTERNAL avec « unsupported certificate purpose » ; Prosody ignore l'usage. Les autorités de certification publiques ont cessé d'émettre des certificats clientAuth en 2025–26 : attendez-vous à devoir recourir à Dialback.</translation>
    </message>
</context>
<context>
    <name>Inspector::AboutDialog</name>
    <message>
        <source>About XMPP Inspector</source>
        <translation>À propos d'XMPP Inspector</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;XMPP Inspector %1&lt;/h2&gt;&lt;p&gt;Opens real XMPP sessions, server-to-server and client-to-server, and shows what crosses the wire: the decrypted XML stream, every connection's phases, the features, TLS, certificate and DNS facts, and the authentication result.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;TLS: %4 through Qt's %5 backend&lt;/p&gt;&lt;p&gt;XMPP Inspector is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with no warranty.&lt;br&gt;It uses Qt (LGPL-3.0), OpenSSL (Apache-2.0) and libunbound (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;XMPP Inspector %1&lt;/h2&gt;&lt;p&gt;Ouvre de véritables sessions XMPP, de serveur à serveur et de client à serveur, et montre ce qui transite sur le réseau : le flux XML déchiffré, les phases de chaque connexion, les fonctionnalités, les informations TLS, de certificat et DNS, ainsi que le résultat de l'authentification.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;TLS : %4 via le backend %5 de Qt&lt;/p&gt;&lt;p&gt;XMPP Inspector est un logiciel libre distribué sous la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later), sans aucune garantie.&lt;br&gt;Il utilise Qt (LGPL-3.0), OpenSSL (Apache-2.0) et libunbound (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>aucune bibliothèque TLS</translation>
    </message>
</context>
<context>
    <name>Inspector::BoshParser</name>
    <message>
        <source>An HTTP response ends inside its &lt;body/&gt;: each response holds one whole &lt;body/&gt; element (XEP-0124 §6).</source>
        <translation>Une réponse HTTP se termine à l’intérieur de son &lt;body/&gt; : chaque réponse contient un élément &lt;body/&gt; entier (XEP-0124 §6).</translation>
    </message>
    <message>
        <source>An HTTP response holds more than one &lt;body/&gt;: each holds exactly one (XEP-0124 §6).</source>
        <translation>Une réponse HTTP contient plus d’un &lt;body/&gt; : chacune en contient exactement un (XEP-0124 §6).</translation>
    </message>
</context>
<context>
    <name>Inspector::BoshTransport</name>
    <message>
        <source>no response to the BOSH request with rid %1 within %2 s (the session's wait is %3 s)</source>
        <translation>aucune réponse à la requête BOSH de rid %1 en %2 s (le wait de la session est de %3 s)</translation>
    </message>
    <message>
        <source>the server found a request malformed (bad-request)</source>
        <translation>le serveur a trouvé une requête mal formée (bad-request)</translation>
    </message>
    <message>
        <source>the client broke the session's rules (policy-violation)</source>
        <translation>le client a enfreint les règles de la session (policy-violation)</translation>
    </message>
    <message>
        <source>the server does not know the session or the rid (item-not-found), or nothing serves BOSH at this URL</source>
        <translation>le serveur ne connaît pas la session ou le rid (item-not-found), ou rien ne sert BOSH à cette URL</translation>
    </message>
    <message>
        <source>the BOSH endpoint refused the request</source>
        <translation>le point d’accès BOSH a refusé la requête</translation>
    </message>
    <message>
        <source>HTTP %1 %2 for the request with rid %3: %4 (XEP-0124 §17.1)</source>
        <translation>HTTP %1 %2 pour la requête de rid %3 : %4 (XEP-0124 §17.1)</translation>
    </message>
    <message>
        <source>the response to the session creation request has no sid (XEP-0124 §7.2)</source>
        <translation>la réponse à la requête de création de session n’a pas de sid (XEP-0124 §7.2)</translation>
    </message>
    <message>
        <source>the server terminated the BOSH session: %1 (XEP-0124 §17.2)</source>
        <translation>le serveur a mis fin à la session BOSH : %1 (XEP-0124 §17.2)</translation>
    </message>
    <message>
        <source>the server answered rid %1 with a recoverable binding error (XEP-0124 §17.3); this tool does not resend requests</source>
        <translation>le serveur a répondu au rid %1 par une erreur de liaison récupérable (XEP-0124 §17.3) ; cet outil ne renvoie pas de requêtes</translation>
    </message>
    <message>
        <source>The server's wait of %1 s is longer than the %2 s asked for; it must not be (XEP-0124 §7.2).</source>
        <translation>Le wait du serveur de %1 s dépasse les %2 s demandées ; il ne le doit pas (XEP-0124 §7.2).</translation>
    </message>
    <message>
        <source>a BOSH response is larger than %1 bytes (the limit)</source>
        <translation>une réponse BOSH dépasse %1 octets (la limite)</translation>
    </message>
    <message>
        <source>another HTTP connection of the BOSH session presented a different certificate (SHA-256 %1, not %2): the session is ended (XEP-0124 §19.1)</source>
        <translation>une autre connexion HTTP de la session BOSH a présenté un autre certificat (SHA-256 %1, et non %2) : la session est terminée (XEP-0124 §19.1)</translation>
    </message>
    <message>
        <source>another HTTP connection of the BOSH session failed certificate verification where the first passed: the session is ended (XEP-0124 §19.1)</source>
        <translation>une autre connexion HTTP de la session BOSH a échoué à la vérification du certificat que la première avait réussie : la session est terminée (XEP-0124 §19.1)</translation>
    </message>
    <message>
        <source>a request was malformed (bad-request)</source>
        <translation>une requête était mal formée (bad-request)</translation>
    </message>
    <message>
        <source>the domain asked for is no longer served there (host-gone)</source>
        <translation>le domaine demandé n’y est plus servi (host-gone)</translation>
    </message>
    <message>
        <source>the domain asked for is not served there (host-unknown)</source>
        <translation>le domaine demandé n’y est pas servi (host-unknown)</translation>
    </message>
    <message>
        <source>the session request lacked the 'to' the server requires (improper-addressing)</source>
        <translation>il manquait à la demande de session le 'to' qu’exige le serveur (improper-addressing)</translation>
    </message>
    <message>
        <source>the connection manager failed internally (internal-server-error)</source>
        <translation>le gestionnaire de connexions a échoué en interne (internal-server-error)</translation>
    </message>
    <message>
        <source>the server does not know the session or the rid: a wrong sid, an rid outside its window, or a response it can no longer resend (item-not-found)</source>
        <translation>le serveur ne connaît pas la session ou le rid : un mauvais sid, un rid hors de sa fenêtre, ou une réponse qu’il ne peut plus renvoyer (item-not-found)</translation>
    </message>
    <message>
        <source>another request of the session made the server end it (other-request)</source>
        <translation>une autre requête de la session a conduit le serveur à y mettre fin (other-request)</translation>
    </message>
    <message>
        <source>the client broke the session's rules: too many requests at once or polling too often (policy-violation)</source>
        <translation>le client a enfreint les règles de la session : trop de requêtes à la fois ou des sondages trop fréquents (policy-violation)</translation>
    </message>
    <message>
        <source>the connection manager could not reach the XMPP server or lost it (remote-connection-failed)</source>
        <translation>le gestionnaire de connexions n’a pas pu joindre le serveur XMPP ou l’a perdu (remote-connection-failed)</translation>
    </message>
    <message>
        <source>the XMPP server ended the stream with an error (remote-stream-error, XEP-0206 §6)</source>
        <translation>le serveur XMPP a terminé le flux par une erreur (remote-stream-error, XEP-0206 §6)</translation>
    </message>
    <message>
        <source>the XMPP server ended the stream with the error %1 (remote-stream-error, XEP-0206 §6)</source>
        <translation>le serveur XMPP a terminé le flux par l’erreur %1 (remote-stream-error, XEP-0206 §6)</translation>
    </message>
    <message>
        <source>the connection manager does not serve this URL; it points to '%1' (see-other-uri)</source>
        <translation>le gestionnaire de connexions ne sert pas cette URL ; il renvoie à '%1' (see-other-uri)</translation>
    </message>
    <message>
        <source>the connection manager is shutting down (system-shutdown)</source>
        <translation>le gestionnaire de connexions s’arrête (system-shutdown)</translation>
    </message>
    <message>
        <source>an error XEP-0124 does not name (undefined-condition)</source>
        <translation>une erreur que XEP-0124 ne nomme pas (undefined-condition)</translation>
    </message>
    <message>
        <source>the condition '%1', which XEP-0124 does not define</source>
        <translation>la condition '%1', que XEP-0124 ne définit pas</translation>
    </message>
    <message>
        <source>the response to rid %1 is empty: each response holds one &lt;body/&gt; element (XEP-0124 §6)</source>
        <translation>la réponse au rid %1 est vide : chaque réponse contient un élément &lt;body/&gt; (XEP-0124 §6)</translation>
    </message>
    <message>
        <source>The response to rid %1 arrived before the one to rid %2 (on another connection): it is read after that one, in the order of the requests (XEP-0124 §14.2).</source>
        <translation>La réponse au rid %1 est arrivée avant celle au rid %2 (par une autre connexion) : elle est lue après celle-ci, dans l’ordre des requêtes (XEP-0124 §14.2).</translation>
    </message>
    <message>
        <source>The server answers empty requests at once instead of holding them (XEP-0124 §4): from now on they go out at most once a second.</source>
        <translation>Le serveur répond aussitôt aux requêtes vides au lieu de les retenir (XEP-0124 §4) : désormais elles partent au plus une fois par seconde.</translation>
    </message>
    <message>
        <source>The server's hold of %1 is more than the 1 asked for; it must not be (XEP-0124 §7.2).</source>
        <translation>Le hold du serveur de %1 dépasse le 1 demandé ; il ne le doit pas (XEP-0124 §7.2).</translation>
    </message>
    <message>
        <source>The session creation response has no 'ver': a legacy connection manager, which reports errors as HTTP status codes (XEP-0124 §17.1).</source>
        <translation>La réponse de création de session n’a pas de 'ver' : un ancien gestionnaire de connexions, qui signale les erreurs par des codes HTTP (XEP-0124 §17.1).</translation>
    </message>
    <message>
        <source>an HTTPS response of the BOSH session came without the server's certificate</source>
        <translation>une réponse HTTPS de la session BOSH est arrivée sans le certificat du serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) still unanswered when the session ended: given up (XEP-0124 §13).</source>
        <translation>
            <numerusform>%n requête encore sans réponse à la fin de la session : abandonnée (XEP-0124 §13).</numerusform>
            <numerusform>%n requêtes encore sans réponse à la fin de la session : abandonnées (XEP-0124 §13).</numerusform>
        </translation>
    </message>
    <message>
        <source>The response to rid %1 (HTTP %2) carries no Access-Control-Allow-Origin: a web client on a page at %3 could not read it (CORS).</source>
        <translation>La réponse au rid %1 (HTTP %2) ne porte pas d'Access-Control-Allow-Origin : un client web sur une page à %3 ne pourrait pas la lire (CORS).</translation>
    </message>
    <message>
        <source>The response to rid %1 (HTTP %2) allows the origin '%3', not %4: a web client on a page at %4 could not read it (CORS).</source>
        <translation>La réponse au rid %1 (HTTP %2) autorise l'origine '%3', pas %4 : un client web sur une page à %4 ne pourrait pas la lire (CORS).</translation>
    </message>
    <message>
        <source>A browser asks first with OPTIONS before posting text/xml from a page at %1 (a CORS preflight); this endpoint's answer would stop it: %2.</source>
        <translation>Un navigateur demande d'abord par OPTIONS avant d'envoyer du text/xml depuis une page à %1 (une requête préliminaire CORS) ; la réponse de ce point d'accès l'arrêterait : %2.</translation>
    </message>
    <message>
        <source>The session creation response does not advertise stream restarts (xmpp:restartlogic='true'), as XEP-0206 §4 asks of a connection manager that supports them; a login's restart after SASL shows whether it does.</source>
        <translation>La réponse à la création de session n'annonce pas les redémarrages de flux (xmpp:restartlogic='true'), comme XEP-0206 §4 le demande à un gestionnaire de connexions qui les prend en charge ; le redémarrage après SASL d'une connexion montre s'il le fait.</translation>
    </message>
</context>
<context>
    <name>Inspector::C2sForm</name>
    <message>
        <source>&amp;Account (JID):</source>
        <translation>&amp;Compte (JID) :</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Hôte (facultatif) :</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS :</translation>
    </message>
    <message>
        <source>&amp;Message to:</source>
        <translation>D&amp;estinataire du message :</translation>
    </message>
    <message>
        <source>user@example.org</source>
        <translation>utilisateur@example.org</translation>
    </message>
    <message>
        <source>used for this session only; never saved or recorded</source>
        <translation>utilisé pour cette session uniquement ; jamais enregistré ni consigné</translation>
    </message>
    <message>
        <source>Fetch the roster</source>
        <translation>Récupérer la liste de contacts</translation>
    </message>
    <message>
        <source>optional: a JID to send a message to</source>
        <translation>facultatif : un JID auquel envoyer un message</translation>
    </message>
    <message>
        <source>the message text</source>
        <translation>le texte du message</translation>
    </message>
    <message>
        <source>optional: any JID, e.g. a remote domain (federation test)</source>
        <translation>facultatif : n'importe quel JID, p. ex. un domaine distant (test de fédération)</translation>
    </message>
    <message>
        <source>Allow PLAIN without TLS (sends the password in the clear)</source>
        <translation>Autoriser PLAIN sans TLS (envoie le mot de passe en clair)</translation>
    </message>
    <message>
        <source>no: log out after the actions</source>
        <translation>non : se déconnecter après les actions</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send presence and stay online this long, recording what arrives; stanzas can be sent from the Console tab meanwhile.</source>
        <translation>Envoyer la présence et rester en ligne pendant cette durée, en consignant ce qui arrive ; des stanzas peuvent être envoyées depuis l'onglet Console pendant ce temps.</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d’&amp;AC :</translation>
    </message>
    <message>
        <source>empty: the domain's SRV records (DNS)</source>
        <translation>vide : les enregistrements SRV du domaine (DNS)</translation>
    </message>
    <message>
        <source>optional: PEM file of extra trust anchors</source>
        <translation>facultatif : fichier PEM d’ancres de confiance supplémentaires</translation>
    </message>
    <message>
        <source>Abort on certificate errors</source>
        <translation>Interrompre en cas d’erreur de certificat</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Send credentials even to a server whose certificate failed verification</source>
        <translation>Envoyer les identifiants même à un serveur dont le certificat a échoué à la vérification</translation>
    </message>
    <message>
        <source>Warning: an attacker in the middle would get the password (PLAIN) or a SCRAM proof.</source>
        <translation>Attention : un attaquant au milieu obtiendrait le mot de passe (PLAIN) ou une preuve SCRAM.</translation>
    </message>
    <message>
        <source>Whoever holds the certificate the server presented, possibly an attacker in the middle, gets the password (PLAIN) or a SCRAM proof to attack offline. For this session only; never saved in a profile.</source>
        <translation>Quiconque détient le certificat présenté par le serveur, peut-être un attaquant au milieu, obtient le mot de passe (PLAIN) ou une preuve SCRAM à attaquer hors ligne. Pour cette session seulement ; jamais enregistré dans un profil.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation>Resso&amp;urce :</translation>
    </message>
    <message>
        <source>Mechan&amp;ism:</source>
        <translation>M&amp;écanisme :</translation>
    </message>
    <message>
        <source>Minim&amp;um SCRAM iterations:</source>
        <translation>Itérati&amp;ons SCRAM minimales :</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <source>Step &amp;timeout:</source>
        <translation>Délai d'attente &amp;par étape :</translation>
    </message>
    <message>
        <source>Ping &amp;JID:</source>
        <translation>Ping &amp;vers le JID :</translation>
    </message>
    <message>
        <source>Stan&amp;zas file:</source>
        <translation>Fichier de stan&amp;zas :</translation>
    </message>
    <message>
        <source>Stay &amp;online:</source>
        <translation>Res&amp;ter en ligne :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>DNS (without a host)</source>
        <translation>DNS (sans hôte)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>After logging in</source>
        <translation>Après la connexion</translation>
    </message>
    <message>
        <source>Probe only: read the features, no login (no password)</source>
        <translation>Sonder seulement : lire les fonctionnalités, sans connexion (sans mot de passe)</translation>
    </message>
    <message>
        <source>empty: inspector</source>
        <translation>vide : inspector</translation>
    </message>
    <message>
        <source>The strongest offered</source>
        <translation>Le plus fort proposé</translation>
    </message>
    <message>
        <source>Stanzas to send</source>
        <translation>Stanzas à envoyer</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>Fichiers XML (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>optional: XML stanzas sent after binding</source>
        <translation>facultatif : stanzas XML envoyés après la liaison de la ressource</translation>
    </message>
    <message>
        <source>Read the stream features before TLS and after it, then close: nothing is sent that needs a password.</source>
        <translation>Lire les fonctionnalités du flux avant TLS et après, puis fermer : rien de ce qui demande un mot de passe n’est envoyé.</translation>
    </message>
    <message>
        <source>-PLUS: SCRAM with tls-server-end-point channel binding.</source>
        <translation>-PLUS : SCRAM avec liaison de canal tls-server-end-point.</translation>
    </message>
    <message>
        <source>Refuse a SCRAM iteration count below this (RFC 7677 §4).</source>
        <translation>Refuser un nombre d’itérations SCRAM inférieur (RFC 7677 §4).</translation>
    </message>
    <message>
        <source>DNS server and trust anchors apply without a host: DNS is not asked when the host says where to connect.</source>
        <translation>Le serveur DNS et les ancres de confiance s’appliquent sans hôte : le DNS n’est pas interrogé quand l’hôte indique où se connecter.</translation>
    </message>
    <message>
        <source>Stanzas file</source>
        <translation>Fichier de stanzas</translation>
    </message>
    <message>
        <source>Stream management (XEP-0198) when offered</source>
        <translation>Gestion de flux (XEP-0198) si proposée</translation>
    </message>
    <message>
        <source>Test resumption: drop the connection and resume</source>
        <translation>Tester la reprise : couper la connexion et reprendre</translation>
    </message>
    <message>
        <source>Enable it after binding, answer the server's acknowledgement requests, and check before closing that the server counted every stanza sent.</source>
        <translation>L'activer après la liaison de ressource, répondre aux demandes d'accusé du serveur et vérifier avant la fermeture que le serveur a compté chaque stanza envoyée.</translation>
    </message>
    <message>
        <source>Log in, enable stream management with resumption, send a message to yourself, drop TCP without closing the stream, then log in again and resume: what was sent again, and whether the message arrived exactly once (XEP-0198 §5).</source>
        <translation>Se connecter, activer la gestion de flux avec reprise, s'envoyer un message, couper TCP sans fermer le flux, puis se reconnecter et reprendre : ce qui a été renvoyé, et si le message est arrivé exactement une fois (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>Ask what the server offers (service discovery)</source>
        <translation>Demander ce que propose le serveur (découverte de services)</translation>
    </message>
    <message>
        <source>Service discovery of the server and of the account: message carbons, the message archive, every feature explained, and the server's entity capabilities hash checked (XEP-0030, XEP-0115).</source>
        <translation>Découverte de services du serveur et du compte : copies carbone, archive des messages, chaque fonction expliquée, et l'empreinte des capacités du serveur vérifiée (XEP-0030, XEP-0115).</translation>
    </message>
    <message>
        <source>empty: TCP; or wss://host/xmpp-websocket</source>
        <translation>vide : TCP ; ou wss://hôte/xmpp-websocket</translation>
    </message>
    <message>
        <source>Log in over WebSocket (RFC 7395), as a web client does: the URL's host is dialled and its certificate verified; host, port, TLS mode and DNS do not apply.</source>
        <translation>Se connecter par WebSocket (RFC 7395), comme un client web : l’hôte de l’URL est contacté et son certificat vérifié ; l’hôte, le port, le mode TLS et le DNS ne s’appliquent pas.</translation>
    </message>
    <message>
        <source>WebSoc&amp;ket URL:</source>
        <translation>URL &amp;WebSocket :</translation>
    </message>
    <message>
        <source>Try every path (SRV targets, WebSocket, BOSH)</source>
        <translation>Essayer chaque chemin (cibles SRV, WebSocket, BOSH)</translation>
    </message>
    <message>
        <source>optional: NAME:443:HOST:PORT, … (host-meta)</source>
        <translation>facultatif : NOM:443:HÔTE:PORT, … (host-meta)</translation>
    </message>
    <message>
        <source>Find every path a client may take (the SRV targets, then the endpoints of the domain's host-meta, XEP-0156) and try each: probed, or logged in on with a password; each with its outcome, TLS and the time to the features.</source>
        <translation>Trouver chaque chemin qu’un client peut prendre (les cibles SRV, puis les points d’accès du host-meta du domaine, XEP-0156) et les essayer tous : sondés, ou avec un mot de passe, avec authentification ; chacun avec son résultat, TLS et le temps jusqu’aux fonctionnalités.</translation>
    </message>
    <message>
        <source>Where HTTPS connections for a name and port go instead (a test server); the name is still the one verified.</source>
        <translation>Où vont à la place les connexions HTTPS pour un nom et un port (un serveur de test) ; c’est toujours le nom qui est vérifié.</translation>
    </message>
    <message>
        <source>HTTPS via: '%1' is not NAME:PORT:HOST:PORT.</source>
        <translation>HTTPS via : « %1 » n’est pas NOM:PORT:HÔTE:PORT.</translation>
    </message>
    <message>
        <source>HTTPS via applies when every path is tried (host-meta).</source>
        <translation>« HTTPS via » s’applique quand chaque chemin est essayé (host-meta).</translation>
    </message>
    <message>
        <source>HTTPS b&amp;y way of:</source>
        <translation>HTTPS re&amp;joint via :</translation>
    </message>
    <message>
        <source>&amp;BOSH URL:</source>
        <translation>URL &amp;BOSH :</translation>
    </message>
    <message>
        <source>empty: TCP; or https://host/http-bind</source>
        <translation>vide : TCP ; ou https://hôte/http-bind</translation>
    </message>
    <message>
        <source>Log in over BOSH (XEP-0206), as older web clients do: each HTTP request and response is recorded with its timing; no -PLUS mechanism over several connections. Host, port, TLS mode and DNS do not apply.</source>
        <translation>Se connecter par BOSH (XEP-0206), comme les anciens clients web : chaque requête et réponse HTTP est enregistrée avec sa durée ; aucun mécanisme -PLUS sur plusieurs connexions. Hôte, port, mode TLS et DNS ne s’appliquent pas.</translation>
    </message>
    <message>
        <source>Host, port and DNS do not apply with a WebSocket or BOSH URL: it says where to connect.</source>
        <translation>Hôte, port et DNS ne s’appliquent pas avec une URL WebSocket ou BOSH : elle dit où se connecter.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>The default: 5222, or 5223 with direct TLS.</source>
        <translation>Par défaut : 5222, ou 5223 avec TLS direct.</translation>
    </message>
    <message>
        <source>Web page ori&amp;gin:</source>
        <translation>Origine de la page h&amp;ôte :</translation>
    </message>
    <message>
        <source>Message te&amp;xt:</source>
        <translation>Te&amp;xte du message :</translation>
    </message>
    <message>
        <source>optional: the web client's, e.g. https://app.example</source>
        <translation>optionnel : celle du client web, p. ex. https://app.example</translation>
    </message>
    <message>
        <source>Send this Origin as a browser would for a web client on that page (WebSocket handshake, BOSH requests), and check the BOSH preflight and responses as the browser would (CORS).</source>
        <translation>Envoyer cet Origin comme le ferait un navigateur pour un client web sur cette page (poignée de main WebSocket, requêtes BOSH), et vérifier la requête préliminaire et les réponses BOSH comme le ferait le navigateur (CORS).</translation>
    </message>
</context>
<context>
    <name>Inspector::C2sSession</name>
    <message>
        <source>The server's XML is unacceptable at byte %1: %2</source>
        <translation>Le XML du serveur est inacceptable à l'octet %1 : %2</translation>
    </message>
    <message>
        <source>The server sent %1 bytes of cleartext after &lt;proceed/&gt;.</source>
        <translation>Le serveur a envoyé %1 octets en clair après &lt;proceed/&gt;.</translation>
    </message>
    <message>
        <source>The server closed the stream during %1.</source>
        <translation>Le serveur a fermé le flux pendant la phase %1.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation>Le serveur a fermé la connexion pendant la phase %1.</translation>
    </message>
    <message>
        <source>The server's header has no stream id (RFC 6120 §4.7.3).</source>
        <translation>L'en-tête de flux du serveur ne comporte pas d'identifiant de flux (stream id) (RFC 6120 §4.7.3).</translation>
    </message>
    <message>
        <source>The server closed the stream with &lt;%1/&gt;%2.</source>
        <translation>Le serveur a fermé le flux avec &lt;%1/&gt;%2.</translation>
    </message>
    <message>
        <source>The server answered &lt;starttls/&gt; with &lt;failure/&gt; (RFC 6120 §5.4.2.2).</source>
        <translation>Le serveur a répondu à &lt;starttls/&gt; par &lt;failure/&gt; (RFC 6120 §5.4.2.2).</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and --tls starttls requires it.</source>
        <translation>Le serveur ne propose pas STARTTLS, alors que --tls starttls l'exige.</translation>
    </message>
    <message>
        <source>The server does not offer resource binding (RFC 6120 §7 requires it).</source>
        <translation>Le serveur ne propose pas la liaison de ressource (la RFC 6120 §7 l'exige).</translation>
    </message>
    <message>
        <source>The server does not offer %1 (it offers %2).</source>
        <translation>Le serveur ne propose pas %1 (il propose %2).</translation>
    </message>
    <message>
        <source>PLAIN on an unencrypted stream would send the password in the clear; use TLS, or --allow-plaintext if you really mean it.</source>
        <translation>PLAIN sur un flux non chiffré enverrait le mot de passe en clair ; utilisez TLS, ou --allow-plaintext si c'est vraiment ce que vous voulez.</translation>
    </message>
    <message>
        <source>The server offers only PLAIN, and the stream is not encrypted; this client refuses to send the password in the clear (--allow-plaintext overrides).</source>
        <translation>Le serveur ne propose que PLAIN et le flux n'est pas chiffré ; ce client refuse d'envoyer le mot de passe en clair (--allow-plaintext passe outre).</translation>
    </message>
    <message>
        <source>No SASL mechanism this client supports is offered (%1).</source>
        <translation>Aucun mécanisme SASL pris en charge par ce client n'est proposé (%1).</translation>
    </message>
    <message>
        <source>The server does not say which channel binding it uses (XEP-0440); this client binds to tls-server-end-point.</source>
        <translation>Le serveur n'indique pas quelle liaison de canal il utilise (XEP-0440) ; ce client utilise tls-server-end-point.</translation>
    </message>
    <message>
        <source>No tls-server-end-point data could be made from the server's certificate.</source>
        <translation>Impossible de produire les données tls-server-end-point à partir du certificat du serveur.</translation>
    </message>
    <message>
        <source>An unexpected SASL challenge.</source>
        <translation>Challenge SASL inattendu.</translation>
    </message>
    <message>
        <source>The server uses %1 SCRAM iterations; RFC 7677 §4 asks for at least 4096.</source>
        <translation>Le serveur utilise %1 itérations SCRAM ; la RFC 7677 §4 en demande au moins 4096.</translation>
    </message>
    <message>
        <source>%1 failed with &lt;%2/&gt;%3 (RFC 6120 §6.5).</source>
        <translation>%1 a échoué avec &lt;%2/&gt;%3 (RFC 6120 §6.5).</translation>
    </message>
    <message>
        <source>Resource binding failed: %1</source>
        <translation>La liaison de ressource a échoué : %1</translation>
    </message>
    <message>
        <source>No answer to the ping of %1 within %2 ms.</source>
        <translation>Aucune réponse au ping de %1 dans un délai de %2 ms.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 ms during %2.</source>
        <translation>Aucune réponse du serveur dans un délai de %1 ms pendant la phase %2.</translation>
    </message>
    <message>
        <source>Stanzas can be sent only while the session stays online (see Stay online).</source>
        <translation>Les stanzas ne peuvent être envoyées que tant que la session reste en ligne (voir « Rester en ligne »).</translation>
    </message>
    <message>
        <source>This client cannot use %1; it supports SCRAM-SHA-1, SCRAM-SHA-256 (with -PLUS) and PLAIN.</source>
        <translation>Ce client ne peut pas utiliser %1 ; il prend en charge SCRAM-SHA-1, SCRAM-SHA-256 (avec -PLUS) et PLAIN.</translation>
    </message>
    <message>
        <source>The server did not answer &lt;abort/&gt; within %1 ms.</source>
        <translation>Le serveur n’a pas répondu à &lt;abort/&gt; en %1 ms.</translation>
    </message>
    <message>
        <source>The user name cannot be used: %1.</source>
        <translation>Le nom d’utilisateur est inutilisable : %1.</translation>
    </message>
    <message>
        <source>The password cannot be used: %1.</source>
        <translation>Le mot de passe est inutilisable : %1.</translation>
    </message>
    <message>
        <source>The server asks for %1 SCRAM iterations, fewer than %2 (RFC 7677 §4 asks for at least 4096); the proof was not sent (--min-scram-iterations lowers the floor).</source>
        <translation>Le serveur demande %1 itérations SCRAM, moins de %2 (la RFC 7677 §4 en demande au moins 4096) ; la preuve n’a pas été envoyée (--min-scram-iterations abaisse le plancher).</translation>
    </message>
    <message>
        <source>nothing that proves the password was sent (--insecure-credentials sends it anyway)</source>
        <translation>rien qui prouve le mot de passe n’a été envoyé (--insecure-credentials l’envoie quand même)</translation>
    </message>
    <message>
        <source>Credentials withheld: the stream is not encrypted; %1.</source>
        <translation>Identifiants retenus : le flux n’est pas chiffré ; %1.</translation>
    </message>
    <message>
        <source>Credentials withheld: the server's certificate is not trusted: %1; %2.</source>
        <translation>Identifiants retenus : le certificat du serveur n’est pas de confiance : %1 ; %2.</translation>
    </message>
    <message>
        <source>Credentials withheld: the server presented no certificate; %1.</source>
        <translation>Identifiants retenus : le serveur n’a présenté aucun certificat ; %1.</translation>
    </message>
    <message>
        <source>Credentials withheld: the server's certificate is not valid for %1 (name mismatch: no DNS-ID, SRV-ID or XmppAddr names it, RFC 9525); %2.</source>
        <translation>Identifiants retenus : le certificat du serveur n’est pas valide pour %1 (nom discordant : aucun DNS-ID, SRV-ID ou XmppAddr ne le nomme, RFC 9525) ; %2.</translation>
    </message>
    <message>
        <source>No DNSSEC-secure TLSA record matches the certificate %1 presented.</source>
        <translation>Aucun enregistrement TLSA sécurisé par DNSSEC ne correspond au certificat présenté par %1.</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport : %1</translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <source>The server refused to enable stream management: nothing to resume (XEP-0198 §3).</source>
        <translation>Le serveur a refusé d'activer la gestion de flux : rien à reprendre (XEP-0198 §3).</translation>
    </message>
    <message>
        <source>The server refused to resume the session it had enabled for resumption: &lt;failed/&gt; with &lt;%1/&gt; (XEP-0198 §5).</source>
        <translation>Le serveur a refusé de reprendre la session dont il avait permis la reprise : &lt;failed/&gt; avec &lt;%1/&gt; (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>The server does not offer stream management (urn:xmpp:sm:3) after binding: nothing to resume.</source>
        <translation>Le serveur ne propose pas la gestion de flux (urn:xmpp:sm:3) après la liaison : rien à reprendre.</translation>
    </message>
    <message>
        <source>The resumed stream did not answer &lt;r/&gt; within %1 ms: what it handled is unknown (XEP-0198 §4).</source>
        <translation>Le flux repris n'a pas répondu à &lt;r/&gt; en %1 ms : on ignore ce qu'il a traité (XEP-0198 §4).</translation>
    </message>
    <message>
        <source>The server enabled stream management without resumption (no resume='true' and id in &lt;enabled/&gt;, XEP-0198 §5).</source>
        <translation>Le serveur a activé la gestion de flux sans reprise (ni resume='true' ni id dans &lt;enabled/&gt;, XEP-0198 §5).</translation>
    </message>
    <message>
        <source>TCP dropped without closing the stream, after %1 stanzas sent and %2 handled, to resume the session on a new connection.</source>
        <translation>TCP coupé sans fermer le flux, après %1 stanzas envoyées et %2 traitées, pour reprendre la session sur une nouvelle connexion.</translation>
    </message>
    <message>
        <source>The server does not offer stream management on the new stream; trying to resume all the same.</source>
        <translation>Le serveur ne propose pas la gestion de flux sur le nouveau flux ; la reprise est tentée quand même.</translation>
    </message>
    <message>
        <source>The session resumed, but the message sent just before the drop never arrived: it was lost (XEP-0198 §5).</source>
        <translation>La session a repris, mais le message envoyé juste avant la coupure n'est jamais arrivé : il a été perdu (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>The session resumed, but the message sent just before the drop arrived %1 times (XEP-0198 §5).</source>
        <translation>La session a repris, mais le message envoyé juste avant la coupure est arrivé %1 fois (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>The server closed the stream during %1 and sends clients to %2 instead (RFC 7395 §3.6.1).</source>
        <translation>Le serveur a fermé le flux pendant %1 et envoie les clients vers %2 à la place (RFC 7395 §3.6.1).</translation>
    </message>
    <message>
        <source>The server offers STARTTLS over WebSocket, which it must not (RFC 7395 §3.9); ignored.</source>
        <translation>Le serveur propose STARTTLS par WebSocket, ce qu’il ne doit pas faire (RFC 7395 §3.9) ; ignoré.</translation>
    </message>
    <message>
        <source>Credentials withheld: the certificate names %1 only by its %2, which proves nothing for a web endpoint (a DNS-ID is needed); %3.</source>
        <translation>Identifiants retenus : le certificat ne nomme %1 que par son %2, ce qui ne prouve rien pour un point d’accès web (un DNS-ID est nécessaire) ; %3.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS over BOSH; ignored (XEP-0206 §4).</source>
        <translation>Le serveur propose STARTTLS par BOSH ; ignoré (XEP-0206 §4).</translation>
    </message>
    <message>
        <source>%1 cannot be used over BOSH: its requests travel over several TLS connections, with no one channel to bind to.</source>
        <translation>%1 ne peut pas être utilisé par BOSH : ses requêtes passent par plusieurs connexions TLS, sans canal unique auquel se lier.</translation>
    </message>
    <message>
        <source>The server's stream is from %1, not %2, the domain asked for (RFC 6120 §4.7.1).</source>
        <translation>Le flux du serveur vient de %1, et non de %2, le domaine demandé (RFC 6120 §4.7.1).</translation>
    </message>
    <message>
        <source>The server did not answer &lt;enable/&gt; within %1 ms (XEP-0198 §3).</source>
        <translation>Le serveur n'a pas répondu à &lt;enable/&gt; en %1 ms (XEP-0198 §3).</translation>
    </message>
</context>
<context>
    <name>Inspector::Caps</name>
    <message>
        <source>the identity %1 twice</source>
        <translation>l'identité %1 en double</translation>
    </message>
    <message>
        <source>the feature %1 twice</source>
        <translation>la fonction %1 en double</translation>
    </message>
    <message>
        <source>a form with %1 FORM_TYPE values</source>
        <translation>un formulaire avec %1 valeurs FORM_TYPE</translation>
    </message>
    <message>
        <source>two forms of FORM_TYPE %1</source>
        <translation>deux formulaires de FORM_TYPE %1</translation>
    </message>
</context>
<context>
    <name>Inspector::CertificateDialog</name>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>server certificate</source>
        <translation>certificat du serveur</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>émetteur %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Save certificate as PEM…</source>
        <translation>Enregistrer le certificat au format PEM…</translation>
    </message>
    <message>
        <source>Save chain as PEM…</source>
        <translation>Enregistrer la chaîne au format PEM…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>Noms DNS</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Usage de la clé</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Usage étendu de la clé</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>There is no certificate to save.</source>
        <translation>Il n'y a aucun certificat à enregistrer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save chain</source>
        <translation>Enregistrer la chaîne</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>Fichiers PEM (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Inspector::ClientRoute</name>
    <message>
        <source>%1 declares no XMPP client service (SRV target ".", RFC 6120 §3.2.1).</source>
        <translation>%1 ne déclare aucun service client XMPP (cible SRV « . », RFC 6120 §3.2.1).</translation>
    </message>
    <message>
        <source>No address found for %1 (%2).</source>
        <translation>Aucune adresse trouvée pour %1 (%2).</translation>
    </message>
    <message>
        <source>no SRV, A or AAAA record</source>
        <translation>aucun enregistrement SRV, A ou AAAA</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2, port %3, from %4).</source>
        <translation>Connexion à %1 (%2, port %3, d’après %4).</translation>
    </message>
    <message>
        <source>The DNSSEC validation of %1 failed: no candidate can be used (RFC 7673 §3.1).</source>
        <translation>La validation DNSSEC de %1 a échoué : aucun candidat ne peut être utilisé (RFC 7673 §3.1).</translation>
    </message>
</context>
<context>
    <name>Inspector::ConsolePane</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Type or paste stanzas, e.g. &lt;iq type='get' id='v1'&gt;&lt;query xmlns='jabber:iq:version'/&gt;&lt;/iq&gt; — Ctrl+Return sends</source>
        <translation>Saisissez ou collez des stanzas, p. ex. &lt;iq type='get' id='v1'&gt;&lt;query xmlns='jabber:iq:version'/&gt;&lt;/iq&gt; — Ctrl+Entrée pour envoyer</translation>
    </message>
    <message>
        <source>Send on the session's authenticated stream (Ctrl+Return)</source>
        <translation>Envoyer sur le flux authentifié de la session (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>This session cannot send stanzas (S2S or client sessions only).</source>
        <translation>Cette session ne peut pas envoyer de stanzas (sessions S2S ou client uniquement).</translation>
    </message>
    <message>
        <source>Not connected: stanzas can be sent once the stream is authenticated, while the session stays open (set “Stay open” / “Stay online”).</source>
        <translation>Non connecté : les stanzas peuvent être envoyées une fois le flux authentifié, tant que la session reste ouverte (réglez « Rester ouvert » / « Rester en ligne »).</translation>
    </message>
    <message>
        <source>Ready: type stanzas to send on the authenticated stream.</source>
        <translation>Prêt : saisissez les stanzas à envoyer sur le flux authentifié.</translation>
    </message>
    <message numerus="yes">
        <source>Well-formed: %n element(s) to send.</source>
        <translation>
            <numerusform>Bien formé : %n élément à envoyer.</numerusform>
            <numerusform>Bien formé : %n éléments à envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n'a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n element(s).</source>
        <translation>
            <numerusform>%n élément envoyé.</numerusform>
            <numerusform>%n éléments envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session has ended: nothing more can be sent on it. Run it again (Ctrl+R) to open a new one.</source>
        <translation>La session est terminée : plus rien ne peut y être envoyé. Relancez-la (Ctrl+R) pour en ouvrir une nouvelle.</translation>
    </message>
</context>
<context>
    <name>Inspector::DialbackVerifier</name>
    <message>
        <source>The authoritative server for %1 answered the verification with &lt;%2/&gt;%3; the initiating server is told &lt;remote-server-not-found/&gt; (XEP-0220 §2.5).</source>
        <translation>Le serveur faisant autorité pour %1 a répondu à la vérification par &lt;%2/&gt;%3 ; le serveur initiateur reçoit &lt;remote-server-not-found/&gt; (XEP-0220 §2.5).</translation>
    </message>
    <message>
        <source>No verification from the authoritative server for %1: %2</source>
        <translation>Aucune vérification du serveur faisant autorité pour %1 : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::DnsFields</name>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Serveur DN&amp;S :</translation>
    </message>
    <message>
        <source>IP[:PORT]; empty: the system's resolver</source>
        <translation>IP[:PORT] ; vide : le résolveur du système</translation>
    </message>
    <message>
        <source>DS/DNSKEY files, separated by ';'; empty: the root key</source>
        <translation>fichiers DS/DNSKEY, séparés par « ; » ; vide : la clé de la racine</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors in zone-file format, instead of the root zone's key. With a DNS server and no trust anchor, nothing is validated.</source>
        <translation>Ancres de confiance DNSSEC au format fichier de zone, au lieu de la clé de la zone racine. Avec un serveur DNS et sans ancre de confiance, rien n’est validé.</translation>
    </message>
    <message>
        <source>DNS server: %1</source>
        <translation>Serveur DNS : %1</translation>
    </message>
    <message>
        <source>Trust anchors: %1.</source>
        <translation>Ancres de confiance : %1.</translation>
    </message>
    <message>
        <source>Trust a&amp;nchors:</source>
        <translation>A&amp;ncres de confiance :</translation>
    </message>
    <message>
        <source>SR&amp;V seed:</source>
        <translation>Gra&amp;ine SRV :</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors</source>
        <translation>Ancres de confiance DNSSEC</translation>
    </message>
    <message>
        <source>Zone files (*.key *.ds *.zone);;All files (*)</source>
        <translation>Fichiers de zone (*.key *.ds *.zone);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Ancres de confiance</translation>
    </message>
    <message>
        <source>empty: a random order</source>
        <translation>vide : un ordre aléatoire</translation>
    </message>
    <message>
        <source>Seed of the weighted random order of SRV targets of equal priority (RFC 2782), to repeat a run's order: 0 to 4294967295.</source>
        <translation>Graine de l’ordre aléatoire pondéré des cibles SRV de même priorité (RFC 2782), pour reproduire l’ordre d’une exécution : de 0 à 4294967295.</translation>
    </message>
    <message>
        <source>SRV seed: '%1' is not a number from 0 to 4294967295.</source>
        <translation>Graine SRV : « %1 » n’est pas un nombre de 0 à 4294967295.</translation>
    </message>
</context>
<context>
    <name>Inspector::DnsSession</name>
    <message>
        <source>Stopped before the lookup ended.</source>
        <translation>Arrêté avant la fin de la résolution.</translation>
    </message>
    <message>
        <source>No usable candidate for %1.</source>
        <translation>Aucun candidat utilisable pour %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::Ending</name>
    <message>
        <source>The peer did not close its stream within %1 ms; closing TCP.</source>
        <translation>Le pair n'a pas fermé son flux dans un délai de %1 ms ; fermeture de la connexion TCP.</translation>
    </message>
    <message>
        <source>Later error (the first one decides): %1</source>
        <translation>Erreur ultérieure (la première est déterminante) : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::EventDetailPane</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>Octets bruts</translation>
    </message>
    <message>
        <source>Recorded data</source>
        <translation>Données enregistrées</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Événement sélectionné</translation>
    </message>
    <message>
        <source>The selected event: when and where it happened, what it means, and its bytes</source>
        <translation>L’événement sélectionné : quand et où il a eu lieu, ce qu’il signifie, et ses octets</translation>
    </message>
    <message>
        <source>Event in readable form</source>
        <translation>Événement sous forme lisible</translation>
    </message>
    <message>
        <source>Raw bytes of the event</source>
        <translation>Octets bruts de l’événement</translation>
    </message>
    <message>
        <source>Recorded data of the event</source>
        <translation>Données enregistrées de l’événement</translation>
    </message>
</context>
<context>
    <name>Inspector::FeaturesModel</name>
    <message>
        <source>after SASL</source>
        <translation>après SASL</translation>
    </message>
    <message>
        <source>after TLS</source>
        <translation>après TLS</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>initiales</translation>
    </message>
    <message>
        <source>Connection %1 · %2 · offered by %3</source>
        <translation>Connexion %1 · %2 · proposées par %3</translation>
    </message>
    <message>
        <source>the peer</source>
        <translation>le pair</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
</context>
<context>
    <name>Inspector::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
    <message>
        <source>Choose files; they are added to those already given</source>
        <translation>Choisir des fichiers ; ils s’ajoutent à ceux déjà indiqués</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>%1: '%2' does not exist.</source>
        <translation>%1 : « %2 » n’existe pas.</translation>
    </message>
    <message>
        <source>%1: '%2' cannot be read: %3</source>
        <translation>%1 : « %2 » ne peut pas être lu : %3</translation>
    </message>
    <message>
        <source>%1: '%2' contains no PEM certificate.</source>
        <translation>%1 : « %2 » ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1: '%2': %3</source>
        <translation>%1 : « %2 » : %3</translation>
    </message>
    <message>
        <source>%1: '%2' is not a regular file.</source>
        <translation>%1 : « %2 » n’est pas un fichier ordinaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1: '%2' is larger than %n MiB.</source>
        <translation>
            <numerusform>%1 : « %2 » dépasse %n Mio.</numerusform>
            <numerusform>%1 : « %2 » dépasse %n Mio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::FramedParser</name>
    <message>
        <source>A closing stream tag in a WebSocket message: the stream ends with &lt;close/&gt; (RFC 7395 §3.6).</source>
        <translation>Une balise de fin de flux dans un message WebSocket : le flux se termine par &lt;close/&gt; (RFC 7395 §3.6).</translation>
    </message>
    <message>
        <source>A WebSocket message ends inside an element: each message must hold one whole element (RFC 7395 §3.3.3).</source>
        <translation>Un message WebSocket se termine au milieu d’un élément : chaque message doit contenir un élément entier (RFC 7395 §3.3.3).</translation>
    </message>
    <message>
        <source>A WebSocket message holds more than one element: each message must hold exactly one (RFC 7395 §3.3.3).</source>
        <translation>Un message WebSocket contient plus d’un élément : chaque message doit en contenir exactement un (RFC 7395 §3.3.3).</translation>
    </message>
    <message>
        <source>&lt;%1/&gt; declares no namespace: over WebSocket each message declares every namespace it uses (RFC 7395 §3.3.3).</source>
        <translation>&lt;%1/&gt; ne déclare aucun espace de noms : par WebSocket, chaque message déclare chaque espace de noms qu’il utilise (RFC 7395 §3.3.3).</translation>
    </message>
</context>
<context>
    <name>Inspector::GuideDialog</name>
    <message>
        <source>XMPP Inspector Guide</source>
        <translation>Guide d'XMPP Inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Finding, certificates, console and profiles&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Type in the &lt;i&gt;Find&lt;/i&gt; field and press F3 (Shift+F3 backwards) to go from one matching row to the next; Ctrl+Shift+L clears the filter.&lt;/li&gt;&lt;li&gt;Double-click a certificate in the summary for all its fields; the dialog saves it, or the whole chain, as PEM.&lt;/li&gt;&lt;li&gt;With &lt;b&gt;Stay open&lt;/b&gt; or &lt;b&gt;Stay online&lt;/b&gt; set in the session form, the &lt;b&gt;Console&lt;/b&gt; tab sends stanzas you type on the authenticated stream; they are checked for well-formedness as you type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save as profile…&lt;/b&gt; in the new-session dialog keeps a form for later. Secrets are kept only in the system keychain, and only if you ask.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Recherche, certificats, console et profils&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Saisissez du texte dans le champ &lt;i&gt;Rechercher&lt;/i&gt; et appuyez sur F3 (Maj+F3 pour revenir en arrière) pour passer d'une ligne correspondante à la suivante ; Ctrl+Maj+L efface le filtre.&lt;/li&gt;&lt;li&gt;Double-cliquez sur un certificat dans le résumé pour afficher tous ses champs ; la boîte de dialogue permet de l'enregistrer, seul ou avec toute la chaîne, au format PEM.&lt;/li&gt;&lt;li&gt;Lorsque &lt;b&gt;Rester ouvert&lt;/b&gt; ou &lt;b&gt;Rester en ligne&lt;/b&gt; est réglé dans le formulaire de session, l'onglet &lt;b&gt;Console&lt;/b&gt; envoie sur le flux authentifié les stanzas que vous saisissez ; leur bonne formation XML est vérifiée au fil de la saisie.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Enregistrer comme profil…&lt;/b&gt;, dans la boîte de dialogue de nouvelle session, conserve un formulaire pour plus tard. Les secrets ne sont conservés que dans le trousseau du système, et seulement si vous le demandez.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;XMPP Inspector&lt;/h2&gt;&lt;p&gt;Each session is a tab. Side by side it shows the &lt;b&gt;stream&lt;/b&gt; (every element, stream header, keepalive, phase and fact as a row) with the &lt;b&gt;detail&lt;/b&gt; of the selected event below it, the &lt;b&gt;phase timeline&lt;/b&gt; (one row per connection, each phase a bar as long as it took, the slowest in amber), the &lt;b&gt;sequence diagram&lt;/b&gt; with one lane per party, the &lt;b&gt;features&lt;/b&gt; of every stream and the &lt;b&gt;outcome&lt;/b&gt;. Selecting an event in one pane selects it in the others. &lt;b&gt;View → Reset layout&lt;/b&gt; gives every pane its default size back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;XMPP Inspector&lt;/h2&gt;&lt;p&gt;Chaque session est un onglet. Côte à côte, il montre le &lt;b&gt;flux&lt;/b&gt; (chaque élément, en-tête de flux, maintien de connexion, phase et fait sur une ligne) avec le &lt;b&gt;détail&lt;/b&gt; de l’événement sélectionné en dessous, la &lt;b&gt;chronologie des phases&lt;/b&gt; (une ligne par connexion, chaque phase une barre aussi longue que sa durée, la plus lente en ambre), le &lt;b&gt;diagramme de séquence&lt;/b&gt; avec un couloir par partie, les &lt;b&gt;fonctionnalités&lt;/b&gt; de chaque flux et le &lt;b&gt;résultat&lt;/b&gt;. Sélectionner un événement dans un volet le sélectionne dans les autres. &lt;b&gt;Affichage → Réinitialiser la disposition&lt;/b&gt; rend à chaque volet sa taille par défaut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading the stream&lt;/h3&gt;&lt;p&gt;Filter by text, connection and kind. The detail pane heads the selected event with its time, connection, direction and kind, and shows it as XML or in sentences, with an explanation of what it does in the protocol and its specification; its exact bytes and recorded data are in their own tabs.&lt;/p&gt;&lt;h3&gt;The outcome and findings&lt;/h3&gt;&lt;p&gt;The outcome says whether the session succeeded, succeeded with problems or failed, then gives the dialback and SASL verdicts, TLS and the certificate chain, the ping round trip and every connection. Each &lt;b&gt;finding&lt;/b&gt; unfolds to what it means, what to do, the specification it comes from and its code (for example TLS-IDENTITY-MISMATCH or DIALBACK-INVALID).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lire le flux&lt;/h3&gt;&lt;p&gt;Filtrez par texte, connexion et type. Le volet de détail donne pour l’événement sélectionné son heure, sa connexion, son sens et son type, et le montre en XML ou en phrases, avec une explication de son rôle dans le protocole et sa spécification ; ses octets exacts et ses données enregistrées sont dans leurs propres onglets.&lt;/p&gt;&lt;h3&gt;Le résultat et les constats&lt;/h3&gt;&lt;p&gt;Le résultat dit si la session a réussi, réussi avec des problèmes ou échoué, puis donne les verdicts de dialback et de SASL, TLS et la chaîne de certificats, l’aller-retour du ping et chaque connexion. Chaque &lt;b&gt;constat&lt;/b&gt; se déplie sur ce qu’il signifie, ce qu’il faut faire, la spécification dont il vient et son code (par exemple TLS-IDENTITY-MISMATCH ou DIALBACK-INVALID).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Transcripts and replay&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File → Save transcript&lt;/b&gt; writes the whole session to a &lt;tt&gt;.xitrace&lt;/tt&gt; file; dialback keys and SASL payloads are replaced by &lt;tt&gt;[redacted:LENGTH]&lt;/tt&gt;. Opening one replays the session: step, play slowly or fast, seek, and &lt;b&gt;Narrate&lt;/b&gt; to show each step's element, explanation and specification in large type; every pane shows the state at the cursor. &lt;b&gt;File → Export&lt;/b&gt; writes an HTML report, Markdown, text or JSON; &lt;b&gt;File → Compare&lt;/b&gt; lists what differs between two sessions.&lt;/p&gt;&lt;h3&gt;Command line&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;xmpp-inspector-cli&lt;/tt&gt; runs the same engine without a display and prints JSON: &lt;tt&gt;s2s&lt;/tt&gt;, &lt;tt&gt;c2s&lt;/tt&gt;, &lt;tt&gt;dns&lt;/tt&gt;, &lt;tt&gt;listen&lt;/tt&gt;, &lt;tt&gt;lab&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; and &lt;tt&gt;diff&lt;/tt&gt;. See &lt;tt&gt;man xmpp-inspector-cli&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Transcriptions et relecture&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Fichier → Enregistrer la transcription&lt;/b&gt; écrit toute la session dans un fichier &lt;tt&gt;.xitrace&lt;/tt&gt; ; les clés de dialback et les données SASL sont remplacées par &lt;tt&gt;[redacted:LONGUEUR]&lt;/tt&gt;. En ouvrir une rejoue la session : pas à pas, lentement ou vite, avec recherche, et &lt;b&gt;Narrer&lt;/b&gt; pour montrer en grand l’élément de chaque étape, son explication et sa spécification ; chaque volet montre l’état au curseur. &lt;b&gt;Fichier → Exporter&lt;/b&gt; écrit un rapport HTML, du Markdown, du texte ou du JSON ; &lt;b&gt;Fichier → Comparer&lt;/b&gt; liste ce qui diffère entre deux sessions.&lt;/p&gt;&lt;h3&gt;Ligne de commande&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;xmpp-inspector-cli&lt;/tt&gt; exécute le même moteur sans affichage et produit du JSON : &lt;tt&gt;s2s&lt;/tt&gt;, &lt;tt&gt;c2s&lt;/tt&gt;, &lt;tt&gt;dns&lt;/tt&gt;, &lt;tt&gt;listen&lt;/tt&gt;, &lt;tt&gt;lab&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; et &lt;tt&gt;diff&lt;/tt&gt;. Voir &lt;tt&gt;man xmpp-inspector-cli&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Starting a session&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Session → Built-in lab&lt;/b&gt; (Ctrl+L) runs a complete federation on this machine between roles of this tool: no server needed. Its variants show what goes wrong with a wrong dialback key, SASL EXTERNAL, TLS required but not offered, or a certificate for the wrong name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Session → New session…&lt;/b&gt; (Ctrl+N) opens a server-to-server session (your domain, the remote domain; optionally a host and port, TLS mode, dialback or SASL EXTERNAL, ping, disco and software version) or logs in as a user on the &lt;i&gt;Client&lt;/i&gt; tab (SCRAM, roster, a message, a ping across federation). The forms offer every option of the command line and open as the last session left them, secrets excepted.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Session → Run again&lt;/b&gt; (Ctrl+R) starts the current tab's session again in a new tab; &lt;b&gt;Session → Edit and run again…&lt;/b&gt; (Ctrl+Shift+R) opens it in the new-session form first, to change it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Démarrer une session&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Session → Laboratoire intégré&lt;/b&gt; (Ctrl+L) exécute une fédération complète sur cette machine entre des rôles de cet outil : aucun serveur n’est nécessaire. Ses variantes montrent ce qui échoue avec une mauvaise clé de dialback, SASL EXTERNAL, TLS exigé mais non proposé, ou un certificat au mauvais nom.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Session → Nouvelle session…&lt;/b&gt; (Ctrl+N) ouvre une session de serveur à serveur (votre domaine, le domaine distant ; en option un hôte et un port, le mode TLS, dialback ou SASL EXTERNAL, ping, disco et version du logiciel) ou se connecte comme utilisateur dans l’onglet &lt;i&gt;Client&lt;/i&gt; (SCRAM, liste de contacts, un message, un ping à travers la fédération). Les formulaires offrent toutes les options de la ligne de commande et s’ouvrent comme la dernière session les a laissés, secrets exceptés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Session → Relancer&lt;/b&gt; (Ctrl+R) relance la session de l’onglet actuel dans un nouvel onglet ; &lt;b&gt;Session → Modifier et relancer…&lt;/b&gt; (Ctrl+Maj+R) l’ouvre d’abord dans le formulaire de nouvelle session, pour la modifier.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F, F3, Shift+F3&lt;/td&gt;&lt;td&gt;find in the stream, next, previous&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+F, Ctrl+Shift+L&lt;/td&gt;&lt;td&gt;filter the stream, clear the filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Shift+Tab&lt;/td&gt;&lt;td&gt;from pane to pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Tab, Ctrl+PgDn&lt;/td&gt;&lt;td&gt;next session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Tab, Ctrl+PgUp&lt;/td&gt;&lt;td&gt;previous session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;run the session again&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;edit the session and run it again&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;copy the selected element&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space, Left, Right, Home, End&lt;/td&gt;&lt;td&gt;in replay: play or pause, step back or forward, go to the start or the end&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Left, Right&lt;/td&gt;&lt;td&gt;in the phase timeline: the previous or next phase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Plus, Ctrl+Minus, Ctrl+0&lt;/td&gt;&lt;td&gt;zoom the diagram, fit it&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Clavier&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F, F3, Maj+F3&lt;/td&gt;&lt;td&gt;chercher dans le flux, suivant, précédent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+F, Ctrl+Maj+L&lt;/td&gt;&lt;td&gt;filtrer le flux, effacer le filtre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, Maj+Tab&lt;/td&gt;&lt;td&gt;d’un volet à l’autre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Tab, Ctrl+Page suiv.&lt;/td&gt;&lt;td&gt;session suivante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+Tab, Ctrl+Page préc.&lt;/td&gt;&lt;td&gt;session précédente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;relancer la session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+R&lt;/td&gt;&lt;td&gt;modifier la session et la relancer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+C&lt;/td&gt;&lt;td&gt;copier l’élément sélectionné&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Espace, Gauche, Droite, Début, Fin&lt;/td&gt;&lt;td&gt;en relecture : lire ou mettre en pause, reculer ou avancer d’une étape, aller au début ou à la fin&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gauche, Droite&lt;/td&gt;&lt;td&gt;dans la chronologie des phases : la phase précédente ou suivante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Plus, Ctrl+Moins, Ctrl+0&lt;/td&gt;&lt;td&gt;zoomer le diagramme, l’ajuster&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>Inspector::HostMetaFetch</name>
    <message>
        <source>%1 has no address</source>
        <translation>%1 n’a pas d’adresse</translation>
    </message>
    <message>
        <source>no whole answer within %1 s</source>
        <translation>pas de réponse complète en %1 s</translation>
    </message>
    <message>
        <source>larger than %1 KiB: refused</source>
        <translation>plus de %1 Kio : refusé</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>échec de TLS : %1</translation>
    </message>
    <message>
        <source>the certificate was refused: %1</source>
        <translation>le certificat a été refusé : %1</translation>
    </message>
    <message>
        <source>nothing listens on %1 port %2</source>
        <translation>rien n’écoute sur %1 port %2</translation>
    </message>
    <message>
        <source>HTTP %1: not there</source>
        <translation>HTTP %1 : absent</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>redirected to '%1', not an https: URL: not followed</source>
        <translation>redirigé vers « %1 », pas une URL https: : non suivi</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>stopped before the answer</source>
        <translation>arrêté avant la réponse</translation>
    </message>
</context>
<context>
    <name>Inspector::InboundS2s</name>
    <message>
        <source>The peer sent nothing for %1 ms during %2.</source>
        <translation>Le pair n'a rien envoyé pendant %1 ms lors de la phase %2.</translation>
    </message>
    <message>
        <source>The peer's XML is unacceptable at byte %1: %2</source>
        <translation>Le XML du pair est inacceptable à l'octet %1 : %2</translation>
    </message>
    <message>
        <source>The peer sent %1 bytes of cleartext after &lt;starttls/&gt;.</source>
        <translation>Le pair a envoyé %1 octets en clair après &lt;starttls/&gt;.</translation>
    </message>
    <message>
        <source>The connection failed during %1: %2</source>
        <translation>La connexion a échoué pendant la phase %1 : %2</translation>
    </message>
    <message>
        <source>The peer closed the TCP connection during %1.</source>
        <translation>Le pair a fermé la connexion TCP pendant la phase %1.</translation>
    </message>
    <message>
        <source>The peer's content namespace is '%1', not jabber:server.</source>
        <translation>L'espace de noms de contenu du pair est « %1 », et non jabber:server.</translation>
    </message>
    <message>
        <source>The peer asked for '%1', which this side does not serve (%2).</source>
        <translation>Le pair a demandé « %1 », que ce côté ne gère pas (%2).</translation>
    </message>
    <message>
        <source>The peer is pre-1.0 (no version): no features are sent.</source>
        <translation>Le pair est antérieur à la version 1.0 (aucune version) : aucune fonctionnalité n'est envoyée.</translation>
    </message>
    <message>
        <source>The peer sent a stream error: %1</source>
        <translation>Le pair a envoyé une erreur de flux : %1</translation>
    </message>
    <message>
        <source>Unexpected element {%1}%2.</source>
        <translation>Élément inattendu {%1}%2.</translation>
    </message>
    <message>
        <source>This side does not serve %1.</source>
        <translation>Ce côté ne gère pas %1.</translation>
    </message>
    <message>
        <source>Only EXTERNAL is offered.</source>
        <translation>Seul EXTERNAL est proposé.</translation>
    </message>
    <message>
        <source>The authorization identity '%1' is not the stream's 'from' (%2).</source>
        <translation>L'identité d'autorisation « %1 » n'est pas le « from » du flux (%2).</translation>
    </message>
    <message>
        <source>No trusted certificate for %1 was presented.</source>
        <translation>Aucun certificat de confiance pour %1 n'a été présenté.</translation>
    </message>
    <message>
        <source>The peer sent %1 more byte(s) but no complete element within %2 ms during %3.</source>
        <translation>Le pair a encore envoyé %1 octet(s), mais aucun élément complet en %2 ms pendant la phase %3.</translation>
    </message>
    <message>
        <source>A second &lt;db:result/&gt; for %1 → %2, which is already %3; ignored.</source>
        <translation>Un second &lt;db:result/&gt; pour %1 → %2, qui est déjà %3 ; ignoré.</translation>
    </message>
    <message>
        <source>being verified</source>
        <translation>en cours de vérification</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>The key for %1 → %2 is invalid; answered with a &lt;forbidden/&gt; dialback error so the domain pairs already authorised on this stream stay (XEP-0220 §2.1.2).</source>
        <translation>La clé pour %1 → %2 est invalide ; réponse par l’erreur dialback &lt;forbidden/&gt;, afin que les paires de domaines déjà autorisées sur ce flux restent (XEP-0220 §2.1.2).</translation>
    </message>
    <message>
        <source>The key for %1 → %2 is invalid: the peer may be spoofing %1; the stream is closed (XEP-0220 §2.2.1).</source>
        <translation>La clé pour %1 → %2 est invalide : le pair usurpe peut-être %1 ; le flux est fermé (XEP-0220 §2.2.1).</translation>
    </message>
    <message>
        <source>Spoofing check: a &lt;%1/&gt; from '%2' to '%3' arrived on a connection that authorised %4.</source>
        <translation>Contrôle d’usurpation : un &lt;%1/&gt; de « %2 » à « %3 » est arrivé sur une connexion qui a autorisé %4.</translation>
    </message>
    <message>
        <source>no domain pair</source>
        <translation>aucune paire de domaines</translation>
    </message>
    <message>
        <source>The peer asked for dialback as '%1', which is not a domain.</source>
        <translation>Le pair a demandé le dialback en tant que « %1 », qui n’est pas un domaine.</translation>
    </message>
    <message>
        <source>At most %1 verifications at once.</source>
        <translation>Au plus %1 vérifications à la fois.</translation>
    </message>
    <message>
        <source>A verification for %1 → %2 arrived for stream %3, which has been restarted since; dropped (XEP-0220 §2.1.2).</source>
        <translation>Une vérification pour %1 → %2 est arrivée pour le flux %3, qui a été redémarré depuis ; ignorée (XEP-0220 §2.1.2).</translation>
    </message>
    <message>
        <source>The answer for %1 → %2 could not be sent: the connection is closing.</source>
        <translation>La réponse pour %1 → %2 n’a pas pu être envoyée : la connexion se ferme.</translation>
    </message>
    <message>
        <source>The peer asked for a bidirectional stream after it authenticated; XEP-0288 §2.2 asks for it before SASL or dialback.</source>
        <translation>Le pair a demandé un flux bidirectionnel après s'être authentifié ; XEP-0288 §2.2 le demande avant SASL ou le dialback.</translation>
    </message>
    <message>
        <source>The peer asked for a bidirectional stream, which this stream did not offer (XEP-0288 §2.1).</source>
        <translation>Le pair a demandé un flux bidirectionnel, que ce flux n'a pas proposé (XEP-0288 §2.1).</translation>
    </message>
    <message>
        <source>The stream is bidirectional: %1 may now send to %2 on it (XEP-0288 §2.2).</source>
        <translation>Le flux est bidirectionnel : %1 peut désormais y envoyer à %2 (XEP-0288 §2.2).</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::LabSession</name>
    <message>
        <source>STARTTLS, then dialback verified over the back-connection, then a ping.</source>
        <translation>STARTTLS, puis Dialback vérifié par la connexion de retour, puis un ping.</translation>
    </message>
    <message>
        <source>The dialback key is made with the wrong secret: the authoritative server says invalid.</source>
        <translation>La clé Dialback est générée avec le mauvais secret : le serveur faisant autorité répond « invalid ».</translation>
    </message>
    <message>
        <source>STARTTLS with a client certificate, then SASL EXTERNAL instead of dialback.</source>
        <translation>STARTTLS avec un certificat client, puis SASL EXTERNAL au lieu de Dialback.</translation>
    </message>
    <message>
        <source>The originating side requires TLS; the receiving side has no certificate and offers none.</source>
        <translation>Le côté d'origine exige TLS ; le côté récepteur n'a pas de certificat et ne propose pas TLS.</translation>
    </message>
    <message>
        <source>The receiving side presents a certificate for another name.</source>
        <translation>Le côté récepteur présente un certificat émis pour un autre nom.</translation>
    </message>
    <message>
        <source>Built-in lab (%1): %2 federates with %3 on loopback. %4</source>
        <translation>Laboratoire intégré (%1) : %2 se fédère avec %3 sur l'interface de bouclage. %4</translation>
    </message>
    <message>
        <source>The lab could not listen on 127.0.0.1.</source>
        <translation>Le laboratoire n'a pas pu se mettre en écoute sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Standard: STARTTLS and dialback</source>
        <translation>Standard : STARTTLS et dialback</translation>
    </message>
    <message>
        <source>Wrong dialback key</source>
        <translation>Mauvaise clé de dialback</translation>
    </message>
    <message>
        <source>SASL EXTERNAL with certificates</source>
        <translation>SASL EXTERNAL avec certificats</translation>
    </message>
    <message>
        <source>TLS required, not offered</source>
        <translation>TLS exigé, non proposé</translation>
    </message>
    <message>
        <source>Certificate for the wrong name</source>
        <translation>Certificat pour le mauvais nom</translation>
    </message>
</context>
<context>
    <name>Inspector::ListenSession</name>
    <message>
        <source>--bind needs an IP address, not '%1'.</source>
        <translation>--bind attend une adresse IP, et non « %1 ».</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible de se mettre en écoute sur %1 : %2</translation>
    </message>
    <message>
        <source>Receiving server for %1 listening on %2.</source>
        <translation>Serveur récepteur pour %1 en écoute sur %2.</translation>
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
        <translation>Une fédération complète sur l'interface de bouclage entre deux rôles de cet outil</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l'onglet</translation>
    </message>
    <message>
        <source>&amp;Copy element</source>
        <translation>&amp;Copier l'élément</translation>
    </message>
    <message>
        <source>&amp;Zoom in timeline</source>
        <translation>Zoom &amp;avant sur la chronologie</translation>
    </message>
    <message>
        <source>Zoom ou&amp;t timeline</source>
        <translation>Zoom arrière sur la chronolo&amp;gie</translation>
    </message>
    <message>
        <source>Fit ti&amp;meline</source>
        <translation>A&amp;juster la chronologie</translation>
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
        <translation>À &amp;propos d'XMPP Inspector</translation>
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
        <translation>Comparaison : aucune différence</translation>
    </message>
    <message numerus="yes">
        <source>Compare: %n difference(s)</source>
        <translation>
            <numerusform>Comparaison : %n différence</numerusform>
            <numerusform>Comparaison : %n différences</numerusform>
        </translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Timeline saved to %1.</source>
        <translation>Chronologie enregistrée dans %1.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot open transcript</source>
        <translation>Impossible d'ouvrir la transcription</translation>
    </message>
    <message>
        <source>Opened what could be read: %1</source>
        <translation>Seule la partie lisible a été ouverte : %1</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Ouvrir une transcription</translation>
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
        <translation>Impossible d'enregistrer</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d'exporter</translation>
    </message>
    <message>
        <source>Recover sessions?</source>
        <translation>Récupérer les sessions ?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) did not end normally last time (the program was closed unexpectedly). Reopen what was recorded?</source>
        <translation>
            <numerusform>%n session ne s'est pas terminée normalement lors de la dernière utilisation (le programme a été fermé de manière inattendue). Voulez-vous rouvrir ce qui a été enregistré ?</numerusform>
            <numerusform>%n sessions ne se sont pas terminées normalement lors de la dernière utilisation (le programme a été fermé de manière inattendue). Voulez-vous rouvrir ce qui a été enregistré ?</numerusform>
        </translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;PNG images (*.png)</source>
        <translation>Dessins SVG (*.svg);;Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>&amp;Filter the stream</source>
        <translation>&amp;Filtrer le flux</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
        <source>&amp;Export timeline as SVG or PNG…</source>
        <translation>&amp;Exporter la chronologie en SVG ou PNG…</translation>
    </message>
    <message>
        <source>F&amp;ind in the stream</source>
        <translation>Che&amp;rcher dans le flux</translation>
    </message>
    <message>
        <source>Ne&amp;xt session</source>
        <translation>Sessio&amp;n suivante</translation>
    </message>
    <message>
        <source>Previous &amp;session</source>
        <translation>Sessi&amp;on précédente</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>Every pane back to its default size</source>
        <translation>Chaque volet revient à sa taille par défaut</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Start the current tab's session again, in a new tab</source>
        <translation>Relancer la session de l’onglet actuel, dans un nouvel onglet</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>session title: outcome</comment>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tab: session title — outcome</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>JSON summary (*.json)</source>
        <translation>Résumé JSON (*.json)</translation>
    </message>
    <message>
        <source>Show &amp;phases in the diagram</source>
        <translation>Afficher les p&amp;hases dans le diagramme</translation>
    </message>
    <message>
        <source>E&amp;dit and run again…</source>
        <translation>&amp;Modifier et relancer…</translation>
    </message>
    <message>
        <source>Change the current tab's session in the new-session form, then start it in a new tab</source>
        <translation>Modifier la session de l’onglet actuel dans le formulaire de nouvelle session, puis la lancer dans un nouvel onglet</translation>
    </message>
    <message>
        <source>&amp;Scan domains…</source>
        <translation>Analyser des &amp;domaines…</translation>
    </message>
    <message>
        <source>XMPP Inspector transcripts and scans (*.%1 *.xiscan);;All files (*)</source>
        <translation>Transcriptions et analyses XMPP Inspector (*.%1 *.xiscan);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open scan</source>
        <translation>Impossible d’ouvrir l’analyse</translation>
    </message>
    <message>
        <source>Save scan</source>
        <translation>Enregistrer l’analyse</translation>
    </message>
    <message>
        <source>XMPP Inspector scans (*.xiscan)</source>
        <translation>Analyses XMPP Inspector (*.xiscan)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Lignes JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Export scan</source>
        <translation>Exporter l’analyse</translation>
    </message>
    <message>
        <source>Close the scan</source>
        <translation>Fermer l’analyse</translation>
    </message>
    <message>
        <source>The scan is still running. Stop it and close its tab? What is not saved is lost.</source>
        <translation>L’analyse est toujours en cours. L’arrêter et fermer son onglet ? Ce qui n’est pas enregistré est perdu.</translation>
    </message>
</context>
<context>
    <name>Inspector::NarratePanel</name>
    <message>
        <source>Before the first step</source>
        <translation>Avant la première étape</translation>
    </message>
    <message>
        <source>Press Space to play, or → to take one step.</source>
        <translation>Espace pour lire, → pour avancer d’une étape.</translation>
    </message>
    <message>
        <source>Specification: %1</source>
        <translation>Spécification : %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>connection %1 (%2)</source>
        <translation>connexion %1 (%2)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>A new phase begins: %1.</source>
        <translation>Une nouvelle phase commence : %1.</translation>
    </message>
    <message>
        <source>The phase changes from “%1” to “%2”.</source>
        <translation>La phase passe de « %1 » à « %2 ».</translation>
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
        <translation>Client (connexion en tant qu'utilisateur)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Enre&amp;gistrer comme profil…</translation>
    </message>
    <message>
        <source>Remember the secret (system keychain)</source>
        <translation>Mémoriser le secret (trousseau du système)</translation>
    </message>
    <message>
        <source>The dialback secret or the password is stored only in the system keychain, never in the settings; without a keychain it is not stored at all.</source>
        <translation>Le secret Dialback ou le mot de passe est conservé uniquement dans le trousseau du système, jamais dans les réglages de l'application ; sans trousseau, il n'est pas conservé du tout.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>Replace the profile “%1”?</source>
        <translation>Remplacer le profil « %1 » ?</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>Profile “%1” saved, without its secret.</source>
        <translation>Profil « %1 » enregistré, sans son secret.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Profile “%1” saved; storing its secret in the keychain…</source>
        <translation>Profil « %1 » enregistré ; enregistrement de son secret dans le trousseau…</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its secret is in the system keychain.</source>
        <translation>Profil « %1 » enregistré ; son secret se trouve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Profile “%1” saved without its secret: no system keychain could store it (%2). The secret was not stored anywhere.</source>
        <translation>Profil « %1 » enregistré sans son secret : aucun trousseau du système n'a pu le conserver (%2). Le secret n'a été conservé nulle part.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Il n'existe aucun profil « %1 ».</translation>
    </message>
    <message>
        <source>Profile “%1” loaded.</source>
        <translation>Profil « %1 » chargé.</translation>
    </message>
    <message>
        <source>Profile “%1” loaded; reading its secret from the keychain…</source>
        <translation>Profil « %1 » chargé ; lecture de son secret dans le trousseau…</translation>
    </message>
    <message>
        <source>Profile “%1” loaded; its secret could not be read from the keychain (%2).</source>
        <translation>Profil « %1 » chargé ; son secret n'a pas pu être lu dans le trousseau (%2).</translation>
    </message>
    <message>
        <source>Profile “%1” loaded, with its secret from the keychain.</source>
        <translation>Profil « %1 » chargé, avec son secret issu du trousseau.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
</context>
<context>
    <name>Inspector::OutgoingS2s</name>
    <message>
        <source>Stopping after %1, as asked.</source>
        <translation>Arrêt après la phase %1, comme demandé.</translation>
    </message>
    <message>
        <source>Unexpected stream header during %1.</source>
        <translation>En-tête de flux inattendu pendant la phase %1.</translation>
    </message>
    <message>
        <source>The response header has no stream id (RFC 6120 §4.7.3 requires one; dialback keys depend on it).</source>
        <translation>L'en-tête de réponse ne comporte pas d'identifiant de flux (stream id) ; la RFC 6120 §4.7.3 en exige un, et les clés Dialback en dépendent.</translation>
    </message>
    <message>
        <source>The stream id was reused after the restart (RFC 6120 §4.3.3 requires a new one).</source>
        <translation>L'identifiant de flux a été réutilisé après le redémarrage (la RFC 6120 §4.3.3 en exige un nouveau).</translation>
    </message>
    <message>
        <source>The peer answers as '%1', not '%2'.</source>
        <translation>Le pair répond en tant que « %1 », et non « %2 ».</translation>
    </message>
    <message>
        <source>The peer's content namespace is '%1', not jabber:server.</source>
        <translation>L'espace de noms de contenu du pair est « %1 », et non jabber:server.</translation>
    </message>
    <message>
        <source>The peer sent no version: a pre-1.0 server that sends no stream features; only dialback can work with it.</source>
        <translation>Le pair n'a envoyé aucune version : c'est un serveur antérieur à la version 1.0, qui n'envoie pas de fonctionnalités du flux ; seul Dialback peut fonctionner avec lui.</translation>
    </message>
    <message>
        <source>The peer answered &lt;starttls/&gt; with &lt;failure/&gt; (RFC 6120 §5.4.2.2): it cannot or will not negotiate TLS.</source>
        <translation>Le pair a répondu à &lt;starttls/&gt; par &lt;failure/&gt; (RFC 6120 §5.4.2.2) : il ne peut pas ou ne veut pas négocier TLS.</translation>
    </message>
    <message>
        <source>Unexpected element {%1}%2 during %3.</source>
        <translation>Élément inattendu {%1}%2 pendant la phase %3.</translation>
    </message>
    <message>
        <source>STARTTLS is offered inside direct TLS (XEP-0368 §3 forbids it).</source>
        <translation>STARTTLS est proposé à l'intérieur d'une connexion TLS directe (XEP-0368 §3 l'interdit).</translation>
    </message>
    <message>
        <source>STARTTLS is offered again after TLS (RFC 6120 §5.4.3.3 forbids it).</source>
        <translation>STARTTLS est de nouveau proposé après TLS (la RFC 6120 §5.4.3.3 l'interdit).</translation>
    </message>
    <message>
        <source>The peer does not offer STARTTLS, and --tls starttls requires it (a middlebox may strip it; try direct TLS).</source>
        <translation>Le pair ne propose pas STARTTLS, alors que --tls starttls l'exige (un équipement intermédiaire le supprime peut-être ; essayez TLS direct).</translation>
    </message>
    <message>
        <source>The peer does not offer STARTTLS: the stream stays unencrypted.</source>
        <translation>Le pair ne propose pas STARTTLS : le flux reste non chiffré.</translation>
    </message>
    <message>
        <source>The peer requires STARTTLS; not negotiated because of --tls none.</source>
        <translation>Le pair exige STARTTLS ; non négocié en raison de --tls none.</translation>
    </message>
    <message>
        <source>The peer does not offer SASL EXTERNAL: it did not accept our certificate (XEP-0178 §3 step 9).</source>
        <translation>Le pair ne propose pas SASL EXTERNAL : il n'a pas accepté notre certificat (XEP-0178 §3, étape 9).</translation>
    </message>
    <message>
        <source>The peer does not offer SASL EXTERNAL; it is offered only to servers that present a certificate (--cert, --key).</source>
        <translation>Le pair ne propose pas SASL EXTERNAL ; ce mécanisme n'est proposé qu'aux serveurs qui présentent un certificat (--cert, --key).</translation>
    </message>
    <message>
        <source>Dialback needs the authoritative listener (--authoritative) or the dialback secret of your server (--dialback-secret).</source>
        <translation>Dialback nécessite l'écouteur faisant autorité (--authoritative) ou le secret Dialback de votre serveur (--dialback-secret).</translation>
    </message>
    <message>
        <source>The peer advertises no dialback (neither the feature nor the db namespace); trying it anyway.</source>
        <translation>Le pair n'annonce pas Dialback (ni la fonctionnalité ni l'espace de noms db) ; tentative malgré tout.</translation>
    </message>
    <message>
        <source>Dialback failed with &lt;%1/&gt;%2 (XEP-0220 §2.5).</source>
        <translation>Dialback a échoué avec &lt;%1/&gt;%2 (XEP-0220 §2.5).</translation>
    </message>
    <message>
        <source>A db:result answer of type '%1' is not defined; treated as invalid.</source>
        <translation>Une réponse db:result de type « %1 » n'est pas définie ; traitée comme « invalid ».</translation>
    </message>
    <message>
        <source>SASL EXTERNAL failed with &lt;%1/&gt;%2.</source>
        <translation>SASL EXTERNAL a échoué avec &lt;%1/&gt;%2.</translation>
    </message>
    <message>
        <source>Unexpected SASL element &lt;%1/&gt;.</source>
        <translation>Élément SASL inattendu &lt;%1/&gt;.</translation>
    </message>
    <message>
        <source>The peer closed the authenticated stream; closing ours.</source>
        <translation>Le pair a fermé le flux authentifié ; fermeture du nôtre.</translation>
    </message>
    <message>
        <source>The peer closed its stream during %1 without a stream error.</source>
        <translation>Le pair a fermé son flux pendant la phase %1 sans erreur de flux.</translation>
    </message>
    <message>
        <source>The peer's XML is unacceptable at byte %1: %2</source>
        <translation>Le XML du pair est inacceptable à l'octet %1 : %2</translation>
    </message>
    <message>
        <source>The peer sent %1 bytes of cleartext after &lt;proceed/&gt; (RFC 6120 §5.4.2.3: TLS must start right after it).</source>
        <translation>Le pair a envoyé %1 octets en clair après &lt;proceed/&gt; (RFC 6120 §5.4.2.3 : TLS doit commencer immédiatement après).</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport : %1</translation>
    </message>
    <message>
        <source>Could not connect to %1:%2: %3</source>
        <translation>Impossible de se connecter à %1:%2 : %3</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <source>The connection failed during %1: %2</source>
        <translation>La connexion a échoué pendant la phase %1 : %2</translation>
    </message>
    <message>
        <source>The peer closed TCP without closing its stream.</source>
        <translation>Le pair a fermé la connexion TCP sans fermer son flux.</translation>
    </message>
    <message>
        <source>The peer closed the TCP connection during %1.</source>
        <translation>Le pair a fermé la connexion TCP pendant la phase %1.</translation>
    </message>
    <message>
        <source>No dialback verdict within %1 ms. %2</source>
        <translation>Aucun verdict Dialback dans un délai de %1 ms. %2</translation>
    </message>
    <message>
        <source>No answer from the peer within %1 ms during %2.</source>
        <translation>Aucune réponse du pair dans un délai de %1 ms pendant la phase %2.</translation>
    </message>
    <message>
        <source>The peer answers with version '%1' to our 1.0 (RFC 6120 §4.7.5: it may not be higher than ours); continuing as 1.0.</source>
        <translation>Le pair répond avec la version « %1 » à notre 1.0 (RFC 6120 §4.7.5 : elle ne peut pas être supérieure à la nôtre) ; on continue en 1.0.</translation>
    </message>
    <message>
        <source>The peer sent %1 more byte(s) but no complete element within %2 ms during %3.</source>
        <translation>Le pair a encore envoyé %1 octet(s), mais aucun élément complet en %2 ms pendant la phase %3.</translation>
    </message>
    <message>
        <source>Ignored &lt;%1/&gt;: no dialback request was sent that it could answer (XEP-0220 §3.1).</source>
        <translation>&lt;%1/&gt; ignoré : aucune demande dialback n’a été envoyée à laquelle il pourrait répondre (XEP-0220 §3.1).</translation>
    </message>
    <message>
        <source>Ignored &lt;%1/&gt;: it does not answer our request, which awaits &lt;%2/&gt; (XEP-0220 §2.1, §3.1).</source>
        <translation>&lt;%1/&gt; ignoré : il ne répond pas à notre demande, qui attend &lt;%2/&gt; (XEP-0220 §2.1, §3.1).</translation>
    </message>
    <message>
        <source>The receiving server says our dialback key is invalid: its authoritative server for %1 did not confirm it (XEP-0220 §2.1.1).</source>
        <translation>Le serveur récepteur déclare notre clé dialback invalide : son serveur faisant autorité pour %1 ne l’a pas confirmée (XEP-0220 §2.1.1).</translation>
    </message>
    <message>
        <source>Ignored &lt;%1/&gt;: it answers our request, but after its verdict or timeout.</source>
        <translation>&lt;%1/&gt; ignoré : il répond à notre demande, mais après son verdict ou son expiration.</translation>
    </message>
    <message>
        <source>No DNSSEC-secure TLSA record matches the certificate %1 presented.</source>
        <translation>Aucun enregistrement TLSA sécurisé par DNSSEC ne correspond au certificat présenté par %1.</translation>
    </message>
    <message>
        <source>No bidirectional stream requested: the peer offered it only before TLS, and STARTTLS must complete before it is enabled (XEP-0288 §2.1).</source>
        <translation>Aucun flux bidirectionnel demandé : le pair ne l'a proposé qu'avant TLS, et STARTTLS doit être terminé avant de l'activer (XEP-0288 §2.1).</translation>
    </message>
    <message>
        <source>No bidirectional stream requested: the peer does not offer it (XEP-0288 §2.1), so its replies travel on its own connection to us.</source>
        <translation>Aucun flux bidirectionnel demandé : le pair ne le propose pas (XEP-0288 §2.1), ses réponses passent donc par sa propre connexion vers nous.</translation>
    </message>
    <message>
        <source>The stream is bidirectional: %1 may now send to %2 on it (XEP-0288 §2.2).</source>
        <translation>Le flux est bidirectionnel : %1 peut désormais y envoyer à %2 (XEP-0288 §2.2).</translation>
    </message>
    <message>
        <source>The stream is bidirectional, but the peer's certificate does not prove it is %1: stanzas it sends back on this stream are not counted as %1's.</source>
        <translation>Le flux est bidirectionnel, mais le certificat du pair ne prouve pas qu'il est %1 : les stanzas qu'il renvoie sur ce flux ne comptent pas comme celles de %1.</translation>
    </message>
    <message>
        <source>The peer sent a &lt;%1/&gt; from '%2' to '%3' on the bidirectional stream, which carries %4 back (XEP-0288 §2.2); not counted as the sender's.</source>
        <translation>Le pair a envoyé un &lt;%1/&gt; de « %2 » à « %3 » sur le flux bidirectionnel, qui transporte %4 en retour (XEP-0288 §2.2) ; il ne compte pas comme celui de l'expéditeur.</translation>
    </message>
    <message>
        <source>no domain pair</source>
        <translation>aucune paire de domaines</translation>
    </message>
    <message>
        <source>The peer sent a &lt;%1/&gt; on our outgoing stream, which is not bidirectional (XEP-0288); not counted as the sender's.</source>
        <translation>Le pair a envoyé un &lt;%1/&gt; sur notre flux sortant, qui n'est pas bidirectionnel (XEP-0288) ; il ne compte pas comme celui de l'expéditeur.</translation>
    </message>
    <message>
        <source>%1 Falling back to dialback (XEP-0178 §3).</source>
        <translation>%1 Repli sur Dialback (XEP-0178 §3).</translation>
    </message>
    <message>
        <source>The peer closed the stream with &lt;%1/&gt;%2 (%3).</source>
        <translation>Le pair a fermé le flux avec &lt;%1/&gt;%2 (%3).</translation>
    </message>
    <message>
        <source>No answer to &lt;r/&gt; within %1 ms (XEP-0198 §4): what the peer handled of the %2 stanzas sent is unknown.</source>
        <translation>Pas de réponse à &lt;r/&gt; en %1 ms (XEP-0198 §4) : on ignore ce que le pair a traité des %2 stanzas envoyées.</translation>
    </message>
    <message>
        <source>The peer closed its stream without answering &lt;r/&gt; (XEP-0198 §4): what it handled of the %1 stanzas sent is unknown.</source>
        <translation>Le pair a fermé son flux sans répondre à &lt;r/&gt; (XEP-0198 §4) : on ignore ce qu'il a traité des %1 stanzas envoyées.</translation>
    </message>
    <message>
        <source>The peer offers stream management (XEP-0198); not enabled here (--no-sm, or a stream only for replies).</source>
        <translation>Le pair propose la gestion de flux (XEP-0198) ; non activée ici (--no-sm, ou un flux réservé aux réponses).</translation>
    </message>
    <message>
        <source>The peer offers stream management only as %1, an older version than urn:xmpp:sm:3: not enabled.</source>
        <translation>Le pair ne propose la gestion de flux que sous %1, une version antérieure à urn:xmpp:sm:3 : non activée.</translation>
    </message>
    <message>
        <source>The peer offered stream management (XEP-0198) before authentication, and not in the features after it: not enabled.</source>
        <translation>Le pair a proposé la gestion de flux (XEP-0198) avant l'authentification, et plus dans les fonctionnalités suivantes : non activée.</translation>
    </message>
    <message>
        <source>No answer to &lt;enable/&gt; before the close (XEP-0198 §3): the stream went without stream management.</source>
        <translation>Pas de réponse à &lt;enable/&gt; avant la fermeture (XEP-0198 §3) : le flux s'est passé de gestion de flux.</translation>
    </message>
</context>
<context>
    <name>Inspector::PhaseMachineBase</name>
    <message>
        <source>The phase table does not allow %1 → %2: the transition is refused and the phase stays %1 (a bug in this tool; please report it).</source>
        <translation>La table des phases n’autorise pas %1 → %2 : la transition est refusée et la phase reste %1 (un bogue de cet outil ; merci de le signaler).</translation>
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
commencée à %3 ms, a duré %4 ms</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start (ms)</source>
        <translation>Début (ms)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session : %1</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Connexion %1</translation>
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
        <translation>Phases</translation>
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
        <translation>Durée d'attente maximale pour chaque étape du pair, pour les nouvelles sessions</translation>
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
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Default step &amp;timeout:</source>
        <translation>Délai d'&amp;attente par étape par défaut :</translation>
    </message>
    <message>
        <source>Transcript &amp;folder:</source>
        <translation>&amp;Dossier des transcriptions :</translation>
    </message>
    <message>
        <source>Autosave:</source>
        <translation>Enregistrement automatique :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies when XMPP Inspector starts again.</source>
        <translation>Le changement de langue prendra effet au prochain démarrage d'XMPP Inspector.</translation>
    </message>
</context>
<context>
    <name>Inspector::ProbeAll</name>
    <message>
        <source>No path to %1 was found.</source>
        <translation>Aucun chemin vers %1 n’a été trouvé.</translation>
    </message>
    <message>
        <source>Stopped before every path was tried.</source>
        <translation>Arrêté avant que chaque chemin ait été essayé.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the paths tried failed.</source>
        <translation>
            <numerusform>%n des chemins essayés a échoué.</numerusform>
            <numerusform>%n des chemins essayés ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>No path could be tried.</source>
        <translation>Aucun chemin n’a pu être essayé.</translation>
    </message>
</context>
<context>
    <name>Inspector::ReadingBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Part of the file read</source>
        <translation>Part du fichier lue</translation>
    </message>
    <message>
        <source>Stop reading; the events read so far stay open</source>
        <translation>Arrêter la lecture ; les événements déjà lus restent ouverts</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %2 of %3, %Ln events so far…</source>
        <translation>
            <numerusform>Lecture de %1 : %2 sur %3, %Ln événement jusqu’ici…</numerusform>
            <numerusform>Lecture de %1 : %2 sur %3, %Ln événements jusqu’ici…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ReplayBar</name>
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
        <source>%1 (%2)</source>
        <comment>action (key)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Narrate</source>
        <translation>Narrer</translation>
    </message>
    <message>
        <source>Narrate: each step large, with its explanation and the section of the specification; stepping and playing pass over connection details and keepalives</source>
        <translation>Narrer : chaque étape en grand, avec son explication et la section de la spécification ; le pas à pas et la lecture passent les détails de connexion et les keepalives</translation>
    </message>
    <message>
        <source>Drag to any step; PgUp and PgDown jump</source>
        <translation>Faire glisser vers n’importe quelle étape ; Pg préc. et Pg suiv. sautent</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>Position de la relecture</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>1 step / %1 s</source>
        <translation>1 étape / %1 s</translation>
    </message>
    <message>
        <source>×%1</source>
        <comment>speed</comment>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Playing speed: the recorded time between steps scaled, or one step at a fixed pace to talk over</source>
        <translation>Vitesse de lecture : le temps enregistré entre les étapes mis à l’échelle, ou une étape à rythme fixe pour commenter</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>No connection yet at this step</source>
        <translation>Aucune connexion à cette étape</translation>
    </message>
    <message>
        <source>At this step: %1</source>
        <translation>À cette étape : %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>connection (role): phase</comment>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>Inspector::S2sDialer</name>
    <message>
        <source>The DNSSEC validation of %1 failed: no candidate can be used.</source>
        <translation>La validation DNSSEC de %1 a échoué : aucun candidat n’est utilisable.</translation>
    </message>
    <message>
        <source>%1 declares no XMPP server-to-server service (SRV target ".", RFC 6120 §3.2.1).</source>
        <translation>%1 ne déclare aucun service XMPP de serveur à serveur (cible SRV « . », RFC 6120 §3.2.1).</translation>
    </message>
    <message>
        <source>No address found for %1 (%2).</source>
        <translation>Aucune adresse trouvée pour %1 (%2).</translation>
    </message>
    <message>
        <source>no SRV, A or AAAA record</source>
        <translation>aucun enregistrement SRV, A ou AAAA</translation>
    </message>
</context>
<context>
    <name>Inspector::S2sListener</name>
    <message>
        <source>Refused an inbound connection from %1: %2 connections are already open (the limit).</source>
        <translation>Connexion entrante de %1 refusée : %2 connexions sont déjà ouvertes (la limite).</translation>
    </message>
    <message numerus="yes">
        <source>Refused %n more inbound connection(s) while %1 were open (the limit).</source>
        <translation>
            <numerusform>%n autre connexion entrante refusée pendant que %1 étaient ouvertes (la limite).</numerusform>
            <numerusform>%n autres connexions entrantes refusées pendant que %1 étaient ouvertes (la limite).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::S2sSession</name>
    <message>
        <source>The authoritative listener needs an IP address, not '%1'.</source>
        <translation>L'écouteur faisant autorité attend une adresse IP, et non « %1 ».</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible de se mettre en écoute sur %1 : %2</translation>
    </message>
    <message>
        <source>Authoritative server for %1 listening on %2.</source>
        <translation>Serveur faisant autorité pour %1 en écoute sur %2.</translation>
    </message>
    <message>
        <source>Teaching variant: the dialback key is made with a secret the authoritative server does not use, so it cannot verify.</source>
        <translation>Variante pédagogique : la clé Dialback est générée avec un secret que le serveur faisant autorité n'utilise pas ; elle ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <source>%1 declares no XMPP server-to-server service (SRV target ".", RFC 6120 §3.2.1).</source>
        <translation>%1 ne déclare aucun service XMPP de serveur à serveur (cible SRV « . », RFC 6120 §3.2.1).</translation>
    </message>
    <message>
        <source>No address found for %1 (%2).</source>
        <translation>Aucune adresse trouvée pour %1 (%2).</translation>
    </message>
    <message>
        <source>no SRV, A or AAAA record</source>
        <translation>aucun enregistrement SRV, A ou AAAA</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l'utilisateur.</translation>
    </message>
    <message>
        <source>Replies are addressed to %1 and travel to its real servers; this tool sees them only if %1 points to its authoritative listener (--authoritative).</source>
        <translation>Les réponses sont adressées à %1 et acheminées vers ses vrais serveurs ; cet outil ne les voit que si %1 pointe vers son écouteur faisant autorité (--authoritative).</translation>
    </message>
    <message>
        <source>A reply to %1 arrived from an unauthenticated sender; not counted.</source>
        <translation>Une réponse à %1 est arrivée d'un expéditeur non authentifié ; non comptabilisée.</translation>
    </message>
    <message>
        <source>The receiving server asks the authoritative server of %1 (as DNS names it) to confirm the key: check that server is reachable from %2 and uses the dialback secret given here.</source>
        <translation>Le serveur récepteur demande au serveur faisant autorité pour %1 (tel que le désigne le DNS) de confirmer la clé : vérifiez que ce serveur est joignable depuis %2 et qu'il utilise le secret Dialback indiqué ici.</translation>
    </message>
    <message>
        <source>%1 connected back %2 time(s) but sent no &lt;db:verify/&gt;; Prosody sends it only after its own dialback on that connection is answered (see the verify connections).</source>
        <translation>%1 s'est reconnecté %2 fois mais n'a envoyé aucun &lt;db:verify/&gt; ; Prosody ne l'envoie qu'après avoir reçu la réponse à son propre Dialback sur cette connexion (voir les connexions de vérification).</translation>
    </message>
    <message>
        <source>The authoritative listener answered %1 &lt;db:verify/&gt; request(s), but no verdict reached our stream.</source>
        <translation>L'écouteur faisant autorité a répondu à %1 requête(s) &lt;db:verify/&gt;, mais aucun verdict n'a atteint notre flux.</translation>
    </message>
    <message>
        <source>The stream was not authenticated.</source>
        <translation>Le flux n'a pas été authentifié.</translation>
    </message>
    <message>
        <source>The ping got no answer within %1 ms.</source>
        <translation>Le ping n'a reçu aucune réponse dans un délai de %1 ms.</translation>
    </message>
    <message numerus="yes">
        <source>The stream stays open for %n second(s): stanzas from the console are sent on it.</source>
        <translation>
            <numerusform>Le flux reste ouvert pendant %n seconde : les stanzas saisies dans la console y sont envoyées.</numerusform>
            <numerusform>Le flux reste ouvert pendant %n secondes : les stanzas saisies dans la console y sont envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stanzas can be sent only on an authenticated stream that is still open.</source>
        <translation>Les stanzas ne peuvent être envoyées que sur un flux authentifié encore ouvert.</translation>
    </message>
    <message>
        <source>The DNSSEC validation of %1 %2 failed (%3): no candidate can be used.</source>
        <translation>La validation DNSSEC de %1 %2 a échoué (%3) : aucun candidat n’est utilisable.</translation>
    </message>
    <message>
        <source>Nothing arrived at %3 within %4 s: %1 never connected back to the authoritative server for %2. %1 finds that server through its own DNS lookup of %2: the SRV records _xmpp-server._tcp.%2 (or, without them, the A/AAAA records of %2) must point to %3 as %1 sees them, and %3 must be reachable from %1.</source>
        <translation>Rien n’est arrivé à %3 en %4 s : %1 ne s’est jamais reconnecté au serveur faisant autorité pour %2. %1 trouve ce serveur par sa propre résolution DNS de %2 : les enregistrements SRV _xmpp-server._tcp.%2 (ou, à défaut, les enregistrements A/AAAA de %2) doivent pointer vers %3 tels que %1 les voit, et %3 doit être joignable depuis %1.</translation>
    </message>
</context>
<context>
    <name>Inspector::SaslPrep</name>
    <message>
        <source>it contains a character SASLprep prohibits (RFC 4013 §2.3: a control, private-use or non-character code point)</source>
        <translation>il contient un caractère que SASLprep interdit (RFC 4013 §2.3 : un caractère de contrôle, à usage privé ou un non-caractère)</translation>
    </message>
    <message>
        <source>it mixes or misplaces right-to-left characters (RFC 4013 §2.4, RFC 3454 §6)</source>
        <translation>il mélange ou place mal des caractères de droite à gauche (RFC 4013 §2.4, RFC 3454 §6)</translation>
    </message>
    <message>
        <source>SASLprep failed: %1</source>
        <translation>SASLprep a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::ScanDialog</name>
    <message>
        <source>Load a list of domains</source>
        <translation>Charger une liste de domaines</translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list);;All files (*)</source>
        <translation>Listes de domaines (*.txt *.list);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot load the list</source>
        <translation>Impossible de charger la liste</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 dépasse 64 Mio.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) to scan.</source>
        <translation>
            <numerusform>%n domaine à analyser.</numerusform>
            <numerusform>%n domaines à analyser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped; line %1 '%2': %3</source>
        <translation>
            <numerusform>%n ligne ignorée ; ligne %1 « %2 » : %3</numerusform>
            <numerusform>%n lignes ignorées ; ligne %1 « %2 » : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan domains</source>
        <translation>Analyser des domaines</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Session options</source>
        <translation>Options de session</translation>
    </message>
    <message>
        <source>One domain per line; # starts a comment.

example.org
jabber.example.net   # our partners</source>
        <translation>Un domaine par ligne ; # commence un commentaire.

example.org
jabber.example.net   # nos partenaires</translation>
    </message>
    <message>
        <source>Domains to scan</source>
        <translation>Domaines à analyser</translation>
    </message>
    <message>
        <source>Load list…</source>
        <translation>Charger une liste…</translation>
    </message>
    <message>
        <source>Domains at once:</source>
        <translation>Domaines simultanés :</translation>
    </message>
    <message>
        <source>Sessions at once per address:</source>
        <translation>Sessions simultanées par adresse :</translation>
    </message>
    <message>
        <source>New sessions per second:</source>
        <translation>Nouvelles sessions par seconde :</translation>
    </message>
    <message>
        <source>Domains looked up or checked at the same time. With an authoritative listener, one at a time.</source>
        <translation>Domaines résolus ou vérifiés en même temps. Avec un écouteur faisant autorité, un à la fois.</translation>
    </message>
    <message>
        <source>Sessions at once to the address a domain resolves to first: a host serving many domains is not flooded.</source>
        <translation>Sessions simultanées vers la première adresse d’un domaine : un hôte servant de nombreux domaines n’est pas submergé.</translation>
    </message>
    <message>
        <source>New connections per second in all. Toward servers of the public network, stay at a few per second.</source>
        <translation>Nouvelles connexions par seconde au total. Envers les serveurs du réseau public, restez à quelques-unes par seconde.</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Lancer l’analyse</translation>
    </message>
    <message>
        <source>Session options: %1</source>
        <translation>Options de session : %1</translation>
    </message>
</context>
<context>
    <name>Inspector::ScanView</name>
    <message>
        <source>No transcript was kept for %1.</source>
        <translation>Aucune transcription n’a été conservée pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>Scan of %n domain(s)</source>
        <translation>
            <numerusform>Analyse de %n domaine</numerusform>
            <numerusform>Analyse de %n domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message>
        <source>all succeeded</source>
        <translation>tous réussis</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: %1 of %2 done, %3 running to their end.</source>
        <translation>Arrêt en cours : %1 sur %2 terminés, %3 vont jusqu’à leur fin.</translation>
    </message>
    <message>
        <source>Scanning: %1 of %2 done, %3 running, %4 failed so far.</source>
        <translation>Analyse : %1 sur %2 terminés, %3 en cours, %4 en échec jusqu’ici.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n domain(s) failed.</source>
        <translation>
            <numerusform>%1 domaine sur %n en échec.</numerusform>
            <numerusform>%1 domaines sur %n en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not scanned (stopped).</source>
        <translation>
            <numerusform>%n non analysé (arrêt).</numerusform>
            <numerusform>%n non analysés (arrêt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list skipped.</source>
        <translation>
            <numerusform>%n ligne de la liste ignorée.</numerusform>
            <numerusform>%n lignes de la liste ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the running sessions</source>
        <translation>Arrêter les sessions en cours</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 affichés sur %2</translation>
    </message>
    <message>
        <source>The transcript of %1 could not be copied to %2.</source>
        <translation>La transcription de %1 n’a pas pu être copiée dans %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Filter: domain, outcome, TLS version, finding…</source>
        <translation>Filtre : domaine, résultat, version TLS, constat…</translation>
    </message>
    <message>
        <source>Filter the domains</source>
        <translation>Filtrer les domaines</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Failed or with problems</source>
        <translation>En échec ou avec des problèmes</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Show domains by outcome</source>
        <translation>Afficher les domaines selon le résultat</translation>
    </message>
    <message>
        <source>Scanned domains</source>
        <translation>Domaines analysés</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
    <message>
        <source>Double-click a domain (or press Enter) to open its session: stream, timeline and summary. Hover over the findings for their titles.</source>
        <translation>Double-cliquez sur un domaine (ou appuyez sur Entrée) pour ouvrir sa session : flux, chronologie et résumé. Survolez les constats pour voir leurs titres.</translation>
    </message>
    <message>
        <source>The file ended inside a line: that domain is left out.</source>
        <translation>Le fichier s’est terminé au milieu d’une ligne : ce domaine est omis.</translation>
    </message>
</context>
<context>
    <name>Inspector::Session</name>
    <message>
        <source>This session has no stream to send stanzas on.</source>
        <translation>Cette session n’a pas de flux sur lequel envoyer des stanzas.</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionController</name>
    <message>
        <source>Cannot write '%1': %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionForm</name>
    <message>
        <source>&amp;To domain:</source>
        <translation>Domaine de d&amp;estination :</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Hôte (facultatif) :</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS :</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM):</source>
        <translation>&amp;Clé privée (PEM) :</translation>
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
        <translation>Aucune : simple sondage</translation>
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
        <translation>Abandonner en cas d'erreur de certificat</translation>
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
        <translation>adresse ou nom ; vide : le domaine de destination</translation>
    </message>
    <message>
        <source>IP:PORT where the remote connects back, e.g. 0.0.0.0:5269</source>
        <translation>IP:PORT où le serveur distant se reconnecte, p. ex. 0.0.0.0:5269</translation>
    </message>
    <message>
        <source>your server's dialback secret; not saved</source>
        <translation>le secret Dialback de votre serveur ; non enregistré</translation>
    </message>
    <message>
        <source>Keys made with your server's secret verify when the remote asks your real server. The secret is never recorded or saved.</source>
        <translation>Les clés générées avec le secret de votre serveur sont validées lorsque le serveur distant interroge votre vrai serveur. Le secret n'est jamais consigné ni enregistré.</translation>
    </message>
    <message>
        <source>Authoritative listener: %1</source>
        <translation>Écouteur faisant autorité : %1</translation>
    </message>
    <message>
        <source>Give both the certificate and the key file.</source>
        <translation>Indiquez à la fois le certificat et le fichier de clé.</translation>
    </message>
    <message>
        <source>no: close after the queries</source>
        <translation>non : fermer après les requêtes</translation>
    </message>
    <message>
        <source>Keep the authenticated stream open this long after the queries; stanzas can be sent from the Console tab meanwhile.</source>
        <translation>Garder le flux authentifié ouvert pendant cette durée après les requêtes ; des stanzas peuvent être envoyées depuis l'onglet Console pendant ce temps.</translation>
    </message>
    <message>
        <source>Bidirectional stream (XEP-0288) where offered</source>
        <translation>Flux bidirectionnel (XEP-0288) s'il est proposé</translation>
    </message>
    <message>
        <source>Ask the remote to send its replies and requests back on this stream; they count only for the domain pair it is authenticated for.</source>
        <translation>Demander au serveur distant de renvoyer ses réponses et requêtes sur ce flux ; elles ne comptent que pour la paire de domaines pour laquelle il est authentifié.</translation>
    </message>
    <message>
        <source>Fro&amp;m domain:</source>
        <translation>Domaine d'&amp;origine :</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <source>R&amp;esolve:</source>
        <translation>Résolutions fi&amp;xes :</translation>
    </message>
    <message>
        <source>Step t&amp;imeout:</source>
        <translation>Délai d'a&amp;ttente par étape :</translation>
    </message>
    <message>
        <source>St&amp;op after:</source>
        <translation>Arrêter a&amp;près :</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d’&amp;AC :</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentification :</translation>
    </message>
    <message>
        <source>&amp;Authoritative listener:</source>
        <translation>&amp;Écouteur faisant autorité :</translation>
    </message>
    <message>
        <source>Dial&amp;back secret:</source>
        <translation>Secret Dial&amp;back :</translation>
    </message>
    <message>
        <source>O&amp;wn certificate (PEM):</source>
        <translation>Notre certificat (PE&amp;M) :</translation>
    </message>
    <message>
        <source>Stan&amp;zas file:</source>
        <translation>Fichier de stan&amp;zas :</translation>
    </message>
    <message>
        <source>Sta&amp;y open:</source>
        <translation>Rester ou&amp;vert :</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
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
        <translation>Authentification</translation>
    </message>
    <message>
        <source>After authentication</source>
        <translation>Après l’authentification</translation>
    </message>
    <message>
        <source>DOMAIN:HOST:PORT, … instead of DNS</source>
        <translation>DOMAINE:HÔTE:PORT, … au lieu du DNS</translation>
    </message>
    <message>
        <source>Where to reach a domain instead of what DNS says, like curl's --resolve: the To domain itself (without a host), or a domain the remote is verified at. Several entries are separated by spaces or commas; an IPv6 address is written [::1]:5269.</source>
        <translation>Où joindre un domaine au lieu de ce que dit le DNS, comme --resolve de curl : le domaine de destination lui-même (sans hôte), ou un domaine auprès duquel le pair vérifie. Plusieurs entrées sont séparées par des espaces ou des virgules ; une adresse IPv6 s’écrit [::1]:5269.</translation>
    </message>
    <message>
        <source>— (the whole session)</source>
        <translation>— (toute la session)</translation>
    </message>
    <message>
        <source>Close the stream gracefully once this phase is reached.</source>
        <translation>Fermer le flux proprement dès que cette phase est atteinte.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d’AC</translation>
    </message>
    <message>
        <source>optional: PEM file of extra trust anchors</source>
        <translation>facultatif : fichier PEM d’ancres de confiance supplémentaires</translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation>Notre certificat</translation>
    </message>
    <message>
        <source>for SASL EXTERNAL and the authoritative listener</source>
        <translation>pour SASL EXTERNAL et l’écouteur faisant autorité</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Stanzas to send</source>
        <translation>Stanzas à envoyer</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>Fichiers XML (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>optional: XML stanzas sent after authentication</source>
        <translation>facultatif : stanzas XML envoyés après l’authentification</translation>
    </message>
    <message>
        <source>Resolve: '%1' is not DOMAIN:HOST:PORT.</source>
        <translation>Résolutions fixes : « %1 » n’est pas DOMAINE:HÔTE:PORT.</translation>
    </message>
    <message>
        <source>Resolve: '%1' is not DOMAIN:HOST:PORT: %2</source>
        <translation>Résolutions fixes : « %1 » n’est pas DOMAINE:HÔTE:PORT : %2</translation>
    </message>
    <message>
        <source>Stanzas file</source>
        <translation>Fichier de stanzas</translation>
    </message>
    <message>
        <source>Resolve: %1 is given twice, for %2 and %3.</source>
        <translation>Résolutions fixes : %1 est donné deux fois, pour %2 et pour %3.</translation>
    </message>
    <message>
        <source>Stream management (XEP-0198) where offered</source>
        <translation>Gestion de flux (XEP-0198) si proposée</translation>
    </message>
    <message>
        <source>Enable acknowledgements on the authenticated stream where the remote offers them, and check its count of the stanzas it handled before closing. No resumption is asked for.</source>
        <translation>Activer les accusés de réception sur le flux authentifié là où le serveur distant les propose, et vérifier avant la fermeture son décompte des stanzas traitées. Aucune reprise n'est demandée.</translation>
    </message>
</context>
<context>
    <name>Inspector::SessionView</name>
    <message>
        <source>Unknown export format '%1'.</source>
        <translation>Format d'exportation « %1 » inconnu.</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>connection: phase</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>XML stream</source>
        <translation>Flux XML</translation>
    </message>
    <message>
        <source>Every event of the session, one row each</source>
        <translation>Chaque événement de la session, une ligne chacun</translation>
    </message>
    <message>
        <source>Phase timeline</source>
        <translation>Chronologie des phases</translation>
    </message>
    <message>
        <source>Each connection's phases as bars as long as they took</source>
        <translation>Les phases de chaque connexion, en barres aussi longues que leur durée</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Diagramme de séquence</translation>
    </message>
    <message>
        <source>The messages between the parties, in order</source>
        <translation>Les messages entre les parties, dans l’ordre</translation>
    </message>
    <message>
        <source>Stream features</source>
        <translation>Fonctionnalités du flux</translation>
    </message>
    <message>
        <source>What each stream offered, stage by stage</source>
        <translation>Ce que chaque flux a proposé, étape par étape</translation>
    </message>
    <message>
        <source>Outcome and console</source>
        <translation>Résultat et console</translation>
    </message>
    <message>
        <source>The outcome of the session, or its console</source>
        <translation>Le résultat de la session, ou sa console</translation>
    </message>
    <message>
        <source>The result, findings, authentication and TLS</source>
        <translation>Le résultat, les constats, l’authentification et TLS</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Détail de l’événement</translation>
    </message>
    <message>
        <source>The selected event: when, where, what it is and means</source>
        <translation>L’événement sélectionné : quand, où, ce qu’il est et ce qu’il signifie</translation>
    </message>
    <message>
        <source>Send your own stanzas on the session's stream</source>
        <translation>Envoyer vos propres stanzas sur le flux de la session</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>%1 is still being read: it can be saved or exported once reading has ended.</source>
        <translation>%1 est encore en cours de lecture : l’enregistrement et l’export seront possibles une fois la lecture terminée.</translation>
    </message>
    <message>
        <source>reading… %1 %</source>
        <comment>a transcript being read</comment>
        <translation>lecture… %1 %</translation>
    </message>
</context>
<context>
    <name>Inspector::SocketTransport</name>
    <message>
        <source>The certificate is not valid for %1 (RFC 9525: no DNS-ID, SRV-ID or XmppAddr names it).</source>
        <translation>Le certificat n'est pas valable pour %1 (RFC 9525 : aucun DNS-ID, SRV-ID ni XmppAddr ne le nomme).</translation>
    </message>
    <message>
        <source>The peer closed the connection during the TLS handshake.</source>
        <translation>Le pair a fermé la connexion pendant la négociation TLS.</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamConnection</name>
    <message>
        <source>More of these are not noted; the stream shows every element.</source>
        <translation>Les suivants ne sont plus notés ; le flux montre chaque élément.</translation>
    </message>
    <message>
        <source>TLS alert sent (fatal): %1</source>
        <translation>Alerte TLS envoyée (fatale) : %1</translation>
    </message>
    <message>
        <source>TLS alert received (fatal): %1</source>
        <translation>Alerte TLS reçue (fatale) : %1</translation>
    </message>
    <message>
        <source>TLS alert sent (warning): %1</source>
        <translation>Alerte TLS envoyée (avertissement) : %1</translation>
    </message>
    <message>
        <source>TLS alert received (warning): %1</source>
        <translation>Alerte TLS reçue (avertissement) : %1</translation>
    </message>
    <message>
        <source>TLS alert sent: %1</source>
        <translation>Alerte TLS envoyée : %1</translation>
    </message>
    <message>
        <source>TLS alert received: %1</source>
        <translation>Alerte TLS reçue : %1</translation>
    </message>
    <message>
        <source>Certificate verification failed (strict TLS: the handshake is aborted): %1</source>
        <translation>Échec de la vérification du certificat (TLS strict : la négociation est interrompue) : %1</translation>
    </message>
    <message>
        <source>Certificate verification failed; continuing for inspection: %1</source>
        <translation>Échec de la vérification du certificat ; poursuite pour inspection : %1</translation>
    </message>
    <message>
        <source>A later BOSH response names the stream's %1 (XEP-0206 §4: as soon as the connection manager has them): from '%2', version '%3', id '%4'.</source>
        <translation>Une réponse BOSH ultérieure donne les attributs %1 du flux (XEP-0206 §4 : dès que le gestionnaire de connexions les connaît) : from '%2', version '%3', id '%4'.</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamManagement</name>
    <message>
        <source>Stream management: &lt;%1/&gt; where none was expected (XEP-0198); ignored.</source>
        <translation>Gestion de flux : &lt;%1/&gt; là où rien n'était attendu (XEP-0198) ; ignoré.</translation>
    </message>
    <message>
        <source>Stream management: &lt;enabled resume='true'/&gt; without an id: the session cannot be resumed (XEP-0198 §3).</source>
        <translation>Gestion de flux : &lt;enabled resume='true'/&gt; sans id : la session ne peut pas être reprise (XEP-0198 §3).</translation>
    </message>
    <message>
        <source>&lt;resumed/&gt; has no valid h (XEP-0198 §5): '%1'.</source>
        <translation>&lt;resumed/&gt; n'a pas de h valide (XEP-0198 §5) : « %1 ».</translation>
    </message>
    <message>
        <source>Stream management: &lt;failed/&gt; (%1) answering nothing we sent (XEP-0198).</source>
        <translation>Gestion de flux : &lt;failed/&gt; (%1) en réponse à rien de ce que nous avons envoyé (XEP-0198).</translation>
    </message>
    <message>
        <source>Stream management: an &lt;a/&gt; before &lt;enabled/&gt; is ignored (XEP-0198 §4).</source>
        <translation>Gestion de flux : un &lt;a/&gt; avant &lt;enabled/&gt; est ignoré (XEP-0198 §4).</translation>
    </message>
    <message>
        <source>Stream management: an &lt;a/&gt; without a valid h ('%1') is ignored (XEP-0198 §4).</source>
        <translation>Gestion de flux : un &lt;a/&gt; sans h valide (« %1 ») est ignoré (XEP-0198 §4).</translation>
    </message>
    <message>
        <source>The server's &lt;%1/&gt; says it handled %2 stanzas; we sent %3 (XEP-0198 §4: handled-count-too-high).</source>
        <translation>Le &lt;%1/&gt; du serveur indique %2 stanzas traitées ; nous en avons envoyé %3 (XEP-0198 §4 : handled-count-too-high).</translation>
    </message>
    <message>
        <source>&lt;resumed/&gt; names the session '%1'; we resumed '%2' (XEP-0198 §5).</source>
        <translation>&lt;resumed/&gt; nomme la session « %1 » ; nous avons repris « %2 » (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>The server's &lt;%1/&gt; says it handled %2 stanzas, fewer than the %3 it had acknowledged before (XEP-0198 §4).</source>
        <translation>Le &lt;%1/&gt; du serveur indique %2 stanzas traitées, moins que les %3 déjà accusées (XEP-0198 §4).</translation>
    </message>
    <message>
        <source>Stream management: %1 unacknowledged stanzas were older than the %2 kept, and are not sent again.</source>
        <translation>Gestion de flux : %1 stanzas non confirmées étaient plus anciennes que les %2 conservées, et ne sont pas renvoyées.</translation>
    </message>
    <message>
        <source>Stream management: &lt;enabled/&gt; grants resumption, which was not asked for (XEP-0198 §3); not used.</source>
        <translation>Gestion de flux : &lt;enabled/&gt; accorde une reprise qui n'a pas été demandée (XEP-0198 §3) ; non utilisée.</translation>
    </message>
    <message>
        <source>Stream management: &lt;failed h='%1'/&gt; cannot be right: %2 stanzas were sent on the dropped stream, %3 acknowledged (XEP-0198 §5).</source>
        <translation>Gestion de flux : &lt;failed h='%1'/&gt; ne peut pas être juste : %2 stanzas ont été envoyées sur le flux interrompu, %3 confirmées (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>Stream management: by its &lt;failed h='%1'/&gt;, the server handled %2 of the %3 stanzas sent on the dropped stream; %4 never arrived (XEP-0198 §5).</source>
        <translation>Gestion de flux : d'après son &lt;failed h='%1'/&gt;, le serveur a traité %2 des %3 stanzas envoyées sur le flux interrompu ; %4 ne sont jamais arrivées (XEP-0198 §5).</translation>
    </message>
    <message>
        <source>Stream management: an &lt;r/&gt; while it is not enabled is not answered (XEP-0198 §4).</source>
        <translation>Gestion de flux : un &lt;r/&gt; reçu alors qu'elle n'est pas activée reste sans réponse (XEP-0198 §4).</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>Temps (ms)</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Conn.</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>whitespace keepalive</source>
        <translation>keepalive par espace</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) outside any XML stream</source>
        <translation>
            <numerusform>%n octet hors de tout flux XML</numerusform>
            <numerusform>%n octets hors de tout flux XML</numerusform>
        </translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>phase : %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>DNS: %n candidate(s) for %1, DNSSEC %2</source>
        <translation>
            <numerusform>DNS : %n candidat pour %1, DNSSEC %2</numerusform>
            <numerusform>DNS : %n candidats pour %1, DNSSEC %2</numerusform>
        </translation>
    </message>
    <message>
        <source>connection %1: %2, %3 (%4 ↔ %5)</source>
        <translation>connexion %1 : %2, %3 (%4 ↔ %5)</translation>
    </message>
    <message>
        <source>session started</source>
        <translation>session démarrée</translation>
    </message>
    <message>
        <source>session finished: success</source>
        <translation>session terminée : réussite</translation>
    </message>
    <message>
        <source>session finished: %1</source>
        <translation>session terminée : %1</translation>
    </message>
    <message>
        <source>phase (%1): %2</source>
        <translation>phase (%1) : %2</translation>
    </message>
    <message>
        <source>%1 rid %2</source>
        <translation>%1 rid %2</translation>
    </message>
    <message>
        <source>HTTP %1 for rid %2 after %3 ms</source>
        <translation>HTTP %1 pour le rid %2 après %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>, %n element(s)</source>
        <translation>
            <numerusform>, %n élément</numerusform>
            <numerusform>, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>, terminate</source>
        <translation>, fin (terminate)</translation>
    </message>
    <message>
        <source>, terminate: %1</source>
        <translation>, fin (terminate) : %1</translation>
    </message>
    <message>
        <source>end of the stream</source>
        <translation>fin du flux</translation>
    </message>
    <message>
        <source>, session creation</source>
        <translation>, création de la session</translation>
    </message>
    <message>
        <source>, stream restart</source>
        <translation>, redémarrage du flux</translation>
    </message>
    <message>
        <source>, empty (long poll)</source>
        <translation>, vide (long poll)</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamPane</name>
    <message>
        <source>Filter: text in the element or summary</source>
        <translation>Filtre : texte de l'élément ou du résumé</translation>
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
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Find: Enter or F3 next, Shift+F3 previous</source>
        <translation>Rechercher : Entrée ou F3 pour le suivant, Maj+F3 pour le précédent</translation>
    </message>
</context>
<context>
    <name>Inspector::StreamParser</name>
    <message>
        <source>The peer sent more than %1 bytes on this connection (the limit).</source>
        <translation>Le pair a envoyé plus de %1 octets sur cette connexion (la limite).</translation>
    </message>
    <message>
        <source>The peer sent bytes that are not valid UTF-8 (RFC 6120 §11.6).</source>
        <translation>Le pair a envoyé des octets qui ne sont pas de l'UTF-8 valide (RFC 6120 §11.6).</translation>
    </message>
    <message>
        <source>The stream header exceeds the limit of %1 bytes.</source>
        <translation>L'en-tête de flux dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>A stanza exceeds the size limit of %1 bytes.</source>
        <translation>Une stanza dépasse la limite de taille de %1 octets.</translation>
    </message>
    <message>
        <source>The peer sent a document type declaration (RFC 6120 §11.1).</source>
        <translation>Le pair a envoyé une déclaration de type de document (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <source>The peer sent an XML comment (RFC 6120 §11.1).</source>
        <translation>Le pair a envoyé un commentaire XML (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <source>The peer sent a processing instruction (RFC 6120 §11.1).</source>
        <translation>Le pair a envoyé une instruction de traitement (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <source>The peer sent an entity reference (RFC 6120 §11.1).</source>
        <translation>Le pair a envoyé une référence d'entité (RFC 6120 §11.1).</translation>
    </message>
    <message>
        <source>The stream header has %1 attributes, more than the limit of %2.</source>
        <translation>L'en-tête de flux a %1 attributs, plus que la limite de %2.</translation>
    </message>
    <message>
        <source>Elements are nested deeper than the limit of %1.</source>
        <translation>Des éléments sont imbriqués plus profondément que la limite de %1.</translation>
    </message>
    <message>
        <source>An element has %1 attributes, more than the limit of %2.</source>
        <translation>Un élément a %1 attributs, plus que la limite de %2.</translation>
    </message>
    <message>
        <source>The peer sent character data between top-level elements.</source>
        <translation>Le pair a envoyé des données textuelles entre des éléments de premier niveau.</translation>
    </message>
    <message>
        <source>Keepalive whitespace exceeds the size limit of %1 bytes.</source>
        <translation>L'espace blanc de maintien de connexion dépasse la limite de taille de %1 octets.</translation>
    </message>
    <message>
        <source>The peer sent more than %1 top-level elements and keepalives on this connection (the limit).</source>
        <translation>Le pair a envoyé plus de %1 éléments de premier niveau et keepalives sur cette connexion (la limite).</translation>
    </message>
    <message>
        <source>The peer sent a namespace prefix with the character U+%1, which XML 1.0 does not allow there (§2.3, fourth-edition name characters).</source>
        <translation>Le pair a envoyé un préfixe d'espace de noms contenant le caractère U+%1, que XML 1.0 n'autorise pas à cet endroit (§2.3, caractères de nom de la quatrième édition).</translation>
    </message>
    <message>
        <source>The peer sent an attribute name with the character U+%1, which XML 1.0 does not allow there (§2.3, fourth-edition name characters).</source>
        <translation>Le pair a envoyé un nom d'attribut contenant le caractère U+%1, que XML 1.0 n'autorise pas à cet endroit (§2.3, caractères de nom de la quatrième édition).</translation>
    </message>
    <message>
        <source>The peer sent a start tag with the attribute %1 twice (XML 1.0 §3.1).</source>
        <translation>Le pair a envoyé une balise ouvrante avec l'attribut %1 en double (XML 1.0 §3.1).</translation>
    </message>
    <message>
        <source>The peer sent data after the end of the stream.</source>
        <translation>Le pair a envoyé des données après la fin du flux.</translation>
    </message>
    <message>
        <source>The peer declared the encoding %1; XMPP streams are UTF-8 (RFC 6120 §11.6).</source>
        <translation>Le pair a déclaré l'encodage %1 ; les flux XMPP sont en UTF-8 (RFC 6120 §11.6).</translation>
    </message>
    <message>
        <source>The stream root is {%1}%2, not {%3}%4.</source>
        <translation>La racine du flux est {%1}%2, et non {%3}%4.</translation>
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
        <translation>proposé : %1, exigé : %2, passage en TLS : %3</translation>
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
    <message>
        <source>Double-click for the details and to save it as PEM</source>
        <translation>Double-cliquez pour afficher les détails et l'enregistrer au format PEM</translation>
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
        <translation>réussie</translation>
    </message>
    <message>
        <source>succeeded with problems</source>
        <translation>réussie avec des problèmes</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>finding severity</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>finding severity</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>finding severity</comment>
        <translation>Information</translation>
    </message>
    <message>
        <source>answered in %1 ms (connection %2)</source>
        <translation>répondu en %1 ms (connexion %2)</translation>
    </message>
    <message>
        <source>no answer in time (connection %1)</source>
        <translation>pas de réponse à temps (connexion %1)</translation>
    </message>
    <message>
        <source>answered with an error: %1 (connection %2)</source>
        <translation>répondu par une erreur : %1 (connexion %2)</translation>
    </message>
    <message>
        <source>%1 (connection %2)</source>
        <translation>%1 (connexion %2)</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Gestion de flux</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>%1 → %2 over WebSocket %3</source>
        <translation>%1 → %2 par WebSocket %3</translation>
    </message>
    <message>
        <source>%1 → %2 over BOSH %3</source>
        <translation>%1 → %2 par BOSH %3</translation>
    </message>
</context>
<context>
    <name>Inspector::TimelineModel</name>
    <message>
        <source>peer</source>
        <translation>pair</translation>
    </message>
    <message>
        <source>originating</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérificateur</translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation>faisant autorité</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>récepteur</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>lane title: domain · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Temps (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>remote server</source>
        <translation>serveur distant</translation>
    </message>
</context>
<context>
    <name>Inspector::TimelineView</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
    </message>
    <message>
        <source>%1 ms, %2: %3</source>
        <comment>time, lane: label</comment>
        <translation>%1 ms, %2 : %3</translation>
    </message>
    <message>
        <source>%1 ms, %2 → %3: %4</source>
        <comment>time, from lane → to lane: label</comment>
        <translation>%1 ms, %2 → %3 : %4</translation>
    </message>
</context>
<context>
    <name>Inspector::TlsErrorText</name>
    <message>
        <source>the issuer's certificate cannot be found (an intermediate is missing, or the root is not trusted)</source>
        <translation>le certificat de l’émetteur est introuvable (un certificat intermédiaire manque, ou la racine n’est pas de confiance)</translation>
    </message>
    <message>
        <source>the certificate's signature does not verify</source>
        <translation>la signature du certificat n’est pas valide</translation>
    </message>
    <message>
        <source>the certificate is not yet valid</source>
        <translation>le certificat n’est pas encore valide</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>le certificat a expiré</translation>
    </message>
    <message>
        <source>the certificate's validity dates cannot be read</source>
        <translation>les dates de validité du certificat sont illisibles</translation>
    </message>
    <message>
        <source>the certificate is self-signed and not trusted</source>
        <translation>le certificat est auto-signé et n’est pas de confiance</translation>
    </message>
    <message>
        <source>the chain ends in a self-signed certificate that is not trusted</source>
        <translation>la chaîne se termine par un certificat auto-signé qui n’est pas de confiance</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>le certificat a été révoqué</translation>
    </message>
    <message>
        <source>a certificate in the chain may not issue certificates</source>
        <translation>un certificat de la chaîne n’a pas le droit d’émettre des certificats</translation>
    </message>
    <message>
        <source>the chain is longer than an issuer allows</source>
        <translation>la chaîne est plus longue qu’un émetteur ne le permet</translation>
    </message>
    <message>
        <source>the certificate is not meant for this purpose</source>
        <translation>le certificat n’est pas prévu pour cet usage</translation>
    </message>
    <message>
        <source>the peer presented no certificate</source>
        <translation>le pair n’a présenté aucun certificat</translation>
    </message>
    <message>
        <source>the certificate does not name the host</source>
        <translation>le certificat ne nomme pas l’hôte</translation>
    </message>
    <message>
        <source>the certificate is blacklisted</source>
        <translation>le certificat est sur une liste noire</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>the peer closed the connection</source>
        <translation>le pair a fermé la connexion</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>la connexion a expiré</translation>
    </message>
    <message>
        <source>network error (unreachable?)</source>
        <translation>erreur réseau (injoignable ?)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>erreur TLS : %1</translation>
    </message>
    <message>
        <source>the first certificate cannot be verified (its issuer is missing)</source>
        <translation>le premier certificat ne peut pas être vérifié (son émetteur manque)</translation>
    </message>
    <message>
        <source>the issuer's public key cannot be read</source>
        <translation>la clé publique de l’émetteur est illisible</translation>
    </message>
    <message>
        <source>the root is not trusted for this purpose</source>
        <translation>la racine n’est pas de confiance pour cet usage</translation>
    </message>
    <message>
        <source>the root is marked to reject this purpose</source>
        <translation>la racine est marquée pour refuser cet usage</translation>
    </message>
    <message>
        <source>a certificate does not belong to the issuer after it in the chain</source>
        <translation>un certificat n’appartient pas à l’émetteur qui le suit dans la chaîne</translation>
    </message>
    <message>
        <source>the address is already in use</source>
        <translation>l’adresse est déjà utilisée</translation>
    </message>
    <message>
        <source>the address is not available on this machine</source>
        <translation>l’adresse n’est pas disponible sur cette machine</translation>
    </message>
    <message>
        <source>certificate error %1</source>
        <translation>erreur de certificat %1</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>erreur de socket %1</translation>
    </message>
</context>
<context>
    <name>Inspector::WebSocketTransport</name>
    <message>
        <source>the server did not agree to the 'xmpp' WebSocket subprotocol (RFC 7395 §3.1)</source>
        <translation>le serveur n’a pas accepté le sous-protocole WebSocket « xmpp » (RFC 7395 §3.1)</translation>
    </message>
    <message>
        <source>the server sent a binary message of %1 bytes: the XMPP subprotocol uses text messages only (RFC 7395 §3.2)</source>
        <translation>le serveur a envoyé un message binaire de %1 octets : le sous-protocole XMPP n’utilise que des messages texte (RFC 7395 §3.2)</translation>
    </message>
    <message>
        <source>the WebSocket was closed with code %1 (RFC 6455 §7.4)%2</source>
        <translation>le WebSocket a été fermé avec le code %1 (RFC 6455 §7.4)%2</translation>
    </message>
    <message>
        <source>the server answered the WebSocket handshake with HTTP %1 %2 instead of 101 Switching Protocols (RFC 6455 §4.1)</source>
        <translation>le serveur a répondu à la poignée de main WebSocket par HTTP %1 %2 au lieu de 101 Switching Protocols (RFC 6455 §4.1)</translation>
    </message>
    <message>
        <source>the server answered the WebSocket handshake with HTTP 403 %1: what a server answers when it does not accept the origin %2 (RFC 6455 §10.2); without it, the handshake shows whether that is the reason</source>
        <translation>le serveur a répondu à la poignée de main WebSocket par HTTP 403 %1 : ce que répond un serveur qui n'accepte pas l'origine %2 (RFC 6455 §10.2) ; sans elle, la poignée de main montre si c'est la raison</translation>
    </message>
</context>
<context>
    <name>Jid</name>
    <message>
        <source>The address is empty.</source>
        <translation>L'adresse est vide.</translation>
    </message>
    <message>
        <source>The resource after '/' is empty.</source>
        <translation>La ressource après « / » est vide.</translation>
    </message>
    <message>
        <source>The resource is longer than 1023 bytes.</source>
        <translation>La ressource dépasse 1023 octets.</translation>
    </message>
    <message>
        <source>The local part before '@' is empty.</source>
        <translation>La partie locale avant « @ » est vide.</translation>
    </message>
    <message>
        <source>The local part is longer than 1023 bytes.</source>
        <translation>La partie locale dépasse 1023 octets.</translation>
    </message>
    <message>
        <source>The local part contains the character '%1', which an XMPP address cannot contain.</source>
        <translation>La partie locale contient le caractère « %1 », interdit dans une adresse XMPP.</translation>
    </message>
    <message>
        <source>Expected a domain, without '@' or '/'.</source>
        <translation>Un domaine est attendu, sans « @ » ni « / ».</translation>
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation>Le domaine est vide.</translation>
    </message>
    <message>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>Le domaine dépasse 1023 octets.</translation>
    </message>
    <message>
        <source>The bracketed domain is not an IPv6 address.</source>
        <translation>Le domaine entre crochets n'est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>The domain has an empty label (two dots in a row, or a leading dot).</source>
        <translation>Le domaine comporte une étiquette vide (deux points consécutifs, ou un point initial).</translation>
    </message>
    <message>
        <source>The domain label '%1' is longer than 63 bytes.</source>
        <translation>L'étiquette de domaine « %1 » dépasse 63 octets.</translation>
    </message>
    <message>
        <source>The domain contains the character '%1', which a domain cannot contain.</source>
        <translation>Le domaine contient le caractère « %1 », interdit dans un nom de domaine.</translation>
    </message>
    <message>
        <source>The domain label '%1' starts or ends with a hyphen.</source>
        <translation>L'étiquette de domaine « %1 » commence ou se termine par un trait d'union.</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>TCP connected</source>
        <translation>TCP connecté</translation>
    </message>
    <message>
        <source>Connection accepted</source>
        <translation>Connexion acceptée</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>TLS established</source>
        <translation>TLS établi</translation>
    </message>
    <message>
        <source>Stream opened</source>
        <translation>Flux ouvert</translation>
    </message>
    <message>
        <source>Stream restarted</source>
        <translation>Flux redémarré</translation>
    </message>
    <message>
        <source>Stream header received</source>
        <translation>En-tête de flux reçu</translation>
    </message>
    <message>
        <source>Features received</source>
        <translation>Fonctionnalités reçues</translation>
    </message>
    <message>
        <source>Features sent</source>
        <translation>Fonctionnalités envoyées</translation>
    </message>
    <message>
        <source>STARTTLS requested</source>
        <translation>STARTTLS demandé</translation>
    </message>
    <message>
        <source>STARTTLS accepted</source>
        <translation>STARTTLS accepté</translation>
    </message>
    <message>
        <source>SASL EXTERNAL sent</source>
        <translation>SASL EXTERNAL envoyé</translation>
    </message>
    <message>
        <source>SASL authentication sent</source>
        <translation>Authentification SASL envoyée</translation>
    </message>
    <message>
        <source>Dialback key sent</source>
        <translation>Clé Dialback envoyée</translation>
    </message>
    <message>
        <source>Dialback verification sent</source>
        <translation>Vérification Dialback envoyée</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>Resource binding requested</source>
        <translation>Liaison de ressource demandée</translation>
    </message>
    <message>
        <source>Resource bound</source>
        <translation>Ressource liée</translation>
    </message>
    <message>
        <source>Session established</source>
        <translation>Session établie</translation>
    </message>
    <message>
        <source>Roster received</source>
        <translation>Liste de contacts reçue</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Ping sent</source>
        <translation>Ping envoyé</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Closing the stream</source>
        <translation>Fermeture du flux</translation>
    </message>
    <message>
        <source>Stream closed</source>
        <translation>Flux fermé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>SASL %1 sent</source>
        <translation>SASL %1 envoyé</translation>
    </message>
    <message>
        <source>Looking up DNS</source>
        <translation>Recherche DNS</translation>
    </message>
    <message>
        <source>Trying a server</source>
        <translation>Essai d’un serveur</translation>
    </message>
    <message>
        <source>Waiting for replies</source>
        <translation>Attente des réponses</translation>
    </message>
    <message>
        <source>Staying open</source>
        <translation>Reste ouvert</translation>
    </message>
    <message>
        <source>Wrapping up</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l’écoute</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Sending the stanzas</source>
        <translation>Envoi des stanzas</translation>
    </message>
    <message>
        <source>Asking for the roster</source>
        <translation>Demande de la liste de contacts</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Envoi du message</translation>
    </message>
    <message>
        <source>Pinging</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Staying online</source>
        <translation>Reste en ligne</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions terminées</translation>
    </message>
    <message>
        <source>server-to-server session</source>
        <translation>session serveur à serveur</translation>
    </message>
    <message>
        <source>client actions</source>
        <translation>actions du client</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>écouteur</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>labo</translation>
    </message>
    <message>
        <source>initiating</source>
        <translation>initiatrice</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>réceptrice</translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation>faisant autorité</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérificatrice</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Stream management requested</source>
        <translation>Gestion de flux demandée</translation>
    </message>
    <message>
        <source>Stream management enabled</source>
        <translation>Gestion de flux activée</translation>
    </message>
    <message>
        <source>Acknowledgement requested</source>
        <translation>Accusé de réception demandé</translation>
    </message>
    <message>
        <source>Resumption requested</source>
        <translation>Reprise demandée</translation>
    </message>
    <message>
        <source>Session resumed</source>
        <translation>Session reprise</translation>
    </message>
    <message>
        <source>Connection dropped to resume</source>
        <translation>Connexion coupée pour reprendre</translation>
    </message>
    <message>
        <source>Registration form requested</source>
        <translation>Formulaire d'inscription demandé</translation>
    </message>
    <message>
        <source>Asking what the server offers</source>
        <translation>Demande de ce que propose le serveur</translation>
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
<context>
    <name>S2sOptions</name>
    <message>
        <source>'%1' is not [IPv6]:PORT.</source>
        <translation>« %1 » n'est pas de la forme [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>'%1' is not an IPv6 address.</source>
        <translation>« %1 » n'est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>'%1' is not HOST:PORT.</source>
        <translation>« %1 » n'est pas de la forme HÔTE:PORT.</translation>
    </message>
    <message>
        <source>Write IPv6 addresses in brackets: [%1]:PORT.</source>
        <translation>Écrivez les adresses IPv6 entre crochets : [%1]:PORT.</translation>
    </message>
    <message>
        <source>'%1' is not a port number (1–65535).</source>
        <translation>« %1 » n'est pas un numéro de port (1–65535).</translation>
    </message>
    <message>
        <source>'%1' is not a host name or address.</source>
        <translation>« %1 » n'est ni un nom d'hôte ni une adresse.</translation>
    </message>
    <message>
        <source>'%1' is not a valid domain: %2</source>
        <translation>« %1 » n’est pas un domaine valide : %2</translation>
    </message>
</context>
<context>
    <name>ScanList</name>
    <message>
        <source>More than one word: one domain per line.</source>
        <translation>Plus d’un mot : un domaine par ligne.</translation>
    </message>
    <message>
        <source>An IP address, not a domain: servers are found and checked by their domain names.</source>
        <translation>Une adresse IP, pas un domaine : les serveurs sont trouvés et vérifiés par leur nom de domaine.</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes.</source>
        <translation>La ligne dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation>La ligne n’est pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>Listed before, on line %1.</source>
        <translation>Déjà listé, à la ligne %1.</translation>
    </message>
    <message>
        <source>More than %1 domains: the rest are not scanned.</source>
        <translation>Plus de %1 domaines : les suivants ne sont pas analysés.</translation>
    </message>
    <message>
        <source>Not a host name: letters, digits and hyphens between the dots.</source>
        <translation>Pas un nom d’hôte : des lettres, des chiffres et des traits d’union entre les points.</translation>
    </message>
    <message>
        <source>Not a host name: the last label is a number.</source>
        <translation>Pas un nom d’hôte : le dernier label est un nombre.</translation>
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
            <numerusform>%n domaine de la liste non vérifié : l’analyse a été arrêtée.</numerusform>
            <numerusform>%n domaines de la liste non vérifiés : l’analyse a été arrêtée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list skipped.</source>
        <translation>
            <numerusform>%n ligne de la liste ignorée.</numerusform>
            <numerusform>%n lignes de la liste ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan ended before its summary: these are the domains it finished.</source>
        <translation>L’analyse s’est terminée avant son résumé : voici les domaines qu’elle a achevés.</translation>
    </message>
    <message>
        <source>The scan took %1.</source>
        <translation>L’analyse a duré %1.</translation>
    </message>
    <message>
        <source>Sessions from %1.</source>
        <translation>Sessions depuis %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n domain(s) succeeded</source>
        <translation>
            <numerusform>Le domaine (%n) a réussi</numerusform>
            <numerusform>Les %n domaines ont tous réussi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n domain(s) failed</source>
        <translation>
            <numerusform>%1 domaine sur %n en échec</numerusform>
            <numerusform>%1 domaines sur %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Vérifié en</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Phases: %1</source>
        <translation>Phases : %1</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Filter: domain, outcome, TLS version, finding…</source>
        <translation>Filtre : domaine, résultat, version TLS, constat…</translation>
    </message>
    <message>
        <source>Filter the domains</source>
        <translation>Filtrer les domaines</translation>
    </message>
    <message>
        <source>%1 of %2 domains shown</source>
        <translation>%1 domaines affichés sur %2</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No domain has a finding.</source>
        <translation>Aucun domaine n’a de constat.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding (as the first domain with it has it)</source>
        <translation>Constat (tel que le premier domaine concerné l’a)</translation>
    </message>
    <message>
        <source>Lines of the list skipped</source>
        <translation>Lignes de la liste ignorées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>Federation scan of %n domain(s)</source>
        <translation>
            <numerusform>Analyse de fédération de %n domaine</numerusform>
            <numerusform>Analyse de fédération de %n domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute</comment>
        <extracomment>The report's language tag (BCP 47) for the HTML lang attribute: de, fr, …</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Lines skipped</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>Made by XMPP Inspector %1 on %2.</source>
        <translation>Produit par XMPP Inspector %1 le %2.</translation>
    </message>
</context>
<context>
    <name>ScanRow</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate days left</source>
        <translation>Certificat (jours)</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>invalide (bogus)</translation>
    </message>
</context>
<context>
    <name>Scram</name>
    <message>
        <source>The server asks for a SCRAM extension this client does not know.</source>
        <translation>Le serveur demande une extension SCRAM que ce client ne connaît pas.</translation>
    </message>
    <message>
        <source>The server's first SCRAM message is malformed: '%1'.</source>
        <translation>Le premier message SCRAM du serveur est mal formé : « %1 ».</translation>
    </message>
    <message>
        <source>The server's nonce does not extend ours (RFC 5802 §5.1): a replay or a broken server.</source>
        <translation>Le nonce du serveur ne prolonge pas le nôtre (RFC 5802 §5.1) : rejeu ou serveur défectueux.</translation>
    </message>
    <message>
        <source>The iteration count %1 is out of range.</source>
        <translation>Le nombre d'itérations %1 est hors limites.</translation>
    </message>
    <message>
        <source>The server reports a SCRAM error: %1</source>
        <translation>Le serveur signale une erreur SCRAM : %1</translation>
    </message>
    <message>
        <source>The server's signature does not match: it does not know the password, or something altered the exchange.</source>
        <translation>La signature du serveur ne correspond pas : il ne connaît pas le mot de passe, ou quelque chose a altéré l'échange.</translation>
    </message>
</context>
<context>
    <name>SessionDiff</name>
    <message>
        <source>No differences in outcome, features, TLS, verdicts or phases.
</source>
        <translation>Aucune différence de résultat, de fonctionnalités, de TLS, de verdicts ou de phases.
</translation>
    </message>
</context>
<context>
    <name>Specifications</name>
    <message>
        <source>%1: a domain is needed.</source>
        <translation>%1 : un domaine est nécessaire.</translation>
    </message>
    <message>
        <source>%1: '%2' is not a valid domain: %3</source>
        <translation>%1 : « %2 » n’est pas un domaine valide : %3</translation>
    </message>
    <message>
        <source>%1: '%2' is not a valid address: %3</source>
        <translation>%1 : « %2 » n’est pas une adresse valide : %3</translation>
    </message>
    <message>
        <source>%1: a host name or address has no spaces.</source>
        <translation>%1 : un nom d’hôte ou une adresse ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>%1: '%2' is not one of %3.</source>
        <translation>%1 : « %2 » ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>%1: dialback needs %2 (this tool answers the remote's verification) or %3.</source>
        <translation>%1 : le dialback a besoin de %2 (cet outil répond à la vérification du serveur distant) ou de %3.</translation>
    </message>
    <message>
        <source>%1: an account, user@domain, is needed.</source>
        <translation>%1 : un compte, utilisateur@domaine, est nécessaire.</translation>
    </message>
    <message>
        <source>%1: a password is needed to log in.</source>
        <translation>%1 : un mot de passe est nécessaire pour se connecter.</translation>
    </message>
    <message>
        <source>%1: %2 is not a number from 1 to 10000000.</source>
        <translation>%1 : %2 n’est pas un nombre de 1 à 10000000.</translation>
    </message>
    <message>
        <source>%1: an IP address is needed, not '%2'.</source>
        <translation>%1 : une adresse IP est nécessaire, pas « %2 ».</translation>
    </message>
    <message>
        <source>Listening as %1</source>
        <translation>À l’écoute en tant que %1</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Labo : %1</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS : %1</translation>
    </message>
    <message>
        <source>%1: a duration from 0 to 86400 seconds is needed.</source>
        <translation>%1 : une durée de 0 à 86400 secondes est nécessaire.</translation>
    </message>
    <message>
        <source>%1: a duration of more than 0 and at most 86400 seconds is needed.</source>
        <translation>%1 : une durée de plus de 0 et d’au plus 86400 secondes est nécessaire.</translation>
    </message>
    <message>
        <source>%1: the queries need an authenticated stream: give %2, %3 or %4.</source>
        <translation>%1 : les requêtes ont besoin d’un flux authentifié : indiquez %2, %3 ou %4.</translation>
    </message>
    <message>
        <source>%1: give %2, %3 or %4.</source>
        <translation>%1 : indiquez %2, %3 ou %4.</translation>
    </message>
    <message>
        <source>%1: '%2' has no user part; an account is user@domain.</source>
        <translation>%1 : « %2 » n’a pas de partie utilisateur ; un compte est utilisateur@domaine.</translation>
    </message>
    <message>
        <source>%1: '%2' has a resource; the account is the bare user@domain.</source>
        <translation>%1 : « %2 » a une ressource ; le compte est l’adresse nue utilisateur@domaine.</translation>
    </message>
    <message>
        <source>%1: a message needs both %2 and %3.</source>
        <translation>%1 : un message a besoin de %2 et de %3.</translation>
    </message>
    <message>
        <source>%1 needs a login with stream management.</source>
        <translation>%1 exige une connexion avec gestion de flux.</translation>
    </message>
    <message>
        <source>%1 runs alone: without discovery, the roster, a message, a ping, stanzas or staying online.</source>
        <translation>%1 s'exécute seul : sans découverte de services, liste de contacts, message, ping, stanzas ni présence en ligne.</translation>
    </message>
    <message>
        <source>%1: '%2' is not a wss:// (or ws://) URL with a host.</source>
        <translation>%1 : « %2 » n’est pas une URL wss:// (ou ws://) avec un hôte.</translation>
    </message>
    <message>
        <source>%1 runs alone: without the resumption test, discovery, the roster, a message, a ping, stanzas or staying online.</source>
        <translation>%1 s’exécute seul : sans le test de reprise, la découverte, le roster, un message, un ping, des stanzas ni rester en ligne.</translation>
    </message>
    <message>
        <source>%1: '%2' is not an https:// (or http://) URL with a host.</source>
        <translation>%1 : '%2' n’est pas une URL https:// (ou http://) avec un hôte.</translation>
    </message>
    <message>
        <source>%1 and %2: one path at a time.</source>
        <translation>%1 et %2 : un chemin à la fois.</translation>
    </message>
    <message>
        <source>%1: %2 binds to one TLS connection, and BOSH uses several.</source>
        <translation>%1 : %2 se lie à une connexion TLS, et BOSH en utilise plusieurs.</translation>
    </message>
    <message>
        <source>%1 finds the paths itself: not with a host or a WebSocket or BOSH URL.</source>
        <translation>%1 trouve les chemins lui-même : pas avec un hôte ni une URL WebSocket ou BOSH.</translation>
    </message>
    <message>
        <source>%1 runs over TCP or WebSocket, not BOSH.</source>
        <translation>%1 passe par TCP ou WebSocket, pas par BOSH.</translation>
    </message>
    <message>
        <source>%1: a user name or password in the URL would be recorded with the session; it is refused.</source>
        <translation>%1 : un nom d’utilisateur ou un mot de passe dans l’URL serait enregistré avec la session ; elle est refusée.</translation>
    </message>
    <message>
        <source>%1: '%2' is not an origin such as https://app.example (a scheme, a host and maybe a port; no path).</source>
        <translation>%1 : '%2' n'est pas une origine comme https://app.example (un schéma, un hôte et éventuellement un port ; pas de chemin).</translation>
    </message>
    <message>
        <source>%1 goes with a WebSocket or BOSH URL, or with %2.</source>
        <translation>%1 va avec une URL WebSocket ou BOSH, ou avec %2.</translation>
    </message>
</context>
<context>
    <name>StreamError</name>
    <message>
        <source>The peer could not process the XML we sent.</source>
        <translation>Le pair n'a pas pu traiter le XML que nous avons envoyé.</translation>
    </message>
    <message>
        <source>A namespace prefix is missing or not supported (is db: declared?).</source>
        <translation>Un préfixe d'espace de noms est manquant ou non pris en charge (db: est-il déclaré ?).</translation>
    </message>
    <message>
        <source>A new stream replaced this one, or an existing stream blocks it.</source>
        <translation>Un nouveau flux a remplacé celui-ci, ou un flux existant le bloque.</translation>
    </message>
    <message>
        <source>The peer thinks we are gone: no traffic for too long.</source>
        <translation>Le pair pense que nous sommes partis : aucun trafic depuis trop longtemps.</translation>
    </message>
    <message>
        <source>The peer no longer serves the domain in our 'to'.</source>
        <translation>Le pair ne gère plus le domaine indiqué dans notre « to ».</translation>
    </message>
    <message>
        <source>The peer does not serve the domain in our 'to' (missing virtual host?).</source>
        <translation>Le pair ne gère pas le domaine indiqué dans notre « to » (hôte virtuel manquant ?).</translation>
    </message>
    <message>
        <source>A 'to' or 'from' address is missing or invalid.</source>
        <translation>Une adresse « to » ou « from » est manquante ou invalide.</translation>
    </message>
    <message>
        <source>The peer hit an internal error or misconfiguration.</source>
        <translation>Le pair a rencontré une erreur interne ou un problème de configuration.</translation>
    </message>
    <message>
        <source>Our 'from' is not authorised on this stream.</source>
        <translation>Notre « from » n'est pas autorisé sur ce flux.</translation>
    </message>
    <message>
        <source>The stream or content namespace is wrong.</source>
        <translation>L'espace de noms du flux ou du contenu est incorrect.</translation>
    </message>
    <message>
        <source>The peer validates XML and ours was invalid.</source>
        <translation>Le pair valide le XML et le nôtre était invalide.</translation>
    </message>
    <message>
        <source>Not allowed before authentication, or refused by policy.</source>
        <translation>Non autorisé avant l'authentification, ou refusé par la politique du pair.</translation>
    </message>
    <message>
        <source>The peer found our XML not well-formed.</source>
        <translation>Le pair a jugé notre XML mal formé.</translation>
    </message>
    <message>
        <source>A local policy of the peer was violated (size, encryption, …).</source>
        <translation>Une règle locale du pair a été enfreinte (taille, chiffrement, …).</translation>
    </message>
    <message>
        <source>The peer could not reach a remote server it needed.</source>
        <translation>Le pair n'a pas pu joindre un serveur distant dont il avait besoin.</translation>
    </message>
    <message>
        <source>The security context must be renegotiated.</source>
        <translation>Le contexte de sécurité doit être renégocié.</translation>
    </message>
    <message>
        <source>The peer lacks resources (overloaded or connection limits).</source>
        <translation>Le pair manque de ressources (surcharge ou limite de connexions).</translation>
    </message>
    <message>
        <source>Comments, PIs, DTDs or entity references are not allowed.</source>
        <translation>Les commentaires, instructions de traitement, DTD et références d'entités ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>The peer redirects us to another host.</source>
        <translation>Le pair nous redirige vers un autre hôte.</translation>
    </message>
    <message>
        <source>The peer is shutting down.</source>
        <translation>Le pair est en cours d'arrêt.</translation>
    </message>
    <message>
        <source>No defined condition applies; see the application condition.</source>
        <translation>Aucune condition définie ne s'applique ; voir la condition applicative.</translation>
    </message>
    <message>
        <source>The encoding is not UTF-8.</source>
        <translation>L'encodage n'est pas UTF-8.</translation>
    </message>
    <message>
        <source>A feature the peer requires is not supported.</source>
        <translation>Une fonctionnalité exigée par le pair n'est pas prise en charge.</translation>
    </message>
    <message>
        <source>The peer does not understand a top-level element.</source>
        <translation>Le pair ne comprend pas un élément de premier niveau.</translation>
    </message>
    <message>
        <source>The peer does not support our stream version.</source>
        <translation>Le pair ne prend pas en charge notre version de flux.</translation>
    </message>
    <message>
        <source>A condition not defined by RFC 6120.</source>
        <translation>Une condition non définie par la RFC 6120.</translation>
    </message>
</context>
<context>
    <name>StreamFeatures</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Upgrade this connection to TLS (RFC 6120 §5).</source>
        <translation>Passer cette connexion en TLS (RFC 6120 §5).</translation>
    </message>
    <message>
        <source>no mechanisms</source>
        <translation>aucun mécanisme</translation>
    </message>
    <message>
        <source>An empty list: the peer accepts no SASL mechanism from us here (before TLS, or our certificate was not accepted).</source>
        <translation>Une liste vide : le pair n'accepte ici aucun mécanisme SASL de notre part (avant TLS, ou notre certificat n'a pas été accepté).</translation>
    </message>
    <message>
        <source>Authentication mechanisms offered (RFC 6120 §6); EXTERNAL uses our TLS certificate (XEP-0178).</source>
        <translation>Mécanismes d'authentification proposés (RFC 6120 §6) ; EXTERNAL utilise notre certificat TLS (XEP-0178).</translation>
    </message>
    <message>
        <source>with error handling</source>
        <translation>avec gestion des erreurs</translation>
    </message>
    <message>
        <source>without &lt;errors/&gt;</source>
        <translation>sans &lt;errors/&gt;</translation>
    </message>
    <message>
        <source>Server Dialback (XEP-0220 §2.4): the peer verifies our domain by calling its authoritative server back.</source>
        <translation>Server Dialback (XEP-0220 §2.4) : le pair vérifie notre domaine en rappelant son serveur faisant autorité.</translation>
    </message>
    <message>
        <source>Bidirectional server-to-server streams (XEP-0288).</source>
        <translation>Flux de serveur à serveur bidirectionnels (XEP-0288).</translation>
    </message>
    <message>
        <source>Stream Management</source>
        <translation>Stream Management</translation>
    </message>
    <message>
        <source>Acknowledgements and resumption (XEP-0198).</source>
        <translation>Accusés de réception et reprise de session (XEP-0198).</translation>
    </message>
    <message>
        <source>Entity capabilities (XEP-0115): what the server supports, as a hash.</source>
        <translation>Capacités d'entité (XEP-0115) : ce que le serveur prend en charge, sous forme de hachage.</translation>
    </message>
    <message>
        <source>Stream compression (XEP-0138), obsolete for security reasons.</source>
        <translation>Compression du flux (XEP-0138), obsolète pour des raisons de sécurité.</translation>
    </message>
    <message>
        <source>Resource binding (RFC 6120 §7).</source>
        <translation>Liaison de ressource (RFC 6120 §7).</translation>
    </message>
    <message>
        <source>Legacy session establishment (RFC 3921).</source>
        <translation>Ancien mécanisme d'établissement de session (RFC 3921).</translation>
    </message>
    <message>
        <source>Roster versioning</source>
        <translation>Versionnage de la liste de contacts</translation>
    </message>
    <message>
        <source>Subscription pre-approval (RFC 6121 §3.4).</source>
        <translation>Pré-approbation des abonnements (RFC 6121 §3.4).</translation>
    </message>
    <message>
        <source>Client state indication (XEP-0352).</source>
        <translation>Indication de l'état du client (XEP-0352).</translation>
    </message>
    <message>
        <source>In-band registration (XEP-0077).</source>
        <translation>Inscription dans le flux (in-band, XEP-0077).</translation>
    </message>
    <message>
        <source>Extensible SASL profile (XEP-0388).</source>
        <translation>Profil SASL extensible (XEP-0388).</translation>
    </message>
    <message>
        <source>Channel binding</source>
        <translation>Liaison de canal</translation>
    </message>
    <message>
        <source>Channel-binding types offered (XEP-0440).</source>
        <translation>Types de liaison de canal proposés (XEP-0440).</translation>
    </message>
    <message>
        <source>max %1 bytes, idle %2 s</source>
        <translation>max. %1 octets, inactivité %2 s</translation>
    </message>
    <message>
        <source>Stream limits (XEP-0478).</source>
        <translation>Limites du flux (XEP-0478).</translation>
    </message>
    <message>
        <source>A feature this tool does not know; its XML is shown as sent.</source>
        <translation>Une fonctionnalité que cet outil ne connaît pas ; son XML est affiché tel qu'il a été envoyé.</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <source>Stream features (RFC 6120 §4.3.2): what the receiving side offers to negotiate next — TLS first, then authentication. They are sent again after every stream restart, and STARTTLS disappears once TLS is on (§5.4.3.3).</source>
        <translation>Fonctionnalités du flux (RFC 6120 §4.3.2) : ce que le côté récepteur propose de négocier ensuite — d'abord TLS, puis l'authentification. Elles sont renvoyées après chaque redémarrage du flux, et STARTTLS disparaît une fois TLS actif (§5.4.3.3).</translation>
    </message>
    <message>
        <source>A stream error (RFC 6120 §4.9): the stream is over; the sender closes it right after. </source>
        <translation>Une erreur de flux (RFC 6120 §4.9) : le flux est terminé ; l'émetteur le ferme juste après. </translation>
    </message>
    <message>
        <source>Asking to upgrade this connection to TLS (RFC 6120 §5.4.2.1). Nothing else may be sent until the answer.</source>
        <translation>Demande de passage de cette connexion en TLS (RFC 6120 §5.4.2.1). Rien d'autre ne peut être envoyé avant la réponse.</translation>
    </message>
    <message>
        <source>The peer agrees (RFC 6120 §5.4.2.3): the TLS handshake starts with the very next byte; no more plain XML on this connection.</source>
        <translation>Le pair accepte (RFC 6120 §5.4.2.3) : la négociation TLS commence dès l'octet suivant ; plus de XML en clair sur cette connexion.</translation>
    </message>
    <message>
        <source>The peer refuses TLS (RFC 6120 §5.4.2.2) and closes the stream and the connection.</source>
        <translation>Le pair refuse TLS (RFC 6120 §5.4.2.2) et ferme le flux ainsi que la connexion.</translation>
    </message>
    <message>
        <source>Server Dialback, step 1 (XEP-0220 §2.1.1): the originating server claims its domain with a key made from a secret and this stream's id (XEP-0185). The receiving server will check it with the domain's authoritative server over another connection.</source>
        <translation>Server Dialback, étape 1 (XEP-0220 §2.1.1) : le serveur d'origine revendique son domaine avec une clé calculée à partir d'un secret et de l'identifiant de ce flux (XEP-0185). Le serveur récepteur la vérifiera auprès du serveur faisant autorité pour ce domaine, via une autre connexion.</translation>
    </message>
    <message>
        <source>Step 2 (XEP-0220 §2.1.2): the receiving server asks the authoritative server of the claimed domain whether this key is right for this stream id.</source>
        <translation>Étape 2 (XEP-0220 §2.1.2) : le serveur récepteur demande au serveur faisant autorité pour le domaine revendiqué si cette clé est correcte pour cet identifiant de flux.</translation>
    </message>
    <message>
        <source>SASL authentication (RFC 6120 §6.4.2). With EXTERNAL (XEP-0178 §3) the TLS certificate is the credential; the payload names the domain to act as.</source>
        <translation>Authentification SASL (RFC 6120 §6.4.2). Avec EXTERNAL (XEP-0178 §3), le certificat TLS sert de justificatif d'identité ; la charge utile indique le domaine au nom duquel agir.</translation>
    </message>
    <message>
        <source>Authenticated (RFC 6120 §6.4.6): both sides restart the stream without closing the connection, and new features follow.</source>
        <translation>Authentifié (RFC 6120 §6.4.6) : les deux côtés redémarrent le flux sans fermer la connexion, puis de nouvelles fonctionnalités sont envoyées.</translation>
    </message>
    <message>
        <source>SASL failed (RFC 6120 §6.5): the condition says why; dialback may be tried instead.</source>
        <translation>Échec SASL (RFC 6120 §6.5) : la condition en indique la raison ; Dialback peut être tenté à la place.</translation>
    </message>
    <message>
        <source>An application-level ping (XEP-0199): any answer from the remote domain proves the federation link works.</source>
        <translation>Un ping applicatif (XEP-0199) : toute réponse du domaine distant prouve que le lien de fédération fonctionne.</translation>
    </message>
    <message>
        <source>Service discovery (XEP-0030): what the remote entity is and which features it supports.</source>
        <translation>Découverte de services (XEP-0030) : ce qu'est l'entité distante et quelles fonctionnalités elle prend en charge.</translation>
    </message>
    <message>
        <source>Software version (XEP-0092): the server's name and version.</source>
        <translation>Version du logiciel (XEP-0092) : le nom et la version du serveur.</translation>
    </message>
    <message>
        <source>An error answer (RFC 6120 §8.3): the condition and who generated it tell where the problem is.</source>
        <translation>Une réponse d'erreur (RFC 6120 §8.3) : la condition et l'entité qui l'a générée indiquent où se situe le problème.</translation>
    </message>
    <message>
        <source>A new stream header on the same connection: the stream restarts after TLS or SASL (RFC 6120 §4.3.3); everything negotiated before is forgotten.</source>
        <translation>Un nouvel en-tête de flux sur la même connexion : le flux redémarre après TLS ou SASL (RFC 6120 §4.3.3) ; tout ce qui a été négocié auparavant est oublié.</translation>
    </message>
    <message>
        <source>Opening the stream (RFC 6120 §4.2, §4.7): 'from' and 'to' name the two domains, version 1.0 asks for stream features, and xmlns:db says dialback is understood (XEP-0220 §2.4.1).</source>
        <translation>Ouverture du flux (RFC 6120 §4.2, §4.7) : « from » et « to » désignent les deux domaines, la version 1.0 demande les fonctionnalités du flux, et xmlns:db indique que Dialback est compris (XEP-0220 §2.4.1).</translation>
    </message>
    <message>
        <source>The peer's stream header (RFC 6120 §4.7): it carries a fresh stream id, which must change at every restart; dialback keys are bound to it.</source>
        <translation>L'en-tête de flux du pair (RFC 6120 §4.7) : il porte un nouvel identifiant de flux, qui doit changer à chaque redémarrage ; les clés Dialback y sont liées.</translation>
    </message>
    <message>
        <source>A whitespace keepalive (RFC 6120 §4.6.1): a single space between stanzas keeps idle connections open.</source>
        <translation>Un keepalive par espace (RFC 6120 §4.6.1) : un simple espace entre les stanzas maintient ouvertes les connexions inactives.</translation>
    </message>
    <message>
        <source>Closing the stream (RFC 6120 §4.4): the other side answers with its own closing tag, then the TCP connection ends.</source>
        <translation>Fermeture du flux (RFC 6120 §4.4) : l'autre côté répond par sa propre balise de fermeture, puis la connexion TCP se termine.</translation>
    </message>
    <message>
        <source>The TLS handshake is complete: from here on the bytes on the wire are encrypted; this tool shows them in the clear.</source>
        <translation>La négociation TLS est terminée : à partir d'ici, les octets qui transitent sur le réseau sont chiffrés ; cet outil les affiche en clair.</translation>
    </message>
    <message>
        <source>Bytes that belong to no XML stream, such as cleartext after &lt;proceed/&gt; (RFC 6120 §5.4.2.3).</source>
        <translation>Octets n'appartenant à aucun flux XML, comme des données en clair après &lt;proceed/&gt; (RFC 6120 §5.4.2.3).</translation>
    </message>
    <message>
        <source>Step 3 (XEP-0220 §2.2.2): the authoritative server answers; only it can recompute the key, because only it knows the secret.</source>
        <translation>Étape 3 (XEP-0220 §2.2.2) : le serveur faisant autorité répond ; lui seul peut recalculer la clé, car lui seul connaît le secret.</translation>
    </message>
    <message>
        <source>Step 4 (XEP-0220 §2.2.1): the receiving server accepts the domain on this stream; stanzas from it may flow now.</source>
        <translation>Étape 4 (XEP-0220 §2.2.1) : le serveur récepteur accepte le domaine sur ce flux ; ses stanzas peuvent maintenant circuler.</translation>
    </message>
    <message>
        <source>Step 4 (XEP-0220 §2.2.1, §2.5): the receiving server refuses the domain: the key was not confirmed, or the authoritative server could not be reached.</source>
        <translation>Étape 4 (XEP-0220 §2.2.1, §2.5) : le serveur récepteur refuse le domaine : la clé n’a pas été confirmée, ou le serveur faisant autorité était injoignable.</translation>
    </message>
    <message>
        <source>Asking for a bidirectional stream (XEP-0288 §2.2), just before authenticating: the other server may then send its own stanzas back on this connection instead of opening one of its own. No answer comes.</source>
        <translation>Demande d'un flux bidirectionnel (XEP-0288 §2.2), juste avant l'authentification : l'autre serveur peut alors renvoyer ses propres stanzas sur cette connexion au lieu d'en ouvrir une à lui. Aucune réponse ne vient.</translation>
    </message>
    <message>
        <source>A stanza on our own outgoing stream: only a bidirectional stream (XEP-0288) carries these, and only for the domain pair the sender is authenticated for (§2.2) — the verdicts say whether this one counted.</source>
        <translation>Une stanza sur notre propre flux sortant : seul un flux bidirectionnel (XEP-0288) en transporte, et seulement pour la paire de domaines pour laquelle l'expéditeur est authentifié (§2.2) — les verdicts disent si celle-ci a compté.</translation>
    </message>
    <message>
        <source>The answer to an earlier request with the same id (RFC 6120 §8.2.3). Between servers it travels on the answering server's own stream, unless ours is bidirectional (XEP-0288).</source>
        <translation>La réponse à une requête antérieure de même identifiant (RFC 6120 §8.2.3). Entre serveurs, elle passe par le propre flux du serveur qui répond, sauf si le nôtre est bidirectionnel (XEP-0288).</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Cannot write '%1': %2</source>
        <translation>Impossible d'écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot read '%1': %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>the record is longer than 16 MiB.</source>
        <translation>l'enregistrement dépasse 16 Mio.</translation>
    </message>
    <message>
        <source>the file ends in the middle of a record (it was cut off); the %1 events before it were read.</source>
        <translation>le fichier se termine au milieu d'un enregistrement (il a été tronqué) ; les %1 événements qui le précèdent ont été lus.</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>ce n'est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>this is not an XMPP Inspector transcript.</source>
        <translation>ce n'est pas une transcription XMPP Inspector.</translation>
    </message>
    <message>
        <source>format version %1 is newer than this tool understands (%2); update the tool.</source>
        <translation>la version de format %1 est plus récente que celle que cet outil comprend (%2) ; mettez l'outil à jour.</translation>
    </message>
    <message>
        <source>a connection record without a valid id.</source>
        <translation>un enregistrement de connexion sans identifiant valide.</translation>
    </message>
    <message>
        <source>unknown event kind '%1'.</source>
        <translation>type d'événement « %1 » inconnu.</translation>
    </message>
    <message>
        <source>unknown direction '%1'.</source>
        <translation>direction « %1 » inconnue.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>Saving '%1' was stopped; nothing was written.</source>
        <translation>L'enregistrement de « %1 » a été interrompu ; rien n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>reading was stopped; the %n events before it were read.</source>
        <translation>
            <numerusform>la lecture a été interrompue ; %n événement qui précède a été lu.</numerusform>
            <numerusform>la lecture a été interrompue ; les %n événements qui précèdent ont été lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading the file failed (%1); the %n events before it were read.</source>
        <translation>
            <numerusform>la lecture du fichier a échoué (%1) ; %n événement qui précède a été lu.</numerusform>
            <numerusform>la lecture du fichier a échoué (%1) ; les %n événements qui précèdent ont été lus.</numerusform>
        </translation>
    </message>
</context>
</TS>