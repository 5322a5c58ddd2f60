using Microsoft.EntityFrameworkCore;
using Reintegra.JobMatching;
using Reintegra.Reference;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>
/// Vacancies: an employer publishes, lists and closes its own; case workers browse the open ones of every employer
/// (a vacancy holds no personal data).
/// </summary>
public sealed class ManageVacancies(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, EmploymentAccess access)
{
    public const int PageSize = 50;

    public sealed class Input
    {
        public string? Title { get; set; }

        public string? IscoCode { get; set; }

        public string? Adm1PCode { get; set; }

        public string? Adm2PCode { get; set; }

        public string? Description { get; set; }

        public List<string> Skills { get; set; } = [];

        public int? MinYears { get; set; }

        public string? LanguageCode { get; set; }

        public LanguageLevel? LanguageLevel { get; set; }

        public bool CertificationRequired { get; set; }

        public int? Places { get; set; }

        public decimal? WageMin { get; set; }

        public decimal? WageMax { get; set; }

        public DateOnly? StartOn { get; set; }

        public DateOnly? ClosingOn { get; set; }
    }

    public sealed class CloseInput
    {
        public int? Version { get; set; }
    }

    public sealed record Summary(Guid Id, string Title, string IscoCode, string Employer, string Adm1PCode, string? Adm2PCode, int Places, int Hired,
        decimal? WageMin, decimal? WageMax, DateOnly StartOn, DateOnly ClosingOn, VacancyStatus Status, bool IsOpen);

    public sealed record Details(Guid Id, string Title, string IscoCode, Guid EmployerId, string Employer, string Adm1PCode, string? Adm2PCode,
        string? Description, IReadOnlyList<string> Skills, int MinYears, string? LanguageCode, LanguageLevel? LanguageLevel, bool CertificationRequired,
        int Places, int Hired, decimal? WageMin, decimal? WageMax, DateOnly StartOn, DateOnly ClosingOn, VacancyStatus Status, bool IsOpen, int Version);

