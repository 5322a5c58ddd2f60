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
/// A small seeded data set of case and referral facts with many small groups (Costa Rica, like <see cref="SeededReturns"/>),
/// loaded straight into the reintegration figures, so every served combination can be attacked quickly.
/// </summary>
public static class SeededReintegration
{
    public static (List<CaseFactRecord> Cases, List<ReferralFactRecord> Referrals) Facts(int cases = 500, int seed = 7)
    {
        var random = new Random(seed);
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
        var provinces = SeededReturns.Provinces.Select((p, i) => (p, 0.4 / (i + 1))).ToList();
        var caseFacts = new List<CaseFactRecord>();
        var referralFacts = new List<ReferralFactRecord>();
        for (var i = 0; i < cases; i++)
        {
            var person = Guid.NewGuid();
            var year = random.NextDouble() < 0.4 ? 2025 : 2026;
            var opened = new DateTime(year, 1 + random.Next(12), 1 + random.Next(28), 15, 0, 0, DateTimeKind.Utc);
            var sex = Pick<Sex>([(Sex.Male, 0.6), (Sex.Female, 0.38), (Sex.Other, 0.02)]);
            int? age = random.NextDouble() < 0.03 ? null : Pick<int>([(random.Next(0, 12), 0.1), (random.Next(12, 18), 0.12), (random.Next(18, 30), 0.4), (random.Next(30, 60), 0.33), (random.Next(60, 80), 0.05)]);
            var adm1 = random.NextDouble() < 0.05 ? null : Pick(provinces);
            var kind = Pick<InstitutionKind>([(InstitutionKind.ReceptionCentre, 0.5), (InstitutionKind.MunicipalOffice, 0.25), (InstitutionKind.Ngo, 0.15), (InstitutionKind.ChildProtectionAuthority, 0.1)]);
            var closed = random.NextDouble() < 0.5 ? opened.AddDays(random.Next(10, 200)) : (DateTime?)null;
            var referrals = Pick<int>([(0, 0.3), (1, 0.4), (2, 0.2), (3, 0.1)]);
            DateTime? first = null;
            for (var r = 0; r < referrals; r++)
            {
                var sent = opened.AddDays(random.Next(0, 60) + r * 7);
                first ??= sent;
                referralFacts.Add(new ReferralFactRecord
                {
                    ReferralId = Guid.NewGuid(),
                    PersonId = person,
                    SentAt = sent,
                    Category = Pick<ServiceCategory>([(ServiceCategory.Employment, 0.35), (ServiceCategory.Health, 0.2), (ServiceCategory.MentalHealthPsychosocial, 0.15), (ServiceCategory.IdentityDocuments, 0.15), (ServiceCategory.ChildProtection, 0.1), (ServiceCategory.LegalAid, 0.05)]),
                    Status = Pick<ReferralStatus>([(ReferralStatus.Completed, 0.45), (ReferralStatus.InProgress, 0.2), (ReferralStatus.Sent, 0.1), (ReferralStatus.Declined, 0.1), (ReferralStatus.Closed, 0.1), (ReferralStatus.Withdrawn, 0.05)]),
                    Sex = sex,
                    AgeAtReferral = age,
                    OriginAdm1 = adm1,
                    InstitutionKind = kind,
                });
            }
            caseFacts.Add(new CaseFactRecord
            {
                CaseId = Guid.NewGuid(),
                PersonId = person,
                OpenedAt = opened,
                ClosedAt = closed,
                ClosureReason = closed is null ? null : Pick<CaseClosureReason>([(CaseClosureReason.PlanCompleted, 0.55), (CaseClosureReason.Unreachable, 0.2), (CaseClosureReason.Remigrated, 0.15), (CaseClosureReason.PersonDeclined, 0.07), (CaseClosureReason.Deceased, 0.03)]),
                Sex = sex,
                AgeAtOpening = age,
                OriginAdm1 = adm1,
                InstitutionKind = kind,
                FirstReferralAt = first,
            });
        }
        return (caseFacts, referralFacts);
    }

    /// <summary>The reintegration figures handler over the seeded facts, without a database.</summary>
    public static (ReadReintegrationFigures Reader, ReintegrationStatistics Statistics) Reader(List<CaseFactRecord> cases, List<ReferralFactRecord> referrals, bool secondary = true)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Statistics:Threshold"] = SeededReturns.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 19, 16, 0, 0, TimeSpan.Zero));
        var time = new LocalTime(config, clock);
        var statistics = new ReintegrationStatistics(config, time, clock, NullLogger<ReintegrationStatistics>.Instance);
        statistics.Load(SeededReturns.Country, cases, referrals, secondary);
        return (new ReadReintegrationFigures(statistics, new KeyLocalizer<StatisticsText>(), new KeyLocalizer<SharedText>(), time), statistics);
    }

    /// <summary>Every filter value of a measure worth trying on the seeded data.</summary>
    public static IEnumerable<ReadReintegrationFigures.Query> AllFilters(string measure)
    {
        var q = new ReadReintegrationFigures.Query(Measure: measure);
        yield return q;
        foreach (var field in ReadReintegrationFigures.Fields(measure))
        {
            IEnumerable<string> codes = field switch
            {
                ReintegrationSchema.AgeGroup => ["children", "adults", "0-11", "12-17", "18-29", "30-59", "60+", "UNKNOWN"],
                ReintegrationSchema.Origin => Places.Default.Admin1(SeededReturns.Country).Select(p => p.PCode).Append("UNKNOWN"),
                ReintegrationSchema.InstitutionKind => Enum.GetNames<InstitutionKind>(),
                ReintegrationSchema.ClosureReason => Enum.GetNames<CaseClosureReason>(),
                ReintegrationSchema.ServiceCategory => Enum.GetNames<ServiceCategory>(),
                _ => ReintegrationSchema.Outcomes,
            };
            foreach (var code in codes)
            {
                yield return field switch
                {
                    ReintegrationSchema.AgeGroup => q with { AgeGroup = code },
                    ReintegrationSchema.Origin => q with { Origin = code },
                    ReintegrationSchema.InstitutionKind => q with { InstitutionKind = code },
                    ReintegrationSchema.ClosureReason => q with { ClosureReason = code },
                    ReintegrationSchema.ServiceCategory => q with { ServiceCategory = code },
                    _ => q with { Outcome = code },
                };
            }
        }
    }

    private sealed class KeyLocalizer<T> : IStringLocalizer<T>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
