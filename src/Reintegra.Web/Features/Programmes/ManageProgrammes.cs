using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;
using static Reintegra.Web.Features.Programmes.CatalogueViews;

namespace Reintegra.Web.Features.Programmes;

/// <summary>The programme registry, signed-in side: a focal point writes its institution's programmes; the secretariat reviews them.</summary>
public sealed class ManageProgrammes(AppDbContext db, EntryAccess access, Checks checks, TimeProvider clock)
{
    public const int PageSize = 25;

    public sealed class ProgrammeInput : EntryInput
    {
        /// <summary>ISO 3166-1 alpha-2, or "regional".</summary>
        public string? Country { get; set; }

        public string? ResponsibleInstitution { get; set; }

        public string? Partners { get; set; }

        public List<ProgrammeTypes>? Types { get; set; }

        public string? TargetPopulation { get; set; }

        /// <summary>Admin-1 or admin-2 P-codes; none means the whole country.</summary>
        public List<string>? Coverage { get; set; }

        public string? FundingSource { get; set; }

        public decimal? FundingAmount { get; set; }

        public string? Currency { get; set; }

        public DateOnly? StartDate { get; set; }

        public DateOnly? EndDate { get; set; }

        public List<IndicatorInput>? Indicators { get; set; }

        public string? LessonsLearned { get; set; }
    }

    public sealed class IndicatorInput
    {
        public string? Name { get; set; }

        public string? Unit { get; set; }

        public decimal? Target { get; set; }

        public decimal? Achieved { get; set; }
    }

    public sealed record ProgrammeView(
        Guid Id, string InstitutionName, int Version, int? PublishedNumber, ProgrammeData Working, IReadOnlyList<VersionInfo> Versions, EntryPermissions Can);

    public sealed record ListQuery(string? Scope, EntryStatus? Status, int? Page);

