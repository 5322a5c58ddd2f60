using System.Diagnostics;
using System.Globalization;
using System.Text;
using Reintegra.Matching.Bench.Data;

namespace Reintegra.Matching.Bench.Speed;

/// <summary>
/// Online lookup speed at registry scale: index build time and memory, lookup latency percentiles (one client,
/// then two), incremental registration, and the same lookups against the PostgreSQL peer in the same run.
/// </summary>
internal static class SpeedCommand
{
    private const int WarmUp = 300;

    public static async Task<string> RunAsync(int people, int queryCount, string? postgres, string modelPath)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Lookup speed with {people:N0} people");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, `{Environment.CommandLine}`. {Machine.Describe()}");
        var baselineBefore = Machine.BaselineMilliseconds();
        var model = await LoadModelAsync(modelPath);
        md.AppendLine(CultureInfo.InvariantCulture, $"Model: {model.TrainedOn}.");
        md.AppendLine();

        var data = new SyntheticSets(3);
        var clock = Stopwatch.StartNew();
        var registry = data.Registry(people).ToList();
        var generation = clock.Elapsed;
        var queries = data.ReRegistrations(people, queryCount / 2)
            .Concat(data.HardNonMatches(people, queryCount / 4))
            .Concat(data.NewPeople(people, queryCount - queryCount / 2 - queryCount / 4)).ToList();
        var truth = new Dictionary<string, string>(registry.Count);
        foreach (var r in registry)
        {
            truth[r.Person] = r.Record.Id;
        }

        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        var index = new PersonIndex(model, capacity: people + 1024);
        index.AddRange(registry.Select(r => r.Record));
        var build = clock.Elapsed;
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        var stats = index.GetStatistics();
        var records = registry.Select(r => r.Record).ToList();
        registry.Clear();
        registry.TrimExcess();

        for (var i = 0; i < WarmUp; i++)
        {
            index.Lookup(queries[i % queries.Count].Record, 10);
        }

        var latencies = new List<double>(queries.Count);
        var hits = 0;
        var repeats = 0;
        var falseMerges = 0;
        var nonMatches = 0;
        var compared = new List<double>(queries.Count);
        foreach (var q in queries)
        {
            var t = Stopwatch.GetTimestamp();
            var found = index.Lookup(q.Record, 10, out var candidates);
            latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            compared.Add(candidates);
            if (truth.TryGetValue(q.Person, out var id))
            {
                repeats++;
                hits += found.Any(c => c.Id == id) ? 1 : 0;
            }
            else
            {
                nonMatches++;
                falseMerges += found.Count > 0 && found[0].Band == MatchBand.SamePerson ? 1 : 0;
            }
        }

        var single = Latencies.Of(latencies);
        var concurrent = new double[queries.Count];
        clock.Restart();
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var t = Stopwatch.GetTimestamp();
            index.Lookup(queries[i].Record, 10);
            concurrent[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        });
        var throughput = queries.Count / clock.Elapsed.TotalSeconds;
        var twoClients = Latencies.Of(concurrent);

        var inserts = new List<double>();
        foreach (var q in queries.Take(1000))
        {
            var t = Stopwatch.GetTimestamp();
            index.AddOrUpdate(q.Record with { Id = "new-" + q.Record.Id });
            inserts.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        var insert = Latencies.Of(inserts);
        foreach (var q in queries.Take(1000))
        {
            index.Remove("new-" + q.Record.Id);
        }

        md.AppendLine("## Index");
        md.AppendLine();
        md.AppendLine("| people | generate records | build index | index memory (GC delta) | index memory (table estimate) | distinct tokens | blocking keys | posting entries |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| {stats.People:N0} | {generation.TotalSeconds:0.0} s | **{build.TotalSeconds:0.0} s** | **{Machine.Megabytes(memoryAfter - memoryBefore)}** | {Machine.Megabytes(stats.EstimatedBytes)} | {stats.DistinctTokens:N0} | {stats.BlockingKeys:N0} | {stats.PostingEntries:N0} |");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Process working set after build: {Machine.Megabytes(Environment.WorkingSet)}.");
        md.AppendLine();
        md.AppendLine("## Lookup latency");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{queries.Count:N0} queries (half re-registrations with the generator's variations, a quarter hard non-matches, a quarter new people), top 10 with explanations, after {WarmUp} warm-up lookups. Candidates scored per lookup: mean {compared.Average():0}, p95 {Latencies.Of(compared).P95:0}, max {compared.Max():0}.");
        md.AppendLine();
        md.AppendLine(Latencies.Header);
        md.AppendLine(single.Row("Reintegra.Matching, 1 client"));
        md.AppendLine(twoClients.Row($"Reintegra.Matching, 2 clients ({throughput:0} lookups/s)"));
        md.AppendLine(insert.Row("Reintegra.Matching, registration (AddOrUpdate)"));

        string? peerSummary = null;
        if (postgres is not null)
        {
            peerSummary = await RunPeerAsync(md, postgres, records, queries, truth, single);
        }
        else
        {
            md.AppendLine();
        }

        md.AppendLine("## Quality at this size (model thresholds)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Re-registrations with the true record in the top 10: {hits / (double)repeats:0.0000} ({hits:N0} of {repeats:N0}); non-matches proposed as the same person: {falseMerges / (double)Math.Max(nonMatches, 1):0.0000} ({falseMerges} of {nonMatches:N0}).");
        if (peerSummary is not null)
        {
            md.AppendLine(peerSummary);
        }

        var baselineAfter = Machine.BaselineMilliseconds();
        md.AppendLine();
        md.AppendLine("## Noise");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Fixed CPU workload before the run {baselineBefore:0} ms, after {baselineAfter:0} ms (ratio {baselineAfter / baselineBefore:0.00}); load average at the end {Machine.LoadAverage()}. Other engineers were building on the same 2 cores, so single numbers can be off by the ratio above; compare engines within one run.");
        index.Dispose();
        return md.ToString();
    }

    private static async Task<string> RunPeerAsync(StringBuilder md, string connectionString, List<IdentityRecord> records, List<LabelledRecord> queries, Dictionary<string, string> truth, Latencies ours)
    {
        await using var peer = new PostgresPeer(connectionString);
        var load = await peer.LoadAsync(records);
        var size = await peer.SizeBytesAsync();
        await using var connection = await peer.OpenAsync();
        for (var i = 0; i < WarmUp; i++)
        {
            await peer.LookupAsync(connection, queries[i % queries.Count].Record);
        }

        var latencies = new List<double>(queries.Count);
        var hits = 0;
        var repeats = 0;
        foreach (var q in queries)
        {
            var (ids, ms) = await peer.LookupAsync(connection, q.Record);
            latencies.Add(ms);
            if (truth.TryGetValue(q.Person, out var id))
            {
                repeats++;
                hits += ids.Contains(id) ? 1 : 0;
            }
        }

        var theirs = Latencies.Of(latencies);
        md.AppendLine(theirs.Row("PostgreSQL 15 pg_trgm + fuzzystrmatch (blocked), 1 client"));
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"PostgreSQL load (binary COPY) + index build: {load.TotalSeconds:0} s; table + indexes {Machine.Megabytes(size)}.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"**Ratio PostgreSQL / Reintegra.Matching: p50 {theirs.P50 / ours.P50:0.0}×, p95 {theirs.P95 / ours.P95:0.0}×** (same queries, same machine, same run).");
        md.AppendLine();
        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL peer: true record in its top 10 for {hits / (double)Math.Max(repeats, 1):0.0000} of re-registrations.");
    }

    /// <summary>The model the quality harness trained and tuned (seed 1), or a quick one when it has not been run.</summary>
    public static async Task<MatchModel> LoadModelAsync(string path)
    {
        if (File.Exists(path))
        {
            return MatchModel.FromJson(await File.ReadAllTextAsync(path));
        }

        var data = new SyntheticSets(1);
        var training = new LabelledSet("seed 1", data.Registry(20_000).Concat(data.ReRegistrations(20_000, 2_000)).ToList());
        return ModelTrainer.Train(training.Identities, training.PersonOf(), randomPairs: 300_000);
    }
}
