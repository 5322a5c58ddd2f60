using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.AssistedReturn.Handoff;

/// <summary>
/// Builds the announcement of an arranged return for the country of return: identity, travel and consent always (the
/// return cannot happen without them); vulnerabilities, health details and protection flags only as far as the consent
/// allows. Queued in the transaction of the step that arranged the travel.
/// </summary>
public sealed class AnnounceReturn(AppDbContext db, HandoffOutbox outbox)
{
    public async Task<HandoffMessage> QueueAsync(AvrRequest r, CancellationToken ct)
    {
        await db.Entry(r).Collection(x => x.History).LoadAsync(ct);
        var ids = r.History.Select(h => h.InstitutionId).Append(r.RequestingInstitutionId).Append(r.ProcessingInstitutionId).OfType<Guid>().Distinct().ToList();
        var names = await db.Institutions.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var shares = r.ConsentShares;
        var body = new AnnounceBody(
            r.Id, r.Reference, names.GetValueOrDefault(r.RequestingInstitutionId, ""), r.ProcessingInstitutionId is { } p ? names.GetValueOrDefault(p, "") : "",
            r.GivenNames, r.FirstSurname, r.SecondSurname, r.Sex, r.BirthDate, r.BirthYear, r.NationalityCode,
            r.DocumentType, r.DocumentNumber, r.DocumentCountry, r.Phone, r.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries),
            r.OriginAdm1, r.OriginAdm2, r.DestinationAdm1, r.DestinationAdm2, r.ChildStatus,
            r.TravelMode!.Value, r.DepartureAt!.Value, r.ExpectedArrivalAt!.Value, r.Itinerary, r.PointOfEntry,
            r.EscortRequired, r.EscortName, r.EscortNeeds,
            r.ConsentGiver!.Value, r.ConsentProxyName, r.ConsentProxyRelationship, shares,
            (shares & ConsentShare.Vulnerabilities) != 0 ? r.Vulnerabilities : null,
            (shares & ConsentShare.HealthDetails) != 0 ? r.HealthNotes : null,
            (shares & ConsentShare.ProtectionFlags) != 0 ? r.SensitiveFlags : null,
            r.Family.OrderBy(f => f.Ordinal).Select(f => new AnnouncedFamilyMember(f.DisplayName, f.Sex, f.BirthDate, f.BirthYear, f.Relationship)).ToList(),
            r.History.OrderBy(h => h.At).Select(h => new AnnouncedStep(h.Action, h.Status, h.At, h.InstitutionId is { } i ? names.GetValueOrDefault(i) : h.ActorName)).ToList());
        return await outbox.QueueAsync(HandoffPackage.Announce, r.ReturnCountryCode, r.Id, r.Reference, body, ct);
    }
}
