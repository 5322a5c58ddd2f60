using System.Diagnostics;
using System.Globalization;
using Reintegra.Matching.Bench.Quality;
using Reintegra.Matching.Bench.Speed;

namespace Reintegra.Matching.Bench;

/// <summary>
/// Commands: quality [--smoke] | speed [--people N] [--queries N] [--postgres] | batch [--records N] | smoke.
/// Results are written as markdown to bench/Reintegra.Matching.Bench/results (or --out DIR); speed and batch use the
/// model that quality trained (results/model-synthetic.json, or --model FILE).
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "smoke";
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Number(string name, int fallback) => Option(name) is { } v ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
        var smoke = args.Contains("--smoke") || command == "smoke";
        // Smoke runs never overwrite the committed results.
        var results = Option("--out") ?? (smoke ? Path.Combine(Path.GetTempPath(), "reintegra-matching-smoke") : Path.Combine(PublicSetsRoot(), "results"));
        Directory.CreateDirectory(results);
        var model = Option("--model") ?? Path.Combine(PublicSetsRoot(), "results", "model-synthetic.json");
        var clock = Stopwatch.StartNew();

        switch (command)
        {
            case "quality":
                await Write(results, smoke ? "quality-smoke.md" : "quality.md", await QualityCommand.RunAsync(smoke, results));
                break;
            case "speed":
                var people = Number("--people", 1_000_000);
                var connection = args.Contains("--postgres") ? StartPostgres() : null;
                await Write(results, $"speed-{Label(people)}.md", await SpeedCommand.RunAsync(people, Number("--queries", 2_000), connection, model));
                break;
            case "batch":
                var records = Number("--records", 1_000_000);
                await Write(results, $"batch-{Label(records)}.md", await BatchSpeedCommand.RunAsync(records, model));
                break;
            case "smoke":
                await Write(results, "quality-smoke.md", await QualityCommand.RunAsync(true, results));
                var smokeModel = Path.Combine(results, "model-synthetic-smoke.json");
                await Write(results, "speed-smoke.md", await SpeedCommand.RunAsync(20_000, 400, null, smokeModel));
                await Write(results, "batch-smoke.md", await BatchSpeedCommand.RunAsync(20_000, smokeModel));
                break;
            default:
                await Console.Error.WriteLineAsync("usage: quality [--smoke] | speed [--people N] [--queries N] [--postgres] | batch [--records N] | smoke  [--out DIR] [--model FILE]");
                return 2;
        }

        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:0} s");
        return 0;
    }

    private static string Label(int n) => n >= 1_000_000 && n % 1_000_000 == 0 ? $"{n / 1_000_000}m" : n >= 1000 ? $"{n / 1000}k" : $"{n}";

    private static async Task Write(string directory, string file, string markdown)
    {
        var path = Path.Combine(directory, file);
        await File.WriteAllTextAsync(path, markdown);
        Console.WriteLine(markdown);
        Console.WriteLine($"written {path}");
    }

    private static string PublicSetsRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "Reintegra.Matching.Bench");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>Starts the private PostgreSQL cluster of pg-peer.sh and returns its connection string.</summary>
    private static string StartPostgres()
    {
        var script = Path.Combine(PublicSetsRoot(), "pg-peer.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("pg-peer.sh start failed");
        }

        return output.Split('\n')[^1];
    }
}
