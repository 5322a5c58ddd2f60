using Reintegra.Web.Features.Statistics;

namespace Reintegra.Tests.Statistics;

/// <summary>No combination of filters the figures serve reveals a group of fewer than the threshold.</summary>
public sealed class ProtectionTests
{
    [Fact]
    public void No_combination_of_filters_reveals_a_group_below_the_threshold()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var facts = SeededReturns.Facts();
        var (reader, statistics) = SeededReturns.Reader(facts);
        var audit = new DisclosureAudit(statistics, facts);
        var built = clock.Elapsed;
        // 2026 in full; its comparisons serve 2025 too.
        audit.ServeEverything(reader, [2026]);
        var served = clock.Elapsed;
        var violations = audit.Attack();
        TestContext.Current.TestOutputHelper?.WriteLine($"built in {built}, served {audit.ServedCells} cells in {served - built}, attacked in {clock.Elapsed - served}");

        Assert.True(audit.ServedCells > 10_000, $"only {audit.ServedCells} cells were served");
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(20)));
    }

    [Fact]
    public void Without_secondary_suppression_the_same_audit_finds_small_groups()
    {
        var facts = SeededReturns.Facts();
        var (reader, statistics) = SeededReturns.Reader(facts, secondary: false);
        var audit = new DisclosureAudit(statistics, facts);

        audit.ServeEverything(reader, [2026], filters: 12);

        Assert.NotEmpty(audit.Attack());
    }

    [Fact]
    public void Small_cells_are_suppressed_and_published_figures_are_true_counts()
    {
        var facts = SeededReturns.Facts();
        var (reader, _) = SeededReturns.Reader(facts);

        var table = reader.Read(new ReadReturnFigures.Query(Period: "2026", By: "origin"));

        var cartago = facts.Count(f => f.ArrivedAt.Year == 2026 && f.OriginAdm1 == "CR3");
        Assert.Equal(cartago, table.Rows.Single(r => r.Code == "CR3").Current.Total);
        Assert.Equal(facts.Count(f => f.ArrivedAt.Year == 2026), table.Total.Current.Total);
        Assert.Equal(facts.Count(f => f.ArrivedAt.Year == 2025), table.Total.Previous.Total);
        // Departments nobody came from are published zeros; the rows with people add up to the total.
        Assert.Equal(0, table.Rows.Single(r => r.Code == "CR7").Current.Total);
        Assert.All(table.Rows, r => Assert.False(r.Current.Other is > 0 and < SeededReturns.Threshold));
        var other = table.Rows.Where(r => r.Current.Other is null).ToList();
        Assert.True(other.Count is 0 or >= 2);
    }
}
