using System.Collections.Concurrent;
using Reintegra.Matching.Indexing;
using Reintegra.Matching.Scoring;

namespace Reintegra.Matching;

public sealed partial class PersonIndex
{
    /// <summary>
    /// Every candidate pair of the index scored once (i &lt; j), in parallel; pairs at or above
    /// <paramref name="minimumWeight"/> bits (prior included) are returned. The read lock is taken per
    /// record, so registrations can go on while a batch runs.
    /// </summary>
    internal List<(int A, int B, double Weight, int GivenLevel)> ScoreAllPairs(double minimumWeight, out long compared)
    {
        var results = new ConcurrentBag<List<(int, int, double, int)>>();
        long total = 0;
        int slots;
        _lock.EnterReadLock();
        try
        {
            slots = _slotCount;
        }
        finally
        {
            _lock.ExitReadLock();
        }

        Parallel.For(
            0,
            slots,
            () => (Scratch: RentScratch(), Found: new List<(int, int, double, int)>(), Compared: 0L),
            (i, _, local) =>
            {
                _lock.EnterReadLock();
                try
                {
                    local.Compared += ScoreFrom(i, minimumWeight, local.Scratch, local.Found);
                }
                finally
                {
                    _lock.ExitReadLock();
                }

                return local;
            },
            local =>
            {
                results.Add(local.Found);
                _scratch.Add(local.Scratch);
                Interlocked.Add(ref total, local.Compared);
            });

        compared = total;
        var all = new List<(int A, int B, double Weight, int GivenLevel)>();
        foreach (var list in results)
        {
            all.AddRange(list);
        }

        return all;
    }

    private int ScoreFrom(int slot, double minimumWeight, LookupScratch scratch, List<(int, int, double, int)> found)
    {
        ref readonly var row = ref _rows[slot];
        if (!row.Live)
        {
            return 0;
        }

        var model = _model;
        var context = Context;
        scratch.Begin(_slotCount);

        // Pairs that share a stored key, as in Splink's equality blocking rules: the neighbouring-year probes of a
        // lookup would triple the pairs of a batch, and the decade key and the seven years stored for estimated
        // ages already give most of that tolerance.
        BlockingKeys.Collect(row, context, scratch.Keys, forQuery: false);
        Gather(scratch, minSlot: slot);
        var compared = 0;
        foreach (var other in scratch.Candidates)
        {
            ref readonly var candidate = ref _rows[other];
            if (!candidate.Live)
            {
                continue;
            }

            compared++;
            var weight = PairScorer.Score(row, context, candidate, context, model, _frequencies, out var givenLevel) + model.PriorBits;
            if (weight >= minimumWeight)
            {
                found.Add((slot, other, weight, givenLevel));
            }
        }

        return compared;
    }

    internal string IdOf(int slot) => _ids[slot];

    internal int SlotCount => _slotCount;

    internal bool IsLive(int slot) => _rows[slot].Live;

    internal CompiledModel Compiled => _model;

    internal void FillLevels(int a, int b, Span<byte> levels) =>
        PairScorer.FillLevels(_rows[a], Context, _rows[b], Context, _frequencies, levels);

    internal double Score(int a, int b, out int givenLevel) =>
        PairScorer.Score(_rows[a], Context, _rows[b], Context, _model, _frequencies, out givenLevel) + _model.PriorBits;

    internal FieldEvidence[] Explain(int a, int b) =>
        PairScorer.Explain(_rows[a], Context, _rows[b], Context, _model, _frequencies);

    internal bool TryGetSlot(string id, out int slot) => _slots.TryGetValue(id, out slot);

    /// <summary>Candidate slots above <paramref name="slot"/> for training (unscored), as blocking produces them.</summary>
    internal void CandidatesOf(int slot, LookupScratch scratch, List<int> into)
    {
        into.Clear();
        ref readonly var row = ref _rows[slot];
        if (!row.Live)
        {
            return;
        }

        scratch.Begin(_slotCount);
        BlockingKeys.Collect(row, Context, scratch.Keys, forQuery: true);
        Gather(scratch, minSlot: slot);
        foreach (var other in scratch.Candidates)
        {
            if (_rows[other].Live)
            {
                into.Add(other);
            }
        }
    }

    internal LookupScratch NewScratch() => new();

    /// <summary>Whether blocking puts <paramref name="id"/> among the candidates of <paramref name="query"/> (bench: blocking recall).</summary>
    internal bool BlockingFinds(IdentityRecord query, string id)
    {
        var prepared = PreparedRecord.From(query);
        var scratch = RentScratch();
        _lock.EnterReadLock();
        try
        {
            if (!_slots.TryGetValue(id, out var target))
            {
                return false;
            }

            var (row, context) = ResolveQuery(prepared);
            scratch.Begin(_slotCount);
            BlockingKeys.Collect(row, context, scratch.Keys, forQuery: true);
            Gather(scratch, minSlot: -1);
            return scratch.Candidates.Contains(target);
        }
        finally
        {
            _lock.ExitReadLock();
            _scratch.Add(scratch);
        }
    }

    internal (Dictionary<string, double> Given, Dictionary<string, double> Surnames) NameFrequencies(int top)
    {
        _lock.EnterReadLock();
        try
        {
            var given = new List<(string, int)>();
            var surnames = new List<(string, int)>();
            for (var id = 1; id <= _tokens.Count; id++)
            {
                var token = _tokens[id];
                if (token.GivenCount > 0)
                {
                    given.Add((token.Text, token.GivenCount));
                }

                if (token.SurnameCount > 0)
                {
                    surnames.Add((token.Text, token.SurnameCount));
                }
            }

            double n = Math.Max(_live, 1);
            return (
                given.OrderByDescending(t => t.Item2).Take(top).ToDictionary(t => t.Item1, t => t.Item2 / n),
                surnames.OrderByDescending(t => t.Item2).Take(top).ToDictionary(t => t.Item1, t => t.Item2 / n));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }
}
