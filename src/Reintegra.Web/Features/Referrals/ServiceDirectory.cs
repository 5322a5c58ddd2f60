using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Reintegra.Reference;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

/// <summary>
/// The directory of services that referrals go to: search by name, category, place (P-code), age, sex and language;
/// add and correct entries. Entries hold no personal data.
/// </summary>
public sealed class ServiceDirectory(AppDbContext db, Checks checks, TimeProvider clock)
{
    public const int PageSize = 25;

    public sealed class ServiceInput
    {
        public Guid? InstitutionId { get; set; }

        public string? Name { get; set; }

        public ServiceCategory? Category { get; set; }

        public string? Description { get; set; }

        /// <summary>Admin-1 or admin-2 P-codes it covers; none means the whole country.</summary>
        public List<string> PCodes { get; set; } = [];

        public int? MinAge { get; set; }

        public int? MaxAge { get; set; }

        public Sex? Sex { get; set; }

        /// <summary>Only people with one of these vulnerabilities are eligible; none means everyone.</summary>
        public List<Vulnerability> Vulnerabilities { get; set; } = [];

        public List<string> Languages { get; set; } = [];

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? Address { get; set; }

        public int? Capacity { get; set; }

        public bool IsActive { get; set; } = true;

        public int? Version { get; set; }
    }

    public sealed record Query(string? Q, ServiceCategory? Category, string? PCode, int? Age, Sex? Sex, string? Language, bool? IncludeInactive, int? Page);

    public sealed record ServiceView(Guid Id, Guid InstitutionId, string Institution, string Name, ServiceCategory Category, string? Description,
        IReadOnlyList<string> PCodes, int? MinAge, int? MaxAge, Sex? Sex, IReadOnlyList<Vulnerability> Vulnerabilities, IReadOnlyList<string> Languages,
        string? Phone, string? Email, string? Address, int? Capacity, int InUse, bool IsActive, int Version)
    {
        public bool Full => Capacity is { } c && InUse >= c;
    }

    public sealed record Page(IReadOnlyList<ServiceView> Items, int PageNumber, int Total);

