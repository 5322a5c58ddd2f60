using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>The funds of the fund manager's institution: their rules, yearly budgets, ledger and dashboard.</summary>
public sealed class ManageFunds(AppDbContext db, CurrentUser me, Checks checks, TimeProvider clock, LocalTime time)
{
    public const int LedgerPageSize = 50;

    public sealed class FundInput
    {
        public string? Name { get; set; }

        public FundKind? Kind { get; set; }

        public string? Currency { get; set; }

        /// <summary>The most one request may receive, in the fund's currency; empty for no cap.</summary>
        [ModelBinder(typeof(InvariantDecimalBinder))]
        public decimal? PerCaseCap { get; set; }

        /// <summary>Empty: any person in a vulnerable situation (not allowed for the CRM Reserve Fund).</summary>
        public List<EligibleGroup> EligibleGroups { get; set; } = [];

        public int? OlderPersonAge { get; set; }

        public bool IsActive { get; set; } = true;

        public int? Version { get; set; }
    }

    public sealed class BudgetInput
    {
        [ModelBinder(typeof(InvariantDecimalBinder))]
        public decimal? Amount { get; set; }
    }

    public sealed record GroupCount(EligibleGroup Group, int Cases);

    public sealed record FundSummary(
        Guid Id, string Name, FundKind Kind, string Currency, decimal? PerCaseCap, IReadOnlyList<EligibleGroup> EligibleGroups,
        int OlderPersonAge, bool IsActive, int Version, int Year, decimal? Budget, decimal Committed, decimal Spent, decimal Remaining,
        int Cases, IReadOnlyList<GroupCount> CasesByGroup);

    public sealed record LedgerLine(DateTime At, LedgerEntryKind Kind, decimal Amount, Guid RequestId, string Reference, string? Note);

    public sealed record Ledger(Guid FundId, int Year, IReadOnlyList<LedgerLine> Items, int Page, int Total);

    public async Task<FundSummary> CreateAsync(FundInput input, CancellationToken ct)
    {
        var rules = Validate(input);
        if (await db.Funds.AnyAsync(f => f.ManagedByInstitutionId == me.InstitutionId && f.Name == rules.Name, ct))
        {
            checks.Add("name", "Domain.Fund.NameTaken");
            checks.ThrowIfInvalid();
        }
        var fund = new Fund(me.InstitutionId, rules, clock.GetUtcNow().UtcDateTime);
        db.Funds.Add(fund);
        await db.SaveChangesAsync(ct);
        return (await FindAsync(fund.Id, null, ct))!;
    }

