namespace Reintegra.Web.Features.Statistics.Engine;

/// <summary>
/// One way of classifying facts (origin, age group, mode ...) as a tree: node 0 is "all", every other node has a
/// parent, and facts sit on leaves. A node has no children or at least two, so that a parent is never the same
/// figure as its only child.
/// </summary>
public sealed class Classifier
{
    private readonly List<string> _codes = ["*"];
    private readonly List<int> _parents = [-1];
    private readonly List<List<int>> _children = [[]];
    private readonly Dictionary<string, int> _byCode = new(StringComparer.OrdinalIgnoreCase) { ["*"] = 0 };
    private int[][]? _ancestors;
    private int[]? _leafIndex;
    private int[]? _leaves;

    public Classifier(string key, bool rowsAreLeaves = false)
    {
        Key = key;
        RowsAreLeaves = rowsAreLeaves;
    }

    /// <summary>When broken down, show the leaves rather than the grouping nodes (age groups, not "children").</summary>
    public bool RowsAreLeaves { get; }

    public const int Root = 0;

    public string Key { get; }

    public int NodeCount => _codes.Count;

    public int Add(string code, int parent = Root)
    {
        if (_ancestors is not null)
        {
            throw new InvalidOperationException("The classifier is sealed.");
        }
        var node = _codes.Count;
        _codes.Add(code);
        _parents.Add(parent);
        _children.Add([]);
        _children[parent].Add(node);
        _byCode.Add(code, node);
        return node;
    }

    /// <summary>Freezes the tree and checks that no node has a single child.</summary>
    public Classifier Seal()
    {
        for (var n = 0; n < NodeCount; n++)
        {
            if (_children[n].Count == 1)
            {
                throw new InvalidOperationException($"{Key}: node {_codes[n]} has a single child.");
            }
        }
        _ancestors = new int[NodeCount][];
        for (var n = 0; n < NodeCount; n++)
        {
            var chain = new List<int>();
            for (var x = n; x >= 0; x = _parents[x])
            {
                chain.Add(x);
            }
            _ancestors[n] = [.. chain];
        }
        _leaves = Enumerable.Range(0, NodeCount).Where(n => _children[n].Count == 0).ToArray();
        _leafIndex = Enumerable.Repeat(-1, NodeCount).ToArray();
        for (var i = 0; i < _leaves.Length; i++)
        {
            _leafIndex[_leaves[i]] = i;
        }
        return this;
    }

    public string Code(int node) => _codes[node];

    public int Parent(int node) => _parents[node];

    public IReadOnlyList<int> Children(int node) => _children[node];

    public bool IsLeaf(int node) => _children[node].Count == 0;

    /// <summary>The node itself, its parent, ... up to the root.</summary>
    public int[] SelfAndAncestors(int node) => (_ancestors ?? throw new InvalidOperationException("Seal first."))[node];

    public int Depth(int node) => SelfAndAncestors(node).Length - 1;

    public IReadOnlyList<int> Leaves => _leaves ?? throw new InvalidOperationException("Seal first.");

    public int LeafCount => Leaves.Count;

    /// <summary>Position of a leaf node among the leaves (used to pack facts).</summary>
    public int LeafIndex(int node) => _leafIndex![node];

    public int Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim(), out var n) ? n : -1;

    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(int node, int ancestor) => Array.IndexOf(SelfAndAncestors(node), ancestor) >= 0;

    /// <summary>The rows of a breakdown below a node: its children, or its leaves for grouping classifiers.</summary>
    public IReadOnlyList<int> RowsUnder(int node) =>
        IsLeaf(node) ? [node] : RowsAreLeaves ? [.. LeavesUnder(node)] : _children[node];

    /// <summary>The leaves below a node (the node itself if it is one).</summary>
    public IEnumerable<int> LeavesUnder(int node) => IsLeaf(node) ? [node] : _children[node].SelectMany(LeavesUnder);
}
