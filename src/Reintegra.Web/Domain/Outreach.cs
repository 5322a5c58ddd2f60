namespace Reintegra.Web.Domain;

public enum OutreachKind
{
    /// <summary>A mobile information unit ("Reintegración sobre ruedas").</summary>
    MobileUnit = 1,

    /// <summary>A campaign on the risks of irregular migration.</summary>
    Campaign = 2,

    /// <summary>Psychoeducational messages through theatre and play.</summary>
    Psychoeducation = 3,

    /// <summary>An information session or workshop.</summary>
    InformationSession = 4,

    Other = 5,
}

/// <summary>Age groups for counting people reached: children, adolescents, young adults, adults, older persons.</summary>
public enum AgeGroup
{
    Age0To11 = 1,
    Age12To17 = 2,
    Age18To29 = 3,
    Age30To59 = 4,
    Age60Plus = 5,
}

/// <summary>
/// An information or outreach activity: a mobile unit's day in a municipality, a campaign, a psychoeducation session.
/// Counts people reached by sex and age group; never names anyone.
/// </summary>
public sealed class OutreachActivity : IVersioned
{
    private readonly List<OutreachReach> _reach = [];

    private OutreachActivity()
    {
    }

    public OutreachActivity(Guid institutionId, OutreachDetails details, DateTime now)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = institutionId;
        CreatedAt = now;
        Update(details);
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid? ProgrammeId { get; private set; }

    public OutreachKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public string Adm1PCode { get; private set; } = "";

    public string? Adm2PCode { get; private set; }

    /// <summary>The venue: a school, a market, a reception centre.</summary>
    public string? Venue { get; private set; }

    public string? Audience { get; private set; }

    public string? Materials { get; private set; }

    /// <summary>People reached whom nobody could count by sex and age (a crowd at a fair).</summary>
    public int NotDisaggregated { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<OutreachReach> Reach => _reach;

    public int TotalReached => _reach.Sum(r => r.Count) + NotDisaggregated;

    public void Update(OutreachDetails d)
    {
        ProgrammeId = d.ProgrammeId;
        Kind = d.Kind;
        Title = d.Title.Trim();
        Date = d.Date;
        Adm1PCode = d.Adm1PCode.ToUpperInvariant();
        Adm2PCode = string.IsNullOrWhiteSpace(d.Adm2PCode) ? null : d.Adm2PCode.ToUpperInvariant();
        Venue = Clean(d.Venue);
        Audience = Clean(d.Audience);
        Materials = Clean(d.Materials);
        NotDisaggregated = d.NotDisaggregated;
        var cells = d.Reach.Where(r => r.Count > 0).GroupBy(r => (r.Sex, r.AgeGroup)).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        _reach.RemoveAll(r => !cells.ContainsKey((r.Sex, r.AgeGroup)));
        foreach (var ((sex, age), count) in cells)
        {
            if (_reach.FirstOrDefault(r => r.Sex == sex && r.AgeGroup == age) is { } existing)
            {
                existing.Count = count;
            }
            else
            {
                _reach.Add(new OutreachReach(Id, sex, age, count));
            }
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>How many people of one sex and age group an activity reached.</summary>
public sealed class OutreachReach
{
    private OutreachReach()
    {
    }

    internal OutreachReach(Guid activityId, Sex sex, AgeGroup ageGroup, int count)
    {
        Id = Guid.CreateVersion7();
        ActivityId = activityId;
        Sex = sex;
        AgeGroup = ageGroup;
        Count = count;
    }

    public Guid Id { get; private set; }

    public Guid ActivityId { get; private set; }

    public Sex Sex { get; private set; }

    public AgeGroup AgeGroup { get; private set; }

    public int Count { get; set; }
}

public sealed record ReachCount(Sex Sex, AgeGroup AgeGroup, int Count);

public sealed record OutreachDetails(
    Guid? ProgrammeId,
    OutreachKind Kind,
    string Title,
    DateOnly Date,
    string Adm1PCode,
    string? Adm2PCode,
    string? Venue,
    string? Audience,
    string? Materials,
    IReadOnlyList<ReachCount> Reach,
    int NotDisaggregated);
