namespace Reintegra.Matching;

/// <summary>m = P(level | same person), u = P(level | different people), for one comparison level.</summary>
public sealed class LevelParameters
{
    public required string Level { get; init; }

    public double M { get; set; }

    public double U { get; set; }

    /// <summary>Whether agreement at this level is weighed by how common the agreeing value is.</summary>
    public bool TermFrequencyAdjusted { get; init; }

    /// <summary>log2(m/u), the weight in bits before any term-frequency adjustment.</summary>
    public double Weight => Math.Log2(Math.Max(M, 1e-12) / Math.Max(U, 1e-12));
}

public sealed class ComparisonParameters
{
    public required string Field { get; init; }

    public required List<LevelParameters> Levels { get; init; }
}

/// <summary>Probability cut-offs of the three bands. Tuned on held-out data by the bench and shipped with the model.</summary>
public sealed class MatchThresholds
{
    /// <summary>At or above: propose "same person" strongly.</summary>
    public double SamePerson { get; set; } = 0.99;

    /// <summary>At or above (and below <see cref="SamePerson"/>): ask the officer.</summary>
    public double Ask { get; set; } = 0.5;
}
