using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics.Engine;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// The monthly bulletin: one month's published figures with the same month of the previous year, the year so far by
/// month, and the main breakdowns, laid out to be printed or saved as PDF from the browser. Same cells as the API.
/// </summary>
[Authorize(Policy = Policies.ReadStatistics)]
public sealed class BulletinModel(ReadReturnFigures figures, ReadReintegrationFigures reintegration) : AppPageModel
{
    /// <summary>The breakdowns the bulletin shows, in order.</summary>
    public static readonly string[] Sections =
        [ReturnSchema.Origin, ReturnSchema.AgeGroup, ReturnSchema.ReturnedFrom, ReturnSchema.Mode, ReturnSchema.Category, ReadReturnFigures.ByVulnerability, ReturnSchema.Repeat];

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public bool Ready { get; private set; }

    public Period Period { get; private set; }

    public string MonthName { get; private set; } = "";

    public ReadReturnFigures.Table? Total { get; private set; }

    public ReadReturnFigures.Table? Children { get; private set; }

    public ReadReturnFigures.Table? YearToDate { get; private set; }

    public IReadOnlyList<ReadReturnFigures.Table> Tables { get; private set; } = [];

    /// <summary>The month's reintegration figures: each measure by sex, then the breakdowns of <see cref="ReintegrationSections"/>.</summary>
    public IReadOnlyList<ReadReintegrationFigures.Table> Reintegration { get; private set; } = [];

    public IReadOnlyList<ReadReintegrationFigures.Table> ReintegrationTables { get; private set; } = [];

    /// <summary>The reintegration breakdowns the bulletin shows, in order.</summary>
    public static readonly (string Measure, string By)[] ReintegrationSections =
    [
        (ReintegrationSchema.Closed, ReintegrationSchema.ClosureReason),
        (ReintegrationSchema.Referrals, ReintegrationSchema.ServiceCategory),
        (ReintegrationSchema.Referrals, ReintegrationSchema.Outcome),
        (ReintegrationSchema.Opened, ReintegrationSchema.InstitutionKind),
    ];

    public IReadOnlyList<(string Code, string Label)> MonthOptions { get; private set; } = [];

    public void OnGet()
    {
        Ready = figures.IsReady;
        if (!Ready)
        {
            Response.Headers["Refresh"] = "5";
            return;
        }
        var lastMonth = figures.Today.AddMonths(-1);
        var period = new Period(lastMonth.Year, Periods.Month(lastMonth.Month));
        if (!string.IsNullOrWhiteSpace(Month))
        {
            if (Period.TryParse(Month, out var asked) && asked.Node >= Periods.Month(1))
            {
                period = asked;
            }
            else
            {
                ModelState.AddModelError("month", HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<StatisticsText>>()["Bulletin.Invalid"]);
            }
        }
        Period = period;
        Month = period.ToString();
        MonthName = ReadReturnFigures.MonthLabel(period);
        MonthOptions = StatisticsOptions.Periods(figures.Years()).Where(p => p.Code.Length == 7 && !p.Code.Contains('Q', StringComparison.Ordinal)).ToList();
        var parsed = figures.Parse(new ReadReturnFigures.Query(Period: period.ToString(), By: ReadReturnFigures.BySex));
        Total = figures.Read(parsed);
        Children = figures.Read(figures.Parse(new ReadReturnFigures.Query(Period: period.ToString(), AgeGroup: ReturnSchema.Children, By: ReadReturnFigures.BySex)));
        // The year so far: the months of the quarter-free year table up to this month.
        var year = figures.Read(figures.Parse(new ReadReturnFigures.Query(Period: period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), By: ReadReturnFigures.ByMonth)));
        YearToDate = year with { Rows = year.Rows.Take(period.Node - Periods.Month(1) + 1).ToList() };
        Tables = Sections.Select(by => figures.Read(parsed with { By = by })).ToList();
        if (reintegration.IsReady)
        {
            Reintegration = ReintegrationSchema.Measures
                .Select(m => reintegration.Read(new ReadReintegrationFigures.Query(Measure: m, Period: period.ToString(), By: ReadReintegrationFigures.BySex))).ToList();
            ReintegrationTables = ReintegrationSections
                .Select(s => reintegration.Read(new ReadReintegrationFigures.Query(Measure: s.Measure, Period: period.ToString(), By: s.By))).ToList();
        }
    }
}
