using System.Diagnostics;
using System.Globalization;

namespace Reintegra.Bench.Kit;

/// <summary>What the machine was: others compile on the same 2 cores, so every result says how busy it was.</summary>
public static class Machine
{
    /// <summary>The 1, 5 and 15 minute load averages.</summary>
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

    /// <summary>A fixed CPU-bound loop (20 million square roots); its time at the start and end of a run shows how much of a core this process got.</summary>
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

    /// <summary>The commit measured, marked when the working tree had uncommitted changes.</summary>
    public static string Head()
    {
        try
        {
            string Run(string arguments)
            {
                using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory })!;
                var output = git.StandardOutput.ReadToEnd();
                git.WaitForExit();
                return git.ExitCode == 0 ? output.Trim() : "";
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
