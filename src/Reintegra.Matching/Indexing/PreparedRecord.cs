using Reintegra.Matching.Normalization;
using Reintegra.Reference;

namespace Reintegra.Matching.Indexing;

/// <summary>A record normalised outside the index lock: strings only, ready to be interned.</summary>
internal sealed class PreparedRecord
{
    public const int MaxDocuments = 2;
    private const int MaxCodeLength = 40;

    private PreparedRecord(string id, NormalizedName name, IdentityRecord record)
    {
        Id = id;
        Name = name;
        Sex = record.Sex;
        BirthDate = record.BirthDate;
        Nationality = NormalizeNationality(record.Nationality);
        Origin = Code(record.OriginPcode);
        OriginAdmin1 = Origin.Length > 4 ? Origin[..4] : Origin;
        var documents = new List<(string, string)>(MaxDocuments);
        foreach (var document in record.Documents ?? [])
        {
            var number = Code(document.Number);
            if (number.Length >= 3 && documents.Count < MaxDocuments)
            {
                documents.Add((Code(document.Type), number));
            }
        }

        Documents = [.. documents];
    }

    public string Id { get; }

    public NormalizedName Name { get; }

    public Sex Sex { get; }

    public BirthDate BirthDate { get; }

    public string Nationality { get; }

    public string Origin { get; }

    public string OriginAdmin1 { get; }

    public (string Type, string Number)[] Documents { get; }

    public static PreparedRecord From(IdentityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var name = NameNormalizer.Normalize(record.GivenNames, record.FirstSurname, record.SecondSurname, record.Sex);
        return new PreparedRecord(record.Id ?? "", name, record);
    }

    /// <summary>Upper-case letters and digits only: "0801-1990-12345" and "0801199012345" are one number.</summary>
    private static string Code(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        Span<char> buffer = stackalloc char[MaxCodeLength];
        var n = 0;
        foreach (var c in value)
        {
            if (n == MaxCodeLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    private static string NormalizeNationality(string? value)
    {
        var code = Code(value);
        return code.Length == 0 ? "" : Countries.Default.Find(code)?.Alpha2 ?? code;
    }
}
