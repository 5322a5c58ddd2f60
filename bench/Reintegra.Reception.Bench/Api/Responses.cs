namespace Reintegra.Reception.Bench.Api;

// The client's own view of the API's answers: only the fields it uses, so fields added to the API do not break it.

internal sealed record ArrivalCreated(Guid Id);

internal sealed record ManifestImported(int Rows, int Imported, int AlreadyImported, List<RejectedRow> Rejected);

internal sealed record RejectedRow(int Line, List<string> Errors);

internal sealed record ArrivalQueue(List<QueueEntry> Manifest, List<QueueRegistration> Registered);

internal sealed record QueueEntry(Guid EntryId, int Line, string Name, string Status);

internal sealed record QueueRegistration(Guid ReturnId, Guid PersonId);

internal sealed record Registered(Guid ReturnId, Guid PersonId, bool AttachedToExisting);

/// <summary>A repeat-return candidate: the matching engine's probability and band, or the older rule-based score.</summary>
internal sealed record Candidate(Guid PersonId, string Name, DateOnly? BirthDate, int? BirthYear, double? Probability, string? Band, int? Score)
{
    public double Rank => Probability ?? Score ?? 0;
}

internal sealed record SearchResult(List<SearchRow> Items, bool HasMore);

internal sealed record SearchRow(Guid Id);

internal sealed record PersonPage(PersonSummary Person, List<PersonReturn> Returns);

internal sealed record PersonSummary(Guid Id, string FirstSurname);

internal sealed record PersonReturn(DateTime ArrivedAt, bool Own);

internal sealed record Me(Guid Id, Guid InstitutionId);
