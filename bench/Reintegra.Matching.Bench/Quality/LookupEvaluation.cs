using System.Diagnostics;
using Reintegra.Matching.Bench.Data;

namespace Reintegra.Matching.Bench.Quality;

/// <summary>One lookup of the harness: where the true record ranked, and what the engine would have proposed.</summary>
internal sealed record LookupOutcome(
    string Kind,
    bool HasTruth,
    bool TruthInBlock,
    int TruthRank,
    double TopWeight,
    bool TopCorrect,
    bool TopGuarded,
    int Found,
    double Milliseconds,
    IdentityRecord Query,
    MatchCandidate? Top,
    string? TruthId);

internal static class LookupEvaluation
{
    public const int K = 10;

    /// <summary>Looks up each query; truth is any indexed record of the same person (other than the query itself).</summary>
    public static List<LookupOutcome> Run(PersonIndex index, IReadOnlyList<LabelledRecord> indexed, IEnumerable<LabelledRecord> queries)
    {
        var byPerson = indexed.GroupBy(r => r.Person).ToDictionary(g => g.Key, g => g.Select(r => r.Record.Id).ToHashSet());
        var outcomes = new List<LookupOutcome>();
        foreach (var query in queries)
        {
            var truth = byPerson.TryGetValue(query.Person, out var ids) ? ids.Where(id => id != query.Record.Id).ToList() : [];
            var clock = Stopwatch.StartNew();
            var found = index.Lookup(query.Record, K);
            var ms = clock.Elapsed.TotalMilliseconds;
            var rank = 0;
            for (var i = 0; i < found.Count && rank == 0; i++)
            {
                if (truth.Contains(found[i].Id))
                {
                    rank = i + 1;
                }
            }

            var inBlock = truth.Count > 0 && (rank > 0 || truth.Exists(id => index.BlockingFinds(query.Record, id)));
            var top = found.Count > 0 ? found[0] : null;
            outcomes.Add(new LookupOutcome(
                query.Kind,
                truth.Count > 0,
                inBlock,
                rank,
                top?.MatchWeight ?? double.NegativeInfinity,
                rank == 1,
                top is not null && Guarded(top),
                found.Count,
                ms,
                query.Record,
                top,
                truth.Count > 0 ? truth[0] : null));
        }

        return outcomes;
    }

    /// <summary>The rule of the engine: given names that disagree never reach "same person".</summary>
    private static bool Guarded(MatchCandidate candidate) =>
        candidate.Evidence[0].Level is "conflict" or "different" or "null";
}

/// <summary>Lookup quality at given thresholds (in match-weight bits).</summary>
internal sealed record LookupMetrics(
    int Queries,
    int Repeats,
    int NonMatches,
    double BlockingRecall,
    double RecallAt1,
    double RecallAt5,
    double RecallAt10,
    double PrecisionAtSamePerson,
    double RecallAtSamePerson,
    double FalseMergeRate,
    double AskShareOfNonMatches,
    double RepeatsAtLeastAsk,
    IReadOnlyDictionary<string, double> FalseMergeByKind,
    double MeanMilliseconds)
{
    public static LookupMetrics Of(IReadOnlyList<LookupOutcome> outcomes, double samePersonBits, double askBits)
    {
        var repeats = outcomes.Where(o => o.HasTruth).ToList();
        var others = outcomes.Where(o => !o.HasTruth).ToList();
        bool Same(LookupOutcome o) => o.Found > 0 && o.TopWeight >= samePersonBits && !o.TopGuarded;
        bool Ask(LookupOutcome o) => o.Found > 0 && o.TopWeight >= askBits;
        var proposed = outcomes.Where(Same).ToList();
        double Share<T>(IReadOnlyCollection<T> all, Func<T, bool> f) => all.Count == 0 ? double.NaN : all.Count(f) / (double)all.Count;
        return new LookupMetrics(
            outcomes.Count,
            repeats.Count,
            others.Count,
            Share(repeats, o => o.TruthInBlock),
            Share(repeats, o => o.TruthRank == 1),
            Share(repeats, o => o.TruthRank is >= 1 and <= 5),
            Share(repeats, o => o.TruthRank is >= 1 and <= 10),
            Share(proposed, o => o.TopCorrect),
            Share(repeats, o => Same(o) && o.TopCorrect),
            Share(others, Same),
            Share(others, o => Ask(o) && !Same(o)),
            Share(repeats, o => Ask(o) && o.TruthRank == 1),
            others.GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => Share(g.ToList(), Same)),
            outcomes.Count == 0 ? 0 : outcomes.Average(o => o.Milliseconds));
    }
}
