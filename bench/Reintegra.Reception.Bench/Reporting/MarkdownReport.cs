using System.Globalization;
using System.Text;
using Reintegra.Reception.Bench.Pages;

namespace Reintegra.Reception.Bench.Reporting;

/// <summary>The results file: targets first, then each scenario in detail, then the PostgreSQL plans of the slowest requests.</summary>
internal sealed class MarkdownReport(BenchOptions options, string[] args, DateTime started, TimeSpan elapsed, IReadOnlyList<ScenarioResult> results)
{
    public const double FlightTargetSeconds = 5;
    public const double PageTargetMs = 100;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Every flight registered everyone and every page/search answered with what it was asked for.</summary>
    public bool AllValid => results.All(r =>
        (r.Flights?.Flights.All(f => f.Failures.Count == 0 && f.RegisteredInQueue == f.People) ?? true)
        && (r.Pages is null || (r.Pages.FoundShare(PageQueries.Page) == 1 && r.Pages.FoundShare(PageQueries.Document) >= 0.9)));

    public string Summary()
    {
        var s = new StringBuilder();
        s.AppendLine("| target | where | measured | met |");
        s.AppendLine("| --- | --- | --- | --- |");
        foreach (var r in results)
        {
            if (r.Flights is { } f)
            {
                var met = f.WorstSeconds < FlightTargetSeconds ? "yes" : f.MedianSeconds < FlightTargetSeconds ? "median yes, worst no" : "**no**";
                var persons = f.Flights.Sum(x => x.People);
                s.AppendLine(Inv, $"| flight of {options.FlightSize} under {FlightTargetSeconds} s | {r.Scenario.Title} | median {f.MedianSeconds:0.00} s ({f.MedianPersonsPerSecond:0.0} persons/s), worst {f.WorstSeconds:0.00} s ({f.WorstPersonsPerSecond:0.0}/s), {f.Flights.Count} flights; CPU per person {f.Cpu.ThisProcessSeconds * 1000 / persons:0} ms app + client, {f.Cpu.PostgresSeconds * 1000 / persons:0} ms PostgreSQL | {met} |");
            }
        }
        foreach (var r in results.Where(TargetsPages))
        {
            var p = r.Pages!;
            s.AppendLine(Row("person page p95", r, p.Of(PageQueries.Page)));
            s.AppendLine(Row("search p95 (mix)", r, p.SearchMix));
            foreach (var kind in PageQueries.Searches)
            {
                s.AppendLine(Row($"  {kind}", r, p.Of(kind)));
            }
        }
        return s.ToString();
    }

    public string Render()
    {
        var s = new StringBuilder();
        s.AppendLine(Inv, $"# Reception speed — {(options.Smoke ? "smoke run (small sizes; not the targets' conditions)" : "full run")}");
        s.AppendLine();
        s.AppendLine(Inv, $"Run {started:yyyy-MM-dd HH:mm} UTC, {elapsed.TotalMinutes:0.0} min in all, commit {Git.Head()}.");
        s.AppendLine(Inv, $"Command: `dotnet run -c Release --project bench/Reintegra.Reception.Bench --{(args.Length == 0 ? "" : " " + string.Join(' ', args))}`.");
        s.AppendLine(Inv, $"Machine: {Machine.Describe()}. Others build and test on the same cores; each scenario reports the load.");
        s.AppendLine("The application runs in the benchmark's process on Kestrel (127.0.0.1), in its production configuration except");
        s.AppendLine("logging (warnings only); one client talks HTTP to it with a bearer token, one request at a time (one desk, one officer).");
        s.AppendLine("PostgreSQL is the private test cluster of `eng/test-services.sh` (PostgreSQL 15, fsync and synchronous_commit off,");
        s.AppendLine("default shared_buffers 128 MB), so commits cost less than on a production server with fsync on.");
        s.AppendLine();
        s.AppendLine("## Targets");
        s.AppendLine();
        s.Append(Summary());
        s.AppendLine();
        foreach (var r in results)
        {
            ScenarioSection.Write(s, r, options);
        }
        PlanSection.Write(s, results);
        return s.ToString();
    }

    private bool TargetsPages(ScenarioResult r) =>
        r.Pages is not null && (options.LargePeople > 0 ? r.Scenario.People == options.LargePeople && r.Scenario.Engine == "postgres" : true);

    private static string Row(string what, ScenarioResult r, Latencies l) => string.Create(Inv,
        $"| {what} under {PageTargetMs} ms | {r.Scenario.Title} | p50 {l.P50:0.0} ms, **p95 {l.P95:0.0} ms**, p99 {l.P99:0.0} ms ({l.Count:N0} requests) | {(l.P95 < PageTargetMs ? "yes" : "**no**")} |");
}
