using Microsoft.EntityFrameworkCore;
using Reintegra.JobMatching;
using Reintegra.Reference;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>
/// Reads and saves the skills profile of a case's person. Before the first save, the occupations come from the
/// case's latest needs assessment and the place from the person's destination, so nothing is typed twice.
/// </summary>
public sealed class SaveProfile(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, AuditLog audit, EmploymentAccess access)
{
    public sealed class OccupationInput
    {
        public string? IscoCode { get; set; }

        public OccupationPeriod? Period { get; set; }

        public int? Years { get; set; }
    }

    public sealed class LanguageInput
    {
        public string? Code { get; set; }

        public LanguageLevel? Level { get; set; }
    }

    public sealed class CertificateInput
    {
        public string? Name { get; set; }

        public string? IscoCode { get; set; }

        public string? Issuer { get; set; }

        public int? Year { get; set; }
    }

    public sealed class Input
    {
        public List<OccupationInput> Occupations { get; set; } = [];

        public List<string> Skills { get; set; } = [];

        public List<LanguageInput> Languages { get; set; } = [];

        public EducationLevel? Education { get; set; }

        public List<CertificateInput> Certificates { get; set; } = [];

        /// <summary>ISCO-08 major group (one digit) of the preferred sector.</summary>
        public string? PreferredSector { get; set; }

        public string? Adm1PCode { get; set; }

        public string? Adm2PCode { get; set; }

        public Mobility? Mobility { get; set; }

        public DateOnly? AvailableFrom { get; set; }

        /// <summary>The version of the profile you read (none for the first save).</summary>
        public int? Version { get; set; }
    }

    public sealed record ProfileView(
        Guid CaseId, Guid? ProfileId, bool Saved, IReadOnlyList<OccupationInput> Occupations, IReadOnlyList<string> Skills,
        IReadOnlyList<LanguageInput> Languages, EducationLevel? Education, IReadOnlyList<CertificateInput> Certificates, string? PreferredSector,
        string? Adm1PCode, string? Adm2PCode, Mobility? Mobility, DateOnly? AvailableFrom, bool EmployerConsent, bool IsChild, bool Proposable,
        int? Version);

