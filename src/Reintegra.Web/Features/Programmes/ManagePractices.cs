using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;
using static Reintegra.Web.Features.Programmes.CatalogueViews;

namespace Reintegra.Web.Features.Programmes;

/// <summary>The Annex I form, signed-in side: challenges and good practices a member state or observer organisation shares.</summary>
public sealed class ManagePractices(AppDbContext db, EntryAccess access, Checks checks, TimeProvider clock)
{
    public const int PageSize = 25;

    public sealed class PracticeInput : EntryInput
    {
        public PracticeKind? Kind { get; set; }

        /// <summary>ISO 3166-1 alpha-2, or "regional".</summary>
        public string? Country { get; set; }

        public string? Results { get; set; }

        public string? LessonsLearned { get; set; }

        public Guid? ProgrammeId { get; set; }
    }

    public sealed record PracticeView(
        Guid Id, string InstitutionName, int Version, int? PublishedNumber, PracticeData Working, IReadOnlyList<VersionInfo> Versions, EntryPermissions Can);

    public async Task<PracticeView> CreateAsync(PracticeInput input, CancellationToken ct)
    {
        var content = await ValidateAsync(input, access.InstitutionId, ct);
        var practice = new Practice(access.InstitutionId, content, clock.GetUtcNow().UtcDateTime);
        db.Practices.Add(practice);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(practice.Id, ct))!;
    }

    public async Task<PracticeView?> UpdateAsync(Guid id, PracticeInput input, CancellationToken ct)
    {
        var practice = await Manageable().Include(p => p.Revisions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        var content = await ValidateAsync(input, practice.InstitutionId, ct);
        db.Entry(practice).Property(p => p.Version).OriginalValue = input.Version!.Value;
        practice.Edit(clock.GetUtcNow().UtcDateTime).Update(content);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<PracticeView?> GetAsync(Guid id, CancellationToken ct)
    {
        var practice = await Manageable().AsNoTracking().Include(p => p.Revisions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null)
        {
            return null;
        }
        var institution = await db.Institutions.Where(i => i.Id == practice.InstitutionId).Select(i => i.Name).FirstAsync(ct);
        var working = practice.Working;
        var programme = working.ProgrammeId is { } pid
            ? await (from p in db.Programmes
                     where p.Id == pid
                     join r in db.ProgrammeRevisions on new { p.Id, Number = p.LatestNumber } equals new { Id = r.EntryId, r.Number }
                     select r.Title).FirstOrDefaultAsync(ct)
            : null;
        return new PracticeView(practice.Id, institution, practice.Version, practice.PublishedNumber, Of(working, programme),
            practice.Revisions.OrderByDescending(r => r.Number).Select(VersionOf).ToList(), access.For(practice));
    }

    public async Task<CardPage> ListAsync(ManageProgrammes.ListQuery query, CancellationToken ct)
    {
        var page = Math.Clamp(query.Page ?? 1, 1, 10_000);
        var entries = Manageable().AsNoTracking();
        if (query.Scope != "review" && access.IsFocalPoint)
        {
            entries = entries.Where(p => p.InstitutionId == access.InstitutionId);
        }
        var rows = from p in entries
                   join r in db.PracticeRevisions on new { p.Id, Number = p.LatestNumber } equals new { Id = r.EntryId, r.Number }
                   join i in db.Institutions on p.InstitutionId equals i.Id
                   select new { p, r, i };
        if (query.Status is { } status)
        {
            rows = rows.Where(x => x.r.Status == status);
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(x => x.p.UpdatedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new CardRow(x.p.Id, x.r.Number, x.r.Status, x.r.Title, x.r.Language, x.r.TranslatedTitle, x.r.Summary, x.r.CountryCode,
                x.r.Levels, x.r.Dimensions, x.r.TargetGroups, ProgrammeTypes.None, x.i.Name, x.r.Kind.ToString(), x.r.PublishedAt, x.p.UpdatedAt))
            .ToListAsync(ct);
        return new CardPage(items.Select(i => i.ToCard()).ToList(), page, total, PageSize);
    }

    /// <summary>The institution an entry belongs to (call after <see cref="GetAsync"/> has found it).</summary>
    public async Task<Guid> OwnerAsync(Guid id, CancellationToken ct) =>
        await Manageable().Where(p => p.Id == id).Select(p => p.InstitutionId).FirstAsync(ct);

    private IQueryable<Practice> Manageable() => access.Manageable<Practice, PracticeRevision>(db.Practices);

    private async Task<PracticeContent> ValidateAsync(PracticeInput input, Guid ownerInstitutionId, CancellationToken ct)
    {
        var common = checks.Common(input);
        checks.Enum("kind", input.Kind, required: true);
        var country = checks.CountryOrRegional("country", input.Country);
        checks.PublicText("results", input.Results, CatalogueLimits.Text);
        checks.PublicText("lessonsLearned", input.LessonsLearned, CatalogueLimits.Text);
        // The related programme must be the same institution's or public: an entry cannot reveal another's draft.
        if (input.ProgrammeId is { } programmeId
            && !await db.Programmes.AnyAsync(p => p.Id == programmeId && (p.InstitutionId == ownerInstitutionId || p.PublishedNumber != null), ct))
        {
            checks.Add("programmeId", "Validation.UnknownOption");
        }
        checks.ThrowIfInvalid();
        return new PracticeContent(common, input.Kind!.Value, country, input.Results, input.LessonsLearned, input.ProgrammeId);
    }
}
