using Microsoft.EntityFrameworkCore;
using Reintegra.Matching;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Identity;

/// <summary>
/// The batch deduplication of the whole registry: runs the engine over the index in the background and adds the
/// pairs worth a look to the review queue. Pairs already pending or decided, and pairs confirmed to be different
/// people, are never proposed again. One run at a time; the status (started, finished, pairs found) is shown on the queue.
/// </summary>
public sealed class FindDuplicates(IdentityIndex index, IServiceScopeFactory scopes, TimeProvider clock, ILogger<FindDuplicates> log)
{
    private readonly Lock _gate = new();
    private Task? _running;

    public sealed record Status(bool Running, DateTime? StartedAt, DateTime? FinishedAt, int? PairsFound, long? PairsCompared, string? Error);

    public Status Current { get; private set; } = new(false, null, null, null, null, null);

    /// <summary>Starts a run unless one is already going; returns false when the index is not ready or a run is on.</summary>
    public bool Start()
    {
        lock (_gate)
        {
            if (!index.IsReady || _running is { IsCompleted: false })
            {
                return false;
            }
            Current = new Status(true, clock.GetUtcNow().UtcDateTime, null, null, null, null);
            _running = Task.Run(RunAsync);
            return true;
        }
    }

    /// <summary>For tests and the command line: waits for the current run.</summary>
    public Task WaitAsync() => _running ?? Task.CompletedTask;

    private async Task RunAsync()
    {
        try
        {
            var result = Deduplicator.Deduplicate(index.Engine);
            var candidates = result.Pairs.Where(p => p.Band != MatchBand.NewPerson).ToList();
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var known = (await db.DuplicatePairs.AsNoTracking().Select(p => new { p.PersonAId, p.PersonBId }).ToListAsync())
                .Select(p => (p.PersonAId, p.PersonBId))
                .Concat((await db.DifferentPeopleDecisions.AsNoTracking().Select(d => new { d.PersonAId, d.PersonBId }).ToListAsync()).Select(d => (d.PersonAId, d.PersonBId)))
                .ToHashSet();
            var now = clock.GetUtcNow().UtcDateTime;
            var added = 0;
            foreach (var pair in candidates)
            {
                var (a, b) = Order(Guid.Parse(pair.A), Guid.Parse(pair.B));
                if (!known.Add((a, b)))
                {
                    continue;
                }
                db.DuplicatePairs.Add(new DuplicatePair(a, b, pair.Probability, (int)pair.Band, now));
                if (++added % 1000 == 0)
                {
                    await db.SaveChangesAsync();
                }
            }
            await db.SaveChangesAsync();
            Current = Current with { Running = false, FinishedAt = clock.GetUtcNow().UtcDateTime, PairsFound = added, PairsCompared = result.ComparedPairs };
            log.LogInformation("Deduplication: {Compared} pairs compared, {Added} new pairs to review in {Seconds:0.0} s", result.ComparedPairs, added, result.Elapsed.TotalSeconds);
        }
        catch (Exception e)
        {
            Current = Current with { Running = false, FinishedAt = clock.GetUtcNow().UtcDateTime, Error = e.GetType().Name };
            log.LogError(e, "Deduplication failed");
        }
    }

    private static (Guid, Guid) Order(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);
}
