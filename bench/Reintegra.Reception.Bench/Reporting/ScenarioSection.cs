using System.Globalization;
using System.Text;
using Reintegra.Reception.Bench.Flights;
using Reintegra.Reception.Bench.Pages;

namespace Reintegra.Reception.Bench.Reporting;

internal static class ScenarioSection
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(StringBuilder s, ScenarioResult r, BenchOptions o)
    {
        s.AppendLine(Inv, $"## {r.Scenario.Title}");
        s.AppendLine();
        s.AppendLine(Inv, $"Load average {r.LoadAtStart} at the start, {r.LoadAtEnd} at the end; a fixed CPU loop took {r.SpinAtStart:0} ms at the start and {r.SpinAtEnd:0} ms at the end (about 60 ms when the machine is idle).");
        s.AppendLine(Inv, $"{r.PeopleInDatabase:N0} people in the database after the run; database size {Machine.Megabytes(r.DatabaseBytes)} after seeding.");
        var index = r.Index is { } i
            ? string.Create(Inv, $"its identity index held {i.Status.People:N0} people ({Machine.Megabytes(i.Status.EstimatedBytes)} by its own estimate) and was ready {r.IndexSeconds:0.0} s after the start; the process's working set was then {Machine.Megabytes(r.WorkingSetBytes)}.")
            : "the application has no identity index to wait for.";
        s.AppendLine(Inv, $"The measured application instance started in {r.StartSeconds:0.0} s; {index}");
        s.AppendLine();
        WriteSeed(s, r);
        if (r.Flights is { } flights)
        {
            WriteFlights(s, r, flights, o);
        }
        if (r.Pages is { } pages)
        {
            WritePages(s, pages);
        }
    }

    private static void WriteSeed(StringBuilder s, ScenarioResult r)
    {
        if (r.Seed is not { } seed)
        {
            s.AppendLine(Inv, $"Database reused from an earlier run ({r.Scenario.Reuse}); not seeded again.");
            s.AppendLine();
            return;
        }
        var c = seed.Counts;
        var how = r.Scenario.Engine == "postgres" ? "binary COPY" : "prepared INSERTs";
        s.AppendLine(Inv, $"**Seeding** (reported, not a target): {c.Rows:N0} rows by {how} into the migrated schema, indexes and foreign keys in place, in {seed.Writing.TotalSeconds:0.0} s ({c.Rows / seed.Writing.TotalSeconds:N0} rows/s, {c.People / seed.Writing.TotalSeconds:N0} people/s), then {seed.Maintenance.TotalSeconds:0.0} s of {(r.Scenario.Engine == "postgres" ? "VACUUM (ANALYZE)" : "WAL checkpoint")}:");
        s.AppendLine(Inv, $"{c.People:N0} people, {c.Documents:N0} documents, {c.Links:N0} person–institution links, {c.Returns:N0} returns (a second one for a tenth of the people), {c.Referrals:N0} child-protection referrals, {c.Screenings:N0} sensitive screenings.");
        s.AppendLine("Air returns belong to the benchmark's airport centre, land returns to a border centre: the benchmark user sees about three quarters of the people.");
        s.AppendLine();
    }

    private static void WriteFlights(StringBuilder s, ScenarioResult r, FlightResults f, BenchOptions o)
    {
        s.AppendLine(Inv, $"### Flights of {o.FlightSize} people, one desk");
        s.AppendLine();
        s.AppendLine("Each flight: announce the arrival, import the manifest (CSV from `ManifestWriter`), read the queue, then for each person a candidate lookup and the registration (with the manifest entry, attached to the earlier person when the matching engine proposes the best candidate as the same person).");
        s.AppendLine();
        s.AppendLine("| flight | seconds | persons/s | manifest rows imported / refused | attached to earlier records | registry people on board | found among candidates | attached correctly | wrongly attached | refused registrations | registered in queue |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        FlightRow(s, "warm-up (not counted)", f.Warmup);
        for (var i = 0; i < f.Flights.Count; i++)
        {
            FlightRow(s, (i + 1).ToString(Inv), f.Flights[i]);
        }
        s.AppendLine();
        s.AppendLine(Inv, $"Median {f.MedianSeconds:0.00} s ({f.MedianPersonsPerSecond:0.0} persons/s), worst {f.WorstSeconds:0.00} s ({f.WorstPersonsPerSecond:0.0} persons/s). During the flights, {f.Cpu.Describe()}: {f.Cpu.PerUnit(f.Flights.Sum(x => x.People), "person")}.");
        if (r.FloorBefore is { } before && r.FloorAfter is { } after)
        {
            var perPerson = f.MedianSeconds * 1000 / o.FlightSize;
            s.AppendLine(Inv, $"Floor: GET /api/v1/me p50 {before.P50:0.00} ms before the flights, {after.P50:0.00} ms after; a person costs {perPerson:0.0} ms at the median, {perPerson / before.P50:0} floor round trips.");
        }
        var refusedRows = f.Flights.Sum(x => x.ManifestRejected);
        if (refusedRows > 0)
        {
            s.AppendLine(Inv, $"Manifest rows refused by the importer ({refusedRows} in all) are people listed with only an estimated age: `ManifestWriter` writes it in the remarks column, which the importer does not read as a birth. The desk registers them without a manifest entry.");
        }
        s.AppendLine();
        s.AppendLine("Round trips during the measured flights:");
        s.AppendLine();
        s.AppendLine("| call | " + Latencies.Header("requests") + " |");
        s.AppendLine("| --- | " + Latencies.Align + " |");
        foreach (var (name, ms) in f.Calls.OrderByDescending(c => c.Value.Sum()))
        {
            var l = Latencies.Of(ms);
            s.AppendLine(Inv, $"| {name} | {l.Cells()} |");
        }
        var failures = f.Flights.SelectMany(x => x.Failures).Take(5).ToList();
        if (failures.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("Refused registrations (first five):");
            s.AppendLine();
            foreach (var failure in failures)
            {
                s.AppendLine("- " + failure.ReplaceLineEndings(" "));
            }
        }
        s.AppendLine();
    }

    private static void FlightRow(StringBuilder s, string name, FlightOutcome x) => s.AppendLine(Inv,
        $"| {name} | {x.Elapsed.TotalSeconds:0.00} | {x.PersonsPerSecond:0.0} | {x.ManifestImported} / {x.ManifestRejected} | {x.Attached} | {x.Repeats} | {x.RepeatsAmongCandidates} | {x.RepeatsAttachedCorrectly} | {x.WronglyAttached} | {x.Failures.Count} | {x.RegisteredInQueue} of {x.People} |");

    private static void WritePages(StringBuilder s, PageResults p)
    {
        var floor = p.Of(PageQueries.Me).P50;
        s.AppendLine("### Person page and search, one officer");
        s.AppendLine();
        s.AppendLine("| request | " + Latencies.Header("requests") + " | p95 / floor p50 | answer holds the sampled person |");
        s.AppendLine("| --- | " + Latencies.Align + " | ---: | ---: |");
        foreach (var kind in PageQueries.All)
        {
            var l = p.Of(kind);
            s.AppendLine(Inv, $"| {kind} | {l.Cells()} | {l.P95 / floor:0.0} | {p.FoundShare(kind):P0} |");
        }
        var mix = p.SearchMix;
        s.AppendLine(Inv, $"| all searches (mix) | {mix.Cells()} | {mix.P95 / floor:0.0} | |");
        s.AppendLine();
        s.AppendLine("A name search lists the first 25 matches in name order, so a common surname prefix may not list the sampled person itself.");
        if (p.Cpu is { } cpu)
        {
            s.AppendLine(Inv, $"During the measurement, {cpu.Describe()}: {cpu.PerUnit(p.Count, "request")}.");
        }
        s.AppendLine();
    }
}
