namespace Reintegra.Web.Domain;

/// <summary>The levels of IOM's integrated approach to reintegration; also the three working groups of the roadmap.</summary>
[Flags]
public enum ReintegrationLevels
{
    None = 0,
    Individual = 1,
    Community = 2,
    Structural = 4,
}

/// <summary>The dimensions of reintegration.</summary>
[Flags]
public enum ReintegrationDimensions
{
    None = 0,
    Economic = 1,
    Social = 2,
    Psychosocial = 4,
}

/// <summary>The population a programme, practice or recommendation is meant for (vulnerability groups of DOMAIN.md).</summary>
[Flags]
public enum TargetGroups
{
    None = 0,
    AllReturnees = 1,
    UnaccompaniedChildren = 2,
    ChildrenAndFamilies = 4,
    Women = 8,
    SurvivorsOfViolence = 16,
    VictimsOfTrafficking = 32,
    PersonsWithDisabilities = 64,
    OlderPersons = 128,
    SeriousHealthConditions = 256,
    Indigenous = 512,
    Lgbti = 1024,
    DisplacedOnReturn = 2048,
    Youth = 4096,
    CommunitiesOfReturn = 8192,
}

public enum EntryStatus
{
    /// <summary>Being written by the submitting institution; nobody else sees it.</summary>
    Draft = 1,

    /// <summary>Sent to the conference secretariat for review.</summary>
    Submitted = 2,

    /// <summary>The secretariat sent it back with a note.</summary>
    ChangesRequested = 3,

    /// <summary>The current public version.</summary>
    Published = 4,

    /// <summary>A version that was public and has been replaced by a newer one; still readable.</summary>
    Superseded = 5,
}

/// <summary>
/// One version of a catalogue entry's content. Versions before publication are edited in place; once a version is
/// published it is frozen, and the next edit starts a new version (see <see cref="CatalogueEntry{TRevision}.Edit"/>).
/// </summary>
public abstract class EntryRevision
{
    protected EntryRevision()
    {
    }

