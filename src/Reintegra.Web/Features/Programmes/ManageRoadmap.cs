using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;
using static Reintegra.Web.Features.Programmes.CatalogueViews;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// The regional roadmap, signed-in side. The secretariat records the working groups' recommendations and publishes
/// them, and records budget commitments; the secretariat and the focal points of the responsible countries report
/// progress and execution.
/// </summary>
public sealed class ManageRoadmap(AppDbContext db, CurrentUser me, EntryAccess access, Checks checks, AuditLog audit, LocalTime time, TimeProvider clock)
{
    /// <summary>The member states of the Regional Conference on Migration, offered first when naming who is responsible.</summary>
    public static readonly string[] MemberStates = ["BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO"];

    public sealed class RecommendationInput : EntryInput
    {
        /// <summary>ISO 3166-1 alpha-2 codes; none means every member state.</summary>
        public List<string>? ResponsibleCountries { get; set; }

        public string? ResponsibleInstitutions { get; set; }

        public RecommendationTerm? Term { get; set; }

        public DateOnly? DueBy { get; set; }

        public string? Indicators { get; set; }
    }

    public sealed class ProgressInput
    {
        public DateOnly? ReportedOn { get; set; }

        public RecommendationStatus? Status { get; set; }

        public string? Text { get; set; }
    }

    public sealed class CommitmentInput
    {
        public string? Country { get; set; }

        public string? Institution { get; set; }

        public string? Purpose { get; set; }

        public Guid? RecommendationId { get; set; }

        public Guid? ProgrammeId { get; set; }

        public decimal? Amount { get; set; }

        public string? Currency { get; set; }

        public int? FromYear { get; set; }

        public int? ToYear { get; set; }

        public int? Version { get; set; }
    }

    public sealed class ExecutionInput
    {
        public DateOnly? ReportedOn { get; set; }

        public decimal? Amount { get; set; }

        public string? Note { get; set; }

        public int? Version { get; set; }
    }

    public sealed record ProgressView(Guid Id, DateOnly ReportedOn, RecommendationStatus Status, string Text, string InstitutionName);

    public sealed record RecommendationView(
        Guid Id, int Version, int? PublishedNumber, RecommendationData Working, RecommendationData? Published, IReadOnlyList<VersionInfo> Versions,
        RecommendationStatus Status, IReadOnlyList<ProgressView> Progress, bool CanEdit, bool CanReport);

    public sealed record ExecutionView(Guid Id, DateOnly ReportedOn, decimal Amount, string? Note, string InstitutionName);

    public sealed record CommitmentView(
        Guid Id, string Country, string Institution, string Purpose, Guid? RecommendationId, string? RecommendationTitle, Guid? ProgrammeId,
        string? ProgrammeTitle, decimal Amount, string Currency, int FromYear, int ToYear, decimal Executed, IReadOnlyList<ExecutionView> Executions,
        int Version, bool CanReport);

