namespace Reintegra.Web.Features.Statistics.Engine;

/// <summary>
/// The classifiers of one kind of fact (returns; later cases, referrals) and the tables published from them: every
/// figure is a cell of one table, crossing at most two classifiers with sex and period. Bounding the crossing is
/// what makes complete secondary suppression possible (ADR 0021).
/// </summary>
public sealed class FigureSchema
{
    public const int Sexes = 4;
    public const int SexAll = 0;

    private readonly int[] _shift;
    private readonly ulong[] _mask;
    private readonly Dictionary<(int, int), int> _shapeIndex = [];

    public FigureSchema(IReadOnlyList<Classifier> classifiers)
    {
        Classifiers = classifiers;
        _shift = new int[classifiers.Count];
        _mask = new ulong[classifiers.Count];
        var bits = 4 + 2; // month 1-12, sex 1-3
        for (var i = 0; i < classifiers.Count; i++)
        {
            var width = 1;
            while ((1 << width) < classifiers[i].LeafCount)
            {
                width++;
            }
            _shift[i] = bits;
            _mask[i] = (1UL << width) - 1;
            bits += width;
        }
        if (bits > 64)
        {
            throw new InvalidOperationException("Too many classifier leaves to pack a fact in 64 bits.");
        }
        var shapes = new List<Shape> { new(-1, -1) };
        for (var i = 0; i < classifiers.Count; i++)
        {
            shapes.Add(new Shape(i, -1));
        }
        for (var i = 0; i < classifiers.Count; i++)
        {
            for (var j = i + 1; j < classifiers.Count; j++)
            {
                shapes.Add(new Shape(i, j));
            }
        }
        Shapes = shapes;
        for (var s = 0; s < shapes.Count; s++)
        {
            _shapeIndex[(shapes[s].A, shapes[s].B)] = s;
        }
    }

    public IReadOnlyList<Classifier> Classifiers { get; }

    /// <summary>Tables in the order they are protected: the grand table, then one classifier, then pairs.</summary>
    public IReadOnlyList<Shape> Shapes { get; }

    public int IndexOf(string key)
    {
        for (var i = 0; i < Classifiers.Count; i++)
        {
            if (Classifiers[i].Key == key)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The table crossing the given classifiers (-1 for none), in either order.</summary>
    public int ShapeOf(int x, int y)
    {
        if (x == y)
        {
            y = -1;
        }
        if (x < 0)
        {
            (x, y) = (y, -1);
        }
        if (y >= 0 && y < x)
        {
            (x, y) = (y, x);
        }
        return _shapeIndex[(x, y)];
    }

    /// <summary>Packs one fact: its month (1-12), sex leaf (1-3) and one leaf node per classifier.</summary>
    public ulong Pack(int month, int sex, ReadOnlySpan<int> leafNodes)
    {
        var key = (ulong)(uint)month | ((ulong)(uint)sex << 4);
        for (var i = 0; i < Classifiers.Count; i++)
        {
            key |= (ulong)(uint)Classifiers[i].LeafIndex(leafNodes[i]) << _shift[i];
        }
        return key;
    }

    public int MonthOf(ulong key) => (int)(key & 0xF);

    public int SexOf(ulong key) => (int)((key >> 4) & 0x3);

    /// <summary>The leaf node of classifier <paramref name="c"/> in a packed fact.</summary>
    public int LeafOf(ulong key, int c) => Classifiers[c].Leaves[(int)((key >> _shift[c]) & _mask[c])];

    public readonly record struct Shape(int A, int B)
    {
        public int Arity => A < 0 ? 0 : B < 0 ? 1 : 2;
    }
}
