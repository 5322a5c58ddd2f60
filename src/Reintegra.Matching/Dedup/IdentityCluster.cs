namespace Reintegra.Matching;

/// <summary>Two records the model scored above the clustering threshold.</summary>
public sealed record ScoredPair(string A, string B, double Probability, double MatchWeight, MatchBand Band);

/// <summary>Records proposed to be one person, with the pairwise scores that joined them (for the review queue).</summary>
public sealed record IdentityCluster(IReadOnlyList<string> Ids, IReadOnlyList<ScoredPair> Pairs);

/// <param name="Clusters">Proposed clusters of two or more records; everyone else is alone.</param>
/// <param name="Pairs">Every pair scored at or above the threshold, best first.</param>
/// <param name="ComparedPairs">Candidate pairs the blocking produced and the model scored.</param>
/// <param name="Elapsed">Wall-clock time of scoring and clustering.</param>
public sealed record DeduplicationResult(
    IReadOnlyList<IdentityCluster> Clusters,
    IReadOnlyList<ScoredPair> Pairs,
    long ComparedPairs,
    TimeSpan Elapsed);
