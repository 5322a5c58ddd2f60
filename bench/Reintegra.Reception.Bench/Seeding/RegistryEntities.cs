using Reintegra.Reception.Bench.Hosting;
using Reintegra.Reception.Bench.Synthetic;
using Reintegra.Synthetic;
using Reintegra.Web.Domain;

namespace Reintegra.Reception.Bench.Seeding;

/// <summary>
/// Turns synthetic registry records into the application's own entities, built through their constructors and
/// methods (so search keys, derived vulnerabilities and family rules are the application's), as reception would
/// have recorded them: the person, their documents, the link to the centre that received them, the return —
/// screened, referred where the child-protection protocol requires it, and completed.
/// </summary>
internal sealed class RegistryEntities(BenchStaff staff)
{
    private const byte AirLink = 1;
    private const byte LandLink = 2;

    private readonly Dictionary<long, ReturnEvent> _household = [];
    private string? _householdKey;
    private Guid _householdGroup;

    /// <summary>Ground truth for the flights: the database person behind each synthetic person key.</summary>
    public Dictionary<long, SeededPerson> Known { get; } = [];

    public void AddFirst(Returnee r, SeedBatch batch)
    {
        var arrivalDay = ReturneeFields.LocalDay(r.ArrivalUtc);
        var identity = ReturneeFields.Identity(r, arrivalDay);
        var (institution, user, link) = Centre(r.Mode);
        var person = new Person(identity, institution, r.ArrivalUtc);
        person.SetContact(r.OriginAdmin1, r.OriginAdmin2, r.Phone, r.Languages);
        foreach (var d in r.Documents)
        {
            person.AddDocument(ReturneeFields.DocumentType(d.Type), d.Number, d.IssuingCountry);
        }
        batch.People.Add(person);
        batch.Documents.AddRange(person.Documents);
        batch.Links.Add(new PersonInstitution(person.Id, institution, r.ArrivalUtc));
        Known[r.PersonKey] = new SeededPerson(person.Id, identity.Birth.Date, identity.Birth.Year, link);

        var age = ReturneeFields.Age(identity.Birth, arrivalDay);
        Guid? group = null;
        if (r.FamilyGroupKey is { } key)
        {
            if (key != _householdKey)
            {
                (_householdKey, _householdGroup) = (key, Guid.CreateVersion7());
                _household.Clear();
            }
            group = _householdGroup;
        }
        ChildStatus? status = null;
        ReturnEvent? accompanying = null;
        if (ReturneeFields.IsChild(age))
        {
            if (r.ChildStatus == "accompanied" && r.AccompanyingAdultKey is { } adult && _household.TryGetValue(adult, out var adultReturn) && !adultReturn.IsChild)
            {
                (status, accompanying) = (ChildStatus.Accompanied, adultReturn);
            }
            else
            {
                status = group is null ? ChildStatus.Unaccompanied : ChildStatus.Separated;
            }
        }
        var ret = NewReturn(r, person.Id, institution, user, age, group, batch);
        ret.SetFamily(group, status, accompanying?.Id);
        Finish(r, ret, user, batch);
        if (group is not null)
        {
            _household[r.PersonKey] = ret;
        }
    }

    /// <summary>A later return of a registry person, recorded by whichever centre received them.</summary>
    public void AddRepeat(Returnee r, SeedBatch batch)
    {
        if (!Known.TryGetValue(r.PersonKey, out var person))
        {
            return;
        }
        var arrivalDay = ReturneeFields.LocalDay(r.ArrivalUtc);
        var (institution, user, link) = Centre(r.Mode);
        if ((person.Links & link) == 0)
        {
            batch.Links.Add(new PersonInstitution(person.Id, institution, r.ArrivalUtc));
            Known[r.PersonKey] = person with { Links = (byte)(person.Links | link) };
        }
        var age = PersonBirth.AgeOn(person.BirthDate, person.BirthYear, arrivalDay);
        var ret = NewReturn(r, person.Id, institution, user, age, null, batch);
        ret.SetFamily(null, ReturneeFields.IsChild(age) ? ChildStatus.Unaccompanied : null, null);
        Finish(r, ret, user, batch);
    }

    private (Guid Institution, Guid User, byte Link) Centre(string mode) => mode == "air"
        ? (staff.AirCentreId, staff.AirUserId, AirLink)
        : (staff.LandCentreId, staff.LandUserId, LandLink);

    private static ReturnEvent NewReturn(Returnee r, Guid personId, Guid institution, Guid user, int? age, Guid? group, SeedBatch batch)
    {
        var ret = new ReturnEvent(personId, institution, user, new ReturnDetails(
            null, r.ArrivalUtc, ReturneeFields.Mode(r.Mode), r.ReturnedFrom, ReturneeFields.Category(r.ReturnCategory),
            r.OriginAdmin1, r.OriginAdmin2, r.MonthsAbroad, age, group), r.ArrivalUtc);
        batch.Returns.Add(ret);
        return ret;
    }

    private static void Finish(Returnee r, ReturnEvent ret, Guid user, SeedBatch batch)
    {
        var at = r.ArrivalUtc;
        ret.Screen(ReturneeFields.Vulnerabilities(r), ReturneeFields.WashingtonGroup(r, ret.AgeAtReturn), ReturneeFields.Needs(r), null);
        var flags = ReturneeFields.SensitiveFlags(r);
        if (flags != SensitiveFlag.None)
        {
            batch.Screenings.Add(new SensitiveScreening(ret.Id, ret.PersonId, flags, null, user, at.AddMinutes(20)));
            ret.ApplySensitiveFlags(flags);
        }
        if (ret.NeedsChildProtectionReferral)
        {
            ret.RecordReferral(ReferralKind.ChildProtection, null, ReturneeFields.ChildProtectionAuthority, null, null, user, at.AddMinutes(40));
            batch.Referrals.AddRange(ret.Referrals);
        }
        ret.CompleteReception(at.AddHours(2));
    }
}

/// <summary>A seeded person; <c>Links</c> says which benchmark centres hold a record about them (bit 1 airport, bit 2 border).</summary>
internal readonly record struct SeededPerson(Guid Id, DateOnly? BirthDate, int? BirthYear, byte Links);
