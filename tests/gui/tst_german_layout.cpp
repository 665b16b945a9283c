// Layouts survive the longer German (and French) strings: with the language installed, the
// screenshot run (welcome page, each pane, batch detail, every dialog it opens)
// is watched, and no visible button or single-line label may be narrower than
// its text needs. The pictures are written for a human look
// ($PRIME_SCREENSHOT_DIR/<lang>, else <build>/test-output/<lang>). Also: View > Language.
#include "GuiTestSupport.h"

#include <Language.h>
#include <MessageBar.h>
#include <ScreenshotRenderer.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTimer>

using namespace prime;
using namespace prime::ui;

namespace {

// "mainWindow > usersPane > QPushButton" for the failure list.
QString describe(const QWidget *w)
{
    QStringList parts;
    for (const QWidget *p = w; p && parts.size() < 4; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            parts.prepend(p->objectName());
        else if (p == w)
            parts.prepend(QString::fromLatin1(p->metaObject()->className()));
    }
    return parts.join(QStringLiteral(" > "));
}

struct Clip
{
    QString where;
    QString text;
    int width = 0;
    int needed = 0;
    QString view;
};

// Narrow table columns, worst case per table and column: "table/column" -> (missing px, text).
using Notes = QMap<QString, std::pair<int, QString>>;

void note(Notes *notes, const QString &key, int missing, const QString &text)
{
    auto it = notes->find(key);
    if (it == notes->end() || it->first < missing)
        notes->insert(key, {missing, text});
}

// What one look at the screen finds: key -> clip.
QMap<QString, Clip> scan(const QString &view, Notes *headerNotes)
{
    QMap<QString, Clip> found;
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (!top->isVisible() || qobject_cast<QMenu *>(top))
            continue;
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || w->width() <= 0)
                continue;
            QString text;
            int needed = 0;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->wordWrap() || label->text().isEmpty())
                    continue;
                text = label->text();
                needed = label->minimumSizeHint().width();
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (button->text().isEmpty())
                    continue;
                text = button->text();
                needed = button->minimumSizeHint().width();
            } else if (auto *header = qobject_cast<QHeaderView *>(w);
                       header && header->orientation() == Qt::Horizontal && headerNotes) {
                // Column titles and cells: noted, not failed (see below).
                const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                QAbstractItemModel *model = header->model();
                for (int i = 0; model && i < header->count(); ++i) {
                    if (header->isSectionHidden(i) || i == header->count() - 1)
                        continue;
                    const QString title = model->headerData(i, Qt::Horizontal).toString();
                    const int need = header->fontMetrics().horizontalAdvance(title) + margin;
                    if (header->sectionSize(i) < need)
                        note(headerNotes, describe(header->parentWidget()) + QStringLiteral(" / title \"") + title + QLatin1Char('"'),
                             need - header->sectionSize(i),
                             QStringLiteral("%1 px < %2 px").arg(header->sectionSize(i)).arg(need));
                }
                // Cells whose text is elided (the first rows are enough to see a pattern).
                auto *table = qobject_cast<QAbstractItemView *>(header->parentWidget());
                const int cellMargin = 2 * (header->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
                for (int row = 0; table && model && row < qMin(model->rowCount(), 50); ++row) {
                    for (int i = 0; i < header->count() - 1; ++i) {
                        if (header->isSectionHidden(i))
                            continue;
                        const QModelIndex index = model->index(row, i);
                        if (model->data(index, Qt::DecorationRole).isValid())
                            continue;
                        const QString cell = model->data(index).toString();
                        const int need = table->fontMetrics().horizontalAdvance(cell) + cellMargin;
                        if (!cell.isEmpty() && header->sectionSize(i) < need)
                            note(headerNotes,
                                 describe(table) + QStringLiteral(" / cells of \"")
                                     + model->headerData(i, Qt::Horizontal).toString() + QLatin1Char('"'),
                                 need - header->sectionSize(i),
                                 QStringLiteral("\"%1\" %2 px < %3 px").arg(cell).arg(header->sectionSize(i)).arg(need));
                    }
                }
                continue;
            } else {
                continue;
            }
            if (w->width() + 1 < needed) {
                const QString key = describe(w) + QLatin1Char('|') + text;
                found.insert(key, Clip{describe(w), text, w->width(), needed, view});
            }
        }
    }
    return found;
}

} // namespace

class TestGermanLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkerFindsClips();
    void everyViewFits_data();
    void everyViewFits();
    void languageMenuSavesTheChoice();
};

void TestGermanLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PrimeAdminTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_german_layout"));
    QSettings().clear();
    QVERIFY(i18n::install(qApp, QStringLiteral("de")));
}

void TestGermanLayout::cleanupTestCase()
{
    i18n::install(qApp, QStringLiteral("en"));
}

// The check itself: a clipped button and label are found, a word-wrapped
// label and a roomy check box are not.
void TestGermanLayout::checkerFindsClips()
{
    QWidget top;
    top.setObjectName(QStringLiteral("probe"));
    const QString longText = QString::fromUtf8("Batch abwickeln und Fenster schlie\xc3\x9f" "en");
    auto *button = new QPushButton(longText, &top);
    button->setObjectName(QStringLiteral("narrowButton"));
    button->setGeometry(0, 0, 60, 30);
    auto *label = new QLabel(longText, &top);
    label->setObjectName(QStringLiteral("narrowLabel"));
    label->setGeometry(0, 40, 60, 20);
    auto *wrapped = new QLabel(longText, &top);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 70, 60, 80);
    auto *roomy = new QCheckBox(QStringLiteral("Ja"), &top);
    roomy->setGeometry(0, 160, 200, 30);
    top.resize(300, 200);
    top.show();
    QVERIFY(QTest::qWaitForWindowExposed(&top));
    const QMap<QString, Clip> found = scan(QStringLiteral("probe"), nullptr);
    QStringList where;
    for (const Clip &c : found)
        where << c.where;
    where.sort();
    QCOMPARE(where, (QStringList{QStringLiteral("probe > narrowButton"), QStringLiteral("probe > narrowLabel")}));
}

