using System.Data.Common;
using System.Globalization;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;
using Reintegra.Web.Features.Statistics.Engine;
using Reintegra.Web.Web;

namespace Reintegra.Statistics.Bench;

/// <summary>
/// The straightforward answer: one SQL <c>GROUP BY</c> per question on the same fact table, with the same period
/// (and the previous year's, as two conditional sums), sex, filter and breakdown, grouped by breakdown and sex so
/// the caller gets the same rows and sex columns. No suppression (it cannot be done consistently in SQL; see ADR
/// 0020), so it does less work than the engine. Only the indexes the application creates (primary key, PersonId).
/// </summary>
internal sealed class GroupByBaseline(DbConnection connection, bool postgres, ReturnSchema schema, LocalTime time)
{
    private const string Table = "\"StatisticsReturnFacts\"";

    /// <summary>Runs the question; returns the total of the current period (all rows, the requested sex).</summary>
    public async Task<long> AnswerAsync(ReadReturnFigures.Parsed q)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandTimeout = 0;
        var (c0, c1) = Bounds(q.Period);
        var (p0, p1) = Bounds(q.Period.PreviousYear);
        Add(cmd, "c0", c0);
        Add(cmd, "c1", c1);
        Add(cmd, "p0", p0);
        Add(cmd, "p1", p1);
        const string Cur = "\"ArrivedAt\" >= @c0 AND \"ArrivedAt\" < @c1";
        const string Prev = "\"ArrivedAt\" >= @p0 AND \"ArrivedAt\" < @p1";
        var where = $"(({Cur}) OR ({Prev}))" + Filter(cmd, q) + (q.Sex == 0 ? "" : $" AND \"Sex\" = {q.Sex}");
        string select;
        if (q.By == ReadReturnFigures.ByVulnerability)
        {
            var sums = ReturnSchema.VulnerabilityFlags.SelectMany(v => new[]
            {
                $"SUM(CASE WHEN ({Cur}) AND (\"Vulnerabilities\" & {(int)v}) <> 0 THEN 1 ELSE 0 END)",
                $"SUM(CASE WHEN ({Prev}) AND (\"Vulnerabilities\" & {(int)v}) <> 0 THEN 1 ELSE 0 END)",
            });
            select = $"SELECT \"Sex\", SUM(CASE WHEN {Cur} THEN 1 ELSE 0 END), {string.Join(", ", sums)} FROM {Table} WHERE {where} GROUP BY \"Sex\"";
        }
        else
        {
            select = $"SELECT {Key(q)} AS k, \"Sex\", SUM(CASE WHEN {Cur} THEN 1 ELSE 0 END), SUM(CASE WHEN {Prev} THEN 1 ELSE 0 END) "
                + $"FROM {Table} WHERE {where} GROUP BY 1, 2";
        }
        cmd.CommandText = select;
        var total = 0L;
        var index = q.By == ReadReturnFigures.ByVulnerability ? 1 : 2;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            total += reader.IsDBNull(index) ? 0 : Convert.ToInt64(reader.GetValue(index), CultureInfo.InvariantCulture);
        }
        return total;
    }

    private (object Start, object End) Bounds(Period p)
    {
        var start = time.ToUtc(p.Start.ToDateTime(TimeOnly.MinValue));
        var end = time.ToUtc(p.End.AddDays(1).ToDateTime(TimeOnly.MinValue));
        // EF stores SQLite dates as text "yyyy-MM-dd HH:mm:ss[.fffffff]", which compares in time order.
        return postgres
            ? (DateTime.SpecifyKind(start, DateTimeKind.Utc), DateTime.SpecifyKind(end, DateTimeKind.Utc))
            : (start.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), end.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private string Filter(DbCommand cmd, ReadReturnFigures.Parsed q)
    {
        if (q.Filter is not { } f)
        {
            return "";
        }
        var code = schema.Schema.Classifiers[f.Classifier].Code(f.Node);
        switch (q.FilterField)
        {
            case ReturnSchema.ReturnedFrom when code == ReturnSchema.Other:
                return $" AND \"ReturnedFromCode\" NOT IN ({string.Join(", ", ReturnSchema.ReturnedFromCountries.Select(c => $"'{c}'"))})";
            case ReturnSchema.ReturnedFrom:
                Add(cmd, "f", code);
                return " AND \"ReturnedFromCode\" = @f";
            case ReturnSchema.Mode:
                return $" AND \"Mode\" = {(int)Enum.Parse<ReturnMode>(code)}";
            case ReturnSchema.Category:
                return $" AND \"Category\" = {(int)Enum.Parse<ReturnCategory>(code)}";
            case ReturnSchema.AgeGroup:
                return code switch
                {
                    ReturnSchema.Children => " AND \"AgeAtReturn\" >= 0 AND \"AgeAtReturn\" < 18",
                    ReturnSchema.Adults => " AND \"AgeAtReturn\" >= 18",
                    ReturnSchema.Unknown => " AND (\"AgeAtReturn\" IS NULL OR \"AgeAtReturn\" < 0)",
                    _ => ReturnSchema.AgeGroups.First(a => a.Code == code) is var (_, min, max) && max == int.MaxValue
                        ? $" AND \"AgeAtReturn\" >= {min}"
                        : $" AND \"AgeAtReturn\" BETWEEN {min} AND {max}",
                };
            case ReturnSchema.Origin when code == ReturnSchema.Unknown:
                return " AND \"OriginAdm1\" IS NULL";
            case ReturnSchema.Origin when code.EndsWith(ReturnSchema.Unspecified, StringComparison.Ordinal):
                Add(cmd, "f", code[..^ReturnSchema.Unspecified.Length]);
                return " AND \"OriginAdm1\" = @f AND \"OriginAdm2\" IS NULL";
            case ReturnSchema.Origin when schema.Origins.Depth(f.Node) == 1:
                Add(cmd, "f", code);
                return " AND \"OriginAdm1\" = @f";
            case ReturnSchema.Origin:
                Add(cmd, "f", code);
                return " AND \"OriginAdm2\" = @f";
            case ReadReturnFigures.ByVulnerability:
                var flag = ReturnSchema.VulnerabilityFlags.First(v => schema.FlagIndex(v) == f.Classifier);
                return $" AND (\"Vulnerabilities\" & {(int)flag}) <> 0";
            case ReturnSchema.Repeat:
                return code == ReturnSchema.RepeatReturn ? " AND \"IsRepeat\"" : " AND NOT \"IsRepeat\"";
            default:
                throw new NotSupportedException(q.FilterField);
        }
    }

    private string Key(ReadReturnFigures.Parsed q) => q.By switch
    {
        ReadReturnFigures.ByMonth => postgres
            ? $"EXTRACT(MONTH FROM \"ArrivedAt\" AT TIME ZONE '{time.Zone.Id}')"
            : $"CAST(strftime('%m', \"ArrivedAt\", '{time.Zone.BaseUtcOffset.TotalHours.ToString("+0;-0", CultureInfo.InvariantCulture)} hours') AS INTEGER)",
        ReadReturnFigures.BySex => "0",
        ReturnSchema.ReturnedFrom => "\"ReturnedFromCode\"",
        ReturnSchema.Mode => "\"Mode\"",
        ReturnSchema.Category => "\"Category\"",
        ReturnSchema.Repeat => "\"IsRepeat\"",
        ReturnSchema.Origin => q.FilterField == ReturnSchema.Origin && q.Filter is { } f && f.Node > 0 ? "\"OriginAdm2\"" : "\"OriginAdm1\"",
        ReturnSchema.AgeGroup => "CASE WHEN \"AgeAtReturn\" IS NULL OR \"AgeAtReturn\" < 0 THEN 'UNKNOWN' WHEN \"AgeAtReturn\" < 12 THEN '0-11' "
            + "WHEN \"AgeAtReturn\" < 18 THEN '12-17' WHEN \"AgeAtReturn\" < 30 THEN '18-29' WHEN \"AgeAtReturn\" < 60 THEN '30-59' ELSE '60+' END",
        _ => throw new NotSupportedException(q.By),
    };
}
