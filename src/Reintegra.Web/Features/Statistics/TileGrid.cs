namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// A tile-grid cartogram of departments: each department is one equal square placed roughly where it lies, keyed by
/// its P-code (ADR 0022: no open admin-1 geometry for GT, HN and SV is available offline). Countries without a
/// layout get their departments in P-code order, five to a row.
/// </summary>
public static class TileGrid
{
    private static readonly Dictionary<string, (int Row, int Column)> Layout = new(StringComparer.OrdinalIgnoreCase)
    {
        // Guatemala
        ["GT17"] = (0, 3),
        ["GT13"] = (1, 1),
        ["GT14"] = (1, 2),
        ["GT16"] = (1, 3),
        ["GT18"] = (1, 4),
        ["GT12"] = (2, 0),
        ["GT08"] = (2, 1),
        ["GT07"] = (2, 2),
        ["GT15"] = (2, 3),
        ["GT19"] = (2, 4),
        ["GT09"] = (3, 1),
        ["GT04"] = (3, 2),
        ["GT02"] = (3, 3),
        ["GT20"] = (3, 4),
        ["GT11"] = (4, 0),
        ["GT10"] = (4, 1),
        ["GT03"] = (4, 2),
        ["GT01"] = (4, 3),
        ["GT21"] = (4, 4),
        ["GT05"] = (5, 2),
        ["GT06"] = (5, 3),
        ["GT22"] = (5, 4),
        // Honduras
        ["HN11"] = (0, 3),
        ["HN05"] = (1, 1),
        ["HN01"] = (1, 2),
        ["HN02"] = (1, 3),
        ["HN09"] = (1, 4),
        ["HN04"] = (2, 0),
        ["HN16"] = (2, 1),
        ["HN18"] = (2, 2),
        ["HN15"] = (2, 3),
        ["HN14"] = (3, 0),
        ["HN13"] = (3, 1),
        ["HN03"] = (3, 2),
        ["HN08"] = (3, 3),
        ["HN07"] = (3, 4),
        ["HN10"] = (4, 1),
        ["HN12"] = (4, 2),
        ["HN17"] = (4, 3),
        ["HN06"] = (4, 4),
        // El Salvador
        ["SV12"] = (0, 1),
        ["SV03"] = (0, 3),
        ["SV02"] = (0, 5),
        ["SV08"] = (0, 7),
        ["SV01"] = (1, 0),
        ["SV13"] = (1, 1),
        ["SV05"] = (1, 2),
        ["SV10"] = (1, 3),
        ["SV04"] = (1, 4),
        ["SV11"] = (1, 5),
        ["SV09"] = (1, 6),
        ["SV07"] = (1, 7),
        ["SV06"] = (2, 4),
        ["SV14"] = (2, 5),
    };

    public sealed record Tile(string PCode, int Row, int Column);

    /// <summary>The tiles of a country's departments.</summary>
    public static IReadOnlyList<Tile> For(IEnumerable<string> departmentPCodes)
    {
        var codes = departmentPCodes.ToList();
        if (codes.All(Layout.ContainsKey))
        {
            return codes.Select(c => new Tile(c, Layout[c].Row, Layout[c].Column)).ToList();
        }
        return codes.Select((c, i) => new Tile(c, i / 5, i % 5)).ToList();
    }
}
