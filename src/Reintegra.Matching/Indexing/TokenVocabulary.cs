using Reintegra.Matching.Scoring;

namespace Reintegra.Matching.Indexing;

/// <summary>
/// Interns name tokens so that records hold small integers and each distinct token is analysed once.
/// Not thread-safe by itself: the index guards it with its reader/writer lock.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly Dictionary<string, TokenInfo> _byText = new(StringComparer.Ordinal);
    private TokenInfo[] _byId = new TokenInfo[1024];

    public int Count => _byText.Count;

    public RelationCache Relations { get; } = new();

    public TokenInfo this[int id] => _byId[id];

    public TokenInfo GetOrAdd(string text)
    {
        if (_byText.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var id = _byText.Count + 1;
        if (id >= _byId.Length)
        {
            Array.Resize(ref _byId, _byId.Length * 2);
        }

        var token = new TokenInfo(id, text);
        _byText[text] = token;
        _byId[id] = token;
        return token;
    }

    public TokenInfo? Find(string text) => _byText.GetValueOrDefault(text);

    public long EstimateBytes()
    {
        long bytes = (long)_byId.Length * 8 + _byText.Count * 48L + Relations.Bytes;
        foreach (var token in _byText.Values)
        {
            bytes += 96 + token.Text.Length * 2 + token.Phonetic.Length * 2 + token.GivenKeys.Length * 8 + token.Groups.Length * 4;
        }

        return bytes;
    }
}
