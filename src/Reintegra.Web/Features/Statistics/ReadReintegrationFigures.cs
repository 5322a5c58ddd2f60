using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics.Engine;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// Figures on reintegration for a period: cases opened, cases closed, referrals, or the median days from opening a
/// case to its first referral; optionally of one sex and filtered on one classifier, broken down one way, with the same
/// period of the previous year. Counts are published cells of the protected tables (null when suppressed); a median is
/// only published when at least the threshold of cases are behind it. Shared by the API, the dashboard, the bulletin
/// and the exports.
/// </summary>
public sealed class ReadReintegrationFigures(ReintegrationStatistics statistics, IStringLocalizer<StatisticsText> text, IStringLocalizer<SharedText> shared, LocalTime time)
{
    public const string ByMonth = ReadReturnFigures.ByMonth;
    public const string BySex = ReadReturnFigures.BySex;

    public sealed record Query(
        string? Measure = null, string? Period = null, string? Sex = null, string? AgeGroup = null, string? Origin = null,
        string? InstitutionKind = null, string? ClosureReason = null, string? ServiceCategory = null, string? Outcome = null, string? By = null);

    /// <summary>A validated query.</summary>
    public sealed record Parsed(string Measure, Period Period, int Sex, string? FilterField, Constraint? Filter, string By);

    /// <summary>One measure broken down one way; <see cref="Unit"/> is "cases", "referrals" or "days" (a median).</summary>
    public sealed record Table(string Measure, string Unit, ReadReturnFigures.Table Figures);

    public bool IsReady => statistics.IsReady;

    /// <summary>The classifiers a measure can be filtered and broken down by (besides month and sex).</summary>
    public static IReadOnlyList<string> Fields(string measure) => measure switch
    {
        ReintegrationSchema.Closed => [ReintegrationSchema.ClosureReason, ReintegrationSchema.AgeGroup, ReintegrationSchema.Origin, ReintegrationSchema.InstitutionKind],
        ReintegrationSchema.Referrals => [ReintegrationSchema.ServiceCategory, ReintegrationSchema.Outcome, ReintegrationSchema.AgeGroup, ReintegrationSchema.Origin, ReintegrationSchema.InstitutionKind],
        _ => [ReintegrationSchema.AgeGroup, ReintegrationSchema.Origin, ReintegrationSchema.InstitutionKind],
    };

    /// <summary>The breakdowns of a measure, in the order the dashboard shows them.</summary>
    public static IReadOnlyList<string> Breakdowns(string measure) => [ByMonth, .. Fields(measure), BySex];

    public static string UnitOf(string measure) => measure switch
    {
        ReintegrationSchema.DaysToFirstReferral => "days",
        ReintegrationSchema.Referrals => "referrals",
        _ => "cases",
    };

    public Table Read(Query query) => Read(Parse(query));

    public Table Read(Parsed q)
    {
        var snapshot = statistics.Snapshot(q.Measure);
        var schema = statistics.Schema.For(q.Measure);
        var figures = new FigureQuery(schema, snapshot);
        Func<Period, int, Constraint?, Constraint?, int?> cell = q.Measure == ReintegrationSchema.DaysToFirstReferral
            ? statistics.MedianDaysToFirstReferral
            : figures.Cell;
        ReadReturnFigures.Cells Cells(Period p, int sex, Constraint? row) => sex == 0
            ? new(cell(p, 0, q.Filter, row), cell(p, 1, q.Filter, row), cell(p, 2, q.Filter, row), cell(p, 3, q.Filter, row))
            : new(cell(p, sex, q.Filter, row), sex == 1 ? cell(p, 1, q.Filter, row) : 0, sex == 2 ? cell(p, 2, q.Filter, row) : 0, sex == 3 ? cell(p, 3, q.Filter, row) : 0);
        ReadReturnFigures.Row Make(string code, string label, Constraint? c) => new(code, label, Cells(q.Period, q.Sex, c), Cells(q.Period.PreviousYear, q.Sex, c));

        var rows = new List<ReadReturnFigures.Row>();
        switch (q.By)
        {
            case ByMonth:
                foreach (var m in Periods.MonthsOf(q.Period.Node))
                {
                    var month = new Period(q.Period.Year, Periods.Month(m));
                    rows.Add(new(month.ToString(), ReadReturnFigures.MonthLabel(month), Cells(month, q.Sex, null), Cells(month.PreviousYear, q.Sex, null)));
                }
                break;
            case BySex:
                foreach (var s in new[] { Sex.Female, Sex.Male, Sex.Other })
                {
                    var only = q.Sex == 0 || q.Sex == (int)s;
                    var cur = only ? cell(q.Period, (int)s, q.Filter, null) : 0;
                    var prev = only ? cell(q.Period.PreviousYear, (int)s, q.Filter, null) : 0;
                    rows.Add(new(s.ToString(), shared.Enum(s),
                        new(cur, s == Sex.Female ? cur : 0, s == Sex.Male ? cur : 0, s == Sex.Other ? cur : 0),
                        new(prev, s == Sex.Female ? prev : 0, s == Sex.Male ? prev : 0, s == Sex.Other ? prev : 0)));
                }
                break;
            default:
                var index = schema.IndexOf(q.By);
                var classifier = schema.Classifiers[index];
                var under = q.Filter is { } f && f.Classifier == index ? f.Node : Classifier.Root;
                foreach (var node in classifier.RowsUnder(under))
                {
                    rows.Add(Make(classifier.Code(node), Label(q.By, classifier.Code(node)), new Constraint(index, node)));
                }
                break;
        }
        var total = Make("total", text["Total"], null);
        var filterCode = q.Filter is { } g ? schema.Classifiers[g.Classifier].Code(g.Node) : null;
        return new Table(q.Measure, UnitOf(q.Measure), new ReadReturnFigures.Table(
            q.Period.ToString(), q.Period.PreviousYear.ToString(), q.By, q.Sex == 0 ? null : ((Sex)q.Sex).ToString(),
            q.FilterField, filterCode, filterCode is null ? null : Label(q.FilterField!, filterCode),
            statistics.Threshold, snapshot.AsOf, total, rows, false));
    }

