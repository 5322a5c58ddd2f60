using System.Diagnostics;
using Reintegra.Reception.Bench.Diagnostics;
using Reintegra.Reception.Bench.Reporting;

namespace Reintegra.Reception.Bench;

internal static class BenchCommand
{
    /// <summary>Flights landed on the large database too, for information (the flight target is set at 100,000 people).</summary>
    private const int LargeFlights = 1;

    /// <summary>The page benchmark at the flight size is for information; the target is at the large size, which gets every round.</summary>
    private const int SmallSizeRoundsDivisor = 5;

    /// <summary>An explicit entry point: top-level statements would make a second <c>Program</c> beside the application's.</summary>
    public static Task<int> Main(string[] args) => RunAsync(args);

    public static async Task<int> RunAsync(string[] args)
    {
        BenchOptions o;
        try
        {
            o = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var smallRounds = o.LargePeople > 0 ? Math.Max(1, o.Requests / SmallSizeRoundsDivisor) : o.Requests;
        var scenarios = o.FlightPeople > 0
            ? o.Engines.Select(e => new Scenario(e, o.FlightPeople, o.Flights, smallRounds)).ToList()
            : [];
        if (o.LargePeople > 0)
        {
            scenarios.Add(new Scenario("postgres", o.LargePeople, Math.Min(LargeFlights, o.Flights), o.Requests, o.ReuseLarge));
        }

        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"{Machine.Describe()}; load average {Machine.LoadAverage()}");
        using var capture = new SqlCapture();
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            results.Add(await scenario.RunAsync(o, capture));
        }

        var output = o.Output ?? Path.Combine(ProjectDirectory(), "results", o.Smoke ? "reception-smoke.md" : "reception-full.md");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var report = new MarkdownReport(o, args, started, clock.Elapsed, results);
        await File.WriteAllTextAsync(output, report.Render());
        Console.WriteLine();
        Console.WriteLine(report.Summary());
        Console.WriteLine($"Results written to {output} ({clock.Elapsed.TotalSeconds:0} s in all).");
        return report.AllValid ? 0 : 1;
    }

    /// <summary>The project folder, found from the build output, so results land in the repository whatever the working directory.</summary>
    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reintegra.Reception.Bench.csproj")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
