namespace Reintegra.Matching;

/// <summary>What the engine proposes; a person always decides, nothing is merged automatically.</summary>
public enum MatchBand
{
    /// <summary>Below the lower threshold: register as a new person.</summary>
    NewPerson = 0,

    /// <summary>Between the thresholds: show to the officer and ask.</summary>
    Ask = 1,

    /// <summary>Above the upper threshold: propose strongly that it is the same person (still to be confirmed).</summary>
    SamePerson = 2,
}

/// <summary>How one field compared and what it weighed, so an officer can judge a proposal.</summary>
/// <param name="Field">givenNames, surnames, birthDate, sex, documents, nationality, origin.</param>
/// <param name="Level">The comparison level reached, e.g. "exact", "phonetic", "day_month_swapped".</param>
/// <param name="Weight">Match weight in bits (log2 of m/u, after term-frequency adjustment): positive is for, negative against.</param>
/// <param name="Reason">A stable code for translation in the UI, e.g. "surname_phonetic_match", "dob_day_month_swapped", "given_name_nickname".</param>
/// <param name="Detail">The values compared, for display (normalised forms).</param>
public sealed record FieldEvidence(string Field, string Level, double Weight, string Reason, string Detail);

/// <param name="Id">The registry key of the candidate person.</param>
/// <param name="Probability">Posterior probability of being the same person under the model.</param>
/// <param name="Band">What the engine proposes to the officer.</param>
/// <param name="Evidence">One entry per field, in a fixed order.</param>
/// <param name="MatchWeight">Total match weight in bits including the prior.</param>
public sealed record MatchCandidate(
    string Id,
    double Probability,
    double MatchWeight,
    MatchBand Band,
    IReadOnlyList<FieldEvidence> Evidence);
