using Reintegra.Reference;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;
using Reintegra.Web.Features.Statistics.Engine;

namespace Reintegra.Tests.Statistics;

/// <summary>
/// Plays the attacker against every query the figures serve on a data set: collects every published number, then
/// derives what it can (a total minus its published parts, parts added up to a hidden total, repeated until nothing
/// new comes out, and the difference between any two nested figures) and reports every group of people from 1 to
/// threshold-1 it could count. Independent of the protection code: true counts are recomputed fact by fact.
/// </summary>
public sealed class DisclosureAudit
{
    private readonly ReturnSchema? _returns;
    private readonly FigureSchema _figures;
    private readonly int _k;
    private readonly List<(int Year, int Month, int Sex, int[] Leaves)> _facts;
    private readonly Dictionary<Key, int> _truth = [];
    private readonly Dictionary<Key, int?> _served = [];
    private readonly List<string> _violations = [];

    public DisclosureAudit(ReturnStatistics statistics, IEnumerable<ReturnFactRecord> facts)
        : this(statistics.Schema.Schema, statistics.Threshold, facts.Select(f => statistics.Schema.Pack(f, TimeZoneInfo.FindSystemTimeZoneById("America/Guatemala"))))
    {
        _returns = statistics.Schema;
    }

    /// <summary>An audit of any kind of fact (returns, cases, referrals): its schema, the threshold and the packed facts.</summary>
    public DisclosureAudit(FigureSchema schema, int threshold, IEnumerable<(int Year, ulong Fact)> facts)
    {
        _figures = schema;
        _k = threshold;
        _facts = facts.Select(f => (f.Year, schema.MonthOf(f.Fact), schema.SexOf(f.Fact),
            Enumerable.Range(0, schema.Classifiers.Count).Select(c => schema.LeafOf(f.Fact, c)).ToArray())).ToList();
    }

    public IReadOnlyList<string> Violations => _violations;

    public int ServedCells => _served.Count;

    /// <summary>A cell: period, sex (0 all) and up to two classifier constraints, normalised (C1 &lt; C2, -1 for none).</summary>
    public readonly record struct Key(int Year, int Period, int Sex, int C1, int N1, int C2, int N2);

    /// <summary>Every filter value worth trying on the seeded data.</summary>
    public static IEnumerable<ReadReturnFigures.Query> AllFilters()
    {
        yield return new ReadReturnFigures.Query();
        foreach (var c in ReturnSchema.ReturnedFromCountries.Append(ReturnSchema.Other))
        {
            yield return new ReadReturnFigures.Query(ReturnedFrom: c);
        }
        foreach (var m in Enum.GetNames<ReturnMode>())
        {
            yield return new ReadReturnFigures.Query(Mode: m);
        }
        foreach (var c in Enum.GetNames<ReturnCategory>())
        {
            yield return new ReadReturnFigures.Query(Category: c);
        }
        foreach (var a in new[] { "children", "adults", "0-11", "12-17", "18-29", "30-59", "60+", "UNKNOWN" })
        {
            yield return new ReadReturnFigures.Query(AgeGroup: a);
        }
        foreach (var d in Places.Default.Admin1(SeededReturns.Country).Select(p => p.PCode))
        {
            yield return new ReadReturnFigures.Query(Origin: d);
            if (SeededReturns.Provinces.Contains(d))
            {
                // The municipalities people come from (the seed uses the first three), one with nobody, and "not recorded".
                foreach (var m in Places.Default.Admin2(d).Take(4))
                {
                    yield return new ReadReturnFigures.Query(Origin: m.PCode);
                }
                yield return new ReadReturnFigures.Query(Origin: d + ReturnSchema.Unspecified);
            }
        }
        yield return new ReadReturnFigures.Query(Origin: ReturnSchema.Unknown);
        foreach (var v in ReturnSchema.VulnerabilityFlags)
        {
            yield return new ReadReturnFigures.Query(Vulnerability: v.ToString());
        }
        yield return new ReadReturnFigures.Query(Repeat: "true");
        yield return new ReadReturnFigures.Query(Repeat: "false");
    }

