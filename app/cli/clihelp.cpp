// SPDX-License-Identifier: GPL-3.0-or-later
// The texts of xmpp-inspector-cli --help and of each command's --help.
#include "clioptions.h"

#include "session/outgoings2s.h"

namespace Inspector::Cli {

QString usage()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  s2s        open a server-to-server stream: features, TLS, authentication, queries\n"
        "  c2s        log in as a user: STARTTLS, SCRAM, binding, roster, message, ping\n"
        "  dns        find a domain's XMPP servers: SRV of both kinds, addresses, TLSA, DNSSEC\n"
        "  scan       check many domains at once (a list): one JSON line per domain\n"
        "  listen     receive server-to-server connections for a domain and record them\n"
        "  lab        run the built-in lab: a complete federation on loopback, no server needed\n"
        "  show       print a saved transcript: the summary and every event\n"
        "  export     turn a transcript into HTML, Markdown, text or the JSON summary\n"
        "  diff       compare two transcripts, or two scans domain by domain\n"
        "\n"
        "Run 'xmpp-inspector-cli COMMAND --help' for the options of a command.\n"
        "Other options: --help, --version.\n");
}

namespace {
/// `help` with the phases --stop-after accepts in place of %1: the stoppable ones of the
/// outgoing connection's table, in protocol order, wrapped under the option's description.
QString withStoppablePhases(const QString &help)
{
    QString out, line;
    for (const QString &id : OutgoingS2s::phaseTable().stoppable()) {
        if (!line.isEmpty() && line.size() + id.size() + 2 > 64) {
            out += QStringLiteral("                         ") + line + QStringLiteral(",\n");
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(", ")) + id;
    }
    return help.arg(out + QStringLiteral("                         ") + line + QLatin1Char('\n'));
}
} // namespace

