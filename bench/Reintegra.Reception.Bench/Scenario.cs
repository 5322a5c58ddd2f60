using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Reintegra.Reception.Bench.Api;
using Reintegra.Reception.Bench.Diagnostics;
using Reintegra.Reception.Bench.Flights;
using Reintegra.Reception.Bench.Hosting;
using Reintegra.Reception.Bench.Pages;
using Reintegra.Reception.Bench.Seeding;

namespace Reintegra.Reception.Bench;

/// <summary>
/// One engine at one size: a fresh database, seeded, the application started on it, then flights and
/// <c>Rounds</c> rounds of the page benchmark (either may be 0).
/// </summary>
internal sealed record Scenario(string Engine, int People, int Flights, int Rounds, string? Reuse = null)
{
    private const int SampleSize = 5_000;

    public string Title => $"{(Engine == "postgres" ? "PostgreSQL" : "SQLite")}, {People:N0} people";

    public async Task<ScenarioResult> RunAsync(BenchOptions o, SqlCapture capture)
    {
        var result = new ScenarioResult(this) { LoadAtStart = Machine.LoadAverage(), SpinAtStart = Machine.SpinMilliseconds() };
        Console.WriteLine($"== {Title}");
        await using var database = Reuse is null ? await BenchDatabase.CreateAsync("reintegra_bench", Engine, People, o.Keep) : BenchDatabase.Existing(Reuse);
        BenchStaff staff;
        // A first start migrates the database and makes the staff; the registry is then written beside the
        // application, and the measured instance starts on the full database, as after a restart in service.
        await using (var setup = BenchHost.Start(database))
        {
            staff = await BenchStaff.MakeAsync(setup);
        }
        if (Reuse is null)
        {
            Console.WriteLine($"  seeding {People:N0} people into {database.Name}");
            result.Seed = await Seeder.SeedAsync(database, staff, People, o.Seed);
            Console.WriteLine($"  seeded {result.Seed.Counts.Rows:N0} rows in {result.Seed.Writing.TotalSeconds:0.0} s (+ {result.Seed.Maintenance.TotalSeconds:0.0} s vacuum/analyse or checkpoint)");
        }
        result.DatabaseBytes = database.SizeBytes();

        var started = Stopwatch.StartNew();
        await using var app = BenchHost.Start(database);
        result.StartSeconds = started.Elapsed.TotalSeconds;
        using (var supervisor = await ApiClient.SignInAsync(app.Address, BenchStaff.SupervisorEmail, BenchHost.Password))
        {
            result.Index = await IdentityIndexStatus.WaitAsync(supervisor);
        }
        result.IndexSeconds = started.Elapsed.TotalSeconds;
        result.WorkingSetBytes = Environment.WorkingSet;
        Console.WriteLine($"  application started in {result.StartSeconds:0.0} s; "
            + (result.Index is { } index ? $"identity index of {index.Status.People:N0} people ready after {result.IndexSeconds:0.0} s" : "no identity index"));

        using var api = await ApiClient.SignInAsync(app.Address, BenchStaff.AirEmail, BenchHost.Password);
        var plans = new List<(string, IReadOnlyList<(PageQuery, double)>)>();
        var replays = o.Smoke ? 1 : 3;
        if (Flights > 0)
        {
            result.FloorBefore = await FloorAsync(api);
            var source = new FlightSource(o.Seed, People, DateTime.UtcNow);
            result.Flights = await FlightBenchmark.RunAsync(api, source, result.Seed?.Known, Flights, o.FlightSize, o.WarmupFlightSize, PostgresOf(database));
            plans.Add((FlightBenchmark.Candidates, result.Flights.SlowestCandidates(replays)));
            result.FloorAfter = await FloorAsync(api);
        }
        if (Rounds > 0)
        {
            var sample = await SamplePerson.DrawAsync(database, staff.AirCentreId, SampleSize);
            Console.WriteLine($"  page and search benchmark: {Rounds:N0} rounds over {sample.Count:N0} sampled people");
            result.Pages = await PageBenchmark.RunAsync(api, sample, Rounds, o.WarmupRounds, o.Seed, PostgresOf(database));
            foreach (var kind in PageQueries.All)
            {
                var l = result.Pages.Of(kind);
                Console.WriteLine($"    {kind,-30} p50 {l.P50,6:0.0} ms  p95 {l.P95,6:0.0} ms  p99 {l.P99,6:0.0} ms");
            }
            var pages = result.Pages;
            plans.AddRange(PageQueries.All.Where(k => k != PageQueries.Me).Select(k => (k, pages.Slowest(k, replays))));
        }
        result.Plans = await SlowQueryPlans.FindAsync(api, capture, database, plans);
        await using (var db = database.NewContext())
        {
            result.PeopleInDatabase = await db.People.CountAsync();
        }
        result.LoadAtEnd = Machine.LoadAverage();
        result.SpinAtEnd = Machine.SpinMilliseconds();
        return result;
    }

    private static string? PostgresOf(BenchDatabase database) => database.IsPostgres ? database.ConnectionString : null;

    /// <summary>The per-request floor: an authenticated GET /api/v1/me (auth, one small query, JSON) round trip.</summary>
    private static async Task<Latencies> FloorAsync(ApiClient api)
    {
        var ms = new List<double>();
        for (var i = 0; i < 60; i++)
        {
            var t = await api.PingAsync(PageQueries.Me, "/api/v1/me");
            if (i >= 10)
            {
                ms.Add(t);
            }
        }
        api.ResetTimings();
        return Latencies.Of(ms);
    }
}

internal sealed class ScenarioResult(Scenario scenario)
{
    public Scenario Scenario { get; } = scenario;

    public SeedReport? Seed { get; set; }

    public long DatabaseBytes { get; set; }

    public double StartSeconds { get; set; }

    /// <summary>From the start of the measured instance until its identity index was ready.</summary>
    public double IndexSeconds { get; set; }

    public (IdentityIndexStatus Status, TimeSpan Waited)? Index { get; set; }

    /// <summary>This process (application, client, index) once the index was ready.</summary>
    public long WorkingSetBytes { get; set; }

    public int PeopleInDatabase { get; set; }

    public Latencies? FloorBefore { get; set; }

    public Latencies? FloorAfter { get; set; }

    public FlightResults? Flights { get; set; }

    public PageResults? Pages { get; set; }

    public IReadOnlyList<SlowQueryPlan> Plans { get; set; } = [];

    public string LoadAtStart { get; init; } = "";

    public string LoadAtEnd { get; set; } = "";

    public double SpinAtStart { get; init; }

    public double SpinAtEnd { get; set; }
}
