using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// Information and outreach activities of the user's institution (mobile units, campaigns, psychoeducation), with the
/// people reached counted by sex and age group. Another institution's activity is not found.
/// </summary>
public sealed class ManageOutreach(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock)
{
    public const int PageSize = 25;
    public const int MaxPerCell = 1_000_000;

    public sealed class OutreachInput
    {
        public Guid? ProgrammeId { get; set; }

        public OutreachKind? Kind { get; set; }

        public string? Title { get; set; }

        public DateOnly? Date { get; set; }

        public string? Adm1 { get; set; }

        public string? Adm2 { get; set; }

        public string? Venue { get; set; }

        public string? Audience { get; set; }

        public string? Materials { get; set; }

        public List<ReachInput>? Reached { get; set; }

        public int? NotDisaggregated { get; set; }

        public int? Version { get; set; }
    }

    public sealed class ReachInput
    {
        public Sex? Sex { get; set; }

        public AgeGroup? AgeGroup { get; set; }

        public int? Count { get; set; }
    }

    public sealed record ReachView(Sex Sex, AgeGroup AgeGroup, int Count);

    public sealed record ActivityView(
        Guid Id, Guid? ProgrammeId, string? ProgrammeTitle, OutreachKind Kind, string Title, DateOnly Date, string Adm1, string? Adm2, string? Venue,
        string? Audience, string? Materials, IReadOnlyList<ReachView> Reached, int NotDisaggregated, int Total, int Version);

    public sealed record ActivityPage(IReadOnlyList<ActivityView> Items, int Page, int Total, int PageSize);

    public async Task<ActivityView> CreateAsync(OutreachInput input, CancellationToken ct)
    {
        var details = await ValidateAsync(input, ct);
        var activity = new OutreachActivity(me.InstitutionId, details, clock.GetUtcNow().UtcDateTime);
        db.OutreachActivities.Add(activity);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(activity.Id, ct))!;
    }

    public async Task<ActivityView?> UpdateAsync(Guid id, OutreachInput input, CancellationToken ct)
    {
        var activity = await db.OutreachActivities.Include(a => a.Reach).FirstOrDefaultAsync(a => a.Id == id && a.InstitutionId == me.InstitutionId, ct);
        if (activity is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        var details = await ValidateAsync(input, ct);
        db.Entry(activity).Property(a => a.Version).OriginalValue = input.Version!.Value;
        activity.Update(details);
        // An activity whose counts alone changed is still the record two people may edit at once.
        db.Entry(activity).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ActivityView?> GetAsync(Guid id, CancellationToken ct) =>
        (await ViewsAsync(db.OutreachActivities.Where(a => a.Id == id && a.InstitutionId == me.InstitutionId), ct)).FirstOrDefault();

    public async Task<ActivityPage> ListAsync(int page, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, 10_000);
        var query = db.OutreachActivities.Where(a => a.InstitutionId == me.InstitutionId);
        var total = await query.CountAsync(ct);
        var items = await ViewsAsync(query.OrderByDescending(a => a.Date).ThenByDescending(a => a.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize), ct);
        return new ActivityPage(items, page, total, PageSize);
    }

    /// <summary>The country of the user's institution: where its activities usually take place.</summary>
    public async Task<string> MyCountryAsync(CancellationToken ct) =>
        await db.Institutions.Where(i => i.Id == me.InstitutionId).Select(i => i.CountryCode).FirstOrDefaultAsync(ct) ?? "GT";

    private async Task<IReadOnlyList<ActivityView>> ViewsAsync(IQueryable<OutreachActivity> query, CancellationToken ct)
    {
        var activities = await query.AsNoTracking().Include(a => a.Reach).ToListAsync(ct);
        var programmeIds = activities.Where(a => a.ProgrammeId is not null).Select(a => a.ProgrammeId!.Value).Distinct().ToList();
        var titles = await (from p in db.Programmes
                            where programmeIds.Contains(p.Id)
                            join r in db.ProgrammeRevisions on new { p.Id, Number = p.LatestNumber } equals new { Id = r.EntryId, r.Number }
                            select new { p.Id, r.Title }).ToDictionaryAsync(x => x.Id, x => x.Title, ct);
        return activities.Select(a => new ActivityView(a.Id, a.ProgrammeId, a.ProgrammeId is { } p && titles.TryGetValue(p, out var t) ? t : null,
            a.Kind, a.Title, a.Date, a.Adm1PCode, a.Adm2PCode, a.Venue, a.Audience, a.Materials,
            a.Reach.OrderBy(r => r.AgeGroup).ThenBy(r => r.Sex).Select(r => new ReachView(r.Sex, r.AgeGroup, r.Count)).ToList(),
            a.NotDisaggregated, a.TotalReached, a.Version)).ToList();
    }

    private async Task<OutreachDetails> ValidateAsync(OutreachInput input, CancellationToken ct)
    {
        checks.Enum("kind", input.Kind, required: true);
        checks.PublicText("title", input.Title, 200, required: true);
        checks.Required("date", input.Date);
        checks.DateWithin("date", input.Date, new DateOnly(2000, 1, 1), time.Today);
        checks.Place("adm1", input.Adm1, "adm2", input.Adm2, required: true);
        checks.PublicText("venue", input.Venue, 200);
        checks.PublicText("audience", input.Audience, 300);
        checks.PublicText("materials", input.Materials, 1000);
        checks.Range("notDisaggregated", input.NotDisaggregated, 0, MaxPerCell);
        var reached = input.Reached ?? [];
        if (reached.Count > 60)
        {
            checks.Add("reached", "Validation.TooMany", 60);
        }
        for (var i = 0; i < reached.Count && i < 60; i++)
        {
            checks.Enum($"reached[{i}].sex", reached[i]?.Sex, required: true);
            checks.Enum($"reached[{i}].ageGroup", reached[i]?.AgeGroup, required: true);
            checks.Range($"reached[{i}].count", reached[i]?.Count, 0, MaxPerCell);
        }
        // An activity links only to its own institution's programmes: its counts become that programme's outcomes.
        if (input.ProgrammeId is { } programmeId && !await db.Programmes.AnyAsync(p => p.Id == programmeId && p.InstitutionId == me.InstitutionId, ct))
        {
            checks.Add("programmeId", "Validation.UnknownOption");
        }
        checks.ThrowIfInvalid();
        var counts = reached.Where(r => r.Count > 0).Select(r => new ReachCount(r.Sex!.Value, r.AgeGroup!.Value, r.Count!.Value)).ToList();
        if (counts.Count == 0 && (input.NotDisaggregated ?? 0) == 0)
        {
            checks.Add("reached", "Validation.NobodyReached");
            checks.ThrowIfInvalid();
        }
        return new OutreachDetails(input.ProgrammeId, input.Kind!.Value, input.Title!, input.Date!.Value, input.Adm1!, input.Adm2,
            input.Venue, input.Audience, input.Materials, counts, input.NotDisaggregated ?? 0);
    }
}
