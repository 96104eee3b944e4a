<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditPanel</name>
    <message numerus="yes">
        <location filename="../../ui/backoffice/audit/panel.py" line="+164"/>
        <source>The log is intact (%n records).</source>
        <translation>
            <numerusform>The log is intact (%n record).</numerusform>
            <numerusform>The log is intact (%n records).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Balances and points of %n members match the ledger.</source>
        <translation>
            <numerusform>The balance and points of %n member match the ledger.</numerusform>
            <numerusform>Balances and points of %n members match the ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n records written to {path}.</source>
        <translation>
            <numerusform>%n record written to {path}.</numerusform>
            <numerusform>%n records written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBox</name>
    <message numerus="yes">
        <location filename="../../ui/backoffice/transfer/export_box.py" line="+116"/>
        <source>%n row(s) written to {path}.</source>
        <translation>
            <numerusform>%n row written to {path}.</numerusform>
            <numerusform>%n rows written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message numerus="yes">
        <location filename="../../ui/backoffice/transfer/import_box.py" line="+168"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberListPage</name>
    <message numerus="yes">
        <location filename="../../ui/backoffice/members/list_page.py" line="+142"/>
        <source>%n member(s) found; Enter opens</source>
        <translation>
            <numerusform>%n member found; Enter opens</numerusform>
            <numerusform>%n members found; Enter opens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffersSection</name>
    <message numerus="yes">
        <location filename="../../ui/backoffice/programme/offers.py" line="+142"/>
        <source>last seen {day}, %n days ago</source>
        <translation>
            <numerusform>last seen {day}, %n day ago</numerusform>
            <numerusform>last seen {day}, %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintBox</name>
    <message numerus="yes">
        <location filename="../../ui/backoffice/cards/print_box.py" line="+110"/>
        <source>Issuing %n card(s)…</source>
        <translation>
            <numerusform>Issuing %n card…</numerusform>
            <numerusform>Issuing %n cards…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Printing %n card(s)…</source>
        <translation>
            <numerusform>Printing %n card…</numerusform>
            <numerusform>Printing %n cards…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n card(s) issued, from {first} to {last}: print them now.</source>
        <translation>
            <numerusform>%n card issued, from {first} to {last}: print it now.</numerusform>
            <numerusform>%n cards issued, from {first} to {last}: print them now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n card(s) printed on {pages} page(s) in {path}.</source>
        <translation>
            <numerusform>%n card printed on {pages} page(s) in {path}.</numerusform>
            <numerusform>%n cards printed on {pages} page(s) in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message numerus="yes">
        <location filename="../../ui/reports/window.py" line="+210"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sign_in.py" line="+189"/>
        <source>Wrong PIN. Tries left before a lock: %n.</source>
        <translation>
            <numerusform>Wrong PIN. Tries left before a lock: %n.</numerusform>
            <numerusform>Wrong PIN. Tries left before a lock: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Locked after wrong PINs: try again in %n s.</source>
        <translation>
            <numerusform>Locked after wrong PINs: try again in %n s.</numerusform>
            <numerusform>Locked after wrong PINs: try again in %n s.</numerusform>
        </translation>
    </message>
</context>
</TS>
