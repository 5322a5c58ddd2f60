using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Referrals;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// Records what the person agreed to (explicitly, or by a proxy for a child), and records its withdrawal. Both take
/// effect at once: open referrals the consent no longer covers are stopped in the same save, and nothing new is shared.
/// </summary>
public sealed class RecordConsent(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, CaseAccess cases, StopReferrals stop)
{
    public sealed class Input
    {
        public bool DataCollection { get; set; }

        public List<ServiceCategory> SharingWith { get; set; } = [];

        public List<SharedField> SharedFields { get; set; } = [];

        public bool FollowUpContact { get; set; }

        public bool EmployerProposal { get; set; }

        public ConsentGivenBy? GivenBy { get; set; }

        public string? ProxyName { get; set; }

        public ProxyRelationship? ProxyRelationship { get; set; }

        public DateOnly? GivenOn { get; set; }

        public string? Notes { get; set; }

        /// <summary>The version of the case you read.</summary>
        public int? Version { get; set; }
    }

    public sealed class WithdrawInput
    {
        public string? Reason { get; set; }

        public int? Version { get; set; }
    }

    public sealed record Result(Guid ConsentId, int StoppedReferrals);

    public async Task<Result?> RecordAsync(Guid caseId, Input input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        var person = await db.People.FindAsync([c.PersonId], ct);
        var today = time.Today;
        var isChild = person!.AgeOn(today) is < ReturnEvent.AdultAge;
        checks.Required("version", input.Version);
        checks.Enum("givenBy", input.GivenBy, required: true);
        if (isChild && input.GivenBy == ConsentGivenBy.Person)
        {
            checks.Add("givenBy", "Domain.Consent.ProxyRequiredForChild");
        }
        if (input.GivenBy == ConsentGivenBy.Proxy)
        {
            checks.Text("proxyName", input.ProxyName, 200, required: true);
            checks.Enum("proxyRelationship", input.ProxyRelationship, required: true);
        }
        if (checks.Required("givenOn", input.GivenOn) && input.GivenOn > today)
        {
            checks.Add("givenOn", "Validation.DateInFuture");
        }
        else if (input.GivenOn < today.AddYears(-5))
        {
            checks.Add("givenOn", "Validation.DateTooOld");
        }
        foreach (var (category, i) in input.SharingWith.Select((x, i) => (x, i)))
        {
            checks.Enum<ServiceCategory>($"sharingWith[{i}]", category, required: true);
        }
        var fields = checks.Flags("sharedFields", input.SharedFields);
        checks.Text("notes", input.Notes, 1000);
        if (!input.DataCollection && (input.SharingWith.Count > 0 || fields != SharedField.None || input.FollowUpContact || input.EmployerProposal))
        {
            checks.Add("dataCollection", "Cases.SharingNeedsDataCollection");
        }
        checks.ThrowIfInvalid();

        cases.ExpectVersion(c, input.Version!.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var terms = new ConsentTerms(input.DataCollection, input.SharingWith.Distinct().ToList(), fields, input.FollowUpContact,
            input.EmployerProposal, input.GivenBy!.Value, input.ProxyName, input.ProxyRelationship, input.GivenOn!.Value, input.Notes);
        var consent = c.RecordConsent(terms, isChild, me.Id, now);
        // A narrower consent is a partial withdrawal: what it no longer covers stops now. Overrides stand on their own reason.
        var stopped = await stop.StopAsync(c.Id, r => !r.ConsentOverride && !consent.Allows(r.Category, r.Snapshot.Fields),
            StopReferrals.ConsentNarrowed, eraseSharedData: true, ct);
        await db.SaveChangesAsync(ct);
        return new Result(consent.Id, stopped);
    }

    public async Task<Result?> WithdrawAsync(Guid caseId, WithdrawInput input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        checks.Text("reason", input.Reason, 1000, required: true);
        checks.ThrowIfInvalid();
        cases.ExpectVersion(c, input.Version!.Value);
        var withdrawn = c.WithdrawConsent(input.Reason!, me.Id, clock.GetUtcNow().UtcDateTime);
        var stopped = await stop.StopAsync(c.Id, r => !r.ConsentOverride, StopReferrals.ConsentWithdrawn, eraseSharedData: true, ct);
        await db.SaveChangesAsync(ct);
        return new Result(withdrawn.Id, stopped);
    }
}
