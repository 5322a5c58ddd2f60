namespace Reintegra.Web.Domain;

/// <summary>
/// The de-identified statistical record of one reintegration case (what the reintegration figures count): when it was
/// opened and closed, why, who it is about in figures only (sex, age group, department of origin) and the kind of
/// institution holding it. Kept so that a change can be subtracted from the figures before the new version is added.
/// Never served: only aggregates built from it leave the statistics area.
/// </summary>
public sealed class CaseFactRecord
{
    public Guid CaseId { get; set; }

    /// <summary>Only to find the records to recompute when a person changes.</summary>
    public Guid PersonId { get; set; }

    public DateTime OpenedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public CaseClosureReason? ClosureReason { get; set; }

    public Sex Sex { get; set; }

    public int? AgeAtOpening { get; set; }

    public string? OriginAdm1 { get; set; }

    public InstitutionKind InstitutionKind { get; set; }

    /// <summary>When the case's first referral was sent (a referral made at reception before the case counts from the opening).</summary>
    public DateTime? FirstReferralAt { get; set; }
}

/// <summary>The de-identified statistical record of one referral: when it was sent, to what kind of service, how it ended.</summary>
public sealed class ReferralFactRecord
{
    public Guid ReferralId { get; set; }

    /// <summary>Only to find the records to recompute when a person changes.</summary>
    public Guid PersonId { get; set; }

    public DateTime SentAt { get; set; }

    public ServiceCategory Category { get; set; }

    public ReferralStatus Status { get; set; }

    public Sex Sex { get; set; }

    public int? AgeAtReferral { get; set; }

    public string? OriginAdm1 { get; set; }

    /// <summary>The kind of the sending institution.</summary>
    public InstitutionKind InstitutionKind { get; set; }
}

/// <summary>
/// A person whose cases or referrals changed since the reintegration figures were last brought up to date (a queue,
/// emptied each refresh). <see cref="Everyone"/> asks for every person to be recomputed (an institution changed kind).
/// </summary>
public sealed class ReintegrationChange
{
    public static readonly Guid Everyone = Guid.Empty;

    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public DateTime At { get; set; }
}