    /// <summary>The years that have figures in any measure, and the current one.</summary>
    public IReadOnlyList<int> Years()
    {
        var years = ReintegrationSchema.Measures.SelectMany(m => statistics.Snapshot(m).Years.Keys).ToHashSet();
        years.Add(time.Today.Year);
        return [.. years.OrderDescending()];
    }

    public Parsed Parse(Query q)
    {
        var errors = new Dictionary<string, List<string>>();
        void Error(string field, string message) => (errors.TryGetValue(field, out var l) ? l : errors[field] = []).Add(message);

        var measure = string.IsNullOrWhiteSpace(q.Measure) ? ReintegrationSchema.Opened
            : ReintegrationSchema.Measures.FirstOrDefault(m => string.Equals(m, q.Measure.Trim(), StringComparison.OrdinalIgnoreCase));
        if (measure is null)
        {
            Error("measure", shared["Validation.UnknownOption"]);
            measure = ReintegrationSchema.Opened;
        }
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
        var breakdowns = Breakdowns(measure);
        var by = string.IsNullOrWhiteSpace(q.By) ? ByMonth : breakdowns.FirstOrDefault(b => string.Equals(b, q.By.Trim(), StringComparison.OrdinalIgnoreCase));
        if (by is null)
        {
            Error("by", text["Validation.NotForMeasure"]);
        }
        var given = new (string Field, string? Value)[]
        {
            (ReintegrationSchema.AgeGroup, q.AgeGroup), (ReintegrationSchema.Origin, q.Origin), (ReintegrationSchema.InstitutionKind, q.InstitutionKind),
            (ReintegrationSchema.ClosureReason, q.ClosureReason), (ReintegrationSchema.ServiceCategory, q.ServiceCategory), (ReintegrationSchema.Outcome, q.Outcome),
        }.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
        foreach (var (field, _) in given.Skip(1))
        {
            Error(field, text["Validation.OneFilter"]);
        }
        string? filterField = null;
        Constraint? filter = null;
        if (given.Count > 0)
        {
            var (field, value) = given[0];
            filterField = field;
            if (!Fields(measure).Contains(field))
            {
                Error(field, text["Validation.NotForMeasure"]);
            }
            else if (IsReady)
            {
                var schema = statistics.Schema.For(measure);
                var index = schema.IndexOf(field);
                var node = schema.Classifiers[index].Find(value!.Trim());
                if (node > 0)
                {
                    filter = new Constraint(index, node);
                }
                else
                {
                    Error(field, shared["Validation.UnknownOption"]);
                }
            }
        }
        if (errors.Count > 0)
        {
            throw new InputValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
        return new Parsed(measure, period, sex, filterField, filter, by!);
    }

    /// <summary>The label of a classifier code in the user's language.</summary>
    public string Label(string field, string code) => field switch
    {
        _ when code == ReturnSchema.Unknown && field == ReintegrationSchema.Origin => text["OriginUnknown"],
        ReintegrationSchema.AgeGroup => text["AgeGroup." + code],
        ReintegrationSchema.Origin => Display.Place(code),
        ReintegrationSchema.InstitutionKind => shared.Enum(Enum.Parse<InstitutionKind>(code)),
        ReintegrationSchema.ClosureReason => shared.Enum(Enum.Parse<CaseClosureReason>(code)),
        ReintegrationSchema.ServiceCategory => shared.Enum(Enum.Parse<ServiceCategory>(code)),
        ReintegrationSchema.Outcome => text["Outcome." + code],
        _ => code,
    };
}
