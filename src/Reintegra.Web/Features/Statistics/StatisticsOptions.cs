using System.Globalization;
using Reintegra.Web.Features.Statistics.Engine;

namespace Reintegra.Web.Features.Statistics;

/// <summary>What the dashboard and the bulletin offer in their selects, and how the one-filter select maps to a query.</summary>
public static class StatisticsOptions
{
    /// <summary>Every year with figures, its quarters and its months, newest first.</summary>
    public static IReadOnlyList<(string Code, string Label)> Periods(IEnumerable<int> years)
    {
        var options = new List<(string, string)>();
        foreach (var year in years)
        {
            options.Add((year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture)));
            for (var q = 1; q <= 4; q++)
            {
                var quarter = new Period(year, Engine.Periods.Quarter(q)).ToString();
                options.Add((quarter, quarter));
            }
            for (var m = 1; m <= 12; m++)
            {
                var month = new Period(year, Engine.Periods.Month(m));
                options.Add((month.ToString(), ReadReturnFigures.MonthLabel(month)));
            }
        }
        return options;
    }

    /// <summary>The values of each filter; the municipalities of a chosen department are offered too.</summary>
    public static IReadOnlyList<(string Field, IReadOnlyList<(string Code, string Label)> Values)> Filters(ReadReturnFigures figures, string? current)
    {
        var result = new List<(string, IReadOnlyList<(string, string)>)>();
        var (field, code) = Split(current);
        foreach (var f in ReadReturnFigures.FilterFields)
        {
            var values = figures.Read(new ReadReturnFigures.Query(By: f)).Rows.Select(r => (r.Code, r.Label)).ToList();
            if (f == ReturnSchema.AgeGroup)
            {
                // Children (0-17) and adults (18+) first: the groups most questions start from.
                values.InsertRange(0, new[] { ReturnSchema.Children, ReturnSchema.Adults }
                    .Select(g => (g, figures.Read(new ReadReturnFigures.Query(AgeGroup: g)).FilterLabel ?? g)));
            }
            if (f == ReturnSchema.Origin && field == ReturnSchema.Origin && code is not null && code != ReturnSchema.Unknown)
            {
                var department = values.Where(v => code.StartsWith(v.Code, StringComparison.OrdinalIgnoreCase)).OrderByDescending(v => v.Code.Length).FirstOrDefault().Code;
                if (department is not null)
                {
                    var municipalities = figures.Read(new ReadReturnFigures.Query(Origin: department, By: ReturnSchema.Origin)).Rows;
                    var at = values.FindIndex(v => v.Code == department);
                    values.InsertRange(at + 1, municipalities.Select(m => (m.Code, "— " + m.Label)));
                }
            }
            result.Add((f, values));
        }
        return result;
    }

    public static (string? Field, string? Code) Split(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter) || filter.IndexOf(':', StringComparison.Ordinal) is var i && i <= 0)
        {
            return (null, null);
        }
        return (filter[..i].Trim(), filter[(i + 1)..].Trim());
    }

    public static ReadReturnFigures.Query ToQuery(string? period, string? sex, string? filter, string? by)
    {
        var (field, code) = Split(filter);
        var q = new ReadReturnFigures.Query(Period: period, Sex: string.IsNullOrWhiteSpace(sex) ? null : sex, By: by);
        return field switch
        {
            null => q,
            ReturnSchema.ReturnedFrom => q with { ReturnedFrom = code },
            ReturnSchema.Mode => q with { Mode = code },
            ReturnSchema.Category => q with { Category = code },
            ReturnSchema.AgeGroup => q with { AgeGroup = code },
            ReturnSchema.Origin => q with { Origin = code },
            ReadReturnFigures.ByVulnerability => q with { Vulnerability = code },
            ReturnSchema.Repeat => q with { Repeat = code },
            // An unknown field is reported like an unknown value of a filter.
            _ => q with { Origin = "?" + field },
        };
    }

    /// <summary>The API query string with the same figures (exports, links between views).</summary>
    public static string QueryString(string? period, string? sex, string? filter, string? by)
    {
        var (field, code) = Split(filter);
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }
        Add("period", period);
        Add("sex", sex);
        if (field is not null)
        {
            Add(field, code);
        }
        Add("by", by);
        return string.Join('&', parts);
    }
}