    public async Task<ProfileView?> GetAsync(Guid caseId, CancellationToken ct)
    {
        var c = await access.OpenCaseAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        var today = time.Today;
        var consent = c.CurrentConsent?.EmployerProposal == true;
        var p = await access.Profiles.AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == caseId, ct);
        ProfileView view;
        if (p is not null)
        {
            var child = !p.IsAdultOn(today);
            view = new ProfileView(caseId, p.Id, true,
                p.Occupations.Select(o => new OccupationInput { IscoCode = o.IscoCode, Period = o.Period, Years = o.Years }).ToList(), p.Skills,
                p.Languages.Select(l => new LanguageInput { Code = l.Code, Level = l.Level }).ToList(), p.Education,
                p.Certificates.Select(x => new CertificateInput { Name = x.Name, IscoCode = x.IscoCode, Issuer = x.Issuer, Year = x.Year }).ToList(),
                p.PreferredSector, p.Adm1PCode, p.Adm2PCode, p.Mobility, p.AvailableFrom, consent, child,
                consent && !child && c.Status != CaseStatus.Closed, p.Version);
            audit.Viewed(nameof(SkillsProfile), p.Id, p.PersonId);
        }
        else
        {
            // Start from what the assessment and reception already know.
            var occupations = await db.Assessments.AsNoTracking().Where(a => a.CaseId == caseId).OrderByDescending(a => a.RecordedAt)
                .Select(a => a.Occupations.Select(o => new OccupationInput { IscoCode = o.IscoCode, Period = o.Period, Years = o.Years }).ToList())
                .FirstOrDefaultAsync(ct) ?? [];
            var person = await db.People.AsNoTracking().Where(x => x.Id == c.PersonId)
                .Select(x => new { x.BirthDate, x.BirthYear }).FirstAsync(ct);
            var place = await db.Returns.AsNoTracking().Where(r => r.Id == c.ReturnEventId)
                .Select(r => new { r.DestinationAdm1, r.DestinationAdm2 }).FirstOrDefaultAsync(ct);
            var child = AdultOn(person.BirthDate, person.BirthYear) > today;
            view = new ProfileView(caseId, null, false, occupations, [], [new LanguageInput { Code = "spa", Level = LanguageLevel.Native }], null, [], null,
                place?.DestinationAdm1, place?.DestinationAdm2, null, today, consent, child, false, null);
            audit.Viewed(nameof(ReintegrationCase), c.Id, c.PersonId, "skills profile draft");
        }
        await audit.SaveAsync(ct);
        return view;
    }

    public async Task<Guid?> SaveAsync(Guid caseId, Input input, CancellationToken ct)
    {
        var c = await access.OpenCaseAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        if (c.Status == CaseStatus.Closed)
        {
            throw new DomainException("Employment.CaseClosed");
        }
        var profile = await db.Set<SkillsProfile>().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        var data = Read(input, profile is not null);
        if (profile is null)
        {
            var person = await db.People.Where(x => x.Id == c.PersonId).Select(x => new { x.BirthDate, x.BirthYear }).FirstAsync(ct);
            profile = new SkillsProfile(c.Id, c.PersonId, c.InstitutionId, AdultOn(person.BirthDate, person.BirthYear));
            db.Add(profile);
        }
        else
        {
            access.ExpectVersion(profile, input.Version!.Value);
        }
        profile.Update(data, me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return profile.Id;
    }

    /// <summary>The day a person turns 18; with only a birth year, the last day of that year (never earlier than the truth).</summary>
    internal static DateOnly? AdultOn(DateOnly? birthDate, int? birthYear) =>
        birthDate?.AddYears(ReturnEvent.AdultAge) ?? (birthYear is { } y ? new DateOnly(y + ReturnEvent.AdultAge, 12, 31) : null);

    private SkillsProfileData Read(Input input, bool exists)
    {
        var today = time.Today;
        if (exists)
        {
            checks.Required("version", input.Version);
        }
        if (input.Occupations.Count > SkillsProfile.MaxOccupations)
        {
            checks.Add("occupations", "Validation.TooMany", SkillsProfile.MaxOccupations);
        }
        foreach (var (o, i) in input.Occupations.Select((o, i) => (o, i)))
        {
            if (checks.Required($"occupations[{i}].iscoCode", o.IscoCode) && Occupations.Default.Find(o.IscoCode!.Trim()) is not { IsUnitGroup: true })
            {
                checks.Add($"occupations[{i}].iscoCode", "Cases.UnknownIscoCode");
            }
            checks.Enum($"occupations[{i}].period", o.Period, required: true);
            checks.Range($"occupations[{i}].years", o.Years, 0, 60);
        }
        if (input.Skills.Count > SkillsProfile.MaxSkills)
        {
            checks.Add("skills", "Validation.TooMany", SkillsProfile.MaxSkills);
        }
        foreach (var (s, i) in input.Skills.Select((s, i) => (s, i)))
        {
            checks.Text($"skills[{i}]", s, 100, required: true);
        }
        if (input.Languages.Count > SkillsProfile.MaxLanguages)
        {
            checks.Add("languages", "Validation.TooMany", SkillsProfile.MaxLanguages);
        }
        foreach (var (l, i) in input.Languages.Select((l, i) => (l, i)))
        {
            if (checks.Required($"languages[{i}].code", l.Code) && Reference.Languages.Default.Find(l.Code) is null)
            {
                checks.Add($"languages[{i}].code", "Validation.UnknownLanguage");
            }
            checks.Enum($"languages[{i}].level", l.Level, required: true);
        }
        checks.Enum("education", input.Education, required: true);
        if (input.Certificates.Count > SkillsProfile.MaxCertificates)
        {
            checks.Add("certificates", "Validation.TooMany", SkillsProfile.MaxCertificates);
        }
        foreach (var (x, i) in input.Certificates.Select((x, i) => (x, i)))
        {
            checks.Text($"certificates[{i}].name", x.Name, 200, required: true);
            if (!string.IsNullOrWhiteSpace(x.IscoCode) && Occupations.Default.Find(x.IscoCode.Trim()) is not { IsUnitGroup: true })
            {
                checks.Add($"certificates[{i}].iscoCode", "Cases.UnknownIscoCode");
            }
            checks.Text($"certificates[{i}].issuer", x.Issuer, 200);
            checks.Range($"certificates[{i}].year", x.Year, 1950, today.Year);
        }
        if (!string.IsNullOrWhiteSpace(input.PreferredSector) && Occupations.Default.Find(input.PreferredSector) is not { Code.Length: 1 })
        {
            checks.Add("preferredSector", "Validation.UnknownOption");
        }
        checks.Place("adm1PCode", input.Adm1PCode, "adm2PCode", input.Adm2PCode, required: true);
        checks.Enum("mobility", input.Mobility, required: true);
        if (checks.Required("availableFrom", input.AvailableFrom) && input.AvailableFrom > today.AddYears(2))
        {
            checks.Add("availableFrom", "Employment.TooFarAhead");
        }
        checks.ThrowIfInvalid();

        var adm1 = Places.Default.Find(input.Adm1PCode)!;
        return new SkillsProfileData(
            input.Occupations.Select(o => new ProfileOccupation { IscoCode = o.IscoCode!.Trim(), Period = o.Period!.Value, Years = o.Years }).ToList(),
            input.Skills,
            input.Languages.Select(l => new ProfileLanguage { Code = l.Code!.Trim(), Level = l.Level!.Value }).ToList(),
            input.Education!.Value,
            input.Certificates.Select(x => new ProfileCertificate { Name = x.Name!, IscoCode = string.IsNullOrWhiteSpace(x.IscoCode) ? null : x.IscoCode.Trim(), Issuer = x.Issuer, Year = x.Year }).ToList(),
            string.IsNullOrWhiteSpace(input.PreferredSector) ? null : input.PreferredSector.Trim(),
            adm1.CountryAlpha2, adm1.PCode, string.IsNullOrWhiteSpace(input.Adm2PCode) ? null : Places.Default.Find(input.Adm2PCode)!.PCode,
            input.Mobility!.Value, input.AvailableFrom!.Value);
    }
}
