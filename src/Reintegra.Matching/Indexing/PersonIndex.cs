using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Reintegra.Matching.Indexing;
using Reintegra.Matching.Scoring;

namespace Reintegra.Matching;

/// <summary>
/// The in-memory index of everyone registered, for online lookup at the reception desk.
/// Many lookups may run at once with one writer (registrations, updates, removals): a reader/writer lock
/// guards the tables, and lookups hold it only while gathering and scoring candidates.
/// Build it once at start from the database (<see cref="AddRange"/>), then keep it current with
/// <see cref="AddOrUpdate"/> and <see cref="Remove"/> on every registration.
/// </summary>
public sealed partial class PersonIndex : IDisposable
{
    private const int BuildChunk = 65_536;
    private const int ParallelScoringThreshold = 4_000;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly TokenVocabulary _tokens = new();
    private readonly StringPool _documents = new();
    private readonly StringPool _documentTypes = new();
    private readonly StringPool _codes = new();
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, Posting> _postings = [];
    private readonly Dictionary<int, int> _birthDates = [];
    private readonly ConcurrentBag<LookupScratch> _scratch = [];
    private readonly List<ulong> _writerKeys = new(32);
    private readonly TermFrequencies _frequencies;
    private PersonRow[] _rows;
    private string[] _ids;
    private int _slotCount;
    private int _live;
    private CompiledModel _model;

    public PersonIndex(MatchModel? model = null, ExcludedPairs? exclusions = null, int capacity = 1024)
    {
        _model = new CompiledModel(model ?? MatchModel.CreateDefault());
        Exclusions = exclusions ?? new ExcludedPairs();
        _rows = new PersonRow[Math.Max(capacity, 16)];
        _ids = new string[_rows.Length];
        _frequencies = new TermFrequencies(_birthDates, () => _live, _model.Source);
    }

    /// <summary>Pairs an officer decided are different people: never proposed again.</summary>
    public ExcludedPairs Exclusions { get; }

    public MatchModel Model => _model.Source;

    /// <summary>Number of people currently in the index.</summary>
    public int Count => Volatile.Read(ref _live);

    private RowContext Context => new(_tokens, _documents);

