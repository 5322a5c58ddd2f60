namespace Reintegra.Web.Features.Statistics.Engine;

/// <summary>
/// One published table of one year: every node of up to two classifiers (the root "all" included) crossed with
/// sex (all, female, male, other) and the 17 periods of the year, as dense arrays of counts and suppression flags.
/// Cells where a classifier is at its root are the margins; their figures and decisions belong to the smaller table.
/// </summary>
public sealed class FigureTable
{
    public FigureTable(FigureSchema schema, FigureSchema.Shape shape)
    {
        Shape = shape;
        A = shape.A >= 0 ? schema.Classifiers[shape.A] : null;
        B = shape.B >= 0 ? schema.Classifiers[shape.B] : null;
        NA = A?.NodeCount ?? 1;
        NB = B?.NodeCount ?? 1;
        Counts = new int[NA * NB * FigureSchema.Sexes * Periods.Count];
        Suppressed = new bool[Counts.Length];
    }

    public FigureSchema.Shape Shape { get; }

    public Classifier? A { get; }

    public Classifier? B { get; }

    public int NA { get; }

    public int NB { get; }

    public int[] Counts { get; }

    public bool[] Suppressed { get; }

    public int Index(int a, int b, int sex, int period) => ((a * NB + b) * FigureSchema.Sexes + sex) * Periods.Count + period;

    public (int A, int B, int Sex, int Period) Decode(int index)
    {
        var p = index % Periods.Count;
        index /= Periods.Count;
        var s = index % FigureSchema.Sexes;
        index /= FigureSchema.Sexes;
        return (index / NB, index % NB, s, p);
    }

    /// <summary>The published figure, or null when it is suppressed.</summary>
    public int? Published(int a, int b, int sex, int period)
    {
        var i = Index(a, b, sex, period);
        return Suppressed[i] ? null : Counts[i];
    }

    /// <summary>Adds the leaf counts up to every parent node, dimension by dimension (deepest nodes first).</summary>
    internal void RollUp()
    {
        const int sp = FigureSchema.Sexes * Periods.Count;
        if (A is not null)
        {
            var slice = NB * sp;
            foreach (var node in Enumerable.Range(1, NA - 1).OrderByDescending(A.Depth))
            {
                Add(node * slice, A.Parent(node) * slice, slice);
            }
        }
        if (B is not null)
        {
            foreach (var node in Enumerable.Range(1, NB - 1).OrderByDescending(B.Depth))
            {
                for (var a = 0; a < NA; a++)
                {
                    Add((a * NB + node) * sp, (a * NB + B.Parent(node)) * sp, sp);
                }
            }
        }
        for (var ab = 0; ab < NA * NB; ab++)
        {
            for (var s = 1; s < FigureSchema.Sexes; s++)
            {
                Add((ab * FigureSchema.Sexes + s) * Periods.Count, ab * FigureSchema.Sexes * Periods.Count, Periods.Count);
            }
        }
        for (var row = 0; row < NA * NB * FigureSchema.Sexes; row++)
        {
            var o = row * Periods.Count;
            for (var m = 1; m <= 12; m++)
            {
                Counts[o + 1 + (m - 1) / 3] += Counts[o + Periods.Month(m)];
            }
            for (var q = 1; q <= 4; q++)
            {
                Counts[o] += Counts[o + q];
            }
        }
    }

    private void Add(int from, int to, int length)
    {
        var counts = Counts.AsSpan();
        var source = counts.Slice(from, length);
        var target = counts.Slice(to, length);
        for (var i = 0; i < length; i++)
        {
            target[i] += source[i];
        }
    }
}
