using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>
/// The only way money moves in a fund's budget year: single conditional UPDATE statements whose WHERE clause holds
/// the rule (ADR 0041). Two approvals racing for the last dollars both run the same statement against the same row;
/// the database applies them one after the other and the second finds the condition false and changes nothing.
/// Callers run these inside the transaction that saves the request and the ledger line.
/// </summary>
public static class FundBooks
{
    /// <summary>Sets <paramref name="cents"/> aside if what remains of the year's budget allows it.</summary>
    public static async Task<bool> TryCommitAsync(AppDbContext db, Guid fundId, int year, long cents, CancellationToken ct) =>
        await db.FundBudgets
            .Where(b => b.FundId == fundId && b.Year == year && b.BudgetCents - b.CommittedCents - b.SpentCents >= cents)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.CommittedCents, b => b.CommittedCents + cents)
                .SetProperty(b => b.Version, b => b.Version + 1), ct) == 1;

    /// <summary>
    /// Books a payment: <paramref name="fromCommitment"/> of it was already set aside for the request, the rest must
    /// still fit in what remains.
    /// </summary>
    public static async Task<bool> TrySpendAsync(AppDbContext db, Guid fundId, int year, long amount, long fromCommitment, CancellationToken ct) =>
        await db.FundBudgets
            .Where(b => b.FundId == fundId && b.Year == year && b.CommittedCents >= fromCommitment
                && b.BudgetCents - b.CommittedCents - b.SpentCents >= amount - fromCommitment)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.CommittedCents, b => b.CommittedCents - fromCommitment)
                .SetProperty(b => b.SpentCents, b => b.SpentCents + amount)
                .SetProperty(b => b.Version, b => b.Version + 1), ct) == 1;

    /// <summary>Gives back what was still committed to a request (cancelled or closed), with its ledger line.</summary>
    public static async Task ReleaseAsync(AppDbContext db, AvrRequest request, long released, Guid userId, string note, DateTime now, CancellationToken ct)
    {
        if (released <= 0 || request.FundId is not { } fundId || request.BudgetYear is not { } year)
        {
            return;
        }
        await db.FundBudgets
            .Where(b => b.FundId == fundId && b.Year == year && b.CommittedCents >= released)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.CommittedCents, b => b.CommittedCents - released)
                .SetProperty(b => b.Version, b => b.Version + 1), ct);
        db.FundLedger.Add(new FundLedgerEntry(fundId, year, request.Id, LedgerEntryKind.Release, released, userId, note, now));
    }

    /// <summary>Runs <paramref name="work"/> and the save that follows it in one transaction.</summary>
    public static async Task InTransactionAsync(AppDbContext db, Func<Task> work, CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await work();
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
    }
}
