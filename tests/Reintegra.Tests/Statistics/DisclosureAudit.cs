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
    private readonly ReturnSchema _schema;
    private readonly int _k;
    private readonly List<(int Year, int Month, int Sex, int[] Leaves)> _facts;
    private readonly Dictionary<Key, int> _truth = [];
    private readonly Dictionary<Key, int?> _served = [];
    private readonly List<string> _violations = [];
    private readonly Dictionary<Key, string> _why = [];

    public DisclosureAudit(ReturnStatistics statistics, IEnumerable<ReturnFactRecord> facts)
    {
        _schema = statistics.Schema;
        _k = statistics.Threshold;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Guatemala");
        _facts = facts.Select(f => _schema.Pack(f, zone)).Select(f => (f.Year, _schema.Schema.MonthOf(f.Fact), _schema.Schema.SexOf(f.Fact),
            Enumerable.Range(0, _schema.Schema.Classifiers.Count).Select(c => _schema.Schema.LeafOf(f.Fact, c)).ToArray())).ToList();
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
        foreach (var d in new[] { "GT13", "GT12", "GT01", "GT09", "GT05" })
        {
            yield return new ReadReturnFigures.Query(Origin: d);
            foreach (var m in Places.Default.Admin2(d).Take(3))
            {
                yield return new ReadReturnFigures.Query(Origin: m.PCode);
            }
            yield return new ReadReturnFigures.Query(Origin: d + ReturnSchema.Unspecified);
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
        Cells(q, q.Period, q.Sex, null, table.Total);
        foreach (var row in table.Rows)
        {
            switch (q.By)
            {
                case ReadReturnFigures.ByMonth:
                    Assert.True(Period.TryParse(row.Code, out var month));
                    Cells(q, month, q.Sex, null, row);
                    break;
                case ReadReturnFigures.BySex:
                    var s = (int)Enum.Parse<Sex>(row.Code);
                    if (q.Sex == 0 || q.Sex == s)
                    {
                        Cells(q, q.Period, s, null, row);
                    }
                    break;
                case ReadReturnFigures.ByVulnerability:
                    var flag = _schema.FlagIndex(Enum.Parse<Vulnerability>(row.Code));
                    Cells(q, q.Period, q.Sex, new Constraint(flag, _schema.Schema.Classifiers[flag].Find(ReturnSchema.Yes)), row);
                    break;
                default:
                    var c = _schema.Schema.IndexOf(q.By);
                    Cells(q, q.Period, q.Sex, new Constraint(c, _schema.Schema.Classifiers[c].Find(row.Code)), row);
                    break;
            }
        }
    }

    private void Cells(ReadReturnFigures.Parsed q, Period period, int sex, Constraint? row, ReadReturnFigures.Row cells)
    {
        void One(Period p, int s, int? value)
        {
            if (Normalise(p.Year, p.Node, s, q.Filter, row) is not { } key)
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
            var c = _schema.Schema.Classifiers[x.Classifier];
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
        var list = new[] { a, b }.Where(c => c is { Node: > 0 }).Select(c => c!.Value).OrderBy(c => c.Classifier).ToList();
        return new Key(year, period, sex,
            list.Count > 0 ? list[0].Classifier : -1, list.Count > 0 ? list[0].Node : 0,
            list.Count > 1 ? list[1].Classifier : -1, list.Count > 1 ? list[1].Node : 0);
    }

    public int Truth(Key key)
    {
        if (_truth.TryGetValue(key, out var n))
        {
            return n;
        }
        var months = Periods.MonthsOf(key.Period).ToHashSet();
        var classifiers = _schema.Schema.Classifiers;
        n = 0;
        foreach (var (year, month, sex, leaves) in _facts)
        {
            if (year == key.Year && months.Contains(month) && (key.Sex == 0 || key.Sex == sex)
                && (key.C1 < 0 || classifiers[key.C1].IsWithin(leaves[key.C1], key.N1))
                && (key.C2 < 0 || classifiers[key.C2].IsWithin(leaves[key.C2], key.N2)))
            {
                n++;
            }
        }
        return _truth[key] = n;
    }

    private bool IsSmall(int n) => n > 0 && n < _k;

    /// <summary>Derives everything the published numbers give away and checks it; returns the violations found.</summary>
    public IReadOnlyList<string> Attack()
    {
        var known = _served.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!.Value);
        foreach (var (key, value) in known)
        {
            if (IsSmall(value))
            {
                _violations.Add($"{Describe(key)} = {value} is published");
            }
        }
        var parents = new HashSet<Key>(_served.Keys);
        foreach (var key in _served.Keys)
        {
            foreach (var parent in StepUp(key))
            {
                parents.Add(parent);
            }
        }
        var relations = parents.SelectMany(p => Lines(p).Select(children => (Parent: p, Children: children.ToArray()))).ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var (parent, children) in relations)
            {
                var unknowns = 0;
                var lastUnknown = default(Key);
                var knownSum = 0;
                foreach (var c in children)
                {
                    if (known.TryGetValue(c, out var v))
                    {
                        knownSum += v;
                    }
                    else
                    {
                        unknowns++;
                        lastUnknown = c;
                    }
                }
                if (unknowns == 1 && known.TryGetValue(parent, out var total))
                {
                    known[lastUnknown] = total - knownSum;
                    _why[lastUnknown] = $"{Describe(parent)} minus " + string.Join(", ", children.Where(c => c != lastUnknown).Select(c => Describe(c) + (_why.ContainsKey(c) ? "*" : "")));
                    changed = true;
                    _whyKeys[lastUnknown] = [parent, .. children];
                    if (IsSmall(total - knownSum))
                    {
                        _firstDerived.Add(lastUnknown);
                        _violations.Add($"{Describe(lastUnknown)} = {total - knownSum} is derived from {Describe(parent)} minus its published parts");
                    }
                }
                else if (unknowns == 0 && !known.ContainsKey(parent))
                {
                    known[parent] = knownSum;
                    _why[parent] = "sum of " + string.Join(", ", children.Select(c => Describe(c) + (_why.ContainsKey(c) ? "*" : "")));
                    changed = true;
                    _whyKeys[parent] = [.. children];
                    if (IsSmall(knownSum))
                    {
                        _firstDerived.Add(parent);
                        _violations.Add($"{Describe(parent)} = {knownSum} is derived by adding its published parts");
                    }
                }
            }
        }
        while (changed && _violations.Count < 50);
        foreach (var (parent, children) in relations)
        {
            if (known.ContainsKey(parent))
            {
                var hidden = children.Where(c => !known.ContainsKey(c)).Sum(Truth);
                if (IsSmall(hidden))
                {
                    _violations.Add($"the hidden parts of {Describe(parent)} add up to {hidden}, which its published parts give away");
                }
            }
        }
        foreach (var (key, value) in known)
        {
            foreach (var ancestor in Ancestors(key))
            {
                if (known.TryGetValue(ancestor, out var a) && IsSmall(a - value))
                {
                    _violations.Add($"{Describe(ancestor)} minus {Describe(key)} = {a - value}");
                }
            }
        }
        if (_violations.Count > 0)
        {
            foreach (var key in _firstDerived.Take(2))
            {
                _violations.Add("how: " + Explain(key, 0, []));
            }
        }
        return _violations;
    }

    private readonly List<Key> _firstDerived = [];

    private string Explain(Key key, int depth, HashSet<Key> seen)
    {
        if (!_why.TryGetValue(key, out var why) || depth > 5 || !seen.Add(key))
        {
            return Describe(key);
        }
        var pad = "\n" + new string(' ', 2 * depth + 2);
        return Describe(key) + " = " + why + string.Concat(_whyKeys.GetValueOrDefault(key, []).Where(_why.ContainsKey).Select(k => pad + Explain(k, depth + 1, seen)));
    }

    private readonly Dictionary<Key, List<Key>> _whyKeys = [];

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
        var classifiers = _schema.Schema.Classifiers;
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
            var c1 = _schema.Schema.Classifiers[k.C1];
            yield return Normalise(k.Year, k.Period, k.Sex, new Constraint(k.C1, c1.Parent(k.N1)), k.C2 >= 0 ? new Constraint(k.C2, k.N2) : null)!.Value;
        }
        if (k.C2 >= 0)
        {
            var c2 = _schema.Schema.Classifiers[k.C2];
            yield return Normalise(k.Year, k.Period, k.Sex, new Constraint(k.C1, k.N1), new Constraint(k.C2, c2.Parent(k.N2)))!.Value;
        }
    }

    /// <summary>Every coarser cell containing a cell: any constraint relaxed, both sexes, a longer period.</summary>
    private IEnumerable<Key> Ancestors(Key k)
    {
        var classifiers = _schema.Schema.Classifiers;
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
        var classifiers = _schema.Schema.Classifiers;
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
