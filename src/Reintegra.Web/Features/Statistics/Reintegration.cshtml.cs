using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// The reintegration tab of the dashboard: one measure (cases opened, cases closed, referrals, median days to first
/// referral) for a period, of one sex and with one filter, as a monthly series, a breakdown chart and a table, with
/// the same period of the previous year. Figures only, through <see cref="ReadReintegrationFigures"/>.
/// </summary>
[Authorize(Policy = Policies.ReadStatistics)]
public sealed class ReintegrationModel(ReadReintegrationFigures figures) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Measure { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sex { get; set; }

    /// <summary>One filter as "field:code".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    public bool Ready { get; private set; }

    public ReadReintegrationFigures.Table? Table { get; private set; }

    public ReadReintegrationFigures.Table? Months { get; private set; }

    public IReadOnlyList<(string Code, string Label)> PeriodOptions { get; private set; } = [];

    public IReadOnlyList<(string Field, IReadOnlyList<(string Code, string Label)> Values)> FilterOptions { get; private set; } = [];

    public IReadOnlyList<string> BreakdownOptions { get; private set; } = [];

    public void OnGet()
    {
        Ready = figures.IsReady;
        if (!Ready)
        {
            Response.Headers["Refresh"] = "5";
            return;
        }
        var measure = ReintegrationSchema.Measures.FirstOrDefault(m => string.Equals(m, Measure, StringComparison.OrdinalIgnoreCase)) ?? ReintegrationSchema.Opened;
        PeriodOptions = StatisticsOptions.Periods(figures.Years());
        BreakdownOptions = ReadReintegrationFigures.Breakdowns(measure);
        FilterOptions = ReadReintegrationFigures.Fields(measure)
            .Select(f => (f, (IReadOnlyList<(string, string)>)Values(measure, f))).ToList();
        try
        {
            var parsed = figures.Parse(ToQuery());
            Table = figures.Read(parsed);
            Months = parsed.By == ReadReintegrationFigures.ByMonth ? Table : figures.Read(parsed with { By = ReadReintegrationFigures.ByMonth });
            Measure = parsed.Measure;
            Period = Table.Figures.Period;
            By = Table.Figures.By;
        }
        catch (InputValidationException e)
        {
            foreach (var (key, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(key is "measure" or "period" or "sex" or "by" ? key : "filter", message);
                }
            }
        }
    }

    private List<(string, string)> Values(string measure, string field)
    {
        var values = figures.Read(new ReadReintegrationFigures.Query(Measure: measure == ReintegrationSchema.DaysToFirstReferral ? ReintegrationSchema.Opened : measure, By: field))
            .Figures.Rows.Select(r => (r.Code, r.Label)).ToList();
        if (field == ReintegrationSchema.AgeGroup)
        {
            values.InsertRange(0, [(ReturnSchema.Children, figures.Label(field, ReturnSchema.Children)), (ReturnSchema.Adults, figures.Label(field, ReturnSchema.Adults))]);
        }
        return values;
    }

    public ReadReintegrationFigures.Query ToQuery()
    {
        var (field, code) = StatisticsOptions.Split(Filter);
        var q = new ReadReintegrationFigures.Query(Measure: Measure, Period: Period, Sex: string.IsNullOrWhiteSpace(Sex) ? null : Sex, By: By);
        return field switch
        {
            null => q,
            ReintegrationSchema.AgeGroup => q with { AgeGroup = code },
            ReintegrationSchema.Origin => q with { Origin = code },
            ReintegrationSchema.InstitutionKind => q with { InstitutionKind = code },
            ReintegrationSchema.ClosureReason => q with { ClosureReason = code },
            ReintegrationSchema.ServiceCategory => q with { ServiceCategory = code },
            ReintegrationSchema.Outcome => q with { Outcome = code },
            // An unknown field is reported like an unknown value of a filter.
            _ => q with { Origin = "?" + field },
        };
    }

    /// <summary>The API query string of the current figures, for the exports.</summary>
    public string QueryString()
    {
        var parts = new List<string>();
        var (field, code) = StatisticsOptions.Split(Filter);
        foreach (var (key, value) in new[] { ("measure", Measure), ("period", Period), ("sex", Sex), (field ?? "", code), ("by", By) })
        {
            if (key.Length > 0 && !string.IsNullOrWhiteSpace(value))
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }
        return string.Join('&', parts);
    }
}
