namespace Reintegra.Matching.Indexing;

/// <summary>Per-lookup working memory, pooled so that a lookup allocates almost nothing.</summary>
internal sealed class LookupScratch
{
    private int[] _stamps = [];
    private int _stamp;

    public List<ulong> Keys { get; } = new(32);

    public List<int> Candidates { get; } = new(256);

    /// <summary>Starts a new candidate set over slots [0, slotCount).</summary>
    public void Begin(int slotCount)
    {
        if (_stamps.Length < slotCount)
        {
            _stamps = new int[Math.Max(slotCount, _stamps.Length * 2)];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }

        Candidates.Clear();
    }

    /// <summary>True the first time a slot is offered in this set.</summary>
    public bool Mark(int slot)
    {
        if (_stamps[slot] == _stamp)
        {
            return false;
        }

        _stamps[slot] = _stamp;
        return true;
    }
}
