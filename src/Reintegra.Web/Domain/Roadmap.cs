namespace Reintegra.Web.Domain;

public enum RecommendationStatus
{
    NotStarted = 1,
    InProgress = 2,
    Completed = 3,
    Stalled = 4,
}

public enum RecommendationTerm
{
    /// <summary>Within a year.</summary>
    ShortTerm = 1,

    /// <summary>One to three years.</summary>
    MediumTerm = 2,

    /// <summary>More than three years.</summary>
    LongTerm = 3,
}

/// <summary>
/// A recommendation of the regional roadmap, as a working group (individual, community or structural level) produced
/// it and the plenary adopted it. The conference secretariat records and publishes it; its status is the one of the
/// latest progress update.
/// </summary>
public sealed class Recommendation : CatalogueEntry<RecommendationRevision>
{
    private Recommendation()
    {
    }

    public Recommendation(Guid institutionId, RecommendationContent content, DateTime now)
        : base(institutionId, now)
    {
        var first = new RecommendationRevision(Id, 1, now);
        first.Update(content);
        AddFirst(first);
    }

    protected override RecommendationRevision NextRevision(RecommendationRevision from, int number, DateTime now) => from.CopyAs(number, now);

    public ProgressUpdate ReportProgress(Guid institutionId, ProgressDetails details, DateTime now)
    {
        if (PublishedNumber is null)
        {
            throw new DomainException("Roadmap.NotPublished");
        }
        return new ProgressUpdate(Id, institutionId, details, now);
    }
}

public sealed class RecommendationRevision : EntryRevision
{
    private RecommendationRevision()
    {
    }

    internal RecommendationRevision(Guid recommendationId, int number, DateTime now)
        : base(recommendationId, number, now)
    {
    }

    /// <summary>ISO 3166-1 alpha-2 codes separated by spaces; empty when every member state is responsible.</summary>
    public string ResponsibleCountries { get; private set; } = "";

    public string? ResponsibleInstitutions { get; private set; }

    public RecommendationTerm Term { get; private set; }

    public DateOnly? DueBy { get; private set; }

    public string? Indicators { get; private set; }

    public IReadOnlyList<string> ResponsibleCountryCodes => ResponsibleCountries.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every member state is responsible, or this one is named.</summary>
    public bool IsResponsible(string countryCode) =>
        ResponsibleCountries.Length == 0 || ResponsibleCountryCodes.Contains(countryCode, StringComparer.OrdinalIgnoreCase);

    public void Update(RecommendationContent c)
    {
        if (c.Common.Levels is not (ReintegrationLevels.Individual or ReintegrationLevels.Community or ReintegrationLevels.Structural))
        {
            throw new DomainException("Roadmap.OneLevel");
        }
        SetCommon(c.Common);
        ResponsibleCountries = string.Join(' ', c.ResponsibleCountries.Select(x => x.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal));
        ResponsibleInstitutions = Clean(c.ResponsibleInstitutions);
        Term = c.Term;
        DueBy = c.DueBy;
        Indicators = Clean(c.Indicators);
        SearchText = CatalogueSearch.Key(Title, TranslatedTitle, Summary, TranslatedSummary, ResponsibleInstitutions);
    }

    internal RecommendationRevision CopyAs(int number, DateTime now)
    {
        var copy = new RecommendationRevision(EntryId, number, now);
        copy.CopyCommonFrom(this);
        copy.ResponsibleCountries = ResponsibleCountries;
        copy.ResponsibleInstitutions = ResponsibleInstitutions;
        copy.Term = Term;
        copy.DueBy = DueBy;
        copy.Indicators = Indicators;
        return copy;
    }
}

public sealed record RecommendationContent(
    EntryContent Common,
    IReadOnlyList<string> ResponsibleCountries,
    string? ResponsibleInstitutions,
    RecommendationTerm Term,
    DateOnly? DueBy,
    string? Indicators);

