using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>Budget dashboard: each fund of the institution with the year's budget, committed, spent, remaining and cases by group.</summary>
[Authorize(Policy = Policies.ManageFunds)]
public sealed class FundsModel(ManageFunds funds, LocalTime time) : AppPageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<ManageFunds.FundSummary> Funds { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        var thisYear = time.Today.Year;
        Years = Enumerable.Range(thisYear - 5, 7).Reverse().ToList();
        Year = year is { } y && Years.Contains(y) ? y : thisYear;
        Funds = await funds.ListAsync(Year, ct);
    }

    /// <summary>Share of the budget, 0 to 100, for the bar.</summary>
    public static int Percent(decimal part, decimal? whole) =>
        whole is > 0 ? (int)Math.Clamp(Math.Round(part * 100 / whole.Value), 0, 100) : 0;
}
