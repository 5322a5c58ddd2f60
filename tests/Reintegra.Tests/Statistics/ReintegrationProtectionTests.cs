using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;
using Reintegra.Web.Features.Statistics.Engine;

namespace Reintegra.Tests.Statistics;

/// <summary>
/// The reintegration figures under the same attack as the returns: no combination of measure, period, sex, filter and
/// breakdown reveals a group below the threshold; medians only behind enough cases; published counts are true counts.
/// </summary>
public sealed class ReintegrationProtectionTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Guatemala");

    private static DisclosureAudit Attack(string measure, bool secondary, int filters = int.MaxValue)
    {
        var (cases, referrals) = SeededReintegration.Facts();
        var (reader, statistics) = SeededReintegration.Reader(cases, referrals, secondary);
        var schema = statistics.Schema;
        var facts = measure switch
        {
            ReintegrationSchema.Closed => cases.Select(c => schema.PackClosed(c, Zone)).OfType<(int, ulong)>().ToList(),
            ReintegrationSchema.Referrals => referrals.Select(r => schema.PackReferral(r, Zone)).ToList(),
            _ => cases.Select(c => schema.PackOpened(c, Zone)).ToList(),
        };
        var audit = new DisclosureAudit(schema.For(measure), statistics.Threshold, facts);
        string?[] sexes = [null, "Female", "Male", "Other"];
        foreach (var filter in SeededReintegration.AllFilters(measure).Take(filters))
        {
            for (var p = 0; p < Periods.Count; p++)
            {
                var period = new Period(2026, p).ToString();
                foreach (var sex in sexes)
                {
                    foreach (var by in ReadReintegrationFigures.Breakdowns(measure))
                    {
                        var parsed = reader.Parse(filter with { Period = period, Sex = sex, By = by });
                        audit.Record(parsed, reader.Read(parsed).Figures);
                    }
                }
            }
        }
        return audit;
    }

    [Theory]
    [InlineData(ReintegrationSchema.Opened)]
    [InlineData(ReintegrationSchema.Closed)]
    [InlineData(ReintegrationSchema.Referrals)]
    public void No_combination_of_filters_reveals_a_group_below_the_threshold(string measure)
    {
        var audit = Attack(measure, secondary: true);

        var violations = audit.Attack();

        Assert.True(audit.ServedCells > 5_000, $"only {audit.ServedCells} cells were served");
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(20)));
    }

    [Theory]
    [InlineData(ReintegrationSchema.Opened)]
    [InlineData(ReintegrationSchema.Referrals)]
    public void Without_secondary_suppression_the_same_audit_finds_small_groups(string measure)
    {
        var audit = Attack(measure, secondary: false, filters: 12);

        Assert.NotEmpty(audit.Attack());
    }

    [Fact]
    public void Published_counts_are_true_counts_by_closure_reason_category_and_outcome()
    {
        var (cases, referrals) = SeededReintegration.Facts();
        var (reader, _) = SeededReintegration.Reader(cases, referrals);

        var opened = reader.Read(new ReadReintegrationFigures.Query(Measure: ReintegrationSchema.Opened, Period: "2026", By: "institutionKind")).Figures;
        var closed = reader.Read(new ReadReintegrationFigures.Query(Measure: ReintegrationSchema.Closed, Period: "2026", By: "closureReason")).Figures;
        var byCategory = reader.Read(new ReadReintegrationFigures.Query(Measure: ReintegrationSchema.Referrals, Period: "2026", By: "serviceCategory")).Figures;
        var byOutcome = reader.Read(new ReadReintegrationFigures.Query(Measure: ReintegrationSchema.Referrals, Period: "2026", By: "outcome")).Figures;

        Assert.Equal(cases.Count(c => c.OpenedAt.Year == 2026), opened.Total.Current.Total);
        Assert.Equal(cases.Count(c => c.OpenedAt.Year == 2025), opened.Total.Previous.Total);
        Assert.Equal(cases.Count(c => c.OpenedAt.Year == 2026 && c.InstitutionKind == InstitutionKind.ReceptionCentre), opened.Rows.Single(r => r.Code == "ReceptionCentre").Current.Total);
        Assert.Equal(cases.Count(c => c.ClosedAt?.Year == 2026 && c.ClosureReason == CaseClosureReason.PlanCompleted), closed.Rows.Single(r => r.Code == "PlanCompleted").Current.Total);
        Assert.Equal(referrals.Count(r => r.SentAt.Year == 2026 && r.Category == ServiceCategory.Employment), byCategory.Rows.Single(r => r.Code == "Employment").Current.Total);
        Assert.Equal(referrals.Count(r => r.SentAt.Year == 2026 && r.Status is ReferralStatus.Sent or ReferralStatus.Accepted or ReferralStatus.InProgress),
            byOutcome.Rows.Single(r => r.Code == ReintegrationSchema.Pending).Current.Total);
        // Every suppressed row of a published total hides at least two rows (no single hidden cell to recover).
        Assert.All(new[] { opened, closed, byCategory, byOutcome }, t => Assert.True(t.Rows.Count(r => r.Current.Total is null) is 0 or >= 2));
        Assert.All(new[] { opened, closed, byCategory, byOutcome }, t => Assert.DoesNotContain(t.Rows, r => r.Current.Total is > 0 and < SeededReturns.Threshold));
    }

    [Fact]
    public void The_median_days_to_first_referral_is_published_only_behind_enough_cases()
    {
        var (cases, referrals) = SeededReintegration.Facts();
        var (reader, _) = SeededReintegration.Reader(cases, referrals);

        var table = reader.Read(new ReadReintegrationFigures.Query(Measure: ReintegrationSchema.DaysToFirstReferral, Period: "2026", By: "ageGroup"));

        Assert.Equal("days", table.Unit);
        var waits = cases.Where(c => c.OpenedAt.Year == 2026 && c.FirstReferralAt is not null)
            .Select(c => (int)Math.Floor((c.FirstReferralAt!.Value - c.OpenedAt).TotalDays)).Order().ToList();
        Assert.Equal(Median(waits), table.Figures.Total.Current.Total);
        foreach (var row in table.Figures.Rows)
        {
            var group = cases.Where(c => c.OpenedAt.Year == 2026 && c.FirstReferralAt is not null && ReturnSchema.AgeGroupOf(c.AgeAtOpening) == row.Code)
                .Select(c => (int)Math.Floor((c.FirstReferralAt!.Value - c.OpenedAt).TotalDays)).Order().ToList();
            Assert.Equal(group.Count < SeededReturns.Threshold ? null : Median(group), row.Current.Total);
        }
        // The 60+ group has too few referred cases in a month to publish its median.
        var month = reader.Read(new ReadReintegrationFigures.Query(Measure: ReintegrationSchema.DaysToFirstReferral, Period: "2026-03", AgeGroup: "60+", By: "sex"));
        Assert.Null(month.Figures.Total.Current.Total);
    }

    [Fact]
    public void Bad_queries_are_refused_with_the_field_in_error()
    {
        var (cases, referrals) = SeededReintegration.Facts(50);
        var (reader, _) = SeededReintegration.Reader(cases, referrals);

        void Refused(ReadReintegrationFigures.Query q, string field)
        {
            var e = Assert.Throws<Reintegra.Web.Web.InputValidationException>(() => reader.Parse(q));
            Assert.Contains(field, e.Errors.Keys);
        }

        Refused(new(Measure: "rss"), "measure");
        Refused(new(Measure: ReintegrationSchema.Opened, By: "closureReason"), "by");
        Refused(new(Measure: ReintegrationSchema.Opened, ClosureReason: "PlanCompleted"), "closureReason");
        Refused(new(Measure: ReintegrationSchema.Referrals, ServiceCategory: "Employment", Outcome: "Completed"), "outcome");
        Refused(new(Measure: ReintegrationSchema.Referrals, Outcome: "Lost"), "outcome");
        Refused(new(Measure: ReintegrationSchema.Closed, Period: "2026-13"), "period");
        Refused(new(Sex: "1"), "sex");
    }

    private static int? Median(List<int> sorted) => sorted.Count < SeededReturns.Threshold ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (int)Math.Round((sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0, MidpointRounding.AwayFromZero);
}
