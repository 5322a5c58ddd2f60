using System.Globalization;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics.Engine;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// Figures on returns for a period, optionally of one sex and filtered on one classifier, broken down one way, with
/// the same period of the previous year. Every number is a published cell of the protected tables: suppressed cells
/// come back as null. Shared by the API, the dashboard, the bulletin and the exports.
/// </summary>
public sealed class ReadReturnFigures(ReturnStatistics statistics, IStringLocalizer<StatisticsText> text, IStringLocalizer<SharedText> shared, TimeProvider clock, LocalTime time)
{
    public const string ByMonth = "month";
    public const string BySex = "sex";
    public const string ByVulnerability = "vulnerability";

    /// <summary>The breakdowns offered, in the order the dashboard shows them.</summary>
    public static readonly string[] Breakdowns =
        [ByMonth, ReturnSchema.Origin, ReturnSchema.AgeGroup, BySex, ReturnSchema.ReturnedFrom, ReturnSchema.Mode, ReturnSchema.Category, ByVulnerability, ReturnSchema.Repeat];

    /// <summary>The filters; at most one of them (besides period and sex) at a time.</summary>
    public static readonly string[] FilterFields =
        [ReturnSchema.ReturnedFrom, ReturnSchema.Mode, ReturnSchema.Category, ReturnSchema.AgeGroup, ReturnSchema.Origin, ByVulnerability, ReturnSchema.Repeat];

    public sealed record Query(
        string? Period = null, string? Sex = null, string? ReturnedFrom = null, string? Mode = null, string? Category = null,
        string? AgeGroup = null, string? Origin = null, string? Vulnerability = null, string? Repeat = null, string? By = null);

    public sealed record Cells(int? Total, int? Female, int? Male, int? Other);

    public sealed record Row(string Code, string Label, Cells Current, Cells Previous);

    /// <summary>One breakdown. When <see cref="RowsOverlap"/> is true (vulnerability) a return may be in several rows.</summary>
    public sealed record Table(
        string Period, string PreviousPeriod, string By, string? Sex, string? FilterField, string? FilterCode, string? FilterLabel,
        int Threshold, DateTime DataAsOf, Row Total, IReadOnlyList<Row> Rows, bool RowsOverlap);

    /// <summary>A validated query: the constraint it puts on the figures.</summary>
    public sealed record Parsed(Period Period, int Sex, string? FilterField, Constraint? Filter, string By);

    /// <summary>Answers 503 until the figures are loaded after a start.</summary>
    public bool IsReady => statistics.IsReady;

    public Table Read(Query query) => Read(Parse(query));

    public Table Read(Parsed q)
    {
        var snapshot = statistics.Snapshot;
        var figures = new FigureQuery(statistics.Schema.Schema, snapshot);
        var total = new Row("total", text["Total"], CellsOf(figures, q.Period, q.Sex, q.Filter, null), CellsOf(figures, q.Period.PreviousYear, q.Sex, q.Filter, null));
        var rows = RowsOf(figures, q).ToList();
        return new Table(q.Period.ToString(), q.Period.PreviousYear.ToString(), q.By, q.Sex == 0 ? null : ((Sex)q.Sex).ToString(),
            q.FilterField, q.Filter is { } f ? FilterCode(q.FilterField!, f) : null, q.Filter is { } g ? Label(q.FilterField!, g) : null,
            statistics.Threshold, snapshot.AsOf, total, rows, q.By == ByVulnerability);
    }

    /// <summary>Every breakdown for one set of filters (the dashboard and the bulletin).</summary>
    public IReadOnlyList<Table> ReadAll(Query query)
    {
        var parsed = Parse(query with { By = ByMonth });
        return Breakdowns.Select(by => Read(parsed with { By = by })).ToList();
    }

    /// <summary>The years that have figures, and the current one.</summary>
    public IReadOnlyList<int> Years()
    {
        var years = statistics.Snapshot.Years.Keys.ToHashSet();
        years.Add(time.Today.Year);
        return [.. years.OrderDescending()];
    }

