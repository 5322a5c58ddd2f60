namespace Reintegra.Matching.Indexing;

/// <summary>Interns short values (document numbers, nationalities, P-codes) to positive integers; 0 means none.</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = [""];

    public int Count => _ids.Count;

    public string this[int id] => _values[id];

    public int GetOrAdd(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _values.Count;
            _values.Add(value);
            _ids[value] = id;
        }

        return id;
    }

    /// <summary>The id of a known value, 0 for empty, -1 for a value the pool has never seen.</summary>
    public int Find(string value) => value.Length == 0 ? 0 : _ids.GetValueOrDefault(value, -1);

    public long EstimateBytes()
    {
        long bytes = _ids.Count * 40L + _values.Count * 8L;
        foreach (var v in _values)
        {
            bytes += 24 + v.Length * 2;
        }

        return bytes;
    }
}
