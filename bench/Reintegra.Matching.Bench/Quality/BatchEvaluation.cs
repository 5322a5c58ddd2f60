using System.Diagnostics;
using Reintegra.Matching.Bench.Data;

namespace Reintegra.Matching.Bench.Quality;

internal sealed record BatchMetrics(
    int Records,
    long TruePairs,
    long CandidatePairs,
    double PairCompleteness,
    double Precision,
    double Recall,
    double F1,
    int Clusters,
    double ThresholdProbability,
    TimeSpan Elapsed);

/// <summary>Pairwise precision, recall and F1 of the clusters from batch deduplication, against the ground truth.</summary>
internal static class BatchEvaluation
{
    /// <summary>Scores every candidate pair once; thresholds can then be tried without rescoring.</summary>
    public static ScoredSet Score(LabelledSet set, MatchModel model)
    {
        var index = new PersonIndex(model);
        index.AddRange(set.Identities);
        var clock = Stopwatch.StartNew();
        var pairs = index.ScoreAllPairs(double.NegativeInfinity, out var compared);
        var scoring = clock.Elapsed;
        var person = set.PersonOf();
        var personOfSlot = new string[index.SlotCount];
        foreach (var r in set.Records)
        {
            index.TryGetSlot(r.Record.Id, out var slot);
            personOfSlot[slot] = r.Person;
        }

        var truePairs = set.Records.GroupBy(r => r.Person).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        long found = 0;
        foreach (var (a, b, _, _) in pairs)
        {
            found += personOfSlot[a] == personOfSlot[b] ? 1 : 0;
        }

        return new ScoredSet(set, index, pairs, personOfSlot, truePairs, compared, found, scoring);
    }

    public static BatchMetrics At(ScoredSet scored, double thresholdBits)
    {
        var clock = Stopwatch.StartNew();
        var result = Deduplicator.Cluster(scored.Index, scored.Pairs, thresholdBits, scored.Compared, clock);
        long predicted = 0;
        long correct = 0;
        foreach (var cluster in result.Clusters)
        {
            predicted += (long)cluster.Ids.Count * (cluster.Ids.Count - 1) / 2;
            var counts = new Dictionary<string, int>();
            foreach (var id in cluster.Ids)
            {
                scored.Index.TryGetSlot(id, out var slot);
                var p = scored.PersonOfSlot[slot];
                counts[p] = counts.GetValueOrDefault(p) + 1;
            }

            foreach (var c in counts.Values)
            {
                correct += (long)c * (c - 1) / 2;
            }
        }

        var precision = predicted == 0 ? 1 : correct / (double)predicted;
        var recall = scored.TruePairs == 0 ? 1 : correct / (double)scored.TruePairs;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BatchMetrics(
            scored.Set.Records.Count,
            scored.TruePairs,
            scored.Compared,
            scored.TruePairs == 0 ? 1 : scored.FoundPairs / (double)scored.TruePairs,
            precision,
            recall,
            f1,
            result.Clusters.Count,
            ThresholdTuning.Probability(thresholdBits),
            scored.ScoringTime + result.Elapsed);
    }

    /// <summary>The threshold that maximises F1 on the tuning set.</summary>
    public static double TuneThreshold(ScoredSet scored)
    {
        var best = (F1: -1.0, Bits: 0.0);
        for (var bits = -30.0; bits <= 40; bits += 1)
        {
            var m = At(scored, bits);
            if (m.F1 > best.F1)
            {
                best = (m.F1, bits);
            }
        }

        return best.Bits;
    }
}

internal sealed record ScoredSet(
    LabelledSet Set,
    PersonIndex Index,
    List<(int A, int B, double Weight, int GivenLevel)> Pairs,
    string[] PersonOfSlot,
    long TruePairs,
    long Compared,
    long FoundPairs,
    TimeSpan ScoringTime);
