<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Credentials</name>
    <message>
        <location filename="../app/core/Credentials.cpp" line="+11"/>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refusing plain http:// to %1: API secrets and signatures would travel unencrypted. Use https:// (plain http is only allowed to this computer, for the sandbox).</source>
        <translation>Unverschlüsseltes http:// zu %1 wird abgelehnt: API-Secrets und Signaturen würden unverschlüsselt übertragen. Verwenden Sie https:// (reines http ist nur zu diesem Computer erlaubt, für die Sandbox).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsupported URL scheme &quot;%1&quot;: use https://.</source>
        <translation>Nicht unterstütztes URL-Schema „%1“: Verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../models/Format.cpp" line="+41"/>
        <source>Unsettled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Nicht abgewickelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Teilweise abgewickelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abgewickelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenized equity</source>
        <translation>Tokenisierte Aktien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>currency</source>
        <comment>asset kind inside a sentence, e.g. &quot;a currency batch&quot;</comment>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokenized equity</source>
        <comment>asset kind inside a sentence, e.g. &quot;a tokenized equity batch&quot;</comment>
        <translation>Tokenisierte Aktien</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any address</source>
        <translation>Jede Adresse</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 und %n weitere</numerusform>
            <numerusform>%1, %2 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <location filename="../app/core/KeychainProbe.cpp" line="+61"/>
        <source>no Secret Service or KWallet is running on the session bus, and none can be started</source>
        <translation>auf dem Session-Bus läuft weder Secret Service noch KWallet, und keiner der beiden lässt sich starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session bus did not answer (%1)</source>
        <translation>der Session-Bus hat nicht geantwortet (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the D-Bus session bus is not reachable%1</source>
        <translation>der D-Bus-Session-Bus ist nicht erreichbar%1</translation>
    </message>
</context>
<context>
    <name>ProfileCredentials</name>
    <message>
        <location filename="../app/core/ProfileCredentials.cpp" line="+28"/>
        <source>The API secret is empty.</source>
        <translation>Das API-Secret ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API secret is longer than any keychain accepts (%1 bytes).</source>
        <translation>Das API-Secret ist länger, als ein Schlüsselbund annimmt (%1 Byte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API secret is not base64 text. Kraken shows the secret as base64 (letters, digits, &apos;+&apos;, &apos;/&apos;, ending in &apos;=&apos;): copy it again, completely.</source>
        <translation>Das API-Secret ist kein Base64-Text. Kraken zeigt das Secret in Base64 an (Buchstaben, Ziffern, &apos;+&apos;, &apos;/&apos;, am Ende &apos;=&apos;): Kopieren Sie es erneut und vollständig.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keychain holds no secret for the profile &quot;%1&quot; (key %2 on %3): add the profile again with its secret.</source>
        <translation>Der Schlüsselbund enthält kein Secret für das Profil „%1“ (Schlüssel %2 auf %3): Legen Sie das Profil mit seinem Secret erneut an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret stored for the profile &quot;%1&quot; is not base64: add the profile again with its secret.</source>
        <translation>Das für das Profil „%1“ gespeicherte Secret ist kein Base64: Legen Sie das Profil mit seinem Secret erneut an.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>RequestSigner</name>
    <message>
        <location filename="../app/core/RequestSigner.cpp" line="+31"/>
        <source>The API secret is empty.</source>
        <translation>Das API-Secret ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API secret is not valid base64. Copy the secret exactly as Kraken showed it.</source>
        <translation>Das API-Secret ist kein gültiges Base64. Kopieren Sie das Secret genau so, wie Kraken es angezeigt hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OpenSSL has no HMAC implementation.</source>
        <translation>OpenSSL bietet keine HMAC-Implementierung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OpenSSL could not key the HMAC.</source>
        <translation>OpenSSL konnte den Schlüssel für den HMAC nicht setzen.</translation>
    </message>
</context>
<context>
    <name>ResponseEnvelope</name>
    <message>
        <location filename="../app/core/ResponseEnvelope.cpp" line="+37"/>
        <source>the answer has no result object</source>
        <translation>die Antwort enthält kein result-Objekt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer is not a JSON envelope</source>
        <translation>die Antwort ist kein JSON-Envelope</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+99"/>
        <source>Administer a Kraken Prime account: API users, keys, settlement.</source>
        <translation>Ein Kraken-Prime-Konto verwalten: API-Benutzer, Schlüssel, Abwicklung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the built-in sandbox with demo data (no real funds) and connect to it.</source>
        <translation>Die integrierte Sandbox mit Demodaten (kein echtes Geld) starten und sich mit ihr verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the saved connection profile &lt;name&gt;.</source>
        <translation>Das gespeicherte Verbindungsprofil &lt;name&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --sandbox: render every main view and dialog at 1280x800 to &lt;dir&gt;/&lt;view&gt;.png and exit.</source>
        <translation>Mit --sandbox: jede Hauptansicht und jeden Dialog in 1280x800 als &lt;dir&gt;/&lt;view&gt;.png speichern und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the user interface in language &lt;code&gt; (%1) instead of the saved or system language.</source>
        <translation>Die Benutzeroberfläche in der Sprache &lt;code&gt; (%1) statt in der gespeicherten oder der Systemsprache anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshots needs --sandbox: screenshots show demo data only.</source>
        <translation>--screenshots erfordert --sandbox: Screenshots zeigen nur Demodaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use either --sandbox or --profile, not both.</source>
        <translation>Verwenden Sie entweder --sandbox oder --profile, nicht beides.</translation>
    </message>
</context>
<context>
    <name>prime::IpAllowList</name>
    <message>
        <location filename="../app/core/IpAllowList.cpp" line="+36"/>
        <source>empty entry</source>
        <translation>leerer Eintrag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not an IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the prefix length must be a number from 0 to %1</source>
        <translation>die Präfixlänge muss eine Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>host bits are set: the range is %1/%2</source>
        <translation>Host-Bits sind gesetzt: Der Bereich lautet %1/%2</translation>
    </message>
</context>
<context>
    <name>prime::KeyIssuance</name>
    <message>
        <location filename="../app/core/KeyIssuance.cpp" line="+58"/>
        <source>Issuing a key for %1…</source>
        <translation>Schlüssel für %1 wird ausgestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key %1 issued; its secret is stored in the keychain.</source>
        <translation>Schlüssel %1 ausgestellt; sein Secret ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key %1 issued, but the keychain did not keep its secret: %2</source>
        <translation>Schlüssel %1 ausgestellt, aber der Schlüsselbund hat sein Secret nicht behalten: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuing a key failed: %1</source>
        <translation>Ausstellen eines Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken gave no clear answer; the keys were re-read and no new key appeared.</source>
        <translation>Kraken hat nicht eindeutig geantwortet; die Schlüssel wurden erneut abgefragt, es ist kein neuer Schlüssel vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken gave no clear answer; key(s) %1 appeared but their secret never arrived: revoke them.</source>
        <translation>Kraken hat nicht eindeutig geantwortet; neue Schlüssel ohne übermitteltes Secret sind erschienen (%1): Widerrufen Sie diese.</translation>
    </message>
</context>
<context>
    <name>prime::KeyRotation</name>
    <message>
        <location filename="../app/core/KeyRotation.cpp" line="+98"/>
        <source>: re-reading the keys of user %1</source>
        <translation>: Schlüssel von Benutzer %1 werden erneut abgefragt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-reading the keys failed; the last change may or may not have been applied</source>
        <translation>erneute Abfrage der Schlüssel fehlgeschlagen; unklar, ob die letzte Änderung übernommen wurde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the keys of user %1 failed</source>
        <translation>Lesen der Schlüssel von Benutzer %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user %1 has no key %2</source>
        <translation>Benutzer %1 hat keinen Schlüssel %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>old key %1 (%2) has %n allowed IP(s)</source>
        <translation>
            <numerusform>alter Schlüssel %1 (%2) hat %n zugelassene IP</numerusform>
            <numerusform>alter Schlüssel %1 (%2) hat %n zugelassene IPs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>created new key %1 (%2)</source>
        <translation>neuer Schlüssel %1 (%2) erstellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>creating the new key failed; the old key is untouched</source>
        <translation>Erstellen des neuen Schlüssels fehlgeschlagen; der alte Schlüssel ist unverändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>creating the new key got no clear answer</source>
        <translation>keine eindeutige Antwort beim Erstellen des neuen Schlüssels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no new key appeared; the old key is untouched. Rotate again.</source>
        <translation>kein neuer Schlüssel vorhanden; der alte Schlüssel ist unverändert. Rotieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key(s) %1 appeared but their secret never arrived: revoke them; the old key is untouched</source>
        <translation>neue Schlüssel ohne übermitteltes Secret erschienen (%1): widerrufen Sie diese; der alte Schlüssel ist unverändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing keeps the new secret; the old key is untouched</source>
        <translation>kein Speicher für das neue Secret vorhanden; der alte Schlüssel ist unverändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keeping the new secret failed; the old key is untouched. Revoke new key %1</source>
        <translation>Speichern des neuen Secrets fehlgeschlagen; der alte Schlüssel ist unverändert. Widerrufen Sie den neuen Schlüssel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new secret kept</source>
        <translation>neues Secret gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the old key has no allow-list; nothing to copy</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>der alte Schlüssel hat keine IP-Freigabeliste; nichts zu kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>copied the allow-list (%1) to the new key</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>IP-Freigabeliste (%1) auf den neuen Schlüssel kopiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copying the allow-list failed; the old key is untouched</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Kopieren der IP-Freigabeliste fehlgeschlagen; der alte Schlüssel ist unverändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copying the allow-list got no clear answer</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>keine eindeutige Antwort beim Kopieren der IP-Freigabeliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-read: the new key has the allow-list</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>erneute Abfrage: Der neue Schlüssel hat die IP-Freigabeliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>re-read: the new key does not have the allow-list; the old key is untouched</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>erneute Abfrage: Der neue Schlüssel hat die IP-Freigabeliste nicht; der alte Schlüssel ist unverändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revoked the old key %1</source>
        <translation>alter Schlüssel %1 widerrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoking the old key failed; both keys are active</source>
        <translation>Widerrufen des alten Schlüssels fehlgeschlagen; beide Schlüssel sind aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoking the old key got no clear answer</source>
        <translation>keine eindeutige Antwort beim Widerrufen des alten Schlüssels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-read: the old key is gone</source>
        <translation>erneute Abfrage: Der alte Schlüssel ist entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-read: the old key %1 is still active; revoke it</source>
        <translation>erneute Abfrage: Der alte Schlüssel %1 ist noch aktiv; widerrufen Sie ihn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no stored secret to forget</source>
        <translation>kein gespeichertes Secret zu entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forgot the old secret</source>
        <translation>altes Secret entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not remove the old secret: %1</source>
        <translation>altes Secret konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>prime::PrimeError</name>
    <message>
        <location filename="../app/core/PrimeError.cpp" line="+121"/>
        <source>Kraken rejected the request signature: the API secret does not belong to this key.</source>
        <translation>Kraken hat die Signatur der Anfrage abgelehnt: Das API-Secret gehört nicht zu diesem Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kraken refused the account: it is disabled or not confirmed. Contact Kraken support.</source>
        <translation>Kraken hat das Konto abgewiesen: Es ist deaktiviert oder nicht bestätigt. Wenden Sie sich an den Kraken-Support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken does not know this API key: it was revoked, mistyped, or belongs to another server.</source>
        <translation>Kraken kennt diesen API-Schlüssel nicht: Er wurde widerrufen, falsch eingegeben oder gehört zu einem anderen Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program used this key with a larger nonce: create a key for Prime Admin only.</source>
        <extracomment>&quot;nonce&quot; = the strictly increasing number Kraken requires in every signed request (a technical term)</extracomment>
        <translation>Ein anderes Programm hat diesen Schlüssel mit einer größeren Nonce verwendet: Erstellen Sie einen eigenen Schlüssel nur für Prime Admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key lacks the permission for this operation. Give the key the needed permission in Kraken, or use an administrator key.</source>
        <translation>Dem Schlüssel fehlt die Berechtigung für diesen Vorgang. Erteilen Sie ihm die nötige Berechtigung in Kraken oder verwenden Sie einen Administratorschlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken refused the request as invalid.</source>
        <translation>Kraken hat die Anfrage als ungültig abgewiesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken refused the request: the field &quot;%1&quot; is invalid.</source>
        <translation>Kraken hat die Anfrage abgewiesen: Das Feld „%1“ ist ungültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests for this key: Kraken asks to slow down. Waiting before the next call.</source>
        <translation>Zu viele Anfragen mit diesem Schlüssel: Kraken verlangt eine Drosselung. Vor dem nächsten Aufruf wird gewartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken locked this key out for a while after failed calls (about 15 minutes). Wait before trying again.</source>
        <translation>Kraken hat diesen Schlüssel nach fehlgeschlagenen Aufrufen vorübergehend gesperrt (etwa 15 Minuten). Warten Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken is unavailable or busy (maintenance or overload). Try again shortly.</source>
        <translation>Kraken ist nicht verfügbar oder ausgelastet (Wartung oder Überlastung). Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken&apos;s server failed (HTTP %1).</source>
        <translation>Fehler auf dem Kraken-Server (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to Kraken failed.</source>
        <translation>Die Verbindung zu Kraken ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate could not be verified (self-signed, expired or for another host). Prime Admin never sends keys over an unverified connection.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden (selbstsigniert, abgelaufen oder für einen anderen Host ausgestellt). Prime Admin sendet Schlüssel nie über eine nicht überprüfte Verbindung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kraken did not answer in time.</source>
        <translation>Kraken hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken&apos;s answer could not be read.</source>
        <translation>Die Antwort von Kraken konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection settings are not usable.</source>
        <translation>Die Verbindungseinstellungen sind nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kraken refused the request.</source>
        <translation>Kraken hat die Anfrage abgewiesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change may or may not have been applied: re-read before trying again.</source>
        <translation>Ob die Änderung übernommen wurde, ist unklar: Fragen Sie den Stand erneut ab, bevor Sie es noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>prime::PrimeTransport</name>
    <message>
        <location filename="../app/core/PrimeTransport.cpp" line="+96"/>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>another program kept this API key busy for %1 s</source>
        <translation>ein anderes Programm hat diesen API-Schlüssel %1 s lang belegt</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No answer within %1 s</source>
        <translation>Keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>prime::ProfileStore</name>
    <message>
        <location filename="../app/core/ProfileStore.cpp" line="+102"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name has at most 64 characters.</source>
        <translation>Ein Profilname hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Ein Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name cannot contain &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>Ein Profilname darf weder &apos;/&apos; noch &apos;\&apos; noch Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API key (the public half) is missing.</source>
        <translation>Der API-Schlüssel (der öffentliche Teil) fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is too long to be a Kraken API key.</source>
        <translation>Der API-Schlüssel ist zu lang für einen Kraken-API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key contains spaces or characters that a Kraken API key never has; copy it again from Kraken.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeichen, die in Kraken-API-Schlüsseln nie vorkommen; kopieren Sie ihn erneut aus Kraken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation>Die Farbe „%1“ hat nicht die Form #rrggbb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A label has at most 64 characters.</source>
        <translation>Eine Bezeichnung hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile &quot;%1&quot; already uses this API key on %2.</source>
        <translation>Das Profil „%1“ verwendet diesen API-Schlüssel bereits auf %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not write the profiles file %1.</source>
        <translation>Die Profildatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>prime::RotationRecovery</name>
    <message>
        <location filename="../app/core/RotationRecovery.cpp" line="+41"/>
        <source>The keys of user %1 could not be read: %2</source>
        <translation>Die Schlüssel von Benutzer %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old key %1 is still active.</source>
        <translation>Der alte Schlüssel %1 ist noch aktiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The old key %1 is revoked.</source>
        <translation>Der alte Schlüssel %1 ist widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new key %1 exists and its secret is in the keychain.</source>
        <translation>Der neue Schlüssel %1 existiert, und sein Secret ist im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new key %1 exists but its secret was never stored.</source>
        <translation>Der neue Schlüssel %1 existiert, sein Secret wurde aber nie gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new key is in use.</source>
        <translation>Es ist kein neuer Schlüssel in Verwendung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key(s) left behind without a known secret: %1.</source>
        <translation>Zurückgebliebene Schlüssel ohne bekanntes Secret: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume finishes the rotation.</source>
        <translation>„Fortsetzen“ schließt die Rotation ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back revokes what the rotation created; the old key keeps working.</source>
        <translation>„Zurückrollen“ widerruft, was die Rotation erstellt hat; der alte Schlüssel bleibt gültig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-reading the keys of user %1…</source>
        <translation>Schlüssel von Benutzer %1 werden erneut abgefragt…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Revoking key %1…</source>
        <translation>Schlüssel %1 wird widerrufen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoking key %1 failed</source>
        <translation>Widerrufen von Schlüssel %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove the secret of key %1: %2</source>
        <translation>Das Secret von Schlüssel %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The rotation is complete.</source>
        <translation>Die Rotation ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoking the old key %1…</source>
        <translation>Alter Schlüssel %1 wird widerrufen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoking the old key failed</source>
        <translation>Widerrufen des alten Schlüssels fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copying the allow-list to the new key…</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>IP-Freigabeliste wird auf den neuen Schlüssel kopiert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the allow-list failed</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Kopieren der IP-Freigabeliste fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rotation was rolled back; the old key keeps working.</source>
        <translation>Die Rotation wurde zurückgerollt; der alte Schlüssel bleibt gültig.</translation>
    </message>
</context>
<context>
    <name>prime::SecretStore</name>
    <message>
        <location filename="../app/core/SecretStore.cpp" line="+76"/>
        <source>No keychain is available (%1): start the Secret Service (e.g. gnome-keyring) or KWallet in your desktop session, or unlock it, and try again. Prime Admin never stores secrets in a file, so nothing was stored.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Starten Sie den Secret Service (z. B. gnome-keyring) oder KWallet in Ihrer Desktop-Sitzung bzw. entsperren Sie ihn und versuchen Sie es erneut. Prime Admin speichert Secrets nie in einer Datei, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The keychain holds no secret under this name.</source>
        <translation>Der Schlüsselbund enthält kein Secret unter diesem Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the keychain was cancelled.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (ist er gesperrt?): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain could not delete the entry: %1</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The keychain did not answer within %1 s (is it locked and waiting for its password?).</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (ist er gesperrt und wartet auf sein Passwort?).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to store: the entry name or the secret is empty.</source>
        <translation>Nichts zu speichern: Der Eintragsname oder das Secret ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret is %1 bytes long; keychains accept at most %2 bytes per entry.</source>
        <translation>Das Secret ist %1 Byte lang; Schlüsselbunde nehmen höchstens %2 Byte pro Eintrag an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The keychain accepted the secret but does not return it.</source>
        <translation>Der Schlüsselbund hat das Secret angenommen, gibt es aber nicht zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret was written but could not be read back to verify it: %1</source>
        <translation>Das Secret wurde geschrieben, konnte zur Prüfung aber nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain returned different bytes than were written (did another program change the entry?).</source>
        <translation>Der Schlüsselbund hat andere Bytes zurückgegeben als geschrieben (hat ein anderes Programm den Eintrag geändert?).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain did not answer within %1 s; the secret may or may not have been stored (is the keychain locked and waiting for its password?).</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet; ob das Secret gespeichert wurde, ist unklar (ist der Schlüsselbund gesperrt und wartet auf sein Passwort?).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>No keychain entry name was given.</source>
        <translation>Es wurde kein Name für den Schlüsselbund-Eintrag angegeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keychain still holds the secret after deleting it.</source>
        <translation>Der Schlüsselbund enthält das Secret nach dem Löschen noch immer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret was deleted but the keychain could not confirm it is gone: %1</source>
        <translation>Das Secret wurde gelöscht, aber der Schlüsselbund konnte nicht bestätigen, dass es entfernt ist: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain did not answer within %1 s; the secret may or may not have been deleted.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet; ob das Secret gelöscht wurde, ist unklar.</translation>
    </message>
</context>
<context>
    <name>prime::SettlementRun</name>
    <message>
        <location filename="../app/core/SettlementRun.cpp" line="+94"/>
        <source>transfer %1 %2</source>
        <translation>Transfer %1 %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 (the answer was lost; re-reading the batch shows transfer %2)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>%1 (Antwort verloren; laut erneuter Abfrage des Batches: Transfer %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>abgewickelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (transfer %2)</source>
        <translation>%1 (Transfer %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer for %1 was lost (%2). The batch was re-read: no transfer exists for %1, so it was not settled and you may try again.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Die Antwort für %1 ging verloren (%2). Der Batch wurde erneut abgefragt: Für %1 existiert kein Transfer, der Posten wurde also nicht abgewickelt und Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settling %1 failed: %2</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abwicklung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer for %1 was lost and the batch could not be re-read: it is not known whether its transfer started. Refresh the batch before trying again.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Die Antwort für %1 ging verloren und der Batch konnte nicht erneut abgefragt werden: Ob der Transfer gestartet wurde, ist unbekannt. Aktualisieren Sie den Batch, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is still being settled.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>%1 wird noch abgewickelt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Started: %1.</source>
        <translation>Gestartet: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not attempted: %1.</source>
        <translation>Nicht versucht: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped on request.</source>
        <translation>Auf Anforderung angehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to settle.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Nichts abzuwickeln.</translation>
    </message>
</context>
<context>
    <name>prime::models::AuditModel</name>
    <message>
        <location filename="../models/AuditModel.cpp" line="+59"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown: re-read</source>
        <translation>Unklar: erneut abfragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>prime::models::BatchesModel</name>
    <message>
        <location filename="../models/BatchesModel.cpp" line="+31"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 / %2</source>
        <extracomment>Settled legs of all legs of the batch, e.g. &quot;2 / 5&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 of %n leg(s) settled</source>
        <extracomment>Read by screen readers for the &quot;Settled&quot; column, e.g. &quot;2 of 5 legs settled&quot; (&quot;leg&quot; = one asset&apos;s part of a settlement batch)</extracomment>
        <translation>
            <numerusform>%1 von %n Posten abgewickelt</numerusform>
            <numerusform>%1 von %n Posten abgewickelt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Batch id</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batch-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset kind</source>
        <translation>Anlageklasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legs</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing)</extracomment>
        <translation>Posten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled</source>
        <extracomment>Column header: how many of the batch&apos;s legs are settled, shown as &quot;2 / 5&quot; (&quot;leg&quot; = one asset&apos;s part of a settlement batch)</extracomment>
        <translation>Abgewickelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>prime::models::KeysModel</name>
    <message>
        <location filename="../models/KeysModel.cpp" line="+111"/>
        <source>This computer&apos;s keychain holds the secret of this key.</source>
        <translation>Der Schlüsselbund dieses Computers enthält das Secret dieses Schlüssels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret of this key is not in this keychain.</source>
        <translation>Das Secret dieses Schlüssels ist nicht in diesem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ in keychain</source>
        <translation>✔ im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret in this keychain</source>
        <translation>Secret in diesem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secret not in this keychain</source>
        <translation>Secret nicht in diesem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP allow-list</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>IP-Freigabeliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
</context>
<context>
    <name>prime::models::LegsModel</name>
    <message>
        <location filename="../models/LegsModel.cpp" line="+46"/>
        <source>Exactly %1 %2, as Kraken sent it</source>
        <translation>Genau %1 %2, wie von Kraken übermittelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can settle</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abwickelbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled at</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abgewickelt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest transfer</source>
        <translation>Letzter Transfer</translation>
    </message>
</context>
<context>
    <name>prime::models::UsersModel</name>
    <message>
        <location filename="../models/UsersModel.cpp" line="+71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>prime::sandbox::SandboxServer</name>
    <message>
        <location filename="../app/sandbox/SandboxServer.cpp" line="+107"/>
        <source>refusing to listen on %1: not a loopback address (allow remote access explicitly)</source>
        <translation>Lauschen auf %1 abgelehnt: keine Loopback-Adresse (Fernzugriff muss ausdrücklich erlaubt werden)</translation>
    </message>
</context>
<context>
    <name>prime::shell</name>
    <message>
        <location filename="../app/shell/SandboxSession.cpp" line="+25"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>prime::ui::AccountLoader</name>
    <message>
        <location filename="../ui/AccountLoader.cpp" line="+60"/>
        <source>Loading API users</source>
        <translation>Laden der API-Benutzer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading the keys of %1</source>
        <translation>Laden der Schlüssel von %1</translation>
    </message>
</context>
<context>
    <name>prime::ui::AuditLogDialog</name>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="+27"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded changes</source>
        <translation>Protokollierte Änderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No changes recorded yet. Every change Prime Admin makes to an account (users, keys, batches, settlements) is recorded here.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Noch keine Änderungen protokolliert. Jede Änderung, die Prime Admin an einem Konto vornimmt (Benutzer, Schlüssel, Batches, Abwicklungen), wird hier protokolliert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded in %1</source>
        <translation>Protokolliert in %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Recorded in %1 (%n unreadable line(s) skipped)</source>
        <translation>
            <numerusform>Protokolliert in %1 (%n unlesbare Zeile übersprungen)</numerusform>
            <numerusform>Protokolliert in %1 (%n unlesbare Zeilen übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the audit log</source>
        <translation>Audit-Protokoll filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the whole audit log to a JSON lines file</source>
        <translation>Schreibt das gesamte Audit-Protokoll in eine JSON-Lines-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>prime::ui::BatchCreation</name>
    <message>
        <location filename="../ui/BatchCreation.cpp" line="+20"/>
        <location line="+8"/>
        <location line="+16"/>
        <source>Creating a %1 batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Erstellen eines Batches (%1)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Creating a %1 batch (Kraken allows one active batch per asset kind, and no batch without unsettled trades)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Erstellen eines Batches (%1; Kraken erlaubt nur einen aktiven Batch je Anlageklasse und keinen Batch ohne offene Trades)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating a %1 batch (no answer, and the session has closed: refresh after reconnecting)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Erstellen eines Batches (%1) – keine Antwort, und die Sitzung ist beendet: nach erneutem Verbinden aktualisieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating a %1 batch (no answer, and the batches could not be re-read: refresh before trying again)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Erstellen eines Batches (%1) – keine Antwort, und die Batches konnten nicht erneut abgefragt werden: vor einem neuen Versuch aktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating a %1 batch (no answer, but re-reading shows batch %2 was created: do not create it again)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Erstellen eines Batches (%1) – keine Antwort, aber die erneute Abfrage zeigt, dass Batch %2 erstellt wurde: nicht noch einmal erstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating a %1 batch (no answer; re-reading shows no new batch, so you may try again)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Erstellen eines Batches (%1) – keine Antwort; die erneute Abfrage zeigt keinen neuen Batch, Sie können es erneut versuchen</translation>
    </message>
</context>
<context>
    <name>prime::ui::BatchDetailView</name>
    <message>
        <location filename="../ui/BatchDetailView.cpp" line="+39"/>
        <source>Try again…</source>
        <translation>Erneut versuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop after this leg</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing)</extracomment>
        <translation>Nach diesem Posten anhalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>← All batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>← Alle Batches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to all batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Zurück zu allen Batches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the list of batches (%1)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Zurück zur Liste der Batches (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finishes the leg being settled and settles no further legs</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Schließt den laufenden Posten ab und wickelt keine weiteren Posten ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement progress</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Fortschritt der Abwicklung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Legs</source>
        <extracomment>&quot;Legs&quot; = the per-asset parts of a settlement batch: an amount you receive or send</extracomment>
        <translation>Posten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per asset leg of the batch. Select a leg that can settle, then Settle leg (Alt+S).</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Eine Zeile pro Asset-Posten des Batches. Wählen Sie einen abwickelbaren Posten und dann „Posten abwickeln“ (Alt+W).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trade ids of the batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Trade-IDs des Batches</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Settle leg…</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Posten ab&amp;wickeln…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the transfer of funds that settles the selected leg, after you confirm. The request is never sent twice.</source>
        <extracomment>&quot;settle a leg&quot; = start the transfer that pays or receives that asset&apos;s amount of the batch</extracomment>
        <translation>Startet nach Ihrer Bestätigung den Transfer von Geldmitteln, der den ausgewählten Posten abwickelt. Die Anfrage wird nie zweimal gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settle &amp;all eligible legs…</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Alle &amp;offenen Posten abwickeln…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the transfers of every leg that can settle now, one after the other, after you confirm. Funds move.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Startet nach Ihrer Bestätigung nacheinander die Transfers aller jetzt abwickelbaren Posten. Dabei werden Geldmittel bewegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the batch, its legs and trade ids to a CSV file</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Schreibt den Batch, seine Posten und Trade-IDs in eine CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;trade ids</source>
        <translation>&amp;Trade-IDs kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the batch&apos;s trade ids to the clipboard, one per line</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Kopiert die Trade-IDs des Batches in die Zwischenablage, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks again before settling the leg whose transfer did not start</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Fragt erneut nach, bevor der Posten abgewickelt wird, dessen Transfer nicht gestartet ist</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Following the batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Verfolgen des Batches</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Batch %1</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1    Confirmed: %2    Asset kind: %3    Trades: %4    Legs settled: %5 of %6
Created: %7    Updated: %8</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Status: %1    Bestätigt: %2    Anlageklasse: %3    Trades: %4    Abgewickelte Posten: %5 von %6
Erstellt: %7    Aktualisiert: %8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Trade ids (%n)</source>
        <translation>
            <numerusform>Trade-ID (%n)</numerusform>
            <numerusform>Trade-IDs (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade ids: not sent by the server for this batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Trade-IDs: vom Server für diesen Batch nicht übermittelt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kraken has not confirmed this batch yet; legs can be settled once it is.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Kraken hat diesen Batch noch nicht bestätigt; Posten können erst danach abgewickelt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected leg cannot be settled now (settled, or a transfer is in flight).</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Der ausgewählte Posten kann jetzt nicht abgewickelt werden (bereits abgewickelt oder ein Transfer läuft).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the transfer that settles the selected leg, after you confirm.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Startet nach Ihrer Bestätigung den Transfer, der den ausgewählten Posten abwickelt.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Settling %1 (%2 of %3)…</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>%1 wird abgewickelt (%2 von %3)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Settling the %1 leg</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abwickeln des Postens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try %1 again…</source>
        <translation>%1 erneut versuchen…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export batch %1</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batch %1 exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting the batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Export des Batches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>prime::ui::BatchFilterBar</name>
    <message>
        <location filename="../ui/BatchFilterBar.cpp" line="+19"/>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only batches with this status (none ticked: every status)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Nur Batches mit diesem Status (keiner angehakt: jeder Status)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only batches created on or after the date beside it</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Nur Batches, die am oder nach dem Datum daneben erstellt wurden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only batches created on or before the date beside it</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Nur Batches, die am oder vor dem Datum daneben erstellt wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created from date</source>
        <translation>Erstellt ab Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created to date</source>
        <translation>Erstellt bis Datum</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show batches of every status, created at any time</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batches mit beliebigem Status und Erstellungsdatum anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>prime::ui::CreateBatchDialog</name>
    <message>
        <location filename="../ui/CreateBatchDialog.cpp" line="+23"/>
        <source>Create a settlement batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abwicklungs-Batch erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating a batch asks Kraken to take a snapshot of your unsettled trades of one asset kind and to net them per asset into legs: one leg per asset, incoming (you receive) or outgoing (you send). Nothing moves yet. Kraken confirms the batch, then you settle each leg.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Beim Erstellen eines Batches erstellt Kraken eine Momentaufnahme Ihrer offenen Trades einer Anlageklasse und verrechnet sie je Asset zu Posten: ein Posten pro Asset, eingehend (Sie erhalten) oder ausgehend (Sie senden). Dabei werden noch keine Mittel bewegt. Kraken bestätigt den Batch, danach wickeln Sie jeden Posten ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Currency — fiat and crypto positions</source>
        <translation>&amp;Währung — Fiat- und Krypto-Positionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tokenized equity — tokenized stock positions</source>
        <translation>&amp;Tokenisierte Aktien — tokenisierte Aktienpositionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch of currency legs</source>
        <extracomment>&quot;Asset kind&quot; of a settlement batch: currencies (fiat and crypto) or tokenized equities</extracomment>
        <translation>Batch mit Währungsposten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch of tokenized equity legs</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batch mit Posten tokenisierter Aktien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;reate batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batch &amp;erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks Kraken to create the batch; it is created once and never re-sent automatically</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Beauftragt Kraken mit dem Erstellen des Batches; die Anfrage wird einmal gesendet und nie automatisch wiederholt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Batch %1 (%2, created %3) is still active for %4. Kraken allows one active batch per asset kind at a time, so a new one would be refused. Settle its legs and wait until it is completed, or pick the other asset kind.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Batch %1 (%2, erstellt %3) ist für die Anlageklasse „%4“ noch aktiv. Kraken erlaubt je Anlageklasse nur einen aktiven Batch, ein neuer würde also abgewiesen. Wickeln Sie seine Posten ab und warten Sie, bis er abgeschlossen ist, oder wählen Sie die andere Anlageklasse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new %1 batch will include every %1 trade not yet in a batch. If there is none, Kraken refuses to create an empty batch.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Ein neuer Batch der Anlageklasse „%1“ umfasst alle Trades dieser Anlageklasse, die noch in keinem Batch enthalten sind. Gibt es keine, lehnt Kraken das Erstellen eines leeren Batches ab.</translation>
    </message>
</context>
<context>
    <name>prime::ui::IpAllowListEditor</name>
    <message>
        <location filename="../ui/IpAllowListEditor.cpp" line="+29"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IP allow-list of key %1</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>IP-Freigabeliste von Schlüssel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests with this key are accepted only from these addresses. One IPv4 or IPv6 address, or a CIDR range such as 198.51.100.0/24, per row.</source>
        <translation>Anfragen mit diesem Schlüssel werden nur von diesen Adressen angenommen. Pro Zeile eine IPv4- oder IPv6-Adresse oder ein CIDR-Bereich wie 198.51.100.0/24.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allowed addresses</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges an API key may be used from</extracomment>
        <translation>Zugelassene Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One address or range per row. F2 or typing edits a row; the second column says whether it is valid.</source>
        <translation>Eine Adresse oder ein Bereich pro Zeile. F2 oder Tippen bearbeitet eine Zeile; die zweite Spalte zeigt, ob sie gültig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address or range</source>
        <translation>Adresse oder Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds an empty row and starts editing it</source>
        <translation>Fügt eine leere Zeile hinzu und beginnt mit ihrer Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected row</source>
        <translation>Entfernt die ausgewählte Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends the new allow-list to Kraken; an empty list allows any address</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Sendet die neue IP-Freigabeliste an Kraken; eine leere Liste lässt jede Adresse zu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An empty allow-list lets this key be used from ANY address.</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Mit einer leeren IP-Freigabeliste ist dieser Schlüssel von JEDER Adresse aus nutzbar.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>empty row, ignored</source>
        <translation>leere Zeile, ignoriert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate of %1, dropped</source>
        <translation>Duplikat von %1, verworfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No change.</source>
        <translation>Keine Änderung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Change:&lt;/b&gt; %1 kept&lt;br&gt;</source>
        <translation>&lt;b&gt;Änderung:&lt;/b&gt; %1 beibehalten&lt;br&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entry(ies) are not valid addresses or ranges; fix or remove them.</source>
        <translation>
            <numerusform>%n Eintrag ist keine gültige Adresse und kein gültiger Bereich; korrigieren oder entfernen Sie ihn.</numerusform>
            <numerusform>%n Einträge sind keine gültigen Adressen oder Bereiche; korrigieren oder entfernen Sie sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::KeyActions</name>
    <message>
        <location filename="../ui/KeyActions.cpp" line="+34"/>
        <source>&amp;Issue key…</source>
        <translation>Schlüssel a&amp;usstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP &amp;allow-list…</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>IP-&amp;Freigabeliste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume &amp;rotation…</source>
        <translation>Rotation fortse&amp;tzen…</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n key rotation(s) did not finish. Use “Resume rotation…” on the Keys pane to finish or roll back.</source>
        <translation>
            <numerusform>%n Schlüsselrotation wurde nicht abgeschlossen. Verwenden Sie „Rotation fortsetzen…“ im Bereich „Schlüssel“, um sie abzuschließen oder zurückzurollen.</numerusform>
            <numerusform>%n Schlüsselrotationen wurden nicht abgeschlossen. Verwenden Sie „Rotation fortsetzen…“ im Bereich „Schlüssel“, um sie abzuschließen oder zurückzurollen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issue a new API key; its secret is stored in the keychain and shown once.</source>
        <translation>Einen neuen API-Schlüssel ausstellen; sein Secret wird im Schlüsselbund gespeichert und einmal angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a user (or one of the user&apos;s keys) first.</source>
        <translation>Wählen Sie zuerst einen Benutzer (oder einen seiner Schlüssel).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Re-reading the keys of %1</source>
        <translation>Erneute Abfrage der Schlüssel von %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Issuing a key for %1…</source>
        <translation>Schlüssel für %1 wird ausgestellt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issuing a key for %1</source>
        <translation>Ausstellen eines Schlüssels für %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Key %1 now accepts requests from any address.</source>
        <translation>Schlüssel %1 nimmt jetzt Anfragen von jeder Adresse an.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Key %1 accepts requests from %n address(es) or range(s).</source>
        <translation>
            <numerusform>Schlüssel %1 nimmt Anfragen von %n Adresse bzw. Bereich an.</numerusform>
            <numerusform>Schlüssel %1 nimmt Anfragen von %n Adressen bzw. Bereichen an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the allow-list of key %1</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Speichern der IP-Freigabeliste von Schlüssel %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kraken gave no clear answer; the re-read shows the new allow-list is in place.</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Kraken hat nicht eindeutig geantwortet; laut erneuter Abfrage ist die neue IP-Freigabeliste aktiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kraken gave no clear answer; the re-read shows the allow-list unchanged. Save again to retry.</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Kraken hat nicht eindeutig geantwortet; laut erneuter Abfrage ist die IP-Freigabeliste unverändert. Speichern Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Key %1 is revoked, but its secret could not be deleted from the keychain: %2</source>
        <translation>Schlüssel %1 ist widerrufen, sein Secret konnte aber nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoking key %1</source>
        <translation>Widerrufen von Schlüssel %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kraken gave no clear answer; the re-read shows key %1 still active.</source>
        <translation>Kraken hat nicht eindeutig geantwortet; laut erneuter Abfrage ist Schlüssel %1 noch aktiv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kraken gave no clear answer; the re-read shows key %1 revoked.</source>
        <translation>Kraken hat nicht eindeutig geantwortet; laut erneuter Abfrage ist Schlüssel %1 widerrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key %1 is revoked.</source>
        <translation>Schlüssel %1 ist widerrufen.</translation>
    </message>
</context>
<context>
    <name>prime::ui::KeyScreenshots</name>
    <message>
        <location filename="../ui/KeyScreenshots.cpp" line="+51"/>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key screenshots did not finish in time</source>
        <translation>die Screenshots der Schlüssel wurden nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no demo users: %1</source>
        <translation>keine Demo-Benutzer: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>issuing a demo key failed: %1</source>
        <translation>Ausstellen eines Demo-Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+31"/>
        <source>no demo keys: %1</source>
        <translation>keine Demo-Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>prime::ui::KeysPane</name>
    <message>
        <location filename="../ui/KeysPane.cpp" line="+37"/>
        <location line="+6"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per API key. The Menu key or Shift+F10 opens the actions for the selected key.</source>
        <translation>Eine Zeile pro API-Schlüssel. Die Menütaste oder Umschalt+F10 öffnet die Aktionen für den ausgewählten Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows only the keys of this user; new keys are issued for this user</source>
        <translation>Zeigt nur die Schlüssel dieses Benutzers; neue Schlüssel werden für diesen Benutzer ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy &amp;public key</source>
        <translation>&amp;Öffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy key &amp;id</source>
        <translation>Schlüssel-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Issues a new API key for the chosen user; its secret is stored in the keychain and shown once</source>
        <translation>Stellt einen neuen API-Schlüssel für den gewählten Benutzer aus; sein Secret wird im Schlüsselbund gespeichert und einmal angezeigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key actions</source>
        <translation>Schlüsselaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the IP allow-list of the selected key, rotate it, or revoke it (revoking cannot be undone)</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses a key may be used from</extracomment>
        <translation>IP-Freigabeliste des ausgewählten Schlüssels bearbeiten, Schlüssel rotieren oder widerrufen (Widerrufen kann nicht rückgängig gemacht werden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finishes or rolls back a key rotation that was interrupted</source>
        <translation>Schließt eine unterbrochene Schlüsselrotation ab oder rollt sie zurück</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s) of %1</source>
        <translation>
            <numerusform>%n Schlüssel von %1</numerusform>
            <numerusform>%n Schlüssel von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n angezeigt</numerusform>
            <numerusform> — %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading API keys…</source>
        <translation>API-Schlüssel werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Refresh (F5) to load the API keys.</source>
        <translation>Drücken Sie „Aktualisieren“ (F5), um die API-Schlüssel zu laden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key matches “%1”.</source>
        <translation>Kein Schlüssel passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no API keys.</source>
        <translation>%1 hat keine API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API keys yet.</source>
        <translation>Noch keine API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>prime::ui::LegsChart</name>
    <message>
        <location filename="../ui/LegsChart.cpp" line="+80"/>
        <source>Legs chart</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing)</extracomment>
        <translation>Postendiagramm</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+200"/>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>✓ Settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>✓ Abgewickelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⇄ Transfer %1</source>
        <translation>⇄ Transfer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can settle</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abwickelbar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Incoming: you receive</source>
        <translation>Eingehend: Sie erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing: you send</source>
        <translation>Ausgehend: Sie senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: %1 %2</source>
        <translation>Betrag: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact amount sent by Kraken: %1</source>
        <translation>Genauer Betrag laut Kraken: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled at: %1</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abgewickelt am: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer %1: %2 %3 %4</source>
        <translation>Transfer %1: %2 %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can be settled now.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Jetzt abwickelbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be settled now.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Derzeit nicht abwickelbar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>incoming (you receive)</source>
        <extracomment>Direction of a leg in a sentence read by screen readers</extracomment>
        <translation>eingehend (Sie erhalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outgoing (you send)</source>
        <translation>ausgehend (Sie senden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>abgewickelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>can settle now</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>jetzt abwickelbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 %3, %4</source>
        <extracomment>One leg read by screen readers: asset, signed amount, direction, state; e.g. &quot;BTC +1.25 incoming (you receive), settled&quot;</extracomment>
        <translation>%1 %2 %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>This batch has no legs.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Dieser Batch hat keine Posten.</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%n leg(s): %1.</source>
        <extracomment>&quot;Leg&quot; = one asset&apos;s part of a settlement batch (an amount you receive or send); %1 lists the legs</extracomment>
        <translation>
            <numerusform>%n Posten: %1.</numerusform>
            <numerusform>%n Posten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up and Down move between the legs.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing)</extracomment>
        <translation>Mit Pfeil nach oben und unten wechseln Sie zwischen den Posten.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>← You send</source>
        <translation>← Sie senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You receive →</source>
        <translation>Sie erhalten →</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+216"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Bar length: order of magnitude (units differ per asset). Hatched: settled. Dashed outline: transfer in flight.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Balkenlänge: Größenordnung (Einheiten je Asset verschieden). Schraffiert: abgewickelt. Gestrichelter Rahmen: Transfer läuft.</translation>
    </message>
</context>
<context>
    <name>prime::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+60"/>
        <location line="+307"/>
        <source>Prime Admin</source>
        <translation>Prime Admin</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Connection message</source>
        <translation>Verbindungsmeldung</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the current view from the server (F5)</source>
        <translation>Aktuelle Ansicht neu vom Server laden (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the reads in flight</source>
        <translation>Laufende Abfragen abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect to Kraken Prime…</source>
        <translation>Mit Kraken Prime &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;sandbox session</source>
        <translation>&amp;Sandbox-Sitzung öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows every change Prime Admin made to an account</source>
        <translation>Zeigt jede Änderung, die Prime Admin an einem Konto vorgenommen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the rows of the current view that contain this text</source>
        <translation>Zeigt nur die Zeilen der aktuellen Ansicht, die diesen Text enthalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prime Admin will follow the system language from its next start.</source>
        <translation>Prime Admin verwendet ab dem nächsten Start die Systemsprache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prime Admin will be in %1 from its next start.</source>
        <translation>Prime Admin wird ab dem nächsten Start in der Sprache „%1“ angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <extracomment>View &gt; Language: use the language of the operating system</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;profile</source>
        <translation>&amp;Profil öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved profiles</source>
        <translation>Keine gespeicherten Profile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Prime Admin</source>
        <translation>&amp;Über Prime Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Prime Admin</source>
        <translation>Über Prime Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Prime Admin %1&lt;/b&gt;&lt;br&gt;Administer a Kraken Prime account: API users, API keys and settlement.</source>
        <extracomment>&quot;settlement&quot; = settling the batches of netted trades with Kraken (paying or receiving each asset&apos;s amount)</extracomment>
        <translation>&lt;b&gt;Prime Admin %1&lt;/b&gt;&lt;br&gt;Verwaltung eines Kraken-Prime-Kontos: API-Benutzer, API-Schlüssel und Abwicklung.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 — %2</source>
        <extracomment>%1 = what was being done (&quot;Loading API users&quot;), %2 = what went wrong</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection to %1 is lost. This banner goes away as soon as a call succeeds again.</source>
        <translation>Die Verbindung zu %1 ist unterbrochen. Dieser Hinweis verschwindet, sobald wieder ein Aufruf gelingt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — Prime Admin</source>
        <translation>%1 — Prime Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SANDBOX — no real funds. Demo data on a local server at %1</source>
        <translation>SANDBOX — kein echtes Geld. Demodaten auf einem lokalen Server unter %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no saved profile named “%1”.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the key of “%1” from the keychain…</source>
        <translation>Schlüssel von „%1“ wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile “%1” cannot be opened. %2</source>
        <translation>Das Profil „%1“ kann nicht geöffnet werden. %2</translation>
    </message>
</context>
<context>
    <name>prime::ui::MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="+23"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows or hides the technical details of this message</source>
        <translation>Zeigt oder verbirgt die technischen Details dieser Meldung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Information</source>
        <extracomment>Severity of a message in the message bar, also read by screen readers</extracomment>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <extracomment>What a screen reader says about the message bar: severity, then the message</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>prime::ui::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="+37"/>
        <source>This is a production account (real funds)</source>
        <translation>Dies ist ein Produktivkonto (echtes Geld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+154"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Connect to Kraken Prime</source>
        <translation>Mit Kraken Prime verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Treasury production</source>
        <translation>z. B. Treasury Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public API key, as Kraken shows it</source>
        <translation>Der öffentliche API-Schlüssel, wie Kraken ihn anzeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to the system keychain, never to a file</source>
        <translation>Wird im System-Schlüsselbund gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Wird im System-Schlüsselbund gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production profiles are marked as such in the status bar</source>
        <translation>Produktivprofile werden in der Statusleiste als solche gekennzeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the API users with this key to check that it works; changes nothing</source>
        <translation>Liest mit diesem Schlüssel die API-Benutzer, um zu prüfen, ob er funktioniert; ändert nichts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use an API key of your Prime account that may manage API users and keys. Create one key for Prime Admin only: another program using the same key would break its nonces.</source>
        <extracomment>&quot;nonce&quot; = the strictly increasing number Kraken requires in every signed request (a technical term)</extracomment>
        <translation>Verwenden Sie einen API-Schlüssel Ihres Prime-Kontos, der API-Benutzer und -Schlüssel verwalten darf. Erstellen Sie einen eigenen Schlüssel nur für Prime Admin: Ein anderes Programm mit demselben Schlüssel würde die Nonce-Folge stören.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;secret:</source>
        <translation>API-S&amp;ecret:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Paste the API secret.</source>
        <translation>Fügen Sie das API-Secret ein.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking Kraken for the API users…</source>
        <translation>API-Benutzer werden bei Kraken abgefragt…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>It works: the key can read this account&apos;s API users (%n found).</source>
        <translation>
            <numerusform>Es funktioniert: Der Schlüssel kann die API-Benutzer dieses Kontos lesen (%n gefunden).</numerusform>
            <numerusform>Es funktioniert: Der Schlüssel kann die API-Benutzer dieses Kontos lesen (%n gefunden).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the secret to the keychain…</source>
        <translation>Secret wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>prime::ui::RecordTableView</name>
    <message>
        <location filename="../ui/RecordTableView.cpp" line="+19"/>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;cell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
</context>
<context>
    <name>prime::ui::RevokeKeyDialog</name>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="+14"/>
        <source>&amp;Revoke key</source>
        <translation>Schlüssel &amp;widerrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke key %1</source>
        <translation>Schlüssel %1 widerrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoking key %1 of %2 cannot be undone. Every program that signs with it is refused from now on.</source>
        <translation>Das Widerrufen von Schlüssel %1 von %2 kann nicht rückgängig gemacht werden. Jedes Programm, das damit signiert, wird ab sofort abgewiesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its secret is deleted from this keychain afterwards.</source>
        <translation>Sein Secret wird anschließend aus diesem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the key id &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Schlüssel-ID &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key id to confirm</source>
        <translation>Schlüssel-ID zur Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the key id %1 exactly; only then can the key be revoked</source>
        <translation>Geben Sie die Schlüssel-ID %1 exakt ein; erst dann kann der Schlüssel widerrufen werden</translation>
    </message>
</context>
<context>
    <name>prime::ui::RotationWizard</name>
    <message>
        <location filename="../ui/RotationWizard.cpp" line="+35"/>
        <source>Read the old key and its allow-list</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Alten Schlüssel und seine IP-Freigabeliste lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the new key</source>
        <translation>Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store and verify the new secret, show it once</source>
        <translation>Neues Secret speichern, prüfen und einmal anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the allow-list to the new key</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>IP-Freigabeliste auf den neuen Schlüssel kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the old key</source>
        <translation>Alten Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the old secret from the keychain</source>
        <translation>Altes Secret aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace key %1 of %2 with a new key. The old key is revoked only after the new secret is safely stored.</source>
        <translation>Schlüssel %1 von %2 durch einen neuen Schlüssel ersetzen. Der alte Schlüssel wird erst widerrufen, wenn das neue Secret sicher gespeichert ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rotation of key %1 of user %2 did not finish (stopped at “%3”, %4). Check what happened, then resume or roll back.</source>
        <translation>Die Rotation von Schlüssel %1 des Benutzers %2 wurde nicht abgeschlossen (angehalten bei „%3“, %4). Prüfen Sie, was geschehen ist, und setzen Sie die Rotation dann fort oder rollen Sie sie zurück.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rotate API key</source>
        <translation>API-Schlüssel rotieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rotation steps</source>
        <translation>Rotationsschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps of the rotation and the state of each, in words</source>
        <translation>Die Schritte der Rotation und jeweils ihr Zustand, in Worten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rotation journal</source>
        <translation>Rotationsprotokoll</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Start rotation</source>
        <translation>Rotation &amp;starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates the new key, stores its secret, copies the allow-list, then revokes the old key</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Erstellt den neuen Schlüssel, speichert sein Secret, kopiert die IP-Freigabeliste und widerruft dann den alten Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll &amp;back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revokes the new key and keeps the old one</source>
        <translation>Widerruft den neuen Schlüssel und behält den alten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishes the rotation from where it stopped; the old key is revoked</source>
        <translation>Setzt die Rotation dort fort, wo sie angehalten hat; der alte Schlüssel wird widerrufen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ done</source>
        <translation>✔ erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ failed</source>
        <translation>✘ fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The rotation is complete: key %1 replaces key %2.</source>
        <translation>Die Rotation ist abgeschlossen: Schlüssel %1 ersetzt Schlüssel %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed: the old key is untouched.</source>
        <translation>Es wurde nichts geändert: Der alte Schlüssel ist unverändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Resolved. %1</source>
        <translation>Geklärt. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rolled back: key %1 still works. Start the rotation again when ready.</source>
        <translation>Zurückgerollt: Schlüssel %1 ist weiterhin gültig. Starten Sie die Rotation erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new secret is in the keychain (read back and compared).</source>
        <translation>Das neue Secret ist im Schlüsselbund (zurückgelesen und verglichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain did not keep the new secret: %1</source>
        <translation>Der Schlüsselbund hat das neue Secret nicht behalten: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the new secret was neither stored in the keychain nor confirmed as stored</source>
        <translation>das neue Secret wurde weder im Schlüsselbund gespeichert noch als gespeichert bestätigt</translation>
    </message>
</context>
<context>
    <name>prime::ui::ScreenshotRenderer</name>
    <message>
        <location filename="../ui/ScreenshotRenderer.cpp" line="+67"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sandbox did not start: %1</source>
        <translation>die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no open demo batch to show</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>kein offener Demo-Batch zum Anzeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the demo batch has no leg to settle</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>der Demo-Batch hat keinen abwickelbaren Posten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the settle dialog did not open</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>der Abwicklungsdialog wurde nicht geöffnet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the sandbox data did not load within %1 s</source>
        <translation>die Sandbox-Daten wurden nicht innerhalb von %1 s geladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>prime::ui::SecretRevealDialog</name>
    <message>
        <location filename="../ui/SecretRevealDialog.cpp" line="+39"/>
        <source>&amp;Copy secret</source>
        <translation>Secret &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;stored this secret where it is needed</source>
        <translation>Ich habe dieses Secret dort &amp;gespeichert, wo es benötigt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secret of new key %1</source>
        <translation>Secret des neuen Schlüssels %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kraken shows a key&apos;s secret only once, now. It cannot be retrieved later; if it is lost, the key has to be revoked and a new one issued.</source>
        <translation>Kraken zeigt das Secret eines Schlüssels nur einmal an – jetzt. Es lässt sich später nicht mehr abrufen; geht es verloren, muss der Schlüssel widerrufen und ein neuer ausgestellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the keychain and read back to verify.</source>
        <translation>Im Schlüsselbund gespeichert und zur Prüfung zurückgelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain entry: %1</source>
        <translation>Schlüsselbund-Eintrag: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did NOT keep this secret (%1). This is the only time it can be seen: copy it now into a password manager or the system that uses the key.</source>
        <translation>Der Schlüsselbund hat dieses Secret NICHT behalten (%1). Es ist nur jetzt sichtbar: Kopieren Sie es sofort in einen Passwortmanager oder in das System, das den Schlüssel verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new key&apos;s secret, hidden until you choose Reveal</source>
        <translation>Das Secret des neuen Schlüssels, verborgen, bis Sie „Anzeigen“ wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Shows or hides the secret on screen</source>
        <translation>Zeigt oder verbirgt das Secret auf dem Bildschirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the secret to the clipboard, which is cleared again after a while</source>
        <translation>Kopiert das Secret in die Zwischenablage, die nach kurzer Zeit wieder geleert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required before Done: the secret is never shown again</source>
        <translation>Erforderlich vor „Fertig“: Das Secret wird nie wieder angezeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A copied secret is hidden from clipboard history and cleared after %n second(s).</source>
        <translation>
            <numerusform>Ein kopiertes Secret wird vom Verlauf der Zwischenablage ausgenommen und nach %n Sekunde gelöscht.</numerusform>
            <numerusform>Ein kopiertes Secret wird vom Verlauf der Zwischenablage ausgenommen und nach %n Sekunden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have not confirmed that the secret is stored. It will never be shown again.</source>
        <translation>Sie haben nicht bestätigt, dass das Secret gespeichert ist. Es wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close &amp;anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes without a confirmed copy: the secret is lost for good</source>
        <translation>Schließt ohne bestätigte Kopie: Das Secret ist endgültig verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>prime::ui::SessionStatus</name>
    <message>
        <location filename="../ui/SessionStatus.cpp" line="+29"/>
        <source>Resume now</source>
        <translation>Jetzt fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the waiting requests now instead of waiting for the pause to end</source>
        <translation>Wartende Anfragen jetzt senden, statt das Ende der Pause abzuwarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume requests now</source>
        <translation>Anfragen jetzt fortsetzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests in flight</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends the waiting requests now instead of waiting for the pause to end</source>
        <translation>Sendet die wartenden Anfragen jetzt, statt das Ende der Pause abzuwarten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · production</source>
        <translation>%1 · Produktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · test</source>
        <translation>%1 · Test</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n laufende Anfrage</numerusform>
            <numerusform>%n laufende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>● Connecting</source>
        <translation>● Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Connected</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Connection lost</source>
        <translation>● Verbindung unterbrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kraken locked this key out after failed calls</source>
        <translation>Kraken hat diesen Schlüssel nach fehlgeschlagenen Aufrufen gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken asked to slow down</source>
        <translation>Kraken verlangt eine Drosselung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: resuming in %2 min</source>
        <translation>%1: Fortsetzung in %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: resuming in %2 s</source>
        <translation>%1: Fortsetzung in %2 s</translation>
    </message>
</context>
<context>
    <name>prime::ui::SettleDialog</name>
    <message>
        <location filename="../ui/SettleDialog.cpp" line="+21"/>
        <source>Settle the %1 leg</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Posten %1 abwickeln</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+73"/>
        <source>Settle %n leg(s)</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>
            <numerusform>%n Posten abwickeln</numerusform>
            <numerusform>%n Posten abwickeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Send %1 %2 to Kraken to settle this leg of batch %3?</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>%1 %2 an Kraken senden, um diesen Posten von Batch %3 abzuwickeln?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive %1 %2 from Kraken to settle this leg of batch %3?</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>%1 %2 von Kraken empfangen, um diesen Posten von Batch %3 abzuwickeln?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settle %1 %2 of batch %3?</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>%1 %2 von Batch %3 abwickeln?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Settle these %n leg(s) of batch %1, one after the other?</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>
            <numerusform>%n Posten von Batch %1 abwickeln?</numerusform>
            <numerusform>Diese %n Posten von Batch %1 nacheinander abwickeln?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legs to settle</source>
        <extracomment>&quot;Legs&quot; = the per-asset parts of a settlement batch that this dialog is about to settle</extracomment>
        <translation>Abzuwickelnde Posten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exact amount from Kraken</source>
        <translation>Genauer Betrag laut Kraken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>→ Incoming (you receive)</source>
        <translation>→ Eingehend (Sie erhalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Outgoing (you send)</source>
        <translation>← Ausgehend (Sie senden)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This starts a transfer of funds. Batch %1 is %2. The request is sent once and never retried automatically; if the answer is lost, Prime Admin re-reads the batch and shows whether the transfer exists before offering to try again.%3</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Damit wird ein Transfer von Geldmitteln gestartet. Batch %1 ist %2. Die Anfrage wird genau einmal gesendet und nie automatisch wiederholt; geht die Antwort verloren, fragt Prime Admin den Batch erneut ab und zeigt, ob der Transfer existiert, bevor ein neuer Versuch angeboten wird.%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT confirmed</source>
        <translation>NICHT bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The legs are settled one after the other; the run stops at the first failure.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation> Die Posten werden nacheinander abgewickelt; der Vorgang stoppt beim ersten Fehler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settle %1</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>%1 abwickeln</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closes this question; nothing is sent</source>
        <translation>Schließt diese Abfrage; es wird nichts gesendet</translation>
    </message>
</context>
<context>
    <name>prime::ui::SettlementPane</name>
    <message>
        <location filename="../ui/SettlementPane.cpp" line="+42"/>
        <location line="+28"/>
        <source>Settlement batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg
----------
&quot;Batch&quot; = a settlement batch: Kraken&apos;s snapshot of unsettled trades, netted per asset into legs</extracomment>
        <translation>Abwicklungs-Batches</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Load &amp;more</source>
        <translation>&amp;Weitere laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a&amp;ll</source>
        <translation>A&amp;lle laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create batch…</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batch &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport list…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batch &amp;öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One row per settlement batch. Enter opens the selected batch with its legs.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Eine Zeile pro Abwicklungs-Batch. Eingabe öffnet den ausgewählten Batch mit seinen Posten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batches werden geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops loading further pages of batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Beendet das Laden weiterer Seiten mit Batches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the selected batch with its legs (Enter)</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Öffnet den ausgewählten Batch mit seinen Posten (Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks Kraken to net your unsettled trades of one asset kind into a new batch of legs; nothing moves yet</source>
        <extracomment>&quot;Legs&quot; = the per-asset parts of a batch: an amount you receive or send</extracomment>
        <translation>Beauftragt Kraken, Ihre offenen Trades einer Anlageklasse in einem neuen Batch zu Posten zu verrechnen; dabei werden noch keine Mittel bewegt</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Copy batch &amp;id</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batch-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loads every page of batches matching the filters (for reports and exports).</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Lädt alle Seiten der Batches, die den Filtern entsprechen (für Berichte und Exporte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the batches shown to a CSV file. Use Load all first for a full report.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Schreibt die angezeigten Batches in eine CSV-Datei. Für einen vollständigen Bericht zuerst „Alle laden“ verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the batch list</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Batch-Liste exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting the batch list</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Export der Batch-Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Settlement</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abwicklung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading settlement batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Laden der Abwicklungs-Batches</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Reading batch %1</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Lesen von Batch %1</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>Loading batches… %n loaded</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>Batches werden geladen… %n geladen</numerusform>
            <numerusform>Batches werden geladen… %n geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n batch(es) loaded; more on the server</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>%n Batch geladen; weitere auf dem Server</numerusform>
            <numerusform>%n Batches geladen; weitere auf dem Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n matching batch(es) loaded</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>%n passender Batch geladen (alle)</numerusform>
            <numerusform>Alle %n passenden Batches geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n batch(es)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>%n Batch</numerusform>
            <numerusform>%n Batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n active</source>
        <translation>
            <numerusform>, %n aktiv</numerusform>
            <numerusform>, %n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n angezeigt</numerusform>
            <numerusform> — %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading settlement batches…</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Abwicklungs-Batches werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No settlement batches match the filters.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Keine Abwicklungs-Batches entsprechen den Filtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Refresh (F5) to load the batches.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Drücken Sie „Aktualisieren“ (F5), um die Batches zu laden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No batch matches “%1”.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Kein Batch passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>prime::ui::UserActions</name>
    <message>
        <location filename="../ui/UserActions.cpp" line="+15"/>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Create a new API user (%1)</source>
        <translation>Neuen API-Benutzer anlegen (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Enable…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>User %1 created as %2.</source>
        <translation>Benutzer %1 als %2 angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating user %1</source>
        <translation>Anlegen von Benutzer %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>User renamed to %1.</source>
        <translation>Benutzer in %1 umbenannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is enabled; its keys work again.</source>
        <translation>%1 ist aktiviert; die zugehörigen Schlüssel funktionieren wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disabled; its keys stop working.</source>
        <translation>%1 ist deaktiviert; die zugehörigen Schlüssel funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing user %1</source>
        <translation>Ändern von Benutzer %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now a %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the role of %1</source>
        <translation>Ändern der Rolle von %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kraken gave no clear answer (%1). Re-reading the users to see what happened…</source>
        <translation>Kraken hat nicht eindeutig geantwortet (%1). Die Benutzer werden erneut abgefragt, um den Stand zu prüfen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kraken gave no clear answer and the users could not be re-read; check the list before trying again.</source>
        <translation>Kraken hat nicht eindeutig geantwortet und die Benutzer konnten nicht erneut abgefragt werden; prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kraken gave no clear answer, but the re-read list shows the change was applied.</source>
        <translation>Kraken hat nicht eindeutig geantwortet, laut erneut abgefragter Liste wurde die Änderung aber übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken gave no clear answer and the re-read list shows no change; you can try again.</source>
        <translation>Kraken hat nicht eindeutig geantwortet und die erneut abgefragte Liste zeigt keine Änderung; Sie können es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>prime::ui::UserDialog</name>
    <message>
        <location filename="../ui/UserDialogs.cpp" line="+29"/>
        <source>The user&apos;s name as shown in Kraken Prime</source>
        <translation>Der Name des Benutzers, wie er in Kraken Prime angezeigt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trader</source>
        <translation>Trader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the user&apos;s API keys may do; the text below explains the role</source>
        <translation>Was die API-Schlüssel des Benutzers dürfen; der Text darunter erklärt die Rolle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create API user</source>
        <translation>API-Benutzer anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create user</source>
        <translation>Benutzer &amp;anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change role</source>
        <translation>Rolle &amp;ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new role applies to all of %1&apos;s keys at once.</source>
        <translation>Die neue Rolle gilt sofort für alle Schlüssel von %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable user</source>
        <translation>Benutzer &amp;deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While %1 is disabled, every API key of %1 stops working: requests signed with them are refused. The keys are not deleted and work again once the user is enabled.</source>
        <translation>Solange %1 deaktiviert ist, funktioniert keiner der API-Schlüssel von %1: Damit signierte Anfragen werden abgewiesen. Die Schlüssel werden nicht gelöscht und funktionieren wieder, sobald der Benutzer aktiviert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable user</source>
        <translation>Benutzer &amp;aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once %1 is enabled, the user&apos;s existing API keys work again.</source>
        <translation>Sobald %1 aktiviert ist, funktionieren die vorhandenen API-Schlüssel des Benutzers wieder.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sending to Kraken…</source>
        <translation>Wird an Kraken gesendet…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viewer: read-only. Its keys can query orders, balances and exposure, but cannot submit or amend orders.</source>
        <translation>Viewer: nur Lesezugriff. Die Schlüssel können Orders, Salden und Exposure abfragen, aber keine Orders erteilen oder ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trader: everything a Viewer can, plus submitting and amending orders.</source>
        <translation>Trader: alles, was ein Viewer kann, zusätzlich Orders erteilen und ändern.</translation>
    </message>
</context>
<context>
    <name>prime::ui::UsersPane</name>
    <message>
        <location filename="../ui/UsersPane.cpp" line="+32"/>
        <location line="+5"/>
        <source>API users</source>
        <translation>API-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per API user. Enter shows the user&apos;s keys; the Menu key or Shift+F10 opens the actions for the selected user.</source>
        <translation>Eine Zeile pro API-Benutzer. Eingabe zeigt die Schlüssel des Benutzers; die Menütaste oder Umschalt+F10 öffnet die Aktionen für den ausgewählten Benutzer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;keys</source>
        <translation>&amp;Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy user &amp;id</source>
        <translation>Benutzer-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opens a dialog to create a new API user on the account</source>
        <translation>Öffnet einen Dialog zum Anlegen eines neuen API-Benutzers im Konto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User actions</source>
        <translation>Benutzeraktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected user, change its role, or enable or disable it (disabling stops all its keys)</source>
        <translation>Ausgewählten Benutzer umbenennen, seine Rolle ändern oder ihn aktivieren bzw. deaktivieren (Deaktivieren sperrt alle seine Schlüssel)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n disabled</source>
        <translation>
            <numerusform>, %n deaktiviert</numerusform>
            <numerusform>, %n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n angezeigt</numerusform>
            <numerusform> — %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading API users…</source>
        <translation>API-Benutzer werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has no API users yet.</source>
        <translation>Dieses Konto hat noch keine API-Benutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Refresh (F5) to load the API users.</source>
        <translation>Drücken Sie „Aktualisieren“ (F5), um die API-Benutzer zu laden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user matches “%1”.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>prime::ui::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="+39"/>
        <source>Welcome to Prime Admin</source>
        <translation>Willkommen bei Prime Admin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manage the API users, API keys and settlement batches of your Kraken Prime account.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Verwalten Sie die API-Benutzer, API-Schlüssel und Abwicklungs-Batches Ihres Kraken-Prime-Kontos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts a local Prime server with demo data; no real funds</source>
        <translation>Startet einen lokalen Prime-Server mit Demodaten; kein echtes Geld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A local Prime server with demo data runs inside the app. No account needed, no real funds.</source>
        <translation>Ein lokaler Prime-Server mit Demodaten läuft direkt in der App. Kein Konto nötig, kein echtes Geld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to Kraken Prime…</source>
        <translation>Mit Kraken Prime verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a dialog for the API key of your Prime account</source>
        <translation>Öffnet einen Dialog für den API-Schlüssel Ihres Prime-Kontos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an administrator API key of your Prime account. Its secret goes to the system keychain, never to a file.</source>
        <translation>Verwenden Sie einen Administrator-API-Schlüssel Ihres Prime-Kontos. Sein Secret wird im System-Schlüsselbund gespeichert, nie in einer Datei.</translation>
    </message>
</context>
<context>
    <name>prime::ui::Workspace</name>
    <message>
        <location filename="../ui/Workspace.cpp" line="+32"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses the view shown beside the list (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Wählt die Ansicht, die neben der Liste angezeigt wird (Strg+1, Strg+2, Strg+3)</translation>
    </message>
</context>
</TS>
