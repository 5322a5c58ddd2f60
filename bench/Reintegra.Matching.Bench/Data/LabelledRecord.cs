
namespace Reintegra.Matching.Bench.Data;

/// <summary>A record with its ground truth: records of one person share <see cref="Person"/>.</summary>
/// <param name="Record">The record as registered.</param>
/// <param name="Person">Ground-truth person key.</param>
/// <param name="Kind">For queries: "repeat", "new", or the look-alike kind ("sibling", "twin", "namesake").</param>
internal sealed record LabelledRecord(IdentityRecord Record, string Person, string Kind = "record");

/// <summary>A data set ready for the harness.</summary>
internal sealed record LabelledSet(string Name, IReadOnlyList<LabelledRecord> Records)
{
    public IReadOnlyList<IdentityRecord> Identities => Records.Select(r => r.Record).ToList();

    public Func<IdentityRecord, string> PersonOf()
    {
        var map = Records.ToDictionary(r => r.Record.Id, r => r.Person);
        return r => map[r.Id];
    }

    /// <summary>Splits by person (hash of the key), so no person is in both halves.</summary>
    public (LabelledSet Tune, LabelledSet Report) SplitByPerson() =>
        (new(Name + " (tune half)", Records.Where(r => Half(r.Person) == 0).ToList()),
         new(Name + " (report half)", Records.Where(r => Half(r.Person) == 1).ToList()));

    private static int Half(string person)
    {
        var h = 17u;
        foreach (var c in person)
        {
            h = h * 31 + c;
        }

        return (int)(h % 2);
    }
}
