using Reintegra.Matching.Indexing;

namespace Reintegra.Matching.Scoring;

/// <summary>
/// How common a value is among the people in the index, used in place of u for exact agreement.
/// Counts are live (updated on every registration); below <see cref="MinimumPopulation"/> people the
/// counts are too noisy and the model's shipped frequency tables are used, or no adjustment at all.
/// </summary>
internal sealed class TermFrequencies(Dictionary<int, int> birthDates, Func<int> population, MatchModel model)
{
    public const int MinimumPopulation = 1000;

    public double Given(TokenInfo token)
    {
        var n = population();
        return n >= MinimumPopulation ? Math.Max(token.GivenCount, 1) / (double)n
            : Fallback(model.GivenNameFrequencies, token.Text);
    }

    public double Surname(TokenInfo token)
    {
        var n = population();
        return n >= MinimumPopulation ? Math.Max(token.SurnameCount, 1) / (double)n
            : Fallback(model.SurnameFrequencies, token.Text);
    }

    public double BirthDate(int packed)
    {
        var n = population();
        return n >= MinimumPopulation ? Math.Max(birthDates.GetValueOrDefault(packed), 1) / (double)n : double.NaN;
    }

    private static double Fallback(Dictionary<string, double>? table, string value) =>
        table is not null && table.TryGetValue(value, out var f) ? f : double.NaN;
}
