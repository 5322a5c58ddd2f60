namespace Reintegra.Matching.Normalization;

/// <summary>
/// Names after normalisation: given names without particles and with abbreviations expanded
/// (a one-letter token is an initial); surnames as a list, order kept but compared in any order;
/// a married name ("de García", "viuda de Pérez") kept apart so that it helps when present and never hurts when absent.
/// </summary>
internal sealed record NormalizedName(string[] Given, string[] Surnames, string[] Married)
{
    public static NormalizedName Empty { get; } = new([], [], []);

    public override string ToString() =>
        $"{string.Join(' ', Given)} | {string.Join(' ', Surnames)}{(Married.Length > 0 ? " (de " + string.Join(' ', Married) + ")" : "")}";
}
