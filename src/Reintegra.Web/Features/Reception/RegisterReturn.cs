using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>
/// Registers one return at the user's reception centre: a new person, or a new return of a person already in the
/// registry. Identity, return, family, screening, sensitive flags and immediate referrals are saved together or
/// not at all.
/// </summary>
public sealed class RegisterReturn(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, ILogger<RegisterReturn> log)
{
    public sealed record Result(Guid ReturnId, Guid PersonId, bool AttachedToExisting, ReceptionStatus Status);

    public async Task<Result> RegisterAsync(RegistrationInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var institution = me.InstitutionId;

        var arrival = input.ArrivalId is { } arrivalId
            ? await db.Arrivals.FirstOrDefaultAsync(a => a.Id == arrivalId && a.InstitutionId == institution, ct)
            : null;
        if (input.ArrivalId is not null && arrival is null)
        {
            checks.Add("arrivalId", "Validation.UnknownOption");
        }
        else if (arrival is { Status: ArrivalStatus.Closed })
        {
            checks.Add("arrivalId", "Domain.Arrival.Closed");
        }

        var entry = input.ManifestEntryId is { } entryId && arrival is not null
            ? await db.ManifestEntries.FirstOrDefaultAsync(e => e.Id == entryId && e.ArrivalId == arrival.Id, ct)
            : null;
        if (input.ManifestEntryId is not null && entry is null)
        {
            checks.Add("manifestEntryId", "Validation.UnknownOption");
        }
        else if (entry is { Status: ManifestEntryStatus.Registered })
        {
            checks.Add("manifestEntryId", "Reception.EntryAlreadyRegistered");
        }

        var existing = input.ExistingPersonId is { } personId
            ? await db.People.Include(p => p.Documents).FirstOrDefaultAsync(p => p.Id == personId && p.MergedIntoPersonId == null, ct)
            : null;
        if (input.ExistingPersonId is not null && existing is null)
        {
            checks.Add("existingPersonId", "Validation.UnknownOption");
        }

        var arrivedAt = input.ArrivedAt is { } at ? time.InputToUtc(at) : arrival?.ScheduledAt ?? now;
        if (arrivedAt > now.AddDays(1))
        {
            checks.Add("arrivedAt", "Validation.DateInFuture");
        }
        var arrivalDay = DateOnly.FromDateTime(time.ToLocal(arrivedAt));

        var identity = existing is null ? PersonFields.ReadIdentity(checks, input, arrivalDay) : null;
        var mode = input.Mode ?? arrival?.Mode;
        var returnedFrom = string.IsNullOrWhiteSpace(input.ReturnedFrom) ? arrival?.ReturnedFromCode : input.ReturnedFrom;
        checks.Enum("mode", mode, required: true);
        checks.Country("returnedFrom", returnedFrom, required: true);
        checks.Enum("category", input.Category, required: true);
        checks.Place("destinationAdm1", input.DestinationAdm1, "destinationAdm2", input.DestinationAdm2, required: false);
        checks.Range("timeAbroadMonths", input.TimeAbroadMonths, 0, 1200);
        var nationality = identity?.NationalityCode ?? existing?.NationalityCode;
        var originRequired = existing?.OriginAdm1 is null && nationality is not null && Reintegra.Reference.Places.Default.Admin1(nationality).Count > 0;
        PersonFields.ReadContact(checks, input, nationality, originRequired);
        var vulnerabilities = checks.Flags("vulnerabilities", input.Vulnerabilities);
        var needs = checks.Flags("immediateNeeds", input.ImmediateNeeds);
        var sensitive = checks.Flags("sensitiveFlags", input.SensitiveFlags);
        checks.Enum("wgSeeing", input.WgSeeing, false);
        checks.Enum("wgHearing", input.WgHearing, false);
        checks.Enum("wgWalking", input.WgWalking, false);
        checks.Enum("wgRemembering", input.WgRemembering, false);
        checks.Enum("wgSelfCare", input.WgSelfCare, false);
        checks.Enum("wgCommunicating", input.WgCommunicating, false);
        checks.Text("notes", input.Notes, 2000);
        checks.Text("sensitiveNotes", input.SensitiveNotes, 2000);
        await ReadReferralsAsync(input, ct);

        var age = identity is not null ? PersonBirth.AgeOn(identity.Birth.Date, identity.Birth.Year, arrivalDay) : existing?.AgeOn(arrivalDay);
        var (familyGroup, accompanying) = await ReadFamilyAsync(input, age, ct);
        if (age is < WashingtonGroupAnswers.MinimumAge && input.WashingtonGroup.AnyAnswered)
        {
            checks.Add("wgSeeing", "Domain.Return.WashingtonGroupUnderFive");
        }
        if (existing is not null && arrival is not null
            && await db.Returns.AnyAsync(r => r.PersonId == existing.Id && r.ArrivalId == arrival.Id, ct))
        {
            checks.Add("existingPersonId", "Reception.AlreadyInThisArrival");
        }
        checks.ThrowIfInvalid();

        var person = existing ?? new Person(identity!, institution, now);
        if (existing is null)
        {
            db.People.Add(person);
            person.SetContact(Upper(input.OriginAdm1), Upper(input.OriginAdm2), input.Phone, input.Languages);
        }
        else
        {
            person.SetContact(
                Upper(input.OriginAdm1) ?? person.OriginAdm1,
                input.OriginAdm1 is null ? person.OriginAdm2 : Upper(input.OriginAdm2),
                string.IsNullOrWhiteSpace(input.Phone) ? person.Phone : input.Phone,
                person.LanguageCodes.Concat(input.Languages));
        }
        foreach (var d in input.Documents)
        {
            person.AddDocument(d.Type!.Value, d.Number!, (d.IssuingCountry ?? nationality)!);
        }
        if (!await db.PersonInstitutions.AnyAsync(l => l.PersonId == person.Id && l.InstitutionId == institution, ct))
        {
            db.PersonInstitutions.Add(new PersonInstitution(person.Id, institution, now));
        }

        var ret = new ReturnEvent(person.Id, institution, me.Id, new ReturnDetails(
            arrival?.Id, arrivedAt, mode!.Value, returnedFrom!, input.Category!.Value,
            Upper(input.DestinationAdm1), Upper(input.DestinationAdm2), input.TimeAbroadMonths, age, familyGroup), now);
        ret.SetFamily(familyGroup, input.ChildStatus, accompanying?.Id);
        ret.Screen(vulnerabilities, input.WashingtonGroup, needs, input.Notes);
        db.Returns.Add(ret);
        if (sensitive != SensitiveFlag.None || !string.IsNullOrWhiteSpace(input.SensitiveNotes))
        {
            db.SensitiveScreenings.Add(new SensitiveScreening(ret.Id, person.Id, sensitive, input.SensitiveNotes, me.Id, now));
            ret.ApplySensitiveFlags(sensitive);
        }
        foreach (var r in input.Referrals)
        {
            var toName = r.ToName ?? await db.Institutions.Where(i => i.Id == r.ToInstitutionId).Select(i => i.Name).FirstAsync(ct);
            ret.RecordReferral(r.Kind!.Value, r.ToInstitutionId, toName, r.Reference, r.Notes, me.Id, now);
        }
        entry?.MarkRegistered(ret.Id);
        if (input.CompleteReception)
        {
            ret.CompleteReception(now);
        }
        await db.SaveChangesAsync(ct);
        log.LogInformation("Registered return {ReturnId} of person {PersonId} at institution {InstitutionId} (existing person: {Attached})",
            ret.Id, person.Id, institution, existing is not null);
        return new Result(ret.Id, person.Id, existing is not null, ret.Status);
    }

