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
    <name>Challenges</name>
    <message numerus="yes">
        <location filename="../../pos_loyalty/domain/challenge_words.py" line="+48"/>
        <source>{name}: completed, +%n point(s)</source>
        <translation>
            <numerusform>{name}: completed, +%n point</numerusform>
            <numerusform>{name}: completed, +%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{done} of %n purchase(s)</source>
        <translation>
            <numerusform>{done} of %n purchase</numerusform>
            <numerusform>{done} of %n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
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
    <name>Reasons</name>
    <message numerus="yes">
        <location filename="../../pos_loyalty/domain/reasons.py" line="+128"/>
        <source>no redemption asked (up to %n point(s) allowed)</source>
        <translation>
            <numerusform>no redemption asked (up to %n point allowed)</numerusform>
            <numerusform>no redemption asked (up to %n points allowed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>redemption limited to %n point(s) ({percent} % of {base})</source>
        <translation>
            <numerusform>redemption limited to %n point ({percent} % of {base})</numerusform>
            <numerusform>redemption limited to %n points ({percent} % of {base})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>redemption limited to %n point(s): that is the spendable balance</source>
        <translation>
            <numerusform>redemption limited to %n point: that is the spendable balance</numerusform>
            <numerusform>redemption limited to %n points: that is the spendable balance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>redemption limited to %n point(s): {why}</source>
        <translation>
            <numerusform>redemption limited to %n point: {why}</numerusform>
            <numerusform>redemption limited to %n points: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>redemption limited to %n point(s): the cap per member until the next sync is {limit}</source>
        <translation>
            <numerusform>redemption limited to %n point: the cap per member until the next sync is {limit}</numerusform>
            <numerusform>redemption limited to %n points: the cap per member until the next sync is {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>redemption limited to %n point(s): the cap of this terminal until the next sync is {limit}</source>
        <translation>
            <numerusform>redemption limited to %n point: the cap of this terminal until the next sync is {limit}</numerusform>
            <numerusform>redemption limited to %n points: the cap of this terminal until the next sync is {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>redemption limited to %n point(s): the server&apos;s balance allows that</source>
        <translation>
            <numerusform>redemption limited to %n point: the server&apos;s balance allows that</numerusform>
            <numerusform>redemption limited to %n points: the server&apos;s balance allows that</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>redemption limited to %n point(s): reserved at the server (other counters hold the rest)</source>
        <translation>
            <numerusform>redemption limited to %n point: reserved at the server (other counters hold the rest)</numerusform>
            <numerusform>redemption limited to %n points: reserved at the server (other counters hold the rest)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n point(s) pay {value}</source>
        <translation>
            <numerusform>%n point pay {value}</numerusform>
            <numerusform>%n points pay {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>earn {percent} % of {base} = %n point(s)</source>
        <translation>
            <numerusform>earn {percent} % of {base} = %n point</numerusform>
            <numerusform>earn {percent} % of {base} = %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>+%n point(s): {name}</source>
        <translation>
            <numerusform>+%n point: {name}</numerusform>
            <numerusform>+%n points: {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>completes the challenge {name}: +%n point(s)</source>
        <translation>
            <numerusform>completes the challenge {name}: +%n point</numerusform>
            <numerusform>completes the challenge {name}: +%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message numerus="yes">
        <location filename="../../ui/reports/window.py" line="+219"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardGiveBack</name>
    <message numerus="yes">
        <location filename="../../ui/checkout/reward_give_back.py" line="+40"/>
        <source>Give back {name}, taken on {day}? The member gets %n point(s) back and the reward goes back to the stock.</source>
        <translation>
            <numerusform>Give back {name}, taken on {day}? The member gets %n point back and the reward goes back to the stock.</numerusform>
            <numerusform>Give back {name}, taken on {day}? The member gets %n points back and the reward goes back to the stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Reward given back: {name}, %n point(s) returned; balance now {balance}.</source>
        <translation>
            <numerusform>Reward given back: {name}, %n point returned; balance now {balance}.</numerusform>
            <numerusform>Reward given back: {name}, %n points returned; balance now {balance}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardsAtCounter</name>
    <message numerus="yes">
        <location filename="../../ui/checkout/rewards_dialog.py" line="+248"/>
        <source>Reward given: {name} for %n point(s); balance now {balance}.</source>
        <translation>
            <numerusform>Reward given: {name} for %n point; balance now {balance}.</numerusform>
            <numerusform>Reward given: {name} for %n points; balance now {balance}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message numerus="yes">
        <location line="-85"/>
        <source>Give for %n point(s)</source>
        <translation>
            <numerusform>Give for %n point</numerusform>
            <numerusform>Give for %n points</numerusform>
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
<context>
    <name>Slip</name>
    <message numerus="yes">
        <location filename="../../pos_loyalty/domain/slip.py" line="+216"/>
        <source>%n point(s) can be spent until {date}</source>
        <translation>
            <numerusform>%n point can be spent until {date}</numerusform>
            <numerusform>%n points can be spent until {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakenRewards</name>
    <message numerus="yes">
        <location filename="../../ui/checkout/rewards_taken.py" line="+55"/>
        <source>Taken in the last %n day(s), not given back:</source>
        <translation>
            <numerusform>Taken in the last %n day, not given back:</numerusform>
            <numerusform>Taken in the last %n days, not given back:</numerusform>
        </translation>
    </message>
</context>
</TS>
