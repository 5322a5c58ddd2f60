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
/// this repeats until no line changes.</item>
/// </list>
/// </summary>
public static class Protection
{
    public static void Protect(FigureTable table, IReadOnlyList<FigureTable> smaller, FigureSchema schema, int threshold, bool secondary = true)
    {
        CopyMarginDecisions(table, smaller, schema);
        MarkUnsafe(table, threshold);
        if (secondary)
        {
            while (ProtectLines(table, threshold))
            {
            }
        }
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
    private static bool ProtectLines(FigureTable t, int k)
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
                            changed |= ProtectLine(t, t.Index(x, b, s, p), children, k);
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
                            changed |= ProtectLine(t, t.Index(a, y, s, p), children, k);
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
                    changed |= ProtectLine(t, t.Index(a, b, 0, p), children, k);
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
                        changed |= ProtectLine(t, t.Index(a, b, s, q), children, k);
                    }
                }
            }
        }
        return changed;
    }

    private static bool ProtectLine(FigureTable t, int parent, List<int> children, int k)
    {
        if (t.Suppressed[parent])
        {
            return false;
        }
        var hidden = 0;
        var hiddenSum = 0L;
        foreach (var c in children)
        {
            if (t.Suppressed[c])
            {
                hidden++;
                hiddenSum += t.Counts[c];
            }
        }
        if (hidden == 0 || (hidden >= 2 && (hiddenSum == 0 || hiddenSum >= k)))
        {
            return false;
        }
        // The smallest published non-zero sibling, else a published zero: the first in order on ties.
        var partner = -1;
        foreach (var c in children)
        {
            if (t.Suppressed[c])
            {
                continue;
            }
            if (partner < 0 || (t.Counts[partner] == 0 && t.Counts[c] > 0) || (t.Counts[c] > 0 && t.Counts[c] < t.Counts[partner]))
            {
                partner = c;
            }
        }
        if (partner < 0)
        {
            return false;
        }
        t.Suppressed[partner] = true;
        return true;
    }
}
