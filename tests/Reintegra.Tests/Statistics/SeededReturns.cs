using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Reintegra.Reference;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;
using Reintegra.Web.Web;

namespace Reintegra.Tests.Statistics;

/// <summary>
/// A small seeded data set of return facts with many small groups, loaded straight into the figures. The instance is
/// Costa Rica: its 7 provinces and 81 cantons give the origin classifier the same two levels as Guatemala's 22
/// departments and 340 municipalities, with a third of the cells, so every served combination can be attacked quickly.
/// </summary>
public static class SeededReturns
{
    public const int Threshold = 5;

    public const string Country = "CR";

    /// <summary>The provinces people come from (San José, Alajuela, Cartago, Puntarenas); Limón (CR7) has nobody.</summary>
    public static readonly string[] Provinces = ["CR1", "CR2", "CR3", "CR6"];

    public static List<ReturnFactRecord> Facts(int count = 700, int seed = 42)
    {
        var random = new Random(seed);
        var departments = new (string Adm1, double Share)[] { (Provinces[0], 0.4), (Provinces[1], 0.25), (Provinces[2], 0.2), (Provinces[3], 0.1) };
        T Pick<T>(IReadOnlyList<(T Value, double Weight)> options)
        {
            var x = random.NextDouble() * options.Sum(o => o.Weight);
            foreach (var (value, weight) in options)
            {
                if ((x -= weight) < 0)
                {
                    return value;
                }
            }
            return options[^1].Value;
        }
        var facts = new List<ReturnFactRecord>();
        var people = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var repeat = people.Count > 20 && random.NextDouble() < 0.15;
            var person = repeat ? people[random.Next(people.Count)] : Guid.NewGuid();
            people.Add(person);
            var year = random.NextDouble() < 0.4 ? 2025 : 2026;
            var month = 1 + (int)Math.Floor(Math.Pow(random.NextDouble(), 1.3) * 12);
            var from = Pick<string>([("US", 0.6), ("MX", 0.37), ("CO", 0.03)]);
            string? adm1 = random.NextDouble() < 0.05 ? null : Pick(departments.Select(d => (d.Adm1, d.Share)).ToList());
            string? adm2 = adm1 is null || random.NextDouble() < 0.05 ? null
                : Places.Default.Admin2(adm1).Take(3).ElementAt(random.Next(3)).PCode;
            var vulnerabilities = Vulnerability.None;
            foreach (var (flag, p) in new[] { (Vulnerability.Disability, 0.06), (Vulnerability.Indigenous, 0.2), (Vulnerability.PregnantWoman, 0.03), (Vulnerability.OlderPerson, 0.04), (Vulnerability.UnaccompaniedChild, 0.03) })
            {
                if (random.NextDouble() < p)
                {
                    vulnerabilities |= flag;
                }
            }
            facts.Add(new ReturnFactRecord
            {
                ReturnId = Guid.NewGuid(),
                PersonId = person,
                ArrivedAt = new DateTime(year, month, 1 + random.Next(28), 18, 0, 0, DateTimeKind.Utc),
                Sex = Pick<Sex>([(Sex.Male, 0.68), (Sex.Female, 0.31), (Sex.Other, 0.01)]),
                AgeAtReturn = random.NextDouble() < 0.03 ? null : Pick<int>([(random.Next(0, 12), 0.08), (random.Next(12, 18), 0.1), (random.Next(18, 30), 0.45), (random.Next(30, 60), 0.34), (random.Next(60, 80), 0.03)]),
                ReturnedFromCode = from,
                Mode = from == "US" ? ReturnMode.Air : random.NextDouble() < 0.9 ? ReturnMode.Land : ReturnMode.Air,
                Category = Pick<ReturnCategory>([(ReturnCategory.Forced, 0.85), (ReturnCategory.Voluntary, 0.08), (ReturnCategory.AssistedVoluntary, 0.05), (ReturnCategory.Spontaneous, 0.02)]),
                OriginAdm1 = adm1,
                OriginAdm2 = adm2,
                Vulnerabilities = vulnerabilities,
                IsRepeat = repeat,
            });
        }
        return facts;
    }

    /// <summary>The figures handler over the seeded facts, without a database.</summary>
    public static (ReadReturnFigures Reader, ReturnStatistics Statistics) Reader(IEnumerable<ReturnFactRecord> facts, bool secondary = true)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Statistics:Threshold"] = Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 19, 16, 0, 0, TimeSpan.Zero));
        var time = new LocalTime(config, clock);
        var statistics = new ReturnStatistics(config, time, clock, NullLogger<ReturnStatistics>.Instance);
        statistics.Load(Country, facts, secondary);
        return (new ReadReturnFigures(statistics, new KeyLocalizer<StatisticsText>(), new KeyLocalizer<SharedText>(), clock, time), statistics);
    }

    private sealed class KeyLocalizer<T> : IStringLocalizer<T>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
