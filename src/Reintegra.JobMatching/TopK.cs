namespace Reintegra.JobMatching;

/// <summary>
/// Keeps the k best (score, position) pairs seen so far in a min-heap, so ranking n records costs n log k rather than
/// sorting all n. Ties go to the earlier position, so results are stable.
/// </summary>
internal sealed class TopK(int k)
{
    private readonly (int Score, int Index)[] _heap = new (int, int)[Math.Max(k, 1)];
    private int _count;

    public int Count => _count;

    /// <summary>The lowest score that still gets in (once full); lets the caller skip work for worse records.</summary>
    public int Threshold => _count < _heap.Length ? -1 : _heap[0].Score;

    public void Offer(int score, int index)
    {
        if (_count < _heap.Length)
        {
            _heap[_count] = (score, index);
            Up(_count++);
        }
        else if (Better((score, index), _heap[0]))
        {
            _heap[0] = (score, index);
            Down(0);
        }
    }

    /// <summary>The kept pairs, best first.</summary>
    public (int Score, int Index)[] Sorted()
    {
        var result = _heap[.._count];
        Array.Sort(result, (a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : 0);
        return result;
    }

    private static bool Better((int Score, int Index) a, (int Score, int Index) b) =>
        a.Score > b.Score || (a.Score == b.Score && a.Index < b.Index);

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(_heap[parent], _heap[i]))
            {
                break;
            }
            (_heap[parent], _heap[i]) = (_heap[i], _heap[parent]);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            var l = (2 * i) + 1;
            var r = l + 1;
            if (l < _count && Better(_heap[worst], _heap[l]))
            {
                worst = l;
            }
            if (r < _count && Better(_heap[worst], _heap[r]))
            {
                worst = r;
            }
            if (worst == i)
            {
                return;
            }
            (_heap[worst], _heap[i]) = (_heap[i], _heap[worst]);
            i = worst;
        }
    }
}
