namespace Reintegra.Synthetic.Tests;

public class NameTests
{
    [Theory]
    [InlineData("GT", "López")]
    [InlineData("HN", "Hernández")]
    [InlineData("SV", "Hernández")]
    public void The_most_common_surname_matches_the_civil_registry(string country, string top)
    {
        var surnames = Samples.Registered.Where(r => r.Nationality == country).Select(r => r.FirstSurname).ToList();
        var ranking = surnames.GroupBy(s => s).OrderByDescending(g => g.Count()).ToList();
        Assert.Equal(top, ranking[0].Key);
        // A long tail: hundreds of distinct surnames, the top ten well under two thirds of people.
        Assert.True(ranking.Count > 80, $"{ranking.Count} distinct surnames");
        Assert.InRange(ranking.Take(10).Sum(g => g.Count()) / (double)surnames.Count, 0.2, 0.65);
    }

    [Fact]
    public void Mayan_surnames_appear_in_Guatemala_and_Garifuna_ones_rarely_in_Honduras()
    {
        var gt = Samples.Registered.Where(r => r.Nationality == "GT").ToList();
        string[] mayan = ["Tzul", "Xicará", "Cux", "Coc", "Choc", "Caal", "Pop", "Ixcoy", "Xol", "Tiul"];
        var share = gt.Count(r => mayan.Contains(r.FirstSurname)) / (double)gt.Count;
        Assert.InRange(share, 0.03, 0.25);
        var hn = Samples.Registered.Where(r => r.Nationality == "HN").ToList();
        string[] garifuna = ["Güity", "Norales", "Bernárdez", "Arzú", "Sambulá", "Cacho", "Satuyé"];
        var garifunaShare = hn.Count(r => garifuna.Contains(r.FirstSurname)) / (double)hn.Count;
        Assert.InRange(garifunaShare, 0.0005, 0.02);
    }

    [Fact]
    public void About_half_the_given_names_are_compound_and_the_classics_are_frequent()
    {
        var people = Samples.Registered;
        var compound = people.Count(r => r.GivenNames.Contains(' ', StringComparison.Ordinal)) / (double)people.Count;
        Assert.InRange(compound, 0.4, 0.6);
        foreach (var name in new[] { "María José", "José Luis", "Juan Carlos", "Ana Gabriela" })
        {
            Assert.Contains(people, r => r.GivenNames == name);
        }
        var women = people.Where(r => r.Sex == 'F').ToList();
        Assert.InRange(women.Count(r => r.GivenNames.StartsWith("María", StringComparison.Ordinal)) / (double)women.Count, 0.12, 0.4);
    }

    [Fact]
    public void Two_surnames_are_the_rule()
    {
        var people = Samples.Registered;
        Assert.InRange(people.Count(r => r.SecondSurname is null) / (double)people.Count, 0.0, 0.03);
    }
}
