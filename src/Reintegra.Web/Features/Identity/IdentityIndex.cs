using Microsoft.EntityFrameworkCore;
using Reintegra.Matching;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Identity;

/// <summary>
/// The in-memory index of every person in the registry that the matching engine searches. One per process: built
/// in the background at start, updated right after each save that touches a person, and refreshed from the
/// database every <c>Identity:RefreshSeconds</c> (default 30) so that changes made by another process show too.
/// Until it is ready, candidates come from a plain database search.
/// </summary>
public sealed class IdentityIndex : IDisposable
{
    private readonly PersonIndex _engine;
    private volatile bool _ready;
    private DateTime _watermark;

    public IdentityIndex(IConfiguration config)
    {
        var modelPath = config["Identity:ModelPath"];
        var model = string.IsNullOrWhiteSpace(modelPath) ? MatchModel.Bundled() : MatchModel.FromJson(File.ReadAllText(modelPath));
        _engine = new PersonIndex(model, new ExcludedPairs());
    }

    public bool IsReady => _ready;

    public PersonIndex Engine => _engine;

    public IReadOnlyList<MatchCandidate> Lookup(IdentityRecord query, int maxCandidates) => _engine.Lookup(query, maxCandidates);

    /// <summary>
    /// Why the engine thinks two people may be one: the same comparison a lookup makes, field by field. Computed when
    /// a reviewer opens the pair, so a record corrected since the batch run is judged as it is now.
    /// </summary>
    public MatchCandidate? Explain(Person a, Person b)
    {
        using var pair = new PersonIndex(_engine.Model);
        pair.AddOrUpdate(IdentityRecords.From(b));
        return pair.Lookup(IdentityRecords.From(a) with { Id = "review:" + a.Id }, 1).FirstOrDefault();
    }

    /// <summary>Brings the given people up to date in the index: merged ones leave it, the others are added or replaced.</summary>
    public void Upsert(IEnumerable<Person> people)
    {
        foreach (var p in people)
        {
            if (p.MergedIntoPersonId is null)
            {
                _engine.AddOrUpdate(IdentityRecords.From(p));
            }
            else
            {
                _engine.Remove(p.Id.ToString());
            }
        }
    }

    public async Task LoadAsync(AppDbContext db, ILogger log, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        foreach (var d in await db.DifferentPeopleDecisions.AsNoTracking().ToListAsync(ct))
        {
            _engine.Exclusions.Add(d.PersonAId.ToString(), d.PersonBId.ToString());
        }
        var watermark = DateTime.MinValue;
        var last = Guid.Empty;
        var loaded = 0;
        while (true)
        {
            var batch = await db.People.AsNoTracking().Include(p => p.Documents)
                .Where(p => p.MergedIntoPersonId == null && p.Id.CompareTo(last) > 0)
                .OrderBy(p => p.Id).Take(20_000).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            _engine.AddRange(batch.Select(IdentityRecords.From));
            watermark = batch.Max(p => p.UpdatedAt) is var m && m > watermark ? m : watermark;
            last = batch[^1].Id;
            loaded += batch.Count;
            log.LogInformation("Identity index: {Loaded} people loaded", loaded);
        }
        _watermark = watermark;
        _ready = true;
        log.LogInformation("Identity index ready: {People} people in {Seconds:0.0} s", _engine.Count, (DateTime.UtcNow - started).TotalSeconds);
    }

    /// <summary>Picks up what changed since the last refresh (this or another process).</summary>
    public async Task RefreshAsync(AppDbContext db, CancellationToken ct)
    {
        // Rows saved in the same instant as the watermark may commit later: look a little behind it.
        // An empty registry leaves the watermark at DateTime.MinValue, which has nothing behind it.
        var since = _watermark == DateTime.MinValue ? DateTime.MinValue : _watermark.AddSeconds(-5);
        var changed = await db.People.AsNoTracking().Include(p => p.Documents)
            .Where(p => p.UpdatedAt > since).OrderBy(p => p.UpdatedAt).Take(50_000).ToListAsync(ct);
        Upsert(changed);
        if (changed.Count > 0)
        {
            _watermark = changed[^1].UpdatedAt;
        }
        foreach (var d in await db.DifferentPeopleDecisions.AsNoTracking().Where(d => d.DecidedAt > since).ToListAsync(ct))
        {
            _engine.Exclusions.Add(d.PersonAId.ToString(), d.PersonBId.ToString());
        }
    }

    public void Dispose() => _engine.Dispose();
}

/// <summary>Builds the index at start, then keeps it fresh.</summary>
public sealed class IdentityIndexWorker(IdentityIndex index, IServiceScopeFactory scopes, IConfiguration config, ILogger<IdentityIndexWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            using (var scope = scopes.CreateScope())
            {
                await index.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), log, stoppingToken);
            }
            var every = TimeSpan.FromSeconds(config.GetValue("Identity:RefreshSeconds", 30));
            using var timer = new PeriodicTimer(every);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await index.RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed refresh (the database away for a moment) is retried at the next tick, not the end of the index.
                    log.LogWarning(e, "Identity index refresh failed; retrying in {Seconds} s", every.TotalSeconds);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Matching must not take the platform down: reception falls back to the database search.
            log.LogError(e, "Identity index stopped");
        }
    }
}