    public async Task<FundSummary?> UpdateAsync(Guid id, FundInput input, CancellationToken ct)
    {
        var fund = await db.Funds.FirstOrDefaultAsync(f => f.Id == id && f.ManagedByInstitutionId == me.InstitutionId, ct);
        if (fund is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        var rules = Validate(input);
        if (await db.Funds.AnyAsync(f => f.ManagedByInstitutionId == me.InstitutionId && f.Name == rules.Name && f.Id != id, ct))
        {
            checks.Add("name", "Domain.Fund.NameTaken");
            checks.ThrowIfInvalid();
        }
        db.Entry(fund).Property(f => f.Version).OriginalValue = input.Version!.Value;
        fund.Update(rules);
        await db.SaveChangesAsync(ct);
        return await FindAsync(id, null, ct);
    }

    /// <summary>Sets a year's budget. It can never go below what is already committed and spent (checked in the update itself).</summary>
    public async Task<FundSummary?> SetBudgetAsync(Guid id, int year, BudgetInput input, CancellationToken ct)
    {
        if (!await db.Funds.AnyAsync(f => f.Id == id && f.ManagedByInstitutionId == me.InstitutionId, ct))
        {
            return null;
        }
        var thisYear = time.Today.Year;
        if (year < thisYear - 5 || year > thisYear + 1)
        {
            checks.Add("year", "Validation.Range", thisYear - 5, thisYear + 1);
        }
        var cents = checks.Cents("amount", input.Amount, required: true);
        checks.ThrowIfInvalid();
        var updated = await db.FundBudgets
            .Where(b => b.FundId == id && b.Year == year && b.CommittedCents + b.SpentCents <= cents)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.BudgetCents, cents).SetProperty(b => b.Version, b => b.Version + 1), ct);
        if (updated == 0)
        {
            if (await db.FundBudgets.AnyAsync(b => b.FundId == id && b.Year == year, ct))
            {
                throw new DomainException("Fund.BudgetBelowUse");
            }
            db.FundBudgets.Add(new FundBudget(id, year, cents));
            await db.SaveChangesAsync(ct);
        }
        return await FindAsync(id, year, ct);
    }

    public async Task<FundSummary?> FindAsync(Guid id, int? year, CancellationToken ct) =>
        (await SummariesAsync(db.Funds.Where(f => f.Id == id), year ?? time.Today.Year, ct)).FirstOrDefault();

    /// <summary>The dashboard: every fund of the institution with its year's budget, committed, spent, remaining, cases by group.</summary>
    public Task<IReadOnlyList<FundSummary>> ListAsync(int? year, CancellationToken ct) =>
        SummariesAsync(db.Funds, year ?? time.Today.Year, ct);

    public async Task<Ledger?> LedgerAsync(Guid id, int? year, int page, CancellationToken ct)
    {
        if (!await db.Funds.AnyAsync(f => f.Id == id && f.ManagedByInstitutionId == me.InstitutionId, ct))
        {
            return null;
        }
        var y = year ?? time.Today.Year;
        page = Math.Clamp(page, 1, 10_000);
        var query = db.FundLedger.AsNoTracking().Where(l => l.FundId == id && l.Year == y);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(l => l.At).Skip((page - 1) * LedgerPageSize).Take(LedgerPageSize)
            .Join(db.AvrRequests, l => l.RequestId, r => r.Id, (l, r) => new LedgerLine(l.At, l.Kind, l.AmountCents / 100m, l.RequestId, r.Reference, l.Note))
            .ToListAsync(ct);
        return new Ledger(id, y, items, page, total);
    }

    private async Task<IReadOnlyList<FundSummary>> SummariesAsync(IQueryable<Fund> funds, int year, CancellationToken ct)
    {
        var list = await funds.AsNoTracking().Where(f => f.ManagedByInstitutionId == me.InstitutionId).OrderBy(f => f.Name).ToListAsync(ct);
        var ids = list.Select(f => f.Id).ToList();
        var budgets = await db.FundBudgets.AsNoTracking().Where(b => ids.Contains(b.FundId) && b.Year == year).ToDictionaryAsync(b => b.FundId, ct);
        var cases = await db.AvrRequests.AsNoTracking()
            .Where(r => r.FundId != null && ids.Contains(r.FundId.Value) && r.BudgetYear == year)
            .ToListAsync(ct);
        var today = time.Today;
        return list.Select(f =>
        {
            var b = budgets.GetValueOrDefault(f.Id);
            var own = cases.Where(r => r.FundId == f.Id).ToList();
            var byGroup = RequestView.Groups(Fund.CrmGroups)
                .Select(g => new GroupCount(g, own.Count(r => (r.GroupsOn(today, f.OlderPersonAge) & g) == g)))
                .ToList();
            return new FundSummary(f.Id, f.Name, f.Kind, f.Currency, f.PerCaseCapCents is { } cap ? Money.ToUnits(cap) : null,
                RequestView.Groups(f.EligibleGroups), f.OlderPersonAge, f.IsActive, f.Version, year,
                b is null ? null : Money.ToUnits(b.BudgetCents), Money.ToUnits(b?.CommittedCents ?? 0), Money.ToUnits(b?.SpentCents ?? 0),
                Money.ToUnits(b?.RemainingCents ?? 0), own.Count, byGroup);
        }).ToList();
    }

    private FundRules Validate(FundInput input)
    {
        checks.Text("name", input.Name, 150, required: true);
        checks.Enum("kind", input.Kind, required: true);
        checks.Currency("currency", input.Currency);
        long? cap = input.PerCaseCap is null ? null : checks.Cents("perCaseCap", input.PerCaseCap);
        var groups = checks.Flags<EligibleGroup>("eligibleGroups", input.EligibleGroups);
        checks.ThrowIfInvalid();
        var rules = new FundRules(input.Name!.Trim(), input.Kind!.Value, input.Currency!.Trim().ToUpperInvariant(), cap, groups,
            input.OlderPersonAge ?? Fund.DefaultOlderPersonAge, input.IsActive);
        foreach (var (field, code) in Fund.Violations(rules))
        {
            checks.Add(field, "Domain." + code);
        }
        checks.ThrowIfInvalid();
        return rules;
    }
}
