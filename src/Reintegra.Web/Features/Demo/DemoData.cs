using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reintegra.Synthetic;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;
using Arrival = Reintegra.Web.Domain.Arrival;
using PersonIdentity = Reintegra.Web.Domain.PersonIdentity;

namespace Reintegra.Web.Features.Demo;

/// <summary>
/// The optional demo data set (<c>--demo</c>): institutions and users of one country, six months of realistic
/// arrivals from the synthetic generator, and one flight announced for today with its manifest, so the reception
/// desk can be tried at once. Some repeat returnees were registered twice, as happens in the field, for the
/// duplicate review to find. Loaded once; never in a real deployment.
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<AppUser> users, InstanceCountry instance, TimeProvider clock, IConfiguration config, DemoCases cases,
    IHttpContextAccessor http, ILogger<DemoData> log)
{
    private const string LoadedKey = "demo";
    private const int PastArrivals = 40;

    public async Task LoadAsync(CancellationToken ct)
    {
        if (await db.InstanceSettings.AnyAsync(s => s.Key == LoadedKey, ct))
        {
            return;
        }
        var country = await instance.GetAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var airport = Institution($"Centro de Recepción de Retornados ({country}) – aeropuerto", InstitutionKind.ReceptionCentre, country, now);
        var border = Institution($"Centro de Recepción de Retornados ({country}) – frontera terrestre", InstitutionKind.ReceptionCentre, country, now);
        var children = Institution($"Autoridad de protección de la niñez ({country})", InstitutionKind.ChildProtectionAuthority, country, now);
        var statistics = Institution($"Oficina de estadística ({country})", InstitutionKind.StatisticsOffice, country, now);
        var provider = Institution($"Asociación de apoyo a personas retornadas ({country})", InstitutionKind.Ngo, country, now);
        db.Institutions.AddRange(airport, border, children, statistics, provider);
        db.InstanceSettings.Add(new InstanceSetting { Key = LoadedKey, Value = now.ToString("O") });
        await db.SaveChangesAsync(ct);

        var password = config["Demo:Password"] ?? Environment.GetEnvironmentVariable("REINTEGRA_DEMO_PASSWORD")
            ?? "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
        await UserAsync("recepcion@demo.reintegra.org", "Ana Lucía Morales", airport, password, Roles.ReceptionOfficer);
        await UserAsync("proteccion@demo.reintegra.org", "Julio César Ajú", airport, password, Roles.ProtectionOfficer, Roles.ReceptionOfficer);
        await UserAsync("frontera@demo.reintegra.org", "María Fernanda Cruz", border, password, Roles.ReceptionOfficer);
        var caseWorker = await UserAsync("gestion@demo.reintegra.org", "Carlos Enrique Pérez", airport, password, Roles.CaseWorker);
        await UserAsync("supervision@demo.reintegra.org", "Rosa Elena Xicará", airport, password, Roles.Supervisor);
        var providerUser = await UserAsync("proveedor@demo.reintegra.org", "Luis Alberto Tzul", provider, password, Roles.ServiceProvider);
        await UserAsync("analista@demo.reintegra.org", "Silvia Ramírez", statistics, password, Roles.Analyst);
        await UserAsync("auditoria@demo.reintegra.org", "Héctor Gómez", airport, password, Roles.Auditor);

        var (people, returns) = await LoadArrivalsAsync(country, airport.Id, border.Id, now, ct);
        (int Services, int Cases, int Referrals) work;
        try
        {
            work = await cases.LoadAsync(new DemoCases.Cast(airport.Id, caseWorker, providerUser, provider.Id), ct);
        }
        finally
        {
            http.HttpContext = null;
        }
        log.LogInformation("Demo data loaded: {People} people, {Returns} returns, {Services} services, {Cases} cases with {Referrals} referrals. "
            + "Demo users (*@demo.reintegra.org) share the password {Password}", people, returns, work.Services, work.Cases, work.Referrals, password);
    }

    private async Task<(int People, int Returns)> LoadArrivalsAsync(string country, Guid airportId, Guid borderId, DateTime now, CancellationToken ct)
    {
        var generator = new ReturneeGenerator(new GeneratorOptions
        {
            Seed = 2026,
            Countries = [country is "HN" or "SV" ? country : "GT"],
            StartUtc = now.AddMonths(-6),
            EndUtc = now.AddDays(-1),
        });
        var random = new Random(2026);
        var known = new Dictionary<long, Guid>();
        var links = new HashSet<(Guid, Guid)>();
        int people = 0, returns = 0;
        var arrivals = generator.Arrivals(PastArrivals + 1).ToList();
        for (var a = 0; a < arrivals.Count; a++)
        {
            var source = arrivals[a];
            var institutionId = source.Mode == "air" ? airportId : borderId;
            var upcoming = a == arrivals.Count - 1;
            var when = upcoming ? now.AddHours(2) : source.ArrivalUtc;
            var arrival = new Arrival(institutionId, new ArrivalDetails(
                source.Mode == "air" ? ReturnMode.Air : ReturnMode.Land, when, source.ReceptionPoint, source.ReturnedFrom,
                source.ArrivalKey, source.Returnees.Count), now);
            db.Arrivals.Add(arrival);
            if (upcoming)
            {
                AddManifest(arrival, source, now);
                break;
            }
            var returnByPerson = new Dictionary<long, ReturnEvent>();
            var groups = new Dictionary<string, Guid>();
            // Adults first, so every accompanied child finds the adult's return.
            foreach (var r in source.Returnees.OrderBy(r => r.ChildStatus is null ? 0 : 1))
            {
                var arrivedOn = DateOnly.FromDateTime(when);
                var attach = r.IsRepeatReturn && known.ContainsKey(r.PersonKey) && random.NextDouble() < 0.7;
                var person = attach ? await db.People.FindAsync([known[r.PersonKey]], ct) : null;
                if (person is null)
                {
                    person = new Person(Identity(r, arrivedOn), institutionId, when);
                    person.SetContact(r.OriginAdmin1, r.OriginAdmin2, r.Phone, r.Languages);
                    foreach (var d in r.Documents)
                    {
                        person.AddDocument(DocumentKind(d.Type), d.Number, d.IssuingCountry);
                    }
                    db.People.Add(person);
                    known.TryAdd(r.PersonKey, person.Id);
                    people++;
                }
                if (links.Add((person.Id, institutionId)))
                {
                    db.PersonInstitutions.Add(new PersonInstitution(person.Id, institutionId, when));
                }
                Guid? group = r.FamilyGroupKey is { } key ? groups.TryGetValue(key, out var g) ? g : groups[key] = Guid.CreateVersion7() : null;
                var ret = new ReturnEvent(person.Id, institutionId, Guid.Empty, new ReturnDetails(
                    arrival.Id, when, arrival.Mode, source.ReturnedFrom, Category(r.ReturnCategory), r.OriginAdmin1, r.OriginAdmin2,
                    r.MonthsAbroad, person.AgeOn(arrivedOn), group), when);
                var childStatus = ret.IsChild ? r.ChildStatus switch
                {
                    "unaccompanied" => ChildStatus.Unaccompanied,
                    "separated" => ChildStatus.Separated,
                    "accompanied" when r.AccompanyingAdultKey is { } adult && returnByPerson.ContainsKey(adult) => ChildStatus.Accompanied,
                    _ => ChildStatus.Unaccompanied,
                } : (ChildStatus?)null;
                var accompanying = childStatus == ChildStatus.Accompanied ? returnByPerson[r.AccompanyingAdultKey!.Value].Id : (Guid?)null;
                ret.SetFamily(group, childStatus, accompanying);
                ret.Screen(Vulnerabilities(r.Vulnerabilities), WashingtonGroupAnswers.None, ImmediateNeed.Food | ImmediateNeed.PhoneCall, null);
                if (r.Vulnerabilities.Contains(VulnerabilityCodes.RiskOnReturn))
                {
                    db.SensitiveScreenings.Add(new SensitiveScreening(ret.Id, person.Id, SensitiveFlag.ProtectionRiskOnReturn, null, Guid.Empty, when));
                    ret.ApplySensitiveFlags(SensitiveFlag.ProtectionRiskOnReturn);
                }
                if (ret.NeedsChildProtectionReferral)
                {
                    ret.RecordReferral(ReferralKind.ChildProtection, null, "Autoridad de protección de la niñez", $"NNA-{when:yyyyMMdd}-{returns}", null, Guid.Empty, when);
                }
                ret.CompleteReception(when.AddHours(3));
                db.Returns.Add(ret);
                returnByPerson[r.PersonKey] = ret;
                returns++;
            }
            arrival.Close(when.AddHours(6));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await db.SaveChangesAsync(ct);
        return (people, returns);
    }

    private void AddManifest(Arrival arrival, Synthetic.Arrival source, DateTime now)
    {
        var line = 1;
        foreach (var r in source.Returnees)
        {
            line++;
            var doc = r.Documents.FirstOrDefault();
            var birth = r.DateOfBirth is { } d ? PersonBirth.Exact(d) : r.BirthYear is { } y ? PersonBirth.YearOnly(y) : PersonBirth.FromEstimatedAge(r.EstimatedAge ?? 30, DateOnly.FromDateTime(now));
            var person = new ManifestPerson(r.GivenNames, r.FirstSurname, r.SecondSurname, r.Sex == 'F' ? Sex.Female : Sex.Male, birth,
                r.Nationality, doc is null ? null : DocumentKind(doc.Type), doc?.Number, null);
            db.ManifestEntries.Add(new ManifestEntry(arrival.Id, line, $"demo-{r.RecordKey}", person, now));
        }
    }

    private static PersonIdentity Identity(Returnee r, DateOnly arrivedOn) => new(
        r.GivenNames, r.FirstSurname, r.SecondSurname, r.Sex == 'F' ? Sex.Female : Sex.Male,
        r.DateOfBirth is { } d ? PersonBirth.Exact(d)
        : r.BirthYear is { } y ? PersonBirth.YearOnly(y)
        : PersonBirth.FromEstimatedAge(r.EstimatedAge ?? 30, arrivedOn),
        r.Nationality);

    private static DocumentType DocumentKind(string type) => type switch
    {
        "passport" => DocumentType.Passport,
        "national_id" => DocumentType.NationalId,
        "birth_certificate" => DocumentType.BirthCertificate,
        "consular_id" => DocumentType.ConsularId,
        _ => DocumentType.Other,
    };

    private static ReturnCategory Category(string category) => category switch
    {
        "voluntary" => ReturnCategory.Voluntary,
        "assisted_voluntary" => ReturnCategory.AssistedVoluntary,
        "spontaneous" => ReturnCategory.Spontaneous,
        _ => ReturnCategory.Forced,
    };

    private static Vulnerability Vulnerabilities(IEnumerable<string> codes) => codes.Aggregate(Vulnerability.None, (v, code) => v | code switch
    {
        VulnerabilityCodes.Pregnant => Vulnerability.PregnantWoman,
        VulnerabilityCodes.InfantCare => Vulnerability.WomanWithInfant,
        VulnerabilityCodes.Disability => Vulnerability.Disability,
        VulnerabilityCodes.ChronicIllness => Vulnerability.SeriousMedicalCondition,
        VulnerabilityCodes.MentalHealth => Vulnerability.MentalHealthCondition,
        VulnerabilityCodes.Indigenous => Vulnerability.Indigenous,
        VulnerabilityCodes.SingleParent => Vulnerability.SingleParent,
        _ => Vulnerability.None,
    });

    private static Institution Institution(string name, InstitutionKind kind, string country, DateTime now) => new(name, kind, country, now);

    private async Task<AppUser> UserAsync(string email, string name, Institution institution, string password, params string[] roles)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, InstitutionId = institution.Id, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo user not created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        await users.AddToRolesAsync(user, roles);
        return user;
    }
}
