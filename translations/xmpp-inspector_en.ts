<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DnsLookup</name>
    <message numerus="yes">
        <source>No complete DNS answer within %1 s from %2 (%n question(s) unanswered).</source>
        <translation>
            <numerusform>No complete DNS answer within %1 s from %2 (%n question unanswered).</numerusform>
            <numerusform>No complete DNS answer within %1 s from %2 (%n questions unanswered).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message numerus="yes">
        <source>A whitespace keepalive of %n byte(s).</source>
        <translation>
            <numerusform>A whitespace keepalive of %n byte.</numerusform>
            <numerusform>A whitespace keepalive of %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>The server sent %n certificate(s) and no trusted root is reached: an intermediate certificate is missing, or the issuer is unknown here.</source>
        <translation>
            <numerusform>The server sent %n certificate and no trusted root is reached: an intermediate certificate is missing, or the issuer is unknown here.</numerusform>
            <numerusform>The server sent %n certificates and no trusted root is reached: an intermediate certificate is missing, or the issuer is unknown here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>The certificate expires in %n day</numerusform>
            <numerusform>The certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dialback: %n answer(s) that answer no request of ours</source>
        <translation>
            <numerusform>Dialback: %n answer that answers no request of ours</numerusform>
            <numerusform>Dialback: %n answers that answer no request of ours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stanzas on the bidirectional stream for %n domain pair(s) the peer is not authenticated for</source>
        <translation>
            <numerusform>Stanzas on the bidirectional stream for %n domain pair the peer is not authenticated for</numerusform>
            <numerusform>Stanzas on the bidirectional stream for %n domain pairs the peer is not authenticated for</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::BoshTransport</name>
    <message numerus="yes">
        <source>%n request(s) still unanswered when the session ended: given up (XEP-0124 §13).</source>
        <translation>
            <numerusform>%n request still unanswered when the session ended: given up (XEP-0124 §13).</numerusform>
            <numerusform>%n requests still unanswered when the session ended: given up (XEP-0124 §13).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ConsolePane</name>
    <message numerus="yes">
        <source>Well-formed: %n element(s) to send.</source>
        <translation>
            <numerusform>Well-formed: %n element to send.</numerusform>
            <numerusform>Well-formed: %n elements to send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n element(s).</source>
        <translation>
            <numerusform>Sent %n element.</numerusform>
            <numerusform>Sent %n elements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::FileField</name>
    <message numerus="yes">
        <source>%1: '%2' is larger than %n MiB.</source>
        <translation>
            <numerusform>%1: '%2' is larger than %n MiB.</numerusform>
            <numerusform>%1: '%2' is larger than %n MiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::MainWindow</name>
    <message numerus="yes">
        <source>Compare: %n difference(s)</source>
        <translation>
            <numerusform>Compare: %n difference</numerusform>
            <numerusform>Compare: %n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) did not end normally last time (the program was closed unexpectedly). Reopen what was recorded?</source>
        <translation>
            <numerusform>%n session did not end normally last time (the program was closed unexpectedly). Reopen what was recorded?</numerusform>
            <numerusform>%n sessions did not end normally last time (the program was closed unexpectedly). Reopen what was recorded?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ProbeAll</name>
    <message numerus="yes">
        <source>%n of the paths tried failed.</source>
        <translation>
            <numerusform>%n of the paths tried failed.</numerusform>
            <numerusform>%n of the paths tried failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ReadingBar</name>
    <message numerus="yes">
        <source>Reading %1: %2 of %3, %Ln events so far…</source>
        <translation>
            <numerusform>Reading %1: %2 of %3, one event so far…</numerusform>
            <numerusform>Reading %1: %2 of %3, %Ln events so far…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::S2sListener</name>
    <message numerus="yes">
        <source>Refused %n more inbound connection(s) while %1 were open (the limit).</source>
        <translation>
            <numerusform>Refused %n more inbound connection while %1 were open (the limit).</numerusform>
            <numerusform>Refused %n more inbound connections while %1 were open (the limit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::S2sSession</name>
    <message numerus="yes">
        <source>The stream stays open for %n second(s): stanzas from the console are sent on it.</source>
        <translation>
            <numerusform>The stream stays open for %n second: stanzas from the console are sent on it.</numerusform>
            <numerusform>The stream stays open for %n seconds: stanzas from the console are sent on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ScanDialog</name>
    <message numerus="yes">
        <source>%n domain(s) to scan.</source>
        <translation>
            <numerusform>%n domain to scan.</numerusform>
            <numerusform>%n domains to scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped; line %1 '%2': %3</source>
        <translation>
            <numerusform>%n line skipped; line %1 '%2': %3</numerusform>
            <numerusform>%n lines skipped; line %1 '%2': %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::ScanView</name>
    <message numerus="yes">
        <source>Scan of %n domain(s)</source>
        <translation>
            <numerusform>Scan of %n domain</numerusform>
            <numerusform>Scan of %n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n domain(s) failed.</source>
        <translation>
            <numerusform>%1 of %n domain failed.</numerusform>
            <numerusform>%1 of %n domains failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not scanned (stopped).</source>
        <translation>
            <numerusform>%n not scanned (stopped).</numerusform>
            <numerusform>%n not scanned (stopped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list skipped.</source>
        <translation>
            <numerusform>%n line of the list skipped.</numerusform>
            <numerusform>%n lines of the list skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector::StreamModel</name>
    <message numerus="yes">
        <source>%n byte(s) outside any XML stream</source>
        <translation>
            <numerusform>%n byte outside any XML stream</numerusform>
            <numerusform>%n bytes outside any XML stream</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS: %n candidate(s) for %1, DNSSEC %2</source>
        <translation>
            <numerusform>DNS: %n candidate for %1, DNSSEC %2</numerusform>
            <numerusform>DNS: %n candidates for %1, DNSSEC %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n element(s)</source>
        <translation>
            <numerusform>, %n element</numerusform>
            <numerusform>, %n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message numerus="yes">
        <source>%n domain(s) of the list not scanned: the scan was stopped.</source>
        <translation>
            <numerusform>%n domain of the list not scanned: the scan was stopped.</numerusform>
            <numerusform>%n domains of the list not scanned: the scan was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list skipped.</source>
        <translation>
            <numerusform>%n line of the list skipped.</numerusform>
            <numerusform>%n lines of the list skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n domain(s) succeeded</source>
        <translation>
            <numerusform>The %n domain succeeded</numerusform>
            <numerusform>All %n domains succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n domain(s) failed</source>
        <translation>
            <numerusform>%1 of %n domain failed</numerusform>
            <numerusform>%1 of %n domains failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Federation scan of %n domain(s)</source>
        <translation>
            <numerusform>Federation scan of %n domain</numerusform>
            <numerusform>Federation scan of %n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanRow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message numerus="yes">
        <source>reading was stopped; the %n events before it were read.</source>
        <translation>
            <numerusform>reading was stopped; the event before it was read.</numerusform>
            <numerusform>reading was stopped; the %n events before it were read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading the file failed (%1); the %n events before it were read.</source>
        <translation>
            <numerusform>reading the file failed (%1); the event before it was read.</numerusform>
            <numerusform>reading the file failed (%1); the %n events before it were read.</numerusform>
        </translation>
    </message>
</context>
</TS>
