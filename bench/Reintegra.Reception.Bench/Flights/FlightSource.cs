using Reintegra.Reception.Bench.Seeding;
using Reintegra.Synthetic;

namespace Reintegra.Reception.Bench.Flights;

/// <summary>
/// The people on each benchmark flight from the United States: new returnees from the arrival generator, families kept
/// together (children after the adult who travels with them), plus the generator's usual 15 % of people who returned
/// before — here, people of the seeded registry, recorded again with the generator's spelling and date variations.
/// </summary>
internal sealed class FlightSource
{
    private const double RepeatShare = 0.15;

    private readonly IEnumerator<Arrival> _arrivals;
    private readonly IEnumerator<Returnee> _repeats;
    private readonly Queue<List<Returnee>> _households = new();
    private readonly Queue<List<Returnee>> _deferred = new();
    private readonly int _seed;
    private int _flights;

    public FlightSource(int seed, int registryPeople, DateTime nowUtc)
    {
        _seed = seed;
        var arrivals = new ReturneeGenerator(new GeneratorOptions
        {
            Seed = seed + 1,
            Countries = ["GT"],
            Modes = ["air"],
            StartUtc = nowUtc.AddDays(-60),
            EndUtc = nowUtc,
            // Repeat returns come from the seeded registry instead, so that they are in the database.
            RepeatReturnShare = 0,
        });
        _arrivals = arrivals.Arrivals(10_000).GetEnumerator();
        var seeded = Seeder.SeededRepeats(registryPeople);
        _repeats = new RegistryGenerator(Seeder.RegistryOptions(seed)).ReRegistrations(registryPeople, int.MaxValue).Skip(seeded).GetEnumerator();
    }

    public IReadOnlyList<FlightPerson> Next(int size)
    {
        var rng = new Random(_seed + 7919 * ++_flights);
        var repeats = (int)Math.Round(size * RepeatShare);
        var units = new List<List<FlightPerson>>();
        var seats = 0;
        var retry = _deferred.Count;
        while (seats < size - repeats)
        {
            var household = retry-- > 0 ? _deferred.Dequeue() : NextHousehold();
            if (seats + household.Count > size - repeats)
            {
                // A family that does not fit takes a later flight, as a whole.
                _deferred.Enqueue(household);
                continue;
            }
            units.Add(household.Select(r => new FlightPerson(r, Repeat: false)).ToList());
            seats += household.Count;
        }
        for (var i = 0; i < repeats && _repeats.MoveNext(); i++)
        {
            units.Insert(rng.Next(units.Count + 1), [new FlightPerson(_repeats.Current, Repeat: true)]);
        }
        return units.SelectMany(u => u).ToList();
    }

    private List<Returnee> NextHousehold()
    {
        while (_households.Count == 0)
        {
            if (!_arrivals.MoveNext())
            {
                throw new InvalidOperationException("The arrival generator ran out of flights.");
            }
            foreach (var group in _arrivals.Current.Returnees.GroupConsecutiveBy(r => r.FamilyGroupKey))
            {
                _households.Enqueue(group);
            }
        }
        return _households.Dequeue();
    }
}

/// <summary>A person on a flight; <c>Repeat</c> is the ground truth that they are in the seeded registry.</summary>
internal sealed record FlightPerson(Returnee Record, bool Repeat);

internal static class ConsecutiveGroups
{
    /// <summary>Runs of records with the same non-null key; a record without a key is a run of its own.</summary>
    public static IEnumerable<List<T>> GroupConsecutiveBy<T>(this IEnumerable<T> items, Func<T, string?> key)
    {
        List<T>? run = null;
        string? runKey = null;
        foreach (var item in items)
        {
            var k = key(item);
            if (run is not null && (k is null || k != runKey))
            {
                yield return run;
                run = null;
            }
            run ??= [];
            run.Add(item);
            runKey = k;
        }
        if (run is not null)
        {
            yield return run;
        }
    }
}
