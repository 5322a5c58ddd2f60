using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// A case as its institution sees it: the person, consent and its history, household, assessments, plan, referrals
/// and transfers. Every read is an audit entry.
/// </summary>
public sealed class CaseView(AppDbContext db, CurrentUser me, AuditLog audit, LocalTime time, CaseSettings settings)
{
    public sealed record PersonCard(Guid Id, string GivenNames, string FirstSurname, string? SecondSurname, Sex Sex, DateOnly? BirthDate,
        int? BirthYear, BirthDatePrecision? BirthDatePrecision, int? Age, string NationalityCode, string? OriginAdm1, string? OriginAdm2,
        string? Phone, IReadOnlyList<string> Languages)
    {
        public string Name => string.Join(' ', new[] { GivenNames, FirstSurname, SecondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));

        public bool IsChild => Age is < ReturnEvent.AdultAge;
    }

    public sealed record ConsentView(Guid Id, bool DataCollection, IReadOnlyList<ServiceCategory> SharingWith, IReadOnlyList<SharedField> SharedFields,
        bool FollowUpContact, bool EmployerProposal, ConsentGivenBy GivenBy, string? ProxyName, ProxyRelationship? ProxyRelationship,
        DateOnly GivenOn, string? Notes, DateTime RecordedAt, string RecordedBy, DateTime? SupersededAt, DateTime? WithdrawnAt,
        string? WithdrawalReason, bool IsCurrent);

    public sealed record MemberView(Guid Id, Guid? PersonId, string Name, HouseholdRelationship Relationship, int? BirthYear);

    public sealed record DimensionView(Dimension Dimension, NeedLevel? Level, string? Summary);

    public sealed record RatingView(AssessmentItem Item, Dimension Dimension, NeedLevel Level);

    public sealed record OccupationView(string IscoCode, OccupationPeriod Period, int? Years, string? Notes);

    public sealed record AssessmentView(Guid Id, DateOnly AssessedOn, DateTime RecordedAt, string RecordedBy, IReadOnlyList<DimensionView> Dimensions,
        IReadOnlyList<RatingView> Ratings, bool WantsSkillsCertification, IReadOnlyList<OccupationView> Occupations);

    public sealed record AssessmentRow(Guid Id, DateOnly AssessedOn, DateTime RecordedAt, NeedLevel? Economic, NeedLevel? Social, NeedLevel? Psychosocial);

    public sealed record ActionView(Guid Id, Dimension Dimension, InterventionLevel Level, PlanActionKind Kind, string Description, decimal? Amount,
        string Currency, ServiceCategory? ServiceCategory, DateOnly? TargetDate, PlanActionStatus Status, Guid? ReferralId,
        ReferralStatus? ReferralStatus, string? Outcome, DateTime? CompletedAt, bool Overdue, int Version);

    public sealed record PlanView(string? Goal, PlanStatus Status, string Currency, decimal CommittedAmount, decimal ApprovalThreshold,
        bool NeedsApproval, bool Ready, decimal? ApprovedAmount, DateOnly? AgreedOn, DateTime? SubmittedAt, string? SubmittedBy, Guid? SubmittedById,
        DateTime? ApprovedAt, string? ApprovedBy, string? ReturnedReason, IReadOnlyList<ActionView> Actions, int Version);

    public sealed record ReferralRow(Guid Id, string Reference, ServiceCategory Category, string ServiceName, string ToInstitution, ReferralUrgency Urgency,
        ReferralStatus Status, DateTime SentAt, DateTime StatusChangedAt, Guid? PlanActionId, bool ConsentOverride, string? StatusReason,
        string? Delivered, bool FollowedUp);

    public sealed record TransferView(Guid Id, Guid FromInstitutionId, string FromInstitution, Guid ToInstitutionId, string ToInstitution, string Reason,
        TransferStatus Status, DateTime RequestedAt, DateTime? RespondedAt, string? DeclineReason);

    public sealed record Details(
        Guid Id, PersonCard Person, CaseStatus Status, DateTime OpenedAt, DateTime StatusChangedAt, Guid CaseWorkerId, string CaseWorker,
        Guid InstitutionId, string Institution, Guid? ReturnEventId, ChildStatus? ChildStatus, bool ChildProtectionRequired,
        bool HasChildProtectionReferral, IReadOnlyList<Vulnerability> Vulnerabilities, string? Notes, DateOnly? AssessmentDueOn,
        DateOnly? PlanDueOn, DateOnly? FollowUpDueOn, CaseClosureReason? ClosureReason, string? ClosureNote, DateTime? ClosedAt,
        ConsentView? Consent, IReadOnlyList<ConsentView> ConsentHistory, IReadOnlyList<MemberView> Members,
        AssessmentView? LatestAssessment, IReadOnlyList<AssessmentRow> Assessments, PlanView? Plan, IReadOnlyList<ReferralRow> Referrals,
        TransferView? PendingTransfer, IReadOnlyList<TransferView> Transfers, IReadOnlyList<CaseStatus> NextSteps, int Version);

