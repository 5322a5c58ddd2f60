using System.Globalization;

namespace Reintegra.Synthetic;

/// <summary>
/// Data for scoring an identity matcher. <see cref="Registry"/> gives N distinct people, each registered once;
/// <see cref="ReRegistrations"/> gives later records of some of them, with the recording variations;
/// <see cref="HardNonMatches"/> gives new people built to look like registry people (siblings, twins, namesakes);
/// <see cref="NewPeople"/> gives ordinary people who are not in the registry. Every record carries its ground-truth
/// <see cref="Returnee.PersonKey"/>. All four are deterministic for the seed and stream in constant memory.
/// </summary>
public sealed class RegistryGenerator
{
    private readonly GeneratorOptions _options;
    private readonly Population _population;
    private readonly WeightedTable<CountryProfile> _countries;
    private readonly RecordWriter _writer;
    private readonly int _spanDays;

    public RegistryGenerator(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.EndUtc <= options.StartUtc || options.Countries.Count == 0)
        {
            throw new ArgumentException("Options need a time window and at least one country.", nameof(options));
        }
        _options = options;
        _population = new Population(options.Seed);
        _countries = new WeightedTable<CountryProfile>(options.Countries.Select(CountryProfile.Get).Select(c => (c, c.Routes.CountryWeight)));
        _writer = new RecordWriter(options.Variations);
        _spanDays = Math.Max(1, (int)(options.EndUtc - options.StartUtc).TotalDays);
    }

    /// <summary>The first registration of each of <paramref name="people"/> distinct people (families included, so some are siblings).</summary>
    public IEnumerable<Returnee> Registry(int people) => Registered(0, people);

    /// <summary>People <c>people</c> .. <c>people + count - 1</c> of the same population: never in <see cref="Registry"/> of <paramref name="people"/>.</summary>
    public IEnumerable<Returnee> NewPeople(int people, int count) => Registered(people, count);

    /// <summary>
    /// <paramref name="count"/> later records of people drawn at random from <see cref="Registry"/> of <paramref name="people"/>,
    /// each recorded with the variations of <see cref="GeneratorOptions.Variations"/>. A person may come back more than once.
    /// </summary>
    public IEnumerable<Returnee> ReRegistrations(int people, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(people);
        var (households, lastSize) = CountHouseholds(people);
        for (var k = 0; k < count; k++)
        {
            var rng = Rng.For(_options.Seed, 0x2E_2E6, (ulong)k);
            var household = rng.NextLong(households);
            var key = HouseholdKey(household);
            var size = household == households - 1 ? lastSize : _population.Shape(key).Size;
            var person = _population.Household(key).Members[rng.Next(size)];
            var evt = LaterEvent(person, key, rng, string.Create(CultureInfo.InvariantCulture, $"REREG-{k:D8}"));
            yield return _writer.Write(1_000_000_000L + k, person, evt, rng, repeat: true);
        }
    }

    /// <summary>
    /// <paramref name="count"/> new people, each resembling someone in <see cref="Registry"/> of <paramref name="people"/>:
    /// 40 % siblings, 20 % twins, 40 % namesakes with a common name. <see cref="Returnee.LookAlikeOf"/> names the registry person.
    /// </summary>
    public IEnumerable<Returnee> HardNonMatches(int people, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(people);
        var (households, lastSize) = CountHouseholds(people);
        for (var k = 0; k < count; k++)
        {
            var (person, kind, of, rng) = LookAlikeAt(k, households, lastSize);
            var evt = LaterEvent(person, PersonKey.Unpack(of), rng, string.Create(CultureInfo.InvariantCulture, $"LOOKALIKE-{k:D8}"));
            yield return _writer.Write(2_000_000_000L + k, person, evt, rng, repeat: false, kind, of);
        }
    }

    /// <summary>
    /// The canonical identity behind a registry person's key. A look-alike has no other identity than its own record
    /// (it is registered once, without variations), so its key is refused here.
    /// </summary>
    public PersonIdentity Identity(long personKey)
    {
        if (PersonKey.Unpack(personKey).Namespace == PersonKey.LookAlikeNamespace)
        {
            throw new ArgumentException("A look-alike's identity is its own record.", nameof(personKey));
        }
        return PersonIdentity.From(_population.Person(personKey));
    }

    private IEnumerable<Returnee> Registered(int skip, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        long household = 0;
        var member = 0;
        var skipped = 0;
        while (skipped < skip)
        {
            var size = _population.Shape(HouseholdKey(household)).Size;
            if (skipped + size > skip)
            {
                member = skip - skipped;
                break;
            }
            skipped += size;
            household++;
        }

        var produced = 0;
        while (produced < count)
        {
            var key = HouseholdKey(household);
            var members = _population.Household(key).Members;
            var rng = Rng.For(_options.Seed, 0x2E6_157, (ulong)household);
            var arrivalUtc = ArrivalOn(key.ReferenceDate, rng);
            var arrivalKey = string.Create(CultureInfo.InvariantCulture, $"REG-{household:D9}");
            var evt = new ReturnEvent(arrivalKey, arrivalUtc, key.Mode == 0 ? "air" : "land", ReturnedFrom(key, rng));
            for (; member < members.Length && produced < count; member++, produced++)
            {
                var person = members[member];
                var child = Age.Years(person.DateOfBirth, DateOnly.FromDateTime(arrivalUtc)) < 18;
                var withFamily = members.Length > 1 ? evt with
                {
                    FamilyGroupKey = string.Create(CultureInfo.InvariantCulture, $"FAM-{members[0].Key:X}"),
                    AccompanyingAdultKey = child && members[0] != person ? members[0].Key : null,
                    ChildStatus = child ? "accompanied" : null,
                } : evt;
                yield return _writer.Write(skip + (long)produced, person, withFamily, rng, repeat: false);
            }
            member = 0;
            household++;
        }
    }

    /// <summary>Households in registry order: country, mode and registration day are drawn from the household index.</summary>
    private PersonKey HouseholdKey(long household)
    {
        var rng = Rng.For(_options.Seed, 0x2E6_C0DE, (ulong)household);
        var country = _countries.Sample(rng);
        var mode = rng.Chance(country.Routes.AirShare) ? 0 : 1;
        var day = PersonKey.DayOf(_options.StartUtc) + rng.Next(_spanDays);
        return new PersonKey(PersonKey.RegistryNamespace, country.Ordinal, mode, day, household, 0);
    }

    /// <summary>How many households hold the first <paramref name="people"/> people, and how many of the last one count.</summary>
    private (long Households, int LastSize) CountHouseholds(int people)
    {
        long household = 0;
        var counted = 0;
        while (true)
        {
            var size = _population.Shape(HouseholdKey(household)).Size;
            if (counted + size >= people)
            {
                return (household + 1, people - counted);
            }
            counted += size;
            household++;
        }
    }

    private (Person Person, LookAlike Kind, long Of, Rng Rng) LookAlikeAt(int k, long households, int lastSize)
    {
        var rng = Rng.For(_options.Seed, 0x100C_A11E, (ulong)k);
        var roll = rng.NextDouble();
        var kind = roll < 0.4 ? LookAlike.Sibling : roll < 0.6 ? LookAlike.Twin : LookAlike.Namesake;
        Person original = null!;
        Person? commonGiven = null;
        // Namesakes are only hard when the name is common ("José Luis García López"): try registry people until both the
        // given name and the first surname are among the most frequent, else settle for a frequent given name.
        var attempts = kind == LookAlike.Namesake ? 24 : 1;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var household = rng.NextLong(households);
            var key = HouseholdKey(household);
            var size = household == households - 1 ? lastSize : _population.Shape(key).Size;
            original = _population.Household(key).Members[rng.Next(size)];
            if (kind != LookAlike.Namesake)
            {
                break;
            }
            if (GivenNames.IsCommon(original.GivenParts, original.Sex))
            {
                commonGiven ??= original;
                if (original.Country.IsCommonSurname(original.FirstSurname))
                {
                    commonGiven = original;
                    break;
                }
            }
        }
        original = commonGiven ?? original;

        var ownKey = new PersonKey(PersonKey.LookAlikeNamespace, PersonKey.Unpack(original.Key).Country, 0, 0, k, 0).Pack();
        var dob = original.DateOfBirth;
        var sex = original.Sex;
        var given = original.GivenParts;
        var admin1 = original.Admin1;
        var admin2 = original.Admin2;
        switch (kind)
        {
            case LookAlike.Sibling:
                sex = rng.Chance(0.5) ? 'M' : 'F';
                given = GivenNames.DrawOtherThan(rng, sex, original.GivenParts);
                var gap = rng.Next(1, 13) * (rng.Chance(0.5) ? 1 : -1);
                dob = dob.AddYears(gap).AddDays(rng.Next(-150, 150));
                break;
            case LookAlike.Twin:
                sex = rng.Chance(0.5) ? 'M' : 'F';
                given = GivenNames.DrawOtherThan(rng, sex, original.GivenParts);
                break;
            default:
                dob = rng.Chance(0.3)
                    ? new DateOnly(dob.Year, rng.Next(1, 13), rng.Next(1, 29))
                    : dob.AddYears(rng.Next(1, 16) * (rng.Chance(0.5) ? 1 : -1)).AddDays(rng.Next(-180, 180));
                if (dob == original.DateOfBirth)
                {
                    dob = dob.AddDays(1);
                }
                if (rng.Chance(0.7))
                {
                    var place = original.Country.Municipalities(original.Country.Departments.Sample(rng).PCode).Sample(rng);
                    (admin1, admin2) = (place.ParentPCode!, place.PCode);
                }
                break;
        }

        var national = original.Nationality;
        var adult = Age.Years(dob, DateOnly.FromDateTime(_options.EndUtc)) >= 18;
        var cui = original.Country.Alpha2 switch
        {
            "GT" => IdentityNumbers.GuatemalaCui(rng, admin2),
            "HN" => IdentityNumbers.HondurasDni(rng, admin2, dob.Year),
            _ => IdentityNumbers.ElSalvadorDui(rng),
        };
        var person = new Person
        {
            Key = ownKey,
            Country = original.Country,
            GivenParts = given,
            FirstSurname = original.FirstSurname,
            SecondSurname = original.SecondSurname,
            Sex = sex,
            DateOfBirth = dob,
            Nationality = national,
            Admin1 = admin1,
            Admin2 = admin2,
            Indigenous = original.Indigenous,
            Languages = original.Languages,
            NationalId = adult ? cui : null,
            BirthCertificate = adult ? null : cui,
            Passport = IdentityNumbers.Passport(rng, national),
            ConsularId = null,
            Phone = adult ? IdentityNumbers.Phone(rng, original.Country.Routes.PhonePrefixes) : null,
            Disability = rng.Chance(Demography.DisabilityShare),
            ChronicIllness = rng.Chance(Demography.ChronicIllnessShare),
            MentalHealth = rng.Chance(Demography.MentalHealthShare),
            SpouseSurname = original.Country.Surnames.Sample(rng),
        };
        return (person, kind, original.Key, rng);
    }

    private ReturnEvent LaterEvent(Person person, PersonKey registered, Rng rng, string arrivalKey)
    {
        // Later than the registry record: one month to three years after it.
        var when = ArrivalOn(registered.ReferenceDate.AddDays(rng.Next(30, 1100)), rng);
        var air = rng.Chance(person.Country.Routes.AirShare);
        var from = air ? (rng.Chance(person.Country.Routes.AirFromMexicoShare) ? "MX" : "US") : "MX";
        return new ReturnEvent(arrivalKey, when, air ? "air" : "land", from);
    }

    private string ReturnedFrom(PersonKey key, Rng rng)
    {
        var routes = CountryProfile.ByOrdinal(key.Country).Routes;
        return key.Mode == 0
            ? rng.Chance(routes.AirFromMexicoShare) ? "MX" : "US"
            : rng.Chance(routes.LandFromGuatemalaShare) ? "GT" : "MX";
    }

    private static DateTime ArrivalOn(DateOnly day, Rng rng) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(13, 0)).AddMinutes(rng.Next(0, 660)), DateTimeKind.Utc);
}
