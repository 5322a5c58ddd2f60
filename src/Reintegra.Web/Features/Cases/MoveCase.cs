using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Referrals;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// Moves a case through its stages, closes it with a reason (stopping its open referrals), reassigns it inside the
/// institution, and sets the next follow-up date.
/// </summary>
public sealed class MoveCase(AppDbContext db, Checks checks, LocalTime time, TimeProvider clock, CaseAccess cases, CaseSettings settings, StopReferrals stop)
{
    public sealed class MoveInput
    {
        public CaseStatus? To { get; set; }

        public int? Version { get; set; }
    }

    public sealed class CloseInput
    {
        public CaseClosureReason? Reason { get; set; }

        public string? Note { get; set; }

        public int? Version { get; set; }
    }

    public sealed class AssignInput
    {
        public Guid? CaseWorkerId { get; set; }

        public int? Version { get; set; }
    }

    public sealed class ChildProtectionInput
    {
        public ChildStatus? ChildStatus { get; set; }

        public int? Version { get; set; }
    }

    public sealed class FollowUpInput
    {
        public DateOnly? DueOn { get; set; }

        public int? Version { get; set; }
    }

    public async Task<CaseStatus?> MoveAsync(Guid caseId, MoveInput input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        checks.Enum("to", input.To, required: true);
        checks.ThrowIfInvalid();
        cases.ExpectVersion(c, input.Version!.Value);
        var progress = await cases.ProgressAsync(c, await cases.PlanAsync(caseId, ct), ct);
        c.MoveTo(input.To!.Value, progress, time.Today, settings.Schedule, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return c.Status;
    }

    public async Task<bool> CloseAsync(Guid caseId, CloseInput input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.Enum("reason", input.Reason, required: true);
        checks.Text("note", input.Note, 1000, required: input.Reason == CaseClosureReason.Other);
        checks.ThrowIfInvalid();
        cases.ExpectVersion(c, input.Version!.Value);
        var progress = await cases.ProgressAsync(c, await cases.PlanAsync(caseId, ct), ct);
        c.Close(input.Reason!.Value, input.Note, progress, clock.GetUtcNow().UtcDateTime);
        // Nobody follows a closed case's referrals up: they stop, and the provider sees why.
        await stop.StopAsync(c.Id, _ => true, StopReferrals.CaseClosed, eraseSharedData: false, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> ReassignAsync(Guid caseId, AssignInput input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        if (checks.Required("caseWorkerId", input.CaseWorkerId) && !await OpenCase.IsCaseWorkerAsync(db, input.CaseWorkerId!.Value, c.InstitutionId, ct))
        {
            checks.Add("caseWorkerId", "Cases.NotACaseWorker");
        }
        checks.ThrowIfInvalid();
        cases.ExpectVersion(c, input.Version!.Value);
        c.Reassign(input.CaseWorkerId!.Value, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The child turns out to be unaccompanied or separated: the case needs a child-protection referral from now on.</summary>
    public async Task<bool> MarkChildProtectionAsync(Guid caseId, ChildProtectionInput input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.Enum("childStatus", input.ChildStatus, required: true);
        var person = await db.People.FindAsync([c.PersonId], ct);
        if (person!.AgeOn(time.Today) is >= ReturnEvent.AdultAge)
        {
            checks.Add("childStatus", "Domain.Return.ChildStatusOnlyForChildren");
        }
        checks.ThrowIfInvalid();
        cases.ExpectVersion(c, input.Version!.Value);
        c.MarkChildProtection(input.ChildStatus!.Value, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> SetFollowUpAsync(Guid caseId, FollowUpInput input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        if (checks.Required("dueOn", input.DueOn) && (input.DueOn < time.Today || input.DueOn > time.Today.AddYears(2)))
        {
            checks.Add("dueOn", "Validation.Range", time.Today.Year, time.Today.AddYears(2).Year);
        }
        checks.ThrowIfInvalid();
        cases.ExpectVersion(c, input.Version!.Value);
        c.SetFollowUpDue(input.DueOn!.Value, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
