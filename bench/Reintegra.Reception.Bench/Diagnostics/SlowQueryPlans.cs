using System.Diagnostics;
using Reintegra.Reception.Bench.Api;
using Reintegra.Reception.Bench.Pages;

namespace Reintegra.Reception.Bench.Diagnostics;

/// <summary>
/// For each kind of request, replays the slowest ones of the measurement with SQL capture on, and asks the database
/// how it runs the slowest statement, with the same parameters.
/// </summary>
internal static class SlowQueryPlans
{
    public static async Task<IReadOnlyList<SlowQueryPlan>> FindAsync(
        ApiClient api, SqlCapture capture, BenchDatabase database, IEnumerable<(string Kind, IReadOnlyList<(PageQuery Query, double Ms)> Slowest)> requests)
    {
        var plans = new List<SlowQueryPlan>();
        await capture.BeginAsync();
        try
        {
            foreach (var (kind, slowestRequests) in requests)
            {
                (PageQuery Query, double Measured, double Replayed, CapturedCommand Command)? slowest = null;
                foreach (var (query, measured) in slowestRequests)
                {
                    capture.Take();
                    var clock = Stopwatch.StartNew();
                    await api.PingAsync("replay", query.Url);
                    var replayed = clock.Elapsed.TotalMilliseconds;
                    var command = capture.Take().Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
                        .MaxBy(c => c.Duration);
                    if (command is not null && (slowest is null || command.Duration > slowest.Value.Command.Duration))
                    {
                        slowest = (query, measured, replayed, command);
                    }
                }
                if (slowest is { } s)
                {
                    plans.Add(new SlowQueryPlan(kind, s.Query.Url, s.Measured, s.Replayed, s.Command,
                        await Explain.PlanAsync(database.Provider, database.ConnectionString, s.Command)));
                }
            }
        }
        finally
        {
            capture.End();
            api.Timings.Remove("replay");
        }
        return plans;
    }
}

internal sealed record SlowQueryPlan(string Kind, string Url, double MeasuredMs, double ReplayedMs, CapturedCommand Command, string Plan);
