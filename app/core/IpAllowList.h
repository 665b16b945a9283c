#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace prime {

// The IP allow-list of a Prime API key: IPv4 or IPv6 addresses and CIDR ranges.
// Pure rules (no widgets, no network) so that the editor, primectl and tests
// agree on what an entry is. Entries are normalized (IPv6 compressed and
// lowercase) so that duplicates are recognised however they were typed.
class IpAllowList
{
public:
    struct Check
    {
        QString normalized; // empty when invalid
        QString error;      // plain words; empty when valid
        bool ok() const { return error.isEmpty(); }
    };

    struct Problem
    {
        int line = 0; // 0-based index into the input
        QString text;
        QString error;
    };

    struct Parsed
    {
        QStringList entries;       // normalized, first occurrence order, no duplicates
        QList<Problem> problems;   // invalid lines
        QStringList duplicates;    // normalized entries dropped as repeats
        bool ok() const { return problems.isEmpty(); }
    };

    struct Diff
    {
        QStringList added;
        QStringList removed;
        QStringList kept;
        bool isEmpty() const { return added.isEmpty() && removed.isEmpty(); }
    };

    // One entry: "192.0.2.7", "2001:db8::1", "198.51.100.0/24", "2001:db8::/32".
    static Check check(const QString &text);
    // Every line; blank lines are ignored.
    static Parsed parse(const QStringList &lines);
    // Compares normalized forms; invalid entries in `before` are compared as typed.
    static Diff diff(const QStringList &before, const QStringList &after);
};

} // namespace prime
