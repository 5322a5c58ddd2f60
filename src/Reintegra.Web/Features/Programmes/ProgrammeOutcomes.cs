using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// The extension point through which other areas put a programme's outcomes on its page from their own records: the
/// Cases area (cases assisted by the programme, their RSS scores), Referrals and Services (referrals completed by the
/// programme's services), Employment (placements). Register an implementation with
/// <c>services.AddScoped&lt;IProgrammeOutcomeSource, ...&gt;()</c>; the programme page and the public portal show
/// what every registered source returns. Sources return aggregates only, with the number of people behind each figure
/// so that small cells can be suppressed on the public portal.
/// </summary>
public interface IProgrammeOutcomeSource
{
    Task<IReadOnlyList<OutcomeFigure>> FiguresAsync(Guid programmeId, CancellationToken ct);
}

/// <summary>One outcome: "Referrals completed" 42 (people 37); the label is already in the request's language.</summary>
public sealed record OutcomeFigure(string Label, decimal Value, string? Unit, int People);

/// <summary>The outcome panel of a programme: people reached by its outreach activities, and what linked areas report.</summary>
public sealed class ProgrammeOutcomes(AppDbContext db, IEnumerable<IProgrammeOutcomeSource> sources)
{
    /// <summary>Figures about fewer people than this are not shown on the public portal.</summary>
    public const int SmallCell = 5;

    public sealed record ReachCell(Sex Sex, AgeGroup AgeGroup, int Count);

    public sealed record LinkedFigure(string Label, decimal? Value, string? Unit, bool Suppressed);

    public sealed record Outcomes(int Activities, int Reached, int NotDisaggregated, IReadOnlyList<ReachCell> Cells, IReadOnlyList<LinkedFigure> Linked)
    {
        public int Count(Sex sex, AgeGroup age) => Cells.FirstOrDefault(c => c.Sex == sex && c.AgeGroup == age)?.Count ?? 0;

        public int Count(Sex sex) => Cells.Where(c => c.Sex == sex).Sum(c => c.Count);

        public bool IsEmpty => Activities == 0 && Linked.Count == 0;
    }

    /// <summary>Whether any other area has linked its records to programmes yet.</summary>
    public bool HasLinkedSources => sources.Any();

    public async Task<Outcomes> ForAsync(Guid programmeId, bool forPublic, CancellationToken ct)
    {
        var (activities, notDisaggregated, cells) = await ReachAsync(db.OutreachActivities.Where(a => a.ProgrammeId == programmeId), ct);
        var linked = new List<LinkedFigure>();
        foreach (var source in sources)
        {
            foreach (var figure in await source.FiguresAsync(programmeId, ct))
            {
                var suppressed = forPublic && figure.People < SmallCell;
                linked.Add(new LinkedFigure(figure.Label, suppressed ? null : figure.Value, figure.Unit, suppressed));
            }
        }
        return new Outcomes(activities, cells.Sum(c => c.Count) + notDisaggregated, notDisaggregated, cells, linked);
    }

    /// <summary>People reached by a set of activities, summed by sex and age group.</summary>
    public static async Task<(int Activities, int NotDisaggregated, IReadOnlyList<ReachCell> Cells)> ReachAsync(IQueryable<OutreachActivity> activities, CancellationToken ct)
    {
        var count = await activities.CountAsync(ct);
        if (count == 0)
        {
            return (0, 0, []);
        }
        var loose = await activities.SumAsync(a => a.NotDisaggregated, ct);
        var cells = await activities.SelectMany(a => a.Reach).GroupBy(r => new { r.Sex, r.AgeGroup })
            .Select(g => new ReachCell(g.Key.Sex, g.Key.AgeGroup, g.Sum(r => r.Count))).ToListAsync(ct);
        return (count, loose, cells);
    }
}
