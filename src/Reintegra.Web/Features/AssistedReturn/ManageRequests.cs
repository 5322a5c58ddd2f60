using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn.Handoff;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>The answer of a step: done (with the request as it now is), not found, or not allowed to this user.</summary>
public sealed record StepResult<T>(StepOutcome Outcome, T? Value)
{
    public static StepResult<T> NotFound { get; } = new(StepOutcome.NotFound, default);

    public static StepResult<T> Forbidden { get; } = new(StepOutcome.Forbidden, default);
}

/// <summary>
/// The requester's side of an assisted return: draft, record consent, submit, cancel; and, with the processing
/// office, arrange the travel and record that the person travelled. Shared by the API and the pages.
/// </summary>
public sealed class ManageRequests(AppDbContext db, CurrentUser me, Checks checks, TimeProvider clock, LocalTime time, AvrAccess access, RequestView view, StepRunner steps,
    AnnounceReturn announce, HandoffOutbox outbox)
{
    public sealed class ConsentInput
    {
        public ConsentGiver? Giver { get; set; }

        public string? ProxyName { get; set; }

        public string? ProxyRelationship { get; set; }

        public List<ConsentShare> Shares { get; set; } = [];

        public int? Version { get; set; }
    }

    public sealed class ReasonInput
    {
        public string? Reason { get; set; }

        public int? Version { get; set; }
    }

    public sealed class TravelInput
    {
        public ReturnMode? Mode { get; set; }

        /// <summary>In the API an ISO 8601 time with offset or Z; in forms the local time of the instance.</summary>
        public DateTime? DepartureAt { get; set; }

        public DateTime? ExpectedArrivalAt { get; set; }

        public string? Itinerary { get; set; }

        public string? PointOfEntry { get; set; }

        public string? EscortName { get; set; }

        public int? Version { get; set; }
    }

    public sealed class TravelledInput
    {
        public DateTime? TravelledAt { get; set; }

        public int? Version { get; set; }
    }

    public sealed class VersionInput
    {
        public int? Version { get; set; }
    }

    public sealed record Office(Guid Id, string Name, string CountryCode);

    /// <summary>Creates a draft. Only a requesting institution's consular officers (never the migrant, who has no account here).</summary>
    public async Task<StepResult<RequestView.Details>> CreateAsync(RequestInput input, CancellationToken ct)
    {
        if (!me.Can(Policies.RequestReturns) || !await access.InstitutionMayRequestAsync(ct))
        {
            return StepResult<RequestView.Details>.Forbidden;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var (details, family) = await ReadAsync(input, ct);
        var request = new AvrRequest(me.InstitutionId, access.Actor, now);
        request.Edit(details, family, access.Actor, now, initial: true);
        db.AvrRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return await view.GetAsync(request.Id, ct);
    }

    public Task<StepResult<RequestView.Details>> UpdateAsync(Guid id, RequestInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.Edit, input.Version, ct, async (r, now) =>
        {
            var (details, family) = await ReadAsync(input, ct);
            r.Edit(details, family, access.Actor, now);
        });

    public Task<StepResult<RequestView.Details>> ConsentAsync(Guid id, ConsentInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.Consent, input.Version, ct, (r, now) =>
        {
            checks.Enum("giver", input.Giver, required: true);
            var shares = checks.Flags<ConsentShare>("shares", input.Shares);
            if (input.Giver == ConsentGiver.Proxy)
            {
                checks.Name("proxyName", input.ProxyName, required: true, max: 200);
                checks.Text("proxyRelationship", input.ProxyRelationship, 100, required: true);
            }
            checks.ThrowIfInvalid();
            r.RecordConsent(input.Giver!.Value, input.ProxyName, input.ProxyRelationship, shares, access.Actor, now);
            return Task.CompletedTask;
        });

    public Task<StepResult<RequestView.Details>> WithdrawConsentAsync(Guid id, VersionInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.Consent, input.Version, ct, (r, now) =>
        {
            r.WithdrawConsent(access.Actor, now);
            return Task.CompletedTask;
        });

    public Task<StepResult<RequestView.Details>> SubmitAsync(Guid id, VersionInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.Submit, input.Version, ct, async (r, now) =>
        {
            if (r.ProcessingInstitutionId is { } office && !await OfficeInstitutions().AnyAsync(o => o.Id == office, ct))
            {
                throw new DomainException("Avr.OfficeHasNoFund");
            }
            r.Submit(access.Actor, now);
        });

    public Task<StepResult<RequestView.Details>> CancelAsync(Guid id, ReasonInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.Cancel, input.Version, ct, async (r, now) =>
        {
            checks.Text("reason", input.Reason, 1000, required: true);
            checks.ThrowIfInvalid();
            var released = r.Cancel(input.Reason!, access.Actor, now);
            await FundBooks.ReleaseAsync(db, r, released, me.Id, "cancelled", now, ct);
        });

    /// <summary>
    /// Arranges the travel and, in the same transaction, queues the signed announcement for the country of return;
    /// once committed, it is delivered to that country's instance (or stays pending, to retry or carry over as a file).
    /// </summary>
    public async Task<StepResult<RequestView.Details>> ArrangeTravelAsync(Guid id, TravelInput input, CancellationToken ct)
    {
        HandoffMessage? announcement = null;
        var result = await steps.RunAsync(id, AvrStep.ArrangeTravel, input.Version, ct, async (r, now) =>
        {
            Arrange(r, input, now);
            // A moment after the step it follows, so the history reads in order on both engines.
            r.LogAnnouncement(access.Actor, now.AddMilliseconds(1));
            announcement = await announce.QueueAsync(r, ct);
        });
        if (announcement is null)
        {
            return result;
        }
        await outbox.DeliverAsync(announcement, ct);
        return await view.GetAsync(id, ct);
    }

    private void Arrange(AvrRequest r, TravelInput input, DateTime now)
    {
        checks.Enum("mode", input.Mode, required: true);
        checks.Required("departureAt", input.DepartureAt);
        checks.Required("expectedArrivalAt", input.ExpectedArrivalAt);
        checks.Text("itinerary", input.Itinerary, 500, required: true);
        checks.Text("pointOfEntry", input.PointOfEntry, 150, required: true);
        checks.Text("escortName", input.EscortName, 200);
        var departure = input.DepartureAt is { } d ? time.InputToUtc(d) : default;
        var arrival = input.ExpectedArrivalAt is { } a ? time.InputToUtc(a) : default;
        if (input.DepartureAt is not null && (departure < now.AddDays(-30) || departure > now.AddYears(1)))
        {
            checks.Add("departureAt", "Validation.Range", now.AddDays(-30).Year, now.AddYears(1).Year);
        }
        if (input.DepartureAt is not null && input.ExpectedArrivalAt is not null && (arrival < departure || arrival > departure.AddDays(7)))
        {
            checks.Add("expectedArrivalAt", "Avr.ArrivalAfterDeparture");
        }
        checks.ThrowIfInvalid();
        r.ArrangeTravel(new TravelPlan(input.Mode!.Value, departure, arrival, input.Itinerary, input.PointOfEntry, input.EscortName), access.Actor, now);
    }

    public Task<StepResult<RequestView.Details>> MarkTravelledAsync(Guid id, TravelledInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.MarkTravelled, input.Version, ct, (r, now) =>
        {
            var at = input.TravelledAt is { } t ? time.InputToUtc(t) : now;
            if (at > now.AddHours(1) || (r.DepartureAt is { } dep && at < dep.AddDays(-2)))
            {
                checks.Add("travelledAt", "Avr.TravelledAtRange");
            }
            checks.ThrowIfInvalid();
            r.MarkTravelled(at, access.Actor, now);
            return Task.CompletedTask;
        });

    /// <summary>The offices a request may go to: institutions that manage at least one active fund.</summary>
    public IQueryable<Office> Offices() =>
        OfficeInstitutions().OrderBy(i => i.Name).Select(i => new Office(i.Id, i.Name, i.CountryCode));

    private IQueryable<Institution> OfficeInstitutions() =>
        db.Institutions.Where(i => i.IsActive && db.Funds.Any(f => f.ManagedByInstitutionId == i.Id && f.IsActive));

    private async Task<(AvrRequestDetails Details, List<AvrFamilyMemberDetails> Family)> ReadAsync(RequestInput input, CancellationToken ct)
    {
        var today = time.Today;
        var identity = PersonFields.ReadIdentity(checks, input, today);
        PersonFields.ReadContact(checks, input, input.Nationality, originRequired: false);
        if (input.Documents.Count > 1)
        {
            checks.Add("documents", "Validation.Range", 0, 1);
        }
        checks.Country("currentCountry", input.CurrentCountry, required: true);
        checks.Text("currentPlace", input.CurrentPlace, 200, required: true);
        checks.Country("returnCountry", input.ReturnCountry, required: true);
        if (input.CurrentCountry is { } cur && input.ReturnCountry is { } ret && string.Equals(cur.Trim(), ret.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            checks.Add("returnCountry", "Avr.ReturnToSameCountry");
        }
        checks.Place("destinationAdm1", input.DestinationAdm1, "destinationAdm2", input.DestinationAdm2, required: true);
        if (input.ProcessingInstitutionId is { } office && !await OfficeInstitutions().AnyAsync(o => o.Id == office, ct))
        {
            checks.Add("processingInstitutionId", "Avr.UnknownOffice");
        }
        checks.Enum("childStatus", input.ChildStatus, required: false);
        var vulnerabilities = checks.Flags<Vulnerability>("vulnerabilities", input.Vulnerabilities);
        var sensitive = checks.Flags<SensitiveFlag>("sensitiveFlags", input.SensitiveFlags);
        checks.Text("healthNotes", input.HealthNotes, 2000);
        checks.Text("escortNeeds", input.EscortNeeds, 500);
        checks.Currency("currency", input.Currency);
        var costs = new AvrCosts(
            input.Currency?.Trim().ToUpperInvariant() ?? "",
            checks.Cents("ticketAmount", input.TicketAmount, required: true),
            checks.Cents("escortAmount", input.EscortAmount),
            checks.Cents("perDiemAmount", input.PerDiemAmount),
            checks.Cents("medicalAmount", input.MedicalAmount));
        input.DropEmptyRows();
        if (input.Family.Count > AvrRequest.MaxFamily)
        {
            checks.Add("family", "Validation.Range", 0, AvrRequest.MaxFamily);
        }
        var family = new List<AvrFamilyMemberDetails>();
        for (var i = 0; i < Math.Min(input.Family.Count, AvrRequest.MaxFamily); i++)
        {
            var f = input.Family[i];
            var prefix = $"family[{i}].";
            checks.Name(prefix + "givenNames", f.GivenNames, required: true);
            checks.Name(prefix + "firstSurname", f.FirstSurname, required: true);
            checks.Name(prefix + "secondSurname", f.SecondSurname, required: false);
            checks.Enum(prefix + "sex", f.Sex, required: true);
            checks.Enum(prefix + "relationship", f.Relationship, required: true);
            var birth = PersonFields.ParseBirth(f.BirthDate, f.BirthYear, f.EstimatedAge, today, checks, prefix + "birthDate", prefix + "birthYear", prefix + "estimatedAge");
            if (checks.IsValid)
            {
                family.Add(new AvrFamilyMemberDetails(f.GivenNames!, f.FirstSurname!, f.SecondSurname, f.Sex!.Value, birth, f.Relationship!.Value));
            }
        }
        checks.ThrowIfInvalid();
        var document = input.Documents.FirstOrDefault();
        var details = new AvrRequestDetails(
            identity!, document?.Type, document?.Number, document is null ? null : document.IssuingCountry ?? input.Nationality,
            input.Phone, input.Languages, input.CurrentCountry!, input.CurrentPlace!, input.ReturnCountry!,
            input.OriginAdm1, input.OriginAdm2, input.DestinationAdm1!, input.DestinationAdm2, input.ProcessingInstitutionId,
            input.ChildStatus, vulnerabilities, sensitive, input.HealthNotes, input.EscortRequired, input.EscortNeeds, costs);
        return (details, family);
    }
}