    public async Task<ProgrammeView> CreateAsync(ProgrammeInput input, CancellationToken ct)
    {
        var content = Validate(input);
        var programme = new Programme(access.InstitutionId, content, clock.GetUtcNow().UtcDateTime);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(programme.Id, ct))!;
    }

    /// <summary>Edits the working version; after publication the edit starts a new version and the published one stays as it was.</summary>
    public async Task<ProgrammeView?> UpdateAsync(Guid id, ProgrammeInput input, CancellationToken ct)
    {
        var programme = await Manageable().Include(p => p.Revisions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        var content = Validate(input);
        db.Entry(programme).Property(p => p.Version).OriginalValue = input.Version!.Value;
        programme.Edit(clock.GetUtcNow().UtcDateTime).Update(content);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ProgrammeView?> GetAsync(Guid id, CancellationToken ct)
    {
        var programme = await Manageable().AsNoTracking().Include(p => p.Revisions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null)
        {
            return null;
        }
        var institution = await db.Institutions.Where(i => i.Id == programme.InstitutionId).Select(i => i.Name).FirstAsync(ct);
        return new ProgrammeView(programme.Id, institution, programme.Version, programme.PublishedNumber, Of(programme.Working),
            programme.Revisions.OrderByDescending(r => r.Number).Select(VersionOf).ToList(), access.For(programme));
    }

    /// <summary>Scope "mine" (the institution's own entries, the default for focal points) or "review" (everything the secretariat sees).</summary>
    public async Task<CardPage> ListAsync(ListQuery query, CancellationToken ct)
    {
        var page = Math.Clamp(query.Page ?? 1, 1, 10_000);
        var entries = Manageable().AsNoTracking();
        if (query.Scope != "review" && access.IsFocalPoint)
        {
            entries = entries.Where(p => p.InstitutionId == access.InstitutionId);
        }
        var rows = from p in entries
                   join r in db.ProgrammeRevisions on new { p.Id, Number = p.LatestNumber } equals new { Id = r.EntryId, r.Number }
                   join i in db.Institutions on p.InstitutionId equals i.Id
                   select new { p, r, i };
        if (query.Status is { } status)
        {
            rows = rows.Where(x => x.r.Status == status);
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(x => x.p.UpdatedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new CardRow(x.p.Id, x.r.Number, x.r.Status, x.r.Title, x.r.Language, x.r.TranslatedTitle, x.r.Summary, x.r.CountryCode,
                x.r.Levels, x.r.Dimensions, x.r.TargetGroups, x.r.Types, x.i.Name, x.r.ResponsibleInstitution, x.r.PublishedAt, x.p.UpdatedAt))
            .ToListAsync(ct);
        return new CardPage(items.Select(i => i.ToCard()).ToList(), page, total, PageSize);
    }

    /// <summary>Programmes an activity or an Annex I entry of this institution may point at: its own, and every published one.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> ChoicesAsync(Guid institutionId, bool includePublished, CancellationToken ct)
    {
        var rows = await (from p in db.Programmes.AsNoTracking()
                          where p.InstitutionId == institutionId || (includePublished && p.PublishedNumber != null)
                          join r in db.ProgrammeRevisions on new { p.Id, Number = p.LatestNumber } equals new { Id = r.EntryId, r.Number }
                          orderby r.Title
                          select new { p.Id, r.Title }).Take(500).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Title)).ToList();
    }

    private IQueryable<Programme> Manageable() => access.Manageable<Programme, ProgrammeRevision>(db.Programmes);

    private ProgrammeContent Validate(ProgrammeInput input)
    {
        var common = checks.Common(input);
        var country = checks.CountryOrRegional("country", input.Country);
        checks.PublicText("responsibleInstitution", input.ResponsibleInstitution, 300, required: true);
        checks.PublicText("partners", input.Partners, 1000);
        var types = checks.AtLeastOne("types", input.Types);
        checks.PublicText("targetPopulation", input.TargetPopulation, 1000);
        var coverage = checks.PCodes("coverage", input.Coverage, country);
        checks.PublicText("fundingSource", input.FundingSource, 300);
        checks.Amount("fundingAmount", input.FundingAmount, required: false);
        checks.Currency("currency", input.Currency, required: input.FundingAmount is not null);
        checks.DateWithin("startDate", input.StartDate, new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        checks.DateWithin("endDate", input.EndDate, new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        if (input.StartDate is { } start && input.EndDate is { } end && end < start)
        {
            checks.Add("endDate", "Validation.EndBeforeStart");
        }
        var indicators = (input.Indicators ?? []).Where(i => i is not null && (i.Name is not null || i.Target is not null || i.Achieved is not null)).ToList();
        if (indicators.Count > CatalogueLimits.MaxIndicators)
        {
            checks.Add("indicators", "Validation.TooMany", CatalogueLimits.MaxIndicators);
        }
        for (var i = 0; i < indicators.Count && i < CatalogueLimits.MaxIndicators; i++)
        {
            checks.PublicText($"indicators[{i}].name", indicators[i].Name, 200, required: true);
            checks.Text($"indicators[{i}].unit", indicators[i].Unit, 40);
            checks.Amount($"indicators[{i}].target", indicators[i].Target, required: false);
            checks.Amount($"indicators[{i}].achieved", indicators[i].Achieved, required: false);
        }
        checks.PublicText("lessonsLearned", input.LessonsLearned, CatalogueLimits.Text);
        checks.ThrowIfInvalid();
        return new ProgrammeContent(common, country, input.ResponsibleInstitution!, input.Partners, types, input.TargetPopulation, coverage,
            input.FundingSource, input.FundingAmount, input.Currency, input.StartDate, input.EndDate,
            indicators.Select(i => new ResultIndicator { Name = i.Name!, Unit = i.Unit, Target = i.Target, Achieved = i.Achieved }).ToList(),
            input.LessonsLearned);
    }
}