void TestGermanLayout::everyViewFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de"); // the longest texts
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestGermanLayout::everyViewFits()
{
    QFETCH(QString, language);
    QVERIFY(i18n::install(qApp, language));
    QString out = qEnvironmentVariable("PRIME_SCREENSHOT_DIR");
    if (out.isEmpty())
        out = QStringLiteral(PRIME_TEST_OUTPUT_DIR);
    out = QDir(out).filePath(language);
    QVERIFY(QDir().mkpath(out));

    GuiFixture f;
    QCOMPARE(f.window->windowTitle(), QCoreApplication::translate("prime::ui::MainWindow", "Prime Admin"));
    auto *renderer = new ScreenshotRenderer(f.window.get(), out, f.window.get());
    QSignalSpy finished(renderer, &ScreenshotRenderer::finished);

    // Watch the screen while the run goes on; a clip counts when two looks in a
    // row see it (a layout in the middle of settling is not a finding).
    QMap<QString, Clip> previous;
    QMap<QString, Clip> clips;
    Notes headerNotes;
    int looks = 0;
    QTimer watcher;
    watcher.setInterval(40);
    connect(&watcher, &QTimer::timeout, this, [&] {
        const QStringList written = renderer->written();
        const QString view = written.isEmpty() ? QStringLiteral("start")
                                               : QStringLiteral("after ") + QFileInfo(written.last()).completeBaseName();
        const QMap<QString, Clip> now = scan(view, &headerNotes);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (previous.contains(it.key()) && !clips.contains(it.key()))
                clips.insert(it.key(), it.value());
        }
        previous = now;
        ++looks;
        // The German window must still fit the default size.
        if (f.window->isVisible() && f.window->minimumSizeHint().width() > ScreenshotRenderer::kWidth)
            clips.insert(QStringLiteral("window"), Clip{QStringLiteral("mainWindow (minimum width)"), QString(),
                                                         ScreenshotRenderer::kWidth,
                                                         f.window->minimumSizeHint().width(), view});
    });
    watcher.start();
    renderer->start();
    QVERIFY(finished.wait(180000));
    watcher.stop();
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    const QStringList views{QStringLiteral("welcome"), QStringLiteral("users"), QStringLiteral("keys"),
                            QStringLiteral("settlement"), QStringLiteral("batch-detail"), QStringLiteral("settle-dialog")};
    for (const QString &view : views)
        QVERIFY2(QFileInfo::exists(QDir(out).filePath(view + QStringLiteral(".png"))), qPrintable(view));
    QVERIFY(looks > 20);

    // Users can widen a column, so narrow columns are reported, not failed.
    for (auto it = headerNotes.cbegin(); it != headerNotes.cend(); ++it)
        qInfo().noquote() << "narrow column:" << it.key() << "e.g." << it.value().second;
    qInfo().noquote() << "screenshots in" << out;
    QStringList report;
    for (const Clip &c : std::as_const(clips))
        report << QStringLiteral("  %1 (%2): \"%3\" is %4 px wide, needs %5 px")
                      .arg(c.where, c.view, c.text).arg(c.width).arg(c.needed);
    QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("clipped in %1:\n").arg(language) + report.join(QLatin1Char('\n'))));
}

void TestGermanLayout::languageMenuSavesTheChoice()
{
    QVERIFY(i18n::install(qApp, QStringLiteral("de")));
    GuiFixture f;
    auto *menu = f.window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 1 + int(i18n::availableLanguages().size()));
    QCOMPARE(actions.first()->objectName(), QStringLiteral("language-system"));
    QVERIFY(actions.first()->isChecked()); // nothing saved yet

    QAction *french = menu->findChild<QAction *>(QStringLiteral("language-fr"));
    QVERIFY(french);
    QCOMPARE(french->text(), QString::fromUtf8("Fran\xc3\xa7" "ais")); // native name, never translated
    french->trigger();
    QVERIFY(french->isChecked());
    QCOMPARE(QSettings().value(i18n::settingsKey()).toString(), QStringLiteral("fr"));
    QCOMPARE(f.window->messageBar()->kind(), MessageBar::Kind::Information);
    const QString told = QCoreApplication::translate("prime::ui::MainWindow", "Prime Admin will be in %1 from its next start.")
                             .arg(french->text());
    QCOMPARE(f.window->messageBar()->text(), told);
    QVERIFY(!told.startsWith(QStringLiteral("Prime Admin will be in"))); // German is installed

    // A new window shows the saved choice; "System default" forgets it.
    GuiFixture again;
    auto *menu2 = again.window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu2->findChild<QAction *>(QStringLiteral("language-fr"))->isChecked());
    menu2->actions().first()->trigger();
    QVERIFY(!QSettings().contains(i18n::settingsKey()));
    QCOMPARE(i18n::savedLanguage(), QString());
}

QTEST_MAIN(TestGermanLayout)
#include "tst_german_layout.moc"
