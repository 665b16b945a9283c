// The users/keys dialogs on their own (offscreen): show-once secret, allow-list
// editor, type-to-confirm revoke, user dialogs. Widgets are found by objectName.
#include <IpAllowListEditor.h>
#include <RevokeKeyDialog.h>
#include <SecretClipboard.h>
#include <SecretRevealDialog.h>
#include <UserDialogs.h>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace prime;
using namespace prime::ui;

class TestKeyDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretIsMaskedRevealedAndCopiedSensitively();
    void secretDialogNeedsStoredConfirmation();
    void secretDialogEarlyCloseAsks();
    void secretDialogWarnsWhenKeychainFailed();
    void allowListRejectsInvalidAndDropsDuplicates();
    void allowListEmptyWarningAndDiff();
    void allowListAddRemoveRows();
    void revokeNeedsExactKeyId_data();
    void revokeNeedsExactKeyId();
    void userDialogsExplain_data();
    void userDialogsExplain();
    void userDialogBusyDisablesSubmit();

private:
    static ApiKey sampleKey();
    static SecretBytes sampleSecret() { return SecretBytes(QByteArrayView("c2FuZGJveC1zZWNyZXQtZm9yLXRlc3Rz")); }
};

void TestKeyDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

ApiKey TestKeyDialogs::sampleKey()
{
    ApiKey k;
    k.id = QStringLiteral("K-TEST-1");
    k.publicKey = QStringLiteral("PUBLICKEYTEST");
    k.userId = QStringLiteral("U-1");
    return k;
}

void TestKeyDialogs::secretIsMaskedRevealedAndCopiedSensitively()
{
    SecretRevealDialog d(sampleKey(), sampleSecret(), {true, {}, QStringLiteral("entry")});
    auto *field = d.findChild<QLineEdit *>(QStringLiteral("secretField"));
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QCOMPARE(field->text(), QStringLiteral("c2FuZGJveC1zZWNyZXQtZm9yLXRlc3Rz"));
    QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("publicKeyField"))->text(), QStringLiteral("PUBLICKEYTEST"));
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("secretStoredNote")));
    QVERIFY(!d.findChild<QLabel *>(QStringLiteral("secretWarning")));
    d.findChild<QToolButton *>(QStringLiteral("revealButton"))->click();
    QVERIFY(d.isRevealed());
    d.findChild<QToolButton *>(QStringLiteral("revealButton"))->click();
    QVERIFY(!d.isRevealed());

    QSignalSpy copied(d.clipboard(), &SecretClipboard::copied);
    d.findChild<QPushButton *>(QStringLiteral("copySecretButton"))->click();
    QCOMPARE(copied.size(), 1);
    QVERIFY(d.clipboard()->holdsSecret());
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("c2FuZGJveC1zZWNyZXQtZm9yLXRlc3Rz"));
    QVERIFY(mime->hasFormat(QString::fromLatin1(SecretClipboard::kPasswordManagerHint)));
    QVERIFY(d.clipboard()->clearNow());
}

void TestKeyDialogs::secretDialogNeedsStoredConfirmation()
{
    SecretRevealDialog d(sampleKey(), sampleSecret(), {true, {}, {}});
    QSignalSpy closed(&d, &SecretRevealDialog::closedWith);
    d.open();
    auto *doneButton = d.findChild<QPushButton *>(QStringLiteral("doneButton"));
    QVERIFY(!doneButton->isEnabled());
    d.findChild<QCheckBox *>(QStringLiteral("storedCheck"))->setChecked(true);
    QVERIFY(doneButton->isEnabled());
    doneButton->click();
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().first().toBool(), true);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(d.findChild<QLineEdit *>(QStringLiteral("secretField"))->text().isEmpty()); // wiped on close
}

