using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// The analyst dashboard: filters (period, sex and one more), the headline with the same period of the previous
/// year, the monthly series, the chosen breakdown as a chart and a table, and origin by department as a tile map
/// and a table keyed by P-code. Figures only, through <see cref="ReadReturnFigures"/>: no person is ever read here.
/// </summary>
[Authorize(Policy = Policies.ReadStatistics)]
public sealed class IndexModel(ReadReturnFigures figures) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sex { get; set; }

    /// <summary>One filter as "field:code" (one select, so a second filter cannot be chosen).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    public bool Ready { get; private set; }

    public ReadReturnFigures.Table? Table { get; private set; }

    public ReadReturnFigures.Table? Months { get; private set; }

    public ReadReturnFigures.Table? Origin { get; private set; }

    public IReadOnlyList<(string Code, string Label)> PeriodOptions { get; private set; } = [];

    public IReadOnlyList<(string Field, IReadOnlyList<(string Code, string Label)> Values)> FilterOptions { get; private set; } = [];

    public void OnGet()
    {
        Ready = figures.IsReady;
        if (!Ready)
        {
            Response.Headers["Refresh"] = "5";
            return;
        }
        PeriodOptions = StatisticsOptions.Periods(figures.Years());
        FilterOptions = StatisticsOptions.Filters(figures, Filter);
        try
        {
            var parsed = figures.Parse(StatisticsOptions.ToQuery(Period, Sex, Filter, By));
            Table = figures.Read(parsed);
            Months = parsed.By == ReadReturnFigures.ByMonth ? Table : figures.Read(parsed with { By = ReadReturnFigures.ByMonth });
            Origin = parsed.By == ReturnSchema.Origin ? Table : figures.Read(parsed with { By = ReturnSchema.Origin });
            Period = Table.Period;
            By = Table.By;
        }
        catch (InputValidationException e)
        {
            foreach (var (key, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(key is "period" or "sex" or "by" ? key : "filter", message);
                }
            }
        }
    }

    /// <summary>The query string of the current figures, for exports and links.</summary>
    public string QueryString(string? by = null, string? filter = null) => StatisticsOptions.QueryString(Period, Sex, filter ?? Filter, by ?? By);
}