    /// <summary>Adds a person, or replaces what the index holds for the same <see cref="IdentityRecord.Id"/>.</summary>
    public void AddOrUpdate(IdentityRecord record)
    {
        var prepared = PreparedRecord.From(record);
        _lock.EnterWriteLock();
        try
        {
            Insert(prepared);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Bulk load (start-up rebuild): normalises in parallel, then inserts in chunks so lookups are not blocked for long.</summary>
    public void AddRange(IEnumerable<IdentityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var chunk = new List<IdentityRecord>(BuildChunk);
        var prepared = new PreparedRecord[BuildChunk];
        foreach (var record in records)
        {
            chunk.Add(record);
            if (chunk.Count == BuildChunk)
            {
                InsertChunk(chunk, prepared);
                chunk.Clear();
            }
        }

        InsertChunk(chunk, prepared);
    }

    public bool Remove(string id)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_slots.Remove(id, out var slot))
            {
                return false;
            }

            Unlink(slot);
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public bool Contains(string id)
    {
        _lock.EnterReadLock();
        try
        {
            return _slots.ContainsKey(id);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Replaces the model (e.g. after retraining); lookups in flight finish with the old one.</summary>
    public void UseModel(MatchModel model)
    {
        _lock.EnterWriteLock();
        try
        {
            _model = new CompiledModel(model);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// The people most likely to be the one described by <paramref name="query"/>, best first, each with its
    /// probability, band and per-field evidence. The query's own id and pairs in <see cref="Exclusions"/> are
    /// never returned. Bad input (no names, absurd dates) gives few or no candidates, never an exception.
    /// </summary>
    public IReadOnlyList<MatchCandidate> Lookup(IdentityRecord query, int maxCandidates = 10) =>
        Lookup(query, maxCandidates, out _);

    internal IReadOnlyList<MatchCandidate> Lookup(IdentityRecord query, int maxCandidates, out int compared)
    {
        ArgumentNullException.ThrowIfNull(query);
        maxCandidates = Math.Clamp(maxCandidates, 1, 100);
        var prepared = PreparedRecord.From(query);
        var scratch = RentScratch();
        _lock.EnterReadLock();
        try
        {
            var model = _model;
            var (row, context) = ResolveQuery(prepared);
            var top = new TopCandidates(maxCandidates);
            scratch.Begin(_slotCount);
            BlockingKeys.Collect(row, context, scratch.Keys, forQuery: true);
            Gather(scratch, minSlot: -1);
            var index = Context;
            var checkExclusions = Exclusions.Count > 0 && prepared.Id.Length > 0;

            // The query's own slot is found once: comparing ids per candidate would touch one more string each.
            var self = prepared.Id.Length > 0 && _slots.TryGetValue(prepared.Id, out var own) ? own : -1;
            compared = scratch.Candidates.Count;
            var exclusionsFor = checkExclusions ? prepared.Id : null;
            var count = compared;
            if (count >= ParallelScoringThreshold)
            {
                // A very common name gives tens of thousands of candidates: both cores score half each.
                var half = count / 2;
                var second = new TopCandidates(maxCandidates);
                Parallel.Invoke(
                    () => ScoreCandidates(row, context, scratch.Candidates, 0, half, self, exclusionsFor, model, ref top),
                    () => ScoreCandidates(row, context, scratch.Candidates, half, count, self, exclusionsFor, model, ref second));
                for (var i = 0; i < second.Count; i++)
                {
                    var (weight, slot, givenLevel) = second[i];
                    top.Add(weight, slot, givenLevel);
                }
            }
            else
            {
                ScoreCandidates(row, context, scratch.Candidates, 0, compared, self, exclusionsFor, model, ref top);
            }

            var result = new MatchCandidate[top.Count];
            for (var i = 0; i < top.Count; i++)
            {
                var (weight, slot, givenLevel) = top[i];
                var bits = weight + model.PriorBits;
                var probability = CompiledModel.Probability(bits);
                result[i] = new MatchCandidate(
                    _ids[slot],
                    probability,
                    Math.Round(bits, 2),
                    model.Band(probability, givenLevel),
                    PairScorer.Explain(row, context, _rows[slot], index, model, _frequencies));
            }

            return result;
        }
        finally
        {
            _lock.ExitReadLock();
            _scratch.Add(scratch);
        }
    }

    private void ScoreCandidates(in PersonRow row, in RowContext context, List<int> candidates, int from, int to, int self, string? exclusionsFor, CompiledModel model, ref TopCandidates top)
    {
        var index = Context;
        var slots = CollectionsMarshal.AsSpan(candidates)[from..to];
        foreach (var slot in slots)
        {
            ref readonly var candidate = ref _rows[slot];
            if (slot == self || !candidate.Live)
            {
                continue;
            }

            var weight = PairScorer.Score(row, context, candidate, index, model, _frequencies, out var givenLevel);
            if (top.Accepts(weight) && !(exclusionsFor is not null && Exclusions.Contains(exclusionsFor, _ids[slot])))
            {
                top.Add(weight, slot, givenLevel);
            }
        }
    }

    public IndexStatistics GetStatistics()
    {
        _lock.EnterReadLock();
        try
        {
            long postingArrays = 0;
            long entries = 0;
            foreach (var posting in _postings.Values)
            {
                entries += posting.Count;
                if (posting.Rest is not null)
                {
                    postingArrays += 24 + posting.Rest.Length * 4L;
                }
            }

            long idBytes = 0;
            for (var i = 0; i < _slotCount; i++)
            {
                idBytes += 24 + (_ids[i]?.Length ?? 0) * 2;
            }

            var bytes = (long)_rows.Length * Unsafe.SizeOf<PersonRow>() + _ids.Length * 8L + idBytes
                + _slots.Count * 24L + _postings.Count * 36L + postingArrays + _birthDates.Count * 24L
                + _tokens.EstimateBytes() + _documents.EstimateBytes() + _documentTypes.EstimateBytes() + _codes.EstimateBytes();
            return new IndexStatistics(_live, _slotCount, _tokens.Count, _postings.Count, entries, bytes);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose() => _lock.Dispose();

    private void InsertChunk(List<IdentityRecord> chunk, PreparedRecord[] prepared)
    {
        Parallel.For(0, chunk.Count, i => prepared[i] = PreparedRecord.From(chunk[i]));
        _lock.EnterWriteLock();
        try
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                Insert(prepared[i]);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void Insert(PreparedRecord record)
    {
        if (_slots.TryGetValue(record.Id, out var slot))
        {
            Unlink(slot);
        }
        else
        {
            slot = _slotCount++;
            if (slot == _rows.Length)
            {
                Array.Resize(ref _rows, _rows.Length * 2);
                Array.Resize(ref _ids, _rows.Length);
            }

            _slots[record.Id] = slot;
            _ids[slot] = record.Id;
        }

        ref var row = ref _rows[slot];
        row = default;
        var name = record.Name;
        row.GivenCount = (byte)name.Given.Length;
        for (var i = 0; i < name.Given.Length; i++)
        {
            var token = _tokens.GetOrAdd(name.Given[i]);
            row.Given[i] = token.Id;
        }

        row.SurnameCount = (byte)name.Surnames.Length;
        for (var i = 0; i < name.Surnames.Length; i++)
        {
            row.Surnames[i] = _tokens.GetOrAdd(name.Surnames[i]).Id;
        }

        row.Married = name.Married.Length > 0 ? _tokens.GetOrAdd(name.Married[0]).Id : 0;
        row.Sex = record.Sex;
        row.BirthDate = record.BirthDate;
        row.Nationality = _codes.GetOrAdd(record.Nationality);
        row.Origin = _codes.GetOrAdd(record.Origin);
        row.OriginAdmin1 = _codes.GetOrAdd(record.OriginAdmin1);
        row.DocumentCount = (byte)record.Documents.Length;
        for (var i = 0; i < record.Documents.Length; i++)
        {
            row.DocumentTypes[i] = _documentTypes.GetOrAdd(record.Documents[i].Type);
            row.DocumentNumbers[i] = _documents.GetOrAdd(record.Documents[i].Number);
        }

        row.Live = true;
        _live++;
        CountNames(row, +1);
        BlockingKeys.Collect(row, Context, _writerKeys, forQuery: false);
        foreach (var key in _writerKeys)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_postings, key, out _).Add(slot);
        }
    }

    private void Unlink(int slot)
    {
        ref var row = ref _rows[slot];
        if (!row.Live)
        {
            return;
        }

        BlockingKeys.Collect(row, Context, _writerKeys, forQuery: false);
        foreach (var key in _writerKeys)
        {
            ref var posting = ref CollectionsMarshal.GetValueRefOrNullRef(_postings, key);
            if (!Unsafe.IsNullRef(ref posting))
            {
                posting.Remove(slot);
                if (posting.Count == 0)
                {
                    _postings.Remove(key);
                }
            }
        }

        CountNames(row, -1);
        row.Live = false;
        _live--;
    }

    /// <summary>Keeps the term-frequency counts: each person counts once per distinct name.</summary>
    private void CountNames(in PersonRow row, int delta)
    {
        for (var i = 0; i < row.GivenCount; i++)
        {
            if (FirstOccurrence(row.Given, i))
            {
                _tokens[row.Given[i]].GivenCount += delta;
            }
        }

        for (var i = 0; i < row.SurnameCount; i++)
        {
            if (FirstOccurrence(row.Surnames, i))
            {
                _tokens[row.Surnames[i]].SurnameCount += delta;
            }
        }

        if (row.Married != 0)
        {
            _tokens[row.Married].SurnameCount += delta;
        }

        if (row.BirthDate.IsFull)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_birthDates, row.BirthDate.Packed, out _) += delta;
        }
    }

    private static bool FirstOccurrence(Ids3 ids, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (ids[j] == ids[i])
            {
                return false;
            }
        }

        return true;
    }

    private LookupScratch RentScratch() => _scratch.TryTake(out var scratch) ? scratch : new LookupScratch();

    /// <summary>Adds the live slots above <paramref name="minSlot"/> under the scratch keys to its candidate set.</summary>
    private void Gather(LookupScratch scratch, int minSlot)
    {
        foreach (var key in scratch.Keys)
        {
            if (!_postings.TryGetValue(key, out var posting))
            {
                continue;
            }

            for (var i = 0; i < posting.Count; i++)
            {
                var slot = posting[i];
                if (slot > minSlot && scratch.Mark(slot))
                {
                    scratch.Candidates.Add(slot);
                }
            }
        }
    }

    /// <summary>Maps a query onto the index's ids; values the index has never seen get negative ids local to the query.</summary>
    private (PersonRow Row, RowContext Context) ResolveQuery(PreparedRecord record)
    {
        var row = default(PersonRow);
        List<TokenInfo>? transient = null;
        int Resolve(string text)
        {
            var known = _tokens.Find(text);
            if (known is not null)
            {
                return known.Id;
            }

            transient ??= [];
            var id = -(transient.Count + 1);
            transient.Add(new TokenInfo(id, text));
            return id;
        }

        var name = record.Name;
        row.GivenCount = (byte)name.Given.Length;
        for (var i = 0; i < name.Given.Length; i++)
        {
            row.Given[i] = Resolve(name.Given[i]);
        }

        row.SurnameCount = (byte)name.Surnames.Length;
        for (var i = 0; i < name.Surnames.Length; i++)
        {
            row.Surnames[i] = Resolve(name.Surnames[i]);
        }

        row.Married = name.Married.Length > 0 ? Resolve(name.Married[0]) : 0;
        row.Sex = record.Sex;
        row.BirthDate = record.BirthDate;
        row.Nationality = _codes.Find(record.Nationality);
        row.Origin = _codes.Find(record.Origin);
        row.OriginAdmin1 = _codes.Find(record.OriginAdmin1);
        string[]? transientDocuments = null;
        row.DocumentCount = (byte)record.Documents.Length;
        for (var i = 0; i < record.Documents.Length; i++)
        {
            row.DocumentTypes[i] = _documentTypes.Find(record.Documents[i].Type);
            var number = _documents.Find(record.Documents[i].Number);
            if (number < 0)
            {
                transientDocuments ??= new string[PreparedRecord.MaxDocuments];
                transientDocuments[i] = record.Documents[i].Number;
                number = -(i + 1);
            }

            row.DocumentNumbers[i] = number;
        }

        return (row, new RowContext(_tokens, _documents, transient?.ToArray(), transientDocuments));
    }
}

/// <param name="People">Live people.</param>
/// <param name="Slots">Rows allocated, including removed ones.</param>
/// <param name="DistinctTokens">Distinct name tokens in the vocabulary.</param>
/// <param name="BlockingKeys">Distinct blocking keys.</param>
/// <param name="PostingEntries">Slot references under all keys.</param>
/// <param name="EstimatedBytes">Managed memory held by the index, estimated from its tables.</param>
public sealed record IndexStatistics(int People, int Slots, int DistinctTokens, int BlockingKeys, long PostingEntries, long EstimatedBytes);
