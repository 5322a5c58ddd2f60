namespace Reintegra.Matching.Indexing;

/// <summary>The k best (weight, slot) pairs seen so far, kept sorted; k is small (≤ 100).</summary>
internal struct TopCandidates
{
    private readonly double[] _weights;
    private readonly int[] _slots;
    private readonly int[] _givenLevels;

    public TopCandidates(int capacity)
    {
        _weights = new double[capacity];
        _slots = new int[capacity];
        _givenLevels = new int[capacity];
    }

    public int Count { get; private set; }

    public readonly bool Accepts(double weight) =>
        Count < _weights.Length || weight > _weights[Count - 1];

    public void Add(double weight, int slot, int givenLevel)
    {
        if (!Accepts(weight))
        {
            return;
        }

        var i = Count < _weights.Length ? Count++ : Count - 1;
        while (i > 0 && (_weights[i - 1] < weight || (_weights[i - 1] == weight && _slots[i - 1] > slot)))
        {
            _weights[i] = _weights[i - 1];
            _slots[i] = _slots[i - 1];
            _givenLevels[i] = _givenLevels[i - 1];
            i--;
        }

        _weights[i] = weight;
        _slots[i] = slot;
        _givenLevels[i] = givenLevel;
    }

    public readonly (double Weight, int Slot, int GivenLevel) this[int i] => (_weights[i], _slots[i], _givenLevels[i]);
}
