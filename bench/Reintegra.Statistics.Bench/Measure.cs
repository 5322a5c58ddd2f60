using System.Diagnostics;
using System.Globalization;

namespace Reintegra.Statistics.Bench;

/// <summary>Percentiles in milliseconds (nearest rank).</summary>
internal sealed record Latencies(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new(0, 0, 0, 0, 0, 0);
        }
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Length, sorted.Average(), At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    public string Cells => string.Create(CultureInfo.InvariantCulture,
        $"{Count:N0} | {Mean:0.000} | {P50:0.000} | {P95:0.000} | {P99:0.000} | {Max:0.000}");

    public const string Header = "questions | mean ms | p50 ms | p95 ms | p99 ms | max ms";

    public const string Align = "---: | ---: | ---: | ---: | ---: | ---:";
}

/// <summary>What the machine was: others compile on the same 2 cores, so every result says how busy it was.</summary>
internal static class Machine
{
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>A fixed CPU-bound loop (20 million square roots); its time shows how much of a core this process got.</summary>
    public static double SpinMilliseconds()
    {
        var clock = Stopwatch.StartNew();
        var x = 0.0;
        for (var i = 0; i < 20_000_000; i++)
        {
            x += Math.Sqrt(i) * 1e-9;
        }
        var ms = clock.Elapsed.TotalMilliseconds;
        return x < 0 ? -ms : ms;
    }

    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    public static string Head()
    {
        try
        {
            string Run(string a)
            {
                using var git = Process.Start(new ProcessStartInfo("git", a) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory })!;
                var o = git.StandardOutput.ReadToEnd();
                git.WaitForExit();
                return git.ExitCode == 0 ? o.Trim() : "";
            }
            var head = Run("rev-parse --short HEAD");
            return head.Length == 0 ? "unknown" : Run("status --porcelain --untracked-files=no").Length > 0 ? head + " (with uncommitted changes)" : head;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
