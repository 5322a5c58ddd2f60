using System.Diagnostics;
using System.Globalization;
using System.Text;
using Reintegra.Statistics.Bench;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics.Engine;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var inv = CultureInfo.InvariantCulture;
var startedAt = DateTime.UtcNow;
var loadBefore = Machine.LoadAverage();
var spinBefore = Machine.SpinMilliseconds();
Console.WriteLine($"load {loadBefore}, CPU loop {spinBefore:0} ms");
var sections = new List<string>();
var summary = new List<string>();

foreach (var engine in options.Engines)
{
    var n = options.Facts[engine];
    var s = new StringBuilder();
    Console.WriteLine($"== {engine}: {n:N0} facts");
    await using var db = await BenchDatabase.CreateAsync("reintegra_statsbench", engine, n, options.Keep);
    await db.MigrateAsync();

    // 1. Seeding.
    var lastReport = Stopwatch.StartNew();
    var seeding = await FactSeeder.SeedAsync(db, n, options.Seed, done =>
    {
        if (lastReport.Elapsed.TotalSeconds >= 10 || done == n)
        {
            Console.WriteLine($"  seeded {done:N0}");
            lastReport.Restart();
        }
    });
    var analyze = Stopwatch.StartNew();
    await db.ExecuteAsync("ANALYZE");
    analyze.Stop();
    var size = db.SizeBytes();
    Console.WriteLine($"  seeding {seeding.TotalSeconds:0.0} s ({n / seeding.TotalSeconds:N0} rows/s), ANALYZE {analyze.Elapsed.TotalSeconds:0.0} s, {Machine.Megabytes(size)}");

    // 2. Engine start-up: the fact table into memory, as ReturnStatistics.LoadAsync does at application start.
    using var host = new EngineHost();
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    var loadClock = Stopwatch.StartNew();
    await using (var context = db.NewContext())
    {
        await host.Statistics.LoadAsync(context, CancellationToken.None);
    }
    loadClock.Stop();
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
    var snapshot = host.Statistics.Snapshot;
    Console.WriteLine($"  engine load {loadClock.Elapsed.TotalSeconds:0.0} s, heap +{Machine.Megabytes(heapAfter - heapBefore)}, working set {Machine.Megabytes(Environment.WorkingSet)}");

    // The questions, parsed once by the application's own validation (the baseline answers the parsed form).
    var questions = Questions.Make(options.EngineQueries, options.Seed);
    var reader0 = host.NewReader(out var scope0);
    var parsed = questions.Select(reader0.Parse).ToList();
    scope0.Dispose();

    // Warm-up, then single-table questions as the API answers them (a scope per request, parse + read).
    var sink = 0L;
    foreach (var q in questions.Take(Math.Min(500, questions.Count)))
    {
        var reader = host.NewReader(out var scope);
        sink += reader.Read(q).Rows.Count;
        scope.Dispose();
    }
    var engineTimes = new double[questions.Count];
    for (var i = 0; i < questions.Count; i++)
    {
        var t = Stopwatch.GetTimestamp();
        var reader = host.NewReader(out var scope);
        sink += reader.Read(questions[i]).Rows.Count;
        scope.Dispose();
        engineTimes[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }
    var engineAll = Latencies.Of(engineTimes);

    // Dashboard pages: every breakdown for one set of filters (ReadAll, what the Razor page and the bulletin call).
    var pages = Math.Max(1, questions.Count / 10);
    var pageTimes = new double[pages];
    for (var i = 0; i < pages; i++)
    {
        var t = Stopwatch.GetTimestamp();
        var reader = host.NewReader(out var scope);
        sink += reader.ReadAll(questions[i]).Count;
        scope.Dispose();
        pageTimes[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }
    var enginePages = Latencies.Of(pageTimes);
    Console.WriteLine($"  engine p95 {engineAll.P95:0.000} ms per table, {enginePages.P95:0.000} ms per dashboard page");

    // 2b. The dashboard page over HTTP: the whole application in process (TestServer) over the same database, an
    // analyst signed in with a cookie, GET /Statistics?... (authorisation, figures, Razor) for the same questions.
    TimeSpan webStart;
    Latencies httpPages;
    long pageBytes = 0;
    await using (var web = new DashboardHost(db))
    {
        webStart = await web.StartAsync();
        using var browser = await web.AnalystAsync();
        foreach (var q in questions.Take(20))
        {
            (await browser.GetAsync(DashboardHost.Url(q))).EnsureSuccessStatusCode();
        }
        var httpTimes = new double[Math.Min(options.PageRequests, questions.Count)];
        for (var i = 0; i < httpTimes.Length; i++)
        {
            var t = Stopwatch.GetTimestamp();
            using var response = await browser.GetAsync(DashboardHost.Url(questions[i]));
            var body = await response.Content.ReadAsByteArrayAsync();
            httpTimes[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            response.EnsureSuccessStatusCode();
            pageBytes += body.Length;
        }
        httpPages = Latencies.Of(httpTimes);
        pageBytes /= Math.Max(1, httpTimes.Length);
    }
    Console.WriteLine($"  application start with its figures {webStart.TotalSeconds:0.0} s; HTTP dashboard page p95 {httpPages.P95:0.0} ms ({httpPages.Count} requests, {pageBytes / 1024} KB each)");

    // 3. Baseline: the same questions through GROUP BY, as many as fit in the budget.
    var baselineTimes = new List<double>();
    int agree = 0, compared = 0;
    await using (var connection = await db.OpenAsync())
    {
        var baseline = new GroupByBaseline(connection, db.IsPostgres, host.Statistics.Schema, host.Time);
        await baseline.AnswerAsync(parsed[0]);
        var budget = Stopwatch.StartNew();
        var reader = host.NewReader(out var scope);
        for (var i = 0; i < Math.Min(options.BaselineQueries, parsed.Count) && budget.Elapsed.TotalSeconds < options.BaselineSeconds; i++)
        {
            var t = Stopwatch.GetTimestamp();
            var total = await baseline.AnswerAsync(parsed[i]);
            baselineTimes.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            // Published (unsuppressed) engine totals must equal the SQL count.
            if (reader.Read(parsed[i]).Total.Current.Total is { } published)
            {
                compared++;
                agree += published == total ? 1 : 0;
            }
        }
        scope.Dispose();
    }
    var baselineAll = Latencies.Of(baselineTimes);
    var engineSame = Latencies.Of(engineTimes.Take(baselineTimes.Count));
    var ratio = baselineAll.P95 / Math.Max(engineSame.P95, 1e-6);
    Console.WriteLine($"  GROUP BY p95 {baselineAll.P95:0.0} ms over {baselineTimes.Count} questions; engine p95 on those {engineSame.P95:0.000} ms; ratio {ratio:N0}; totals agree {agree}/{compared}");

    // 4. Incremental maintenance: queue people, then one catch-up (what StatisticsRefresher runs every 20 s).
    // The seeded facts have no Returns rows, so the catch-up retracts the queued people's facts: the same path
    // (queue -> recompute from Returns/People -> fact table -> -1/+1 deltas -> rebuild touched years -> publish).
    var regenerate = new FactGenerator(options.Seed);
    var queued = Enumerable.Range(0, Math.Min(options.RefreshPeople, n)).Select(_ => regenerate.Next()).ToList();
    long YearTotals() => host.Statistics.Snapshot.Years.Keys.Sum(y => (long)(new FigureQuery(host.Statistics.Schema.Schema, host.Statistics.Snapshot).Cell(new Period(y, Periods.Year), 0, null, null) ?? 0));
    var totalsBefore = YearTotals();
    TimeSpan refresh;
    await using (var context = db.NewContext())
    {
        var at = DateTime.UtcNow;
        context.Set<StatisticsChange>().AddRange(queued.Select(f => new StatisticsChange { PersonId = f.PersonId, At = at }));
        await context.SaveChangesAsync();
        var clock = Stopwatch.StartNew();
        await host.Statistics.CatchUpAsync(context, CancellationToken.None);
        refresh = clock.Elapsed;
    }
    var totalsAfter = YearTotals();
    var yearsTouched = queued.Select(f => f.ArrivedAt.Year).Distinct().Count();
    Console.WriteLine($"  refresh of {queued.Count:N0} queued people: {refresh.TotalMilliseconds:0} ms; published year totals {totalsBefore:N0} -> {totalsAfter:N0}");

    s.AppendLine(CultureInfo.InvariantCulture, $"## {(db.IsPostgres ? "PostgreSQL" : "SQLite")}: {n:N0} return facts");
    s.AppendLine();
    s.AppendLine("| step | result |");
    s.AppendLine("| --- | ---: |");
    s.AppendLine(CultureInfo.InvariantCulture, $"| seeding ({(db.IsPostgres ? "binary COPY" : "prepared INSERTs")}, PK and PersonId index in place) | {seeding.TotalSeconds:0.0} s ({n / seeding.TotalSeconds:N0} rows/s) |");
    s.AppendLine(CultureInfo.InvariantCulture, $"| ANALYZE | {analyze.Elapsed.TotalSeconds:0.0} s |");
    s.AppendLine(CultureInfo.InvariantCulture, $"| database size | {Machine.Megabytes(size)} |");
    s.AppendLine(CultureInfo.InvariantCulture, $"| engine start-up (ReturnStatistics.LoadAsync: read every fact, build the protected tables of {snapshot.Years.Count} years) | {loadClock.Elapsed.TotalSeconds:0.0} s |");
    s.AppendLine(CultureInfo.InvariantCulture, $"| managed heap after load (growth) | {Machine.Megabytes(heapAfter)} (+{Machine.Megabytes(heapAfter - heapBefore)}) |");
    s.AppendLine(CultureInfo.InvariantCulture, $"| incremental refresh: {queued.Count:N0} queued people, one CatchUpAsync ({yearsTouched} years rebuilt) | {refresh.TotalMilliseconds:0} ms |");
    s.AppendLine(CultureInfo.InvariantCulture, $"| published year totals before / after the refresh | {totalsBefore:N0} / {totalsAfter:N0} |");
    s.AppendLine();
    s.AppendLine("| questions answered by | " + Latencies.Header("questions") + " |");
    s.AppendLine("| --- | " + Latencies.Align + " |");
    s.AppendLine("| engine, one table (ReadReturnFigures.Read: parse, total + rows, previous year) | " + engineAll.Cells(3) + " |");
    s.AppendLine("| engine, a dashboard page (ReadAll: the 9 breakdowns) | " + enginePages.Cells(3) + " |");
    s.AppendLine(CultureInfo.InvariantCulture, $"| HTTP GET /Statistics?… through the whole application (in-process TestServer, cookie-signed-in analyst, Razor page of {pageBytes / 1024} KB); start-up with its own load {webStart.TotalSeconds:0.0} s | {httpPages.Cells(3)} |");
    s.AppendLine("| engine, one table, the questions the baseline answered | " + engineSame.Cells(3) + " |");
    s.AppendLine("| SQL GROUP BY on the fact table, the same questions | " + baselineAll.Cells(3) + " |");
    s.AppendLine();
    s.AppendLine(CultureInfo.InvariantCulture, $"Ratio GROUP BY p95 / engine p95 on the same questions: **{ratio:N0}×**. Engine totals that were published (not suppressed) equal the SQL count in {agree} of {compared} questions.");
    s.AppendLine();
    sections.Add(s.ToString());
    summary.Add(string.Create(inv, $"| {(db.IsPostgres ? "PostgreSQL" : "SQLite")} | {n:N0} | {seeding.TotalSeconds:0} s | {loadClock.Elapsed.TotalSeconds:0.0} s | {engineAll.P95:0.000} ms | {enginePages.P95:0.00} ms | {httpPages.P95:0.0} ms | {baselineAll.P95:0} ms ({baselineTimes.Count}) | {ratio:N0}× | {refresh.TotalMilliseconds:0} ms |"));
    GC.KeepAlive(sink);
}

var spinAfter = Machine.SpinMilliseconds();
var loadAfter = Machine.LoadAverage();
var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"# Statistics bench ({(options.Smoke ? "smoke" : "full")})");
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Run {startedAt:yyyy-MM-dd HH:mm} UTC, commit {Machine.Head()}, {Machine.Describe()}.");
report.AppendLine(CultureInfo.InvariantCulture, $"Load average {loadBefore} at the start, {loadAfter} at the end; the fixed CPU loop took {spinBefore:0} ms at the start and {spinAfter:0} ms at the end (the same loop in the other benches; more time means a busier machine).");
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/Reintegra.Statistics.Bench -- {string.Join(' ', args)}`");
report.AppendLine();
report.AppendLine("| engine | facts | seeding | engine start-up | engine p95 (one table) | engine p95 (dashboard page) | HTTP p95 (dashboard page) | GROUP BY p95 (questions) | ratio | refresh |");
report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
summary.ForEach(l => report.AppendLine(l));
report.AppendLine();
sections.ForEach(x => report.Append(x));
// A relative --out is relative to the bench's folder (as the README's commands write results/...), wherever it runs from.
var output = Path.Combine(FindBenchFolder(), options.Output ?? Path.Combine("results", options.Smoke ? "statistics-smoke.md" : "statistics-full.md"));
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, report.ToString());
Console.WriteLine($"results written to {output}");
return 0;

static string FindBenchFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Reintegra.Statistics.Bench.csproj")))
        {
            return dir.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}
