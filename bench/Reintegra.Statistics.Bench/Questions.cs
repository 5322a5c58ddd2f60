using Reintegra.Reference;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;

namespace Reintegra.Statistics.Bench;

/// <summary>
/// A random mix of dashboard and API questions (fixed seed): a year, quarter or month of the seeded years; all
/// sexes or one; no filter or one filter of every kind the API accepts (returned from, mode, category, age group,
/// origin department or municipality or unknown, vulnerability, repeat); one of the nine breakdowns. Every
/// answer carries the same period of the previous year, as the API's does.
/// </summary>
internal static class Questions
{
    public static List<ReadReturnFigures.Query> Make(int count, int seed)
    {
        var r = new Random(seed);
        var departments = Places.Default.Admin1("GT");
        var municipalities = departments.SelectMany(d => Places.Default.Admin2(d.PCode)).ToList();
        string[] sexes = ["Female", "Male", "Other"];
        string[] ages = ["0-11", "12-17", "18-29", "30-59", "60+", ReturnSchema.Children, ReturnSchema.Adults, ReturnSchema.Unknown];
        var list = new List<ReadReturnFigures.Query>(count);
        for (var i = 0; i < count; i++)
        {
            var year = FactGenerator.Years[r.Next(FactGenerator.Years.Length)];
            var periodRoll = r.NextDouble();
            var period = periodRoll < 0.4 ? $"{year}" : periodRoll < 0.7 ? $"{year}-Q{r.Next(1, 5)}" : $"{year}-{r.Next(1, 13):D2}";
            var sex = r.NextDouble() < 0.6 ? null : sexes[r.Next(3)];
            var q = new ReadReturnFigures.Query(Period: period, Sex: sex, By: ReadReturnFigures.Breakdowns[r.Next(ReadReturnFigures.Breakdowns.Length)]);
            q = r.Next(8) switch
            {
                0 => q with { ReturnedFrom = FactGenerator.ReturnedFromFilters[r.Next(FactGenerator.ReturnedFromFilters.Length)] },
                1 => q with { Mode = Enum.GetNames<ReturnMode>()[r.Next(Enum.GetNames<ReturnMode>().Length)] },
                2 => q with { Category = Enum.GetNames<ReturnCategory>()[r.Next(Enum.GetNames<ReturnCategory>().Length)] },
                3 => q with { AgeGroup = ages[r.Next(ages.Length)] },
                4 => q with
                {
                    Origin = r.Next(10) switch
                    {
                        < 5 => departments[r.Next(departments.Count)].PCode,
                        < 9 => municipalities[r.Next(municipalities.Count)].PCode,
                        _ => ReturnSchema.Unknown,
                    },
                },
                5 => q with { Vulnerability = ReturnSchema.VulnerabilityFlags[r.Next(ReturnSchema.VulnerabilityFlags.Length)].ToString() },
                6 => q with { Repeat = r.Next(2) == 0 ? "repeat" : "first" },
                _ => q,
            };
            list.Add(q);
        }
        return list;
    }
}
