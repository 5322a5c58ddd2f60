namespace Reintegra.Web.Domain;

/// <summary>
/// One needs assessment of a case across the three dimensions: every item rated, a summary per dimension, and the
/// person's skills and occupations (ISCO-08). Assessments are repeated as circumstances change and never edited,
/// so the history of needs is kept.
/// </summary>
public sealed class NeedsAssessment : IPersonRecord
{
    public const int MaxOccupations = 10;

    private readonly List<AssessmentRating> _ratings = [];
    private readonly List<AssessmentOccupation> _occupations = [];

    private NeedsAssessment()
    {
    }

    public NeedsAssessment(Guid caseId, Guid personId, DateOnly assessedOn, IReadOnlyDictionary<AssessmentItem, NeedLevel> ratings,
        string? economicSummary, string? socialSummary, string? psychosocialSummary, bool wantsSkillsCertification,
        IEnumerable<AssessmentOccupation> occupations, Guid by, DateTime now)
    {
        var missing = Enum.GetValues<AssessmentItem>().Where(i => !ratings.ContainsKey(i)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException("Assessment.ItemsMissing", string.Join(", ", missing));
        }
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        PersonId = personId;
        AssessedOn = assessedOn;
        EconomicSummary = Clean(economicSummary);
        SocialSummary = Clean(socialSummary);
        PsychosocialSummary = Clean(psychosocialSummary);
        WantsSkillsCertification = wantsSkillsCertification;
        RecordedByUserId = by;
        RecordedAt = now;
        _ratings.AddRange(ratings.Select(r => new AssessmentRating(Id, r.Key, r.Value)));
        foreach (var o in occupations)
        {
            o.AssessmentId = Id;
            _occupations.Add(o);
        }
        if (_occupations.Count > MaxOccupations)
        {
            throw new DomainException("Assessment.TooManyOccupations", MaxOccupations);
        }
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    public string? EconomicSummary { get; private set; }

    public string? SocialSummary { get; private set; }

    public string? PsychosocialSummary { get; private set; }

    public bool WantsSkillsCertification { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public IReadOnlyCollection<AssessmentRating> Ratings => _ratings.AsReadOnly();

    public IReadOnlyCollection<AssessmentOccupation> Occupations => _occupations.AsReadOnly();

    public string? Summary(Dimension dimension) => dimension switch
    {
        Dimension.Economic => EconomicSummary,
        Dimension.Social => SocialSummary,
        _ => PsychosocialSummary,
    };

    /// <summary>The greatest need found in a dimension (unknown answers are left out); null when nothing in it is known.</summary>
    public static NeedLevel? Level(IEnumerable<AssessmentRating> ratings, Dimension dimension)
    {
        var known = ratings.Where(r => r.Item.DimensionOf() == dimension && r.Level != NeedLevel.Unknown).Select(r => r.Level).ToList();
        return known.Count == 0 ? null : known.Max();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class AssessmentRating
{
    private AssessmentRating()
    {
    }

    internal AssessmentRating(Guid assessmentId, AssessmentItem item, NeedLevel level)
    {
        AssessmentId = assessmentId;
        Item = item;
        Level = level;
    }

    public Guid AssessmentId { get; private set; }

    public AssessmentItem Item { get; private set; }

    public NeedLevel Level { get; private set; }
}

/// <summary>An occupation the person held or wants, as an ISCO-08 unit group.</summary>
public sealed class AssessmentOccupation
{
    private AssessmentOccupation()
    {
    }

    public AssessmentOccupation(string iscoCode, OccupationPeriod period, int? years, string? notes)
    {
        Id = Guid.CreateVersion7();
        IscoCode = iscoCode;
        Period = period;
        Years = years;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    public Guid Id { get; private set; }

    public Guid AssessmentId { get; internal set; }

    /// <summary>Four-digit ISCO-08 unit group.</summary>
    public string IscoCode { get; private set; } = "";

    public OccupationPeriod Period { get; private set; }

    public int? Years { get; private set; }

    public string? Notes { get; private set; }
}