QString s2sHelp()
{
    return withStoppablePhases(QStringLiteral(
        "Usage: xmpp-inspector-cli s2s --from DOMAIN --to DOMAIN [options]\n"
        "\n"
        "Opens a server-to-server stream to --to as --from, reads the header and features,\n"
        "negotiates TLS, authenticates if asked, sends the queries asked for, and closes.\n"
        "\n"
        "Connection:\n"
        "  --from DOMAIN          our domain: the stream's 'from' (required)\n"
        "  --to DOMAIN            the remote domain: the stream's 'to', SNI and the name the\n"
        "                         certificate is checked against (required)\n"
        "  --host HOST            connect to HOST instead of DOMAIN (an address or a name)\n"
        "  --port N               TCP port (default 5269; 5270 with --tls direct)\n"
        "  --resolve D:HOST:PORT  reach domain D at HOST:PORT (verify connections); repeatable\n"
        "  --dns-server IP[:PORT] without --host: ask only this DNS server (default: the "
        "system's)\n"
        "                         for the SRV records (_xmpps-server, _xmpp-server), addresses\n"
        "                         and TLSA; every candidate address is tried in order\n"
        "  --trust-anchor FILE    DNSSEC trust anchors (DS or DNSKEY records, zone-file format)\n"
        "                         instead of the root key; repeatable. With --dns-server and\n"
        "                         no --trust-anchor, nothing is validated\n"
        "  --srv-seed N           seed of the weighted random order of equal-priority SRV\n"
        "                         targets (RFC 2782), to repeat a run; the JSON gives srvSeed\n"
        "  --tls MODE             auto: STARTTLS when offered (default); starttls: require it;\n"
        "                         direct: TLS from the first byte (XEP-0368), ALPN xmpp-server;\n"
        "                         none: never negotiate TLS\n"
        "  --strict-tls           certificate errors abort the handshake (default: they are\n"
        "                         reported and the session goes on, for inspection)\n"
        "  --ca FILE              PEM file of extra trust anchors\n"
        "  --timeout SECONDS      the longest wait for any one step of the peer (default 10)\n"
        "  --stop-after PHASE     close gracefully once PHASE is reached, one of:\n"
        "%1"
        "\n"
        "Authentication:\n"
        "  --auth MODE            none (default): probe only; dialback; external: SASL EXTERNAL\n"
        "                         with --cert/--key; auto: EXTERNAL when offered and a\n"
        "                         certificate is given, else dialback\n"
        "  --authoritative H:P    run this tool as the authoritative server for --from on H:P\n"
        "                         (an IP address): the remote connects back there to verify\n"
        "                         our dialback key; its DNS for --from must point there\n"
        "  --dialback-secret-file FILE, --dialback-secret-env VAR\n"
        "                         the dialback secret of your own server for --from (first\n"
        "                         line of FILE, or the variable VAR; Prosody's\n"
        "                         dialback_secret): the key is computed exactly as your server\n"
        "                         does, so when the remote asks your real server to verify it,\n"
        "                         the answer is valid. Never recorded or printed.\n"
        "  --dialback-secret S    the same on the command line (visible in ps: a warning)\n"
        "  --cert FILE --key FILE our certificate and key (PEM): SASL EXTERNAL client\n"
        "                         certificate, and STARTTLS on the authoritative listener\n"
        "  --bidi                 ask for a bidirectional stream (XEP-0288) where the remote\n"
        "                         offers it: its replies and requests can come back on our\n"
        "                         stream, counted only for the domain pair it is\n"
        "                         authenticated for\n"
        "  --no-sm                do not enable stream management (XEP-0198); by default it is\n"
        "                         enabled where the remote offers it on the authenticated\n"
        "                         stream (acknowledgements only, no resumption), and\n"
        "                         its count of the stanzas it handled is checked before closing\n"
        "\n"
        "After authentication:\n"
        "  --ping                 XEP-0199 ping, with the round-trip time\n"
        "  --disco                XEP-0030 disco#info of the remote domain\n"
        "  --software-version     XEP-0092 software version of the remote server\n"
        "  --send FILE            send the stanzas in FILE (XML; 'from'/'to' added if missing)\n"
        "\n"
        "Output:\n"
        "  --json                 print one JSON object on stdout\n"
        "  --verbose              print the stream on stderr as it happens\n"
        "  --transcript FILE      save the whole session as a transcript (.xitrace)\n"
        "  --keep-secrets         keep dialback keys and SASL payloads in the transcript\n"
        "                         and in --verbose (they are [redacted:LENGTH] otherwise)\n"
        "\n"
        "Exit status: 0 success, 1 the peer refused or failed the protocol, 2 usage error,\n"
        "3 network failure or timeout.\n"));
}

QString listenHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli listen --domain DOMAIN --bind HOST:PORT [options]\n"
        "\n"
        "Receives server-to-server connections for DOMAIN: offers STARTTLS (with --cert/--key),\n"
        "dialback and SASL EXTERNAL, verifies each sender's dialback key with its\n"
        "authoritative server, and records everything until --duration ends.\n"
        "\n"
        "Options:\n"
        "  --domain DOMAIN        the domain to receive for (required)\n"
        "  --bind HOST:PORT       the IP address and port to listen on (required)\n"
        "  --cert FILE --key FILE certificate and key for DOMAIN (PEM), for STARTTLS\n"
        "  --ca FILE              PEM file of extra trust anchors (peers' certificates)\n"
        "  --dialback-secret-file FILE, --dialback-secret-env VAR, --dialback-secret S\n"
        "                         answer <db:verify/> for DOMAIN with this secret (first line\n"
        "                         of FILE, the variable VAR, or the command line, visible in ps)\n"
        "  --resolve D:HOST:PORT  reach domain D's authoritative server at HOST:PORT; repeatable\n"
        "                         (otherwise its SRV records and fallback, as for any peer)\n"
        "  --dns-server IP[:PORT] ask only this DNS server (default: the system's)\n"
        "  --trust-anchor FILE    DNSSEC trust anchors (DS/DNSKEY) instead of the root key;\n"
        "                         repeatable. With --dns-server and none, nothing is validated\n"
        "  --srv-seed N           seed of the weighted order of equal-priority SRV targets\n"
        "  --duration SECONDS     how long to listen (default 60)\n"
        "  --timeout SECONDS      the longest wait for any one step of a peer (default 10)\n"
        "  --bidi                 offer bidirectional streams (XEP-0288; after STARTTLS when\n"
        "                         --cert is given): answers go back on the sender's connection\n"
        "  --json                 print one JSON object on stdout at the end\n"
        "  --verbose              print the streams on stderr as they happen\n"
        "  --transcript FILE      save the whole session as a transcript (.xitrace)\n"
        "  --keep-secrets         keep dialback keys and SASL payloads in the transcript\n"
        "                         and in --verbose (they are [redacted:LENGTH] otherwise)\n"
        "\n"
        "Exit status: 0 success, 2 usage error, 3 the address cannot be bound.\n");
}

