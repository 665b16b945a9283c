// The start-up floor: a bare QMainWindow with a QTableView on a small model.
// It prints "first-paint" once its first paint has been delivered and quits,
// exactly as prime-admin does under PRIME_EXIT_AFTER_FIRST_PAINT=1.
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// The line prime-bench waits for, with this process's peak memory (VmHWM, KiB):
// the parent cannot read it from wait4(), whose maxrss includes the parent's own.
void printFirstPaint()
{
    QFile status(QStringLiteral("/proc/self/status"));
    QByteArray peak = "0";
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').value(0);
    }
    std::fprintf(stdout, "first-paint %s\n", peak.constData());
}

class ExitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] {
                printFirstPaint();
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardItemModel model(20, 5);
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("Cell %1, %2").arg(row).arg(column)));
    QMainWindow window;
    auto *view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1280, 800);
    ExitAfterFirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}
