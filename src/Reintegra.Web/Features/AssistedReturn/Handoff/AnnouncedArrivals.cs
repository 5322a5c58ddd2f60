using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn.Handoff;

/// <summary>
/// The country of return's side: the arrivals announced to the user's reception centre (and, for a child, the notice to
/// the child-protection authority), and registering the person from the pre-registration in one step. Every read is
/// audited; another institution's announcement is not found.
/// </summary>
public sealed class AnnouncedArrivals(AppDbContext db, CurrentUser me, Checks checks, AuditLog audit, TimeProvider clock, LocalTime time,
    RegisterReturn register, FindCandidates candidates, HandoffOutbox outbox)
{
    public const int PageSize = 50;

    public sealed record Summary(Guid Id, string Reference, string SourceCountry, string Name, Sex Sex, int? AgeAtArrival, bool Child,
        ReturnMode Mode, DateTime ExpectedArrivalAt, string? PointOfEntry, AnnouncedStatus Status);

    public sealed record Details(
        Guid Id, string Reference, string SourceCountry, AnnouncedStatus Status, int Version,
        string GivenNames, string FirstSurname, string? SecondSurname, Sex Sex, DateOnly? BirthDate, int? BirthYear, int? AgeAtArrival,
        string Nationality, DocumentType? DocumentType, string? DocumentNumber, string? Phone, IReadOnlyList<string> Languages,
        string? OriginAdm1, string? OriginAdm2, string DestinationAdm1, string? DestinationAdm2, ChildStatus? ChildStatus,
        ReturnMode Mode, DateTime DepartureAt, DateTime ExpectedArrivalAt, string? Itinerary, string? PointOfEntry,
        bool EscortRequired, string? EscortName, string? EscortNeeds,
        ConsentGiver ConsentGiver, string? ConsentProxyName, string? ConsentProxyRelationship, ConsentShare ConsentShares,
        Vulnerability? Vulnerabilities, string? HealthNotes, SensitiveFlag? SensitiveFlags, bool ChildProtectionNotified,
        string RequestedBy, string ProcessedBy, IReadOnlyList<AnnouncedFamilyMember> Family, IReadOnlyList<AnnouncedStep> History,
        DateTime AnnouncedAt, DateTime? ReceivedAt, Guid? PersonId, Guid? ReturnEventId);

    /// <summary>What the child-protection authority sees in advance: enough to be at reception, nothing more.</summary>
    public sealed record Notice(Guid Id, string Reference, string SourceCountry, string ChildName, Sex Sex, int? AgeAtArrival, ChildStatus? ChildStatus,
        ReturnMode Mode, DateTime ExpectedArrivalAt, string? PointOfEntry, string? EscortName, string ReceptionCentre, AnnouncedStatus Status);

    public sealed class RegisterInput
    {
        /// <summary>The registered person this is (from the candidates); otherwise <see cref="NewPerson"/> must say so.</summary>
        public Guid? ExistingPersonId { get; set; }

        /// <summary>The officer looked at the candidates and none is this person.</summary>
        public bool NewPerson { get; set; }

        /// <summary>In the API an ISO 8601 time; in forms the local time. Default: now.</summary>
        public DateTime? ArrivedAt { get; set; }

        /// <summary>When the request did not say where in the country the person comes from.</summary>
        public string? OriginAdm1 { get; set; }

        public string? OriginAdm2 { get; set; }

        /// <summary>For a child travelling with an adult: the adult's return registered at this centre.</summary>
        public Guid? AccompanyingReturnId { get; set; }

        public int? Version { get; set; }
    }

    public async Task<IReadOnlyList<Summary>> ListAsync(AnnouncedStatus? status, CancellationToken ct)
    {
        var query = db.AnnouncedReturns.AsNoTracking().Where(a => a.ReceptionInstitutionId == me.InstitutionId);
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }
        var rows = await query.OrderBy(a => a.Status).ThenBy(a => a.ExpectedArrivalAt).Take(PageSize).ToListAsync(ct);
        foreach (var a in rows)
        {
            audit.Add(AuditActions.SearchResult, nameof(AnnouncedReturn), a.Id.ToString(), a.PersonId, "announced");
        }
        await audit.SaveAsync(ct);
        return rows.Select(a =>
        {
            var age = a.AgeOn(DateOnly.FromDateTime(a.ExpectedArrivalAt));
            return new Summary(a.Id, a.Reference, a.SourceCountry, a.DisplayName, a.Sex, age, age is < AvrRequest.AdultAge, a.Mode, a.ExpectedArrivalAt, a.PointOfEntry, a.Status);
        }).ToList();
    }

    public async Task<Details?> GetAsync(Guid id, CancellationToken ct)
    {
        var a = await db.AnnouncedReturns.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.ReceptionInstitutionId == me.InstitutionId, ct);
        if (a is null)
        {
            return null;
        }
        var sensitive = a.SensitiveFlags is not null && me.Can(Policies.ReadSensitive);
        audit.Add(AuditActions.Viewed, nameof(AnnouncedReturn), a.Id.ToString(), a.PersonId, "announced");
        if (sensitive)
        {
            audit.Add(AuditActions.SensitiveViewed, nameof(AnnouncedReturn), a.Id.ToString(), a.PersonId, "announced");
        }
        await audit.SaveAsync(ct);
        return new Details(
            a.Id, a.Reference, a.SourceCountry, a.Status, a.Version, a.GivenNames, a.FirstSurname, a.SecondSurname, a.Sex, a.BirthDate, a.BirthYear,
            a.AgeOn(DateOnly.FromDateTime(a.ExpectedArrivalAt)), a.NationalityCode, a.DocumentType, a.DocumentNumber, a.Phone,
            a.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries), a.OriginAdm1, a.OriginAdm2, a.DestinationAdm1, a.DestinationAdm2, a.ChildStatus,
            a.Mode, a.DepartureAt, a.ExpectedArrivalAt, a.Itinerary, a.PointOfEntry, a.EscortRequired, a.EscortName, a.EscortNeeds,
            a.ConsentGiver, a.ConsentProxyName, a.ConsentProxyRelationship, a.ConsentShares, a.Vulnerabilities, a.HealthNotes,
            sensitive ? a.SensitiveFlags : null, a.ChildProtectionInstitutionId is not null, a.RequestedBy, a.ProcessedBy,
            JsonSerializer.Deserialize<List<AnnouncedFamilyMember>>(a.FamilyJson, HandoffPackage.Json) ?? [],
            JsonSerializer.Deserialize<List<AnnouncedStep>>(a.HistoryJson, HandoffPackage.Json) ?? [],
            a.AnnouncedAt, a.ReceivedAt, a.PersonId, a.ReturnEventId);
    }

    /// <summary>Registered people who may be this person (identity matching, as for any registration); null when not found.</summary>
    public async Task<IReadOnlyList<FindCandidates.Candidate>?> CandidatesAsync(Guid id, CancellationToken ct)
    {
        var a = await db.AnnouncedReturns.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.ReceptionInstitutionId == me.InstitutionId, ct);
        if (a is null)
        {
            return null;
        }
        var found = await candidates.FindAsync(QueryOf(a), ct);
        await audit.SaveAsync(ct);
        return found;
    }

    public async Task<IReadOnlyList<Notice>> NoticesAsync(CancellationToken ct)
    {
        var rows = await db.AnnouncedReturns.AsNoTracking().Where(a => a.ChildProtectionInstitutionId == me.InstitutionId)
            .OrderBy(a => a.Status).ThenBy(a => a.ExpectedArrivalAt).Take(PageSize)
            .Join(db.Institutions, a => a.ReceptionInstitutionId, i => i.Id, (a, i) => new { a, Centre = i.Name })
            .ToListAsync(ct);
        foreach (var r in rows)
        {
            audit.Add(AuditActions.SearchResult, nameof(AnnouncedReturn), r.a.Id.ToString(), r.a.PersonId, "child-notice");
        }
        await audit.SaveAsync(ct);
        return rows.Select(r => new Notice(r.a.Id, r.a.Reference, r.a.SourceCountry, r.a.DisplayName, r.a.Sex, r.a.AgeOn(DateOnly.FromDateTime(r.a.ExpectedArrivalAt)),
            r.a.ChildStatus, r.a.Mode, r.a.ExpectedArrivalAt, r.a.PointOfEntry, r.a.EscortName, r.Centre, r.a.Status)).ToList();
    }

    /// <summary>
    /// Registers the person from the pre-registration with the reception registration (identity matching applies: when
    /// the registry holds possible matches the officer must pick one or say it is a new person), marks the announcement
    /// received and tells the country the person returned from. All in one transaction; the message goes after it.
    /// </summary>
    public async Task<RegisterReturn.Result?> RegisterAsync(Guid id, RegisterInput input, CancellationToken ct)
    {
        var a = await db.AnnouncedReturns.FirstOrDefaultAsync(x => x.Id == id && x.ReceptionInstitutionId == me.InstitutionId, ct);
        if (a is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        checks.ThrowIfInvalid();
        if (a.Status != AnnouncedStatus.Announced)
        {
            throw new DomainException("Handoff.AlreadyReceived");
        }
        if (input.ExistingPersonId is null && !input.NewPerson
            && (await candidates.FindAsync(QueryOf(a), ct)).Any(c => c.Band != Matching.MatchBand.NewPerson))
        {
            checks.Add("existingPersonId", "Handoff.ChooseMatch");
            checks.ThrowIfInvalid();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var arrivedAt = input.ArrivedAt is { } at ? time.InputToUtc(at) : now;
        var child = a.AgeOn(DateOnly.FromDateTime(time.ToLocal(arrivedAt))) is < AvrRequest.AdultAge;
        var registration = new RegistrationInput
        {
            ExistingPersonId = input.ExistingPersonId,
            GivenNames = a.GivenNames,
            FirstSurname = a.FirstSurname,
            SecondSurname = a.SecondSurname,
            Sex = a.Sex,
            BirthDate = a.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            BirthYear = a.BirthDate is null ? a.BirthYear : null,
            Nationality = a.NationalityCode,
            Documents = a.DocumentType is { } type ? [new DocumentInput { Type = type, Number = a.DocumentNumber, IssuingCountry = a.DocumentCountry }] : [],
            OriginAdm1 = input.OriginAdm1 ?? a.OriginAdm1,
            OriginAdm2 = input.OriginAdm1 is null ? a.OriginAdm2 : input.OriginAdm2,
            Phone = a.Phone,
            Languages = [.. a.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries)],
            ArrivedAt = input.ArrivedAt,
            Mode = a.Mode,
            ReturnedFrom = a.SourceCountry,
            Category = ReturnCategory.AssistedVoluntary,
            DestinationAdm1 = a.DestinationAdm1,
            DestinationAdm2 = a.DestinationAdm2,
            ChildStatus = child ? a.ChildStatus ?? ChildStatus.Unaccompanied : null,
            AccompanyingReturnId = input.AccompanyingReturnId,
            Vulnerabilities = Enum.GetValues<Vulnerability>()
                .Where(v => v is not (Vulnerability.None or Vulnerability.UnaccompaniedChild or Vulnerability.SeparatedChild) && (a.Vulnerabilities ?? Vulnerability.None).HasFlag(v)).ToList(),
            SensitiveFlags = Enum.GetValues<SensitiveFlag>().Where(f => f != SensitiveFlag.None && (a.SensitiveFlags ?? SensitiveFlag.None).HasFlag(f)).ToList(),
            Notes = a.HealthNotes,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await register.RegisterAsync(registration, ct);
        db.Entry(a).Property(x => x.Version).OriginalValue = input.Version!.Value;
        a.MarkReceived(result.ReturnId, result.PersonId, me.Id, now);
        var centre = await db.Institutions.Where(i => i.Id == me.InstitutionId).Select(i => i.Name).FirstAsync(ct);
        var message = await outbox.QueueAsync(HandoffPackage.Received, a.SourceCountry, a.SourceRequestId, a.Reference,
            new ReceivedBody(a.SourceRequestId, a.Reference, arrivedAt, centre), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await outbox.DeliverAsync(message, ct);
        return result;
    }

    private static FindCandidates.Query QueryOf(AnnouncedReturn a) => new(
        a.GivenNames, a.FirstSurname, a.SecondSurname, a.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        null, a.Sex, a.NationalityCode, a.DocumentType, a.DocumentNumber, a.OriginAdm2 ?? a.OriginAdm1);
}
