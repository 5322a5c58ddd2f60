namespace Reintegra.Web.Features.Statistics.Engine;

/// <summary>All published tables of one calendar year, counted and protected. Immutable once built.</summary>
public sealed class YearFigures
{
    private YearFigures(int year, FigureTable[] tables)
    {
        Year = year;
        Tables = tables;
    }

    public int Year { get; }

    public IReadOnlyList<FigureTable> Tables { get; }

    /// <summary>Counts the year's facts (packed fact → number of facts) into every table, then protects them.</summary>
    public static YearFigures Build(FigureSchema schema, int year, IReadOnlyDictionary<ulong, int> facts, int threshold, bool secondary = true)
    {
        var tables = schema.Shapes.Select(s => new FigureTable(schema, s)).ToArray();
        var leaves = new int[schema.Classifiers.Count];
        foreach (var (key, count) in facts)
        {
            if (count == 0)
            {
                continue;
            }
            var p = Periods.Month(schema.MonthOf(key));
            var s = schema.SexOf(key);
            for (var c = 0; c < leaves.Length; c++)
            {
                leaves[c] = schema.LeafOf(key, c);
            }
            foreach (var t in tables)
            {
                var a = t.Shape.A >= 0 ? leaves[t.Shape.A] : 0;
                var b = t.Shape.B >= 0 ? leaves[t.Shape.B] : 0;
                t.Counts[t.Index(a, b, s, p)] += count;
            }
        }
        foreach (var t in tables)
        {
            t.RollUp();
        }
        // Shapes are listed grand table first, then single classifiers, then pairs: margins are decided before use.
        // When a line of a bigger table cannot be protected under a published margin, that margin is suppressed in its
        // own table and every table is protected again (suppression only grows, so this ends).
        while (true)
        {
            var requests = new List<(FigureTable Table, int Index)>();
            foreach (var t in tables)
            {
                requests.AddRange(Protection.Protect(t, tables, schema, threshold, secondary));
            }
            var added = false;
            foreach (var (t, i) in requests)
            {
                added |= !t.Suppressed[i];
                t.Suppressed[i] = true;
            }
            if (!added && !(secondary && tables.Aggregate(false, (any, t) => Protection.RepairLines(t, threshold) || any)))
            {
                break;
            }
        }
        return new YearFigures(year, tables);
    }

    public static YearFigures Empty(FigureSchema schema, int year) =>
        new(year, schema.Shapes.Select(s => new FigureTable(schema, s)).ToArray());
}
