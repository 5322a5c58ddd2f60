using System.Diagnostics;
using Reintegra.Reception.Bench.Api;
using Reintegra.Reception.Bench.Measure;
using Reintegra.Reception.Bench.Pages;
using Reintegra.Reception.Bench.Seeding;

namespace Reintegra.Reception.Bench.Flights;

/// <summary>
/// Flights landing one after another at one desk. The first, smaller flight warms the server (JIT, EF's query cache)
/// and is reported apart; the measured flights follow.
/// </summary>
internal static class FlightBenchmark
{
    public const string Candidates = "GET /reception/candidates";

    public static async Task<FlightResults> RunAsync(ApiClient api, FlightSource source, IReadOnlyDictionary<long, SeededPerson>? known, int flights, int size, int warmupSize, string? postgres)
    {
        var desk = new ReceptionDesk(api, known);
        var warmup = await OneAsync(desk, api, source.Next(Math.Min(warmupSize, size)), 0);
        Console.WriteLine($"    warm-up flight of {warmup.People}: {warmup.Elapsed.TotalSeconds:0.00} s");
        api.ResetTimings();
        var cpu = CpuWindow.Start(postgres);
        var outcomes = new List<FlightOutcome>();
        var calls = new Dictionary<string, List<double>>();
        for (var i = 1; i <= flights; i++)
        {
            var outcome = await OneAsync(desk, api, source.Next(size), i);
            outcomes.Add(outcome);
            foreach (var (name, ms) in api.Timings)
            {
                calls.TryAdd(name, []);
                calls[name].AddRange(ms);
            }
            api.ResetTimings();
            Console.WriteLine($"    flight {i}: {outcome.People} people in {outcome.Elapsed.TotalSeconds:0.00} s ({outcome.PersonsPerSecond:0.0}/s), "
                + $"{outcome.Attached} attached to earlier records, {outcome.Failures.Count} refused");
            foreach (var failure in outcome.Failures.Take(3))
            {
                Console.WriteLine($"      refused: {failure}");
            }
        }
        return new FlightResults(warmup, outcomes, calls, cpu.Stop());
    }

    private static async Task<FlightOutcome> OneAsync(ReceptionDesk desk, ApiClient api, IReadOnlyList<FlightPerson> people, int number)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await desk.ProcessAsync(people, DateTime.UtcNow.AddMinutes(-30), $"ICE-BENCH-{number:D3}");
        outcome.Elapsed = clock.Elapsed;
        var queue = await api.GetAsync<ArrivalQueue>("check", $"/api/v1/arrivals/{outcome.ArrivalId}/queue");
        outcome.RegisteredInQueue = queue.Registered.Count;
        api.Timings.Remove("check");
        return outcome;
    }
}

internal sealed record FlightResults(FlightOutcome Warmup, IReadOnlyList<FlightOutcome> Flights, IReadOnlyDictionary<string, List<double>> Calls, CpuUse Cpu)
{
    public IReadOnlyList<(PageQuery Query, double Ms)> SlowestCandidates(int count) =>
        Flights.SelectMany(f => f.CandidateLookups).OrderByDescending(x => x.Ms).Take(count)
            .Select(x => (new PageQuery(FlightBenchmark.Candidates, x.Url, null), x.Ms)).ToList();

    public double MedianSeconds => Median(Flights.Select(f => f.Elapsed.TotalSeconds));

    public double WorstSeconds => Flights.Max(f => f.Elapsed.TotalSeconds);

    public double MedianPersonsPerSecond => Median(Flights.Select(f => f.PersonsPerSecond));

    public double WorstPersonsPerSecond => Flights.Min(f => f.PersonsPerSecond);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
