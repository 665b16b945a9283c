#pragma once

#include <Settlement.h>

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace prime::ui {

// Asks before money moves: which batch, which legs, in which direction, the
// exact amounts (as Kraken sent them, padded to the asset's precision, never
// rounded), and that the settle is sent once and never retried by the app.
// Cancel is the default button so a stray Enter does not settle.
class SettleDialog : public QDialog
{
    Q_OBJECT
public:
    SettleDialog(const Batch &batch, const QList<Leg> &legs, QWidget *parent = nullptr);

    QStringList assets() const;
    QPushButton *settleButton() const { return m_settle; }
    QTableWidget *table() const { return m_table; }
    // The text of the question, for tests.
    QString question() const;

private:
    QList<Leg> m_legs;
    QString m_question;
    QTableWidget *m_table;
    QPushButton *m_settle;
};

} // namespace prime::ui