    /// <summary>Serves every combination of period, sex, filter and breakdown and records what was published.</summary>
    public void ServeEverything(ReadReturnFigures reader, IEnumerable<int> years, int filters = int.MaxValue)
    {
        var periods = years.SelectMany(y => Enumerable.Range(0, Periods.Count).Select(p => new Period(y, p))).ToList();
        string?[] sexes = [null, "Female", "Male", "Other"];
        foreach (var filter in AllFilters().Take(filters))
        {
            foreach (var period in periods)
            {
                foreach (var sex in sexes)
                {
                    foreach (var by in ReadReturnFigures.Breakdowns)
                    {
                        var parsed = reader.Parse(filter with { Period = period.ToString(), Sex = sex, By = by });
                        Record(parsed, reader.Read(parsed));
                    }
                }
            }
        }
    }

    public void Record(ReadReturnFigures.Parsed q, ReadReturnFigures.Table table)
    {
        var schema = _returns ?? throw new InvalidOperationException("An audit of returns.");
        Cells(q.Filter, q.Period, q.Sex, null, table.Total);
        foreach (var row in table.Rows)
        {
            switch (q.By)
            {
                case ReadReturnFigures.ByMonth:
                    Assert.True(Period.TryParse(row.Code, out var month));
                    Cells(q.Filter, month, q.Sex, null, row);
                    break;
                case ReadReturnFigures.BySex:
                    var s = (int)Enum.Parse<Sex>(row.Code);
                    if (q.Sex == 0 || q.Sex == s)
                    {
                        Cells(q.Filter, q.Period, s, null, row);
                    }
                    break;
                case ReadReturnFigures.ByVulnerability:
                    var flag = schema.FlagIndex(Enum.Parse<Vulnerability>(row.Code));
                    Cells(q.Filter, q.Period, q.Sex, new Constraint(flag, _figures.Classifiers[flag].Find(ReturnSchema.Yes)), row);
                    break;
                default:
                    var c = _figures.IndexOf(q.By);
                    Cells(q.Filter, q.Period, q.Sex, new Constraint(c, _figures.Classifiers[c].Find(row.Code)), row);
                    break;
            }
        }
    }

    /// <summary>Records what a table of reintegration figures published (any fact kind without overlapping rows).</summary>
    public void Record(ReadReintegrationFigures.Parsed q, ReadReturnFigures.Table table)
    {
        Cells(q.Filter, q.Period, q.Sex, null, table.Total);
        foreach (var row in table.Rows)
        {
            switch (q.By)
            {
                case ReadReintegrationFigures.ByMonth:
                    Assert.True(Period.TryParse(row.Code, out var month));
                    Cells(q.Filter, month, q.Sex, null, row);
                    break;
                case ReadReintegrationFigures.BySex:
                    var s = (int)Enum.Parse<Sex>(row.Code);
                    if (q.Sex == 0 || q.Sex == s)
                    {
                        Cells(q.Filter, q.Period, s, null, row);
                    }
                    break;
                default:
                    var c = _figures.IndexOf(q.By);
                    Cells(q.Filter, q.Period, q.Sex, new Constraint(c, _figures.Classifiers[c].Find(row.Code)), row);
                    break;
            }
        }
    }

    private void Cells(Constraint? filter, Period period, int sex, Constraint? row, ReadReturnFigures.Row cells)
    {
        void One(Period p, int s, int? value)
        {
            if (Normalise(p.Year, p.Node, s, filter, row) is not { } key)
            {
                return;
            }
            if (_served.TryGetValue(key, out var before) && before != value)
            {
                _violations.Add($"{Describe(key)} published as {Show(before)} and as {Show(value)}");
            }
            _served[key] = value;
            var truth = Truth(key);
            if (value is { } v && v != truth)
            {
                _violations.Add($"{Describe(key)} published as {v} but is {truth}");
            }
        }
        foreach (var (p, c) in new[] { (period, cells.Current), (period.PreviousYear, cells.Previous) })
        {
            One(p, sex, c.Total);
            if (sex == 0)
            {
                One(p, 1, c.Female);
                One(p, 2, c.Male);
                One(p, 3, c.Other);
            }
        }
    }

