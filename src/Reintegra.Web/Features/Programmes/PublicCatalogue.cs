using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using static Reintegra.Web.Features.Programmes.CatalogueViews;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// The public portal's reads: published programmes, Annex I entries and the roadmap, for anyone and without signing in.
/// Only published versions (and the versions they replaced) are ever read here, and nothing that names a person:
/// institutions and countries only. This class does not know who is asking, on purpose.
/// </summary>
public sealed class PublicCatalogue(AppDbContext db, ProgrammeOutcomes outcomes)
{
    public const int PageSize = 20;
    public const int ExportLimit = 10_000;

    public sealed record Query(
        string? Q, string? Country, ReintegrationLevels? Level, ReintegrationDimensions? Dimension, TargetGroups? Group, ProgrammeTypes? Type,
        PracticeKind? Kind, int? Page);

    public sealed record ProgrammePage(
        Guid Id, string InstitutionName, int CurrentNumber, ProgrammeData Shown, IReadOnlyList<VersionInfo> Versions, ProgrammeOutcomes.Outcomes Outcomes,
        IReadOnlyList<Card> Practices);

    public sealed record PracticePage(Guid Id, string InstitutionName, int CurrentNumber, PracticeData Shown, IReadOnlyList<VersionInfo> Versions);

    public sealed record ProgressItem(DateOnly ReportedOn, RecommendationStatus Status, string Text, string InstitutionName);

    public sealed record RecommendationItem(
        Guid Id, int CurrentNumber, RecommendationData Shown, RecommendationStatus Status, IReadOnlyList<ProgressItem> Progress, IReadOnlyList<VersionInfo> Versions);

    public sealed record ExecutionItem(DateOnly ReportedOn, decimal Amount, string? Note);

    public sealed record CommitmentItem(
        Guid Id, string Country, string Institution, string Purpose, Guid? RecommendationId, string? RecommendationTitle, decimal Amount, string Currency,
        int FromYear, int ToYear, decimal Executed, IReadOnlyList<ExecutionItem> Executions);

    public sealed record Roadmap(IReadOnlyList<RecommendationItem> Recommendations, IReadOnlyList<CommitmentItem> Commitments);

    public sealed record CountryCount(string Country, int Programmes, int Practices, int Recommendations);

    public sealed record Overview(int Programmes, int GoodPractices, int Challenges, int Recommendations, IReadOnlyList<CountryCount> Countries);

    public sealed record PlaceReach(string Adm1, int Activities, int Female, int Male, int Other, int NotDisaggregated);

    public sealed record CountryReport(
        string Country, IReadOnlyList<ProgrammeData> Programmes, IReadOnlyList<PracticeData> Practices, IReadOnlyList<RecommendationItem> Recommendations,
        IReadOnlyList<CommitmentItem> Commitments, IReadOnlyList<PlaceReach> Reach);

