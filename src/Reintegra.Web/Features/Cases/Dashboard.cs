using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.FollowUp;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>What a case worker has to do next.</summary>
public enum CaseTaskKind
{
    ChildProtectionReferral = 1,
    Assessment = 2,
    Plan = 3,
    PlanReturned = 4,
    Action = 5,
    FollowUp = 6,
    Survey = 7,
}

/// <summary>
/// The case worker's dashboard: tasks with their due dates, overdue first; referral follow-through (pending too
/// long, declined or closed, completed) until the case worker marks each one followed up; and, for supervisors,
/// plans waiting for approval. A supervisor may look at the whole team. Each person listed is an audit entry.
/// </summary>
public sealed class Dashboard(AppDbContext db, CurrentUser me, AuditLog audit, LocalTime time, TimeProvider clock, CaseSettings settings, FollowUpSchedule followUp)
{
    public const int MaxRows = 100;

    public sealed record TaskRow(CaseTaskKind Kind, Guid CaseId, Guid PersonId, string PersonName, DateOnly DueOn, bool Overdue, string? Detail, Guid? ActionId);

    public sealed record ReferralAlert(Guid Id, string Reference, Guid? CaseId, Guid PersonId, string PersonName, ServiceCategory Category, string ServiceName,
        string ToInstitution, ReferralStatus Status, DateTime StatusChangedAt, int DaysInState, string? StatusReason, int Version);

    public sealed record FollowThrough(IReadOnlyList<ReferralAlert> PendingTooLong, IReadOnlyList<ReferralAlert> Declined, IReadOnlyList<ReferralAlert> Completed);

    public sealed record ApprovalRow(Guid CaseId, Guid PersonId, string PersonName, decimal Amount, string Currency, DateTime? SubmittedAt, string SubmittedBy);

    public sealed record Result(IReadOnlyList<TaskRow> Tasks, int Overdue, int DueThisWeek, FollowThrough Referrals, IReadOnlyList<ApprovalRow> Approvals,
        int IncomingTransfers, int OpenCases, bool Team, int PendingDays);

