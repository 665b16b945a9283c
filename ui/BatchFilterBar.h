#pragma once

#include <Settlement.h>

#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace prime::ui {

// The server-side filters of the batch list, as ListPrimeSettlementBatches
// takes them: statuses (none checked = all) and a created-between range of
// whole local days ("from" the start of the first day, "until" the end of the
// last, so both days are included). Changes are reported at once; the pane
// reloads.
class BatchFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit BatchFilterBar(QWidget *parent = nullptr);

    BatchQuery query() const;
    QWidgetList tabChain() const; // the bar's controls in reading order
    void setStatuses(const QStringList &statuses);
    // Empty dates switch the bound off.
    void setRange(const QDate &from, const QDate &until);
    void clear();

signals:
    void changed();

private:
    QList<QCheckBox *> m_statuses;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useUntil;
    QDateEdit *m_until;
    bool m_silent = false;
};

} // namespace prime::ui
