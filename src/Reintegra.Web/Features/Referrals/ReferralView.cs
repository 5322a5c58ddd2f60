using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Referrals;

/// <summary>
/// One referral as the sender and the provider see it. Of the person there is only the shared copy: the provider
/// never reads the person's record, and neither side sees more than was shared.
/// </summary>
public sealed record ReferralView(
    Guid Id, string Reference, Guid? CaseId, Guid? PlanActionId, Guid? ReturnEventId, ServiceCategory Category, Guid ServiceId, string ServiceName,
    Guid FromInstitutionId, string FromInstitution, string SentBy, Guid ToInstitutionId, string ToInstitution, ReferralUrgency Urgency, string Reason,
    ReferralStatus Status, DateTime SentAt, DateTime StatusChangedAt, string? StatusReason, string? Delivered, bool ConsentOverride,
    string? OverrideReason, DateTime? FollowedUpAt, ReferralView.Shared Person, IReadOnlyList<ReferralView.Step> Steps, int Version)
{
    public sealed record Shared(IReadOnlyList<SharedField> Fields, string? GivenNames, string? Surnames, Sex? Sex, int? Age, bool? IsChild,
        DateOnly? BirthDate, int? BirthYear, string? Phone, string? Adm1, string? Adm2, IReadOnlyList<string> Languages,
        IReadOnlyList<SharedDocument> Documents, IReadOnlyList<SharedNeed> Needs, string? NeedsSummary, IReadOnlyList<Vulnerability> Vulnerabilities,
        DateTime? ErasedAt)
    {
        public string? Name => GivenNames is null && Surnames is null ? null : $"{GivenNames} {Surnames}".Trim();
    }

    public sealed record SharedDocument(string Type, string IssuingCountry, string Number);

    public sealed record SharedNeed(AssessmentItem Item, NeedLevel Level);

    /// <summary>A state the referral went through and how long it stayed there (the current one until now).</summary>
    public sealed record Step(ReferralStatus Status, DateTime At, TimeSpan Duration, string By, string? Note);

    internal static async Task<ReferralView?> LoadAsync(AppDbContext db, IQueryable<Referral> scoped, DateTime now, bool includeOverrideReason, CancellationToken ct)
    {
        var r = await scoped.AsNoTracking().Include(x => x.Transitions).FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return null;
        }
        var institutionIds = new[] { r.FromInstitutionId, r.ToInstitutionId };
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var userIds = r.Transitions.Select(t => t.ByUserId).Append(r.SentByUserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var service = await db.Services.AsNoTracking().Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? "";
        var s = r.Snapshot;
        var shared = new Shared(
            Enum.GetValues<SharedField>().Where(f => f != SharedField.None && s.Fields.HasFlag(f)).ToList(),
            s.GivenNames, s.Surnames, s.Sex, s.Age, s.IsChild, s.BirthDate, s.BirthYear, s.Phone, s.Adm1, s.Adm2,
            string.IsNullOrEmpty(s.Languages) ? [] : s.Languages.Split(','),
            string.IsNullOrEmpty(s.Documents) ? [] : s.Documents.Split("; ").Select(d => d.Split(':', 3)).Where(p => p.Length == 3)
                .Select(p => new SharedDocument(p[0], p[1], p[2])).ToList(),
            string.IsNullOrEmpty(s.NeedLevels) ? [] : s.NeedLevels.Split(',').Select(n => n.Split(':'))
                .Select(p => new SharedNeed((AssessmentItem)int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), (NeedLevel)int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            s.NeedsSummary,
            s.Vulnerabilities is { } v ? Enum.GetValues<Vulnerability>().Where(f => f != Vulnerability.None && v.HasFlag(f)).ToList() : [],
            s.ErasedAt);
        var steps = r.TimeInStates(now).Zip(r.Transitions.OrderBy(t => t.At))
            .Select(x => new Step(x.First.Status, x.First.From, x.First.Duration, users.GetValueOrDefault(x.Second.ByUserId, ""), x.Second.Note)).ToList();
        return new ReferralView(r.Id, r.Reference, r.CaseId, r.PlanActionId, r.ReturnEventId, r.Category, r.ServiceId, service,
            r.FromInstitutionId, institutions.GetValueOrDefault(r.FromInstitutionId, ""), users.GetValueOrDefault(r.SentByUserId, ""),
            r.ToInstitutionId, institutions.GetValueOrDefault(r.ToInstitutionId, ""), r.Urgency, r.Reason, r.Status, r.SentAt, r.StatusChangedAt,
            r.StatusReason, r.Delivered, r.ConsentOverride, includeOverrideReason ? r.OverrideReason : null, r.FollowedUpAt, shared, steps, r.Version);
    }
}
