using Reintegra.Reference;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics.Engine;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// How returns are classified in the figures: country returned from, mode, category, age group at return,
/// origin (department, then municipality), repeat return, and one yes/no classifier per vulnerability category
/// (a return may have several). Sex and period are in every table.
/// </summary>
public sealed class ReturnSchema
{
    public const string ReturnedFrom = "returnedFrom";
    public const string Mode = "mode";
    public const string Category = "category";
    public const string AgeGroup = "ageGroup";
    public const string Origin = "origin";
    public const string Repeat = "repeat";
    public const string VulnerabilityPrefix = "v.";
    public const string Other = "OTHER";
    public const string Unknown = "UNKNOWN";
    public const string Unspecified = "-NA";
    public const string Yes = "yes";
    public const string No = "no";
    public const string Children = "children";
    public const string Adults = "adults";
    public const string FirstReturn = "first";
    public const string RepeatReturn = "repeat";

    /// <summary>Countries people are returned from, listed on their own; any other is "other".</summary>
    public static readonly string[] ReturnedFromCountries = ["US", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "BZ", "CA"];

    public static readonly Vulnerability[] VulnerabilityFlags =
        [.. Enum.GetValues<Vulnerability>().Where(v => v != Vulnerability.None)];

    /// <summary>Age groups at return: 0-11, 12-17 (children), 18-29, 30-59, 60+ (adults), unknown.</summary>
    public static readonly (string Code, int Min, int Max)[] AgeGroups =
        [("0-11", 0, 11), ("12-17", 12, 17), ("18-29", 18, 29), ("30-59", 30, 59), ("60+", 60, int.MaxValue)];

    private readonly int[] _flagClassifier;

    public ReturnSchema(string country)
    {
        Country = country;
        var from = new Classifier(ReturnedFrom);
        foreach (var c in ReturnedFromCountries)
        {
            from.Add(c);
        }
        from.Add(Other);
        var mode = new Classifier(Mode);
        foreach (var m in Enum.GetValues<ReturnMode>())
        {
            mode.Add(m.ToString());
        }
        var category = new Classifier(Category);
        foreach (var c in Enum.GetValues<ReturnCategory>())
        {
            category.Add(c.ToString());
        }
        var age = new Classifier(AgeGroup, rowsAreLeaves: true);
        var children = age.Add(Children);
        var adults = age.Add(Adults);
        foreach (var (code, min, _) in AgeGroups)
        {
            age.Add(code, min < 18 ? children : adults);
        }
        age.Add(Unknown);
        var origin = new Classifier(Origin);
        foreach (var adm1 in Places.Default.Admin1(country))
        {
            var node = origin.Add(adm1.PCode);
            var municipalities = Places.Default.Admin2(adm1.PCode);
            if (municipalities.Count > 0)
            {
                foreach (var adm2 in municipalities)
                {
                    origin.Add(adm2.PCode, node);
                }
                origin.Add(adm1.PCode + Unspecified, node);
            }
        }
        origin.Add(Unknown);
        var repeat = new Classifier(Repeat);
        repeat.Add(FirstReturn);
        repeat.Add(RepeatReturn);
        var classifiers = new List<Classifier> { from, mode, category, age, origin, repeat };
        _flagClassifier = new int[VulnerabilityFlags.Length];
        for (var i = 0; i < VulnerabilityFlags.Length; i++)
        {
            var flag = new Classifier(VulnerabilityPrefix + VulnerabilityFlags[i]);
            flag.Add(Yes);
            flag.Add(No);
            _flagClassifier[i] = classifiers.Count;
            classifiers.Add(flag);
        }
        Schema = new FigureSchema(classifiers.Select(c => c.Seal()).ToList());
        FromIndex = 0;
        ModeIndex = 1;
        CategoryIndex = 2;
        AgeIndex = 3;
        OriginIndex = 4;
        RepeatIndex = 5;
    }

    public string Country { get; }

    public FigureSchema Schema { get; }

    public int FromIndex { get; }

    public int ModeIndex { get; }

    public int CategoryIndex { get; }

    public int AgeIndex { get; }

    public int OriginIndex { get; }

    public int RepeatIndex { get; }

    public Classifier Origins => Schema.Classifiers[OriginIndex];

    public Classifier Ages => Schema.Classifiers[AgeIndex];

    public int FlagIndex(Vulnerability flag) => _flagClassifier[Array.IndexOf(VulnerabilityFlags, flag)];

    public IEnumerable<int> FlagIndexes => _flagClassifier;

    public static string AgeGroupOf(int? age)
    {
        if (age is not { } a || a < 0)
        {
            return Unknown;
        }
        foreach (var (code, min, max) in AgeGroups)
        {
            if (a >= min && a <= max)
            {
                return code;
            }
        }
        return Unknown;
    }

    /// <summary>The packed fact of one return and the year it counts in (its month in the instance's time zone).</summary>
    public (int Year, ulong Fact) Pack(ReturnFactRecord r, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.ArrivedAt, DateTimeKind.Utc), zone);
        var c = Schema.Classifiers;
        Span<int> leaves = stackalloc int[c.Count];
        var from = c[FromIndex].Find(r.ReturnedFromCode);
        leaves[FromIndex] = from > 0 ? from : c[FromIndex].Find(Other);
        leaves[ModeIndex] = c[ModeIndex].Find(r.Mode.ToString());
        leaves[CategoryIndex] = c[CategoryIndex].Find(r.Category.ToString());
        leaves[AgeIndex] = c[AgeIndex].Find(AgeGroupOf(r.AgeAtReturn));
        leaves[OriginIndex] = OriginLeaf(r.OriginAdm1, r.OriginAdm2);
        leaves[RepeatIndex] = c[RepeatIndex].Find(r.IsRepeat ? RepeatReturn : FirstReturn);
        for (var i = 0; i < VulnerabilityFlags.Length; i++)
        {
            leaves[_flagClassifier[i]] = c[_flagClassifier[i]].Find((r.Vulnerabilities & VulnerabilityFlags[i]) != 0 ? Yes : No);
        }
        var sex = r.Sex switch
        {
            Sex.Female => 1,
            Sex.Male => 2,
            _ => 3,
        };
        return (local.Year, Schema.Pack(local.Month, sex, leaves));
    }

    private int OriginLeaf(string? adm1, string? adm2)
    {
        var origin = Origins;
        var department = origin.Find(adm1);
        if (department <= 0 || origin.Depth(department) != 1)
        {
            return origin.Find(Unknown);
        }
        if (origin.IsLeaf(department))
        {
            return department;
        }
        var municipality = origin.Find(adm2);
        return municipality > 0 && origin.Parent(municipality) == department ? municipality : origin.Find(adm1 + Unspecified);
    }
}
