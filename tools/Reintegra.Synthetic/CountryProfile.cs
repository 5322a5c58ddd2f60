using System.Globalization;
using Reintegra.Reference;

namespace Reintegra.Synthetic;

/// <summary>Everything that differs between the three countries, built once from the data files and checked against the reference P-codes.</summary>
internal sealed class CountryProfile
{
    private readonly Dictionary<string, WeightedTable<Place>> _municipalities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DepartmentProfile> _departments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WeightedTable<string>?> _languages = new(StringComparer.Ordinal);

    private CountryProfile(
        string alpha2,
        int ordinal,
        string surnames,
        string minoritySurnames,
        double minorityNamesInIndigenous,
        double speaksLanguageShare,
        IEnumerable<DepartmentProfile> departments,
        IEnumerable<(string PCode, double Share)> municipalities,
        RouteData routes)
    {
        Alpha2 = alpha2;
        Ordinal = ordinal;
        Surnames = ParseTable(surnames)!;
        MinoritySurnames = ParseTable(minoritySurnames);
        MinoritySurnameInIndigenous = minorityNamesInIndigenous;
        SpeaksLanguageShare = speaksLanguageShare;
        Routes = routes;

        var places = Places.Default;
        var boosts = municipalities.ToDictionary(m => m.PCode, m => m.Share, StringComparer.Ordinal);
        var departmentList = departments.ToArray();
        var total = departmentList.Sum(d => d.Weight);
        foreach (var department in departmentList)
        {
            var admin1 = places.Find(department.PCode)
                ?? throw new InvalidOperationException($"Department {department.PCode} is not in the reference P-codes.");
            // Lakes carry admin-2 codes ending in 00 but nobody is from them.
            var admin2 = places.Admin2(admin1.PCode).Where(p => !p.PCode.EndsWith("00", StringComparison.Ordinal)).ToArray();
            var share = department.Weight / total;
            var named = admin2.Where(p => boosts.ContainsKey(p.PCode)).ToArray();
            var namedShare = named.Sum(p => boosts[p.PCode]);
            var rest = Math.Max(share - namedShare, share * 0.3) / Math.Max(1, admin2.Length - named.Length);
            _municipalities[admin1.PCode] = new WeightedTable<Place>(
                admin2.Select(p => (p, boosts.TryGetValue(p.PCode, out var b) ? b : rest)));
            _departments[admin1.PCode] = department;
            _languages[admin1.PCode] = department.Languages.Length == 0 ? null : ParseTable(department.Languages);
        }

        var unknown = boosts.Keys.Where(k => places.Find(k) is null).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidOperationException($"Municipalities not in the reference P-codes: {string.Join(", ", unknown)}.");
        }
        Departments = new WeightedTable<DepartmentProfile>(departmentList.Select(d => (d, d.Weight)));
    }

    public static CountryProfile Guatemala { get; } = new(
        "GT", 1, SurnameData.Guatemala, SurnameData.GuatemalaMayan, 0.6, 0.75,
        OriginData.Guatemala, OriginData.GuatemalaMunicipalities, RouteData.Guatemala);

    public static CountryProfile Honduras { get; } = new(
        "HN", 2, SurnameData.Honduras, SurnameData.HondurasGarifunaMiskito, 0.6, 0.6,
        OriginData.Honduras, OriginData.HondurasMunicipalities, RouteData.Honduras);

    public static CountryProfile ElSalvador { get; } = new(
        "SV", 3, SurnameData.ElSalvador, "", 0, 0.05,
        OriginData.ElSalvador, OriginData.ElSalvadorMunicipalities, RouteData.ElSalvador);

    public static IReadOnlyList<CountryProfile> All { get; } = [Guatemala, Honduras, ElSalvador];

    public static CountryProfile Get(string alpha2) =>
        All.FirstOrDefault(c => string.Equals(c.Alpha2, alpha2, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Country {alpha2} is not supported; use GT, HN or SV.", nameof(alpha2));

    public static CountryProfile ByOrdinal(int ordinal) => All[ordinal - 1];

    public string Alpha2 { get; }

    /// <summary>1-based, part of every person key.</summary>
    public int Ordinal { get; }

    public WeightedTable<string> Surnames { get; }

    /// <summary>Mayan surnames for Guatemala, Garifuna and Miskito ones for Honduras, drawn for indigenous people only.</summary>
    public WeightedTable<string>? MinoritySurnames { get; }

    public double MinoritySurnameInIndigenous { get; }

    /// <summary>In Guatemala every indigenous region has Mayan surnames; in Honduras only the departments that list a share.</summary>
    public bool MinoritySurnamesEverywhere => Alpha2 == "GT";

    /// <summary>Share of indigenous people whose own language is recorded (the rest are recorded as Spanish speakers).</summary>
    public double SpeaksLanguageShare { get; }

    public WeightedTable<DepartmentProfile> Departments { get; }

    /// <summary>One of the country's ten most frequent surnames.</summary>
    public bool IsCommonSurname(string surname)
    {
        for (var i = 0; i < 10 && i < Surnames.Items.Count; i++)
        {
            if (Surnames.Items[i] == surname)
            {
                return true;
            }
        }
        return false;
    }

    public RouteData Routes { get; }

    public DepartmentProfile Department(string admin1) => _departments[admin1];

    public WeightedTable<Place> Municipalities(string admin1) => _municipalities[admin1];

    public WeightedTable<string>? IndigenousLanguages(string admin1) => _languages[admin1];

    internal static WeightedTable<string>? ParseTable(string text) =>
        text.Length == 0
            ? null
            : new WeightedTable<string>(text.Split(',').Select(entry =>
            {
                var colon = entry.LastIndexOf(':');
                return (entry[..colon], double.Parse(entry[(colon + 1)..], CultureInfo.InvariantCulture));
            }));
}
