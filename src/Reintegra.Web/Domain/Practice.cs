namespace Reintegra.Web.Domain;

public enum PracticeKind
{
    GoodPractice = 1,
    Challenge = 2,
}

/// <summary>
/// An "Annex I" entry: a challenge or a good practice in reintegration that a member state or an observer organisation
/// shares before a workshop, for the regional mapping of challenges and good practices.
/// </summary>
public sealed class Practice : CatalogueEntry<PracticeRevision>
{
    private Practice()
    {
    }

    public Practice(Guid institutionId, PracticeContent content, DateTime now)
        : base(institutionId, now)
    {
        var first = new PracticeRevision(Id, 1, now);
        first.Update(content);
        AddFirst(first);
    }

    protected override PracticeRevision NextRevision(PracticeRevision from, int number, DateTime now) => from.CopyAs(number, now);
}

public sealed class PracticeRevision : EntryRevision
{
    private PracticeRevision()
    {
    }

    internal PracticeRevision(Guid practiceId, int number, DateTime now)
        : base(practiceId, number, now)
    {
    }

    public PracticeKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2; null when it concerns the region.</summary>
    public string? CountryCode { get; private set; }

    /// <summary>For a good practice what it achieved; for a challenge what would help overcome it.</summary>
    public string? Results { get; private set; }

    public string? LessonsLearned { get; private set; }

    /// <summary>The programme of the registry the practice comes from, if any.</summary>
    public Guid? ProgrammeId { get; private set; }

    public void Update(PracticeContent c)
    {
        SetCommon(c.Common);
        Kind = c.Kind;
        CountryCode = c.CountryCode?.ToUpperInvariant();
        Results = Clean(c.Results);
        LessonsLearned = Clean(c.LessonsLearned);
        ProgrammeId = c.ProgrammeId;
        SearchText = CatalogueSearch.Key(Title, TranslatedTitle, Summary, TranslatedSummary, Results, LessonsLearned);
    }

    internal PracticeRevision CopyAs(int number, DateTime now)
    {
        var copy = new PracticeRevision(EntryId, number, now);
        copy.CopyCommonFrom(this);
        copy.Kind = Kind;
        copy.CountryCode = CountryCode;
        copy.Results = Results;
        copy.LessonsLearned = LessonsLearned;
        copy.ProgrammeId = ProgrammeId;
        return copy;
    }
}

public sealed record PracticeContent(
    EntryContent Common,
    PracticeKind Kind,
    string? CountryCode,
    string? Results,
    string? LessonsLearned,
    Guid? ProgrammeId);
