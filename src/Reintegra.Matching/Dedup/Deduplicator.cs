using System.Diagnostics;
using Reintegra.Matching.Scoring;

namespace Reintegra.Matching;

/// <summary>
/// Batch deduplication of a whole registry into proposed clusters. Pairs are scored once with the same blocking
/// and model as lookup, then joined best-first; a join that would put two people declared different into one
/// cluster is skipped, so an exclusion also stops chains through a third record.
/// </summary>
public static class Deduplicator
{
    public static DeduplicationResult Deduplicate(IEnumerable<IdentityRecord> records, MatchModel model, ExcludedPairs? exclusions = null, double? minimumProbability = null)
    {
        using var index = new PersonIndex(model, exclusions);
        index.AddRange(records);
        return Deduplicate(index, minimumProbability);
    }

    /// <summary>Deduplicates the people already in <paramref name="index"/> (lookups may continue meanwhile).</summary>
    /// <param name="index">The people to deduplicate.</param>
    /// <param name="minimumProbability">Pairs below are not joined; defaults to the model's "ask" threshold.</param>
    public static DeduplicationResult Deduplicate(PersonIndex index, double? minimumProbability = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        var clock = Stopwatch.StartNew();
        var compiled = index.Compiled;
        var threshold = Math.Clamp(minimumProbability ?? compiled.Source.Thresholds.Ask, 1e-12, 1 - 1e-12);
        var minimumWeight = Math.Log2(threshold / (1 - threshold));
        var found = index.ScoreAllPairs(minimumWeight, out var compared);
        return Cluster(index, found, minimumWeight, compared, clock);
    }

    /// <summary>Joins scored pairs at or above <paramref name="minimumWeight"/> into clusters, best pairs first.</summary>
    internal static DeduplicationResult Cluster(PersonIndex index, List<(int A, int B, double Weight, int GivenLevel)> scored, double minimumWeight, long compared, Stopwatch clock)
    {
        var compiled = index.Compiled;
        var found = scored.FindAll(p => p.Weight >= minimumWeight);
        found.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));

        var parent = new Dictionary<int, int>();
        var members = new Dictionary<int, List<int>>();
        int Find(int x)
        {
            if (!parent.TryGetValue(x, out var p))
            {
                parent[x] = x;
                members[x] = [x];
                return x;
            }

            while (p != x)
            {
                var grand = parent[p];
                parent[x] = grand;
                x = p;
                p = grand;
            }

            return x;
        }

        bool Excluded(int rootA, int rootB)
        {
            if (index.Exclusions.Count == 0)
            {
                return false;
            }

            var (small, large) = members[rootA].Count <= members[rootB].Count ? (rootA, rootB) : (rootB, rootA);
            foreach (var slot in members[small])
            {
                foreach (var other in index.Exclusions.Of(index.IdOf(slot)))
                {
                    if (index.TryGetSlot(other, out var otherSlot) && parent.ContainsKey(otherSlot) && Find(otherSlot) == large)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var pairs = new List<ScoredPair>(found.Count);
        var kept = new List<(int A, int B, ScoredPair Pair)>(found.Count);
        foreach (var (a, b, weight, givenLevel) in found)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (index.Exclusions.Count > 0 && index.Exclusions.Contains(index.IdOf(a), index.IdOf(b)))
            {
                continue;
            }

            var probability = CompiledModel.Probability(weight);
            var pair = new ScoredPair(index.IdOf(a), index.IdOf(b), probability, Math.Round(weight, 2), compiled.Band(probability, givenLevel));
            if (ra != rb)
            {
                if (Excluded(ra, rb))
                {
                    continue;
                }

                var (keep, drop) = members[ra].Count >= members[rb].Count ? (ra, rb) : (rb, ra);
                members[keep].AddRange(members[drop]);
                members.Remove(drop);
                parent[drop] = keep;
            }

            pairs.Add(pair);
            kept.Add((a, b, pair));
        }

        var pairsByRoot = new Dictionary<int, List<ScoredPair>>();
        foreach (var (a, _, pair) in kept)
        {
            var root = Find(a);
            if (!pairsByRoot.TryGetValue(root, out var list))
            {
                pairsByRoot[root] = list = [];
            }

            list.Add(pair);
        }

        var clusters = new List<IdentityCluster>(pairsByRoot.Count);
        foreach (var (root, list) in pairsByRoot)
        {
            var ids = members[root].ConvertAll(index.IdOf);
            ids.Sort(StringComparer.Ordinal);
            clusters.Add(new IdentityCluster(ids, list));
        }

        clusters.Sort((x, y) => string.CompareOrdinal(x.Ids[0], y.Ids[0]));
        return new DeduplicationResult(clusters, pairs, compared, clock.Elapsed);
    }
}
