using Reintegra.Matching.Indexing;

namespace Reintegra.Matching.Scoring;

/// <summary>Sums the match weights of all comparisons of two rows: the hot loop of lookup and deduplication.</summary>
internal static class PairScorer
{
    /// <summary>Total weight in bits without the prior; <paramref name="givenLevel"/> is returned for the band rule.</summary>
    public static double Score(in PersonRow a, in RowContext ca, in PersonRow b, in RowContext cb, CompiledModel model, TermFrequencies tf, out int givenLevel)
    {
        givenLevel = NameComparer.CompareGiven(a, ca, b, cb, tf, out var f, out _);
        var total = model.Weight(0, givenLevel, f);
        var level = NameComparer.CompareSurnames(a, ca, b, cb, tf, out f, out _);
        total += model.Weight(1, level, f);
        level = FieldComparer.CompareBirthDates(a.BirthDate, b.BirthDate, tf, out f, out _);
        total += model.Weight(2, level, f);
        total += model.Weights[3][FieldComparer.CompareSex(a.Sex, b.Sex, out _)];
        total += model.Weights[4][FieldComparer.CompareDocuments(a, ca, b, cb, out _)];
        total += model.Weights[5][FieldComparer.CompareNationality(a.Nationality, b.Nationality, out _)];
        total += model.Weights[6][FieldComparer.CompareOrigin(a, b, out _)];
        return total;
    }

    /// <summary>The level reached in each field, for training.</summary>
    public static void FillLevels(in PersonRow a, in RowContext ca, in PersonRow b, in RowContext cb, TermFrequencies tf, Span<byte> levels)
    {
        levels[0] = (byte)NameComparer.CompareGiven(a, ca, b, cb, tf, out _, out _);
        levels[1] = (byte)NameComparer.CompareSurnames(a, ca, b, cb, tf, out _, out _);
        levels[2] = (byte)FieldComparer.CompareBirthDates(a.BirthDate, b.BirthDate, tf, out _, out _);
        levels[3] = (byte)FieldComparer.CompareSex(a.Sex, b.Sex, out _);
        levels[4] = (byte)FieldComparer.CompareDocuments(a, ca, b, cb, out _);
        levels[5] = (byte)FieldComparer.CompareNationality(a.Nationality, b.Nationality, out _);
        levels[6] = (byte)FieldComparer.CompareOrigin(a, b, out _);
    }

    /// <summary>The per-field evidence shown to an officer; allocates, so only for the candidates returned.</summary>
    public static FieldEvidence[] Explain(in PersonRow a, in RowContext ca, in PersonRow b, in RowContext cb, CompiledModel model, TermFrequencies tf)
    {
        var evidence = new FieldEvidence[Levels.FieldCount];
        var level = NameComparer.CompareGiven(a, ca, b, cb, tf, out var f, out var reason);
        evidence[0] = Make(model, 0, level, f, reason, Join(a.Given, a.GivenCount, ca) + " ~ " + Join(b.Given, b.GivenCount, cb));
        level = NameComparer.CompareSurnames(a, ca, b, cb, tf, out f, out reason);
        evidence[1] = Make(model, 1, level, f, reason, Surnames(a, ca) + " ~ " + Surnames(b, cb));
        level = FieldComparer.CompareBirthDates(a.BirthDate, b.BirthDate, tf, out f, out reason);
        evidence[2] = Make(model, 2, level, f, reason, $"{a.BirthDate} ~ {b.BirthDate}");
        level = FieldComparer.CompareSex(a.Sex, b.Sex, out reason);
        evidence[3] = Make(model, 3, level, double.NaN, reason, $"{a.Sex} ~ {b.Sex}");
        level = FieldComparer.CompareDocuments(a, ca, b, cb, out reason);
        evidence[4] = Make(model, 4, level, double.NaN, reason, Documents(a, ca) + " ~ " + Documents(b, cb));
        level = FieldComparer.CompareNationality(a.Nationality, b.Nationality, out reason);
        evidence[5] = Make(model, 5, level, double.NaN, reason, "");
        level = FieldComparer.CompareOrigin(a, b, out reason);
        evidence[6] = Make(model, 6, level, double.NaN, reason, "");
        return evidence;
    }

    private static FieldEvidence Make(CompiledModel model, int field, int level, double frequency, string reason, string detail) =>
        new(Levels.FieldNames[field], Levels.Names[field][level],
            Math.Round(model.Weight(field, level, frequency), 2), reason, detail);

    private static string Join(Ids3 ids, int count, in RowContext context)
    {
        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = context.Token(ids[i]).Text;
        }

        return string.Join(' ', parts);
    }

    private static string Surnames(in PersonRow row, in RowContext context) =>
        Join(row.Surnames, row.SurnameCount, context) + (row.Married != 0 ? " de " + context.Token(row.Married).Text : "");

    private static string Documents(in PersonRow row, in RowContext context)
    {
        var parts = new string[row.DocumentCount];
        for (var i = 0; i < row.DocumentCount; i++)
        {
            parts[i] = context.Document(row.DocumentNumbers[i]);
        }

        return string.Join(',', parts);
    }
}
