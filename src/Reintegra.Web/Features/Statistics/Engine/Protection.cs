namespace Reintegra.Web.Features.Statistics.Engine;

/// <summary>
/// Decides which cells of a year's tables are suppressed (ADR 0021). Tables are protected in order (the grand table,
/// then one classifier, then pairs); a margin keeps the decision taken in its own smaller table, so a cell has one
/// decision wherever it is shown.
/// <list type="number">
/// <item>Primary: a count from 1 to threshold-1 is suppressed.</item>
/// <item>Differences: a cell whose difference from any coarser cell containing it (any filter or breakdown relaxed,
/// a longer period, both sexes) is from 1 to threshold-1 is suppressed, so two served filter combinations cannot be
/// subtracted to reveal a small group.</item>
/// <item>Secondary: in every line of a table (the children of one published cell along one dimension: rows of a
/// total, the sexes of a row, the months of a quarter) the suppressed children are none, or at least two adding up
/// to zero or to the threshold or more; otherwise the smallest published non-zero sibling is suppressed too, and
/// this repeats until no line changes. A suppressed cell always has a suppressed part in each of its lines, so it
/// cannot be added up from published parts either.</item>
/// </list>
/// </summary>
public static class Protection
{
    /// <summary>
    /// Protects one table. Returns the margins (cells of smaller tables, as table and index) that must be suppressed
    /// because a line below them cannot be protected otherwise; the caller suppresses them and protects again.
    /// </summary>
    public static List<(FigureTable Table, int Index)> Protect(FigureTable table, IReadOnlyList<FigureTable> smaller, FigureSchema schema, int threshold, bool secondary = true)
    {
        CopyMarginDecisions(table, smaller, schema);
        MarkUnsafe(table, threshold);
        var requests = new List<int>();
        if (secondary)
        {
            while (ProtectLines(table, threshold, requests))
            {
            }
        }
        return requests.Distinct().Select(i => MarginOf(table, smaller, schema, i)).ToList();
    }

    private static (FigureTable Table, int Index) MarginOf(FigureTable t, IReadOnlyList<FigureTable> tables, FigureSchema schema, int index)
    {
        var (a, b, s, p) = t.Decode(index);
        if (t.A is null || (a == 0 && (t.B is null || b == 0)))
        {
            var grand = tables[schema.ShapeOf(-1, -1)];
            return (grand, grand.Index(0, 0, s, p));
        }
        var single = a == 0 ? tables[schema.ShapeOf(t.Shape.B, -1)] : tables[schema.ShapeOf(t.Shape.A, -1)];
        return (single, single.Index(a == 0 ? b : a, 0, s, p));
    }

    private static bool IsBody(FigureTable t, int a, int b) => (t.A is null || a != 0) && (t.B is null || b != 0);

    private static void CopyMarginDecisions(FigureTable t, IReadOnlyList<FigureTable> tables, FigureSchema schema)
    {
        if (t.A is null)
        {
            return;
        }
        for (var a = 0; a < t.NA; a++)
        {
            for (var b = 0; b < t.NB; b++)
            {
                if (IsBody(t, a, b))
                {
                    continue;
                }
                // The margin is the cell of the table without the classifier(s) at their root.
                FigureTable source;
                int sa;
                if (a == 0 && (t.B is null || b == 0))
                {
                    source = tables[schema.ShapeOf(-1, -1)];
                    sa = 0;
                }
                else if (a == 0)
                {
                    source = tables[schema.ShapeOf(t.Shape.B, -1)];
                    sa = b;
                }
                else
                {
                    source = tables[schema.ShapeOf(t.Shape.A, -1)];
                    sa = a;
                }
                for (var s = 0; s < FigureSchema.Sexes; s++)
                {
                    for (var p = 0; p < Periods.Count; p++)
                    {
                        t.Suppressed[t.Index(a, b, s, p)] = source.Suppressed[source.Index(sa, 0, s, p)];
                    }
                }
            }
        }
    }

    private static void MarkUnsafe(FigureTable t, int k)
    {
        int[] root = [0];
        int[][] sexAncestors = [[0], [1, 0], [2, 0], [3, 0]];
        for (var a = 0; a < t.NA; a++)
        {
            var ancA = t.A?.SelfAndAncestors(a) ?? root;
            for (var b = 0; b < t.NB; b++)
            {
                if (!IsBody(t, a, b))
                {
                    continue;
                }
                var ancB = t.B?.SelfAndAncestors(b) ?? root;
                for (var s = 0; s < FigureSchema.Sexes; s++)
                {
                    for (var p = 0; p < Periods.Count; p++)
                    {
                        var i = t.Index(a, b, s, p);
                        var n = t.Counts[i];
                        if (n == 0)
                        {
                            continue;
                        }
                        if (n < k || HasSmallDifference(t, n, ancA, ancB, sexAncestors[s], Periods.SelfAndAncestors(p), k))
                        {
                            t.Suppressed[i] = true;
                        }
                    }
                }
            }
        }
    }

