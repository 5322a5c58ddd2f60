using System.Diagnostics;
using System.Globalization;

namespace Reintegra.Reception.Bench.Measure;

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

    /// <summary>A fixed CPU-bound loop; its time at the start and end of a run shows how much the cores were shared.</summary>
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
}