QString c2sHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli c2s --jid USER@DOMAIN [--password-env VAR | --password-file "
        "FILE]\n"
        "                          [options]\n"
        "\n"
        "Logs in as a user: STARTTLS (or direct TLS), SASL, resource binding, then what is asked.\n"
        "\n"
        "Options:\n"
        "  --jid USER@DOMAIN      the account (required)\n"
        "  --password-env VAR     read the password from environment variable VAR\n"
        "  --password-file FILE   read it from the first line of FILE\n"
        "  --password PASSWORD    on the command line (other users can see it; avoid)\n"
        "  --host HOST --port N   connect there (port default 5222, 5223 with direct TLS);\n"
        "                         without --host: the _xmpps-client/_xmpp-client SRV records\n"
        "                         of DOMAIN (XEP-0368, RFC 6120 §3.2), else DOMAIN:5222\n"
        "  --websocket URL        log in over WebSocket (RFC 7395) at a wss:// (or ws://) URL,\n"
        "                         as web clients do: the URL's host is dialled and its\n"
        "                         certificate verified; not with --host, --port, --tls or DNS\n"
        "  --bosh URL             log in over BOSH (XEP-0124, XEP-0206) at an https:// (or\n"
        "                         http://) URL: each HTTP request and response is recorded\n"
        "                         with its timing; no -PLUS mechanism (several connections)\n"
        "  --origin ORIGIN        with --websocket, --bosh or --probe-all: the origin of the\n"
        "                         web client's page (https://app.example), sent as a browser\n"
        "                         sends it; over BOSH the preflight (OPTIONS) and the responses\n"
        "                         are checked as the browser checks them (CORS)\n"
        "  --dns-server IP[:PORT] without --host: ask only this DNS server\n"
        "  --trust-anchor FILE    DNSSEC trust anchors (DS/DNSKEY) instead of the root key;\n"
        "                         repeatable. With --dns-server and none, nothing is validated\n"
        "  --srv-seed N           seed of the weighted order of equal-priority SRV targets\n"
        "  --tls MODE             auto (default), starttls, direct (XEP-0368), none\n"
        "  --strict-tls           certificate errors abort the handshake\n"
        "  --ca FILE              PEM file of extra trust anchors\n"
        "  --mechanism NAME       use this SASL mechanism (default: the strongest offered of\n"
        "                         SCRAM-SHA-256-PLUS, SCRAM-SHA-1-PLUS, SCRAM-SHA-256,\n"
        "                         SCRAM-SHA-1, PLAIN; -PLUS with tls-server-end-point binding)\n"
        "  --allow-plaintext      allow PLAIN on an unencrypted stream\n"
        "  --insecure-credentials send the password (PLAIN) or the SCRAM proof even when the\n"
        "                         stream is not encrypted or the server's certificate is not\n"
        "                         trusted or not valid for DOMAIN (default: withheld, exit 1)\n"
        "  --min-scram-iterations N  refuse a SCRAM iteration count below N (default 4096,\n"
        "                         RFC 7677 §4)\n"
        "  --resource NAME        the resource to bind (default inspector)\n"
        "  --probe                only read the features (before and after TLS); no password\n"
        "  --disco                service discovery (XEP-0030) of the server and of the\n"
        "                         account: message carbons (XEP-0280), the message archive\n"
        "                         (XEP-0313), every feature explained, and the server's entity\n"
        "                         capabilities hash (XEP-0115) computed again and compared\n"
        "  --roster               fetch the roster\n"
        "  --send-to JID --body T send a message and watch for a delivery error\n"
        "  --ping JID             XEP-0199 ping of any JID (another domain: a federation test)\n"
        "  --send FILE            send the stanzas in FILE after binding\n"
        "  --stay SECONDS         send initial presence and stay online: the server probes the\n"
        "                         contacts' presence (RFC 6121 §4.2.2); what arrives is recorded\n"
        "  --no-sm                do not enable stream management (XEP-0198); by default it is\n"
        "                         enabled when offered, and the server's count of the stanzas\n"
        "                         it handled is checked before closing\n"
        "  --probe-all            find every path a client may take (the SRV targets, then the\n"
        "                         WebSocket and BOSH endpoints of host-meta, XEP-0156) and try\n"
        "                         each in turn: probed, or with a password logged in on; per\n"
        "                         path: works or why not, TLS, time to the features. Exit 1\n"
        "                         when a path fails\n"
        "  --resolve NAME:PORT:HOST:PORT  with --probe-all: HTTPS connections to NAME:PORT go\n"
        "                         to HOST:PORT (NAME still verified); repeatable\n"
        "  --sm-resume-test       log in, enable stream management with resumption, send a\n"
        "                         message to ourselves, drop TCP, then log in again and resume\n"
        "                         (XEP-0198 §5): what was sent again and whether the message\n"
        "                         arrived exactly once; exit 1 when resumption does not work\n"
        "  --timeout SECONDS      the longest wait for any one step of the server (default 10)\n"
        "  --json, --verbose, --transcript FILE, --keep-secrets  as for s2s; SASL payloads are\n"
        "                         recorded as [redacted:LENGTH] unless --keep-secrets\n"
        "\n"
        "Exit status: 0 success, 1 the server refused (authentication, binding, …) or the\n"
        "credentials were withheld (certificate, too few SCRAM iterations), 2 usage error,\n"
        "3 network failure or timeout.\n");
}

