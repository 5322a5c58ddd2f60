using Reintegra.Reference;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;

namespace Reintegra.Statistics.Bench;

/// <summary>
/// De-identified return facts with a plausible shape for Guatemala: five years of returns growing year on year with a
/// seasonal month curve, mostly adult men returned by air from the United States or by land from Mexico, origins
/// concentrated in a few departments, a few vulnerability flags, one return in five a repeat. Fixed seed.
/// Arrival times are 12:00-23:59 UTC (06:00-17:59 in Guatemala), so the local day is the UTC day.
/// </summary>
internal sealed class FactGenerator
{
    public static readonly int[] Years = [2022, 2023, 2024, 2025, 2026];

    private static readonly double[] YearWeights = [0.16, 0.18, 0.20, 0.24, 0.22];
    private static readonly double[] MonthWeights = [0.07, 0.075, 0.09, 0.09, 0.095, 0.09, 0.085, 0.085, 0.08, 0.08, 0.08, 0.07];
    private static readonly (string Code, double Weight)[] From =
        [("US", 0.55), ("MX", 0.40), ("HN", 0.01), ("SV", 0.005), ("CA", 0.005), ("CR", 0.005), ("PA", 0.003), ("NI", 0.002), ("BZ", 0.005), ("ES", 0.01)];
    private static readonly (Vulnerability Flag, double P)[] Flags =
        [(Vulnerability.PregnantWoman, 0.01), (Vulnerability.WomanWithInfant, 0.02), (Vulnerability.Disability, 0.01),
         (Vulnerability.SeriousMedicalCondition, 0.015), (Vulnerability.MentalHealthCondition, 0.01), (Vulnerability.OlderPerson, 0.02),
         (Vulnerability.Indigenous, 0.30), (Vulnerability.SingleParent, 0.03), (Vulnerability.UnaccompaniedChild, 0.03), (Vulnerability.SeparatedChild, 0.005)];

    private readonly Random _random;
    private readonly (string Adm1, string[] Adm2, double Weight)[] _departments;
    private readonly double _departmentTotal;

    public FactGenerator(int seed)
    {
        _random = new Random(seed);
        // Zipf-like weights: a few departments send most returnees.
        _departments = [.. Places.Default.Admin1("GT").Select((d, i) =>
            (d.PCode, Places.Default.Admin2(d.PCode).Select(m => m.PCode).ToArray(), 1.0 / (1 + ((i * 7) % 22))))];
        _departmentTotal = _departments.Sum(d => d.Weight);
    }

    public int Departments => _departments.Length;

    public ReturnFactRecord Next()
    {
        var r = _random;
        var year = Years[Pick(YearWeights)];
        var month = Pick(MonthWeights) + 1;
        if (year == Years[^1] && month > 10)
        {
            month = r.Next(1, 11);
        }
        var arrived = new DateTime(year, month, r.Next(1, 29), r.Next(12, 24), r.Next(60), r.Next(60), DateTimeKind.Utc);
        var sexRoll = r.NextDouble();
        var sex = sexRoll < 0.26 ? Sex.Female : sexRoll < 0.99 ? Sex.Male : Sex.Other;
        var ageRoll = r.NextDouble();
        int? age = ageRoll switch
        {
            < 0.01 => null,
            < 0.09 => r.Next(0, 12),
            < 0.16 => r.Next(12, 18),
            < 0.61 => r.Next(18, 30),
            < 0.98 => r.Next(30, 60),
            _ => r.Next(60, 85),
        };
        var fromRoll = r.NextDouble();
        var from = From[^1].Code;
        foreach (var (code, weight) in From)
        {
            if ((fromRoll -= weight) < 0)
            {
                from = code;
                break;
            }
        }
        var mode = from == "US" || r.NextDouble() < 0.05 ? ReturnMode.Air : r.NextDouble() < 0.98 ? ReturnMode.Land : ReturnMode.Sea;
        var categoryRoll = r.NextDouble();
        var category = categoryRoll < 0.80 ? ReturnCategory.Forced : categoryRoll < 0.88 ? ReturnCategory.Voluntary
            : categoryRoll < 0.95 ? ReturnCategory.AssistedVoluntary : ReturnCategory.Spontaneous;
        string? adm1 = null, adm2 = null;
        var originRoll = r.NextDouble();
        if (originRoll >= 0.03)
        {
            var pick = r.NextDouble() * _departmentTotal;
            var d = _departments[^1];
            foreach (var dept in _departments)
            {
                if ((pick -= dept.Weight) < 0)
                {
                    d = dept;
                    break;
                }
            }
            adm1 = d.Adm1;
            if (originRoll >= 0.10 && d.Adm2.Length > 0)
            {
                // Within a department, the first municipalities (the capital first) send more people.
                adm2 = d.Adm2[(int)(d.Adm2.Length * Math.Pow(r.NextDouble(), 2))];
            }
        }
        var flags = Vulnerability.None;
        foreach (var (flag, p) in Flags)
        {
            if (r.NextDouble() < p)
            {
                flags |= flag;
            }
        }
        return new ReturnFactRecord
        {
            ReturnId = NewGuid(),
            PersonId = NewGuid(),
            ArrivedAt = arrived,
            Sex = sex,
            AgeAtReturn = age,
            ReturnedFromCode = from,
            Mode = mode,
            Category = category,
            OriginAdm1 = adm1,
            OriginAdm2 = adm2,
            Vulnerabilities = flags,
            IsRepeat = r.NextDouble() < 0.2,
        };
    }

    private int Pick(double[] weights)
    {
        var x = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            if ((x -= weights[i]) < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes);
    }

    /// <summary>Codes a dashboard filter can take, for the question mix.</summary>
    public static string[] ReturnedFromFilters => [.. ReturnSchema.ReturnedFromCountries, ReturnSchema.Other];
}
