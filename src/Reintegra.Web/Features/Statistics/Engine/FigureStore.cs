using System.Collections.Frozen;

namespace Reintegra.Web.Features.Statistics.Engine;

/// <summary>
/// The in-memory figures of one kind of fact: a compact cube per year (packed fact → count), kept up to date by
/// deltas, and the protected tables built from it. Only the years a delta touched are rebuilt; readers always see
/// a complete, consistent snapshot (the reference is swapped when a rebuild is done).
/// </summary>
public sealed class FigureStore(FigureSchema schema, int threshold, bool secondary = true)
{
    private readonly Dictionary<int, Dictionary<ulong, int>> _cube = [];
    private readonly HashSet<int> _dirtyYears = [];
    private readonly Lock _gate = new();
    private volatile Snapshot _current = new(FrozenDictionary<int, YearFigures>.Empty, DateTime.MinValue, false);

    public FigureSchema Schema => schema;

    public int Threshold => threshold;

    public Snapshot Current => _current;

    /// <summary>Adds (+1) or removes (-1) one fact; the change is published at the next <see cref="Publish"/>.</summary>
    public void Apply(int year, ulong fact, int delta)
    {
        lock (_gate)
        {
            if (!_cube.TryGetValue(year, out var facts))
            {
                _cube[year] = facts = [];
            }
            var n = facts.GetValueOrDefault(fact) + delta;
            if (n == 0)
            {
                facts.Remove(fact);
            }
            else
            {
                facts[fact] = n;
            }
            _dirtyYears.Add(year);
        }
    }

    /// <summary>Rebuilds the tables of every year that changed and swaps the snapshot.</summary>
    public void Publish(DateTime asOf)
    {
        List<(int Year, Dictionary<ulong, int> Facts)> work;
        lock (_gate)
        {
            work = _dirtyYears.Select(y => (y, new Dictionary<ulong, int>(_cube[y]))).ToList();
            _dirtyYears.Clear();
        }
        var years = new Dictionary<int, YearFigures>(_current.Years);
        foreach (var (year, facts) in work)
        {
            if (facts.Count == 0)
            {
                years.Remove(year);
            }
            else
            {
                years[year] = YearFigures.Build(schema, year, facts, threshold, secondary);
            }
        }
        _current = new Snapshot(years.ToFrozenDictionary(), asOf, true);
    }

    public sealed record Snapshot(FrozenDictionary<int, YearFigures> Years, DateTime AsOf, bool Ready)
    {
        public int? FirstYear => Years.Count == 0 ? null : Years.Keys.Min();

        public int? LastYear => Years.Count == 0 ? null : Years.Keys.Max();
    }
}
