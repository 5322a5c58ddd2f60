using System.Diagnostics;
using System.Globalization;

namespace Reintegra.Matching.Bench;

/// <summary>What the machine was doing: others compile on the same 2 cores, so every result says how busy it was.</summary>
internal static class Machine
{
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average at start {LoadAverage()}.";

    /// <summary>A fixed CPU-bound workload; its time before and after a run shows how much the machine was shared.</summary>
    public static double BaselineMilliseconds()
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

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