    /// <returns>null when the case does not exist or belongs to another institution.</returns>
    public async Task<Details?> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Consents).Include(x => x.Members).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id && x.InstitutionId == me.InstitutionId, ct);
        if (c is null)
        {
            return null;
        }
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var today = time.Today;
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.CaseId == id).OrderByDescending(a => a.RecordedAt)
            .Select(a => new { a.Id, a.AssessedOn, a.RecordedAt, Ratings = a.Ratings.Select(r => new { r.Item, r.Level }).ToList() })
            .ToListAsync(ct);
        var latest = assessments.Count == 0 ? null : await AssessmentAsync(id, assessments[0].Id, audited: false, ct);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Actions).FirstOrDefaultAsync(p => p.CaseId == id, ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == id).OrderByDescending(r => r.SentAt)
            .Select(r => new
            {
                r.Id,
                r.Category,
                r.Urgency,
                r.Status,
                r.SentAt,
                r.StatusChangedAt,
                r.PlanActionId,
                r.ConsentOverride,
                r.StatusReason,
                r.Delivered,
                r.FollowedUpAt,
                Service = db.Services.Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault() ?? "",
                To = db.Institutions.Where(i => i.Id == r.ToInstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
            }).ToListAsync(ct);
        var transfers = await Transfers(db.CaseTransfers.Where(t => t.CaseId == id)).ToListAsync(ct);
        var userIds = c.Consents.Select(x => x.RecordedByUserId).Append(c.CaseWorkerId)
            .Concat(plan is null ? [] : new[] { plan.SubmittedByUserId, plan.ApprovedByUserId }.OfType<Guid>()).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var memberIds = c.Members.Where(m => m.MemberPersonId is not null).Select(m => m.MemberPersonId!.Value).ToList();
        var memberNames = await db.People.AsNoTracking().Where(p => memberIds.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.GivenNames + " " + p.FirstSurname }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == c.InstitutionId).Select(i => i.Name).FirstAsync(ct);

        audit.Viewed(nameof(ReintegrationCase), id, c.PersonId);
        await audit.SaveAsync(ct);

        var referralStatus = referrals.ToDictionary(r => r.Id, r => r.Status);
        var threshold = settings.ApprovalThreshold;
        string Name(Guid? u) => u is { } x && users.TryGetValue(x, out var n) ? n : "";
        ConsentView ToView(Consent x) => new(x.Id, x.DataCollection, x.SharingWith, Split(x.SharedFields), x.FollowUpContact, x.EmployerProposal,
            x.GivenBy, x.ProxyName, x.ProxyRelationship, x.GivenOn, x.Notes, x.RecordedAt, Name(x.RecordedByUserId), x.SupersededAt,
            x.WithdrawnAt, x.WithdrawalReason, x.IsCurrent);
        var consents = c.Consents.OrderByDescending(x => x.RecordedAt).Select(ToView).ToList();
        var rows = assessments.Select(a => new AssessmentRow(a.Id, a.AssessedOn, a.RecordedAt,
            Level(a.Ratings.Select(r => (r.Item, r.Level)), Dimension.Economic),
            Level(a.Ratings.Select(r => (r.Item, r.Level)), Dimension.Social),
            Level(a.Ratings.Select(r => (r.Item, r.Level)), Dimension.Psychosocial))).ToList();
        PlanView? planView = plan is null ? null : new PlanView(plan.Goal, plan.Status, plan.Currency, plan.CommittedAmount, threshold,
            plan.NeedsApproval(threshold), plan.IsReady(threshold), plan.ApprovedAmount, plan.AgreedOn, plan.SubmittedAt, Name(plan.SubmittedByUserId),
            plan.SubmittedByUserId, plan.ApprovedAt, Name(plan.ApprovedByUserId), plan.ReturnedReason,
            plan.Actions.OrderBy(a => a.Dimension).ThenBy(a => a.CreatedAt).Select(a => new ActionView(a.Id, a.Dimension, a.Level, a.Kind, a.Description,
                a.Amount, a.Currency, a.ServiceCategory, a.TargetDate, a.Status, a.ReferralId,
                a.ReferralId is { } rid && referralStatus.TryGetValue(rid, out var rs) ? rs : null, a.Outcome, a.CompletedAt,
                !a.Status.IsFinished() && a.TargetDate < today, a.Version)).ToList(),
            plan.Version);
        var hasChildProtection = referrals.Any(r => r.Category == ServiceCategory.ChildProtection
            && r.Status is not (ReferralStatus.Declined or ReferralStatus.Withdrawn or ReferralStatus.Closed));

        return new Details(
            c.Id, Card(person, today), c.Status, c.OpenedAt, c.StatusChangedAt, c.CaseWorkerId, Name(c.CaseWorkerId), c.InstitutionId, institution,
            c.ReturnEventId, c.ChildStatus, c.ChildProtectionRequired, hasChildProtection, Split(c.Vulnerabilities), c.Notes,
            c.AssessmentDueOn, c.PlanDueOn, c.FollowUpDueOn, c.ClosureReason, c.ClosureNote, c.ClosedAt,
            consents.FirstOrDefault(x => x.IsCurrent), consents,
            c.Members.OrderBy(m => m.AddedAt).Select(m => new MemberView(m.Id, m.MemberPersonId,
                m.MemberPersonId is { } mp && memberNames.TryGetValue(mp, out var mn) ? mn : m.Name ?? "", m.Relationship, m.BirthYear)).ToList(),
            latest, rows, planView,
            referrals.Select(r => new ReferralRow(r.Id, Referral.ReferenceOf(r.Id), r.Category, r.Service, r.To, r.Urgency, r.Status, r.SentAt,
                r.StatusChangedAt, r.PlanActionId, r.ConsentOverride, r.StatusReason, r.Delivered, r.FollowedUpAt is not null)).ToList(),
            transfers.FirstOrDefault(t => t.Status == TransferStatus.Pending), transfers,
            c.IsClosed ? [] : ReintegrationCase.MovesFrom(c.Status), c.Version);
    }

    /// <summary>One assessment of a case of the user's institution (for the history); null when not found there.</summary>
    public async Task<AssessmentView?> AssessmentAsync(Guid caseId, Guid assessmentId, bool audited, CancellationToken ct)
    {
        var a = await db.Assessments.AsNoTracking().Include(x => x.Ratings).Include(x => x.Occupations).AsSplitQuery()
            .Where(x => x.Id == assessmentId && x.CaseId == caseId && db.Cases.Any(c => c.Id == caseId && c.InstitutionId == me.InstitutionId))
            .FirstOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }
        var by = await db.Users.AsNoTracking().Where(u => u.Id == a.RecordedByUserId).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? "";
        if (audited)
        {
            audit.Viewed(nameof(NeedsAssessment), a.Id, a.PersonId);
            await audit.SaveAsync(ct);
        }
        return new AssessmentView(a.Id, a.AssessedOn, a.RecordedAt, by,
            Enum.GetValues<Dimension>().Select(d => new DimensionView(d, NeedsAssessment.Level(a.Ratings, d), a.Summary(d))).ToList(),
            a.Ratings.OrderBy(r => r.Item).Select(r => new RatingView(r.Item, r.Item.DimensionOf(), r.Level)).ToList(),
            a.WantsSkillsCertification,
            a.Occupations.Select(o => new OccupationView(o.IscoCode, o.Period, o.Years, o.Notes)).ToList());
    }

    internal IQueryable<TransferView> Transfers(IQueryable<CaseTransfer> transfers) =>
        transfers.AsNoTracking().OrderByDescending(t => t.RequestedAt).Select(t => new TransferView(t.Id,
            t.FromInstitutionId, db.Institutions.Where(i => i.Id == t.FromInstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
            t.ToInstitutionId, db.Institutions.Where(i => i.Id == t.ToInstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
            t.Reason, t.Status, t.RequestedAt, t.RespondedAt, t.DeclineReason));

    internal static PersonCard Card(Person p, DateOnly today) => new(p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.Sex, p.BirthDate,
        p.BirthYear, p.BirthDatePrecision, p.AgeOn(today), p.NationalityCode, p.OriginAdm1, p.OriginAdm2, p.Phone, p.LanguageCodes);

    internal static NeedLevel? Level(IEnumerable<(AssessmentItem Item, NeedLevel Level)> ratings, Dimension d)
    {
        var known = ratings.Where(r => r.Item.DimensionOf() == d && r.Level != NeedLevel.Unknown).Select(r => r.Level).ToList();
        return known.Count == 0 ? null : known.Max();
    }

    internal static IReadOnlyList<T> Split<T>(T flags) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f)).ToList();
}