    public async Task<RecommendationView> CreateAsync(RecommendationInput input, CancellationToken ct)
    {
        var content = Validate(input);
        var recommendation = new Recommendation(me.InstitutionId, content, clock.GetUtcNow().UtcDateTime);
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(recommendation.Id, ct))!;
    }

    public async Task<RecommendationView?> UpdateAsync(Guid id, RecommendationInput input, CancellationToken ct)
    {
        var recommendation = await db.Recommendations.Include(r => r.Revisions).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (recommendation is null || !access.IsSecretariat)
        {
            return null;
        }
        checks.Required("version", input.Version);
        var content = Validate(input);
        db.Entry(recommendation).Property(r => r.Version).OriginalValue = input.Version!.Value;
        recommendation.Edit(clock.GetUtcNow().UtcDateTime).Update(content);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>The secretariat publishes what the plenary adopted; there is no further review.</summary>
    public async Task<bool> PublishAsync(Guid id, int? version, CancellationToken ct)
    {
        var recommendation = await db.Recommendations.Include(r => r.Revisions).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (recommendation is null || !access.IsSecretariat)
        {
            return false;
        }
        checks.Required("version", version);
        checks.ThrowIfInvalid();
        db.Entry(recommendation).Property(r => r.Version).OriginalValue = version!.Value;
        recommendation.Publish(clock.GetUtcNow().UtcDateTime, reviewRequired: false);
        audit.Add(ReviewEntries.PublishedAction, nameof(Recommendation), id.ToString(), null, $"version {recommendation.Working.Number}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The secretariat sees every recommendation; focal points see the published ones.</summary>
    public async Task<RecommendationView?> GetAsync(Guid id, CancellationToken ct)
    {
        var recommendation = await Visible().AsNoTracking().Include(r => r.Revisions).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (recommendation is null)
        {
            return null;
        }
        var progress = await ProgressAsync(id, ct);
        var published = recommendation.Published;
        var country = await MyCountryAsync(ct);
        var canReport = published is not null && (access.IsSecretariat || (me.Can(Policies.ReportProgress) && published.IsResponsible(country)));
        return new RecommendationView(recommendation.Id, recommendation.Version, recommendation.PublishedNumber,
            Of(access.IsSecretariat ? recommendation.Working : published!), published is null ? null : Of(published),
            recommendation.Revisions.Where(r => access.IsSecretariat || r.IsPublic).OrderByDescending(r => r.Number).Select(VersionOf).ToList(),
            progress.Count == 0 ? RecommendationStatus.NotStarted : progress[0].Status, progress, access.IsSecretariat, canReport);
    }

    public async Task<IReadOnlyList<RecommendationView>> ListAsync(CancellationToken ct)
    {
        var ids = await Visible().AsNoTracking().OrderBy(r => r.CreatedAt).Select(r => r.Id).Take(500).ToListAsync(ct);
        var list = new List<RecommendationView>(ids.Count);
        foreach (var id in ids)
        {
            list.Add((await GetAsync(id, ct))!);
        }
        return list;
    }

    public async Task<ProgressView?> ReportProgressAsync(Guid id, ProgressInput input, CancellationToken ct)
    {
        var recommendation = await Visible().Include(r => r.Revisions).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (recommendation is null)
        {
            return null;
        }
        checks.Required("reportedOn", input.ReportedOn);
        checks.DateWithin("reportedOn", input.ReportedOn, new DateOnly(2000, 1, 1), time.Today);
        checks.Enum("status", input.Status, required: true);
        checks.PublicText("text", input.Text, 2000, required: true);
        checks.ThrowIfInvalid();
        if (!access.IsSecretariat && recommendation.Published?.IsResponsible(await MyCountryAsync(ct)) != true)
        {
            throw new DomainException("Roadmap.NotResponsible");
        }
        var update = recommendation.ReportProgress(me.InstitutionId, new ProgressDetails(input.ReportedOn!.Value, input.Status!.Value, input.Text!),
            clock.GetUtcNow().UtcDateTime);
        db.ProgressUpdates.Add(update);
        await db.SaveChangesAsync(ct);
        return (await ProgressAsync(id, ct)).First(p => p.Id == update.Id);
    }

    public async Task<CommitmentView> CreateCommitmentAsync(CommitmentInput input, CancellationToken ct)
    {
        var details = await ValidateAsync(input, ct);
        var commitment = new BudgetCommitment(details, clock.GetUtcNow().UtcDateTime);
        db.BudgetCommitments.Add(commitment);
        await db.SaveChangesAsync(ct);
        return (await GetCommitmentAsync(commitment.Id, ct))!;
    }

    public async Task<CommitmentView?> UpdateCommitmentAsync(Guid id, CommitmentInput input, CancellationToken ct)
    {
        var commitment = await db.BudgetCommitments.Include(c => c.Executions).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commitment is null || !access.IsSecretariat)
        {
            return null;
        }
        checks.Required("version", input.Version);
        var details = await ValidateAsync(input, ct);
        db.Entry(commitment).Property(c => c.Version).OriginalValue = input.Version!.Value;
        commitment.Update(details, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return await GetCommitmentAsync(id, ct);
    }

    /// <summary>Execution is reported by the secretariat or by a focal point of the committing country.</summary>
    public async Task<CommitmentView?> RecordExecutionAsync(Guid id, ExecutionInput input, CancellationToken ct)
    {
        var commitment = await db.BudgetCommitments.Include(c => c.Executions).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commitment is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        checks.Required("reportedOn", input.ReportedOn);
        checks.DateWithin("reportedOn", input.ReportedOn, new DateOnly(2000, 1, 1), time.Today);
        checks.Amount("amount", input.Amount, required: true);
        if (input.Amount == 0)
        {
            checks.Add("amount", "Validation.Amount");
        }
        checks.PublicText("note", input.Note, 1000);
        checks.ThrowIfInvalid();
        if (!access.IsSecretariat && !string.Equals(await MyCountryAsync(ct), commitment.CountryCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("Roadmap.NotResponsible");
        }
        db.Entry(commitment).Property(c => c.Version).OriginalValue = input.Version!.Value;
        var execution = commitment.RecordExecution(me.InstitutionId, input.ReportedOn!.Value, input.Amount!.Value, input.Note, clock.GetUtcNow().UtcDateTime);
        db.BudgetExecutions.Add(execution);
        await db.SaveChangesAsync(ct);
        return await GetCommitmentAsync(id, ct);
    }

    public async Task<CommitmentView?> GetCommitmentAsync(Guid id, CancellationToken ct) =>
        (await CommitmentsAsync(db.BudgetCommitments.Where(c => c.Id == id), ct)).FirstOrDefault();

    public async Task<IReadOnlyList<CommitmentView>> ListCommitmentsAsync(string? country, CancellationToken ct)
    {
        var query = db.BudgetCommitments.AsQueryable();
        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.Trim().ToUpperInvariant();
            query = query.Where(c => c.CountryCode == code);
        }
        return await CommitmentsAsync(query, ct);
    }

    /// <summary>Recommendations to choose from in a commitment form: the published ones (all of them for the secretariat).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> RecommendationChoicesAsync(CancellationToken ct)
    {
        var rows = await (from r in Visible().AsNoTracking()
                          join v in db.RecommendationRevisions on new { r.Id, Number = r.LatestNumber } equals new { Id = v.EntryId, v.Number }
                          orderby v.Title
                          select new { r.Id, v.Title }).Take(500).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Title)).ToList();
    }

    public async Task<string> MyCountryAsync(CancellationToken ct) =>
        await db.Institutions.Where(i => i.Id == me.InstitutionId).Select(i => i.CountryCode).FirstOrDefaultAsync(ct) ?? "";

    private IQueryable<Recommendation> Visible() =>
        access.IsSecretariat ? db.Recommendations : db.Recommendations.Where(r => r.PublishedNumber != null);

    private async Task<List<ProgressView>> ProgressAsync(Guid id, CancellationToken ct) =>
        await (from u in db.ProgressUpdates.AsNoTracking()
               where u.RecommendationId == id
               join i in db.Institutions on u.InstitutionId equals i.Id
               orderby u.ReportedOn descending, u.CreatedAt descending
               select new ProgressView(u.Id, u.ReportedOn, u.Status, u.Text, i.Name)).ToListAsync(ct);

    private async Task<IReadOnlyList<CommitmentView>> CommitmentsAsync(IQueryable<BudgetCommitment> query, CancellationToken ct)
    {
        var commitments = await query.AsNoTracking().Include(c => c.Executions).OrderBy(c => c.CountryCode).ThenBy(c => c.FromYear).Take(1000).ToListAsync(ct);
        var institutionIds = commitments.SelectMany(c => c.Executions.Select(e => e.InstitutionId)).Distinct().ToList();
        var names = await db.Institutions.Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var recIds = commitments.Where(c => c.RecommendationId is not null).Select(c => c.RecommendationId!.Value).Distinct().ToList();
        var recTitles = await (from r in db.Recommendations
                               where recIds.Contains(r.Id)
                               join v in db.RecommendationRevisions on new { r.Id, Number = r.LatestNumber } equals new { Id = v.EntryId, v.Number }
                               select new { r.Id, v.Title }).ToDictionaryAsync(x => x.Id, x => x.Title, ct);
        var progIds = commitments.Where(c => c.ProgrammeId is not null).Select(c => c.ProgrammeId!.Value).Distinct().ToList();
        var progTitles = await (from p in db.Programmes
                                where progIds.Contains(p.Id) && p.PublishedNumber != null
                                join v in db.ProgrammeRevisions on new { p.Id, Number = p.PublishedNumber!.Value } equals new { Id = v.EntryId, v.Number }
                                select new { p.Id, v.Title }).ToDictionaryAsync(x => x.Id, x => x.Title, ct);
        var myCountry = access.IsSecretariat ? "" : await MyCountryAsync(ct);
        var canReport = me.Can(Policies.ReportProgress);
        return commitments.Select(c => new CommitmentView(c.Id, c.CountryCode, c.Institution, c.Purpose,
            c.RecommendationId, c.RecommendationId is { } r && recTitles.TryGetValue(r, out var rt) ? rt : null,
            c.ProgrammeId, c.ProgrammeId is { } p && progTitles.TryGetValue(p, out var pt) ? pt : null,
            c.Amount, c.Currency, c.FromYear, c.ToYear, c.Executed,
            c.Executions.OrderByDescending(e => e.ReportedOn).Select(e => new ExecutionView(e.Id, e.ReportedOn, e.Amount, e.Note, names.GetValueOrDefault(e.InstitutionId, ""))).ToList(),
            c.Version, canReport && (access.IsSecretariat || string.Equals(myCountry, c.CountryCode, StringComparison.OrdinalIgnoreCase)))).ToList();
    }

    private RecommendationContent Validate(RecommendationInput input)
    {
        var common = checks.Common(input, oneLevel: true);
        var countries = (input.ResponsibleCountries ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        if (countries.Count > 20)
        {
            checks.Add("responsibleCountries", "Validation.TooMany", 20);
        }
        for (var i = 0; i < countries.Count && i < 20; i++)
        {
            checks.Country($"responsibleCountries[{i}]", countries[i], required: true);
        }
        checks.PublicText("responsibleInstitutions", input.ResponsibleInstitutions, 1000);
        checks.Enum("term", input.Term, required: true);
        checks.DateWithin("dueBy", input.DueBy, new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31));
        checks.PublicText("indicators", input.Indicators, 2000);
        checks.ThrowIfInvalid();
        return new RecommendationContent(common, countries, input.ResponsibleInstitutions, input.Term!.Value, input.DueBy, input.Indicators);
    }

    private async Task<CommitmentDetails> ValidateAsync(CommitmentInput input, CancellationToken ct)
    {
        checks.Country("country", input.Country, required: true);
        checks.PublicText("institution", input.Institution, 300, required: true);
        checks.PublicText("purpose", input.Purpose, 1000, required: true);
        checks.Amount("amount", input.Amount, required: true);
        checks.Currency("currency", input.Currency, required: true);
        checks.Required("fromYear", input.FromYear);
        checks.Required("toYear", input.ToYear);
        checks.Range("fromYear", input.FromYear, 2000, 2100);
        checks.Range("toYear", input.ToYear, 2000, 2100);
        if (input.FromYear > input.ToYear)
        {
            checks.Add("toYear", "Validation.EndBeforeStart");
        }
        if (input.RecommendationId is { } rid && !await db.Recommendations.AnyAsync(r => r.Id == rid, ct))
        {
            checks.Add("recommendationId", "Validation.UnknownOption");
        }
        if (input.ProgrammeId is { } pid && !await db.Programmes.AnyAsync(p => p.Id == pid && p.PublishedNumber != null, ct))
        {
            checks.Add("programmeId", "Validation.UnknownOption");
        }
        checks.ThrowIfInvalid();
        return new CommitmentDetails(input.Country!, input.Institution!, input.Purpose!, input.RecommendationId, input.ProgrammeId,
            input.Amount!.Value, input.Currency!, input.FromYear!.Value, input.ToYear!.Value);
    }
}
