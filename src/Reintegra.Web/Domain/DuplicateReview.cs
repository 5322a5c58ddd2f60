namespace Reintegra.Web.Domain;

public enum DuplicatePairStatus
{
    Pending = 1,
    SamePerson = 2,
    DifferentPeople = 3,
    /// <summary>One of the two records was merged or decided in another pair before this one was reviewed.</summary>
    Superseded = 4,
}

/// <summary>
/// Two people the batch deduplication thinks may be one. Nothing happens until someone reviews the pair:
/// "same person" merges them (reversible by an administrator), "different people" is remembered for good.
/// </summary>
public sealed class DuplicatePair : IVersioned
{
    private DuplicatePair()
    {
    }

    public DuplicatePair(Guid a, Guid b, double probability, int band, DateTime foundAt)
    {
        Id = Guid.CreateVersion7();
        (PersonAId, PersonBId) = a.CompareTo(b) < 0 ? (a, b) : (b, a);
        Probability = probability;
        Band = band;
        FoundAt = foundAt;
        Status = DuplicatePairStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid PersonAId { get; private set; }

    public Guid PersonBId { get; private set; }

    public double Probability { get; private set; }

    /// <summary>The engine's band: 2 = same person proposed strongly, 1 = ask the officer.</summary>
    public int Band { get; private set; }

    public DateTime FoundAt { get; private set; }

    public DuplicatePairStatus Status { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Guid? MergeId { get; private set; }

    public int Version { get; set; }

    public void Decide(DuplicatePairStatus status, Guid by, DateTime at)
    {
        if (Status != DuplicatePairStatus.Pending)
        {
            throw new DomainException("Identity.PairAlreadyDecided");
        }
        Status = status;
        DecidedByUserId = by;
        DecidedAt = at;
    }

    public void LinkMerge(Guid mergeId) => MergeId = mergeId;

    public void Supersede()
    {
        if (Status == DuplicatePairStatus.Pending)
        {
            Status = DuplicatePairStatus.Superseded;
        }
    }
}

/// <summary>Two records a person confirmed to be different people: never proposed as duplicates again.</summary>
public sealed class DifferentPeopleDecision
{
    private DifferentPeopleDecision()
    {
    }

    public DifferentPeopleDecision(Guid a, Guid b, Guid by, DateTime at)
    {
        (PersonAId, PersonBId) = a.CompareTo(b) < 0 ? (a, b) : (b, a);
        DecidedByUserId = by;
        DecidedAt = at;
    }

    public Guid PersonAId { get; private set; }

    public Guid PersonBId { get; private set; }

    public Guid DecidedByUserId { get; private set; }

    public DateTime DecidedAt { get; private set; }
}

/// <summary>
/// A confirmed merge: the absorbed person's records were moved to the kept person. What moved is listed so that
/// an administrator can undo it exactly.
/// </summary>
public sealed class PersonMerge
{
    private PersonMerge()
    {
    }

    public PersonMerge(Guid keptPersonId, Guid absorbedPersonId, string moved, Guid by, DateTime at)
    {
        Id = Guid.CreateVersion7();
        KeptPersonId = keptPersonId;
        AbsorbedPersonId = absorbedPersonId;
        Moved = moved;
        MergedByUserId = by;
        MergedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid KeptPersonId { get; private set; }

    public Guid AbsorbedPersonId { get; private set; }

    /// <summary>JSON: for each kind of record, the keys of the rows that moved.</summary>
    public string Moved { get; private set; } = "";

    public Guid MergedByUserId { get; private set; }

    public DateTime MergedAt { get; private set; }

    public Guid? UndoneByUserId { get; private set; }

    public DateTime? UndoneAt { get; private set; }

    public bool IsUndone => UndoneAt is not null;

    public void Undo(Guid by, DateTime at)
    {
        if (IsUndone)
        {
            throw new DomainException("Identity.MergeAlreadyUndone");
        }
        UndoneByUserId = by;
        UndoneAt = at;
    }
}
