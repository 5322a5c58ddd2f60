using System.Diagnostics;
using System.Globalization;

namespace Reintegra.Reception.Bench.Measure;

/// <summary>
/// Where the machine's CPU went during a measurement: this process (the application and its client), the PostgreSQL
/// server (which others may be using too), and everything else (other people's builds on the same two cores). Read from /proc.
/// </summary>
internal sealed class CpuWindow
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly (long Busy, long Total) _machine = Machine();
    private readonly TimeSpan _self = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _postgres = PostgresTicks();

    public static CpuWindow Start() => new();

    public CpuUse Stop()
    {
        var (busy, total) = Machine();
        var wall = _clock.Elapsed.TotalSeconds;
        var cores = Environment.ProcessorCount;
        var self = (Process.GetCurrentProcess().TotalProcessorTime - _self).TotalSeconds;
        var postgres = (PostgresTicks() - _postgres) / 100.0;
        var machine = total == _machine.Total ? 0 : (double)(busy - _machine.Busy) / (total - _machine.Total);
        return new CpuUse(wall, machine * 100, self / wall / cores * 100, postgres / wall / cores * 100);
    }

    private static (long Busy, long Total) Machine()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            var total = fields.Take(8).Sum();
            var idle = fields[3] + fields[4];
            return (total - idle, total);
        }
        catch (IOException)
        {
            return (0, 0);
        }
    }

    /// <summary>CPU time of the postgres processes, in clock ticks (USER_HZ, 100 on Linux).</summary>
    private static long PostgresTicks()
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).EndsWith("(postgres", StringComparison.Ordinal))
                {
                    continue;
                }
                var rest = stat[(close + 2)..].Split(' ');
                // After the command: state is field 3; utime and stime are fields 14 and 15.
                ticks += long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process ended while we read it.
            }
        }
        return ticks;
    }
}

/// <summary>Shares of the whole machine (all cores = 100 %) over a window.</summary>
internal sealed record CpuUse(double WallSeconds, double MachineBusy, double ThisProcess, double Postgres)
{
    public double Others => Math.Max(0, MachineBusy - ThisProcess - Postgres);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"machine {MachineBusy:0}% busy: this process {ThisProcess:0}%, the PostgreSQL server (all its databases) {Postgres:0}%, others {Others:0}%");
}
