using System.Globalization;
using System.Text;

namespace Reintegra.Reception.Bench.Reporting;

internal static class PlanSection
{
    public static void Write(StringBuilder s, IReadOnlyList<ScenarioResult> results)
    {
        foreach (var r in results.Where(r => r.Plans.Count > 0))
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"## Query plans, {r.Scenario.Title}");
            s.AppendLine();
            s.AppendLine("For each kind of request, the slowest measured requests were replayed with the application's SQL captured, and the");
            s.AppendLine(r.Scenario.Engine == "postgres"
                ? "slowest statement was run again under `EXPLAIN (ANALYZE, BUFFERS)` with the same parameters."
                : "slowest statement's plan was asked for with `EXPLAIN QUERY PLAN` and the same parameters.");
            s.AppendLine();
            foreach (var plan in r.Plans)
            {
                s.AppendLine(CultureInfo.InvariantCulture, $"### {plan.Kind}: `{plan.Url}`");
                s.AppendLine();
                s.AppendLine(CultureInfo.InvariantCulture,
                    $"Measured {plan.MeasuredMs:0.0} ms; replayed {plan.ReplayedMs:0.0} ms, of which this statement {plan.Command.Duration.TotalMilliseconds:0.0} ms.");
                s.AppendLine();
                s.AppendLine("```sql");
                s.Append(Diagnostics.Explain.Describe(plan.Command));
                s.AppendLine("```");
                s.AppendLine();
                s.AppendLine("```");
                s.Append(plan.Plan);
                s.AppendLine("```");
                s.AppendLine();
            }
        }
    }
}
