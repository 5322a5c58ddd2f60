using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>
/// The fund manager's side: check a request against a fund's rules, approve (committing the money) or reject with a
/// reason, and book what was actually paid. Approval re-checks everything and commits in one conditional update.
/// </summary>
public sealed class DecideRequests(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, AvrAccess access, RequestView view, StepRunner steps)
{
    public sealed class CheckInput
    {
        public Guid? FundId { get; set; }

        public int? Version { get; set; }
    }

    public sealed class SpendingInput
    {
        [ModelBinder(typeof(InvariantDecimalBinder))]
        public decimal? Amount { get; set; }

        public string? Note { get; set; }

        public int? Version { get; set; }
    }

    public Task<StepResult<RequestView.Details>> CheckEligibilityAsync(Guid id, CheckInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.CheckEligibility, input.Version, ct, async (r, now) =>
        {
            checks.Required("fundId", input.FundId);
            var fund = input.FundId is { } fundId ? await OwnFunds().FirstOrDefaultAsync(f => f.Id == fundId, ct) : null;
            if (input.FundId is not null && fund is null)
            {
                checks.Add("fundId", "Avr.UnknownFund");
            }
            checks.ThrowIfInvalid();
            var check = await EvaluateAsync(fund!, r, now, ct);
            r.RecordEligibility(check, JsonSerializer.Serialize(check), access.Actor, now);
        });

    /// <summary>
    /// Approves against the fund that was checked: its rules are applied again to today's figures, and the money is
    /// committed only if the budget row still has it when the update runs. Refused with the reason otherwise.
    /// </summary>
    public Task<StepResult<RequestView.Details>> ApproveAsync(Guid id, ManageRequests.VersionInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.Decide, input.Version, ct, async (r, now) =>
        {
            var fund = r.FundId is { } fundId ? await OwnFunds().FirstOrDefaultAsync(f => f.Id == fundId, ct) : null;
            if (fund is null)
            {
                throw new DomainException("Avr.NotChecked");
            }
            var check = await EvaluateAsync(fund, r, now, ct);
            if (check.Rules.FirstOrDefault(x => !x.Passed) is { } failed)
            {
                throw new DomainException("Avr.Refused", view.Describe(failed, r.Currency));
            }
            r.Approve(check, access.Actor, now);
            if (!await FundBooks.TryCommitAsync(db, fund.Id, check.Year, r.EstimatedTotalCents, ct))
            {
                // Someone else's approval took the money between the check and this update.
                var budget = await db.FundBudgets.AsNoTracking().FirstAsync(b => b.FundId == fund.Id && b.Year == check.Year, ct);
                throw new DomainException("Avr.Refused", view.Describe(new EligibilityRule(EligibilityRule.Budget, false,
                    [Invariant(r.EstimatedTotalCents), Invariant(budget.RemainingCents), Invariant(check.Year)]), r.Currency));
            }
            db.FundLedger.Add(new FundLedgerEntry(fund.Id, check.Year, r.Id, LedgerEntryKind.Commitment, r.EstimatedTotalCents, me.Id, r.Reference, now));
        });

    public Task<StepResult<RequestView.Details>> RejectAsync(Guid id, ManageRequests.ReasonInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.Decide, input.Version, ct, (r, now) =>
        {
            checks.Text("reason", input.Reason, 1000, required: true);
            checks.ThrowIfInvalid();
            r.Reject(input.Reason!, access.Actor, now);
            return Task.CompletedTask;
        });

    /// <summary>Books money paid for an approved request; within the fund's per-case cap and its budget.</summary>
    /// <summary>Closes a request the country of return reported received; what is still committed goes back to the fund.</summary>
    public Task<StepResult<RequestView.Details>> CloseAsync(Guid id, ManageRequests.VersionInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.Close, input.Version, ct, async (r, now) =>
        {
            var released = r.Close(access.Actor, now);
            await FundBooks.ReleaseAsync(db, r, released, me.Id, "closed", now, ct);
        });

    public Task<StepResult<RequestView.Details>> RecordSpendingAsync(Guid id, SpendingInput input, CancellationToken ct) =>
        steps.RunAsync(id, AvrStep.RecordSpending, input.Version, ct, async (r, now) =>
        {
            var amount = checks.Cents("amount", input.Amount, required: true);
            if (input.Amount is <= 0)
            {
                checks.Add("amount", "Avr.AmountNotPositive");
            }
            checks.Text("note", input.Note, 300);
            checks.ThrowIfInvalid();
            var fund = await db.Funds.AsNoTracking().FirstAsync(f => f.Id == r.FundId, ct);
            if (fund.PerCaseCapCents is { } cap && r.SpentCents + amount > cap)
            {
                throw new DomainException("Avr.Refused", view.Describe(new EligibilityRule(EligibilityRule.Cap, false, [Invariant(r.SpentCents + amount), Invariant(cap)]), r.Currency));
            }
            var year = r.BudgetYear!.Value;
            var fromCommitment = r.RecordSpending(amount, access.Actor, now);
            if (!await FundBooks.TrySpendAsync(db, fund.Id, year, amount, fromCommitment, ct))
            {
                var budget = await db.FundBudgets.AsNoTracking().FirstAsync(b => b.FundId == fund.Id && b.Year == year, ct);
                throw new DomainException("Avr.Refused", view.Describe(new EligibilityRule(EligibilityRule.Budget, false,
                    [Invariant(amount - fromCommitment), Invariant(budget.RemainingCents), Invariant(year)]), r.Currency));
            }
            db.FundLedger.Add(new FundLedgerEntry(fund.Id, year, r.Id, LedgerEntryKind.Spending, amount, me.Id, input.Note ?? r.Reference, now));
        });

    private IQueryable<Fund> OwnFunds() => db.Funds.AsNoTracking().Where(f => f.ManagedByInstitutionId == me.InstitutionId);

    private async Task<EligibilityCheck> EvaluateAsync(Fund fund, AvrRequest r, DateTime now, CancellationToken ct)
    {
        var year = time.ToLocal(now).Year;
        var budget = await db.FundBudgets.AsNoTracking().FirstOrDefaultAsync(b => b.FundId == fund.Id && b.Year == year, ct);
        return fund.Evaluate(r, budget, year, DateOnly.FromDateTime(time.ToLocal(now)));
    }

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
