using Reintegra.Reception.Bench.Api;
using Reintegra.Reception.Bench.Measure;

namespace Reintegra.Reception.Bench.Pages;

/// <summary>
/// One officer reading: person pages of random people and searches by name, document and P-code, interleaved in
/// random order with the /me floor, one request at a time, after a warm-up that is not counted.
/// </summary>
internal static class PageBenchmark
{
    public static async Task<PageResults> RunAsync(ApiClient api, IReadOnlyList<SamplePerson> sample, int rounds, int warmupRounds, int seed, string? postgres)
    {
        var rng = new Random(seed);
        var next = 0;
        SamplePerson Draw(string kind)
        {
            while (true)
            {
                var p = sample[next++ % sample.Count];
                if (kind != PageQueries.Document || p.Document is not null)
                {
                    return p;
                }
            }
        }
        List<PageQuery> Round()
        {
            var round = PageQueries.All.SelectMany(k => Enumerable.Repeat(k, PageQueries.Weight(k)))
                .Select(k => PageQueries.Make(k, Draw(k), rng)).ToList();
            rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(round));
            return round;
        }

        for (var i = 0; i < warmupRounds; i++)
        {
            foreach (var q in Round())
            {
                await SendAsync(api, q);
            }
        }
        api.ResetTimings();
        var results = new PageResults();
        var cpu = CpuWindow.Start(postgres);
        for (var i = 0; i < rounds; i++)
        {
            foreach (var q in Round())
            {
                var found = await SendAsync(api, q);
                results.Add(q, api.Timings[q.Kind][^1], found);
            }
        }
        results.Cpu = cpu.Stop();
        return results;
    }

    /// <returns>Whether the answer holds the person the request was made from.</returns>
    private static async Task<bool> SendAsync(ApiClient api, PageQuery q)
    {
        switch (q.Kind)
        {
            case PageQueries.Me:
                await api.PingAsync(q.Kind, q.Url);
                return true;
            case PageQueries.Page:
                var page = await api.GetAsync<PersonPage>(q.Kind, q.Url);
                return page.Person.Id == q.Expected;
            default:
                var result = await api.GetAsync<SearchResult>(q.Kind, q.Url);
                return result.Items.Any(r => r.Id == q.Expected);
        }
    }
}

internal sealed class PageResults
{
    private readonly Dictionary<string, List<(PageQuery Query, double Ms)>> _byKind = [];
    private readonly Dictionary<string, int> _found = [];

    public CpuUse? Cpu { get; set; }

    public void Add(PageQuery q, double ms, bool found)
    {
        if (!_byKind.TryGetValue(q.Kind, out var list))
        {
            _byKind[q.Kind] = list = [];
        }
        list.Add((q, ms));
        _found[q.Kind] = _found.GetValueOrDefault(q.Kind) + (found ? 1 : 0);
    }

    public int Count => _byKind.Values.Sum(l => l.Count);

    public Latencies Of(string kind) => Latencies.Of(_byKind.GetValueOrDefault(kind)?.Select(x => x.Ms) ?? []);

    /// <summary>All searches together, in the benchmark's mix.</summary>
    public Latencies SearchMix => Latencies.Of(PageQueries.Searches.SelectMany(k => _byKind.GetValueOrDefault(k) ?? []).Select(x => x.Ms));

    /// <summary>Share of answers that held the person the request was made from (a name search lists 25 of possibly many).</summary>
    public double FoundShare(string kind) => _byKind.TryGetValue(kind, out var list) && list.Count > 0 ? (double)_found[kind] / list.Count : 0;

    public IReadOnlyList<(PageQuery Query, double Ms)> Slowest(string kind, int count) =>
        (_byKind.GetValueOrDefault(kind) ?? []).OrderByDescending(x => x.Ms).Take(count).ToList();
}