    private static bool HasSmallDifference(FigureTable t, int n, int[] ancA, int[] ancB, int[] ancS, int[] ancP, int k)
    {
        foreach (var a in ancA)
        {
            foreach (var b in ancB)
            {
                foreach (var s in ancS)
                {
                    foreach (var p in ancP)
                    {
                        var d = t.Counts[t.Index(a, b, s, p)] - n;
                        if (d > 0 && d < k)
                        {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /// <summary>One pass over every line whose children are cells of this table; true when a cell was added.</summary>
    private static bool ProtectLines(FigureTable t, int k, List<int> requests)
    {
        var changed = false;
        var children = new List<int>(64);
        var bodyA = t.A is null ? [0] : Enumerable.Range(1, t.NA - 1).ToArray();
        var bodyB = t.B is null ? [0] : Enumerable.Range(1, t.NB - 1).ToArray();
        if (t.A is { } ca)
        {
            for (var x = 0; x < t.NA; x++)
            {
                if (ca.IsLeaf(x))
                {
                    continue;
                }
                foreach (var b in bodyB)
                {
                    for (var s = 0; s < FigureSchema.Sexes; s++)
                    {
                        for (var p = 0; p < Periods.Count; p++)
                        {
                            children.Clear();
                            foreach (var c in ca.Children(x))
                            {
                                children.Add(t.Index(c, b, s, p));
                            }
                            changed |= ProtectLine(t, t.Index(x, b, s, p), children, k, Dim.A, requests);
                        }
                    }
                }
            }
        }
        if (t.B is { } cb)
        {
            for (var y = 0; y < t.NB; y++)
            {
                if (cb.IsLeaf(y))
                {
                    continue;
                }
                foreach (var a in bodyA)
                {
                    for (var s = 0; s < FigureSchema.Sexes; s++)
                    {
                        for (var p = 0; p < Periods.Count; p++)
                        {
                            children.Clear();
                            foreach (var c in cb.Children(y))
                            {
                                children.Add(t.Index(a, c, s, p));
                            }
                            changed |= ProtectLine(t, t.Index(a, y, s, p), children, k, Dim.B, requests);
                        }
                    }
                }
            }
        }
        foreach (var a in bodyA)
        {
            foreach (var b in bodyB)
            {
                for (var p = 0; p < Periods.Count; p++)
                {
                    children.Clear();
                    for (var s = 1; s < FigureSchema.Sexes; s++)
                    {
                        children.Add(t.Index(a, b, s, p));
                    }
                    changed |= ProtectLine(t, t.Index(a, b, 0, p), children, k, Dim.Sex, requests);
                }
                for (var s = 0; s < FigureSchema.Sexes; s++)
                {
                    for (var q = 0; q <= 4; q++)
                    {
                        children.Clear();
                        foreach (var c in Periods.Children(q))
                        {
                            children.Add(t.Index(a, b, s, c));
                        }
                        changed |= ProtectLine(t, t.Index(a, b, s, q), children, k, Dim.Period, requests);
                    }
                }
            }
        }
        return changed;
    }

    private enum Dim
    {
        A,
        B,
        Sex,
        Period,
    }

    private static bool ProtectLine(FigureTable t, int parent, List<int> children, int k, Dim dim, List<int> requests)
    {
        var hidden = 0;
        var hiddenSum = 0L;
        // A hidden zero hides nothing: its own parts are published zeros, so it is added up at once.
        foreach (var c in children)
        {
            if (t.Suppressed[c] && t.Counts[c] > 0)
            {
                hidden++;
                hiddenSum += t.Counts[c];
            }
        }
        if (t.Suppressed[parent])
        {
            // A suppressed figure must not be the sum of published ones: one of its parts is hidden too.
            if (hidden > 0 || t.Counts[parent] == 0)
            {
                return false;
            }
        }
        else if (hidden == 0 || (hidden >= 2 && hiddenSum >= k))
        {
            return false;
        }
        // The partner: the smallest published non-zero sibling that its other lines can hide (not equal to one of its
        // own coarser figures). Never a zero: its parts are published zeros, so it would be added up and give the rest away.
        var partner = -1;
        foreach (var c in children)
        {
            if (t.Suppressed[c] || t.Counts[c] == 0 || IsExposed(t, c, dim))
            {
                continue;
            }
            if (partner < 0 || t.Counts[c] < t.Counts[partner])
            {
                partner = c;
            }
        }
        if (partner < 0)
        {
            // Only siblings equal to one of their coarser figures are left: hide the smallest with those figures.
            foreach (var c in children)
            {
                if (!t.Suppressed[c] && t.Counts[c] > 0 && (partner < 0 || t.Counts[c] < t.Counts[partner]))
                {
                    partner = c;
                }
            }
            if (partner >= 0)
            {
                HideWithEqualCoarser(t, partner, requests);
                return true;
            }
        }
        if (partner >= 0)
        {
            t.Suppressed[partner] = true;
            return true;
        }
        // No sibling can hide it: the total itself is suppressed (here, or in its own smaller table).
        HideWithEqualCoarser(t, parent, requests);
        return !IsMargin(t, parent);
    }

    /// <summary>
    /// A second, independent check of every line of the body cells of a table (run after the fixed point): a suppressed
    /// cell with published parts only, or a published cell with a single or too small hidden part, gets its smallest
    /// published non-zero part hidden. True when something was added.
    /// </summary>
    internal static bool RepairLines(FigureTable t, int k)
    {
        var added = false;
        for (var i = 0; i < t.Counts.Length; i++)
        {
            var (a, b, s, p) = t.Decode(i);
            if (t.Counts[i] == 0)
            {
                continue;
            }
            var lines = new List<List<int>>();
            if (t.A is { } ca && !ca.IsLeaf(a) && (t.B is null || b != 0))
            {
                lines.Add([.. ca.Children(a).Select(c => t.Index(c, b, s, p))]);
            }
            if (t.B is { } cb && !cb.IsLeaf(b) && (t.A is null || a != 0))
            {
                lines.Add([.. cb.Children(b).Select(c => t.Index(a, c, s, p))]);
            }
            if (!IsMargin(t, i) || t.A is null)
            {
                if (s == 0)
                {
                    lines.Add([t.Index(a, b, 1, p), t.Index(a, b, 2, p), t.Index(a, b, 3, p)]);
                }
                if (p <= 4)
                {
                    lines.Add([.. Periods.Children(p).Select(c => t.Index(a, b, s, c))]);
                }
            }
            foreach (var line in lines)
            {
                var hidden = line.Where(c => t.Suppressed[c] && t.Counts[c] > 0).ToList();
                var sum = hidden.Sum(c => t.Counts[c]);
                var broken = t.Suppressed[i] ? hidden.Count == 0 : hidden.Count == 1 || (hidden.Count > 1 && sum < k);
                if (!broken)
                {
                    continue;
                }
                var candidates = line.Where(c => !t.Suppressed[c] && t.Counts[c] > 0).OrderBy(c => t.Counts[c]).ToList();
                if (candidates.Count > 0)
                {
                    t.Suppressed[candidates[0]] = true;
                    added = true;
                }
            }
        }
        return added;
    }

    private static bool IsMargin(FigureTable t, int cell)
    {
        var (a, b, _, _) = t.Decode(cell);
        return (t.A is not null && a == 0) || (t.B is not null && b == 0);
    }

    /// <summary>Suppresses a cell and every coarser figure equal to it (which would give it away), up each dimension.</summary>
    private static void HideWithEqualCoarser(FigureTable t, int cell, List<int> requests)
    {
        if (IsMargin(t, cell))
        {
            requests.Add(cell);
            return;
        }
        if (t.Suppressed[cell])
        {
            return;
        }
        t.Suppressed[cell] = true;
        var (a, b, s, p) = t.Decode(cell);
        var n = t.Counts[cell];
        if (a != 0 && t.A is { } ca && t.Counts[t.Index(ca.Parent(a), b, s, p)] == n)
        {
            HideWithEqualCoarser(t, t.Index(ca.Parent(a), b, s, p), requests);
        }
        if (b != 0 && t.B is { } cb && t.Counts[t.Index(a, cb.Parent(b), s, p)] == n)
        {
            HideWithEqualCoarser(t, t.Index(a, cb.Parent(b), s, p), requests);
        }
        if (s != 0 && t.Counts[t.Index(a, b, 0, p)] == n)
        {
            HideWithEqualCoarser(t, t.Index(a, b, 0, p), requests);
        }
        if (p != Periods.Year && t.Counts[t.Index(a, b, s, Periods.Parent(p))] == n)
        {
            HideWithEqualCoarser(t, t.Index(a, b, s, Periods.Parent(p)), requests);
        }
    }

    /// <summary>Whether a cell equals one of its one-step coarser figures (along a dimension other than the line's), so hiding it hides nothing.</summary>
    private static bool IsExposed(FigureTable t, int cell, Dim line)
    {
        var (a, b, s, p) = t.Decode(cell);
        var n = t.Counts[cell];
        return (line != Dim.A && a != 0 && t.A is { } ca && t.Counts[t.Index(ca.Parent(a), b, s, p)] == n)
            || (line != Dim.B && b != 0 && t.B is { } cb && t.Counts[t.Index(a, cb.Parent(b), s, p)] == n)
            || (line != Dim.Sex && s != 0 && t.Counts[t.Index(a, b, 0, p)] == n)
            || (line != Dim.Period && p != Periods.Year && t.Counts[t.Index(a, b, s, Periods.Parent(p))] == n);
    }
}
