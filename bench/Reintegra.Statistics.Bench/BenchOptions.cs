using System.Globalization;

namespace Reintegra.Statistics.Bench;

/// <summary>What to run. Full mode aims at the size; <c>--smoke</c> runs every step in seconds for CI.</summary>
internal sealed record BenchOptions
{
    public bool Smoke { get; init; }

    public IReadOnlyList<string> Engines { get; init; } = ["sqlite", "postgres"];

    /// <summary>Return facts per engine; a size per engine may be given as sqlite=N,postgres=M.</summary>
    public IReadOnlyDictionary<string, int> Facts { get; init; } = new Dictionary<string, int> { ["sqlite"] = 2_000_000, ["postgres"] = 10_000_000 };

    /// <summary>Measured single-table questions through the engine.</summary>
    public int EngineQueries { get; init; } = 20_000;

    /// <summary>At most this many of the same questions through the GROUP BY baseline ...</summary>
    public int BaselineQueries { get; init; } = 200;

    /// <summary>... and at most this many seconds of them per engine.</summary>
    public int BaselineSeconds { get; init; } = 120;

    /// <summary>People queued for the incremental-maintenance measurement.</summary>
    public int RefreshPeople { get; init; } = 2_000;

    /// <summary>Dashboard pages requested over HTTP through the whole application.</summary>
    public int PageRequests { get; init; } = 300;

    public int Seed { get; init; } = 20261123;

    public string? Output { get; init; }

    public bool Keep { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var o = args.Contains("--smoke")
            ? new BenchOptions
            {
                Smoke = true,
                Facts = new Dictionary<string, int> { ["sqlite"] = 20_000, ["postgres"] = 20_000 },
                EngineQueries = 500,
                BaselineQueries = 30,
                BaselineSeconds = 20,
                RefreshPeople = 50,
                PageRequests = 40,
            }
            : new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int NextInt() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--smoke" => o,
                "--engines" => o with { Engines = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--facts" => o with { Facts = ParseFacts(Next()) },
                "--queries" => o with { EngineQueries = NextInt() },
                "--baseline-queries" => o with { BaselineQueries = NextInt() },
                "--baseline-seconds" => o with { BaselineSeconds = NextInt() },
                "--refresh-people" => o with { RefreshPeople = NextInt() },
                "--pages" => o with { PageRequests = NextInt() },
                "--seed" => o with { Seed = NextInt() },
                "--out" => o with { Output = Next() },
                "--keep" => o with { Keep = true },
                "--help" or "-h" => throw new ArgumentException(Usage),
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }
        foreach (var engine in o.Engines)
        {
            if (engine is not ("sqlite" or "postgres"))
            {
                throw new ArgumentException($"Unknown engine {engine}: use sqlite and/or postgres.");
            }
        }
        return o;
    }

    private static Dictionary<string, int> ParseFacts(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var all))
        {
            return new Dictionary<string, int> { ["sqlite"] = all, ["postgres"] = all };
        }
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => int.Parse(p[1], NumberStyles.None, CultureInfo.InvariantCulture));
    }

    public const string Usage = """
        dotnet run -c Release --project bench/Reintegra.Statistics.Bench -- [--smoke] [options]
          --engines sqlite,postgres      engines (PostgreSQL needs REINTEGRA_TEST_PG)
          --facts N | sqlite=N,postgres=M return facts seeded per engine (default sqlite=2000000,postgres=10000000; smoke 20000)
          --queries N                    single-table questions through the engine (default 20000; smoke 500)
          --baseline-queries N           the same questions through SQL GROUP BY, at most (default 200; smoke 30)
          --baseline-seconds N           ... and at most this long per engine (default 120; smoke 20)
          --refresh-people N             people queued for the incremental refresh (default 2000; smoke 50)
          --pages N                      dashboard pages requested over HTTP through the whole application (default 300; smoke 40)
          --seed N                       data and question seed
          --out FILE                     markdown results (default results/statistics-full.md or results/statistics-smoke.md)
          --keep                         keep the databases
        """;
}