    public async Task<Page> SearchAsync(Query q, CancellationToken ct)
    {
        var page = Math.Clamp(q.Page ?? 1, 1, 10_000);
        var services = db.Services.AsNoTracking();
        if (q.IncludeInactive != true)
        {
            services = services.Where(s => s.IsActive);
        }
        if (q.Category is { } category)
        {
            services = services.Where(s => s.Category == category);
        }
        var key = SearchKey.Name(q.Q);
        if (key.Length > 0)
        {
            services = services.Where(s => s.SearchName.Contains(key));
        }
        if (!string.IsNullOrWhiteSpace(q.PCode) && Places.Default.Find(q.PCode) is { } place)
        {
            var codes = new[] { place.PCode, place.ParentPCode }.OfType<string>().Select(c => c.ToUpperInvariant()).ToList();
            services = services.Where(s => !s.Areas.Any() || s.Areas.Any(a => codes.Contains(a.PCode)));
        }
        if (q.Age is { } age)
        {
            services = services.Where(s => (s.MinAge == null || s.MinAge <= age) && (s.MaxAge == null || s.MaxAge >= age));
        }
        if (q.Sex is { } sex)
        {
            services = services.Where(s => s.Sex == null || s.Sex == sex);
        }
        if (!string.IsNullOrWhiteSpace(q.Language))
        {
            var language = q.Language.Trim().ToLowerInvariant();
            services = services.Where(s => s.Languages == "" || ("," + s.Languages + ",").Contains("," + language + ","));
        }
        var total = await services.CountAsync(ct);
        var items = await Views(services.OrderBy(s => s.Category).ThenBy(s => s.SearchName).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        return new Page(items.Select(Finish).ToList(), page, total);
    }

    public async Task<ServiceView?> FindAsync(Guid id, CancellationToken ct) =>
        (await Views(db.Services.AsNoTracking().Where(s => s.Id == id)).FirstOrDefaultAsync(ct)) is { } v ? Finish(v) : null;

    public async Task<ServiceView> CreateAsync(ServiceInput input, CancellationToken ct)
    {
        var details = await ValidateAsync(input, null, ct);
        var service = new Service(details, clock.GetUtcNow().UtcDateTime);
        db.Services.Add(service);
        await db.SaveChangesAsync(ct);
        return (await FindAsync(service.Id, ct))!;
    }

    public async Task<ServiceView?> UpdateAsync(Guid id, ServiceInput input, CancellationToken ct)
    {
        var service = await db.Services.Include(s => s.Areas).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (service is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        var details = await ValidateAsync(input, id, ct);
        db.Entry(service).Property(s => s.Version).OriginalValue = input.Version!.Value;
        service.Update(details, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return await FindAsync(id, ct);
    }

    /// <summary>Checks a service's fields into <paramref name="into"/>; used by the form, the API and each CSV row.</summary>
    internal static ServiceDetails? Read(ServiceInput input, Checks into)
    {
        into.Required("institutionId", input.InstitutionId);
        into.Text("name", input.Name, 200, required: true);
        into.Enum("category", input.Category, required: true);
        into.Text("description", input.Description, 2000);
        if (input.PCodes.Count > 400)
        {
            into.Add("pCodes", "Validation.Range", 0, 400);
        }
        for (var i = 0; i < input.PCodes.Count && i < 400; i++)
        {
            if (Places.Default.Find(input.PCodes[i]?.Trim()) is null)
            {
                into.Add($"pCodes[{i}]", "Validation.UnknownPCode");
            }
        }
        into.Range("minAge", input.MinAge, 0, 120);
        into.Range("maxAge", input.MaxAge, 0, 120);
        if (input.MinAge > input.MaxAge)
        {
            into.Add("maxAge", "Domain.Service.AgeRange");
        }
        into.Enum("sex", input.Sex, required: false);
        var vulnerabilities = into.Flags("vulnerabilities", input.Vulnerabilities);
        for (var i = 0; i < input.Languages.Count; i++)
        {
            if (Reintegra.Reference.Languages.Default.Find(input.Languages[i]) is null)
            {
                into.Add($"languages[{i}]", "Validation.UnknownLanguage");
            }
        }
        PersonFields.Phone(into, "phone", input.Phone);
        if (into.Text("email", input.Email, 200) && !string.IsNullOrWhiteSpace(input.Email) && !MailAddress.TryCreate(input.Email.Trim(), out _))
        {
            into.Add("email", "Validation.Email");
        }
        into.Text("address", input.Address, 300);
        into.Range("capacity", input.Capacity, 1, 100_000);
        return into.IsValid
            ? new ServiceDetails(input.InstitutionId!.Value, input.Name!, input.Category!.Value, input.Description, input.PCodes, input.MinAge, input.MaxAge,
                input.Sex, vulnerabilities, input.Languages, input.Phone, input.Email, input.Address, input.Capacity, input.IsActive)
            : null;
    }

    private async Task<ServiceDetails> ValidateAsync(ServiceInput input, Guid? id, CancellationToken ct)
    {
        var details = Read(input, checks);
        if (input.InstitutionId is { } inst && !await db.Institutions.AnyAsync(i => i.Id == inst, ct))
        {
            checks.Add("institutionId", "Validation.UnknownOption");
        }
        var key = SearchKey.Name(input.Name);
        if (input.InstitutionId is { } owner && key.Length > 0
            && await db.Services.AnyAsync(s => s.InstitutionId == owner && s.SearchName == key && s.Id != id, ct))
        {
            checks.Add("name", "Referrals.ServiceNameTaken");
        }
        checks.ThrowIfInvalid();
        return details!;
    }

    private sealed record Row(Guid Id, Guid InstitutionId, string Institution, string Name, ServiceCategory Category, string? Description,
        List<string> PCodes, int? MinAge, int? MaxAge, Sex? Sex, Vulnerability Vulnerabilities, string Languages, string? Phone, string? Email,
        string? Address, int? Capacity, int InUse, bool IsActive, int Version);

    private IQueryable<Row> Views(IQueryable<Service> services) => services.Select(s => new Row(
        s.Id, s.InstitutionId, db.Institutions.Where(i => i.Id == s.InstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
        s.Name, s.Category, s.Description, s.Areas.Select(a => a.PCode).ToList(), s.MinAge, s.MaxAge, s.Sex, s.Vulnerabilities, s.Languages,
        s.Phone, s.Email, s.Address, s.Capacity,
        db.Referrals.Count(r => r.ServiceId == s.Id && (r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress)),
        s.IsActive, s.Version));

    private static ServiceView Finish(Row r) => new(r.Id, r.InstitutionId, r.Institution, r.Name, r.Category, r.Description, r.PCodes.Order().ToList(),
        r.MinAge, r.MaxAge, r.Sex, Split(r.Vulnerabilities), r.Languages.Length == 0 ? [] : r.Languages.Split(','), r.Phone, r.Email, r.Address,
        r.Capacity, r.InUse, r.IsActive, r.Version);

    private static List<T> Split<T>(T flags) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f)).ToList();
}