void TestKeyDialogs::secretDialogEarlyCloseAsks()
{
    SecretRevealDialog d(sampleKey(), sampleSecret(), {true, {}, {}});
    QSignalSpy closed(&d, &SecretRevealDialog::closedWith);
    d.open();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTest::keyClick(&d, Qt::Key_Escape);
    QVERIFY(d.isVisible());
    QVERIFY(d.isAskingToClose());
    QCOMPARE(closed.size(), 0);
    d.findChild<QPushButton *>(QStringLiteral("goBackButton"))->click();
    QVERIFY(!d.isAskingToClose());
    d.findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    QVERIFY(d.isAskingToClose());
    d.findChild<QPushButton *>(QStringLiteral("closeAnywayButton"))->click();
    QVERIFY(!d.isVisible());
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().first().toBool(), false);
}

void TestKeyDialogs::secretDialogWarnsWhenKeychainFailed()
{
    SecretRevealDialog d(sampleKey(), sampleSecret(), {false, QStringLiteral("no keychain is running"), {}});
    auto *warning = d.findChild<QLabel *>(QStringLiteral("secretWarning"));
    QVERIFY(warning);
    QVERIFY(warning->text().contains(QStringLiteral("no keychain is running")));
    QVERIFY(warning->text().contains(QStringLiteral("only time")));
    // The secret is still shown once.
    QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("secretField"))->text(),
             QStringLiteral("c2FuZGJveC1zZWNyZXQtZm9yLXRlc3Rz"));
}

void TestKeyDialogs::allowListRejectsInvalidAndDropsDuplicates()
{
    IpAllowListEditor e(QStringLiteral("K1"), {QStringLiteral("203.0.113.5")});
    QSignalSpy save(&e, &IpAllowListEditor::saveRequested);
    auto *saveButton = e.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(!saveButton->isEnabled()); // nothing changed
    auto *table = e.findChild<QTableWidget *>(QStringLiteral("allowListTable"));
    e.addRow();
    table->item(1, 0)->setText(QStringLiteral("300.1.2.3")); // as if typed
    QCOMPARE(e.invalidCount(), 1);
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(table->item(1, 1)->text().contains(QStringLiteral("not an IPv4")));
    QVERIFY(e.findChild<QLabel *>(QStringLiteral("problemsLabel"))->isVisibleTo(&e));
    table->item(1, 0)->setText(QStringLiteral("2001:DB8::1"));
    QCOMPARE(e.invalidCount(), 0);
    e.addRow(QStringLiteral("203.0.113.5")); // duplicate
    e.addRow(QStringLiteral("198.51.100.0/24"));
    QVERIFY(table->item(2, 1)->text().contains(QStringLiteral("duplicate")));
    QVERIFY(saveButton->isEnabled());
    QCOMPARE(e.entries(), (QStringList{QStringLiteral("203.0.113.5"), QStringLiteral("2001:db8::1"),
                                       QStringLiteral("198.51.100.0/24")}));
    QVERIFY(e.diffText().contains(QStringLiteral("+ 2001:db8::1")));
    QVERIFY(e.diffText().contains(QStringLiteral("+ 198.51.100.0/24")));
    QVERIFY(!e.diffText().contains(QStringLiteral("203.0.113.5")));
    saveButton->click();
    QCOMPARE(save.size(), 1);
    QCOMPARE(save.first().first().toStringList(), e.entries());
}

void TestKeyDialogs::allowListEmptyWarningAndDiff()
{
    IpAllowListEditor e(QStringLiteral("K1"), {QStringLiteral("203.0.113.5"), QStringLiteral("192.0.2.1")});
    e.show();
    QVERIFY(!e.isEmptyWarningShown());
    e.setRows({});
    QVERIFY(e.isEmptyWarningShown());
    QVERIFY(e.canSave());
    QVERIFY(e.diffText().contains(QStringLiteral("− 203.0.113.5")));
    QVERIFY(e.diffText().contains(QStringLiteral("− 192.0.2.1")));
    e.setRows({QStringLiteral("bogus")});
    QVERIFY(!e.isEmptyWarningShown()); // the problem is the entry, not an empty list
    QVERIFY(!e.canSave());
}

