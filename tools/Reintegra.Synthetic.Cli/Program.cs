using System.Diagnostics;
using System.Globalization;
using System.Text;
using Reintegra.Synthetic;

// reintegra-synthetic manifest --country GT --mode air --seed 7 --out flight.csv [--xlsx]
// reintegra-synthetic registry --people 100000 [--reregistrations N] [--lookalikes N] [--seed 1] --out registry.csv
// reintegra-synthetic events --count 10000000 [--seed 1] [--out events.csv]
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage.Text);
    return 0;
}

try
{
    var options = CommandLine.Parse(args.Skip(1));
    return args[0] switch
    {
        "manifest" => Commands.Manifest(options),
        "registry" => Commands.Registry(options),
        "events" => Commands.Events(options),
        _ => throw new ArgumentException($"Unknown command {args[0]}."),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Usage.Text);
    return 2;
}

internal static class Usage
{
    public const string Text = """
        Usage:
          manifest --country GT|HN|SV [--mode air|land] [--seed N] --out FILE [--xlsx]
              One flight or convoy, as the manifest the reception centre receives (CSV, or XLSX with --xlsx).
          registry --people N [--reregistrations M] [--lookalikes K] [--countries GT,HN,SV] [--seed N] --out FILE
              N people registered once, M later re-registrations with recording variations and K hard non-matches,
              with their ground truth (set, person_key, variations, look_alike, look_alike_of).
          events --count N [--countries GT,HN,SV] [--seed N] [--out FILE]
              A stream of N return events; prints the rate. Without --out it only counts (a speed check).
        """;
}

internal static class CommandLine
{
    public static Dictionary<string, string> Parse(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null)
                {
                    options[pending] = "true";
                }
                pending = arg[2..];
            }
            else if (pending is not null)
            {
                options[pending] = arg;
                pending = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument {arg}.");
            }
        }
        if (pending is not null)
        {
            options[pending] = "true";
        }
        return options;
    }

    public static int Int(this Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public static long Long(this Dictionary<string, string> options, string name, long fallback) =>
        options.TryGetValue(name, out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public static string Required(this Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var text) ? text : throw new ArgumentException($"--{name} is required.");

    public static string[] Countries(this Dictionary<string, string> options) =>
        options.TryGetValue("countries", out var text) ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        : options.TryGetValue("country", out var one) ? [one]
        : ["GT", "HN", "SV"];
}

internal static class Commands
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static int Manifest(Dictionary<string, string> options)
    {
        var country = options.Required("country").ToUpperInvariant();
        var mode = options.TryGetValue("mode", out var m) ? m : "air";
        var generator = new ReturneeGenerator(new GeneratorOptions
        {
            Seed = options.Int("seed", 1),
            Countries = [country],
            Modes = [mode],
        });
        var arrival = generator.Arrivals(1).Single();
        var path = options.Required("out");
        if (options.ContainsKey("xlsx") || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.Create(path);
            ManifestWriter.WriteXlsx(stream, arrival.Returnees);
        }
        else
        {
            // A byte-order mark so that spreadsheet programs read the accents as UTF-8.
            using var writer = new StreamWriter(path, false, Utf8WithBom);
            ManifestWriter.WriteCsv(writer, arrival.Returnees);
        }
        Console.Error.WriteLine(
            $"{arrival.ArrivalKey}: {arrival.Returnees.Count} people, {arrival.Mode} from {arrival.DeparturePlace} to {arrival.ReceptionPoint} -> {path}");
        return 0;
    }

    public static int Registry(Dictionary<string, string> options)
    {
        var people = options.Int("people", 100_000);
        var reregistrations = options.Int("reregistrations", people / 10);
        var lookalikes = options.Int("lookalikes", people / 100);
        var generator = new RegistryGenerator(new GeneratorOptions { Seed = options.Int("seed", 1), Countries = options.Countries() });
        var path = options.Required("out");
        using var writer = new StreamWriter(path, false, Utf8WithBom);
        var progress = new Progress(people + (long)reregistrations + lookalikes);
        GroundTruthCsv.WriteHeader(writer);
        foreach (var r in generator.Registry(people))
        {
            GroundTruthCsv.Write(writer, "registry", r);
            progress.Tick();
        }
        foreach (var r in generator.ReRegistrations(people, reregistrations))
        {
            GroundTruthCsv.Write(writer, "reregistration", r);
            progress.Tick();
        }
        foreach (var r in generator.HardNonMatches(people, lookalikes))
        {
            GroundTruthCsv.Write(writer, "lookalike", r);
            progress.Tick();
        }
        progress.Done(path);
        return 0;
    }

    public static int Events(Dictionary<string, string> options)
    {
        var count = options.Long("count", 1_000_000);
        var generator = new ReturneeGenerator(new GeneratorOptions
        {
            Seed = options.Int("seed", 1),
            Countries = options.Countries(),
            StartUtc = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            EndUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        });
        var progress = new Progress(count);
        using var writer = options.TryGetValue("out", out var path) ? new StreamWriter(path, false, Utf8WithBom) : null;
        if (writer is not null)
        {
            GroundTruthCsv.WriteHeader(writer);
        }
        foreach (var r in generator.ReturnEvents(count))
        {
            if (writer is not null)
            {
                GroundTruthCsv.Write(writer, "event", r);
            }
            progress.Tick();
        }
        progress.Done(path ?? "(not written)");
        return 0;
    }
}

/// <summary>Prints a line to stderr every two seconds on long runs, and the overall rate at the end.</summary>
internal sealed class Progress(long total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _done;
    private long _nextReport = 2000;

    public void Tick()
    {
        _done++;
        if ((_done & 0x3FFF) == 0 && _clock.ElapsedMilliseconds >= _nextReport)
        {
            _nextReport = _clock.ElapsedMilliseconds + 2000;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{_done:N0} / {total:N0} records ({100.0 * _done / Math.Max(1, total):F1} %), {_done / _clock.Elapsed.TotalSeconds:N0} records/s"));
        }
    }

    public void Done(string path) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{_done:N0} records in {_clock.Elapsed.TotalSeconds:F1} s ({_done / Math.Max(0.001, _clock.Elapsed.TotalSeconds):N0} records/s) -> {path}"));
}
