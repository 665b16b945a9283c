// The secret audit's harness: a throwaway set of directories standing in for
// everything the app may write (HOME, XDG dirs, TMPDIR), child runs of the real
// executables in it, and a watch on what widgets paint (what a screenshot shows).
#pragma once

#include "SecretScanner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>
#include <QTextEdit>

#include <functional>
#include <utility>

#include <sys/resource.h>

namespace secretaudit {

// The closed set of places the app and its children may write to.
struct Throwaway
{
    QString root, home, config, data, cache, state, runtime, tmp;

    explicit Throwaway(const QString &rootPath)
        : root(rootPath), home(rootPath + QStringLiteral("/home")), config(home + QStringLiteral("/.config")),
          data(home + QStringLiteral("/.local/share")), cache(home + QStringLiteral("/.cache")),
          state(home + QStringLiteral("/.local/state")), runtime(rootPath + QStringLiteral("/runtime")),
          tmp(rootPath + QStringLiteral("/tmp"))
    {
    }

    QList<QPair<QString, QString>> variables() const
    {
        return {{QStringLiteral("HOME"), home},           {QStringLiteral("XDG_CONFIG_HOME"), config},
                {QStringLiteral("XDG_DATA_HOME"), data},  {QStringLiteral("XDG_CACHE_HOME"), cache},
                {QStringLiteral("XDG_STATE_HOME"), state}, {QStringLiteral("XDG_RUNTIME_DIR"), runtime},
                {QStringLiteral("TMPDIR"), tmp}};
    }

    // For this process (before QApplication exists: Qt reads them once).
    bool apply() const
    {
        for (const auto &[name, path] : variables()) {
            if (!QDir().mkpath(path))
                return false;
            qputenv(name.toLatin1().constData(), path.toLocal8Bit());
        }
        return QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // For a child: the same directories, debug logging on, offscreen platform.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, path] : variables())
            env.insert(name, path);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("prime.*=true"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }
};

struct Child
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out, err;
};

struct ChildOptions
{
    QString workingDirectory;
    int timeoutMs = 60000;
    QString stdoutFile;                             // like "> file" in a shell
    std::function<void(QProcess &)> whileRunning;   // called once it has started
    std::function<void()> childSetup;               // runs in the child before exec
};

// Runs a program in the throwaway environment without blocking the event loop
// (in-process servers keep answering).
inline Child runChild(const QString &program, const QStringList &args, const Throwaway &env,
                      const ChildOptions &options)
{
    QProcess p;
    p.setProcessEnvironment(env.environment());
    p.setWorkingDirectory(options.workingDirectory.isEmpty() ? env.home : options.workingDirectory);
    if (!options.stdoutFile.isEmpty())
        p.setStandardOutputFile(options.stdoutFile);
    if (options.childSetup)
        p.setChildProcessModifier(options.childSetup);
    p.start(program, args);
    Child run;
    if (!p.waitForStarted(10000))
        return run;
    p.closeWriteChannel();
    if (options.whileRunning)
        options.whileRunning(p);
    run.finished = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, options.timeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.crashed = p.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

// Lets a child write core files, as far as the hard limit allows: if the child
// then still leaves none, it is because the app turned them off itself.
inline void allowCoreDumpsInChild()
{
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_CORE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_CORE, &limit);
    }
}

// Watches every paint of a text-showing widget and records those whose visible
// text holds a known secret or a secret-shaped token: what any screenshot or
// screen share of that moment would show. Masked fields paint their bullets.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(const Scanner *scanner) : m_scanner(scanner) { qApp->installEventFilter(this); }
    ~PaintWatch() override { qApp->removeEventFilter(this); }

    QStringList takeHits() { return std::exchange(m_hits, {}); }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        bool shows = false;
        const QString text = textShownBy(watched, &shows);
        if (!shows)
            return false;
        ++m_paints;
        const bool viewport = qobject_cast<QAbstractScrollArea *>(watched->parent()) != nullptr
                              && static_cast<QAbstractScrollArea *>(watched->parent())->viewport() == watched;
        QObject *owner = viewport ? watched->parent() : watched;
        const QString where = QStringLiteral("painted %1 \"%2\" in window \"%3\"")
                                  .arg(QString::fromLatin1(owner->metaObject()->className()), owner->objectName(),
                                       static_cast<QWidget *>(watched)->window()->windowTitle());
        const QByteArray bytes = text.toUtf8();
        const QStringList hits = m_scanner->scan(bytes, where) + scanForSecretShapes(bytes, where);
        for (const QString &h : hits)
            if (!m_hits.contains(h))
                m_hits << h;
        return false;
    }

private:
    // The text a widget's paint puts on screen. Scroll areas (text edits, item
    // views) paint through their viewport, so a viewport speaks for its parent;
    // an item view shows the display text of the rows in sight.
    static QString textShownBy(QObject *widget, bool *shows)
    {
        *shows = true;
        if (auto *e = qobject_cast<QLineEdit *>(widget))
            return e->displayText();
        if (auto *l = qobject_cast<QLabel *>(widget))
            return l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(widget))
            return b->text();
        if (auto *c = qobject_cast<QComboBox *>(widget))
            return c->currentText();
        QObject *parent = widget->parent();
        auto *area = qobject_cast<QAbstractScrollArea *>(parent);
        if (area && area->viewport() == widget) {
            if (auto *t = qobject_cast<QTextEdit *>(parent))
                return t->toPlainText();
            if (auto *pt = qobject_cast<QPlainTextEdit *>(parent))
                return pt->toPlainText();
            if (auto *view = qobject_cast<QAbstractItemView *>(parent); view && view->model())
                return rowsInSight(view);
        }
        *shows = false;
        return {};
    }

    static QString rowsInSight(QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        const int first = std::max(0, view->indexAt(QPoint(1, 1)).row());
        const QModelIndex bottom = view->indexAt(QPoint(1, view->viewport()->height() - 2));
        const int last = bottom.isValid() ? bottom.row() : model->rowCount() - 1;
        QString text;
        for (int row = first; row <= last; ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                text += model->index(row, column).data(Qt::DisplayRole).toString() + u'\t';
        return text;
    }

    const Scanner *m_scanner; // widgets paint in the GUI thread only: no lock needed
    QStringList m_hits;
    int m_paints = 0;
};

} // namespace secretaudit
