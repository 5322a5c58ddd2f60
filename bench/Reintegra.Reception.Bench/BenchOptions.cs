using System.Globalization;

namespace Reintegra.Reception.Bench;

/// <summary>What to run. Full mode measures the targets; <c>--smoke</c> runs every step at a size CI can afford.</summary>
internal sealed record BenchOptions
{
    public bool Smoke { get; init; }

    public IReadOnlyList<string> Engines { get; init; } = ["sqlite", "postgres"];

    /// <summary>People already in the database when the flights land (the issue says 100,000).</summary>
    public int FlightPeople { get; init; } = 100_000;

    /// <summary>People in the PostgreSQL database of the person-page and search benchmark (the issue says 1,000,000); 0 skips it.</summary>
    public int LargePeople { get; init; } = 1_000_000;

    public int Flights { get; init; } = 5;

    public int FlightSize { get; init; } = 150;

    /// <summary>
    /// Measured rounds of the page benchmark; a round is 2 person pages, 3 name, 2 document, 2 municipality and
    /// 1 department searches and 1 /me, in random order.
    /// </summary>
    public int Requests { get; init; } = 500;

    public int Seed { get; init; } = 20261123;

    public string? Output { get; init; }

    /// <summary>Keep the databases (and print their names) instead of dropping them.</summary>
    public bool Keep { get; init; }

    /// <summary>An existing, kept PostgreSQL database of the large size: skips creating and seeding it.</summary>
    public string? ReuseLarge { get; init; }

    public int WarmupRounds => Smoke ? 3 : 30;

    /// <summary>
    /// People on the flight that warms the server up before the measured flights: a whole flight in full mode, so
    /// that the JIT has promoted the hot paths to optimised code, as in a server that has been running for a while.
    /// </summary>
    public int WarmupFlightSize => Smoke ? 10 : FlightSize;

    public static BenchOptions Parse(string[] args)
    {
        var o = args.Contains("--smoke")
            ? new BenchOptions { Smoke = true, FlightPeople = 2_000, LargePeople = 0, Flights = 1, Requests = 10 }
            : new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int NextInt() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--smoke" => o,
                "--engines" => o with { Engines = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--flight-people" => o with { FlightPeople = NextInt() },
                "--large-people" => o with { LargePeople = NextInt() },
                "--flights" => o with { Flights = NextInt() },
                "--flight-size" => o with { FlightSize = NextInt() },
                "--requests" => o with { Requests = NextInt() },
                "--seed" => o with { Seed = NextInt() },
                "--out" => o with { Output = Next() },
                "--keep" => o with { Keep = true },
                "--reuse-large" => o with { ReuseLarge = Next() },
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

    public const string Usage = """
        dotnet run -c Release --project bench/Reintegra.Reception.Bench -- [--smoke] [options]
          --engines sqlite,postgres   engines of the flight benchmark (PostgreSQL needs REINTEGRA_TEST_PG)
          --flight-people N           people in the database when the flights land (default 100000; smoke 2000; 0 = skip)
          --large-people N            people in the PostgreSQL page/search database (default 1000000; smoke 0 = skip)
          --flights N                 measured flights per engine (default 5; smoke 1)
          --flight-size N             people per flight (default 150)
          --requests N                measured rounds of 11 requests in the page/search benchmark (default 500; smoke 10)
          --seed N                    synthetic data seed
          --out FILE                  markdown results (default results/reception-full.md or results/reception-smoke.md)
          --keep                      keep the databases; --reuse-large NAME reuses a kept large PostgreSQL one
        """;
}
