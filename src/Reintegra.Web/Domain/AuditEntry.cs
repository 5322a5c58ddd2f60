namespace Reintegra.Web.Domain;

/// <summary>
/// One line of the append-only audit trail: who viewed or changed what, about which person, when and from which
/// institution. Rows are never updated or deleted (enforced in the application and by database triggers).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime at, AuditActor actor, string action, string entityType, string entityId, Guid? personId, string? detail)
    {
        At = at;
        UserId = actor.UserId;
        UserName = actor.UserName;
        InstitutionId = actor.InstitutionId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        PersonId = personId;
        Detail = detail is { Length: > 500 } ? detail[..500] : detail;
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; } = "";

    public Guid? InstitutionId { get; private set; }

    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public Guid? PersonId { get; private set; }

    /// <summary>Never personal data: field names that changed, counts, reasons.</summary>
    public string? Detail { get; private set; }
}

public sealed record AuditActor(Guid? UserId, string UserName, Guid? InstitutionId)
{
    public static AuditActor System { get; } = new(null, "system", null);
}

/// <summary>The audit actions, as stored.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Viewed = "viewed";
    public const string SensitiveViewed = "sensitive.viewed";
    public const string CandidateShown = "candidate.shown";
    public const string SearchResult = "search.result";
    public const string Printed = "printed";
    public const string SignedIn = "signin";
    public const string SignInFailed = "signin.failed";
    public const string LockedOut = "signin.lockedout";
    public const string Imported = "imported";
    public const string Listed = "listed";
    public const string ConsentOverride = "consent.override";
}
