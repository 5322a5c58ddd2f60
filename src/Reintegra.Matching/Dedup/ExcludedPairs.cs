using System.Collections.Concurrent;

namespace Reintegra.Matching;

/// <summary>
/// Pairs of people an officer has declared different: the engine never proposes them again, in lookup or in
/// batch clusters. Thread-safe; load it from the database at start and add to it on each decision.
/// </summary>
public sealed class ExcludedPairs
{
    private readonly ConcurrentDictionary<(string, string), byte> _pairs = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byId = new(StringComparer.Ordinal);

    public int Count => _pairs.Count;

    public void Add(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal) || !_pairs.TryAdd(Order(a, b), 0))
        {
            return;
        }

        _byId.GetOrAdd(a, _ => new(StringComparer.Ordinal))[b] = 0;
        _byId.GetOrAdd(b, _ => new(StringComparer.Ordinal))[a] = 0;
    }

    public bool Remove(string a, string b)
    {
        if (!_pairs.TryRemove(Order(a, b), out _))
        {
            return false;
        }

        if (_byId.TryGetValue(a, out var ofA))
        {
            ofA.TryRemove(b, out _);
        }

        if (_byId.TryGetValue(b, out var ofB))
        {
            ofB.TryRemove(a, out _);
        }

        return true;
    }

    public bool Contains(string a, string b) => _pairs.ContainsKey(Order(a, b));

    /// <summary>The people declared different from <paramref name="id"/>.</summary>
    public IEnumerable<string> Of(string id) => _byId.TryGetValue(id, out var others) ? others.Keys : [];

    private static (string, string) Order(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