    private Key? Normalise(int year, int period, int sex, Constraint? a, Constraint? b)
    {
        if (a is { } x && b is { } y && x.Classifier == y.Classifier)
        {
            var c = _figures.Classifiers[x.Classifier];
            if (c.IsWithin(x.Node, y.Node))
            {
                b = null;
            }
            else if (c.IsWithin(y.Node, x.Node))
            {
                a = null;
            }
            else
            {
                return null;
            }
        }
        if (a is not { Node: > 0 })
        {
            (a, b) = (b, null);
        }
        if (b is not { Node: > 0 })
        {
            b = null;
        }
        if (a is not { Node: > 0 } first)
        {
            return new Key(year, period, sex, -1, 0, -1, 0);
        }
        if (b is not { } second)
        {
            return new Key(year, period, sex, first.Classifier, first.Node, -1, 0);
        }
        if (second.Classifier < first.Classifier)
        {
            (first, second) = (second, first);
        }
        return new Key(year, period, sex, first.Classifier, first.Node, second.Classifier, second.Node);
    }

    /// <summary>The true count of a cell, from the facts themselves: the facts in each constraint as bit sets, intersected.</summary>
    public int Truth(Key key)
    {
        if (_truth.TryGetValue(key, out var n))
        {
            return n;
        }
        var classifiers = _figures.Classifiers;
        var months = Periods.MonthsOf(key.Period).Aggregate(0, (mask, m) => mask | (1 << m));
        var time = Facts(-1, key.Year * 100 + key.Period, f => f.Year == key.Year && (months & (1 << f.Month)) != 0);
        var sex = key.Sex == 0 ? null : Facts(-2, key.Sex, f => f.Sex == key.Sex);
        var c1 = key.C1 < 0 ? null : Facts(key.C1, key.N1, f => classifiers[key.C1].IsWithin(f.Leaves[key.C1], key.N1));
        var c2 = key.C2 < 0 ? null : Facts(key.C2, key.N2, f => classifiers[key.C2].IsWithin(f.Leaves[key.C2], key.N2));
        n = 0;
        for (var w = 0; w < time.Length; w++)
        {
            n += System.Numerics.BitOperations.PopCount(time[w] & (sex?[w] ?? ~0UL) & (c1?[w] ?? ~0UL) & (c2?[w] ?? ~0UL));
        }
        return _truth[key] = n;
    }

    private readonly Dictionary<(int Kind, int Value), ulong[]> _factSets = [];

    private ulong[] Facts(int kind, int value, Func<(int Year, int Month, int Sex, int[] Leaves), bool> holds)
    {
        if (!_factSets.TryGetValue((kind, value), out var set))
        {
            set = new ulong[(_facts.Count + 63) / 64];
            for (var i = 0; i < _facts.Count; i++)
            {
                if (holds(_facts[i]))
                {
                    set[i / 64] |= 1UL << (i % 64);
                }
            }
            _factSets[(kind, value)] = set;
        }
        return set;
    }

    private bool IsSmall(int n) => n > 0 && n < _k;

