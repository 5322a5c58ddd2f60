namespace Reintegra.Matching.Indexing;

/// <summary>64-bit hashes for blocking keys: stable across runs (unlike string.GetHashCode), so keys can be compared anywhere.</summary>
internal static class KeyHash
{
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    public static ulong Combine(ulong kind, ulong a, ulong b) => Mix(Mix(kind * 0x9E3779B97F4A7C15UL ^ a) + b);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
