namespace Reintegra.Matching.Scoring;

/// <summary>
/// Remembers how two vocabulary tokens relate (exact, nickname, phonetic, similar, initial, none): it never changes,
/// and the same common names meet millions of times, so Jaro-Winkler runs once per pair of names instead of once
/// per candidate. Lock-free: each entry is one 64-bit word (ids, kind and answer), written and read atomically;
/// a full neighbourhood simply means the answer is computed again.
/// </summary>
internal sealed class RelationCache
{
    private const int Probes = 8;
    private const int IdBits = 28;
    private const long IdMask = (1L << IdBits) - 1;
    private readonly long[] _entries;
    private readonly int _mask;

    public RelationCache(int capacityPowerOfTwo = 22)
    {
        _entries = new long[1 << capacityPowerOfTwo];
        _mask = _entries.Length - 1;
    }

    public bool TryGet(int a, int b, int kind, out int relation)
    {
        relation = 0;
        if (!Cacheable(a, b))
        {
            return false;
        }

        var tag = Tag(a, b, kind);
        var slot = Slot(tag);
        for (var i = 0; i < Probes; i++)
        {
            var entry = Volatile.Read(ref _entries[(slot + i) & _mask]);
            if (entry == 0)
            {
                return false;
            }

            if ((entry & ~0xFL) == tag)
            {
                relation = (int)(entry & 0x7);
                return true;
            }
        }

        return false;
    }

    public void Set(int a, int b, int kind, int relation)
    {
        if (!Cacheable(a, b))
        {
            return;
        }

        var tag = Tag(a, b, kind);
        var slot = Slot(tag);
        for (var i = 0; i < Probes; i++)
        {
            ref var cell = ref _entries[(slot + i) & _mask];
            if (Interlocked.CompareExchange(ref cell, tag | 0x8 | (uint)relation, 0) == 0)
            {
                return;
            }
        }
    }

    public long Bytes => _entries.Length * 8L;

    /// <summary>Query-only tokens have negative ids and are not cached; ids beyond 2^28 would not fit the word.</summary>
    private static bool Cacheable(int a, int b) => a > 0 && b > 0 && a <= IdMask && b <= IdMask;

    private static long Tag(int a, int b, int kind)
    {
        var (lo, hi) = a < b ? (a, b) : (b, a);
        return ((long)lo << (IdBits + 4 + 4)) | ((long)hi << 8) | ((long)kind << 4);
    }

    private int Slot(long tag) => (int)((ulong)(tag * unchecked((long)0x9E3779B97F4A7C15UL)) >> 40) & _mask;
}
