using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics.Engine;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// The figures on reintegration, held in memory exactly like the returns (ADR 0020, 0023): loaded once from the
/// de-identified case and referral fact tables, then kept up to date from the queue of people whose cases or referrals
/// changed, which every save fills in the same transaction (<see cref="StatisticsChangeCapture"/>). Three protected
/// stores (cases opened, cases closed, referrals) and the waits from opening to first referral, for medians.
/// </summary>
public sealed class ReintegrationStatistics(IConfiguration config, LocalTime time, TimeProvider clock, ILogger<ReintegrationStatistics> log)
{
    private const int BatchSize = 1000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<Guid, (int Year, ulong Fact, int Days)> _waits = [];
    private State? _state;
    private volatile FrozenDictionary<int, (ulong Fact, int Days)[]> _waitsByYear = FrozenDictionary<int, (ulong, int)[]>.Empty;

    private sealed record State(ReintegrationSchema Schema, FigureStore Opened, FigureStore Closed, FigureStore Referrals);

    /// <summary>Cells below this count are suppressed (<c>Statistics:Threshold</c>, the same as for returns).</summary>
    public int Threshold { get; } = Math.Max(2, config.GetValue("Statistics:Threshold", ReturnStatistics.DefaultThreshold));

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public ReintegrationSchema Schema => State_.Schema;

    private State State_ => _state ?? throw new InvalidOperationException("Statistics are not loaded yet.");

    /// <summary>The published snapshot of one measure's tables.</summary>
    public FigureStore.Snapshot Snapshot(string measure) => measure switch
    {
        ReintegrationSchema.Closed => State_.Closed.Current,
        ReintegrationSchema.Referrals => State_.Referrals.Current,
        _ => State_.Opened.Current,
    };

    public Task WhenReady(CancellationToken ct) => _ready.Task.WaitAsync(ct);

    /// <summary>
    /// The median whole days from opening to first referral of the cases opened in a period (of one sex, satisfying up
    /// to two constraints on the case classifiers) that have a referral; null when fewer than the threshold have one.
    /// </summary>
    public int? MedianDaysToFirstReferral(Period period, int sex, Constraint? first, Constraint? second)
    {
        if (!_waitsByYear.TryGetValue(period.Year, out var waits))
        {
            return null;
        }
        var schema = Schema.Cases;
        var months = Periods.MonthsOf(period.Node).Aggregate(0, (mask, m) => mask | (1 << m));
        var days = new List<int>();
        foreach (var (fact, d) in waits)
        {
            if ((months & (1 << schema.MonthOf(fact))) == 0 || (sex != 0 && schema.SexOf(fact) != sex))
            {
                continue;
            }
            if (first is { } a && !schema.Classifiers[a.Classifier].IsWithin(schema.LeafOf(fact, a.Classifier), a.Node))
            {
                continue;
            }
            if (second is { } b && !schema.Classifiers[b.Classifier].IsWithin(schema.LeafOf(fact, b.Classifier), b.Node))
            {
                continue;
            }
            days.Add(d);
        }
        if (days.Count < Threshold)
        {
            return null;
        }
        days.Sort();
        var mid = days.Count / 2;
        return days.Count % 2 == 1 ? days[mid] : (int)Math.Round((days[mid - 1] + days[mid]) / 2.0, MidpointRounding.AwayFromZero);
    }

