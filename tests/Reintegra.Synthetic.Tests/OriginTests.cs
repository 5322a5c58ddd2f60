using Reintegra.Reference;

namespace Reintegra.Synthetic.Tests;

public class OriginTests
{
    [Fact]
    public void Every_origin_is_a_real_municipality_inside_its_department_in_the_returnee_s_country()
    {
        var places = Places.Default;
        foreach (var r in Samples.Records.Concat(Samples.Registered))
        {
            var admin1 = places.Find(r.OriginAdmin1);
            var admin2 = places.Find(r.OriginAdmin2);
            Assert.NotNull(admin1);
            Assert.NotNull(admin2);
            Assert.Equal(1, admin1.Level);
            Assert.Equal(2, admin2.Level);
            Assert.Equal(admin1.PCode, admin2.ParentPCode);
            if (r.Nationality != "US")
            {
                Assert.Equal(r.Nationality, admin1.CountryAlpha2);
            }
            Assert.False(admin2.PCode.EndsWith("00", StringComparison.Ordinal), "lakes are not places of origin");
        }
    }

    [Theory]
    [InlineData("GT", "GT13", "GT12")]
    [InlineData("HN", "HN05", "HN08")]
    [InlineData("SV", "SV10", "SV09")]
    public void The_departments_that_send_most_migrants_lead(string country, string first, string second)
    {
        var records = Samples.Records.Where(r => r.OriginAdmin1.StartsWith(country, StringComparison.Ordinal)).ToList();
        var ranking = records.GroupBy(r => r.OriginAdmin1).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        Assert.Equal(first, ranking[0]);
        Assert.Equal(second, ranking[1]);
        // Every department sends someone, however few.
        Assert.Equal(Places.Default.Admin1(country).Count, ranking.Count);
    }

    [Fact]
    public void The_municipalities_named_by_the_migration_institutes_stand_out()
    {
        var gt = Samples.Records.Where(r => r.OriginAdmin1 == "GT13").ToList();
        var perMunicipality = gt.GroupBy(r => r.OriginAdmin2).ToDictionary(g => g.Key, g => g.Count());
        var median = perMunicipality.Values.Order().ElementAt(perMunicipality.Count / 2);
        // Cuilco and Barillas (IGM 2025) are well above a typical Huehuetenango municipality.
        Assert.True(perMunicipality["GT1304"] > 1.5 * median);
        Assert.True(perMunicipality["GT1326"] > 1.5 * median);
    }

    [Fact]
    public void Languages_are_ISO_639_3_codes_with_Mayan_languages_in_Guatemala_and_Garifuna_in_Honduras()
    {
        var records = Samples.Records.ToList();
        Assert.All(records.SelectMany(r => r.Languages).Distinct(), code => Assert.NotNull(Languages.Default.Find(code)));
        var gt = records.Where(r => r.Nationality == "GT").ToList();
        var mayan = gt.Count(r => r.Languages.Any(l => l is "quc" or "mam" or "kek" or "kjb" or "cak")) / (double)gt.Count;
        Assert.InRange(mayan, 0.1, 0.45);
        Assert.Contains(records, r => r.Nationality == "HN" && r.Languages.Contains("cab"));
        Assert.All(records.Where(r => r.Languages.Any(l => l != "spa" && l != "eng")), r => Assert.Contains(VulnerabilityCodes.Indigenous, r.Vulnerabilities));
    }
}
