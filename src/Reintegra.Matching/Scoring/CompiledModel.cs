namespace Reintegra.Matching.Scoring;

/// <summary>The model turned into flat weight tables for the scoring loop.</summary>
internal sealed class CompiledModel
{
    public CompiledModel(MatchModel model)
    {
        Source = model;
        Weights = new double[Levels.FieldCount][];
        M = new double[Levels.FieldCount][];
        for (var f = 0; f < Levels.FieldCount; f++)
        {
            var count = Levels.Names[f].Length;
            Weights[f] = new double[count];
            M[f] = new double[count];
            for (var l = 1; l < count; l++)
            {
                var p = model.Comparisons[f].Levels.Find(x => x.Level == Levels.Names[f][l]);
                M[f][l] = Math.Max(p?.M ?? 1e-6, 1e-12);
                Weights[f][l] = p?.Weight ?? 0;
            }
        }

        var prior = Math.Clamp(model.Prior, 1e-15, 0.5);
        PriorBits = Math.Log2(prior / (1 - prior));
        MinimumFrequency = Math.Max(model.MinimumTermFrequency, 1e-15);
    }

    public MatchModel Source { get; }

    public double[][] Weights { get; }

    public double[][] M { get; }

    public double PriorBits { get; }

    public double MinimumFrequency { get; }

    public double Weight(int field, int level, double frequency) =>
        double.IsNaN(frequency) || !Levels.TermFrequency[field][level]
            ? Weights[field][level]
            : Math.Log2(M[field][level] / Math.Max(frequency, MinimumFrequency));

    public static double Probability(double bits) => 1.0 / (1.0 + Math.Pow(2, -bits));

    public MatchBand Band(double probability, int givenLevel)
    {
        var t = Source.Thresholds;
        if (probability >= t.SamePerson
            && (!Source.RequireGivenNameAgreementForSamePerson || givenLevel is not (GivenLevel.Conflict or GivenLevel.Different or GivenLevel.Null)))
        {
            return MatchBand.SamePerson;
        }

        return probability >= t.Ask ? MatchBand.Ask : MatchBand.NewPerson;
    }
}