    public async Task<CardPage> ProgrammesAsync(Query query, CancellationToken ct)
    {
        var revisions = Filter(db.ProgrammeRevisions.AsNoTracking().Where(r => r.Status == EntryStatus.Published), query);
        if (CountryFilter(query.Country, out var code))
        {
            revisions = revisions.Where(r => r.CountryCode == code);
        }
        if (query.Type is { } type && type != ProgrammeTypes.None)
        {
            revisions = revisions.Where(r => (r.Types & type) == type);
        }
        var rows = from r in revisions
                   join p in db.Programmes on r.EntryId equals p.Id
                   join i in db.Institutions on p.InstitutionId equals i.Id
                   select new { r, i.Name };
        var page = Math.Clamp(query.Page ?? 1, 1, 10_000);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(x => x.r.CountryCode).ThenBy(x => x.r.Title).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new CardRow(x.r.EntryId, x.r.Number, x.r.Status, x.r.Title, x.r.Language, x.r.TranslatedTitle, x.r.Summary, x.r.CountryCode,
                x.r.Levels, x.r.Dimensions, x.r.TargetGroups, x.r.Types, x.Name, x.r.ResponsibleInstitution, x.r.PublishedAt, x.r.CreatedAt))
            .ToListAsync(ct);
        return new CardPage(items.Select(i => i.ToCard()).ToList(), page, total, PageSize);
    }

    public async Task<CardPage> PracticesAsync(Query query, CancellationToken ct)
    {
        var revisions = Filter(db.PracticeRevisions.AsNoTracking().Where(r => r.Status == EntryStatus.Published), query);
        if (CountryFilter(query.Country, out var code))
        {
            revisions = revisions.Where(r => r.CountryCode == code);
        }
        if (query.Kind is { } kind)
        {
            revisions = revisions.Where(r => r.Kind == kind);
        }
        var rows = from r in revisions
                   join p in db.Practices on r.EntryId equals p.Id
                   join i in db.Institutions on p.InstitutionId equals i.Id
                   select new { r, i.Name };
        var page = Math.Clamp(query.Page ?? 1, 1, 10_000);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(x => x.r.CountryCode).ThenBy(x => x.r.Title).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new CardRow(x.r.EntryId, x.r.Number, x.r.Status, x.r.Title, x.r.Language, x.r.TranslatedTitle, x.r.Summary, x.r.CountryCode,
                x.r.Levels, x.r.Dimensions, x.r.TargetGroups, ProgrammeTypes.None, x.Name, x.r.Kind.ToString(), x.r.PublishedAt, x.r.CreatedAt))
            .ToListAsync(ct);
        return new CardPage(items.Select(i => i.ToCard()).ToList(), page, total, PageSize);
    }

    /// <summary>A published programme, or one of its earlier published versions; null when there is no such public version.</summary>
    public async Task<ProgrammePage?> ProgrammeAsync(Guid id, int? number, CancellationToken ct)
    {
        var entry = await db.Programmes.AsNoTracking().Where(p => p.Id == id && p.PublishedNumber != null)
            .Select(p => new { p.InstitutionId, Current = p.PublishedNumber!.Value }).FirstOrDefaultAsync(ct);
        if (entry is null)
        {
            return null;
        }
        var versions = await db.ProgrammeRevisions.AsNoTracking().Where(r => r.EntryId == id && (r.Status == EntryStatus.Published || r.Status == EntryStatus.Superseded))
            .OrderByDescending(r => r.Number).ToListAsync(ct);
        var shown = versions.FirstOrDefault(r => r.Number == (number ?? entry.Current));
        if (shown is null)
        {
            return null;
        }
        var practices = await PracticesOfAsync(id, ct);
        return new ProgrammePage(id, await InstitutionAsync(entry.InstitutionId, ct), entry.Current, Of(shown), versions.Select(VersionOf).ToList(),
            await outcomes.ForAsync(id, forPublic: true, ct), practices);
    }

    public async Task<PracticePage?> PracticeAsync(Guid id, int? number, CancellationToken ct)
    {
        var entry = await db.Practices.AsNoTracking().Where(p => p.Id == id && p.PublishedNumber != null)
            .Select(p => new { p.InstitutionId, Current = p.PublishedNumber!.Value }).FirstOrDefaultAsync(ct);
        if (entry is null)
        {
            return null;
        }
        var versions = await db.PracticeRevisions.AsNoTracking().Where(r => r.EntryId == id && (r.Status == EntryStatus.Published || r.Status == EntryStatus.Superseded))
            .OrderByDescending(r => r.Number).ToListAsync(ct);
        var shown = versions.FirstOrDefault(r => r.Number == (number ?? entry.Current));
        if (shown is null)
        {
            return null;
        }
        return new PracticePage(id, await InstitutionAsync(entry.InstitutionId, ct), entry.Current, Of(shown, await PublishedTitleAsync(shown.ProgrammeId, ct)),
            versions.Select(VersionOf).ToList());
    }

    /// <summary>Every published programme matching the filters, in full, for the export (at most <see cref="ExportLimit"/>).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Institution, ProgrammeData Data)>> AllProgrammesAsync(Query query, CancellationToken ct)
    {
        var revisions = Filter(db.ProgrammeRevisions.AsNoTracking().Where(r => r.Status == EntryStatus.Published), query);
        if (CountryFilter(query.Country, out var code))
        {
            revisions = revisions.Where(r => r.CountryCode == code);
        }
        if (query.Type is { } type && type != ProgrammeTypes.None)
        {
            revisions = revisions.Where(r => (r.Types & type) == type);
        }
        var rows = await (from r in revisions
                          join p in db.Programmes on r.EntryId equals p.Id
                          join i in db.Institutions on p.InstitutionId equals i.Id
                          orderby r.CountryCode, r.Title
                          select new { r, i.Name }).Take(ExportLimit).ToListAsync(ct);
        return rows.Select(x => (x.r.EntryId, x.Name, Of(x.r))).ToList();
    }

    public async Task<IReadOnlyList<(Guid Id, string Institution, PracticeData Data)>> AllPracticesAsync(Query query, CancellationToken ct)
    {
        var revisions = Filter(db.PracticeRevisions.AsNoTracking().Where(r => r.Status == EntryStatus.Published), query);
        if (CountryFilter(query.Country, out var code))
        {
            revisions = revisions.Where(r => r.CountryCode == code);
        }
        if (query.Kind is { } kind)
        {
            revisions = revisions.Where(r => r.Kind == kind);
        }
        var rows = await (from r in revisions
                          join p in db.Practices on r.EntryId equals p.Id
                          join i in db.Institutions on p.InstitutionId equals i.Id
                          orderby r.CountryCode, r.Kind, r.Title
                          select new { r, i.Name }).Take(ExportLimit).ToListAsync(ct);
        var programmeIds = rows.Where(x => x.r.ProgrammeId is not null).Select(x => x.r.ProgrammeId!.Value).Distinct().ToList();
        var titles = await db.ProgrammeRevisions.Where(r => programmeIds.Contains(r.EntryId) && r.Status == EntryStatus.Published)
            .ToDictionaryAsync(r => r.EntryId, r => r.Title, ct);
        return rows.Select(x => (x.r.EntryId, x.Name, Of(x.r, x.r.ProgrammeId is { } id ? titles.GetValueOrDefault(id) : null))).ToList();
    }

    public async Task<Roadmap> RoadmapAsync(Query query, CancellationToken ct)
    {
        var recommendations = await RecommendationsAsync(query, ct);
        var commitments = await CommitmentsAsync(string.IsNullOrWhiteSpace(query.Country) ? null : query.Country, ct);
        return new Roadmap(recommendations, commitments);
    }

    public async Task<RecommendationItem?> RecommendationAsync(Guid id, int? number, CancellationToken ct)
    {
        var current = await db.Recommendations.AsNoTracking().Where(r => r.Id == id && r.PublishedNumber != null).Select(r => r.PublishedNumber).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return null;
        }
        var versions = await db.RecommendationRevisions.AsNoTracking()
            .Where(r => r.EntryId == id && (r.Status == EntryStatus.Published || r.Status == EntryStatus.Superseded)).OrderByDescending(r => r.Number).ToListAsync(ct);
        var shown = versions.FirstOrDefault(r => r.Number == (number ?? current));
        if (shown is null)
        {
            return null;
        }
        var progress = await ProgressAsync([id], ct);
        var items = progress.GetValueOrDefault(id) ?? [];
        return new RecommendationItem(id, current.Value, Of(shown), items.Count == 0 ? RecommendationStatus.NotStarted : items[0].Status, items,
            versions.Select(VersionOf).ToList());
    }

    public async Task<Overview> OverviewAsync(CancellationToken ct)
    {
        var programmes = await (from p in db.Programmes
                                join r in db.ProgrammeRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = r.EntryId, r.Number }
                                select r.CountryCode).ToListAsync(ct);
        var practices = await (from p in db.Practices
                               join r in db.PracticeRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = r.EntryId, r.Number }
                               select new { r.CountryCode, r.Kind }).ToListAsync(ct);
        var recommendations = await (from p in db.Recommendations
                                     join r in db.RecommendationRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = r.EntryId, r.Number }
                                     select r.ResponsibleCountries).ToListAsync(ct);
        var countries = programmes.Concat(practices.Select(p => p.CountryCode)).Concat(recommendations.SelectMany(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Select(CountryOf).Distinct()
            .Select(c => new CountryCount(c,
                programmes.Count(p => CountryOf(p) == c),
                practices.Count(p => CountryOf(p.CountryCode) == c),
                recommendations.Count(r => r.Split(' ').Contains(c) || (r.Length == 0 && c != CatalogueChecks.Regional))))
            .OrderBy(c => c.Country == CatalogueChecks.Regional ? 1 : 0).ThenBy(c => c.Country, StringComparer.Ordinal).ToList();
        return new Overview(programmes.Count, practices.Count(p => p.Kind == PracticeKind.GoodPractice), practices.Count(p => p.Kind == PracticeKind.Challenge),
            recommendations.Count, countries);
    }

    /// <summary>Everything public about one country (or "regional"), for the printable report.</summary>
    public async Task<CountryReport> CountryReportAsync(string country, CancellationToken ct)
    {
        var code = country.Trim().ToUpperInvariant();
        var regional = string.Equals(country, CatalogueChecks.Regional, StringComparison.OrdinalIgnoreCase);
        var programmes = await (from p in db.Programmes.AsNoTracking()
                                join r in db.ProgrammeRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = r.EntryId, r.Number }
                                where regional ? r.CountryCode == null : r.CountryCode == code
                                orderby r.Title
                                select r).ToListAsync(ct);
        var practices = await (from p in db.Practices.AsNoTracking()
                               join r in db.PracticeRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = r.EntryId, r.Number }
                               where regional ? r.CountryCode == null : r.CountryCode == code
                               orderby r.Kind, r.Title
                               select r).ToListAsync(ct);
        var titles = programmes.ToDictionary(p => p.EntryId, p => p.Title);
        var recommendations = (await RecommendationsAsync(new Query(null, null, null, null, null, null, null, null), ct))
            .Where(r => !regional && (r.Shown.ResponsibleCountries.Count == 0 || r.Shown.ResponsibleCountries.Contains(code))).ToList();
        var commitments = regional ? [] : await CommitmentsAsync(code, ct);
        var programmeIds = programmes.Select(p => p.EntryId).ToList();
        var reach = await (from a in db.OutreachActivities.AsNoTracking()
                           where a.ProgrammeId != null && programmeIds.Contains(a.ProgrammeId.Value)
                           select new
                           {
                               a.Adm1PCode,
                               a.NotDisaggregated,
                               Female = a.Reach.Where(r => r.Sex == Sex.Female).Sum(r => r.Count),
                               Male = a.Reach.Where(r => r.Sex == Sex.Male).Sum(r => r.Count),
                               Other = a.Reach.Where(r => r.Sex == Sex.Other).Sum(r => r.Count),
                           }).ToListAsync(ct);
        var places = reach.GroupBy(r => r.Adm1PCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PlaceReach(g.Key, g.Count(), g.Sum(x => x.Female), g.Sum(x => x.Male), g.Sum(x => x.Other), g.Sum(x => x.NotDisaggregated))).ToList();
        return new CountryReport(regional ? CatalogueChecks.Regional : code, programmes.Select(Of).ToList(),
            practices.Select(p => Of(p, p.ProgrammeId is { } id ? titles.GetValueOrDefault(id) : null)).ToList(), recommendations, commitments, places);
    }

    private async Task<IReadOnlyList<RecommendationItem>> RecommendationsAsync(Query query, CancellationToken ct)
    {
        var rows = from p in db.Recommendations.AsNoTracking()
                   join r in db.RecommendationRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = r.EntryId, r.Number }
                   select r;
        rows = Filter(rows, query);
        if (!string.IsNullOrWhiteSpace(query.Country) && query.Country.Trim().Length == 2)
        {
            var code = query.Country.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.ResponsibleCountries == "" || r.ResponsibleCountries.Contains(code));
        }
        var revisions = await rows.OrderBy(r => r.Levels).ThenBy(r => r.PublishedAt).Take(500).ToListAsync(ct);
        var ids = revisions.Select(r => r.EntryId).ToList();
        var progress = await ProgressAsync(ids, ct);
        return revisions.Select(r =>
        {
            var items = progress.GetValueOrDefault(r.EntryId) ?? [];
            return new RecommendationItem(r.EntryId, r.Number, Of(r), items.Count == 0 ? RecommendationStatus.NotStarted : items[0].Status, items, []);
        }).ToList();
    }

    private async Task<Dictionary<Guid, List<ProgressItem>>> ProgressAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var rows = await (from u in db.ProgressUpdates.AsNoTracking()
                          where ids.Contains(u.RecommendationId)
                          join i in db.Institutions on u.InstitutionId equals i.Id
                          orderby u.ReportedOn descending, u.CreatedAt descending
                          select new { u.RecommendationId, Item = new ProgressItem(u.ReportedOn, u.Status, u.Text, i.Name) }).ToListAsync(ct);
        return rows.GroupBy(r => r.RecommendationId).ToDictionary(g => g.Key, g => g.Select(x => x.Item).ToList());
    }

    private async Task<IReadOnlyList<CommitmentItem>> CommitmentsAsync(string? country, CancellationToken ct)
    {
        var query = db.BudgetCommitments.AsNoTracking().Include(c => c.Executions).AsQueryable();
        if (country is not null)
        {
            var code = country.Trim().ToUpperInvariant();
            query = query.Where(c => c.CountryCode == code);
        }
        var commitments = await query.OrderBy(c => c.CountryCode).ThenBy(c => c.FromYear).Take(1000).ToListAsync(ct);
        var ids = commitments.Where(c => c.RecommendationId is not null).Select(c => c.RecommendationId!.Value).Distinct().ToList();
        var titles = await (from p in db.Recommendations
                            where ids.Contains(p.Id) && p.PublishedNumber != null
                            join r in db.RecommendationRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = r.EntryId, r.Number }
                            select new { p.Id, r.Title }).ToDictionaryAsync(x => x.Id, x => x.Title, ct);
        return commitments.Select(c => new CommitmentItem(c.Id, c.CountryCode, c.Institution, c.Purpose,
            c.RecommendationId is { } r && titles.ContainsKey(r) ? r : null, c.RecommendationId is { } t ? titles.GetValueOrDefault(t) : null,
            c.Amount, c.Currency, c.FromYear, c.ToYear, c.Executed,
            c.Executions.OrderByDescending(e => e.ReportedOn).Select(e => new ExecutionItem(e.ReportedOn, e.Amount, e.Note)).ToList())).ToList();
    }

    private async Task<IReadOnlyList<Card>> PracticesOfAsync(Guid programmeId, CancellationToken ct)
    {
        var rows = await (from p in db.Practices.AsNoTracking()
                          join r in db.PracticeRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = r.EntryId, r.Number }
                          join i in db.Institutions on p.InstitutionId equals i.Id
                          where r.ProgrammeId == programmeId
                          orderby r.Title
                          select new CardRow(r.EntryId, r.Number, r.Status, r.Title, r.Language, r.TranslatedTitle, r.Summary, r.CountryCode,
                              r.Levels, r.Dimensions, r.TargetGroups, ProgrammeTypes.None, i.Name, r.Kind.ToString(), r.PublishedAt, r.CreatedAt))
            .Take(50).ToListAsync(ct);
        return rows.Select(r => r.ToCard()).ToList();
    }

    private async Task<string?> PublishedTitleAsync(Guid? programmeId, CancellationToken ct) =>
        programmeId is not { } id ? null
        : await (from p in db.Programmes
                 where p.Id == id && p.PublishedNumber != null
                 join r in db.ProgrammeRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = r.EntryId, r.Number }
                 select r.Title).FirstOrDefaultAsync(ct);

    private async Task<string> InstitutionAsync(Guid id, CancellationToken ct) =>
        await db.Institutions.Where(i => i.Id == id).Select(i => i.Name).FirstAsync(ct);

    /// <summary>The filters every catalogue list shares: words of the search, level, dimension, vulnerability group.</summary>
    private static IQueryable<TRevision> Filter<TRevision>(IQueryable<TRevision> revisions, Query query)
        where TRevision : EntryRevision
    {
        foreach (var word in CatalogueSearch.Words(query.Q))
        {
            revisions = revisions.Where(r => r.SearchText.Contains(word));
        }
        if (query.Level is { } level && level != ReintegrationLevels.None)
        {
            revisions = revisions.Where(r => (r.Levels & level) == level);
        }
        if (query.Dimension is { } dimension && dimension != ReintegrationDimensions.None)
        {
            revisions = revisions.Where(r => (r.Dimensions & dimension) == dimension);
        }
        if (query.Group is { } group && group != TargetGroups.None)
        {
            revisions = revisions.Where(r => (r.TargetGroups & group) == group);
        }
        return revisions;
    }

    /// <summary>A country filter: a two-letter code, or "regional" (code null). False when there is no filter.</summary>
    private static bool CountryFilter(string? country, out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(country))
        {
            return false;
        }
        if (string.Equals(country.Trim(), CatalogueChecks.Regional, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        code = country.Trim().ToUpperInvariant();
        return true;
    }
}