    public async Task<Guid> CreateAsync(Input input, CancellationToken ct)
    {
        var data = Read(input);
        var vacancy = new Vacancy(me.InstitutionId, data, me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(vacancy);
        await db.SaveChangesAsync(ct);
        return vacancy.Id;
    }

    public async Task<bool> CloseAsync(Guid id, CloseInput input, CancellationToken ct)
    {
        var v = await access.OwnVacancyAsync(id, ct);
        if (v is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.ThrowIfInvalid();
        access.ExpectVersion(v, input.Version!.Value);
        v.Close(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The employer's own vacancies, newest first.</summary>
    public Task<List<Summary>> ListMineAsync(int? page, CancellationToken ct) =>
        Project(access.Vacancies.Where(v => v.EmployerId == me.InstitutionId), page, ct);

    /// <summary>Open vacancies of every employer (for case workers), closing soonest first.</summary>
    public Task<List<Summary>> ListOpenAsync(int? page, CancellationToken ct)
    {
        var today = time.Today;
        return Project(access.Vacancies.Where(v => v.Status == VacancyStatus.Open && v.ClosingOn >= today && v.Hired < v.Places), page, ct);
    }

    public Task<Details?> GetMineAsync(Guid id, CancellationToken ct) => Get(access.Vacancies.Where(v => v.Id == id && v.EmployerId == me.InstitutionId), ct);

    /// <summary>A vacancy as a case worker sees it: any employer's, open or not (placements refer to closed ones too).</summary>
    public Task<Details?> GetAnyAsync(Guid id, CancellationToken ct) => Get(access.Vacancies.Where(v => v.Id == id), ct);

    private async Task<Details?> Get(IQueryable<Vacancy> query, CancellationToken ct)
    {
        var today = time.Today;
        var v = await query.AsNoTracking().FirstOrDefaultAsync(ct);
        if (v is null)
        {
            return null;
        }
        var employer = await db.Institutions.Where(i => i.Id == v.EmployerId).Select(i => i.Name).FirstAsync(ct);
        return new Details(v.Id, v.Title, v.IscoCode, v.EmployerId, employer, v.Adm1PCode, v.Adm2PCode, v.Description, v.Skills, v.MinYears,
            v.LanguageCode, v.LanguageLevel, v.CertificationRequired, v.Places, v.Hired, v.WageMin, v.WageMax, v.StartOn, v.ClosingOn, v.Status,
            v.IsOpenOn(today), v.Version);
    }

    private async Task<List<Summary>> Project(IQueryable<Vacancy> query, int? page, CancellationToken ct)
    {
        var today = time.Today;
        var rows = await query.AsNoTracking().OrderBy(v => v.Status).ThenBy(v => v.ClosingOn).ThenBy(v => v.Id)
            .Skip(Math.Max((page ?? 1) - 1, 0) * PageSize).Take(PageSize)
            .Join(db.Institutions, v => v.EmployerId, i => i.Id, (v, i) => new { v, Employer = i.Name })
            .ToListAsync(ct);
        return rows.Select(r => new Summary(r.v.Id, r.v.Title, r.v.IscoCode, r.Employer, r.v.Adm1PCode, r.v.Adm2PCode, r.v.Places, r.v.Hired,
            r.v.WageMin, r.v.WageMax, r.v.StartOn, r.v.ClosingOn, r.v.Status, r.v.IsOpenOn(today))).ToList();
    }

    private VacancyData Read(Input input)
    {
        var today = time.Today;
        checks.Text("title", input.Title, 200, required: true);
        if (checks.Required("iscoCode", input.IscoCode) && Occupations.Default.Find(input.IscoCode!.Trim()) is not { IsUnitGroup: true })
        {
            checks.Add("iscoCode", "Cases.UnknownIscoCode");
        }
        checks.Place("adm1PCode", input.Adm1PCode, "adm2PCode", input.Adm2PCode, required: true);
        checks.Text("description", input.Description, 2000);
        if (input.Skills.Count > 20)
        {
            checks.Add("skills", "Validation.TooMany", 20);
        }
        foreach (var (s, i) in input.Skills.Select((s, i) => (s, i)))
        {
            checks.Text($"skills[{i}]", s, 100, required: true);
        }
        checks.Range("minYears", input.MinYears, 0, 40);
        if (!string.IsNullOrWhiteSpace(input.LanguageCode))
        {
            if (Reference.Languages.Default.Find(input.LanguageCode) is null)
            {
                checks.Add("languageCode", "Validation.UnknownLanguage");
            }
            checks.Enum("languageLevel", input.LanguageLevel, required: true);
        }
        if (checks.Required("places", input.Places))
        {
            checks.Range("places", input.Places, 1, 1000);
        }
        foreach (var (field, amount) in new[] { ("wageMin", input.WageMin), ("wageMax", input.WageMax) })
        {
            if (amount is { } a && (a < 0 || a > 10_000_000 || decimal.Round(a, 2) != a))
            {
                checks.Add(field, "Validation.Amount");
            }
        }
        if (input.WageMin > input.WageMax)
        {
            checks.Add("wageMax", "Employment.WageRange");
        }
        checks.Required("startOn", input.StartOn);
        if (checks.Required("closingOn", input.ClosingOn))
        {
            if (input.ClosingOn < today)
            {
                checks.Add("closingOn", "Employment.ClosingInPast");
            }
            else if (input.ClosingOn > today.AddYears(1))
            {
                checks.Add("closingOn", "Employment.TooFarAhead");
            }
        }
        checks.ThrowIfInvalid();
        var adm1 = Places.Default.Find(input.Adm1PCode)!;
        return new VacancyData(input.Title!, input.IscoCode!.Trim(), adm1.CountryAlpha2, adm1.PCode,
            string.IsNullOrWhiteSpace(input.Adm2PCode) ? null : Places.Default.Find(input.Adm2PCode)!.PCode, input.Description,
            input.Skills, input.MinYears ?? 0, string.IsNullOrWhiteSpace(input.LanguageCode) ? null : input.LanguageCode.Trim(), input.LanguageLevel,
            input.CertificationRequired, input.Places!.Value, input.WageMin, input.WageMax, input.StartOn!.Value, input.ClosingOn!.Value);
    }
}
