using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics.Engine;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// The figures on returns, held in memory (ADR 0020): loaded once from the de-identified fact table, then kept up to
/// date from the queue of changed people that every save fills in the same transaction (<see cref="StatisticsChangeCapture"/>).
/// One instance per application; <see cref="StatisticsRefresher"/> drives it.
/// </summary>
public sealed class ReturnStatistics(IConfiguration config, LocalTime time, TimeProvider clock, ILogger<ReturnStatistics> log)
{
    public const int DefaultThreshold = 5;
    private const int BatchSize = 2000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ReturnSchema? _schema;
    private FigureStore? _store;

    /// <summary>Cells below this count are suppressed (<c>Statistics:Threshold</c>, at least 2).</summary>
    public int Threshold { get; } = Math.Max(2, config.GetValue("Statistics:Threshold", DefaultThreshold));

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public ReturnSchema Schema => _schema ?? throw new InvalidOperationException("Statistics are not loaded yet.");

    public FigureStore.Snapshot Snapshot => _store?.Current ?? throw new InvalidOperationException("Statistics are not loaded yet.");

    public Task WhenReady(CancellationToken ct) => _ready.Task.WaitAsync(ct);

    /// <summary>Fills the fact table if it is new (first start after the migration), then loads every fact into memory.</summary>
    public async Task LoadAsync(AppDbContext db, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_store is not null)
            {
                return;
            }
            var country = await db.InstanceSettings.AsNoTracking().Where(s => s.Key == InstanceSetting.Country)
                .Select(s => s.Value).FirstOrDefaultAsync(ct) ?? "GT";
            var schema = new ReturnSchema(country);
            var store = new FigureStore(schema.Schema, Threshold);
            if (!await db.Set<ReturnFactRecord>().AnyAsync(ct) && await db.Returns.AnyAsync(ct))
            {
                var rows = await FillFactTableAsync(db, ct);
                log.LogInformation("Statistics: {Rows} return facts written from existing returns", rows);
            }
            var n = 0;
            await foreach (var fact in db.Set<ReturnFactRecord>().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            {
                var (year, key) = schema.Pack(fact, time.Zone);
                store.Apply(year, key, 1);
                n++;
            }
            store.Publish(clock.GetUtcNow().UtcDateTime);
            (_schema, _store) = (schema, store);
            _ready.TrySetResult();
            log.LogInformation("Statistics: {Facts} returns loaded", n);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Loads facts held in memory (tests of the protection rules); <paramref name="secondary"/> false disables secondary suppression.</summary>
    internal void Load(string country, IEnumerable<ReturnFactRecord> facts, bool secondary = true)
    {
        var schema = new ReturnSchema(country);
        var store = new FigureStore(schema.Schema, Threshold, secondary);
        foreach (var fact in facts)
        {
            var (year, key) = schema.Pack(fact, time.Zone);
            store.Apply(year, key, 1);
        }
        store.Publish(clock.GetUtcNow().UtcDateTime);
        (_schema, _store) = (schema, store);
        _ready.TrySetResult();
    }

    /// <summary>One statement on either engine: the facts of every return, with repeat returns marked.</summary>
    public static Task<int> FillFactTableAsync(AppDbContext db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync("""
        INSERT INTO "StatisticsReturnFacts" ("ReturnId", "PersonId", "ArrivedAt", "Sex", "AgeAtReturn", "ReturnedFromCode", "Mode",
            "Category", "OriginAdm1", "OriginAdm2", "Vulnerabilities", "IsRepeat")
        SELECT r."Id", r."PersonId", r."ArrivedAt", p."Sex", r."AgeAtReturn", r."ReturnedFromCode", r."Mode", r."Category",
            p."OriginAdm1", p."OriginAdm2", r."Vulnerabilities",
            CASE WHEN EXISTS (SELECT 1 FROM "Returns" e WHERE e."PersonId" = r."PersonId" AND e."ArrivedAt" < r."ArrivedAt") THEN TRUE ELSE FALSE END
        FROM "Returns" r JOIN "People" p ON p."Id" = r."PersonId"
        """, ct);

    /// <summary>Brings the figures up to date with every queued change; true when something changed.</summary>
    public async Task<bool> CatchUpAsync(AppDbContext db, CancellationToken ct)
    {
        if (_store is null || _schema is null)
        {
            await LoadAsync(db, ct);
            return true;
        }
        await _gate.WaitAsync(ct);
        try
        {
            var any = false;
            while (await CatchUpBatchAsync(db, _schema, _store, ct))
            {
                any = true;
            }
            if (any)
            {
                _store.Publish(clock.GetUtcNow().UtcDateTime);
            }
            return any;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> CatchUpBatchAsync(AppDbContext db, ReturnSchema schema, FigureStore store, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var batch = await db.Set<StatisticsChange>().AsNoTracking().OrderBy(c => c.Id).Take(BatchSize)
            .Select(c => new { c.Id, c.PersonId }).ToListAsync(ct);
        if (batch.Count == 0)
        {
            return false;
        }
        var maxId = batch[^1].Id;
        var people = batch.Select(b => b.PersonId).Distinct().ToList();
        var current = await (from r in db.Returns.AsNoTracking()
                             where people.Contains(r.PersonId)
                             join p in db.People.AsNoTracking() on r.PersonId equals p.Id
                             select new ReturnFactRecord
                             {
                                 ReturnId = r.Id,
                                 PersonId = r.PersonId,
                                 ArrivedAt = r.ArrivedAt,
                                 Sex = p.Sex,
                                 AgeAtReturn = r.AgeAtReturn,
                                 ReturnedFromCode = r.ReturnedFromCode,
                                 Mode = r.Mode,
                                 Category = r.Category,
                                 OriginAdm1 = p.OriginAdm1,
                                 OriginAdm2 = p.OriginAdm2,
                                 Vulnerabilities = r.Vulnerabilities,
                             }).ToListAsync(ct);
        foreach (var f in current)
        {
            f.IsRepeat = current.Any(o => o.PersonId == f.PersonId && o.ArrivedAt < f.ArrivedAt);
        }
        var ids = current.Select(f => f.ReturnId).ToList();
        var stored = (await db.Set<ReturnFactRecord>().Where(f => people.Contains(f.PersonId) || ids.Contains(f.ReturnId)).ToListAsync(ct))
            .ToDictionary(f => f.ReturnId);
        var deltas = new List<(int Year, ulong Fact, int Delta)>();
        foreach (var f in current)
        {
            var now = schema.Pack(f, time.Zone);
            if (stored.Remove(f.ReturnId, out var old))
            {
                var before = schema.Pack(old, time.Zone);
                if (before != now || old.PersonId != f.PersonId || old.ArrivedAt != f.ArrivedAt)
                {
                    deltas.Add((before.Year, before.Fact, -1));
                    deltas.Add((now.Year, now.Fact, 1));
                    db.Entry(old).CurrentValues.SetValues(f);
                }
            }
            else
            {
                db.Add(f);
                deltas.Add((now.Year, now.Fact, 1));
            }
        }
        foreach (var gone in stored.Values)
        {
            var before = schema.Pack(gone, time.Zone);
            deltas.Add((before.Year, before.Fact, -1));
            db.Remove(gone);
        }
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await db.Set<StatisticsChange>().Where(c => c.Id <= maxId).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        foreach (var (year, fact, delta) in deltas)
        {
            store.Apply(year, fact, delta);
        }
        return true;
    }
}
