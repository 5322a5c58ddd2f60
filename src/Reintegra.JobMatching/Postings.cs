namespace Reintegra.JobMatching;

/// <summary>
/// Record positions by ISCO group at each level of the hierarchy (1 = major ... 4 = unit group), so that ranking reads
/// the closest groups first and stops as soon as no record of a farther group could still reach the top k: a
/// record that only shares the major group scores at most 10 + 60 points.
/// </summary>
internal sealed class Postings
{
    private readonly Dictionary<int, int[]>[] _byLevel = new Dictionary<int, int[]>[5];

    public Postings(IEnumerable<IEnumerable<int>> codesByRecord)
    {
        var lists = Enumerable.Range(0, 5).Select(_ => new Dictionary<int, List<int>>()).ToArray();
        var position = 0;
        var keys = new HashSet<int>();
        foreach (var codes in codesByRecord)
        {
            for (var digits = 1; digits <= 4; digits++)
            {
                keys.Clear();
                foreach (var code in codes)
                {
                    if (code >= 0)
                    {
                        keys.Add(Key(code, digits));
                    }
                }
                foreach (var key in keys)
                {
                    if (!lists[digits].TryGetValue(key, out var list))
                    {
                        lists[digits][key] = list = [];
                    }
                    list.Add(position);
                }
            }
            position++;
        }
        for (var digits = 1; digits <= 4; digits++)
        {
            _byLevel[digits] = lists[digits].ToDictionary(p => p.Key, p => p.Value.ToArray());
        }
    }

    /// <summary>The group of a unit group code at a level: 7112 → 7112, 711, 71 or 7.</summary>
    public static int Key(int code, int digits) => digits switch
    {
        4 => code,
        3 => code / 10,
        2 => code / 100,
        _ => code / 1000,
    };

    /// <summary>The most points a record sharing only <paramref name="digits"/> leading digits can score.</summary>
    public static int MaxScore(int digits) => Weights.ForSharedDigits(digits) + (100 - Weights.Occupation);

    public int[] At(int digits, int key) => _byLevel[digits].TryGetValue(key, out var list) ? list : [];
}
