<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