    /// <summary>
    /// Derives everything the published numbers give away and checks it; returns the violations found. Every cell is
    /// interned to a number and every line (a cell and its parts along one dimension) is an equation; a worklist
    /// re-examines only the equations of a cell that has just been worked out, until nothing new comes out.
    /// </summary>
    public IReadOnlyList<string> Attack()
    {
        var parents = new HashSet<Key>(_served.Keys);
        foreach (var key in _served.Keys)
        {
            foreach (var parent in StepUp(key))
            {
                parents.Add(parent);
            }
        }
        foreach (var key in _served.Keys)
        {
            Id(key);
        }
        var relationParent = new List<int>();
        var relationChildren = new List<int[]>();
        foreach (var p in parents)
        {
            foreach (var line in Lines(p))
            {
                var r = relationParent.Count;
                var parentId = Id(p);
                relationParent.Add(parentId);
                var children = new int[line.Count];
                for (var i = 0; i < line.Count; i++)
                {
                    children[i] = Id(line[i]);
                    _members[children[i]].Add(r);
                }
                _members[parentId].Add(r);
                relationChildren.Add(children);
            }
        }
        var known = new int?[_keys.Count];
        foreach (var (key, value) in _served)
        {
            if (value is { } v)
            {
                known[Id(key)] = v;
                if (IsSmall(v))
                {
                    _violations.Add($"{Describe(key)} = {v} is published");
                }
            }
        }

        var queued = new bool[relationParent.Count];
        var work = new Queue<int>(Enumerable.Range(0, relationParent.Count));
        Array.Fill(queued, true);
        void Learn(int cell, int value, int relation, string how)
        {
            known[cell] = value;
            _why[cell] = (relation, how);
            if (IsSmall(value))
            {
                _firstDerived.Add(cell);
                _violations.Add($"{Describe(_keys[cell])} = {value} is {how}");
            }
            foreach (var r in _members[cell])
            {
                if (!queued[r])
                {
                    queued[r] = true;
                    work.Enqueue(r);
                }
            }
        }
        while (work.Count > 0 && _violations.Count < 50)
        {
            var r = work.Dequeue();
            queued[r] = false;
            var parent = relationParent[r];
            var unknowns = 0;
            var lastUnknown = -1;
            var knownSum = 0;
            foreach (var c in relationChildren[r])
            {
                if (known[c] is { } v)
                {
                    knownSum += v;
                }
                else
                {
                    unknowns++;
                    lastUnknown = c;
                }
            }
            if (unknowns == 1 && known[parent] is { } total)
            {
                Learn(lastUnknown, total - knownSum, r, $"derived from {Describe(_keys[parent])} minus its published parts");
            }
            else if (unknowns == 0 && known[parent] is null)
            {
                Learn(parent, knownSum, r, "derived by adding its published parts");
            }
        }
        for (var r = 0; r < relationParent.Count; r++)
        {
            if (known[relationParent[r]] is not null)
            {
                var hidden = relationChildren[r].Where(c => known[c] is null).Sum(c => Truth(_keys[c]));
                if (IsSmall(hidden))
                {
                    _violations.Add($"the hidden parts of {Describe(_keys[relationParent[r]])} add up to {hidden}, which its published parts give away");
                }
            }
        }
        for (var cell = 0; cell < known.Length; cell++)
        {
            if (known[cell] is not { } value)
            {
                continue;
            }
            foreach (var ancestor in Ancestors(_keys[cell]))
            {
                if (_ids.TryGetValue(ancestor, out var a) && known[a] is { } av && IsSmall(av - value))
                {
                    _violations.Add($"{Describe(ancestor)} minus {Describe(_keys[cell])} = {av - value}");
                }
            }
        }
        if (_violations.Count > 0)
        {
            foreach (var cell in _firstDerived.Take(2))
            {
                _violations.Add("how: " + Explain(cell, known, relationParent, relationChildren, 0, []));
            }
        }
        return _violations;
    }

    private readonly Dictionary<Key, int> _ids = [];
    private readonly List<Key> _keys = [];
    private readonly List<List<int>> _members = [];
    private readonly Dictionary<int, (int Relation, string How)> _why = [];
    private readonly List<int> _firstDerived = [];

