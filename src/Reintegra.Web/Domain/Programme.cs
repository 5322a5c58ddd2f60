namespace Reintegra.Web.Domain;

[Flags]
public enum ProgrammeTypes
{
    None = 0,
    Reception = 1,
    AssistedReturn = 2,
    Reintegration = 4,
    Employment = 8,
    TrainingAndCertification = 16,
    Psychosocial = 32,
    InformationAndAwareness = 64,
    Community = 128,
    Policy = 256,
}

/// <summary>
/// A programme, project or fund that a country (or an observer organisation) runs for returned migrants: the
/// "mapping" of the conferences. Cases and services of the directory can point at it, so that its outcomes come from
/// real data (see <c>IProgrammeOutcomeSource</c>).
/// </summary>
public sealed class Programme : CatalogueEntry<ProgrammeRevision>
{
    private Programme()
    {
    }

    public Programme(Guid institutionId, ProgrammeContent content, DateTime now)
        : base(institutionId, now)
    {
        var first = new ProgrammeRevision(Id, 1, now);
        first.Update(content);
        AddFirst(first);
    }

    protected override ProgrammeRevision NextRevision(ProgrammeRevision from, int number, DateTime now) => from.CopyAs(number, now);
}

public sealed class ProgrammeRevision : EntryRevision
{
    private ProgrammeRevision()
    {
    }

    internal ProgrammeRevision(Guid programmeId, int number, DateTime now)
        : base(programmeId, number, now)
    {
    }

    /// <summary>ISO 3166-1 alpha-2; null for a regional programme.</summary>
    public string? CountryCode { get; private set; }

    public string ResponsibleInstitution { get; private set; } = "";

    public string? Partners { get; private set; }

    public ProgrammeTypes Types { get; private set; }

    /// <summary>Who it is for, in words; <see cref="EntryRevision.TargetGroups"/> tags the vulnerability groups.</summary>
    public string? TargetPopulation { get; private set; }

    /// <summary>Admin-1 and admin-2 P-codes separated by spaces; empty means the whole country (or region).</summary>
    public string Coverage { get; private set; } = "";

    public string? FundingSource { get; private set; }

    public decimal? FundingAmount { get; private set; }

    /// <summary>ISO 4217, with the amount.</summary>
    public string? Currency { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public List<ResultIndicator> Indicators { get; private set; } = [];

    public string? LessonsLearned { get; private set; }

    public IReadOnlyList<string> CoveragePCodes => Coverage.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void Update(ProgrammeContent c)
    {
        SetCommon(c.Common);
        CountryCode = c.CountryCode?.ToUpperInvariant();
        ResponsibleInstitution = c.ResponsibleInstitution.Trim();
        Partners = Clean(c.Partners);
        Types = c.Types;
        TargetPopulation = Clean(c.TargetPopulation);
        Coverage = string.Join(' ', c.Coverage.Select(p => p.Trim().ToUpperInvariant()).Distinct());
        FundingSource = Clean(c.FundingSource);
        FundingAmount = c.FundingAmount;
        Currency = c.FundingAmount is null ? null : c.Currency?.ToUpperInvariant();
        StartDate = c.StartDate;
        EndDate = c.EndDate;
        Indicators = c.Indicators.Select(i => new ResultIndicator { Name = i.Name.Trim(), Unit = Clean(i.Unit), Target = i.Target, Achieved = i.Achieved }).ToList();
        LessonsLearned = Clean(c.LessonsLearned);
        SearchText = CatalogueSearch.Key(Title, TranslatedTitle, ResponsibleInstitution, Partners, Summary, TranslatedSummary);
    }

    internal ProgrammeRevision CopyAs(int number, DateTime now)
    {
        var copy = new ProgrammeRevision(EntryId, number, now);
        copy.CopyCommonFrom(this);
        copy.CountryCode = CountryCode;
        copy.ResponsibleInstitution = ResponsibleInstitution;
        copy.Partners = Partners;
        copy.Types = Types;
        copy.TargetPopulation = TargetPopulation;
        copy.Coverage = Coverage;
        copy.FundingSource = FundingSource;
        copy.FundingAmount = FundingAmount;
        copy.Currency = Currency;
        copy.StartDate = StartDate;
        copy.EndDate = EndDate;
        copy.Indicators = Indicators.Select(i => new ResultIndicator { Name = i.Name, Unit = i.Unit, Target = i.Target, Achieved = i.Achieved }).ToList();
        copy.LessonsLearned = LessonsLearned;
        return copy;
    }
}

/// <summary>A results indicator of a programme: "women certified in office skills", target 40, achieved 33.</summary>
public sealed class ResultIndicator
{
    public string Name { get; set; } = "";

    public string? Unit { get; set; }

    public decimal? Target { get; set; }

    public decimal? Achieved { get; set; }
}

public sealed record ProgrammeContent(
    EntryContent Common,
    string? CountryCode,
    string ResponsibleInstitution,
    string? Partners,
    ProgrammeTypes Types,
    string? TargetPopulation,
    IReadOnlyList<string> Coverage,
    string? FundingSource,
    decimal? FundingAmount,
    string? Currency,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<ResultIndicator> Indicators,
    string? LessonsLearned);
