using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

/// <summary>
/// Sends a referral from a case (for a plan action, or directly) to a service of the directory. Nothing is shared
/// unless the person's current consent covers that kind of service and every field sent; otherwise only a role
/// allowed to override consent may send it, with a reason, and the override is its own audit entry. What is shared
/// is copied into the referral when it is sent.
/// </summary>
public sealed class SendReferral(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, CaseAccess cases, AuditLog audit,
    ILogger<SendReferral> log)
{
    public sealed class Input
    {
        public Guid? ServiceId { get; set; }

        /// <summary>The plan action this referral delivers; leave out for a referral straight from the case.</summary>
        public Guid? PlanActionId { get; set; }

        public ReferralUrgency? Urgency { get; set; }

        public string? Reason { get; set; }

        /// <summary>What to share; each field must be covered by the consent (or the override).</summary>
        public List<SharedField> SharedFields { get; set; } = [];

        /// <summary>Send although the consent does not cover it (roles allowed to override only), with a reason.</summary>
        public bool OverrideConsent { get; set; }

        public string? OverrideReason { get; set; }

        /// <summary>The version of the case you read: a consent withdrawn meanwhile makes the send fail.</summary>
        public int? Version { get; set; }
    }

    public sealed record Result(Guid ReferralId, string Reference, bool ConsentOverride);

    /// <summary>An urgent referral straight from reception: the person's (or a proxy's) consent to this one sharing is recorded with it.</summary>
    public sealed class UrgentInput
    {
        public Guid? ServiceId { get; set; }

        public ReferralUrgency? Urgency { get; set; }

        public string? Reason { get; set; }

        public List<SharedField> SharedFields { get; set; } = [];

        /// <summary>The person (or, for a child, the proxy named below) agreed to share these fields with this service.</summary>
        public bool ConsentGiven { get; set; }

        public ConsentGivenBy? GivenBy { get; set; }

        public string? ProxyName { get; set; }

        public ProxyRelationship? ProxyRelationship { get; set; }
    }

    /// <returns>null when the return is not the user's institution's.</returns>
    public async Task<Result?> SendFromReturnAsync(Guid returnId, UrgentInput input, CancellationToken ct)
    {
        var ret = await db.Returns.FirstOrDefaultAsync(r => r.Id == returnId && r.InstitutionId == me.InstitutionId, ct);
        if (ret is null)
        {
            return null;
        }
        var service = input.ServiceId is { } sid ? await db.Services.FirstOrDefaultAsync(s => s.Id == sid && s.IsActive, ct) : null;
        if (checks.Required("serviceId", input.ServiceId) && service is null)
        {
            checks.Add("serviceId", "Validation.UnknownOption");
        }
        checks.Enum("urgency", input.Urgency, required: true);
        checks.Text("reason", input.Reason, 2000, required: true);
        var fields = checks.Flags("sharedFields", input.SharedFields);
        if (input.SharedFields.Count == 0)
        {
            checks.Add("sharedFields", "Validation.Required");
        }
        if (!input.ConsentGiven)
        {
            checks.Add("consentGiven", "Referrals.ConsentNeeded");
        }
        checks.Enum("givenBy", input.GivenBy, required: true);
        var person = await db.People.Include(p => p.Documents).FirstAsync(p => p.Id == ret.PersonId, ct);
        var today = time.Today;
        var age = person.AgeOn(today);
        if (age is < ReturnEvent.AdultAge && input.GivenBy == ConsentGivenBy.Person)
        {
            checks.Add("givenBy", "Domain.Consent.ProxyRequiredForChild");
        }
        if (input.GivenBy == ConsentGivenBy.Proxy)
        {
            checks.Text("proxyName", input.ProxyName, 200, required: true);
            checks.Enum("proxyRelationship", input.ProxyRelationship, required: true);
        }
        checks.ThrowIfInvalid();
        if (service!.Ineligibility(age, person.Sex, ret.Vulnerabilities) is { } why)
        {
            throw new DomainException("Referral.NotEligible" + why);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var consent = new Consent(null, ret.Id, person.Id, me.InstitutionId, new ConsentTerms(true, [service.Category], fields, false, false,
            input.GivenBy!.Value, input.ProxyName, input.ProxyRelationship, today, null), me.Id, now);
        db.Consents.Add(consent);
        var (adm1, adm2) = ret.DestinationAdm1 is not null ? (ret.DestinationAdm1, ret.DestinationAdm2) : (person.OriginAdm1, person.OriginAdm2);
        var referral = new Referral(new ReferralOrigin(person.Id, me.InstitutionId, null, null, ret.Id), service, input.Urgency!.Value, input.Reason!,
            ReferralSnapshot.Build(fields, person, age, adm1, adm2, ret.Vulnerabilities, null), new ReferralAuthority(consent.Id, null), me.Id, now);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Urgent referral {ReferralId} sent from return {ReturnId} to service {ServiceId}", referral.Id, ret.Id, service.Id);
        return new Result(referral.Id, referral.Reference, false);
    }

    public async Task<Result?> SendAsync(Guid caseId, Input input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        var service = input.ServiceId is { } sid ? await db.Services.FirstOrDefaultAsync(s => s.Id == sid && s.IsActive, ct) : null;
        if (checks.Required("serviceId", input.ServiceId) && service is null)
        {
            checks.Add("serviceId", "Validation.UnknownOption");
        }
        checks.Enum("urgency", input.Urgency, required: true);
        checks.Text("reason", input.Reason, 2000, required: true);
        var fields = checks.Flags("sharedFields", input.SharedFields);
        if (fields == SharedField.None && input.SharedFields.Count == 0)
        {
            checks.Add("sharedFields", "Validation.Required");
        }
        PlanAction? action = null;
        if (input.PlanActionId is { } actionId)
        {
            var plan = await cases.PlanAsync(caseId, ct);
            action = plan?.Actions.FirstOrDefault(a => a.Id == actionId);
            if (action is null || action.Kind != PlanActionKind.Referral)
            {
                checks.Add("planActionId", "Validation.UnknownOption");
            }
            else if (service is not null && action.ServiceCategory != service.Category)
            {
                checks.Add("serviceId", "Referrals.CategoryMismatch");
            }
        }
        if (input.OverrideConsent)
        {
            checks.Text("overrideReason", input.OverrideReason, 1000, required: true);
        }
        checks.ThrowIfInvalid();
        c.EnsureNotClosed();

        var consent = c.CurrentConsent;
        ReferralAuthority authority;
        if (consent is not null && consent.Allows(service!.Category, fields))
        {
            authority = new ReferralAuthority(consent.Id, null);
        }
        else if (!input.OverrideConsent)
        {
            throw new DomainException(consent is null ? "Referral.NoConsent" : "Referral.NotCoveredByConsent");
        }
        else if (!me.Can(Policies.OverrideConsent))
        {
            throw new DomainException("Referral.OverrideNotAllowed");
        }
        else
        {
            authority = new ReferralAuthority(null, input.OverrideReason);
        }

        var person = await db.People.Include(p => p.Documents).FirstAsync(p => p.Id == c.PersonId, ct);
        var age = person.AgeOn(time.Today);
        if (service!.Ineligibility(age, person.Sex, c.Vulnerabilities) is { } why)
        {
            throw new DomainException("Referral.NotEligible" + why);
        }
        var ret = c.ReturnEventId is { } rid ? await db.Returns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rid, ct) : null;
        var latest = await db.Assessments.AsNoTracking().Include(a => a.Ratings).Where(a => a.CaseId == c.Id)
            .OrderByDescending(a => a.RecordedAt).FirstOrDefaultAsync(ct);
        // Where the person is now: the destination they gave on return, else where they come from.
        var (adm1, adm2) = ret is { DestinationAdm1: not null } ? (ret.DestinationAdm1, ret.DestinationAdm2) : (person.OriginAdm1, person.OriginAdm2);
        var snapshot = ReferralSnapshot.Build(fields, person, age, adm1, adm2, c.Vulnerabilities, latest);

        cases.ExpectVersion(c, input.Version!.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var referral = new Referral(new ReferralOrigin(c.PersonId, c.InstitutionId, c.Id, action?.Id, null), service, input.Urgency!.Value,
            input.Reason!, snapshot, authority, me.Id, now);
        db.Referrals.Add(referral);
        action?.Referred(referral.Id);
        c.Touch(now);
        if (authority.OverrideReason is not null)
        {
            // The reason may name the person; the trail keeps only that an override happened and for what kind of service.
            audit.Add(AuditActions.ConsentOverride, nameof(Referral), referral.Id.ToString(), c.PersonId, $"category={service.Category}");
        }
        await db.SaveChangesAsync(ct);
        log.LogInformation("Referral {ReferralId} sent from case {CaseId} to service {ServiceId} (override: {Override})",
            referral.Id, c.Id, service.Id, authority.OverrideReason is not null);
        return new Result(referral.Id, referral.Reference, authority.OverrideReason is not null);
    }
}
