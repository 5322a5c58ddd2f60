using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.FollowUp.Scoring;

/// <summary>The scores of one survey. Unscored (null) when the survey is not complete enough for the spec.</summary>
public sealed record RssScores(double? Economic, double? Social, double? Psychosocial, double? Composite)
{
    public bool Complete => Composite is not null;

    public double? Of(Dimension dimension) => dimension switch
    {
        Dimension.Economic => Economic,
        Dimension.Social => Social,
        _ => Psychosocial,
    };
}

/// <summary>
/// Scores the Reintegration Sustainability Survey exactly as a spec says: D_k = Σ v_i·wD_i per dimension and
/// C = Σ v_i·wC_i overall (the composite is not a mean of the dimensions). Pure: no web, no database.
/// </summary>
public static class RssScorer
{
    public const int Decimals = 4;

    /// <summary>
    /// Codes the answers (question number → option code, "DontKnow" or "Refused") and scores them. A dimension is
    /// scored only when enough of its questions were answered; the composite only when all three are.
    /// Answers must already be valid for the spec (see <see cref="RssQuestion.ValueOf"/>).
    /// </summary>
    public static RssScores Score(RssSpec spec, IReadOnlyDictionary<int, string> answers)
    {
        var values = new Dictionary<int, double>();
        foreach (var q in spec.Questions)
        {
            var asked = q.AskedUnlessQuestion is not { } other || !answers.TryGetValue(other, out var a) || a != q.AskedUnlessAnswer;
            values[q.Number] = asked && answers.TryGetValue(q.Number, out var code) && q.ValueOf(code) is { } v ? v : q.Missing;
        }
        var scored = Enum.GetValues<Dimension>().Where(d => IsComplete(spec, d, answers)).ToHashSet();
        var all = ScoreValues(spec, values);
        return new RssScores(
            scored.Contains(Dimension.Economic) ? all.Economic : null,
            scored.Contains(Dimension.Social) ? all.Social : null,
            scored.Contains(Dimension.Psychosocial) ? all.Psychosocial : null,
            scored.Count == 3 ? all.Composite : null);
    }

    /// <summary>The share of a dimension's unconditional questions that have an answer ("don't know" and "refused" are answers).</summary>
    public static double AnsweredShare(RssSpec spec, Dimension dimension, IReadOnlyDictionary<int, string> answers)
    {
        var questions = spec.Questions.Where(q => q.Dimension == dimension && !q.Conditional).ToList();
        return questions.Count == 0 ? 1 : (double)questions.Count(q => answers.ContainsKey(q.Number)) / questions.Count;
    }

    public static bool IsComplete(RssSpec spec, Dimension dimension, IReadOnlyDictionary<int, string> answers) =>
        AnsweredShare(spec, dimension, answers) >= spec.MinAnsweredShare - 1e-9;

    /// <summary>Scores coded values v_i in [0, 1] by question number; constructs (S20, P29_30) are built from them.</summary>
    public static RssScores ScoreValues(RssSpec spec, IReadOnlyDictionary<int, double> values)
    {
        var dimension = Enum.GetValues<Dimension>().ToDictionary(d => d, _ => 0.0);
        var composite = 0.0;
        foreach (var item in spec.Items)
        {
            var v = ValueOf(item, values);
            dimension[item.Dimension] += v * item.DimensionWeight;
            composite += v * item.CompositeWeight;
        }
        return new RssScores(Round(dimension[Dimension.Economic]), Round(dimension[Dimension.Social]), Round(dimension[Dimension.Psychosocial]), Round(composite));
    }

    private static double ValueOf(RssItem item, IReadOnlyDictionary<int, double> values)
    {
        double Of(int q) => values.TryGetValue(q, out var v) ? v : throw new ArgumentException($"No value for question {q}", nameof(values));
        return item.Construct switch
        {
            RssConstruct.Mean => item.Questions.Average(Of),
            RssConstruct.SumClamped => Math.Clamp(item.Questions.Sum(Of), 0, 1),
            _ => Of(item.Questions[0]),
        };
    }

    private static double Round(double score) => Math.Round(Math.Clamp(score, 0, 1), Decimals, MidpointRounding.AwayFromZero);
}
