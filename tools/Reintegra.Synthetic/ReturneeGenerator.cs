using System.Globalization;

namespace Reintegra.Synthetic;

/// <summary>
/// Streams arrivals (flights and bus convoys) of returnees in time order, with families travelling together and a share
/// of seats taken by people who returned earlier in the same stream, recorded with realistic variations.
/// Deterministic for a seed; constant memory (earlier people are remembered in a fixed-size reservoir of keys).
/// </summary>
public sealed class ReturneeGenerator
{
    private const int ReservoirSize = 1 << 16;

    private readonly GeneratorOptions _options;
    private readonly Population _population;
    private readonly WeightedTable<CountryProfile> _countries;
    private readonly RecordWriter _writer;

    public ReturneeGenerator(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.EndUtc <= options.StartUtc)
        {
            throw new ArgumentException("EndUtc must be after StartUtc.", nameof(options));
        }
        if (options.Countries.Count == 0)
        {
            throw new ArgumentException("At least one country is needed.", nameof(options));
        }
        foreach (var mode in options.Modes)
        {
            if (mode is not ("air" or "land"))
            {
                throw new ArgumentException($"Mode {mode} is neither air nor land.", nameof(options));
            }
        }
        _options = options;
        _population = new Population(options.Seed);
        _countries = new WeightedTable<CountryProfile>(options.Countries.Select(CountryProfile.Get).Select(c => (c, c.Routes.CountryWeight)));
        _writer = new RecordWriter(options.Variations);
    }

    /// <summary>
    /// <paramref name="count"/> arrivals spread evenly between StartUtc and EndUtc, each with its returnees.
    /// Enumerating twice gives the same arrivals.
    /// </summary>
    public IEnumerable<Arrival> Arrivals(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Stream(count, unbounded: false);
    }

    /// <summary>A flat stream of <paramref name="count"/> return events, for benchmarks and statistics (about 120 per arrival).</summary>
    public IEnumerable<Returnee> ReturnEvents(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var planned = (int)Math.Min(int.MaxValue, count / 118 + 1);
        long produced = 0;
        foreach (var arrival in Stream(planned, unbounded: true))
        {
            foreach (var returnee in arrival.Returnees)
            {
                if (produced++ >= count)
                {
                    yield break;
                }
                yield return returnee;
            }
            if (produced >= count)
            {
                yield break;
            }
        }
    }

    /// <summary>The canonical identity behind a person key from this generator's stream.</summary>
    public PersonIdentity Identity(long personKey) => PersonIdentity.From(_population.Person(personKey));

    private IEnumerable<Arrival> Stream(int planned, bool unbounded)
    {
        var rng = Rng.For(_options.Seed, 0xA77_1BA1, 0);
        var state = new StreamState(_options.Countries.Count);
        var span = _options.EndUtc - _options.StartUtc;
        var spanDays = Math.Max(1.0, span.TotalDays);
        for (var i = 0; unbounded || i < planned; i++)
        {
            // Even spacing keeps arrivals in time order; each lands in daytime, 07:00-18:00 Central America time.
            var position = spanDays * (i + rng.NextDouble()) / Math.Max(1, planned);
            var day = Math.Floor(position);
            var arrivalUtc = _options.StartUtc.Date.AddDays(day).AddHours(13 + 11 * (position - day));
            if (arrivalUtc < _options.StartUtc)
            {
                arrivalUtc = _options.StartUtc.AddMinutes(i);
            }
            yield return NextArrival(rng, state, i, DateTime.SpecifyKind(arrivalUtc, DateTimeKind.Utc));
        }
    }

    private Arrival NextArrival(Rng rng, StreamState state, int index, DateTime arrivalUtc)
    {
        var country = _countries.Sample(rng);
        var routes = country.Routes;
        var mode = _options.Modes.Count == 1 ? _options.Modes[0]
            : rng.Chance(routes.AirShare) ? "air" : "land";
        var air = mode == "air";
        var returnedFrom = air
            ? rng.Chance(routes.AirFromMexicoShare) ? "MX" : "US"
            : rng.Chance(routes.LandFromGuatemalaShare) ? "GT" : "MX";
        var departure = (air, returnedFrom) switch
        {
            (true, "US") => rng.Pick(RouteData.UnitedStatesDepartures),
            (true, _) => rng.Pick(RouteData.MexicoAirDepartures),
            (false, "GT") => rng.Pick(RouteData.GuatemalaLandDepartures),
            _ => rng.Pick(RouteData.MexicoLandDepartures),
        };
        var reception = air ? routes.AirReception : rng.Pick(routes.LandReceptions);
        var arrivalKey = string.Create(CultureInfo.InvariantCulture, $"{country.Alpha2}-{arrivalUtc:yyyyMMdd}-{(air ? "A" : "T")}{index:D6}");
        // ICE charter flights carry about 100-135 people; a convoy is two to five buses of 30-45.
        var target = air ? rng.Next(100, 136) : rng.Next(2, 6) * rng.Next(30, 46);

        var countryIndex = country.Ordinal - 1;
        var reservoir = state.Reservoirs[countryIndex];
        var returnees = new List<Returnee>(target + 6);
        var newPeople = new List<long>(target + 6);
        state.InArrival.Clear();
        var evtSolo = new ReturnEvent(arrivalKey, arrivalUtc, mode, returnedFrom);
        var referenceDay = PersonKey.DayOf(arrivalUtc);
        var modeBit = air ? 0 : 1;
        var repeatAttempts = 0;
        while (returnees.Count < target)
        {
            if (reservoir.Count > 0 && rng.Chance(_options.RepeatReturnShare) && repeatAttempts++ < target)
            {
                var key = reservoir.Pick(rng);
                if (state.InArrival.Add(key))
                {
                    var person = _population.Person(key);
                    returnees.Add(_writer.Write(state.NextRecordKey++, person, evtSolo, rng, repeat: true));
                }
                continue;
            }
            var household = _population.Household(new PersonKey(
                PersonKey.ArrivalsNamespace, country.Ordinal, modeBit, referenceDay, state.NextHousehold(countryIndex, modeBit), 0));
            AddHousehold(household, evtSolo, rng, state, returnees, newPeople);
        }
        foreach (var key in newPeople)
        {
            reservoir.Offer(key, rng);
        }
        return new Arrival(arrivalKey, country.Alpha2, mode, returnedFrom, arrivalUtc, departure, reception, returnees);
    }

    private void AddHousehold(Household household, ReturnEvent solo, Rng rng, StreamState state, List<Returnee> returnees, List<long> newPeople)
    {
        var members = household.Members;
        if (household.Kind is HouseholdKind.SingleAdult or HouseholdKind.Unaccompanied)
        {
            returnees.Add(_writer.Write(state.NextRecordKey++, members[0], solo, rng, repeat: false));
            newPeople.Add(members[0].Key);
            return;
        }

        var groupKey = string.Create(CultureInfo.InvariantCulture, $"FAM-{household.Members[0].Key:X}");
        var date = DateOnly.FromDateTime(solo.ArrivalUtc);
        var hasInfant = false;
        for (var m = household.AdultCount; m < members.Length; m++)
        {
            hasInfant |= Age.Years(members[m].DateOfBirth, date) < 2;
        }
        var family = household.Kind == HouseholdKind.Family;
        var carer = family && household.AdultCount == 2 ? 1 : 0;
        for (var m = 0; m < members.Length; m++)
        {
            var child = household.IsChild(m);
            var evt = solo with
            {
                FamilyGroupKey = groupKey,
                AccompanyingAdultKey = child ? members[carer].Key : null,
                ChildStatus = child ? (family ? "accompanied" : "separated") : null,
                SingleParent = family && m == 0 && household.AdultCount == 1,
                CaresForInfant = family && m == carer && hasInfant,
            };
            returnees.Add(_writer.Write(state.NextRecordKey++, members[m], evt, rng, repeat: false));
            newPeople.Add(members[m].Key);
        }
    }

    private sealed class StreamState(int countries)
    {
        private readonly long[] _households = new long[4 * 2];

        public long NextRecordKey { get; set; }

        public HashSet<long> InArrival { get; } = [];

        public Reservoir[] Reservoirs { get; } = Enumerable.Range(0, 4).Select(_ => new Reservoir(ReservoirSize)).ToArray();

        public int Countries { get; } = countries;

        public long NextHousehold(int country, int mode) => _households[country * 2 + mode]++;
    }

    /// <summary>A uniform sample of everyone seen so far, in fixed memory (reservoir sampling).</summary>
    private sealed class Reservoir(int capacity)
    {
        private readonly long[] _keys = new long[capacity];
        private long _seen;

        public int Count { get; private set; }

        public long Pick(Rng rng) => _keys[rng.Next(Count)];

        public void Offer(long key, Rng rng)
        {
            _seen++;
            if (Count < _keys.Length)
            {
                _keys[Count++] = key;
                return;
            }
            var slot = rng.NextLong(_seen);
            if (slot < _keys.Length)
            {
                _keys[slot] = key;
            }
        }
    }
}