QString fileCommandsHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli show FILE [--keep-secrets]\n"
        "       xmpp-inspector-cli export FILE --format html|md|txt|json -o OUT [--keep-secrets]\n"
        "       xmpp-inspector-cli diff FILE1 FILE2 [--json]\n"
        "\n"
        "show prints a transcript's summary and every event. export writes it as a\n"
        "self-contained HTML report (outcome, findings with their remedy, TLS and DNS facts,\n"
        "the sequence diagram, the XML transcript up to 5000 events, what each element\n"
        "means), Markdown, plain text or the JSON summary the other commands print. diff\n"
        "lists what differs between two sessions (exit status 0: nothing, 1: differences,\n"
        "2: a file cannot be read). Given two scans (the JSON lines of scan), diff lists per\n"
        "domain what changed: outcome, findings, TLS, certificate, DNS, and the domains only\n"
        "in one of them.\n"
        "Dialback keys and SASL payloads a transcript kept are shown and exported as\n"
        "[redacted:LENGTH] unless --keep-secrets is given.\n");
}

QString labHelp()
{
    QString variants;
    for (const QString &v : LabSession::variantNames())
        variants += QStringLiteral("                         %1: %2\n")
                        .arg(v, LabSession::describe(
                                    LabSession::Variant(LabSession::variantNames().indexOf(v))));
    return QStringLiteral(
               "Usage: xmpp-inspector-cli lab [--variant NAME] [--json] [--verbose]\n"
               "\n"
               "Runs a complete server-to-server session on loopback between two roles of this\n"
               "tool: lab-a.localhost federates with lab-b.localhost, with certificates made at\n"
               "startup. Nothing needs to be installed or configured.\n"
               "\n"
               "Options:\n"
               "  --variant NAME         which lab to run (default standard):\n") +
           variants +
           QStringLiteral("  --json                 print one JSON object on stdout\n"
                          "  --verbose              print the streams on stderr as they happen\n"
                          "  --transcript FILE      save the whole session as a transcript\n"
                          "  --keep-secrets         keep dialback keys in the transcript and in\n"
                          "                         --verbose\n"
                          "\n"
                          "Exit status as for s2s.\n");
}

