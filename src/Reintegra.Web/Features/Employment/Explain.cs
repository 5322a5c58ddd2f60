using Microsoft.Extensions.Localization;
using Reintegra.JobMatching;
using Reintegra.Reference;

namespace Reintegra.Web.Features.Employment;

/// <summary>Words the engine's explanations in the user's language: one line per factor with its points.</summary>
public sealed class Explain(IStringLocalizer<EmploymentText> text)
{
    public sealed record Line(Factor Factor, Reason Reason, int Points, int Max, string Text);

    public IReadOnlyList<Line> Lines(IEnumerable<Explanation> why) =>
        why.Select(e => new Line(e.Factor, e.Reason, e.Points, e.Max, text["Reason." + e.Reason, e.A, e.B].Value)).ToList();

    public string Occupation(string? code, string language)
    {
        var o = Occupations.Default.Find(code);
        return o is null ? code ?? "" : $"{o.Code} {o.Name(language)}";
    }
}