    protected EntryRevision(Guid entryId, int number, DateTime now)
    {
        Id = Guid.CreateVersion7();
        EntryId = entryId;
        Number = number;
        Status = EntryStatus.Draft;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid EntryId { get; private set; }

    /// <summary>1, 2, 3 ... within the entry.</summary>
    public int Number { get; private set; }

    public EntryStatus Status { get; private set; }

    public string Title { get; protected set; } = "";

    public string Summary { get; protected set; } = "";

    /// <summary>"es" or "en": the language the content was written in.</summary>
    public string Language { get; protected set; } = "es";

    /// <summary>The title in the other language, when the submitter gave one.</summary>
    public string? TranslatedTitle { get; protected set; }

    public string? TranslatedSummary { get; protected set; }

    public ReintegrationLevels Levels { get; protected set; }

    public ReintegrationDimensions Dimensions { get; protected set; }

    public TargetGroups TargetGroups { get; protected set; }

    /// <summary>Where the content comes from (a concept note, a workshop presentation ...).</summary>
    public string? Source { get; protected set; }

    /// <summary>Lower-case, accent-free words of the title and text, for the catalogue's search.</summary>
    public string SearchText { get; protected set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>The secretariat's note when it asked for changes.</summary>
    public string? ReviewNote { get; private set; }

    public bool IsPublic => Status is EntryStatus.Published or EntryStatus.Superseded;

    protected void SetCommon(EntryContent c)
    {
        Title = c.Title.Trim();
        Summary = c.Summary.Trim();
        Language = c.Language;
        TranslatedTitle = Clean(c.TranslatedTitle);
        TranslatedSummary = Clean(c.TranslatedSummary);
        Levels = c.Levels;
        Dimensions = c.Dimensions;
        TargetGroups = c.TargetGroups;
        Source = Clean(c.Source);
    }

    protected void CopyCommonFrom(EntryRevision other)
    {
        Title = other.Title;
        Summary = other.Summary;
        Language = other.Language;
        TranslatedTitle = other.TranslatedTitle;
        TranslatedSummary = other.TranslatedSummary;
        Levels = other.Levels;
        Dimensions = other.Dimensions;
        TargetGroups = other.TargetGroups;
        Source = other.Source;
        SearchText = other.SearchText;
    }

    protected static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal void Submit(DateTime now)
    {
        if (Status is not (EntryStatus.Draft or EntryStatus.ChangesRequested))
        {
            throw new DomainException(Status == EntryStatus.Submitted ? "Entry.AlreadySubmitted" : "Entry.NotADraft");
        }
        Status = EntryStatus.Submitted;
        SubmittedAt = now;
    }

    internal void RequestChanges(string note, DateTime now)
    {
        if (Status != EntryStatus.Submitted)
        {
            throw new DomainException("Entry.NotSubmitted");
        }
        Status = EntryStatus.ChangesRequested;
        ReviewNote = note.Trim();
        ReviewedAt = now;
    }

    internal void Publish(DateTime now, bool reviewRequired)
    {
        var allowed = reviewRequired
            ? Status == EntryStatus.Submitted
            : Status is EntryStatus.Draft or EntryStatus.Submitted or EntryStatus.ChangesRequested;
        if (!allowed)
        {
            throw new DomainException(Status == EntryStatus.Published ? "Entry.AlreadyPublished" : "Entry.NotSubmitted");
        }
        Status = EntryStatus.Published;
        ReviewNote = null;
        ReviewedAt = now;
        PublishedAt = now;
        SubmittedAt ??= now;
    }

    internal void Supersede() => Status = EntryStatus.Superseded;
}

/// <summary>What every catalogue entry says, whatever its kind.</summary>
public sealed record EntryContent(
    string Title,
    string Summary,
    string Language,
    string? TranslatedTitle,
    string? TranslatedSummary,
    ReintegrationLevels Levels,
    ReintegrationDimensions Dimensions,
    TargetGroups TargetGroups,
    string? Source);

/// <summary>
/// A programme, an Annex I entry (challenge or good practice) or a roadmap recommendation: owned by the institution
/// that submitted it, reviewed by the conference secretariat, and versioned once published. The root carries the
/// concurrency token: every edit and every step of the review touches it, so two people cannot silently overwrite
/// each other.
/// </summary>
public abstract class CatalogueEntry<TRevision> : IVersioned where TRevision : EntryRevision
{
    // Protected so that EF finds it as the backing field from the derived entity types.
    private protected readonly List<TRevision> _revisions = [];

    protected CatalogueEntry()
    {
    }

    protected CatalogueEntry(Guid institutionId, DateTime now)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = institutionId;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The institution that submitted the entry (a member state's or an observer organisation's).</summary>
    public Guid InstitutionId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Set when the entry first reaches the secretariat; until then only its institution sees it.</summary>
    public DateTime? FirstSubmittedAt { get; private set; }

    /// <summary>The number of the version the public sees, if any.</summary>
    public int? PublishedNumber { get; private set; }

    /// <summary>The number of the newest version (the working one), kept on the root so lists can join to it.</summary>
    public int LatestNumber { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<TRevision> Revisions => _revisions;

    /// <summary>The newest version: the one an edit, a submission or a review applies to.</summary>
    public TRevision Working => _revisions.MaxBy(r => r.Number) ?? throw new InvalidOperationException("An entry always has a version.");

    public TRevision? Published => _revisions.FirstOrDefault(r => r.Status == EntryStatus.Published);

    protected abstract TRevision NextRevision(TRevision from, int number, DateTime now);

    protected void AddFirst(TRevision revision)
    {
        _revisions.Add(revision);
        LatestNumber = revision.Number;
    }

    /// <summary>
    /// The version an edit is written into: the working one while it is not public, or a new version (a copy of the
    /// published one) after publication, so that what was published stays readable as it was.
    /// </summary>
    public TRevision Edit(DateTime now)
    {
        UpdatedAt = now;
        var working = Working;
        if (working.Status != EntryStatus.Published)
        {
            return working;
        }
        var next = NextRevision(working, working.Number + 1, now);
        _revisions.Add(next);
        LatestNumber = next.Number;
        return next;
    }

    public void Submit(DateTime now)
    {
        Working.Submit(now);
        FirstSubmittedAt ??= now;
        UpdatedAt = now;
    }

    public void RequestChanges(string note, DateTime now)
    {
        Working.RequestChanges(note, now);
        UpdatedAt = now;
    }

    /// <summary>Publishes the working version; the previously published one stays readable as superseded.</summary>
    public void Publish(DateTime now, bool reviewRequired = true)
    {
        var working = Working;
        var previous = Published;
        working.Publish(now, reviewRequired);
        if (previous is not null && previous != working)
        {
            previous.Supersede();
        }
        PublishedNumber = working.Number;
        FirstSubmittedAt ??= now;
        UpdatedAt = now;
    }
}
