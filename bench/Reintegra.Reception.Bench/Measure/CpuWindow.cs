using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Reintegra.Reception.Bench.Measure;

/// <summary>
/// Where the machine's CPU went during a measurement: this process (the application and its client), the PostgreSQL
/// backends serving the benchmark's database, and everything else (other people's builds on the same two cores).
/// Read from /proc and pg_stat_activity. The CPU seconds per unit of work do not depend on how busy the machine was.
/// </summary>
internal sealed class CpuWindow
{
    private const string ProbeName = "reintegra-bench-cpu-probe";

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string? _postgres;
    private readonly (long Busy, long Total) _machine;
    private readonly TimeSpan _self;
    private readonly Dictionary<int, long> _backends;

    private CpuWindow(string? postgresConnectionString)
    {
        _postgres = postgresConnectionString;
        _backends = BackendTicks(_postgres);
        _machine = Machine();
        _self = Process.GetCurrentProcess().TotalProcessorTime;
    }

    /// <param name="postgresConnectionString">The benchmark's database, whose backends are counted; null for SQLite.</param>
    public static CpuWindow Start(string? postgresConnectionString) => new(postgresConnectionString);

    public CpuUse Stop()
    {
        var self = (Process.GetCurrentProcess().TotalProcessorTime - _self).TotalSeconds;
        var (busy, total) = Machine();
        var wall = _clock.Elapsed.TotalSeconds;
        var backends = BackendTicks(_postgres);
        // A backend that started during the window counts from zero; one that ended is lost (the pool keeps them).
        var postgres = backends.Sum(b => b.Value - _backends.GetValueOrDefault(b.Key)) / 100.0;
        var machine = total == _machine.Total ? 0 : (double)(busy - _machine.Busy) / (total - _machine.Total);
        return new CpuUse(wall, machine * Environment.ProcessorCount * wall, self, postgres);
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

    /// <summary>CPU time of each backend connected to the database, in clock ticks (USER_HZ, 100 on Linux).</summary>
    private static Dictionary<int, long> BackendTicks(string? connectionString)
    {
        var ticks = new Dictionary<int, long>();
        if (connectionString is null)
        {
            return ticks;
        }
        // Its own unpooled connection, named so it leaves itself out: the application's pool has the same connection string.
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = ProbeName, Pooling = false };
        using var conn = new NpgsqlConnection(probe.ToString());
        conn.Open();
        using var cmd = new NpgsqlCommand($"SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name <> '{ProbeName}'", conn);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var pid = reader.GetInt32(0);
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                // After the command name: state is field 3; utime and stime are fields 14 and 15.
                var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[pid] = long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The backend ended while we read it.
            }
        }
        return ticks;
    }
}

/// <summary>CPU seconds over a window of wall time: the whole machine, this process, the benchmark database's PostgreSQL backends.</summary>
internal sealed record CpuUse(double WallSeconds, double MachineSeconds, double ThisProcessSeconds, double PostgresSeconds)
{
    public double OthersSeconds => Math.Max(0, MachineSeconds - ThisProcessSeconds - PostgresSeconds);

    public string Describe()
    {
        var capacity = WallSeconds * Environment.ProcessorCount / 100;
        return string.Create(CultureInfo.InvariantCulture,
            $"of the machine's {WallSeconds * Environment.ProcessorCount:0.0} CPU-seconds, this process used {ThisProcessSeconds:0.0} ({ThisProcessSeconds / capacity:0}%), "
            + $"the PostgreSQL backends of this benchmark {PostgresSeconds:0.0} ({PostgresSeconds / capacity:0}%), everything else {OthersSeconds:0.0} ({OthersSeconds / capacity:0}%)");
    }

    /// <summary>CPU milliseconds per unit of work (application and client; PostgreSQL): what one person or request costs however busy the machine.</summary>
    public string PerUnit(int units, string unit) => string.Create(CultureInfo.InvariantCulture,
        $"{ThisProcessSeconds * 1000 / units:0.0} ms of CPU in this process and {PostgresSeconds * 1000 / units:0.0} ms in PostgreSQL per {unit}");
}
