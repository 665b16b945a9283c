// The start-up floor: a bare QMainWindow with a QTableView on a small model.
// It prints "first-paint" once its first paint has been delivered and quits,
// exactly as prime-admin does under PRIME_EXIT_AFTER_FIRST_PAINT=1.
#include <FirstPaint.h>

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

#include <cstdio>

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
    new prime::startup::AfterFirstPaint(&window, 0x7fffffff, [] {
        prime::startup::printFirstPaint();
        std::fflush(stdout);
        QApplication::exit(0);
    });
    window.show();
    return app.exec();
}
