namespace Reintegra.Matching;

public enum Sex : byte
{
    Unknown = 0,
    Female = 1,
    Male = 2,
}

/// <summary>An identity document as typed at the desk; numbers are compared after removing spaces, dashes and case.</summary>
/// <param name="Number">As typed; compared on letters and digits only.</param>
/// <param name="Type">Free code such as "CURP", "DPI", "DUI", "passport", "A-number". Numbers only conflict within the same type.</param>
public readonly record struct IdentityDocument(string Type, string Number);

/// <summary>
/// One person's identity as registered, the input to both lookup and deduplication.
/// Every field may be missing or wrong: the engine never throws on content, it only weighs it.
/// </summary>
/// <param name="Id">Stable key of the person in the registry (a Guid string in the platform).</param>
public sealed record IdentityRecord(string Id)
{
    /// <summary>All given names as typed, e.g. "Ma. Guadalupe" or "José Luis".</summary>
    public string? GivenNames { get; init; }

    /// <summary>Paternal surname; may also hold both surnames ("García López", "García-López").</summary>
    public string? FirstSurname { get; init; }

    /// <summary>Maternal surname; may hold a married name ("López de García", "viuda de Pérez").</summary>
    public string? SecondSurname { get; init; }

    public Sex Sex { get; init; }

    public BirthDate BirthDate { get; init; }

    /// <summary>ISO 3166-1 code (alpha-2 or alpha-3, compared as typed after trimming and upper-casing).</summary>
    public string? Nationality { get; init; }

    public IReadOnlyList<IdentityDocument> Documents { get; init; } = [];

    /// <summary>OCHA P-code of the place of origin: admin-1 is its first four characters (GT01), admin-2 the whole code.</summary>
    public string? OriginPcode { get; init; }
}
