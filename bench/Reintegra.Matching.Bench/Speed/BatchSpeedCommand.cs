using System.Diagnostics;
using System.Globalization;
using System.Text;
using Reintegra.Matching.Bench.Data;
using Reintegra.Matching.Bench.Quality;

namespace Reintegra.Matching.Bench.Speed;

/// <summary>Batch deduplication of a whole registry: 90 % first registrations, 10 % re-registrations of them.</summary>
internal static class BatchSpeedCommand
{
    public static async Task<string> RunAsync(int records, string modelPath)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Batch deduplication of {records:N0} records");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, `{Environment.CommandLine}`. {Machine.Describe()}");
        var baselineBefore = Machine.BaselineMilliseconds();
        var model = await SpeedCommand.LoadModelAsync(modelPath);
        md.AppendLine(CultureInfo.InvariantCulture, $"Model: {model.TrainedOn}; clusters join pairs at or above the \"ask\" threshold (p ≥ {model.Thresholds.Ask:0.####}).");
        md.AppendLine();

        var data = new SyntheticSets(4);
        var people = records * 9 / 10;
        var set = new LabelledSet("synthetic seed 4", data.Registry(people).Concat(data.ReRegistrations(people, records - people)).ToList());
        var clock = Stopwatch.StartNew();
        using var index = new PersonIndex(model, capacity: records + 16);
        index.AddRange(set.Identities);
        var build = clock.Elapsed;
        clock.Restart();
        var result = Deduplicator.Deduplicate(index);
        var dedupe = clock.Elapsed;

        var personOf = set.PersonOf();
        var byId = set.Records.ToDictionary(r => r.Record.Id, r => r.Person);
        long predicted = 0, correct = 0;
        foreach (var cluster in result.Clusters)
        {
            predicted += (long)cluster.Ids.Count * (cluster.Ids.Count - 1) / 2;
            foreach (var g in cluster.Ids.GroupBy(id => byId[id]))
            {
                correct += (long)g.Count() * (g.Count() - 1) / 2;
            }
        }

        var truePairs = set.Records.GroupBy(r => r.Person).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        var precision = predicted == 0 ? 1 : correct / (double)predicted;
        var recall = correct / (double)Math.Max(truePairs, 1);
        md.AppendLine("| records | build index | score pairs + cluster | total | candidate pairs | pairs/s | clusters | pairwise precision | pairwise recall | F1 |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| {records:N0} | {build.TotalSeconds:0.0} s | {dedupe.TotalSeconds:0.0} s | **{(build + dedupe).TotalMinutes:0.00} min** | {result.ComparedPairs:N0} | {result.ComparedPairs / dedupe.TotalSeconds:N0} | {result.Clusters.Count:N0} | {precision:0.0000} | {recall:0.0000} | {2 * precision * recall / Math.Max(precision + recall, 1e-12):0.0000} |");
        md.AppendLine();
        var baselineAfter = Machine.BaselineMilliseconds();
        md.AppendLine(CultureInfo.InvariantCulture, $"Noise: fixed CPU workload {baselineBefore:0} ms before, {baselineAfter:0} ms after; load average at the end {Machine.LoadAverage()}. Record generation time is not included.");
        _ = ThresholdTuning.Probability(0);
        return md.ToString();
    }
}
