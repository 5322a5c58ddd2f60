using System.Globalization;

namespace Reintegra.Reception.Bench.Pages;

/// <summary>
/// The requests of the page benchmark, made from sampled people the way officers type them: the surname (whole, or its
/// first letters) and a given name; a document number as printed; the P-code of a municipality, sometimes of a department.
/// </summary>
internal static class PageQueries
{
    public const string Me = "GET /me (floor)";
    public const string Page = "GET /persons/{id}";
    public const string Name = "search ?q=surname+given";
    public const string Document = "search ?document=";
    public const string Municipality = "search ?pcode=municipality";
    public const string Department = "search ?pcode=department";

    public static readonly string[] Searches = [Name, Document, Municipality, Department];

    public static readonly string[] All = [Me, Page, .. Searches];

    /// <summary>How often each kind is asked, per round of the benchmark (searches by department are rarer).</summary>
    public static int Weight(string kind) => kind switch
    {
        Department => 1,
        Name => 3,
        _ => 2,
    };

    public static PageQuery Make(string kind, SamplePerson p, Random rng) => kind switch
    {
        Me => new(kind, "/api/v1/me", null),
        Page => new(kind, $"/api/v1/persons/{p.Id}", p.Id),
        Name => new(kind, "/api/v1/persons?q=" + Uri.EscapeDataString(SurnameAsTyped(p.FirstSurname, rng) + " " + p.GivenNames.Split(' ')[0].ToLowerInvariant()), p.Id),
        Document => new(kind, "/api/v1/persons?document=" + Uri.EscapeDataString(p.Document ?? ""), p.Id),
        Municipality => new(kind, "/api/v1/persons?pcode=" + p.OriginAdm2, p.Id),
        _ => new(kind, "/api/v1/persons?pcode=" + p.OriginAdm1, p.Id),
    };

    /// <summary>Half the officers type the whole surname, the others its first letters (at least three).</summary>
    private static string SurnameAsTyped(string surname, Random rng)
    {
        var word = surname.Split(' ')[0].ToLower(CultureInfo.GetCultureInfo("es"));
        return word.Length <= 3 || rng.Next(2) == 0 ? word : word[..rng.Next(3, word.Length)];
    }
}

internal sealed record PageQuery(string Kind, string Url, Guid? Expected);