    /// <summary>Fills the queue with everyone if the fact tables are new (first start after the migration), then loads every fact.</summary>
    public async Task LoadAsync(AppDbContext db, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_state is not null)
            {
                return;
            }
            var country = await db.InstanceSettings.AsNoTracking().Where(s => s.Key == InstanceSetting.Country)
                .Select(s => s.Value).FirstOrDefaultAsync(ct) ?? "GT";
            var state = NewState(country, secondary: true);
            if (!await db.Set<CaseFactRecord>().AnyAsync(ct) && !await db.Set<ReferralFactRecord>().AnyAsync(ct)
                && (await db.Cases.AnyAsync(ct) || await db.Referrals.AnyAsync(ct)))
            {
                db.Add(new ReintegrationChange { PersonId = ReintegrationChange.Everyone, At = clock.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            var n = 0;
            await foreach (var fact in db.Set<CaseFactRecord>().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            {
                ApplyCase(state, fact, 1);
                n++;
            }
            await foreach (var fact in db.Set<ReferralFactRecord>().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            {
                ApplyReferral(state, fact, 1);
                n++;
            }
            while (await CatchUpBatchAsync(db, state, ct))
            {
            }
            Publish(state);
            _state = state;
            _ready.TrySetResult();
            log.LogInformation("Statistics: {Facts} case and referral facts loaded", n);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Loads facts held in memory (tests of the protection rules); <paramref name="secondary"/> false disables secondary suppression.</summary>
    internal void Load(string country, IEnumerable<CaseFactRecord> cases, IEnumerable<ReferralFactRecord> referrals, bool secondary = true)
    {
        var state = NewState(country, secondary);
        foreach (var c in cases)
        {
            ApplyCase(state, c, 1);
        }
        foreach (var r in referrals)
        {
            ApplyReferral(state, r, 1);
        }
        Publish(state);
        _state = state;
        _ready.TrySetResult();
    }

    /// <summary>Brings the figures up to date with every queued change; true when something changed.</summary>
    public async Task<bool> CatchUpAsync(AppDbContext db, CancellationToken ct)
    {
        if (_state is not { } state)
        {
            await LoadAsync(db, ct);
            return true;
        }
        await _gate.WaitAsync(ct);
        try
        {
            var any = false;
            while (await CatchUpBatchAsync(db, state, ct))
            {
                any = true;
            }
            if (any)
            {
                Publish(state);
            }
            return any;
        }
        finally
        {
            _gate.Release();
        }
    }

    private State NewState(string country, bool secondary)
    {
        var schema = new ReintegrationSchema(country);
        return new State(schema, new FigureStore(schema.Cases, Threshold, secondary), new FigureStore(schema.ClosedCases, Threshold, secondary),
            new FigureStore(schema.ReferralFacts, Threshold, secondary));
    }

    private void Publish(State state)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        state.Opened.Publish(now);
        state.Closed.Publish(now);
        state.Referrals.Publish(now);
        _waitsByYear = _waits.Values.GroupBy(w => w.Year).ToFrozenDictionary(g => g.Key, g => g.Select(w => (w.Fact, w.Days)).ToArray());
    }

    private void ApplyCase(State state, CaseFactRecord fact, int delta)
    {
        var (year, key) = state.Schema.PackOpened(fact, time.Zone);
        state.Opened.Apply(year, key, delta);
        if (state.Schema.PackClosed(fact, time.Zone) is { } closed)
        {
            state.Closed.Apply(closed.Year, closed.Fact, delta);
        }
        if (delta < 0)
        {
            _waits.Remove(fact.CaseId);
        }
        else if (ReintegrationSchema.DaysToFirst(fact) is { } days)
        {
            _waits[fact.CaseId] = (year, key, days);
        }
    }

    private void ApplyReferral(State state, ReferralFactRecord fact, int delta)
    {
        var (year, key) = state.Schema.PackReferral(fact, time.Zone);
        state.Referrals.Apply(year, key, delta);
    }

    private async Task<bool> CatchUpBatchAsync(AppDbContext db, State state, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var batch = await db.Set<ReintegrationChange>().AsNoTracking().OrderBy(c => c.Id).Take(BatchSize)
            .Select(c => new { c.Id, c.PersonId }).ToListAsync(ct);
        if (batch.Count == 0)
        {
            return false;
        }
        var maxId = batch[^1].Id;
        if (batch.Any(b => b.PersonId == ReintegrationChange.Everyone))
        {
            // Everyone with a case or a referral (or a fact left from one) is queued again, person by person.
            await using var all = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var people = await db.Cases.Select(c => c.PersonId).Union(db.Referrals.Select(r => r.PersonId))
                .Union(db.Set<CaseFactRecord>().Select(f => f.PersonId)).Union(db.Set<ReferralFactRecord>().Select(f => f.PersonId)).ToListAsync(ct);
            db.AddRange(people.Select(p => new ReintegrationChange { PersonId = p, At = now }));
            await db.SaveChangesAsync(ct);
            await db.Set<ReintegrationChange>().Where(c => c.Id <= maxId && c.PersonId == ReintegrationChange.Everyone).ExecuteDeleteAsync(ct);
            await all.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return true;
        }
        var ids = batch.Select(b => b.PersonId).Distinct().ToList();
        var cases = await CurrentCasesAsync(db, ids, ct);
        var referrals = await CurrentReferralsAsync(db, ids, ct);
        var caseIds = cases.Select(c => c.CaseId).ToList();
        var referralIds = referrals.Select(r => r.ReferralId).ToList();
        var storedCases = (await db.Set<CaseFactRecord>().Where(f => ids.Contains(f.PersonId) || caseIds.Contains(f.CaseId)).ToListAsync(ct))
            .ToDictionary(f => f.CaseId);
        var storedReferrals = (await db.Set<ReferralFactRecord>().Where(f => ids.Contains(f.PersonId) || referralIds.Contains(f.ReferralId)).ToListAsync(ct))
            .ToDictionary(f => f.ReferralId);
        var deltas = new List<Action>();
        foreach (var f in cases)
        {
            if (storedCases.Remove(f.CaseId, out var old))
            {
                if (!Same(old, f))
                {
                    var before = Copy(old);
                    deltas.Add(() => ApplyCase(state, before, -1));
                    deltas.Add(() => ApplyCase(state, f, 1));
                    db.Entry(old).CurrentValues.SetValues(f);
                }
            }
            else
            {
                db.Add(f);
                deltas.Add(() => ApplyCase(state, f, 1));
            }
        }
        foreach (var gone in storedCases.Values)
        {
            deltas.Add(() => ApplyCase(state, gone, -1));
            db.Remove(gone);
        }
        foreach (var f in referrals)
        {
            if (storedReferrals.Remove(f.ReferralId, out var old))
            {
                if (!Same(old, f))
                {
                    var before = Copy(old);
                    deltas.Add(() => ApplyReferral(state, before, -1));
                    deltas.Add(() => ApplyReferral(state, f, 1));
                    db.Entry(old).CurrentValues.SetValues(f);
                }
            }
            else
            {
                db.Add(f);
                deltas.Add(() => ApplyReferral(state, f, 1));
            }
        }
        foreach (var gone in storedReferrals.Values)
        {
            deltas.Add(() => ApplyReferral(state, gone, -1));
            db.Remove(gone);
        }
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await db.Set<ReintegrationChange>().Where(c => c.Id <= maxId).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        foreach (var apply in deltas)
        {
            apply();
        }
        return true;
    }

    private async Task<List<CaseFactRecord>> CurrentCasesAsync(AppDbContext db, List<Guid> people, CancellationToken ct)
    {
        var rows = await (from c in db.Cases.AsNoTracking()
                          where people.Contains(c.PersonId)
                          join p in db.People.AsNoTracking() on c.PersonId equals p.Id
                          join i in db.Institutions.AsNoTracking() on c.InstitutionId equals i.Id
                          select new
                          {
                              c.Id,
                              c.PersonId,
                              c.OpenedAt,
                              c.ClosedAt,
                              c.ClosureReason,
                              p.Sex,
                              p.BirthDate,
                              p.BirthYear,
                              p.OriginAdm1,
                              i.Kind,
                              First = db.Referrals.Where(r => r.CaseId == c.Id).Min(r => (DateTime?)r.SentAt),
                          }).ToListAsync(ct);
        return rows.Select(r => new CaseFactRecord
        {
            CaseId = r.Id,
            PersonId = r.PersonId,
            OpenedAt = r.OpenedAt,
            ClosedAt = r.ClosedAt,
            ClosureReason = r.ClosedAt is null ? null : r.ClosureReason,
            Sex = r.Sex,
            AgeAtOpening = PersonBirth.AgeOn(r.BirthDate, r.BirthYear, DateOnly.FromDateTime(time.ToLocal(r.OpenedAt))),
            OriginAdm1 = r.OriginAdm1,
            InstitutionKind = r.Kind,
            FirstReferralAt = r.First,
        }).ToList();
    }

    private async Task<List<ReferralFactRecord>> CurrentReferralsAsync(AppDbContext db, List<Guid> people, CancellationToken ct)
    {
        var rows = await (from r in db.Referrals.AsNoTracking()
                          where people.Contains(r.PersonId)
                          join p in db.People.AsNoTracking() on r.PersonId equals p.Id
                          join i in db.Institutions.AsNoTracking() on r.FromInstitutionId equals i.Id
                          select new { r.Id, r.PersonId, r.SentAt, r.Category, r.Status, p.Sex, p.BirthDate, p.BirthYear, p.OriginAdm1, i.Kind })
            .ToListAsync(ct);
        return rows.Select(r => new ReferralFactRecord
        {
            ReferralId = r.Id,
            PersonId = r.PersonId,
            SentAt = r.SentAt,
            Category = r.Category,
            Status = r.Status,
            Sex = r.Sex,
            AgeAtReferral = PersonBirth.AgeOn(r.BirthDate, r.BirthYear, DateOnly.FromDateTime(time.ToLocal(r.SentAt))),
            OriginAdm1 = r.OriginAdm1,
            InstitutionKind = r.Kind,
        }).ToList();
    }

    private static bool Same(CaseFactRecord a, CaseFactRecord b) =>
        a.PersonId == b.PersonId && a.OpenedAt == b.OpenedAt && a.ClosedAt == b.ClosedAt && a.ClosureReason == b.ClosureReason && a.Sex == b.Sex
        && a.AgeAtOpening == b.AgeAtOpening && a.OriginAdm1 == b.OriginAdm1 && a.InstitutionKind == b.InstitutionKind && a.FirstReferralAt == b.FirstReferralAt;

    private static bool Same(ReferralFactRecord a, ReferralFactRecord b) =>
        a.PersonId == b.PersonId && a.SentAt == b.SentAt && a.Category == b.Category && a.Status == b.Status && a.Sex == b.Sex
        && a.AgeAtReferral == b.AgeAtReferral && a.OriginAdm1 == b.OriginAdm1 && a.InstitutionKind == b.InstitutionKind;

    private static CaseFactRecord Copy(CaseFactRecord f) => new()
    {
        CaseId = f.CaseId,
        PersonId = f.PersonId,
        OpenedAt = f.OpenedAt,
        ClosedAt = f.ClosedAt,
        ClosureReason = f.ClosureReason,
        Sex = f.Sex,
        AgeAtOpening = f.AgeAtOpening,
        OriginAdm1 = f.OriginAdm1,
        InstitutionKind = f.InstitutionKind,
        FirstReferralAt = f.FirstReferralAt,
    };

    private static ReferralFactRecord Copy(ReferralFactRecord f) => new()
    {
        ReferralId = f.ReferralId,
        PersonId = f.PersonId,
        SentAt = f.SentAt,
        Category = f.Category,
        Status = f.Status,
        Sex = f.Sex,
        AgeAtReferral = f.AgeAtReferral,
        OriginAdm1 = f.OriginAdm1,
        InstitutionKind = f.InstitutionKind,
    };
}
