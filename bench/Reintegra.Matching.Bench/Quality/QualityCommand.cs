using System.Diagnostics;
using System.Globalization;
using System.Text;
using Reintegra.Matching.Bench.Data;

namespace Reintegra.Matching.Bench.Quality;

/// <summary>
/// The quality harness: every figure is measured on data not used to train the model or choose its thresholds.
/// Synthetic Hispanic registry: train and tune on seed 1, report on seed 2 (a different population).
/// FEBRL: train and tune on FEBRL1, report on FEBRL3. fake_1000 and historical_50k: split by person.
/// </summary>
internal static class QualityCommand
{
    public static async Task<string> RunAsync(bool smoke, string resultsDirectory)
    {
        var clock = Stopwatch.StartNew();
        var md = new StringBuilder();
        var sizes = smoke ? (Registry: 5_000, Repeats: 500, Hard: 250, New: 250, ReportRegistry: 5_000) : (Registry: 50_000, Repeats: 5_000, Hard: 2_500, New: 2_500, ReportRegistry: 200_000);
        md.AppendLine(CultureInfo.InvariantCulture, $"# Matching quality{(smoke ? " (smoke sizes)" : "")}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, `{Environment.CommandLine}`. {Machine.Describe()}");
        md.AppendLine();

        // Synthetic Hispanic registry: lookup.
        var tuneSet = new SyntheticSets(1);
        var tuneRegistry = tuneSet.Registry(sizes.Registry).ToList();
        var tuneRepeats = tuneSet.ReRegistrations(sizes.Registry, sizes.Repeats).ToList();
        var training = tuneRegistry.Concat(tuneRepeats).ToList();
        var trainingSet = new LabelledSet("synthetic seed 1", training);
        var model = ModelTrainer.Train(trainingSet.Identities, trainingSet.PersonOf(), randomPairs: smoke ? 300_000 : 2_000_000);
        var tuneQueries = tuneSet.ReRegistrations(sizes.Registry, sizes.Repeats * 2).Skip(sizes.Repeats)
            .Concat(tuneSet.HardNonMatches(sizes.Registry, sizes.Hard))
            .Concat(tuneSet.NewPeople(sizes.Registry, sizes.New)).ToList();
        List<LookupOutcome> tuneOutcomes;
        using (var index = new PersonIndex(model))
        {
            index.AddRange(tuneRegistry.Select(r => r.Record));
            tuneOutcomes = LookupEvaluation.Run(index, tuneRegistry, tuneQueries);
        }

        var (sameBits, askBits) = ThresholdTuning.Tune(tuneOutcomes);
        model.Thresholds.SamePerson = ThresholdTuning.Probability(sameBits);
        model.Thresholds.Ask = ThresholdTuning.Probability(askBits);
        model.TrainedOn += $"; thresholds tuned on synthetic seed 1 lookups (same person ≥ {sameBits:0.##} bits, ask ≥ {askBits:0.##} bits)";
        await File.WriteAllTextAsync(Path.Combine(resultsDirectory, smoke ? "model-synthetic-smoke.json" : "model-synthetic.json"), model.ToJson());

        var reportSet = new SyntheticSets(2);
        var reportRegistry = reportSet.Registry(sizes.ReportRegistry).ToList();
        var reportQueries = reportSet.ReRegistrations(sizes.ReportRegistry, sizes.Repeats * 2)
            .Concat(reportSet.HardNonMatches(sizes.ReportRegistry, sizes.Hard * 2))
            .Concat(reportSet.NewPeople(sizes.ReportRegistry, sizes.New * 2)).ToList();
        List<LookupOutcome> reportOutcomes;
        using (var index = new PersonIndex(model))
        {
            index.AddRange(reportRegistry.Select(r => r.Record));
            reportOutcomes = LookupEvaluation.Run(index, reportRegistry, reportQueries);
        }

        md.AppendLine("## Synthetic Hispanic registry: online lookup");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Generator `tools/Reintegra.Synthetic` (`RegistryGenerator`), default variation rates. Model: m from labelled pairs and u from 2 M random pairs of seed 1 ({sizes.Registry:N0} people + {sizes.Repeats:N0} re-registrations); thresholds tuned on seed 1 lookups (target precision 0.998 at \"same person\"), then applied unchanged to seed 2 ({sizes.ReportRegistry:N0} people indexed; queries: re-registrations, hard non-matches — siblings, twins, namesakes — and new people).");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Thresholds: same person ≥ {sameBits:0.##} bits (p ≥ {model.Thresholds.SamePerson:0.######}), ask ≥ {askBits:0.##} bits (p ≥ {model.Thresholds.Ask:0.####}).");
        md.AppendLine();
        AppendLookupTable(md, [("seed 1 (tuning)", LookupMetrics.Of(tuneOutcomes, sameBits, askBits)), ("**seed 2 (report)**", LookupMetrics.Of(reportOutcomes, sameBits, askBits))]);
        AppendMisses(md, reportOutcomes, sameBits);
        AppendExamples(md, reportOutcomes, reportRegistry, sameBits);

        // Synthetic batch.
        var batchTune = new LabelledSet("synthetic seed 1 batch", tuneRegistry.Take(sizes.Registry / 2).Concat(tuneSet.ReRegistrations(sizes.Registry / 2, sizes.Repeats / 2)).Concat(tuneSet.HardNonMatches(sizes.Registry / 2, sizes.Hard / 2)).ToList());
        var batchReport = new LabelledSet("synthetic seed 2 batch", reportRegistry.Take(sizes.ReportRegistry / 2).Concat(reportSet.ReRegistrations(sizes.ReportRegistry / 2, sizes.Repeats)).Concat(reportSet.HardNonMatches(sizes.ReportRegistry / 2, sizes.Hard)).ToList());
        md.AppendLine("## Batch deduplication (pairwise precision / recall / F1 of the clusters)");
        md.AppendLine();
        md.AppendLine("Threshold chosen to maximise F1 on the tuning data, applied unchanged to the report data. Pair completeness = share of true pairs that blocking makes candidates.");
        md.AppendLine();
        md.AppendLine("| data (report) | trained / tuned on | records | true pairs | candidate pairs | pair completeness | threshold p | precision | recall | F1 | time |");
        md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        AppendBatch(md, batchReport, "synthetic seed 1 (labels)", model, BatchEvaluation.TuneThreshold(BatchEvaluation.Score(batchTune, model)));

        var febrl1 = PublicSets.Febrl("febrl1.csv");
        var febrl3 = PublicSets.Febrl("febrl3.csv");
        var febrlModel = ModelTrainer.Train(febrl1.Identities, febrl1.PersonOf(), randomPairs: 500_000);
        AppendBatch(md, febrl3, "FEBRL1 (labels)", febrlModel, BatchEvaluation.TuneThreshold(BatchEvaluation.Score(febrl1, febrlModel)));
        var febrlEm = ModelTrainer.Train(febrl1.Identities, randomPairs: 500_000);
        AppendBatch(md, febrl3, "FEBRL1 (EM, no labels)", febrlEm, BatchEvaluation.TuneThreshold(BatchEvaluation.Score(febrl1, febrlEm)));

        var fake = PublicSets.Fake1000().SplitByPerson();
        var fakeModel = ModelTrainer.Train(fake.Tune.Identities, fake.Tune.PersonOf(), randomPairs: 300_000);
        AppendBatch(md, fake.Report, "other half (labels)", fakeModel, BatchEvaluation.TuneThreshold(BatchEvaluation.Score(fake.Tune, fakeModel)));

        var historical = (await PublicSets.Historical50k()).SplitByPerson();
        var historicalModel = ModelTrainer.Train(historical.Tune.Identities, historical.Tune.PersonOf(), randomPairs: 1_000_000);
        AppendBatch(md, historical.Report, "other half (labels)", historicalModel, BatchEvaluation.TuneThreshold(BatchEvaluation.Score(historical.Tune, historicalModel)));
        md.AppendLine();

        md.AppendLine("## Lookup on the public sets (leave one out)");
        md.AppendLine();
        md.AppendLine("Every record that has at least one other record of the same person is looked up against all the others (same models as above).");
        md.AppendLine();
        md.AppendLine("| data | queries | blocking recall | recall@1 | recall@5 | recall@10 |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        AppendLeaveOneOut(md, febrl3, febrlModel);
        AppendLeaveOneOut(md, fake.Report, fakeModel);
        AppendLeaveOneOut(md, historical.Report, historicalModel);
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Total harness time {clock.Elapsed.TotalSeconds:0} s.");
        return md.ToString();
    }

    private static void AppendLookupTable(StringBuilder md, IEnumerable<(string Name, LookupMetrics M)> rows)
    {
        md.AppendLine("| data | queries (repeats / non-matches) | blocking recall | recall@1 | recall@5 | recall@10 | precision at \"same person\" | recall at \"same person\" | false merge (non-matches proposed as same person) | non-matches sent to \"ask\" | repeats at ≥ \"ask\" and rank 1 | false merge by kind | mean ms |");
        md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
        foreach (var (name, m) in rows)
        {
            var kinds = string.Join(", ", m.FalseMergeByKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value:0.0000}"));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {m.Queries:N0} ({m.Repeats:N0} / {m.NonMatches:N0}) | {m.BlockingRecall:0.0000} | {m.RecallAt1:0.0000} | {m.RecallAt5:0.0000} | {m.RecallAt10:0.0000} | {m.PrecisionAtSamePerson:0.0000} | {m.RecallAtSamePerson:0.0000} | {m.FalseMergeRate:0.0000} | {m.AskShareOfNonMatches:0.0000} | {m.RepeatsAtLeastAsk:0.0000} | {kinds} | {m.MeanMilliseconds:0.00} |");
        }

        md.AppendLine();
    }

    private static void AppendMisses(StringBuilder md, List<LookupOutcome> outcomes, double sameBits)
    {
        var notInTop10 = outcomes.Count(o => o.HasTruth && o.TruthRank == 0);
        var notBlocked = outcomes.Count(o => o.HasTruth && !o.TruthInBlock);
        var wrongProposals = outcomes.Count(o => o.Found > 0 && o.TopWeight >= sameBits && !o.TopGuarded && !o.TopCorrect);
        md.AppendLine(CultureInfo.InvariantCulture, $"Report data: {notInTop10} repeats not in the top 10 ({notBlocked} of them never candidates), {wrongProposals} wrong \"same person\" proposals.");
        md.AppendLine();
    }

    private static void AppendExamples(StringBuilder md, List<LookupOutcome> outcomes, List<LabelledRecord> registry, double sameBits)
    {
        var byId = registry.ToDictionary(r => r.Record.Id, r => r.Record);
        static string Show(IdentityRecord r) =>
            $"{r.GivenNames} / {r.FirstSurname} / {r.SecondSurname} / {r.Sex} / {r.BirthDate} / {string.Join(",", r.Documents.Select(d => d.Number))} / {r.OriginPcode}";
        md.AppendLine("<details><summary>Examples from the report data: wrong \"same person\" proposals and repeats never made candidates</summary>");
        md.AppendLine();
        foreach (var o in outcomes.Where(o => o.Found > 0 && o.TopWeight >= sameBits && !o.TopGuarded && !o.TopCorrect).Take(12))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- wrong ({o.Kind}): `{Show(o.Query)}` → `{Show(byId[o.Top!.Id])}` {o.TopWeight:0.#} bits: {string.Join(", ", o.Top.Evidence.Select(e => $"{e.Reason} {e.Weight:0.#}"))}");
        }

        foreach (var o in outcomes.Where(o => o.HasTruth && !o.TruthInBlock).Take(12))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- missed: `{Show(o.Query)}` vs registered `{Show(byId[o.TruthId!])}`");
        }

        md.AppendLine();
        md.AppendLine("</details>");
        md.AppendLine();
    }

