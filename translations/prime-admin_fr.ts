<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Credentials</name>
    <message>
        <location filename="../app/core/Credentials.cpp" line="+11"/>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;adresse du serveur «&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refusing plain http:// to %1: API secrets and signatures would travel unencrypted. Use https:// (plain http is only allowed to this computer, for the sandbox).</source>
        <translation>Connexion http:// non chiffrée vers %1 refusée&#xa0;: les secrets API et les signatures circuleraient en clair. Utilisez https:// (http simple n&apos;est autorisé que vers cet ordinateur, pour le bac à sable).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsupported URL scheme &quot;%1&quot;: use https://.</source>
        <translation>Schéma d&apos;URL «&#xa0;%1&#xa0;» non pris en charge&#xa0;: utilisez https://.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../models/Format.cpp" line="+41"/>
        <source>Unsettled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>À régler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Règlement partiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Règlement effectué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenized equity</source>
        <translation>Actions tokenisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>currency</source>
        <comment>asset kind inside a sentence, e.g. &quot;a currency batch&quot;</comment>
        <translation>devises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokenized equity</source>
        <comment>asset kind inside a sentence, e.g. &quot;a tokenized equity batch&quot;</comment>
        <translation>actions tokenisées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any address</source>
        <translation>Toutes les adresses</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 et %n autre</numerusform>
            <numerusform>%1, %2 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <location filename="../app/core/KeychainProbe.cpp" line="+61"/>
        <source>no Secret Service or KWallet is running on the session bus, and none can be started</source>
        <translation>aucun Secret Service ni KWallet n&apos;est actif sur le bus de session, et aucun ne peut être démarré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session bus did not answer (%1)</source>
        <translation>le bus de session n&apos;a pas répondu (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the D-Bus session bus is not reachable%1</source>
        <translation>le bus de session D-Bus est injoignable%1</translation>
    </message>
</context>
<context>
    <name>ProfileCredentials</name>
    <message>
        <location filename="../app/core/ProfileCredentials.cpp" line="+28"/>
        <source>The API secret is empty.</source>
        <translation>Le secret API est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API secret is longer than any keychain accepts (%1 bytes).</source>
        <translation>Le secret API dépasse la taille maximale acceptée par les trousseaux (%1&#xa0;octets).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API secret is not base64 text. Kraken shows the secret as base64 (letters, digits, &apos;+&apos;, &apos;/&apos;, ending in &apos;=&apos;): copy it again, completely.</source>
        <translation>Le secret API n&apos;est pas un texte base64. Kraken affiche le secret en base64 (lettres, chiffres, «&#xa0;+&#xa0;», «&#xa0;/&#xa0;», terminé par «&#xa0;=&#xa0;»)&#xa0;: copiez-le de nouveau, en entier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keychain holds no secret for the profile &quot;%1&quot; (key %2 on %3): add the profile again with its secret.</source>
        <translation>Le trousseau ne contient aucun secret pour le profil «&#xa0;%1&#xa0;» (clé %2 sur %3)&#xa0;: ajoutez de nouveau le profil avec son secret.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret stored for the profile &quot;%1&quot; is not base64: add the profile again with its secret.</source>
        <translation>Le secret enregistré pour le profil «&#xa0;%1&#xa0;» n&apos;est pas en base64&#xa0;: ajoutez de nouveau le profil avec son secret.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RequestSigner</name>
    <message>
        <location filename="../app/core/RequestSigner.cpp" line="+31"/>
        <source>The API secret is empty.</source>
        <translation>Le secret API est vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API secret is not valid base64. Copy the secret exactly as Kraken showed it.</source>
        <translation>Le secret API n&apos;est pas du base64 valide. Copiez le secret exactement tel que Kraken l&apos;a affiché.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OpenSSL has no HMAC implementation.</source>
        <translation>OpenSSL ne fournit aucune implémentation de HMAC.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OpenSSL could not key the HMAC.</source>
        <translation>OpenSSL n&apos;a pas pu initialiser la clé du HMAC.</translation>
    </message>
</context>
<context>
    <name>ResponseEnvelope</name>
    <message>
        <location filename="../app/core/ResponseEnvelope.cpp" line="+37"/>
        <source>the answer has no result object</source>
        <translation>la réponse ne contient aucun objet «&#xa0;result&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer is not a JSON envelope</source>
        <translation>la réponse n&apos;est pas une enveloppe JSON</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+99"/>
        <source>Administer a Kraken Prime account: API users, keys, settlement.</source>
        <translation>Administration d&apos;un compte Kraken Prime&#xa0;: utilisateurs API, clés, règlement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the built-in sandbox with demo data (no real funds) and connect to it.</source>
        <translation>Démarre le bac à sable intégré avec des données de démonstration (aucun fonds réel) et s&apos;y connecte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the saved connection profile &lt;name&gt;.</source>
        <translation>Ouvre le profil de connexion enregistré &lt;nom&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --sandbox: render every main view and dialog at 1280x800 to &lt;dir&gt;/&lt;view&gt;.png and exit.</source>
        <translation>Avec --sandbox&#xa0;: enregistre chaque vue principale et chaque boîte de dialogue en 1280x800 dans &lt;dossier&gt;/&lt;vue&gt;.png, puis quitte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the user interface in language &lt;code&gt; (%1) instead of the saved or system language.</source>
        <translation>Affiche l&apos;interface dans la langue &lt;code&gt; (%1) au lieu de la langue enregistrée ou de celle du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshots needs --sandbox: screenshots show demo data only.</source>
        <translation>--screenshots nécessite --sandbox&#xa0;: les captures d&apos;écran ne montrent que des données de démonstration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use either --sandbox or --profile, not both.</source>
        <translation>Utilisez --sandbox ou --profile, pas les deux.</translation>
    </message>
</context>
<context>
    <name>prime::IpAllowList</name>
    <message>
        <location filename="../app/core/IpAllowList.cpp" line="+36"/>
        <source>empty entry</source>
        <translation>entrée vide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not an IPv4 or IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the prefix length must be a number from 0 to %1</source>
        <translation>la longueur du préfixe doit être un nombre de 0 à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>host bits are set: the range is %1/%2</source>
        <translation>des bits d&apos;hôte sont positionnés&#xa0;: la plage est %1/%2</translation>
    </message>
</context>
<context>
    <name>prime::KeyIssuance</name>
    <message>
        <location filename="../app/core/KeyIssuance.cpp" line="+58"/>
        <source>Issuing a key for %1…</source>
        <translation>Émission d&apos;une clé pour %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key %1 issued; its secret is stored in the keychain.</source>
        <translation>Clé %1 émise&#xa0;; son secret est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key %1 issued, but the keychain did not keep its secret: %2</source>
        <translation>Clé %1 émise, mais le trousseau n&apos;a pas conservé son secret&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuing a key failed: %1</source>
        <translation>L&apos;émission de la clé a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken gave no clear answer; the keys were re-read and no new key appeared.</source>
        <translation>Kraken n&apos;a pas donné de réponse claire&#xa0;; les clés ont été relues et aucune nouvelle clé n&apos;est apparue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken gave no clear answer; key(s) %1 appeared but their secret never arrived: revoke them.</source>
        <translation>Kraken n&apos;a pas donné de réponse claire&#xa0;; clé(s) %1 apparue(s) sans que leur secret soit jamais reçu&#xa0;: révoquez-les.</translation>
    </message>
</context>
<context>
    <name>prime::KeyRotation</name>
    <message>
        <location filename="../app/core/KeyRotation.cpp" line="+98"/>
        <source>: re-reading the keys of user %1</source>
        <translation>&#xa0;: relecture des clés de l&apos;utilisateur %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-reading the keys failed; the last change may or may not have been applied</source>
        <translation>la relecture des clés a échoué&#xa0;; la dernière modification a pu être appliquée ou non</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the keys of user %1 failed</source>
        <translation>la lecture des clés de l&apos;utilisateur %1 a échoué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user %1 has no key %2</source>
        <translation>l&apos;utilisateur %1 n&apos;a pas de clé %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>old key %1 (%2) has %n allowed IP(s)</source>
        <translation>
            <numerusform>l&apos;ancienne clé %1 (%2) a %n adresse IP autorisée</numerusform>
            <numerusform>l&apos;ancienne clé %1 (%2) a %n adresses IP autorisées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>created new key %1 (%2)</source>
        <translation>nouvelle clé %1 créée (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>creating the new key failed; the old key is untouched</source>
        <translation>la création de la nouvelle clé a échoué&#xa0;; l&apos;ancienne clé est intacte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>creating the new key got no clear answer</source>
        <translation>la création de la nouvelle clé n&apos;a pas reçu de réponse claire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no new key appeared; the old key is untouched. Rotate again.</source>
        <translation>aucune nouvelle clé n&apos;est apparue&#xa0;; l&apos;ancienne clé est intacte. Relancez la rotation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key(s) %1 appeared but their secret never arrived: revoke them; the old key is untouched</source>
        <translation>clé(s) %1 apparue(s) sans que leur secret soit jamais reçu&#xa0;: révoquez-les&#xa0;; l&apos;ancienne clé est intacte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing keeps the new secret; the old key is untouched</source>
        <translation>aucun stockage ne conserve le nouveau secret&#xa0;; l&apos;ancienne clé est intacte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keeping the new secret failed; the old key is untouched. Revoke new key %1</source>
        <translation>la conservation du nouveau secret a échoué&#xa0;; l&apos;ancienne clé est intacte. Révoquez la nouvelle clé %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new secret kept</source>
        <translation>nouveau secret conservé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the old key has no allow-list; nothing to copy</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>l&apos;ancienne clé n&apos;a pas de liste d&apos;adresses IP autorisées&#xa0;; rien à copier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>copied the allow-list (%1) to the new key</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>liste d&apos;adresses IP autorisées (%1) copiée vers la nouvelle clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copying the allow-list failed; the old key is untouched</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>la copie de la liste d&apos;adresses IP autorisées a échoué&#xa0;; l&apos;ancienne clé est intacte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copying the allow-list got no clear answer</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>la copie de la liste d&apos;adresses IP autorisées n&apos;a pas reçu de réponse claire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-read: the new key has the allow-list</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>relecture&#xa0;: la nouvelle clé a bien la liste d&apos;adresses IP autorisées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>re-read: the new key does not have the allow-list; the old key is untouched</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>relecture&#xa0;: la nouvelle clé n&apos;a pas la liste d&apos;adresses IP autorisées&#xa0;; l&apos;ancienne clé est intacte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revoked the old key %1</source>
        <translation>ancienne clé %1 révoquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoking the old key failed; both keys are active</source>
        <translation>la révocation de l&apos;ancienne clé a échoué&#xa0;; les deux clés sont actives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoking the old key got no clear answer</source>
        <translation>la révocation de l&apos;ancienne clé n&apos;a pas reçu de réponse claire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-read: the old key is gone</source>
        <translation>relecture&#xa0;: l&apos;ancienne clé a disparu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>re-read: the old key %1 is still active; revoke it</source>
        <translation>relecture&#xa0;: l&apos;ancienne clé %1 est toujours active&#xa0;; révoquez-la</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no stored secret to forget</source>
        <translation>aucun secret enregistré à supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forgot the old secret</source>
        <translation>ancien secret supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not remove the old secret: %1</source>
        <translation>impossible de supprimer l&apos;ancien secret&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>prime::PrimeError</name>
    <message>
        <location filename="../app/core/PrimeError.cpp" line="+121"/>
        <source>Kraken rejected the request signature: the API secret does not belong to this key.</source>
        <translation>Kraken a rejeté la signature de la requête&#xa0;: le secret API ne correspond pas à cette clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kraken refused the account: it is disabled or not confirmed. Contact Kraken support.</source>
        <translation>Kraken a refusé le compte&#xa0;: il est désactivé ou non confirmé. Contactez le support Kraken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken does not know this API key: it was revoked, mistyped, or belongs to another server.</source>
        <translation>Kraken ne connaît pas cette clé API&#xa0;: elle a été révoquée, mal saisie, ou appartient à un autre serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program used this key with a larger nonce: create a key for Prime Admin only.</source>
        <extracomment>&quot;nonce&quot; = the strictly increasing number Kraken requires in every signed request (a technical term)</extracomment>
        <translation>Un autre programme a utilisé cette clé avec un nonce plus grand&#xa0;: créez une clé réservée à Prime Admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key lacks the permission for this operation. Give the key the needed permission in Kraken, or use an administrator key.</source>
        <translation>La clé n&apos;a pas l&apos;autorisation requise pour cette opération. Accordez-lui cette autorisation dans Kraken, ou utilisez une clé administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken refused the request as invalid.</source>
        <translation>Kraken a refusé la requête comme non valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken refused the request: the field &quot;%1&quot; is invalid.</source>
        <translation>Kraken a refusé la requête&#xa0;: le champ «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests for this key: Kraken asks to slow down. Waiting before the next call.</source>
        <translation>Trop de requêtes pour cette clé&#xa0;: Kraken demande de ralentir. Attente avant le prochain appel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken locked this key out for a while after failed calls (about 15 minutes). Wait before trying again.</source>
        <translation>Kraken a bloqué temporairement cette clé après des appels en échec (environ 15&#xa0;minutes). Patientez avant de réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken is unavailable or busy (maintenance or overload). Try again shortly.</source>
        <translation>Kraken est indisponible ou occupé (maintenance ou surcharge). Réessayez dans quelques instants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken&apos;s server failed (HTTP %1).</source>
        <translation>Le serveur de Kraken a rencontré une erreur (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to Kraken failed.</source>
        <translation>La connexion à Kraken a échoué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate could not be verified (self-signed, expired or for another host). Prime Admin never sends keys over an unverified connection.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié (autosigné, expiré ou émis pour un autre hôte). Prime Admin n&apos;envoie jamais de clés sur une connexion non vérifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kraken did not answer in time.</source>
        <translation>Kraken n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kraken&apos;s answer could not be read.</source>
        <translation>La réponse de Kraken est illisible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection settings are not usable.</source>
        <translation>Les paramètres de connexion sont inutilisables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kraken refused the request.</source>
        <translation>Kraken a refusé la requête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change may or may not have been applied: re-read before trying again.</source>
        <translation>La modification a pu être appliquée ou non&#xa0;: actualisez avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>prime::PrimeTransport</name>
    <message>
        <location filename="../app/core/PrimeTransport.cpp" line="+96"/>
        <source>No API key is set.</source>
        <translation>Aucune clé API n&apos;est définie.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>another program kept this API key busy for %1 s</source>
        <translation>un autre programme a occupé cette clé API pendant %1&#xa0;s</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No answer within %1 s</source>
        <translation>Aucune réponse en %1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>prime::ProfileStore</name>
    <message>
        <location filename="../app/core/ProfileStore.cpp" line="+102"/>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name has at most 64 characters.</source>
        <translation>Un nom de profil comporte au plus 64&#xa0;caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Un nom de profil ne peut ni commencer ni se terminer par un espace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name cannot contain &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>Un nom de profil ne peut contenir ni «&#xa0;/&#xa0;», ni «&#xa0;\&#xa0;», ni caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The API key (the public half) is missing.</source>
        <translation>La clé API (la partie publique) est manquante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is too long to be a Kraken API key.</source>
        <translation>La clé API est trop longue pour être une clé API Kraken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key contains spaces or characters that a Kraken API key never has; copy it again from Kraken.</source>
        <translation>La clé API contient des espaces ou des caractères qu&apos;une clé API Kraken ne comporte jamais&#xa0;; copiez-la de nouveau depuis Kraken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation>La couleur «&#xa0;%1&#xa0;» n&apos;est pas de la forme #rrggbb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A label has at most 64 characters.</source>
        <translation>Un libellé comporte au plus 64&#xa0;caractères.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile &quot;%1&quot; already uses this API key on %2.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» utilise déjà cette clé API sur %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not write the profiles file %1.</source>
        <translation>Impossible d&apos;écrire le fichier des profils %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>prime::RotationRecovery</name>
    <message>
        <location filename="../app/core/RotationRecovery.cpp" line="+41"/>
        <source>The keys of user %1 could not be read: %2</source>
        <translation>Les clés de l&apos;utilisateur %1 n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old key %1 is still active.</source>
        <translation>L&apos;ancienne clé %1 est toujours active.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The old key %1 is revoked.</source>
        <translation>L&apos;ancienne clé %1 est révoquée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new key %1 exists and its secret is in the keychain.</source>
        <translation>La nouvelle clé %1 existe et son secret est dans le trousseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new key %1 exists but its secret was never stored.</source>
        <translation>La nouvelle clé %1 existe mais son secret n&apos;a jamais été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new key is in use.</source>
        <translation>Aucune nouvelle clé n&apos;est en service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key(s) left behind without a known secret: %1.</source>
        <translation>Clé(s) restante(s) sans secret connu&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume finishes the rotation.</source>
        <translation>«&#xa0;Reprendre&#xa0;» termine la rotation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back revokes what the rotation created; the old key keeps working.</source>
        <translation>«&#xa0;Revenir en arrière&#xa0;» révoque ce que la rotation a créé&#xa0;; l&apos;ancienne clé reste valide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-reading the keys of user %1…</source>
        <translation>Relecture des clés de l&apos;utilisateur %1…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Revoking key %1…</source>
        <translation>Révocation de la clé %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoking key %1 failed</source>
        <translation>La révocation de la clé %1 a échoué</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove the secret of key %1: %2</source>
        <translation>Impossible de supprimer le secret de la clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The rotation is complete.</source>
        <translation>La rotation est terminée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoking the old key %1…</source>
        <translation>Révocation de l&apos;ancienne clé %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoking the old key failed</source>
        <translation>La révocation de l&apos;ancienne clé a échoué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copying the allow-list to the new key…</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Copie de la liste d&apos;adresses IP autorisées vers la nouvelle clé…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the allow-list failed</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>La copie de la liste d&apos;adresses IP autorisées a échoué</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rotation was rolled back; the old key keeps working.</source>
        <translation>La rotation a été annulée&#xa0;; l&apos;ancienne clé reste valide.</translation>
    </message>
</context>
<context>
    <name>prime::SecretStore</name>
    <message>
        <location filename="../app/core/SecretStore.cpp" line="+76"/>
        <source>No keychain is available (%1): start the Secret Service (e.g. gnome-keyring) or KWallet in your desktop session, or unlock it, and try again. Prime Admin never stores secrets in a file, so nothing was stored.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1)&#xa0;: démarrez le Secret Service (par exemple gnome-keyring) ou KWallet dans votre session de bureau, ou déverrouillez-le, puis réessayez. Prime Admin n&apos;enregistre jamais de secret dans un fichier&#xa0;: rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The keychain holds no secret under this name.</source>
        <translation>Le trousseau ne contient aucun secret sous ce nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the keychain was cancelled.</source>
        <translation>L&apos;accès au trousseau a été annulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>Le trousseau a refusé l&apos;accès (est-il verrouillé&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain could not delete the entry: %1</source>
        <translation>Le trousseau n&apos;a pas pu supprimer l&apos;entrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The keychain did not answer within %1 s (is it locked and waiting for its password?).</source>
        <translation>Le trousseau n&apos;a pas répondu en %1&#xa0;s (est-il verrouillé, en attente de son mot de passe&#xa0;?).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to store: the entry name or the secret is empty.</source>
        <translation>Rien à enregistrer&#xa0;: le nom de l&apos;entrée ou le secret est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret is %1 bytes long; keychains accept at most %2 bytes per entry.</source>
        <translation>Le secret fait %1&#xa0;octets&#xa0;; les trousseaux acceptent au plus %2&#xa0;octets par entrée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The keychain accepted the secret but does not return it.</source>
        <translation>Le trousseau a accepté le secret mais ne le restitue pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret was written but could not be read back to verify it: %1</source>
        <translation>Le secret a été écrit mais n&apos;a pas pu être relu pour vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain returned different bytes than were written (did another program change the entry?).</source>
        <translation>Le trousseau a renvoyé des octets différents de ceux écrits (un autre programme a-t-il modifié l&apos;entrée&#xa0;?).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain did not answer within %1 s; the secret may or may not have been stored (is the keychain locked and waiting for its password?).</source>
        <translation>Le trousseau n&apos;a pas répondu en %1&#xa0;s&#xa0;; le secret a pu être enregistré ou non (le trousseau est-il verrouillé, en attente de son mot de passe&#xa0;?).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>No keychain entry name was given.</source>
        <translation>Aucun nom d&apos;entrée de trousseau n&apos;a été fourni.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keychain still holds the secret after deleting it.</source>
        <translation>Le trousseau contient toujours le secret après sa suppression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret was deleted but the keychain could not confirm it is gone: %1</source>
        <translation>Le secret a été supprimé mais le trousseau n&apos;a pas pu confirmer sa disparition&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain did not answer within %1 s; the secret may or may not have been deleted.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1&#xa0;s&#xa0;; le secret a pu être supprimé ou non.</translation>
    </message>
</context>
<context>
    <name>prime::SettlementRun</name>
    <message>
        <location filename="../app/core/SettlementRun.cpp" line="+94"/>
        <source>transfer %1 %2</source>
        <translation>transfert %1 %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 (the answer was lost; re-reading the batch shows transfer %2)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>%1 (réponse perdue&#xa0;; la relecture du lot montre le transfert %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>effectué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (transfer %2)</source>
        <translation>%1 (transfert %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer for %1 was lost (%2). The batch was re-read: no transfer exists for %1, so it was not settled and you may try again.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>La réponse pour %1 a été perdue (%2). Le lot a été relu&#xa0;: aucun transfert n&apos;existe pour %1&#xa0;; la ligne n&apos;a donc pas été réglée et vous pouvez réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settling %1 failed: %2</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Le règlement de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer for %1 was lost and the batch could not be re-read: it is not known whether its transfer started. Refresh the batch before trying again.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>La réponse pour %1 a été perdue et le lot n&apos;a pas pu être relu&#xa0;: on ne sait pas si son transfert a démarré. Actualisez le lot avant de réessayer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is still being settled.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>%1 est encore en cours de règlement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Started: %1.</source>
        <translation>Transferts lancés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not attempted: %1.</source>
        <translation>Lignes non tentées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped on request.</source>
        <translation>Arrêté à votre demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to settle.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Rien à régler.</translation>
    </message>
</context>
<context>
    <name>prime::models::AuditModel</name>
    <message>
        <location filename="../models/AuditModel.cpp" line="+59"/>
        <source>Succeeded</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown: re-read</source>
        <translation>Inconnu&#xa0;: à relire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>prime::models::BatchesModel</name>
    <message>
        <location filename="../models/BatchesModel.cpp" line="+31"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
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
            <numerusform>Lignes réglées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Lignes réglées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Batch id</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Identifiant du lot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset kind</source>
        <translation>Type d&apos;actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trades</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legs</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing)</extracomment>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled</source>
        <extracomment>Column header: how many of the batch&apos;s legs are settled, shown as &quot;2 / 5&quot; (&quot;leg&quot; = one asset&apos;s part of a settlement batch)</extracomment>
        <translation>Réglées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
</context>
<context>
    <name>prime::models::KeysModel</name>
    <message>
        <location filename="../models/KeysModel.cpp" line="+111"/>
        <source>This computer&apos;s keychain holds the secret of this key.</source>
        <translation>Le trousseau de cet ordinateur contient le secret de cette clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret of this key is not in this keychain.</source>
        <translation>Le secret de cette clé n&apos;est pas dans ce trousseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ in keychain</source>
        <translation>✔ dans le trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret in this keychain</source>
        <translation>Secret dans ce trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secret not in this keychain</source>
        <translation>Secret absent de ce trousseau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key id</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP allow-list</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Adresses IP autorisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
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
        <translation>Exactement %1 %2, tel qu&apos;envoyé par Kraken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can settle</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Réglable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled at</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Date de règlement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest transfer</source>
        <translation>Dernier transfert</translation>
    </message>
</context>
<context>
    <name>prime::models::UsersModel</name>
    <message>
        <location filename="../models/UsersModel.cpp" line="+71"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User id</source>
        <translation>Identifiant d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
</context>
<context>
    <name>prime::sandbox::SandboxServer</name>
    <message>
        <location filename="../app/sandbox/SandboxServer.cpp" line="+107"/>
        <source>refusing to listen on %1: not a loopback address (allow remote access explicitly)</source>
        <translation>refus d&apos;écouter sur %1&#xa0;: ce n&apos;est pas une adresse de bouclage (autorisez explicitement l&apos;accès distant)</translation>
    </message>
</context>
<context>
    <name>prime::shell</name>
    <message>
        <location filename="../app/shell/SandboxSession.cpp" line="+25"/>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
</context>
<context>
    <name>prime::ui::AccountLoader</name>
    <message>
        <location filename="../ui/AccountLoader.cpp" line="+60"/>
        <source>Loading API users</source>
        <translation>Chargement des utilisateurs API</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading the keys of %1</source>
        <translation>Chargement des clés de %1</translation>
    </message>
</context>
<context>
    <name>prime::ui::AuditLogDialog</name>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="+27"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded changes</source>
        <translation>Modifications consignées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No changes recorded yet. Every change Prime Admin makes to an account (users, keys, batches, settlements) is recorded here.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Aucune modification consignée pour l&apos;instant. Chaque modification apportée à un compte par Prime Admin (utilisateurs, clés, lots, règlements) est consignée ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded in %1</source>
        <translation>Consigné dans %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Recorded in %1 (%n unreadable line(s) skipped)</source>
        <translation>
            <numerusform>Consigné dans %1 (%n ligne illisible ignorée)</numerusform>
            <numerusform>Consigné dans %1 (%n lignes illisibles ignorées)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the audit log</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the whole audit log to a JSON lines file</source>
        <translation>Écrit l&apos;intégralité du journal d&apos;audit dans un fichier JSON Lines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: %2</translation>
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
        <translation>Création d&apos;un lot «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Creating a %1 batch (Kraken allows one active batch per asset kind, and no batch without unsettled trades)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Création d&apos;un lot «&#xa0;%1&#xa0;» (Kraken n&apos;autorise qu&apos;un lot actif par type d&apos;actif, et aucun lot sans transactions à régler)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating a %1 batch (no answer, and the session has closed: refresh after reconnecting)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Création d&apos;un lot « %1 » (pas de réponse, et la session est fermée : actualisez après vous être reconnecté)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating a %1 batch (no answer, and the batches could not be re-read: refresh before trying again)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Création d&apos;un lot « %1 » (pas de réponse, et les lots n&apos;ont pas pu être relus : actualisez avant de réessayer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating a %1 batch (no answer, but re-reading shows batch %2 was created: do not create it again)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Création d&apos;un lot « %1 » (pas de réponse, mais la relecture montre que le lot %2 a été créé : ne le créez pas une seconde fois)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating a %1 batch (no answer; re-reading shows no new batch, so you may try again)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Création d&apos;un lot « %1 » (pas de réponse ; la relecture ne montre aucun nouveau lot, vous pouvez donc réessayer)</translation>
    </message>
</context>
<context>
    <name>prime::ui::BatchDetailView</name>
    <message>
        <location filename="../ui/BatchDetailView.cpp" line="+39"/>
        <source>Try again…</source>
        <translation>Réessayer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop after this leg</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing)</extracomment>
        <translation>Arrêter après cette ligne</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>← All batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>← Tous les lots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to all batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Retour à tous les lots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the list of batches (%1)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Retour à la liste des lots (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finishes the leg being settled and settles no further legs</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Termine la ligne en cours de règlement et n&apos;en règle pas d&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement progress</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Progression du règlement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Legs</source>
        <extracomment>&quot;Legs&quot; = the per-asset parts of a settlement batch: an amount you receive or send</extracomment>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per asset leg of the batch. Select a leg that can settle, then Settle leg (Alt+S).</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Une ligne par actif du lot. Sélectionnez une ligne réglable, puis Régler la ligne (Alt+R).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trade ids of the batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Identifiants de transaction du lot</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Settle leg…</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>&amp;Régler la ligne…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the transfer of funds that settles the selected leg, after you confirm. The request is never sent twice.</source>
        <extracomment>&quot;settle a leg&quot; = start the transfer that pays or receives that asset&apos;s amount of the batch</extracomment>
        <translation>Lance, après confirmation, le transfert de fonds qui règle la ligne sélectionnée. La requête n&apos;est jamais envoyée deux fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settle &amp;all eligible legs…</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Régler &amp;toutes les lignes éligibles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the transfers of every leg that can settle now, one after the other, after you confirm. Funds move.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Lance, après confirmation, les transferts de toutes les lignes réglables maintenant, l&apos;un après l&apos;autre. Des fonds sont déplacés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the batch, its legs and trade ids to a CSV file</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Écrit le lot, ses lignes et ses identifiants de transaction dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;trade ids</source>
        <translation>Co&amp;pier les identifiants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the batch&apos;s trade ids to the clipboard, one per line</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Copie les identifiants de transaction du lot dans le presse-papiers, un par ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks again before settling the leg whose transfer did not start</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Redemande confirmation avant de régler la ligne dont le transfert n&apos;a pas démarré</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Following the batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Suivi du lot</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Batch %1</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Lot %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1    Confirmed: %2    Asset kind: %3    Trades: %4    Legs settled: %5 of %6
Created: %7    Updated: %8</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Statut&#xa0;: %1    Confirmé&#xa0;: %2    Type d&apos;actif&#xa0;: %3    Transactions&#xa0;: %4    Lignes réglées&#xa0;: %5 sur %6
Création&#xa0;: %7    Mise à jour&#xa0;: %8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Trade ids (%n)</source>
        <translation>
            <numerusform>Identifiant de transaction (%n)</numerusform>
            <numerusform>Identifiants de transaction (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade ids: not sent by the server for this batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Identifiants de transaction&#xa0;: non fournis par le serveur pour ce lot</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kraken has not confirmed this batch yet; legs can be settled once it is.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Kraken n&apos;a pas encore confirmé ce lot&#xa0;; ses lignes pourront être réglées dès qu&apos;il le sera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected leg cannot be settled now (settled, or a transfer is in flight).</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>La ligne sélectionnée ne peut pas être réglée maintenant (déjà réglée, ou transfert en cours).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts the transfer that settles the selected leg, after you confirm.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Lance, après confirmation, le transfert qui règle la ligne sélectionnée.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Settling %1 (%2 of %3)…</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Règlement de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Settling the %1 leg</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Règlement de la ligne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try %1 again…</source>
        <translation>Réessayer %1…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export batch %1</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Exporter le lot %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting the batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Export du lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>prime::ui::BatchFilterBar</name>
    <message>
        <location filename="../ui/BatchFilterBar.cpp" line="+19"/>
        <source>Created from</source>
        <translation>Création du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only batches with this status (none ticked: every status)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Uniquement les lots ayant ce statut (aucune case cochée&#xa0;: tous les statuts)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only batches created on or after the date beside it</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Uniquement les lots créés à partir de la date indiquée à côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only batches created on or before the date beside it</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Uniquement les lots créés jusqu&apos;à la date indiquée à côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created from date</source>
        <translation>Date de création minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created to date</source>
        <translation>Date de création maximale</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show batches of every status, created at any time</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Afficher les lots de tous les statuts, quelle que soit leur date de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>prime::ui::CreateBatchDialog</name>
    <message>
        <location filename="../ui/CreateBatchDialog.cpp" line="+23"/>
        <source>Create a settlement batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Créer un lot de règlement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating a batch asks Kraken to take a snapshot of your unsettled trades of one asset kind and to net them per asset into legs: one leg per asset, incoming (you receive) or outgoing (you send). Nothing moves yet. Kraken confirms the batch, then you settle each leg.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Créer un lot demande à Kraken de prendre un instantané de vos transactions à régler d&apos;un type d&apos;actif et de les compenser par actif en lignes&#xa0;: une ligne par actif, entrante (vous recevez) ou sortante (vous envoyez). Aucun fonds ne bouge à ce stade. Kraken confirme le lot, puis vous réglez chaque ligne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Currency — fiat and crypto positions</source>
        <translation>&amp;Devises — positions en monnaies fiduciaires et en cryptomonnaies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tokenized equity — tokenized stock positions</source>
        <translation>Actions &amp;tokenisées — positions en actions tokenisées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch of currency legs</source>
        <extracomment>&quot;Asset kind&quot; of a settlement batch: currencies (fiat and crypto) or tokenized equities</extracomment>
        <translation>Lot de lignes en devises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch of tokenized equity legs</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Lot de lignes en actions tokenisées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;reate batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>C&amp;réer le lot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks Kraken to create the batch; it is created once and never re-sent automatically</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Demande à Kraken de créer le lot&#xa0;; la demande est envoyée une seule fois et n&apos;est jamais renvoyée automatiquement</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Batch %1 (%2, created %3) is still active for %4. Kraken allows one active batch per asset kind at a time, so a new one would be refused. Settle its legs and wait until it is completed, or pick the other asset kind.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Le lot %1 (%2, créé le %3) est encore actif pour «&#xa0;%4&#xa0;». Kraken n&apos;autorise qu&apos;un lot actif à la fois par type d&apos;actif&#xa0;: un nouveau lot serait donc refusé. Réglez ses lignes et attendez qu&apos;il soit terminé, ou choisissez l&apos;autre type d&apos;actif.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new %1 batch will include every %1 trade not yet in a batch. If there is none, Kraken refuses to create an empty batch.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Un nouveau lot «&#xa0;%1&#xa0;» inclura toutes les transactions «&#xa0;%1&#xa0;» qui ne figurent encore dans aucun lot. S&apos;il n&apos;y en a aucune, Kraken refuse de créer un lot vide.</translation>
    </message>
</context>
<context>
    <name>prime::ui::IpAllowListEditor</name>
    <message>
        <location filename="../ui/IpAllowListEditor.cpp" line="+29"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IP allow-list of key %1</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Adresses IP autorisées de la clé %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests with this key are accepted only from these addresses. One IPv4 or IPv6 address, or a CIDR range such as 198.51.100.0/24, per row.</source>
        <translation>Les requêtes signées avec cette clé ne sont acceptées que depuis ces adresses. Une adresse IPv4 ou IPv6, ou une plage CIDR comme 198.51.100.0/24, par ligne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allowed addresses</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges an API key may be used from</extracomment>
        <translation>Adresses autorisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One address or range per row. F2 or typing edits a row; the second column says whether it is valid.</source>
        <translation>Une adresse ou une plage par ligne. F2 ou la saisie modifie une ligne&#xa0;; la deuxième colonne indique si elle est valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address or range</source>
        <translation>Adresse ou plage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds an empty row and starts editing it</source>
        <translation>Ajoute une ligne vide et commence sa saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected row</source>
        <translation>Supprime la ligne sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends the new allow-list to Kraken; an empty list allows any address</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Envoie la nouvelle liste d&apos;adresses IP autorisées à Kraken&#xa0;; une liste vide autorise toutes les adresses</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An empty allow-list lets this key be used from ANY address.</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Une liste vide permet d&apos;utiliser cette clé depuis N&apos;IMPORTE QUELLE adresse.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>empty row, ignored</source>
        <translation>ligne vide, ignorée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate of %1, dropped</source>
        <translation>doublon de %1, supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>range %1</source>
        <translation>plage %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6 address</source>
        <translation>adresse IPv6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv4 address</source>
        <translation>adresse IPv4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No change.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Change:&lt;/b&gt; %1 kept&lt;br&gt;</source>
        <translation>&lt;b&gt;Modifications&#xa0;:&lt;/b&gt; entrées conservées&#xa0;: %1&lt;br&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entry(ies) are not valid addresses or ranges; fix or remove them.</source>
        <translation>
            <numerusform>%n entrée n&apos;est pas une adresse ou une plage valide&#xa0;; corrigez-la ou supprimez-la.</numerusform>
            <numerusform>%n entrées ne sont pas des adresses ou des plages valides&#xa0;; corrigez-les ou supprimez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prime::ui::KeyActions</name>
    <message>
        <location filename="../ui/KeyActions.cpp" line="+34"/>
        <source>&amp;Issue key…</source>
        <translation>É&amp;mettre une clé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP &amp;allow-list…</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>&amp;Adresses IP autorisées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume &amp;rotation…</source>
        <translation>R&amp;eprendre la rotation…</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n key rotation(s) did not finish. Use “Resume rotation…” on the Keys pane to finish or roll back.</source>
        <translation>
            <numerusform>%n rotation de clé n&apos;a pas abouti. Utilisez «&#xa0;Reprendre la rotation…&#xa0;» dans le volet Clés pour la terminer ou revenir en arrière.</numerusform>
            <numerusform>%n rotations de clé n&apos;ont pas abouti. Utilisez «&#xa0;Reprendre la rotation…&#xa0;» dans le volet Clés pour les terminer ou revenir en arrière.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issue a new API key; its secret is stored in the keychain and shown once.</source>
        <translation>Émettre une nouvelle clé API&#xa0;; son secret est enregistré dans le trousseau et affiché une seule fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a user (or one of the user&apos;s keys) first.</source>
        <translation>Choisissez d&apos;abord un utilisateur (ou l&apos;une de ses clés).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Re-reading the keys of %1</source>
        <translation>Relecture des clés de %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Issuing a key for %1…</source>
        <translation>Émission d&apos;une clé pour %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issuing a key for %1</source>
        <translation>Émission d&apos;une clé pour %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Key %1 now accepts requests from any address.</source>
        <translation>La clé %1 accepte désormais les requêtes depuis n&apos;importe quelle adresse.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Key %1 accepts requests from %n address(es) or range(s).</source>
        <translation>
            <numerusform>La clé %1 accepte les requêtes depuis %n adresse ou plage.</numerusform>
            <numerusform>La clé %1 accepte les requêtes depuis %n adresses ou plages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the allow-list of key %1</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Enregistrement de la liste d&apos;adresses IP autorisées de la clé %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kraken gave no clear answer; the re-read shows the new allow-list is in place.</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Kraken n&apos;a pas donné de réponse claire&#xa0;; la relecture montre que la nouvelle liste d&apos;adresses IP autorisées est en place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kraken gave no clear answer; the re-read shows the allow-list unchanged. Save again to retry.</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Kraken n&apos;a pas donné de réponse claire&#xa0;; la relecture montre que la liste d&apos;adresses IP autorisées n&apos;a pas changé. Enregistrez de nouveau pour réessayer.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Key %1 is revoked, but its secret could not be deleted from the keychain: %2</source>
        <translation>La clé %1 est révoquée, mais son secret n&apos;a pas pu être supprimé du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoking key %1</source>
        <translation>Révocation de la clé %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kraken gave no clear answer; the re-read shows key %1 still active.</source>
        <translation>Kraken n&apos;a pas donné de réponse claire&#xa0;; la relecture montre que la clé %1 est toujours active.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kraken gave no clear answer; the re-read shows key %1 revoked.</source>
        <translation>Kraken n&apos;a pas donné de réponse claire&#xa0;; la relecture montre que la clé %1 est révoquée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key %1 is revoked.</source>
        <translation>La clé %1 est révoquée.</translation>
    </message>
</context>
<context>
    <name>prime::ui::KeyScreenshots</name>
    <message>
        <location filename="../ui/KeyScreenshots.cpp" line="+51"/>
        <source>no session</source>
        <translation>aucune session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key screenshots did not finish in time</source>
        <translation>les captures d&apos;écran des clés ne se sont pas terminées à temps</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no demo users: %1</source>
        <translation>aucun utilisateur de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>issuing a demo key failed: %1</source>
        <translation>l&apos;émission d&apos;une clé de démonstration a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+31"/>
        <source>no demo keys: %1</source>
        <translation>aucune clé de démonstration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>prime::ui::KeysPane</name>
    <message>
        <location filename="../ui/KeysPane.cpp" line="+37"/>
        <location line="+6"/>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per API key. The Menu key or Shift+F10 opens the actions for the selected key.</source>
        <translation>Une ligne par clé API. La touche Menu ou Maj+F10 ouvre les actions de la clé sélectionnée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows only the keys of this user; new keys are issued for this user</source>
        <translation>Affiche uniquement les clés de cet utilisateur&#xa0;; les nouvelles clés sont émises pour cet utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy &amp;public key</source>
        <translation>Copier la clé &amp;publique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy key &amp;id</source>
        <translation>Copier l&apos;&amp;identifiant de la clé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Issues a new API key for the chosen user; its secret is stored in the keychain and shown once</source>
        <translation>Émet une nouvelle clé API pour l&apos;utilisateur choisi&#xa0;; son secret est enregistré dans le trousseau et affiché une seule fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key actions</source>
        <translation>Actions sur la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the IP allow-list of the selected key, rotate it, or revoke it (revoking cannot be undone)</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses a key may be used from</extracomment>
        <translation>Modifier la liste d&apos;adresses IP autorisées de la clé sélectionnée, effectuer sa rotation ou la révoquer (la révocation est irréversible)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finishes or rolls back a key rotation that was interrupted</source>
        <translation>Termine une rotation de clé interrompue ou revient en arrière</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s) of %1</source>
        <translation>
            <numerusform>%n clé de %1</numerusform>
            <numerusform>%n clés de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n affichée</numerusform>
            <numerusform> — %n affichées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading API keys…</source>
        <translation>Chargement des clés API…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Refresh (F5) to load the API keys.</source>
        <translation>Appuyez sur Actualiser (F5) pour charger les clés API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key matches “%1”.</source>
        <translation>Aucune clé ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no API keys.</source>
        <translation>%1 n&apos;a aucune clé API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API keys yet.</source>
        <translation>Aucune clé API pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>prime::ui::LegsChart</name>
    <message>
        <location filename="../ui/LegsChart.cpp" line="+80"/>
        <source>Legs chart</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing)</extracomment>
        <translation>Graphique des lignes</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+200"/>
        <source>Net amount</source>
        <translation>Montant net</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>✓ Settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>✓ Réglée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⇄ Transfer %1</source>
        <translation>⇄ Transfert %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can settle</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Réglable</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Incoming: you receive</source>
        <translation>Entrant&#xa0;: vous recevez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing: you send</source>
        <translation>Sortant&#xa0;: vous envoyez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: %1 %2</source>
        <translation>Montant&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact amount sent by Kraken: %1</source>
        <translation>Montant exact envoyé par Kraken&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled at: %1</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Date de règlement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer %1: %2 %3 %4</source>
        <translation>Transfert %1&#xa0;: %2 %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can be settled now.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Peut être réglée maintenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be settled now.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Ne peut pas être réglée maintenant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>incoming (you receive)</source>
        <extracomment>Direction of a leg in a sentence read by screen readers</extracomment>
        <translation>entrante (vous recevez)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outgoing (you send)</source>
        <translation>sortante (vous envoyez)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settled</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>réglée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer %1</source>
        <translation>transfert %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>can settle now</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>réglable maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 %3, %4</source>
        <extracomment>One leg read by screen readers: asset, signed amount, direction, state; e.g. &quot;BTC +1.25 incoming (you receive), settled&quot;</extracomment>
        <translation>%1 %2, %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>This batch has no legs.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Ce lot n&apos;a aucune ligne.</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%n leg(s): %1.</source>
        <extracomment>&quot;Leg&quot; = one asset&apos;s part of a settlement batch (an amount you receive or send); %1 lists the legs</extracomment>
        <translation>
            <numerusform>%n ligne&#xa0;: %1.</numerusform>
            <numerusform>%n lignes&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up and Down move between the legs.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing)</extracomment>
        <translation>Les flèches Haut et Bas permettent de passer d&apos;une ligne à l&apos;autre.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>← You send</source>
        <translation>← Sortant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You receive →</source>
        <translation>Entrant →</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+216"/>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Bar length: order of magnitude (units differ per asset). Hatched: settled. Dashed outline: transfer in flight.</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Longueur des barres&#xa0;: ordre de grandeur (les unités diffèrent selon l&apos;actif). Hachures&#xa0;: ligne réglée. Contour en pointillés&#xa0;: transfert en cours.</translation>
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
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the current view from the server (F5)</source>
        <translation>Recharger la vue actuelle depuis le serveur (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the reads in flight</source>
        <translation>Annuler les lectures en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect to Kraken Prime…</source>
        <translation>Se &amp;connecter à Kraken Prime…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a &amp;sandbox session</source>
        <translation>Ouvrir une session &amp;bac à sable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows every change Prime Admin made to an account</source>
        <translation>Affiche chaque modification apportée à un compte par Prime Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the rows of the current view that contain this text</source>
        <translation>Affiche uniquement les lignes de la vue actuelle qui contiennent ce texte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prime Admin will follow the system language from its next start.</source>
        <translation>Prime Admin utilisera la langue du système à partir du prochain démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prime Admin will be in %1 from its next start.</source>
        <translation>Prime Admin utilisera la langue choisie (%1) à partir du prochain démarrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <extracomment>View &gt; Language: use the language of the operating system</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;profile</source>
        <translation>Ouvrir un &amp;profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved profiles</source>
        <translation>Aucun profil enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Prime Admin</source>
        <translation>À &amp;propos de Prime Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Prime Admin</source>
        <translation>À propos de Prime Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Prime Admin %1&lt;/b&gt;&lt;br&gt;Administer a Kraken Prime account: API users, API keys and settlement.</source>
        <extracomment>&quot;settlement&quot; = settling the batches of netted trades with Kraken (paying or receiving each asset&apos;s amount)</extracomment>
        <translation>&lt;b&gt;Prime Admin %1&lt;/b&gt;&lt;br&gt;Administration d&apos;un compte Kraken Prime&#xa0;: utilisateurs API, clés API et règlement.</translation>
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
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection to %1 is lost. This banner goes away as soon as a call succeeds again.</source>
        <translation>La connexion à %1 est perdue. Ce bandeau disparaîtra dès qu&apos;un appel aboutira de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — Prime Admin</source>
        <translation>%1 — Prime Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SANDBOX — no real funds. Demo data on a local server at %1</source>
        <translation>BAC À SABLE — aucun fonds réel. Données de démonstration sur un serveur local à l&apos;adresse %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no saved profile named “%1”.</source>
        <translation>Il n&apos;existe aucun profil enregistré nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the key of “%1” from the keychain…</source>
        <translation>Lecture de la clé de «&#xa0;%1&#xa0;» dans le trousseau…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile “%1” cannot be opened. %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» ne peut pas être ouvert. %2</translation>
    </message>
</context>
<context>
    <name>prime::ui::MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="+23"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows or hides the technical details of this message</source>
        <translation>Affiche ou masque les détails techniques de ce message</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Fermer le message</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <extracomment>What a screen reader says about the message bar: severity, then the message</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>prime::ui::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="+37"/>
        <source>This is a production account (real funds)</source>
        <translation>Il s&apos;agit d&apos;un compte de production (fonds réels)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+154"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Connect to Kraken Prime</source>
        <translation>Se connecter à Kraken Prime</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Treasury production</source>
        <translation>p. ex. Trésorerie production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public API key, as Kraken shows it</source>
        <translation>La clé API publique, telle que Kraken l&apos;affiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to the system keychain, never to a file</source>
        <translation>Enregistré dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Enregistré dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production profiles are marked as such in the status bar</source>
        <translation>Les profils de production sont signalés comme tels dans la barre d&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the API users with this key to check that it works; changes nothing</source>
        <translation>Lit les utilisateurs API avec cette clé pour vérifier qu&apos;elle fonctionne&#xa0;; ne modifie rien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use an API key of your Prime account that may manage API users and keys. Create one key for Prime Admin only: another program using the same key would break its nonces.</source>
        <extracomment>&quot;nonce&quot; = the strictly increasing number Kraken requires in every signed request (a technical term)</extracomment>
        <translation>Utilisez une clé API de votre compte Prime autorisée à gérer les utilisateurs API et les clés. Créez une clé réservée à Prime Admin&#xa0;: un autre programme utilisant la même clé perturberait ses nonces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;secret:</source>
        <translation>&amp;Secret API&#xa0;:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Paste the API secret.</source>
        <translation>Collez le secret API.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cancel &amp;test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking Kraken for the API users…</source>
        <translation>Demande de la liste des utilisateurs API à Kraken…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>It works: the key can read this account&apos;s API users (%n found).</source>
        <translation>
            <numerusform>Cela fonctionne&#xa0;: la clé peut lire les utilisateurs API de ce compte (%n trouvé).</numerusform>
            <numerusform>Cela fonctionne&#xa0;: la clé peut lire les utilisateurs API de ce compte (%n trouvés).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the secret to the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>prime::ui::RecordTableView</name>
    <message>
        <location filename="../ui/RecordTableView.cpp" line="+19"/>
        <source>&amp;Copy rows</source>
        <translation>Copier les &amp;lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;cell</source>
        <translation>Copier la &amp;cellule</translation>
    </message>
</context>
<context>
    <name>prime::ui::RevokeKeyDialog</name>
    <message>
        <location filename="../ui/RevokeKeyDialog.cpp" line="+14"/>
        <source>&amp;Revoke key</source>
        <translation>&amp;Révoquer la clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke key %1</source>
        <translation>Révoquer la clé %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoking key %1 of %2 cannot be undone. Every program that signs with it is refused from now on.</source>
        <translation>La révocation de la clé %1 de %2 est irréversible. Tout programme qui signe avec cette clé sera désormais refusé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its secret is deleted from this keychain afterwards.</source>
        <translation>Son secret est ensuite supprimé de ce trousseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the key id &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez l&apos;identifiant de clé &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key id to confirm</source>
        <translation>Identifiant de clé à confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the key id %1 exactly; only then can the key be revoked</source>
        <translation>Saisissez exactement l&apos;identifiant de clé %1&#xa0;; la clé ne peut être révoquée qu&apos;à cette condition</translation>
    </message>
</context>
<context>
    <name>prime::ui::RotationWizard</name>
    <message>
        <location filename="../ui/RotationWizard.cpp" line="+35"/>
        <source>Read the old key and its allow-list</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Lire l&apos;ancienne clé et sa liste d&apos;adresses IP autorisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the new key</source>
        <translation>Créer la nouvelle clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store and verify the new secret, show it once</source>
        <translation>Enregistrer et vérifier le nouveau secret, l&apos;afficher une fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the allow-list to the new key</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Copier la liste d&apos;adresses IP autorisées vers la nouvelle clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the old key</source>
        <translation>Révoquer l&apos;ancienne clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the old secret from the keychain</source>
        <translation>Supprimer l&apos;ancien secret du trousseau</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace key %1 of %2 with a new key. The old key is revoked only after the new secret is safely stored.</source>
        <translation>Remplacer la clé %1 de %2 par une nouvelle clé. L&apos;ancienne clé n&apos;est révoquée qu&apos;une fois le nouveau secret enregistré en lieu sûr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rotation of key %1 of user %2 did not finish (stopped at “%3”, %4). Check what happened, then resume or roll back.</source>
        <translation>La rotation de la clé %1 de l&apos;utilisateur %2 n&apos;a pas abouti (arrêt à l&apos;étape «&#xa0;%3&#xa0;», %4). Vérifiez ce qui s&apos;est passé, puis reprenez ou revenez en arrière.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rotate API key</source>
        <translation>Rotation de clé API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rotation steps</source>
        <translation>Étapes de la rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps of the rotation and the state of each, in words</source>
        <translation>Les étapes de la rotation et l&apos;état de chacune, en toutes lettres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rotation journal</source>
        <translation>Journal de la rotation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Start rotation</source>
        <translation>&amp;Démarrer la rotation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates the new key, stores its secret, copies the allow-list, then revokes the old key</source>
        <extracomment>&quot;allow-list&quot; = the IP addresses and ranges from which an API key may be used</extracomment>
        <translation>Crée la nouvelle clé, enregistre son secret, copie la liste d&apos;adresses IP autorisées, puis révoque l&apos;ancienne clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll &amp;back</source>
        <translation>Revenir en a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revokes the new key and keeps the old one</source>
        <translation>Révoque la nouvelle clé et conserve l&apos;ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishes the rotation from where it stopped; the old key is revoked</source>
        <translation>Termine la rotation là où elle s&apos;est arrêtée&#xa0;; l&apos;ancienne clé est révoquée</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ done</source>
        <translation>✔ terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ failed</source>
        <translation>✘ échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The rotation is complete: key %1 replaces key %2.</source>
        <translation>La rotation est terminée&#xa0;: la clé %1 remplace la clé %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed: the old key is untouched.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: l&apos;ancienne clé est intacte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Resolved. %1</source>
        <translation>Résolu. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rolled back: key %1 still works. Start the rotation again when ready.</source>
        <translation>Retour arrière effectué&#xa0;: la clé %1 reste valide. Relancez la rotation quand vous le souhaitez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new secret is in the keychain (read back and compared).</source>
        <translation>Le nouveau secret est dans le trousseau (relu et comparé).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain did not keep the new secret: %1</source>
        <translation>Le trousseau n&apos;a pas conservé le nouveau secret&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the new secret was neither stored in the keychain nor confirmed as stored</source>
        <translation>le nouveau secret n&apos;a été ni enregistré dans le trousseau ni confirmé comme enregistré</translation>
    </message>
</context>
<context>
    <name>prime::ui::ScreenshotRenderer</name>
    <message>
        <location filename="../ui/ScreenshotRenderer.cpp" line="+67"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sandbox did not start: %1</source>
        <translation>le bac à sable n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no open demo batch to show</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>aucun lot de démonstration ouvert à afficher</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the demo batch has no leg to settle</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>le lot de démonstration n&apos;a aucune ligne à régler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the settle dialog did not open</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>la boîte de dialogue de règlement ne s&apos;est pas ouverte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the sandbox data did not load within %1 s</source>
        <translation>les données du bac à sable ne se sont pas chargées en %1&#xa0;s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>prime::ui::SecretRevealDialog</name>
    <message>
        <location filename="../ui/SecretRevealDialog.cpp" line="+39"/>
        <source>&amp;Copy secret</source>
        <translation>&amp;Copier le secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;stored this secret where it is needed</source>
        <translation>J&apos;ai &amp;enregistré ce secret là où il est nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secret of new key %1</source>
        <translation>Secret de la nouvelle clé %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kraken shows a key&apos;s secret only once, now. It cannot be retrieved later; if it is lost, the key has to be revoked and a new one issued.</source>
        <translation>Kraken n&apos;affiche le secret d&apos;une clé qu&apos;une seule fois, maintenant. Il ne pourra pas être récupéré plus tard&#xa0;; s&apos;il est perdu, il faudra révoquer la clé et en émettre une nouvelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the keychain and read back to verify.</source>
        <translation>Enregistré dans le trousseau et relu pour vérification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain entry: %1</source>
        <translation>Entrée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did NOT keep this secret (%1). This is the only time it can be seen: copy it now into a password manager or the system that uses the key.</source>
        <translation>Le trousseau n&apos;a PAS conservé ce secret (%1). C&apos;est la seule fois où il peut être affiché&#xa0;: copiez-le maintenant dans un gestionnaire de mots de passe ou dans le système qui utilise la clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keychain</source>
        <translation>aucun trousseau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key id:</source>
        <translation>Identifiant de clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public key:</source>
        <translation>Clé publique&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new key&apos;s secret, hidden until you choose Reveal</source>
        <translation>Le secret de la nouvelle clé, masqué tant que vous ne choisissez pas Afficher</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Shows or hides the secret on screen</source>
        <translation>Affiche ou masque le secret à l&apos;écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the secret to the clipboard, which is cleared again after a while</source>
        <translation>Copie le secret dans le presse-papiers, qui est effacé après un court délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required before Done: the secret is never shown again</source>
        <translation>Obligatoire avant Terminé&#xa0;: le secret ne sera plus jamais affiché</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A copied secret is hidden from clipboard history and cleared after %n second(s).</source>
        <translation>
            <numerusform>Un secret copié est exclu de l&apos;historique du presse-papiers et effacé après %n&#xa0;seconde.</numerusform>
            <numerusform>Un secret copié est exclu de l&apos;historique du presse-papiers et effacé après %n&#xa0;secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have not confirmed that the secret is stored. It will never be shown again.</source>
        <translation>Vous n&apos;avez pas confirmé avoir enregistré le secret. Il ne sera plus jamais affiché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close &amp;anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes without a confirmed copy: the secret is lost for good</source>
        <translation>Ferme sans copie confirmée&#xa0;: le secret est définitivement perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>prime::ui::SessionStatus</name>
    <message>
        <location filename="../ui/SessionStatus.cpp" line="+29"/>
        <source>Resume now</source>
        <translation>Reprendre maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the waiting requests now instead of waiting for the pause to end</source>
        <translation>Envoyer maintenant les requêtes en attente au lieu d&apos;attendre la fin de la pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume requests now</source>
        <translation>Reprendre les requêtes maintenant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests in flight</source>
        <translation>Requêtes en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends the waiting requests now instead of waiting for the pause to end</source>
        <translation>Envoie maintenant les requêtes en attente au lieu d&apos;attendre la fin de la pause</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · production</source>
        <translation>%1 · production</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · test</source>
        <translation>%1 · test</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>● Connecting</source>
        <translation>● Connexion en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Connected</source>
        <translation>● Connecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Connection lost</source>
        <translation>● Connexion perdue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kraken locked this key out after failed calls</source>
        <translation>Kraken a bloqué cette clé après des appels en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken asked to slow down</source>
        <translation>Kraken demande de ralentir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: resuming in %2 min</source>
        <translation>%1&#xa0;: reprise dans %2&#xa0;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: resuming in %2 s</source>
        <translation>%1&#xa0;: reprise dans %2&#xa0;s</translation>
    </message>
</context>
<context>
    <name>prime::ui::SettleDialog</name>
    <message>
        <location filename="../ui/SettleDialog.cpp" line="+21"/>
        <source>Settle the %1 leg</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Régler la ligne %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+73"/>
        <source>Settle %n leg(s)</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>
            <numerusform>Régler %n ligne</numerusform>
            <numerusform>Régler %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Send %1 %2 to Kraken to settle this leg of batch %3?</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Envoyer %1 %2 à Kraken pour régler cette ligne du lot %3&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive %1 %2 from Kraken to settle this leg of batch %3?</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Recevoir %1 %2 de Kraken pour régler cette ligne du lot %3&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settle %1 %2 of batch %3?</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Régler %1 %2 du lot %3&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Settle these %n leg(s) of batch %1, one after the other?</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>
            <numerusform>Régler %n ligne du lot %1&#xa0;?</numerusform>
            <numerusform>Régler ces %n lignes du lot %1, l&apos;une après l&apos;autre&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legs to settle</source>
        <extracomment>&quot;Legs&quot; = the per-asset parts of a settlement batch that this dialog is about to settle</extracomment>
        <translation>Lignes à régler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exact amount from Kraken</source>
        <translation>Montant exact fourni par Kraken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>→ Incoming (you receive)</source>
        <translation>→ Entrant (vous recevez)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Outgoing (you send)</source>
        <translation>← Sortant (vous envoyez)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This starts a transfer of funds. Batch %1 is %2. The request is sent once and never retried automatically; if the answer is lost, Prime Admin re-reads the batch and shows whether the transfer exists before offering to try again.%3</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Cette opération lance un transfert de fonds. Le lot %1 est %2. La requête est envoyée une seule fois et n&apos;est jamais renvoyée automatiquement&#xa0;; si la réponse est perdue, Prime Admin relit le lot et indique si le transfert existe avant de proposer de réessayer.%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT confirmed</source>
        <translation>NON confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The legs are settled one after the other; the run stops at the first failure.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation> Les lignes sont réglées l&apos;une après l&apos;autre&#xa0;; l&apos;exécution s&apos;arrête au premier échec.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settle %1</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Régler %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closes this question; nothing is sent</source>
        <translation>Ferme cette question&#xa0;; rien n&apos;est envoyé</translation>
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
        <translation>Lots de règlement</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a&amp;ll</source>
        <translation>&amp;Tout charger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create batch…</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>&amp;Créer un lot…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open batch</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>&amp;Ouvrir le lot</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One row per settlement batch. Enter opens the selected batch with its legs.</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Une ligne par lot de règlement. Entrée ouvre le lot sélectionné avec ses lignes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Chargement des lots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops loading further pages of batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Arrête le chargement des pages de lots suivantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the selected batch with its legs (Enter)</source>
        <extracomment>&quot;leg&quot; = one asset&apos;s part of a settlement batch: the net amount you receive (incoming) or send (outgoing); &quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Ouvre le lot sélectionné avec ses lignes (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks Kraken to net your unsettled trades of one asset kind into a new batch of legs; nothing moves yet</source>
        <extracomment>&quot;Legs&quot; = the per-asset parts of a batch: an amount you receive or send</extracomment>
        <translation>Demande à Kraken de compenser vos transactions à régler d&apos;un type d&apos;actif dans un nouveau lot de lignes&#xa0;; aucun fonds ne bouge à ce stade</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Copy batch &amp;id</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Copier l&apos;&amp;identifiant du lot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loads every page of batches matching the filters (for reports and exports).</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Charge toutes les pages de lots correspondant aux filtres (pour les rapports et les exports).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the batches shown to a CSV file. Use Load all first for a full report.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Écrit les lots affichés dans un fichier CSV. Utilisez d&apos;abord «&#xa0;Tout charger&#xa0;» pour un rapport complet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the batch list</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Exporter la liste des lots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting the batch list</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Export de la liste des lots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Settlement</source>
        <extracomment>&quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Règlement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading settlement batches</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Chargement des lots de règlement</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Reading batch %1</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Lecture du lot %1</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>Loading batches… %n loaded</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>Chargement des lots… %n chargé</numerusform>
            <numerusform>Chargement des lots… %n chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n batch(es) loaded; more on the server</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>%n lot chargé&#xa0;; d&apos;autres sur le serveur</numerusform>
            <numerusform>%n lots chargés&#xa0;; d&apos;autres sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n matching batch(es) loaded</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>Tous les lots correspondants sont chargés (%n)</numerusform>
            <numerusform>Tous les lots correspondants sont chargés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n batch(es)</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n active</source>
        <translation>
            <numerusform>, %n actif</numerusform>
            <numerusform>, %n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n affiché</numerusform>
            <numerusform> — %n affichés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading settlement batches…</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Chargement des lots de règlement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No settlement batches match the filters.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Aucun lot de règlement ne correspond aux filtres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Refresh (F5) to load the batches.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Appuyez sur Actualiser (F5) pour charger les lots.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No batch matches “%1”.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs</extracomment>
        <translation>Aucun lot ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>prime::ui::UserActions</name>
    <message>
        <location filename="../ui/UserActions.cpp" line="+15"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role…</source>
        <translation>C&amp;hanger le rôle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Create a new API user (%1)</source>
        <translation>Créer un nouvel utilisateur API (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Enable…</source>
        <translation>Ac&amp;tiver…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>User %1 created as %2.</source>
        <translation>Utilisateur %1 créé avec le rôle %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating user %1</source>
        <translation>Création de l&apos;utilisateur %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>User renamed to %1.</source>
        <translation>Utilisateur renommé en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is enabled; its keys work again.</source>
        <translation>%1 est activé&#xa0;; ses clés fonctionnent de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disabled; its keys stop working.</source>
        <translation>%1 est désactivé&#xa0;; ses clés cessent de fonctionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing user %1</source>
        <translation>Modification de l&apos;utilisateur %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now a %2.</source>
        <translation>%1 a désormais le rôle %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the role of %1</source>
        <translation>Changement du rôle de %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kraken gave no clear answer (%1). Re-reading the users to see what happened…</source>
        <translation>Kraken n&apos;a pas donné de réponse claire (%1). Relecture des utilisateurs pour voir ce qui s&apos;est passé…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kraken gave no clear answer and the users could not be re-read; check the list before trying again.</source>
        <translation>Kraken n&apos;a pas donné de réponse claire et les utilisateurs n&apos;ont pas pu être relus&#xa0;; vérifiez la liste avant de réessayer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kraken gave no clear answer, but the re-read list shows the change was applied.</source>
        <translation>Kraken n&apos;a pas donné de réponse claire, mais la liste relue montre que la modification a été appliquée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kraken gave no clear answer and the re-read list shows no change; you can try again.</source>
        <translation>Kraken n&apos;a pas donné de réponse claire et la liste relue ne montre aucune modification&#xa0;; vous pouvez réessayer.</translation>
    </message>
</context>
<context>
    <name>prime::ui::UserDialog</name>
    <message>
        <location filename="../ui/UserDialogs.cpp" line="+29"/>
        <source>The user&apos;s name as shown in Kraken Prime</source>
        <translation>Le nom de l&apos;utilisateur tel qu&apos;affiché dans Kraken Prime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
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
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the user&apos;s API keys may do; the text below explains the role</source>
        <translation>Ce que les clés API de l&apos;utilisateur peuvent faire&#xa0;; le texte ci-dessous explique le rôle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create API user</source>
        <translation>Créer un utilisateur API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create user</source>
        <translation>&amp;Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the role of %1</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change role</source>
        <translation>&amp;Changer le rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new role applies to all of %1&apos;s keys at once.</source>
        <translation>Le nouveau rôle s&apos;applique immédiatement à toutes les clés de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable user</source>
        <translation>&amp;Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While %1 is disabled, every API key of %1 stops working: requests signed with them are refused. The keys are not deleted and work again once the user is enabled.</source>
        <translation>Tant que %1 est désactivé, toutes les clés API de %1 cessent de fonctionner&#xa0;: les requêtes signées avec elles sont refusées. Les clés ne sont pas supprimées et fonctionnent de nouveau dès que l&apos;utilisateur est réactivé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable user</source>
        <translation>&amp;Activer l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once %1 is enabled, the user&apos;s existing API keys work again.</source>
        <translation>Une fois %1 activé, les clés API existantes de cet utilisateur fonctionnent de nouveau.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sending to Kraken…</source>
        <translation>Envoi à Kraken…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viewer: read-only. Its keys can query orders, balances and exposure, but cannot submit or amend orders.</source>
        <translation>Viewer&#xa0;: lecture seule. Les clés d&apos;un Viewer peuvent consulter les ordres, les soldes et l&apos;exposition, mais ne peuvent ni passer ni modifier d&apos;ordres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trader: everything a Viewer can, plus submitting and amending orders.</source>
        <translation>Trader&#xa0;: tout ce que peut faire un Viewer, plus passer et modifier des ordres.</translation>
    </message>
</context>
<context>
    <name>prime::ui::UsersPane</name>
    <message>
        <location filename="../ui/UsersPane.cpp" line="+32"/>
        <location line="+5"/>
        <source>API users</source>
        <translation>Utilisateurs API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per API user. Enter shows the user&apos;s keys; the Menu key or Shift+F10 opens the actions for the selected user.</source>
        <translation>Une ligne par utilisateur API. Entrée affiche les clés de l&apos;utilisateur&#xa0;; la touche Menu ou Maj+F10 ouvre les actions de l&apos;utilisateur sélectionné.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;keys</source>
        <translation>&amp;Afficher les clés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy user &amp;id</source>
        <translation>Copier l&apos;&amp;identifiant de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opens a dialog to create a new API user on the account</source>
        <translation>Ouvre une boîte de dialogue pour créer un nouvel utilisateur API sur le compte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User actions</source>
        <translation>Actions sur l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected user, change its role, or enable or disable it (disabling stops all its keys)</source>
        <translation>Renommer l&apos;utilisateur sélectionné, changer son rôle, l&apos;activer ou le désactiver (la désactivation bloque toutes ses clés)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n disabled</source>
        <translation>
            <numerusform>, %n désactivé</numerusform>
            <numerusform>, %n désactivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n shown</source>
        <translation>
            <numerusform> — %n affiché</numerusform>
            <numerusform> — %n affichés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading API users…</source>
        <translation>Chargement des utilisateurs API…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has no API users yet.</source>
        <translation>Ce compte n&apos;a encore aucun utilisateur API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Refresh (F5) to load the API users.</source>
        <translation>Appuyez sur Actualiser (F5) pour charger les utilisateurs API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user matches “%1”.</source>
        <translation>Aucun utilisateur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>prime::ui::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="+39"/>
        <source>Welcome to Prime Admin</source>
        <translation>Bienvenue dans Prime Admin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manage the API users, API keys and settlement batches of your Kraken Prime account.</source>
        <extracomment>&quot;batch&quot; = a settlement batch: Kraken&apos;s snapshot of your unsettled trades, netted per asset into legs; &quot;settle&quot; = pay or receive a leg&apos;s amount by a transfer, which closes the leg</extracomment>
        <translation>Gérez les utilisateurs API, les clés API et les lots de règlement de votre compte Kraken Prime.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts a local Prime server with demo data; no real funds</source>
        <translation>Démarre un serveur Prime local avec des données de démonstration&#xa0;; aucun fonds réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A local Prime server with demo data runs inside the app. No account needed, no real funds.</source>
        <translation>Un serveur Prime local avec des données de démonstration s&apos;exécute dans l&apos;application. Aucun compte requis, aucun fonds réel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to Kraken Prime…</source>
        <translation>Se connecter à Kraken Prime…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a dialog for the API key of your Prime account</source>
        <translation>Ouvre une boîte de dialogue pour saisir la clé API de votre compte Prime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an administrator API key of your Prime account. Its secret goes to the system keychain, never to a file.</source>
        <translation>Utilisez une clé API administrateur de votre compte Prime. Son secret est enregistré dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>prime::ui::Workspace</name>
    <message>
        <location filename="../ui/Workspace.cpp" line="+32"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses the view shown beside the list (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Choisit la vue affichée à côté de la liste (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
    </message>
</context>
</TS>
