using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reintegra.Reception.Bench.Hosting;
using Reintegra.Synthetic;

namespace Reintegra.Reception.Bench.Seeding;

/// <summary>
/// Fills the database with a registry of people who returned in earlier years: each person's first return, and one
/// later return for a tenth of them. Generation runs on one thread while the other writes.
/// </summary>
internal static class Seeder
{
    private const int BatchSize = 5_000;

    /// <summary>The registry's population: Guatemala (the instance's country), first returns between 2020 and mid-2023.</summary>
    public static GeneratorOptions RegistryOptions(int seed) => new()
    {
        Seed = seed,
        Countries = ["GT"],
        StartUtc = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        EndUtc = new DateTime(2023, 6, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>Later returns of registry people in the seed; the flights draw theirs after these.</summary>
    public static int SeededRepeats(int people) => people / 10;

    public static async Task<SeedReport> SeedAsync(BenchDatabase database, BenchStaff staff, int people, int seed, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await using var db = database.NewContext();
        var shapes = new SeedShapes(db);
        var entities = new RegistryEntities(staff);
        var channel = Channel.CreateBounded<SeedBatch>(2);
        var producer = Task.Run(() => Produce(entities, people, seed, channel.Writer, ct), ct);
        var counts = new SeedCounts();
        var batches = 0;
        await using (ITableWriter writer = database.IsPostgres
            ? await PostgresCopyWriter.OpenAsync(database.ConnectionString)
            : await SqliteInsertWriter.OpenAsync(database.ConnectionString))
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(ct))
            {
                await writer.WriteAsync(batch.Tables(shapes), ct);
                counts.Add(batch);
                if (++batches % 40 == 0)
                {
                    Console.WriteLine($"    {counts.People:N0} people, {counts.Returns:N0} returns, {clock.Elapsed.TotalSeconds:0} s");
                }
            }
        }
        await producer;
        var written = clock.Elapsed;

        // A database that has been in service has been vacuumed and analysed by autovacuum; do it now rather than
        // let it happen in the middle of a measurement. SQLite has no such daemon, and the application runs no ANALYZE.
        clock.Restart();
        if (database.IsPostgres)
        {
            await using var conn = new NpgsqlConnection(database.ConnectionString);
            await conn.OpenAsync(ct);
            await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", conn) { CommandTimeout = 0 };
            await vacuum.ExecuteNonQueryAsync(ct);
        }
        else
        {
            await using var conn = new SqliteConnection(database.ConnectionString);
            await conn.OpenAsync(ct);
            await using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE)", conn);
            await checkpoint.ExecuteNonQueryAsync(ct);
        }
        return new SeedReport(counts, written, clock.Elapsed, entities.Known);
    }

    private static async Task Produce(RegistryEntities entities, int people, int seed, ChannelWriter<SeedBatch> output, CancellationToken ct)
    {
        try
        {
            var registry = new RegistryGenerator(RegistryOptions(seed));
            var batch = new SeedBatch();
            foreach (var r in registry.Registry(people))
            {
                entities.AddFirst(r, batch);
                if (batch.People.Count >= BatchSize)
                {
                    await output.WriteAsync(batch, ct);
                    batch = new SeedBatch();
                }
            }
            foreach (var r in registry.ReRegistrations(people, SeededRepeats(people)))
            {
                entities.AddRepeat(r, batch);
                if (batch.Returns.Count >= BatchSize)
                {
                    await output.WriteAsync(batch, ct);
                    batch = new SeedBatch();
                }
            }
            if (batch.Size > 0)
            {
                await output.WriteAsync(batch, ct);
            }
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }
}

internal sealed class SeedCounts
{
    public int People { get; private set; }

    public int Documents { get; private set; }

    public int Links { get; private set; }

    public int Returns { get; private set; }

    public int Referrals { get; private set; }

    public int Screenings { get; private set; }

    public int Rows => People + Documents + Links + Returns + Referrals + Screenings;

    public void Add(SeedBatch b)
    {
        People += b.People.Count;
        Documents += b.Documents.Count;
        Links += b.Links.Count;
        Returns += b.Returns.Count;
        Referrals += b.Referrals.Count;
        Screenings += b.Screenings.Count;
    }
}

internal sealed record SeedReport(SeedCounts Counts, TimeSpan Writing, TimeSpan Maintenance, Dictionary<long, SeededPerson> Known);