/// <summary>A report of where a recommendation stands, by the secretariat or a responsible country. Never edited: a new report follows.</summary>
public sealed class ProgressUpdate
{
    private ProgressUpdate()
    {
    }

    internal ProgressUpdate(Guid recommendationId, Guid institutionId, ProgressDetails details, DateTime now)
    {
        Id = Guid.CreateVersion7();
        RecommendationId = recommendationId;
        InstitutionId = institutionId;
        ReportedOn = details.ReportedOn;
        Status = details.Status;
        Text = details.Text.Trim();
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid RecommendationId { get; private set; }

    /// <summary>The institution that reported it (shown publicly; the person who typed it is not).</summary>
    public Guid InstitutionId { get; private set; }

    public DateOnly ReportedOn { get; private set; }

    public RecommendationStatus Status { get; private set; }

    public string Text { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
}

public sealed record ProgressDetails(DateOnly ReportedOn, RecommendationStatus Status, string Text);

/// <summary>A country's commitment of budget to the roadmap (or to one recommendation or programme), and what it has executed.</summary>
public sealed class BudgetCommitment : IVersioned
{
    private readonly List<BudgetExecution> _executions = [];

    private BudgetCommitment()
    {
    }

    public BudgetCommitment(CommitmentDetails details, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CreatedAt = now;
        Update(details, now);
    }

    public Guid Id { get; private set; }

    public string CountryCode { get; private set; } = "";

    /// <summary>The committing institution, as the country named it.</summary>
    public string Institution { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public Guid? RecommendationId { get; private set; }

    public Guid? ProgrammeId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public int FromYear { get; private set; }

    public int ToYear { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Touched by every change, executions included, so that two executions recorded at once cannot together pass the amount.</summary>
    public DateTime UpdatedAt { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<BudgetExecution> Executions => _executions;

    public decimal Executed => _executions.Sum(e => e.Amount);

    public void Update(CommitmentDetails d, DateTime now)
    {
        if (_executions.Count > 0 && d.Amount < Executed)
        {
            throw new DomainException("Budget.BelowExecuted");
        }
        if (_executions.Count > 0 && !string.Equals(d.Currency, Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("Budget.CurrencyFixed");
        }
        CountryCode = d.CountryCode.ToUpperInvariant();
        Institution = d.Institution.Trim();
        Purpose = d.Purpose.Trim();
        RecommendationId = d.RecommendationId;
        ProgrammeId = d.ProgrammeId;
        Amount = d.Amount;
        Currency = d.Currency.ToUpperInvariant();
        FromYear = d.FromYear;
        ToYear = d.ToYear;
        UpdatedAt = now;
    }

    /// <summary>Records an amount executed; the total executed cannot pass the amount committed.</summary>
    public BudgetExecution RecordExecution(Guid institutionId, DateOnly reportedOn, decimal amount, string? note, DateTime now)
    {
        if (Executed + amount > Amount)
        {
            throw new DomainException("Budget.ExceedsCommitment");
        }
        var execution = new BudgetExecution(Id, institutionId, reportedOn, amount, note, now);
        _executions.Add(execution);
        UpdatedAt = now;
        return execution;
    }
}

public sealed record CommitmentDetails(
    string CountryCode, string Institution, string Purpose, Guid? RecommendationId, Guid? ProgrammeId, decimal Amount, string Currency, int FromYear, int ToYear);

public sealed class BudgetExecution
{
    private BudgetExecution()
    {
    }

    internal BudgetExecution(Guid commitmentId, Guid institutionId, DateOnly reportedOn, decimal amount, string? note, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CommitmentId = commitmentId;
        InstitutionId = institutionId;
        ReportedOn = reportedOn;
        Amount = amount;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid CommitmentId { get; private set; }

    public Guid InstitutionId { get; private set; }

    public DateOnly ReportedOn { get; private set; }

    public decimal Amount { get; private set; }

    public string? Note { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
