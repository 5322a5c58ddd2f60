namespace Reintegra.Web.Features.Statistics.Engine;

/// <summary>A filter on one classifier: facts at or below one node.</summary>
public readonly record struct Constraint(int Classifier, int Node);

/// <summary>The published figure of one cell for all sexes and each sex; null means suppressed.</summary>
public sealed record SexCells(int? Total, int? Female, int? Male, int? Other);

/// <summary>
/// Reads published cells out of a snapshot. Every figure it returns is a cell of a protected table, so whatever
/// is asked, nothing unprotected comes out; a question that is not a cell of the lattice (more than two classifiers)
/// cannot be asked.
/// </summary>
public sealed class FigureQuery(FigureSchema schema, FigureStore.Snapshot snapshot)
{
    public FigureSchema Schema => schema;

    /// <summary>The published count of facts in a period, of one sex (0 = all), satisfying up to two constraints.</summary>
    public int? Cell(Period period, int sex, Constraint? first, Constraint? second)
    {
        if (first is { } f && second is { } g && f.Classifier == g.Classifier)
        {
            var c = schema.Classifiers[f.Classifier];
            if (c.IsWithin(f.Node, g.Node))
            {
                second = null;
            }
            else if (c.IsWithin(g.Node, f.Node))
            {
                first = second;
                second = null;
            }
            else
            {
                return 0;
            }
        }
        if (first is null)
        {
            (first, second) = (second, null);
        }
        if (!snapshot.Years.TryGetValue(period.Year, out var year))
        {
            return 0;
        }
        var shape = schema.ShapeOf(first?.Classifier ?? -1, second?.Classifier ?? -1);
        var table = year.Tables[shape];
        int a = 0, b = 0;
        foreach (var x in new[] { first, second })
        {
            if (x is not { } k)
            {
                continue;
            }
            if (k.Classifier == table.Shape.A)
            {
                a = k.Node;
            }
            else
            {
                b = k.Node;
            }
        }
        return table.Published(a, b, sex, period.Node);
    }

    public SexCells Cells(Period period, int sex, Constraint? first, Constraint? second) => sex == 0
        ? new SexCells(Cell(period, 0, first, second), Cell(period, 1, first, second), Cell(period, 2, first, second), Cell(period, 3, first, second))
        : new SexCells(Cell(period, sex, first, second), sex == 1 ? Cell(period, 1, first, second) : 0, sex == 2 ? Cell(period, 2, first, second) : 0, sex == 3 ? Cell(period, 3, first, second) : 0);
}
