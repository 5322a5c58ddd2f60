using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

/// <summary>
/// The provider's side: the referrals sent to the user's institution and nothing else. Of the person the provider
/// sees only the copy shared with the referral; every read is an audit entry. Accept or decline (with a reason),
/// start, complete (saying what was delivered) or close without completing.
/// </summary>
public sealed class ReceivedReferrals(AppDbContext db, CurrentUser me, Checks checks, TimeProvider clock, AuditLog audit)
{
    public const int PageSize = 25;

    public sealed class AnswerInput
    {
        /// <summary>Declining or closing: why. Completing: what was delivered.</summary>
        public string? Text { get; set; }

        public int? Version { get; set; }
    }

    public sealed record InboxRow(Guid Id, string Reference, string? PersonName, bool? IsChild, ServiceCategory Category, string ServiceName,
        string FromInstitution, ReferralUrgency Urgency, ReferralStatus Status, DateTime SentAt, DateTime StatusChangedAt);

    public sealed record Inbox(IReadOnlyList<InboxRow> Items, int Page, int Total, int New, int Accepted, int InProgress);

    public async Task<Inbox> InboxAsync(ReferralStatus? status, int? page, CancellationToken ct)
    {
        var p = Math.Clamp(page ?? 1, 1, 10_000);
        var mine = db.Referrals.AsNoTracking().Where(r => r.ToInstitutionId == me.InstitutionId);
        var counts = await mine.Where(r => r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var query = status is { } s ? mine.Where(r => r.Status == s)
            : mine.Where(r => r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress);
        var total = await query.CountAsync(ct);
        // Urgent first, then the longest waiting.
        var rows = await query.OrderByDescending(r => r.Urgency).ThenBy(r => r.StatusChangedAt).Skip((p - 1) * PageSize).Take(PageSize)
            .Select(r => new
            {
                r.Id,
                r.PersonId,
                r.Snapshot.GivenNames,
                r.Snapshot.Surnames,
                r.Snapshot.IsChild,
                r.Category,
                r.Urgency,
                r.Status,
                r.SentAt,
                r.StatusChangedAt,
                Service = db.Services.Where(x => x.Id == r.ServiceId).Select(x => x.Name).FirstOrDefault() ?? "",
                From = db.Institutions.Where(i => i.Id == r.FromInstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
            }).ToListAsync(ct);
        foreach (var r in rows)
        {
            audit.Add(AuditActions.Listed, nameof(Referral), r.Id.ToString(), r.PersonId);
        }
        await audit.SaveAsync(ct);
        return new Inbox(rows.Select(r => new InboxRow(r.Id, Referral.ReferenceOf(r.Id),
                r.GivenNames is null && r.Surnames is null ? null : $"{r.GivenNames} {r.Surnames}".Trim(), r.IsChild, r.Category, r.Service, r.From,
                r.Urgency, r.Status, r.SentAt, r.StatusChangedAt)).ToList(), p, total,
            counts.FirstOrDefault(c => c.Key == ReferralStatus.Sent)?.Count ?? 0,
            counts.FirstOrDefault(c => c.Key == ReferralStatus.Accepted)?.Count ?? 0,
            counts.FirstOrDefault(c => c.Key == ReferralStatus.InProgress)?.Count ?? 0);
    }

    /// <returns>null when the referral was not sent to the user's institution.</returns>
    public async Task<ReferralView?> GetAsync(Guid id, CancellationToken ct)
    {
        var view = await ReferralView.LoadAsync(db, Scoped(id), clock.GetUtcNow().UtcDateTime, includeOverrideReason: false, ct);
        if (view is null)
        {
            return null;
        }
        var personId = await db.Referrals.Where(r => r.Id == id).Select(r => r.PersonId).FirstAsync(ct);
        audit.Viewed(nameof(Referral), id, personId, "provider");
        await audit.SaveAsync(ct);
        // Once consent is withdrawn, the provider keeps only the fact that there was a referral and why it stopped.
        return view.Person.ErasedAt is null ? view : view with { Reason = "", Delivered = null };
    }

    public Task<bool> AcceptAsync(Guid id, AnswerInput input, CancellationToken ct) =>
        AnswerAsync(id, input, required: false, (r, now) => r.Accept(me.Id, me.InstitutionId, now), ct);

    public Task<bool> DeclineAsync(Guid id, AnswerInput input, CancellationToken ct) =>
        AnswerAsync(id, input, required: true, (r, now) => r.Decline(input.Text!, me.Id, me.InstitutionId, now), ct);

    public Task<bool> StartAsync(Guid id, AnswerInput input, CancellationToken ct) =>
        AnswerAsync(id, input, required: false, (r, now) => r.Start(me.Id, me.InstitutionId, now), ct);

    public Task<bool> CompleteAsync(Guid id, AnswerInput input, CancellationToken ct) =>
        AnswerAsync(id, input, required: true, (r, now) => r.Complete(input.Text!, me.Id, me.InstitutionId, now), ct);

    public Task<bool> CloseAsync(Guid id, AnswerInput input, CancellationToken ct) =>
        AnswerAsync(id, input, required: true, (r, now) => r.Close(input.Text!, me.Id, me.InstitutionId, now), ct);

    private async Task<bool> AnswerAsync(Guid id, AnswerInput input, bool required, Action<Referral, DateTime> change, CancellationToken ct)
    {
        var r = await Scoped(id).FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.Text("text", input.Text, 2000, required);
        checks.ThrowIfInvalid();
        db.Entry(r).Property(x => x.Version).OriginalValue = input.Version!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        change(r, now);
        // The plan action the referral delivers follows it: done when completed, to be referred again when it ends otherwise.
        if (r.PlanActionId is { } a && await db.PlanActions.FirstOrDefaultAsync(x => x.Id == a, ct) is { } action)
        {
            action.FollowReferral(r.Status, r.Delivered, now);
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    private IQueryable<Referral> Scoped(Guid id) => db.Referrals.Where(r => r.Id == id && r.ToInstitutionId == me.InstitutionId);
}
