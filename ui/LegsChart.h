#pragma once

#include <Settlement.h>

#include <QWidget>

namespace prime::ui {

// What will move where, drawn: one row per asset with a bar from a centre
// axis, outgoing (you send) to the left, incoming (you receive) to the right.
// Direction is told three ways so colour is never the only cue: side, colour
// (blue in, orange out; palette-aware for dark themes) and the signed amount
// text with an arrow. Settled legs get a check mark and a hatched bar, legs
// with a transfer in flight say so. Assets have different units, so bar length
// follows the amount's order of magnitude; exact figures are in the text and
// the tooltip, never rounded. Rows compact when there are many legs; the
// widget grows in height and is meant to sit in a scroll area.
// Keyboard: with the focus on the chart, Up/Down/Home/End move between the legs
// (the row gets a focus frame and its tooltip), as a click on a row does. The
// accessible description summarises every leg in words.
class LegsChart : public QWidget
{
    Q_OBJECT
public:
    explicit LegsChart(QWidget *parent = nullptr);

    void setLegs(const QList<Leg> &legs);
    const QList<Leg> &legs() const { return m_legs; } // in drawing order
    void setHighlightedAsset(const QString &asset);

    int rowHeight() const;
    int rowAt(const QPoint &pos) const; // -1 outside the rows
    QRect barRect(int row) const;        // the drawn bar of a row
    QString toolTipFor(int row) const;   // exact figures of a row
    QString legDescription(int row) const; // one leg in words, for screen readers
    QString summary() const;             // every leg in words
    int highlightedRow() const;          // -1 when no leg is highlighted
    // The colour of a direction in the current palette.
    QColor directionColour(const QString &direction) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void assetClicked(const QString &asset);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int headerHeight() const;
    int labelWidth() const;
    int amountWidth() const;
    int statusWidth() const;
    QRect plotRect() const;
    double lengthFraction(int row) const;
    QString statusText(const Leg &leg) const;
    bool isDark() const;
    void moveToRow(int row);
    void showRowTip(int row);

    QList<Leg> m_legs;
    QString m_highlighted;
    double m_minMagnitude = 0.0;
    double m_maxMagnitude = 0.0;
};

} // namespace prime::ui
