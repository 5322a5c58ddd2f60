namespace Reintegra.Synthetic;

/// <summary>Samples items in proportion to their weights (cumulative sums and a binary search).</summary>
internal sealed class WeightedTable<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedTable(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A weighted table needs at least one positive weight.", nameof(entries));
        }
        _items = new T[list.Length];
        _cumulative = new double[list.Length];
        var sum = 0.0;
        for (var i = 0; i < list.Length; i++)
        {
            sum += list[i].Weight;
            _items[i] = list[i].Item;
            _cumulative[i] = sum;
        }
        Total = sum;
    }

    public double Total { get; }

    public IReadOnlyList<T> Items => _items;

    public double Probability(int index) => (_cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1])) / Total;

    public T Sample(Rng rng) => _items[SampleIndex(rng)];

    public int SampleIndex(Rng rng)
    {
        var x = rng.NextDouble() * Total;
        var i = Array.BinarySearch(_cumulative, x);
        i = i < 0 ? ~i : i + 1;
        return Math.Min(i, _items.Length - 1);
    }
}