    private static void AppendBatch(StringBuilder md, LabelledSet report, string trainedOn, MatchModel model, double thresholdBits)
    {
        var scored = BatchEvaluation.Score(report, model);
        var m = BatchEvaluation.At(scored, thresholdBits);
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| {report.Name} | {trainedOn} | {m.Records:N0} | {m.TruePairs:N0} | {m.CandidatePairs:N0} | {m.PairCompleteness:0.0000} | {m.ThresholdProbability:0.####} | {m.Precision:0.0000} | {m.Recall:0.0000} | **{m.F1:0.0000}** | {m.Elapsed.TotalSeconds:0.0} s |");
        scored.Index.Dispose();
    }

    private static void AppendLeaveOneOut(StringBuilder md, LabelledSet set, MatchModel model)
    {
        using var index = new PersonIndex(model);
        index.AddRange(set.Identities);
        var withMates = set.Records.GroupBy(r => r.Person).Where(g => g.Count() > 1).SelectMany(g => g).Select(r => r with { Kind = "repeat" }).ToList();
        var outcomes = LookupEvaluation.Run(index, set.Records, withMates);
        var m = LookupMetrics.Of(outcomes, double.PositiveInfinity, double.PositiveInfinity);
        md.AppendLine(CultureInfo.InvariantCulture, $"| {set.Name} | {m.Repeats:N0} | {m.BlockingRecall:0.0000} | {m.RecallAt1:0.0000} | {m.RecallAt5:0.0000} | {m.RecallAt10:0.0000} |");
    }
}