void TestKeyDialogs::allowListAddRemoveRows()
{
    IpAllowListEditor e(QStringLiteral("K1"), {QStringLiteral("203.0.113.5")});
    auto *table = e.findChild<QTableWidget *>(QStringLiteral("allowListTable"));
    e.findChild<QPushButton *>(QStringLiteral("addRowButton"))->click();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(!e.canSave()); // a blank row is ignored: no change yet
    table->setCurrentCell(0, 0);
    e.findChild<QPushButton *>(QStringLiteral("removeRowButton"))->click();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(e.isEmptyWarningShown() || !e.isVisible());
    QVERIFY(e.entries().isEmpty());
    QVERIFY(e.canSave());
}

void TestKeyDialogs::revokeNeedsExactKeyId_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("prefix") << QStringLiteral("K-REV") << false;
    QTest::newRow("other case") << QStringLiteral("k-revoke-9") << false;
    QTest::newRow("exact") << QStringLiteral("K-REVOKE-9") << true;
    QTest::newRow("exact with spaces") << QStringLiteral(" K-REVOKE-9 ") << true;
}

void TestKeyDialogs::revokeNeedsExactKeyId()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    RevokeKeyDialog d(QStringLiteral("K-REVOKE-9"), QStringLiteral("Alice"), true);
    QSignalSpy revoke(&d, &RevokeKeyDialog::revokeRequested);
    auto *field = d.findChild<QLineEdit *>(QStringLiteral("confirmField"));
    QTest::keyClicks(field, typed);
    auto *button = d.findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QCOMPARE(button->isEnabled(), enabled);
    button->click();
    QCOMPARE(revoke.size(), enabled ? 1 : 0);
}

void TestKeyDialogs::userDialogsExplain_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("disable") << int(UserDialog::Mode::Disable) << QStringLiteral("stops working");
    QTest::newRow("enable") << int(UserDialog::Mode::Enable) << QStringLiteral("work again");
    QTest::newRow("role") << int(UserDialog::Mode::ChangeRole) << QStringLiteral("all of Alice's keys");
}

void TestKeyDialogs::userDialogsExplain()
{
    QFETCH(int, mode);
    QFETCH(QString, mustSay);
    UserDialog d(UserDialog::Mode(mode), QStringLiteral("Alice"), QStringLiteral("Viewer"));
    auto *consequence = d.findChild<QLabel *>(QStringLiteral("consequenceLabel"));
    QVERIFY(consequence);
    QVERIFY2(consequence->text().contains(mustSay), qPrintable(consequence->text()));
}

void TestKeyDialogs::userDialogBusyDisablesSubmit()
{
    UserDialog d(UserDialog::Mode::Create);
    QSignalSpy submitted(&d, &UserDialog::submitted);
    auto *submit = d.findChild<QPushButton *>(QStringLiteral("submitButton"));
    QVERIFY(!submit->isEnabled()); // no name yet
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("nameField")), QStringLiteral("Desk bot"));
    auto *role = d.findChild<QComboBox *>(QStringLiteral("roleChoice"));
    role->setCurrentIndex(role->findData(QStringLiteral("Trader")));
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("roleHelp"))->text().contains(QStringLiteral("submitting")));
    role->setCurrentIndex(role->findData(QStringLiteral("Viewer")));
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("roleHelp"))->text().contains(QStringLiteral("read-only")));
    role->setCurrentIndex(role->findData(QStringLiteral("Trader")));
    QVERIFY(submit->isEnabled());
    submit->click();
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(d.name(), QStringLiteral("Desk bot"));
    QCOMPARE(d.role(), QStringLiteral("Trader"));
    d.setBusy(true);
    QVERIFY(!submit->isEnabled());
    submit->click();
    QCOMPARE(submitted.size(), 1);
    d.setBusy(false);
    d.showError(QStringLiteral("Kraken refused"));
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("refused")));
    QVERIFY(submit->isEnabled());

    UserDialog rename(UserDialog::Mode::Rename, QStringLiteral("Alice"));
    QVERIFY(!rename.canSubmit()); // unchanged name
    rename.findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("Alice B"));
    QVERIFY(rename.canSubmit());
}

QTEST_MAIN(TestKeyDialogs)
#include "tst_keydialogs.moc"