    public async Task<Result> GetAsync(bool team, CancellationToken ct)
    {
        team &= me.Can(Policies.AssignCases);
        var today = time.Today;
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = me.Id;
        var institution = me.InstitutionId;
        Expression<Func<ReintegrationCase, bool>> mine = team
            ? c => c.InstitutionId == institution && c.Status != CaseStatus.Closed
            : c => c.CaseWorkerId == userId && c.InstitutionId == institution && c.Status != CaseStatus.Closed;
        var cases = db.Cases.AsNoTracking().Where(mine);

        var tasks = new List<TaskRow>();
        tasks.AddRange((await cases.Where(c => c.AssessmentDueOn != null)
                .OrderBy(c => c.AssessmentDueOn).Take(MaxRows)
                .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c.Id, c.PersonId, p.GivenNames, p.FirstSurname, Due = c.AssessmentDueOn!.Value })
                .ToListAsync(ct))
            .Select(x => Row(CaseTaskKind.Assessment, x.Id, x.PersonId, x.GivenNames, x.FirstSurname, x.Due, null, null, today)));
        tasks.AddRange((await cases.Where(c => c.PlanDueOn != null)
                .OrderBy(c => c.PlanDueOn).Take(MaxRows)
                .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c.Id, c.PersonId, p.GivenNames, p.FirstSurname, Due = c.PlanDueOn!.Value })
                .ToListAsync(ct))
            .Select(x => Row(CaseTaskKind.Plan, x.Id, x.PersonId, x.GivenNames, x.FirstSurname, x.Due, null, null, today)));
        tasks.AddRange((await cases.Where(c => c.FollowUpDueOn != null)
                .OrderBy(c => c.FollowUpDueOn).Take(MaxRows)
                .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c.Id, c.PersonId, p.GivenNames, p.FirstSurname, Due = c.FollowUpDueOn!.Value })
                .ToListAsync(ct))
            .Select(x => Row(CaseTaskKind.FollowUp, x.Id, x.PersonId, x.GivenNames, x.FirstSurname, x.Due, null, null, today)));
        // Follow-up surveys (RSS) due soon or overdue, by the follow-up schedule.
        tasks.AddRange((await followUp.DueAsync(cases, today, ct))
            .Select(x => new TaskRow(CaseTaskKind.Survey, x.CaseId, x.PersonId, x.PersonName, x.DueOn, x.DueOn < today, null, null)));
        // An unaccompanied or separated child without a live child-protection referral: due the day the case opened.
        tasks.AddRange((await cases.Where(c => c.ChildProtectionRequired
                    && !db.Referrals.Any(r => r.CaseId == c.Id && r.Category == ServiceCategory.ChildProtection
                        && r.Status != ReferralStatus.Declined && r.Status != ReferralStatus.Withdrawn && r.Status != ReferralStatus.Closed))
                .OrderBy(c => c.OpenedAt).Take(MaxRows)
                .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c.Id, c.PersonId, p.GivenNames, p.FirstSurname, c.OpenedAt })
                .ToListAsync(ct))
            .Select(x => Row(CaseTaskKind.ChildProtectionReferral, x.Id, x.PersonId, x.GivenNames, x.FirstSurname,
                DateOnly.FromDateTime(time.ToLocal(x.OpenedAt)), null, null, today, alwaysOverdue: true)));
        tasks.AddRange((await cases
                .Join(db.Plans.Where(p => p.Status == PlanStatus.Draft && p.ReturnedReason != null), c => c.Id, p => p.CaseId, (c, p) => new { c, p })
                .OrderBy(x => x.p.UpdatedAt).Take(MaxRows)
                .Join(db.People, x => x.c.PersonId, p => p.Id, (x, p) => new { x.c.Id, x.c.PersonId, p.GivenNames, p.FirstSurname, x.p.UpdatedAt, x.p.ReturnedReason })
                .ToListAsync(ct))
            .Select(x => Row(CaseTaskKind.PlanReturned, x.Id, x.PersonId, x.GivenNames, x.FirstSurname,
                DateOnly.FromDateTime(time.ToLocal(x.UpdatedAt)), x.ReturnedReason, null, today)));
        tasks.AddRange((await cases
                .Join(db.PlanActions.Where(a => (a.Status == PlanActionStatus.Planned || a.Status == PlanActionStatus.InProgress) && a.TargetDate != null),
                    c => c.Id, a => a.CaseId, (c, a) => new { c, a })
                .OrderBy(x => x.a.TargetDate).Take(MaxRows)
                .Join(db.People, x => x.c.PersonId, p => p.Id,
                    (x, p) => new { x.c.Id, x.c.PersonId, p.GivenNames, p.FirstSurname, Due = x.a.TargetDate!.Value, x.a.Description, ActionId = x.a.Id })
                .ToListAsync(ct))
            .Select(x => Row(CaseTaskKind.Action, x.Id, x.PersonId, x.GivenNames, x.FirstSurname, x.Due, x.Description, x.ActionId, today)));

        var ordered = tasks.OrderBy(t => t.DueOn).ThenBy(t => t.Kind).Take(MaxRows).ToList();
        var followThrough = await FollowThroughAsync(cases, institution, now, ct);
        var approvals = me.Can(Policies.ApproveCasePlans) ? await ApprovalsAsync(ct) : [];
        var incoming = await db.CaseTransfers.CountAsync(t => t.ToInstitutionId == institution && t.Status == TransferStatus.Pending, ct);
        var open = await cases.CountAsync(ct);

        var listed = ordered.Select(t => t.PersonId)
            .Concat(followThrough.PendingTooLong.Concat(followThrough.Declined).Concat(followThrough.Completed).Select(r => r.PersonId))
            .Concat(approvals.Select(a => a.PersonId)).Distinct();
        foreach (var personId in listed)
        {
            audit.Add(AuditActions.Listed, "Dashboard", personId.ToString(), personId);
        }
        await audit.SaveAsync(ct);

        return new Result(ordered, tasks.Count(t => t.Overdue), tasks.Count(t => !t.Overdue && t.DueOn <= today.AddDays(7)), followThrough,
            approvals, incoming, open, team, settings.ReferralPendingDays);
    }

    private async Task<FollowThrough> FollowThroughAsync(IQueryable<ReintegrationCase> cases, Guid institution, DateTime now, CancellationToken ct)
    {
        var pendingSince = now.AddDays(-settings.ReferralPendingDays);
        // A case's referrals are owned by the case's institution (a transfer moves them): saying so lets the database
        // start from the office's referrals in that state instead of probing every open case of a team (55 ms -> 0.3 ms
        // for a team of 4,875 open cases in the cases bench).
        var referrals = cases.Join(db.Referrals.Where(r => r.OwnerInstitutionId == institution), c => c.Id, r => r.CaseId, (c, r) => r);
        async Task<List<ReferralAlert>> Alerts(IQueryable<Referral> q) =>
            (await q.OrderBy(r => r.StatusChangedAt).Take(MaxRows)
                .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new
                {
                    r.Id,
                    r.CaseId,
                    r.PersonId,
                    p.GivenNames,
                    p.FirstSurname,
                    r.Category,
                    r.Status,
                    r.StatusChangedAt,
                    r.StatusReason,
                    r.Version,
                    Service = db.Services.Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault() ?? "",
                    To = db.Institutions.Where(i => i.Id == r.ToInstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
                }).ToListAsync(ct))
            .Select(r => new ReferralAlert(r.Id, Referral.ReferenceOf(r.Id), r.CaseId, r.PersonId, $"{r.GivenNames} {r.FirstSurname}", r.Category, r.Service, r.To,
                r.Status, r.StatusChangedAt, (int)(now - r.StatusChangedAt).TotalDays, r.StatusReason, r.Version)).ToList();
        return new FollowThrough(
            await Alerts(referrals.Where(r => (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted) && r.StatusChangedAt < pendingSince)),
            await Alerts(referrals.Where(r => (r.Status == ReferralStatus.Declined || r.Status == ReferralStatus.Closed) && r.FollowedUpAt == null)),
            await Alerts(referrals.Where(r => r.Status == ReferralStatus.Completed && r.FollowedUpAt == null)));
    }

    private async Task<List<ApprovalRow>> ApprovalsAsync(CancellationToken ct)
    {
        var rows = await (
            from p in db.Plans.AsNoTracking()
            where p.Status == PlanStatus.PendingApproval
            join c in db.Cases on p.CaseId equals c.Id
            where c.InstitutionId == me.InstitutionId
            join person in db.People on c.PersonId equals person.Id
            orderby p.SubmittedAt
            select new
            {
                c.Id,
                c.PersonId,
                person.GivenNames,
                person.FirstSurname,
                p.Currency,
                p.SubmittedAt,
                By = db.Users.Where(u => u.Id == p.SubmittedByUserId).Select(u => u.FullName).FirstOrDefault() ?? "",
                Amounts = db.PlanActions.Where(a => a.CaseId == c.Id && a.Status != PlanActionStatus.Cancelled && a.Amount != null).Select(a => a.Amount!.Value).ToList(),
            }).Take(MaxRows).ToListAsync(ct);
        return rows.Select(r => new ApprovalRow(r.Id, r.PersonId, $"{r.GivenNames} {r.FirstSurname}", r.Amounts.Sum(), r.Currency, r.SubmittedAt, r.By)).ToList();
    }

    private static TaskRow Row(CaseTaskKind kind, Guid caseId, Guid personId, string given, string surname, DateOnly due, string? detail, Guid? actionId,
        DateOnly today, bool alwaysOverdue = false) =>
        new(kind, caseId, personId, $"{given} {surname}", due, alwaysOverdue || due < today, detail, actionId);
}