    private async Task ReadReferralsAsync(RegistrationInput input, CancellationToken ct)
    {
        for (var i = 0; i < input.Referrals.Count; i++)
        {
            var r = input.Referrals[i];
            checks.Enum($"referrals[{i}].kind", r.Kind, required: true);
            if (r.ToInstitutionId is { } to)
            {
                if (!await db.Institutions.AnyAsync(x => x.Id == to, ct))
                {
                    checks.Add($"referrals[{i}].toInstitutionId", "Validation.UnknownOption");
                }
            }
            else
            {
                checks.Text($"referrals[{i}].toName", r.ToName, 200, required: true);
            }
            checks.Text($"referrals[{i}].reference", r.Reference, 60);
            checks.Text($"referrals[{i}].notes", r.Notes, 1000);
        }
    }

    /// <summary>
    /// Family rules: a child comes with an adult registered in the same centre, or is marked unaccompanied or
    /// separated. Returns the family group to use and the accompanying adult's return, after checking both.
    /// </summary>
    private async Task<(Guid? Group, ReturnEvent? Accompanying)> ReadFamilyAsync(RegistrationInput input, int? age, CancellationToken ct)
    {
        checks.Enum("childStatus", input.ChildStatus, required: false);
        var isChild = age is < ReturnEvent.AdultAge;
        if (isChild && input.ChildStatus is null)
        {
            checks.Add("childStatus", "Domain.Return.ChildStatusRequired");
        }
        if (!isChild && input.ChildStatus is not null && age is not null)
        {
            checks.Add("childStatus", "Domain.Return.ChildStatusOnlyForChildren");
        }

        ReturnEvent? accompanying = null;
        if (input.ChildStatus == ChildStatus.Accompanied)
        {
            if (input.AccompanyingReturnId is null)
            {
                checks.Add("accompanyingReturnId", "Domain.Return.AccompanyingAdultRequired");
            }
            else
            {
                accompanying = await db.Returns.FirstOrDefaultAsync(r => r.Id == input.AccompanyingReturnId && r.InstitutionId == me.InstitutionId, ct);
                if (accompanying is null)
                {
                    checks.Add("accompanyingReturnId", "Validation.UnknownOption");
                }
                else if (accompanying.IsChild)
                {
                    checks.Add("accompanyingReturnId", "Reception.AccompanyingMustBeAdult");
                }
            }
        }
        else if (input.AccompanyingReturnId is not null)
        {
            checks.Add("accompanyingReturnId", "Domain.Return.AccompanyingAdultOnlyWhenAccompanied");
        }

        var family = accompanying;
        if (family is null && input.FamilyWithReturnId is { } withId)
        {
            family = await db.Returns.FirstOrDefaultAsync(r => r.Id == withId && r.InstitutionId == me.InstitutionId, ct);
            if (family is null)
            {
                checks.Add("familyWithReturnId", "Validation.UnknownOption");
            }
        }
        if (family is null || !checks.IsValid)
        {
            return (null, accompanying);
        }
        var group = family.FamilyGroupId ?? Guid.CreateVersion7();
        family.JoinFamilyGroup(group);
        return (group, accompanying);
    }

    private static string? Upper(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToUpperInvariant();
}