QString dnsHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli dns DOMAIN [--client] [--dns-server IP[:PORT]]\n"
        "                              [--trust-anchor FILE]... [--srv-seed N] [--json]\n"
        "                              [--verbose] [--transcript FILE]\n"
        "                              [--no-host-meta] [--resolve NAME:PORT:HOST:PORT]...\n"
        "                              [--ca FILE] [--timeout SECONDS]\n"
        "\n"
        "Lists the candidates a server (or with --client, a client) would connect to, in order:\n"
        "_xmpps-/_xmpp- SRV records (XEP-0368; target \".\" means no service), else the domain\n"
        "itself on the default port; the addresses of each, its TLSA records and the DNSSEC\n"
        "status (secure, insecure, bogus, unvalidated, stripped); and the findings.\n"
        "--dns-server asks only that server (a test zone before publishing it); DNSSEC is then\n"
        "validated only with --trust-anchor FILE (DS or DNSKEY records; repeatable), which\n"
        "otherwise replaces the root key (/usr/share/dns/root.key). --srv-seed N repeats the\n"
        "weighted order of equal-priority SRV targets (RFC 2782). --verbose prints the events\n"
        "on stderr; --transcript FILE saves the lookup as a session (show, diff).\n"
        "\n"
        "With --client, the web endpoints as well (XEP-0156): https://DOMAIN/.well-known/\n"
        "host-meta (XRD) and host-meta.json are fetched over HTTPS, the certificate verified\n"
        "(never overridden), through the same DNS server and no proxy, and their WebSocket\n"
        "(RFC 7395) and BOSH (XEP-0206) links listed after the SRV targets.\n"
        "  --no-host-meta         do not fetch them\n"
        "  --resolve NAME:PORT:HOST:PORT  connect to HOST:PORT instead of NAME:PORT (NAME is\n"
        "                         still verified and sent as the TLS server name); repeatable\n"
        "  --ca FILE              PEM file of extra trust anchors for HTTPS\n"
        "  --timeout SECONDS      the longest wait for each document (default 10)\n");
}

QString scanHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli scan --domains FILE [--concurrency N] [--per-address N]\n"
        "                               [--rate N] [--transcripts DIR] [--keep-secrets]\n"
        "                               [--html OUT]\n"
        "                               [the s2s options but --to, --host, --send,\n"
        "                               --transcript and --verbose]\n"
        "\n"
        "Checks every domain of FILE ('-': standard input) with one s2s session each, as\n"
        "'s2s --to DOMAIN' would with the same options, several at once. FILE holds one domain\n"
        "per line; '#' starts a comment. A line that is not a domain (an IP address, bad\n"
        "characters, several words) or repeats one is skipped with a warning, never the end.\n"
        "\n"
        "Standard output gets JSON lines: one {\"record\": \"skipped\"} per skipped line, one\n"
        "{\"record\": \"domain\"} per domain as soon as it is done (the keys of 's2s --json',\n"
        "and domain, elapsedMs), and last one {\"record\": \"summary\"} (counts by outcome\n"
        "and by finding code).\n"
        "\n"
        "  --concurrency N   domains looked up or checked at once (default 16, at most 256)\n"
        "  --per-address N   sessions at once to one address, the first a domain resolves to\n"
        "                    (default 2): one host serving many domains is not flooded\n"
        "  --rate N          new sessions per second in all (default 10)\n"
        "  --transcripts DIR one transcript per domain, DIR/DOMAIN.xitrace (--keep-secrets:\n"
        "                    with dialback keys and SASL payloads)\n"
        "  --html OUT        when the scan ends (also after Ctrl+C), a report of one page:\n"
        "                    a table of the domains, sortable and filtered in the browser,\n"
        "                    each row opening to its error, findings and phases\n"
        "\n"
        "A progress line goes to stderr when it is a terminal (and stdout is not). Ctrl+C or\n"
        "SIGTERM starts no new domain and lets the running ones end within their timeouts; a\n"
        "second one stops them (each still gives its record), a third quits. Exit status: 0\n"
        "every domain succeeded, 1 some failed, 2 usage error, 130 after Ctrl+C.\n"
        "Run 'xmpp-inspector-cli s2s --help' for the session options.\n");
}

} // namespace Inspector::Cli