    public Parsed Parse(Query q)
    {
        var errors = new Dictionary<string, List<string>>();
        void Error(string field, string message) => (errors.TryGetValue(field, out var l) ? l : errors[field] = []).Add(message);
        var schema = statistics.Schema;

        Period period;
        if (string.IsNullOrWhiteSpace(q.Period))
        {
            period = new Period(time.Today.Year, Periods.Year);
        }
        else if (!Engine.Period.TryParse(q.Period, out period))
        {
            Error("period", text["Validation.Period"]);
        }
        var sex = 0;
        if (!string.IsNullOrWhiteSpace(q.Sex))
        {
            if (Enum.TryParse<Sex>(q.Sex.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(q.Sex, out _))
            {
                sex = (int)s;
            }
            else
            {
                Error("sex", shared["Validation.UnknownOption"]);
            }
        }
        var by = string.IsNullOrWhiteSpace(q.By) ? ByMonth : Breakdowns.FirstOrDefault(b => string.Equals(b, q.By.Trim(), StringComparison.OrdinalIgnoreCase));
        if (by is null)
        {
            Error("by", shared["Validation.UnknownOption"]);
        }

        var given = new (string Field, string? Value)[]
        {
            (ReturnSchema.ReturnedFrom, q.ReturnedFrom), (ReturnSchema.Mode, q.Mode), (ReturnSchema.Category, q.Category),
            (ReturnSchema.AgeGroup, q.AgeGroup), (ReturnSchema.Origin, q.Origin), (ByVulnerability, q.Vulnerability), (ReturnSchema.Repeat, q.Repeat),
        }.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
        string? filterField = null;
        Constraint? filter = null;
        foreach (var (field, value) in given.Skip(1))
        {
            Error(field, text["Validation.OneFilter"]);
        }
        if (given.Count > 0)
        {
            var (field, value) = given[0];
            filterField = field;
            filter = ToConstraint(schema, field, value!.Trim());
            if (filter is null)
            {
                Error(field, shared["Validation.UnknownOption"]);
            }
        }
        if (errors.Count > 0)
        {
            throw new InputValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
        return new Parsed(period, sex, filterField, filter, by!);
    }

    private static Constraint? ToConstraint(ReturnSchema schema, string field, string value)
    {
        if (field == ByVulnerability)
        {
            if (Enum.TryParse<Vulnerability>(value, ignoreCase: true, out var v) && ReturnSchema.VulnerabilityFlags.Contains(v) && !int.TryParse(value, out _))
            {
                var c = schema.FlagIndex(v);
                return new Constraint(c, schema.Schema.Classifiers[c].Find(ReturnSchema.Yes));
            }
            return null;
        }
        if (field == ReturnSchema.Repeat)
        {
            value = value.ToLowerInvariant() switch
            {
                "true" or "repeat" => ReturnSchema.RepeatReturn,
                "false" or "first" => ReturnSchema.FirstReturn,
                _ => "",
            };
        }
        var index = schema.Schema.IndexOf(field);
        var node = schema.Schema.Classifiers[index].Find(value);
        return node > 0 ? new Constraint(index, node) : null;
    }

    private IEnumerable<Row> RowsOf(FigureQuery figures, Parsed q)
    {
        var schema = statistics.Schema;
        Row Make(string code, string label, Constraint? c) =>
            new(code, label, CellsOf(figures, q.Period, q.Sex, q.Filter, c), CellsOf(figures, q.Period.PreviousYear, q.Sex, q.Filter, c));
        switch (q.By)
        {
            case ByMonth:
                foreach (var m in Periods.MonthsOf(q.Period.Node))
                {
                    var month = new Period(q.Period.Year, Periods.Month(m));
                    yield return new Row(month.ToString(), MonthLabel(month),
                        CellsOf(figures, month, q.Sex, q.Filter, null), CellsOf(figures, month.PreviousYear, q.Sex, q.Filter, null));
                }
                break;
            case BySex:
                foreach (var s in new[] { Sex.Female, Sex.Male, Sex.Other })
                {
                    var only = q.Sex == 0 || q.Sex == (int)s;
                    int? Cur(Period p) => only ? figures.Cell(p, (int)s, q.Filter, null) : 0;
                    var cur = Cur(q.Period);
                    var prev = Cur(q.Period.PreviousYear);
                    yield return new Row(s.ToString(), shared.Enum(s),
                        new Cells(cur, s == Sex.Female ? cur : 0, s == Sex.Male ? cur : 0, s == Sex.Other ? cur : 0),
                        new Cells(prev, s == Sex.Female ? prev : 0, s == Sex.Male ? prev : 0, s == Sex.Other ? prev : 0));
                }
                break;
            case ByVulnerability:
                foreach (var flag in ReturnSchema.VulnerabilityFlags)
                {
                    var c = schema.FlagIndex(flag);
                    yield return Make(flag.ToString(), shared.Enum(flag), new Constraint(c, schema.Schema.Classifiers[c].Find(ReturnSchema.Yes)));
                }
                break;
            default:
                var index = schema.Schema.IndexOf(q.By);
                var classifier = schema.Schema.Classifiers[index];
                var under = q.Filter is { } f && f.Classifier == index ? f.Node : Classifier.Root;
                foreach (var node in classifier.RowsUnder(under))
                {
                    yield return Make(classifier.Code(node), Label(q.By, new Constraint(index, node)), new Constraint(index, node));
                }
                break;
        }
    }

    private static Cells CellsOf(FigureQuery figures, Period period, int sex, Constraint? filter, Constraint? row)
    {
        var c = figures.Cells(period, sex, filter, row);
        return new Cells(c.Total, c.Female, c.Male, c.Other);
    }

    private string FilterCode(string field, Constraint c) => field switch
    {
        ByVulnerability => ReturnSchema.VulnerabilityFlags.First(v => statistics.Schema.FlagIndex(v) == c.Classifier).ToString(),
        _ => statistics.Schema.Schema.Classifiers[c.Classifier].Code(c.Node),
    };

    /// <summary>The label of a classifier node in the user's language.</summary>
    public string Label(string field, Constraint c)
    {
        var classifier = statistics.Schema.Schema.Classifiers[c.Classifier];
        var code = classifier.Code(c.Node);
        return field switch
        {
            ByVulnerability => shared.Enum(ReturnSchema.VulnerabilityFlags.First(v => statistics.Schema.FlagIndex(v) == c.Classifier)),
            ReturnSchema.ReturnedFrom => code == ReturnSchema.Other ? text["OtherCountry"] : Display.Country(code),
            ReturnSchema.Mode => shared.Enum(Enum.Parse<ReturnMode>(code)),
            ReturnSchema.Category => shared.Enum(Enum.Parse<ReturnCategory>(code)),
            ReturnSchema.AgeGroup => text["AgeGroup." + code],
            ReturnSchema.Repeat => text["Repeat." + code],
            ReturnSchema.Origin when code == ReturnSchema.Unknown => text["OriginUnknown"],
            ReturnSchema.Origin when code.EndsWith(ReturnSchema.Unspecified, StringComparison.Ordinal) => text["MunicipalityUnknown"],
            ReturnSchema.Origin => Display.Place(code),
            _ => code,
        };
    }

    public static string MonthLabel(Period month) =>
        CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedMonthName(month.Node - 4).TrimEnd('.') + " " + month.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Now, for the bulletin's default month.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.ToLocal(clock.GetUtcNow().UtcDateTime));
}