    private int Id(Key key)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _keys.Count;
            _ids[key] = id;
            _keys.Add(key);
            _members.Add([]);
        }
        return id;
    }

    private string Explain(int cell, int?[] known, List<int> parents, List<int[]> children, int depth, HashSet<int> seen)
    {
        var text = $"{Describe(_keys[cell])} = {known[cell]}";
        if (!_why.TryGetValue(cell, out var why) || depth > 5 || !seen.Add(cell))
        {
            return text;
        }
        var pad = "\n" + new string(' ', 2 * depth + 2);
        var others = children[why.Relation].Append(parents[why.Relation]).Where(c => c != cell);
        return text + ", " + why.How + string.Concat(others.Select(c => pad + Explain(c, known, parents, children, depth + 1, seen)));
    }

    /// <summary>The partitions of a cell into its children along one dimension (sex, period, or one classifier).</summary>
    private IEnumerable<List<Key>> Lines(Key k)
    {
        if (k.Sex == 0)
        {
            yield return [k with { Sex = 1 }, k with { Sex = 2 }, k with { Sex = 3 }];
        }
        var periodChildren = Periods.Children(k.Period).ToList();
        if (periodChildren.Count > 0)
        {
            yield return periodChildren.Select(p => k with { Period = p }).ToList();
        }
        var classifiers = _figures.Classifiers;
        for (var c = 0; c < classifiers.Count; c++)
        {
            var node = c == k.C1 ? k.N1 : c == k.C2 ? k.N2 : 0;
            if (node == 0 && k.C2 >= 0)
            {
                continue;
            }
            if (classifiers[c].IsLeaf(node))
            {
                continue;
            }
            var line = new List<Key>();
            foreach (var child in classifiers[c].Children(node))
            {
                var other = c == k.C1 ? (Constraint?)(k.C2 >= 0 ? new Constraint(k.C2, k.N2) : null)
                    : c == k.C2 ? new Constraint(k.C1, k.N1)
                    : k.C1 >= 0 ? new Constraint(k.C1, k.N1) : null;
                line.Add(Normalise(k.Year, k.Period, k.Sex, new Constraint(c, child), other)!.Value);
            }
            yield return line;
        }
    }

    /// <summary>The cells one step coarser than a cell.</summary>
    private IEnumerable<Key> StepUp(Key k)
    {
        if (k.Sex != 0)
        {
            yield return k with { Sex = 0 };
        }
        if (Periods.Parent(k.Period) is var p && p >= 0)
        {
            yield return k with { Period = p };
        }
        if (k.C1 >= 0)
        {
            var c1 = _figures.Classifiers[k.C1];
            yield return Normalise(k.Year, k.Period, k.Sex, new Constraint(k.C1, c1.Parent(k.N1)), k.C2 >= 0 ? new Constraint(k.C2, k.N2) : null)!.Value;
        }
        if (k.C2 >= 0)
        {
            var c2 = _figures.Classifiers[k.C2];
            yield return Normalise(k.Year, k.Period, k.Sex, new Constraint(k.C1, k.N1), new Constraint(k.C2, c2.Parent(k.N2)))!.Value;
        }
    }

    /// <summary>Every coarser cell containing a cell: any constraint relaxed, both sexes, a longer period.</summary>
    private IEnumerable<Key> Ancestors(Key k)
    {
        var classifiers = _figures.Classifiers;
        int[] n1 = k.C1 >= 0 ? classifiers[k.C1].SelfAndAncestors(k.N1) : [0];
        int[] n2 = k.C2 >= 0 ? classifiers[k.C2].SelfAndAncestors(k.N2) : [0];
        int[] sexes = k.Sex == 0 ? [0] : [k.Sex, 0];
        foreach (var a in n1)
        {
            foreach (var b in n2)
            {
                foreach (var s in sexes)
                {
                    foreach (var p in Periods.SelfAndAncestors(k.Period))
                    {
                        var key = Normalise(k.Year, p, s, k.C1 >= 0 ? new Constraint(k.C1, a) : null, k.C2 >= 0 ? new Constraint(k.C2, b) : null)!.Value;
                        if (key != k)
                        {
                            yield return key;
                        }
                    }
                }
            }
        }
    }

    private string Describe(Key k)
    {
        var classifiers = _figures.Classifiers;
        var parts = new List<string> { new Period(k.Year, k.Period).ToString(), k.Sex switch { 0 => "all", 1 => "female", 2 => "male", _ => "other" } };
        if (k.C1 >= 0)
        {
            parts.Add($"{classifiers[k.C1].Key}={classifiers[k.C1].Code(k.N1)}");
        }
        if (k.C2 >= 0)
        {
            parts.Add($"{classifiers[k.C2].Key}={classifiers[k.C2].Code(k.N2)}");
        }
        return "[" + string.Join(' ', parts) + "]";
    }

    private static string Show(int? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "suppressed";
}
