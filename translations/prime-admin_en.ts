<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../models/Format.cpp" line="+86"/>
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 and %n more</numerusform>
            <numerusform>%1, %2 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::KeyRotation</name>
    <message numerus="yes">
        <location filename="../app/core/KeyRotation.cpp" line="+124"/>
        <source>old key %1 (%2) has %n allowed IP(s)</source>
        <translation>
            <numerusform>old key %1 (%2) has %n allowed IP address or range</numerusform>
            <numerusform>old key %1 (%2) has %n allowed IP addresses or ranges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::models::BatchesModel</name>
    <message numerus="yes">
        <location filename="../models/BatchesModel.cpp" line="+63"/>
        <source>%1 of %n leg(s) settled</source>
        <extracomment>Read by screen readers for the &quot;Settled&quot; column, e.g. &quot;2 of 5 legs settled&quot; (&quot;leg&quot; = one asset&apos;s part of a settlement batch)</extracomment>
        <translation>
            <numerusform>%1 of %n leg settled</numerusform>
            <numerusform>%1 of %n legs settled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="+46"/>
        <source>Recorded in %1 (%n unreadable line(s) skipped)</source>
        <translation>
            <numerusform>Recorded in %1 (%n unreadable line skipped)</numerusform>
            <numerusform>Recorded in %1 (%n unreadable lines skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::BatchDetailView</name>
    <message numerus="yes">
        <location filename="../ui/BatchDetailView.cpp" line="+318"/>
        <source>Trade ids (%n)</source>
        <translation>
            <numerusform>Trade ids (%n)</numerusform>
            <numerusform>Trade ids (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::IpAllowListEditor</name>
    <message numerus="yes">
        <location filename="../ui/IpAllowListEditor.cpp" line="+212"/>
        <source>%n entry(ies) are not valid addresses or ranges; fix or remove them.</source>
        <translation>
            <numerusform>%n entry is not a valid address or range; fix or remove it.</numerusform>
            <numerusform>%n entries are not valid addresses or ranges; fix or remove them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::KeyActions</name>
    <message numerus="yes">
        <location filename="../ui/KeyActions.cpp" line="+94"/>
        <source>%n key rotation(s) did not finish. Use “Resume rotation…” on the Keys pane to finish or roll back.</source>
        <translation>
            <numerusform>%n key rotation did not finish. Use “Resume rotation…” on the Keys pane to finish or roll back.</numerusform>
            <numerusform>%n key rotations did not finish. Use “Resume rotation…” on the Keys pane to finish or roll back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>Key %1 accepts requests from %n address(es) or range(s).</source>
        <translation>
            <numerusform>Key %1 accepts requests from %n address or range.</numerusform>
            <numerusform>Key %1 accepts requests from %n addresses or ranges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::KeysPane</name>
    <message numerus="yes">
        <location filename="../ui/KeysPane.cpp" line="+280"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s) of %1</source>
        <translation>
            <numerusform>%n key of %1</numerusform>
            <numerusform>%n keys of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n shown</numerusform>
            <numerusform> — %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::LegsChart</name>
    <message numerus="yes">
        <location filename="../ui/LegsChart.cpp" line="+299"/>
        <source>%n leg(s): %1.</source>
        <extracomment>&quot;Leg&quot; = one asset&apos;s part of a settlement batch (an amount you receive or send); %1 lists the legs</extracomment>
        <translation>
            <numerusform>%n leg: %1.</numerusform>
            <numerusform>%n legs: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::ProfileDialog</name>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="+197"/>
        <source>It works: the key can read this account&apos;s API users (%n found).</source>
        <translation>
            <numerusform>It works: the key can read this account&apos;s API users (%n found).</numerusform>
            <numerusform>It works: the key can read this account&apos;s API users (%n found).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::SecretRevealDialog</name>
    <message numerus="yes">
        <location filename="../ui/SecretRevealDialog.cpp" line="+99"/>
        <source>A copied secret is hidden from clipboard history and cleared after %n second(s).</source>
        <translation>
            <numerusform>A copied secret is hidden from clipboard history and cleared after %n second.</numerusform>
            <numerusform>A copied secret is hidden from clipboard history and cleared after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::SessionStatus</name>
    <message numerus="yes">
        <location filename="../ui/SessionStatus.cpp" line="+109"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::SettleDialog</name>
    <message numerus="yes">
        <location filename="../ui/SettleDialog.cpp" line="+24"/>
        <location line="+73"/>
        <source>Settle %n leg(s)</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>
            <numerusform>Settle %n leg</numerusform>
            <numerusform>Settle %n legs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>Settle these %n leg(s) of batch %1, one after the other?</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>
            <numerusform>Settle this leg of batch %1?</numerusform>
            <numerusform>Settle these %n legs of batch %1, one after the other?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::SettlementPane</name>
    <message numerus="yes">
        <location filename="../ui/SettlementPane.cpp" line="+440"/>
        <source>Loading batches… %n loaded</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>Loading batches… %n loaded</numerusform>
            <numerusform>Loading batches… %n loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n batch(es) loaded; more on the server</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>%n batch loaded; more on the server</numerusform>
            <numerusform>%n batches loaded; more on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n matching batch(es) loaded</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>The %n matching batch is loaded</numerusform>
            <numerusform>All %n matching batches loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n batch(es)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n active</source>
        <translation>
            <numerusform>, %n active</numerusform>
            <numerusform>, %n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n shown</numerusform>
            <numerusform> — %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::UsersPane</name>
    <message numerus="yes">
        <location filename="../ui/UsersPane.cpp" line="+189"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n disabled</source>
        <translation>
            <numerusform>, %n disabled</numerusform>
            <numerusform>, %n disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n shown</numerusform>
            <numerusform> — %n shown</numerusform>
        </translation>
    </message>
</context>
</TS>
