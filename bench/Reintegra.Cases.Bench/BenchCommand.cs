using System.Globalization;
using System.Text;
using Npgsql;

namespace Reintegra.Cases.Bench;

/// <summary>
/// Case work speed: the case worker's dashboard, the supervisor's team dashboard and case pages, rendered by the
/// application (Razor pages over PostgreSQL), with many people and cases in the database. See README.md.
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            Console.WriteLine(BenchOptions.Help);
            return 2;
        }
        await using var database = options.Reuse is null
            ? await BenchDatabase.CreateAsync("reintegra_casesbench", "postgres", options.Sizes.People, keep: options.Keep)
            : BenchDatabase.Existing(options.Reuse);
        var name = database.Name;
        var connectionString = database.ConnectionString;

        var report = new StringBuilder();
        Console.WriteLine($"Database {name}: migrating and making the measured office's staff.");
        BenchStaff staff;
        await using (var first = BenchHost.Start(database))
        {
            staff = await BenchStaff.MakeAsync(first);
        }
        Seeder.Report? seed = null;
        if (options.Reuse is null)
        {
            Console.WriteLine($"Seeding {options.Sizes.People:N0} people and {options.Sizes.Cases:N0} cases.");
            seed = await Seeder.SeedAsync(connectionString, staff, options.Sizes);
        }

        // A second start finds the full database, as after a restart in service.
        Console.WriteLine("Starting the application on the full database.");
        await using var app = BenchHost.Start(database);
        var worker = await PageSession.SignInAsync(app.Address, BenchStaff.CaseWorkerEmail);
        var supervisor = await PageSession.SignInAsync(app.Address, BenchStaff.SupervisorEmail);
        var identity = await worker.WaitForIdentityIndexAsync();
        var cases = await SampleCasesAsync(connectionString, staff.CaseWorkerId, 200);
        var (workerOpen, officeOpen) = await OpenCasesAsync(connectionString, staff);

        var requests = new List<(string Kind, PageSession Session, Func<int, string> Url, string Marker)>
        {
            ("dashboard (case worker)", worker, _ => "/Cases", "data-testid=\"open-cases\""),
            ("dashboard (supervisor, team)", supervisor, _ => "/Cases?team=true", "data-testid=\"open-cases\""),
            ("case page", worker, i => $"/Cases/{cases[i % cases.Count]}", "data-testid=\"case-worker\""),
            ("case API (GET /api/v1/cases/{id})", worker, i => $"/api/v1/cases/{cases[i % cases.Count]}", "\"version\""),
        };
        Console.WriteLine($"Warming up ({options.Warmup} rounds), then {options.Rounds} measured rounds.");
        var timings = requests.ToDictionary(r => r.Kind, _ => new List<double>());
        for (var round = 0; round < options.Warmup + options.Rounds; round++)
        {
            foreach (var (kind, session, url, marker) in requests)
            {
                var ms = await session.GetAsync(url(round), marker);
                if (round >= options.Warmup)
                {
                    timings[kind].Add(ms);
                }
            }
        }

        report.AppendLine("# Case work speed").AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {Machine.Head()}, {Environment.ProcessorCount} cores, load average at the end {Machine.LoadAverage()}.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/Reintegra.Cases.Bench -- {string.Join(' ', args)}`").AppendLine();
        report.AppendLine("## Database").AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"PostgreSQL `{name}`: {options.Sizes.Offices} offices of {options.Sizes.WorkersPerOffice} case workers, {options.Sizes.Providers} providers with {options.Sizes.Services} services.");
        report.AppendLine(CultureInfo.InvariantCulture, $"The measured case worker holds {workerOpen:N0} open cases; the supervisor's office {officeOpen:N0}.").AppendLine();
        if (seed is not null)
        {
            report.AppendLine("| table | rows |").AppendLine("| --- | ---: |");
            foreach (var (table, rows) in seed.Rows)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| {table} | {rows:N0} |");
            }
            report.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Seeding took {seed.Writing.TotalSeconds:0} s, then VACUUM (ANALYZE) {seed.Maintenance.TotalSeconds:0} s.").AppendLine();
        }
        report.AppendLine(CultureInfo.InvariantCulture, $"Identity index ready after {identity.TotalSeconds:0} s (loads every person in the background after a start; measured after it).").AppendLine();
        report.AppendLine("## Latency (one client, one request at a time, full HTML rendered and read)").AppendLine();
        report.AppendLine("| request | " + Latencies.Header("n") + " |").AppendLine("| --- | " + Latencies.Align + " |");
        foreach (var (kind, list) in timings)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {Latencies.Of(list).Cells()} |");
        }
        report.AppendLine().AppendLine("Target: dashboard and case page under 150 ms at the 95th percentile.");
        Console.WriteLine();
        Console.WriteLine(report);
        var outFile = options.Out ?? Path.Combine("bench", "Reintegra.Cases.Bench", "results", $"cases-{options.Sizes.People}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        await File.WriteAllTextAsync(outFile, report.ToString());
        Console.WriteLine($"Written {outFile}.");
        return 0;
    }

    private static async Task<List<Guid>> SampleCasesAsync(string connectionString, Guid worker, int count)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT \"Id\" FROM \"Cases\" WHERE \"CaseWorkerId\" = @w ORDER BY md5(\"Id\"::text) LIMIT @n", conn);
        cmd.Parameters.AddWithValue("w", worker);
        cmd.Parameters.AddWithValue("n", count);
        var ids = new List<Guid>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids.Count > 0 ? ids : throw new InvalidOperationException("The measured case worker has no cases.");
    }

    private static async Task<(long Worker, long Office)> OpenCasesAsync(string connectionString, BenchStaff staff)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE "CaseWorkerId" = @w), count(*) FROM "Cases" WHERE "InstitutionId" = @i AND "Status" <> 6
            """, conn);
        cmd.Parameters.AddWithValue("w", staff.CaseWorkerId);
        cmd.Parameters.AddWithValue("i", staff.OfficeId);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
