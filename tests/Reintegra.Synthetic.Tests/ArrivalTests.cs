namespace Reintegra.Synthetic.Tests;

public class ArrivalTests
{
    [Fact]
    public void Flights_carry_100_to_135_people_to_the_country_s_reception_airport()
    {
        var flights = Samples.Arrivals.Where(a => a.Mode == "air").ToList();
        Assert.NotEmpty(flights);
        Assert.All(flights, f => Assert.InRange(f.Returnees.Count, 100, 141));
        Assert.All(flights.Where(f => f.Country == "HN"), f => Assert.Contains("Ramón Villeda Morales", f.ReceptionPoint, StringComparison.Ordinal));
        Assert.All(flights.Where(f => f.Country == "SV"), f => Assert.Contains("Óscar Arnulfo Romero", f.ReceptionPoint, StringComparison.Ordinal));
        Assert.All(flights.Where(f => f.Country == "GT"), f => Assert.Contains("Fuerza Aérea", f.ReceptionPoint, StringComparison.Ordinal));
        Assert.InRange(flights.Count(f => f.ReturnedFrom == "US") / (double)flights.Count, 0.9, 0.99);
    }

    [Fact]
    public void Convoys_come_by_land_mostly_from_Mexico_through_the_border_posts()
    {
        var convoys = Samples.Arrivals.Where(a => a.Mode == "land").ToList();
        Assert.NotEmpty(convoys);
        Assert.All(convoys, c => Assert.InRange(c.Returnees.Count, 60, 240));
        Assert.All(convoys.Where(c => c.Country == "GT"), c => Assert.Matches("Tecún Umán|La Mesilla", c.ReceptionPoint));
        Assert.All(convoys.Where(c => c.Country == "HN"), c => Assert.Matches("Corinto|Agua Caliente|El Florido", c.ReceptionPoint));
        Assert.All(convoys.Where(c => c.Country == "SV"), c => Assert.Matches("La Hachadura|El Amatillo", c.ReceptionPoint));
        Assert.InRange(convoys.Count(c => c.ReturnedFrom == "MX") / (double)convoys.Count, 0.85, 1.0);
    }

    [Fact]
    public void Arrivals_are_in_time_order_inside_the_window_and_every_record_carries_its_arrival()
    {
        var arrivals = Samples.Arrivals;
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.First.ArrivalUtc <= pair.Second.ArrivalUtc));
        Assert.All(arrivals, a =>
        {
            Assert.InRange(a.ArrivalUtc, Samples.Start, Samples.End);
            Assert.All(a.Returnees, r =>
            {
                Assert.Equal(a.ArrivalKey, r.ArrivalKey);
                Assert.Equal(a.ArrivalUtc, r.ArrivalUtc);
                Assert.Equal(a.Mode, r.Mode);
                Assert.Equal(a.ReturnedFrom, r.ReturnedFrom);
            });
        });
        Assert.Equal(arrivals.Count, arrivals.Select(a => a.ArrivalKey).Distinct().Count());
    }

    [Fact]
    public void Countries_and_modes_follow_the_published_shares()
    {
        var arrivals = Samples.Arrivals;
        double Share(Func<Arrival, bool> predicate) => arrivals.Count(predicate) / (double)arrivals.Count;
        // IOM 2018: GT 48 %, HN 39 %, SV 13 % of returns to the three countries.
        Assert.InRange(Share(a => a.Country == "GT"), 0.40, 0.56);
        Assert.InRange(Share(a => a.Country == "HN"), 0.31, 0.47);
        Assert.InRange(Share(a => a.Country == "SV"), 0.08, 0.19);
        Assert.InRange(Share(a => a.Mode == "air"), 0.62, 0.80);
    }

    [Fact]
    public void Most_returnees_are_young_adult_men_with_a_share_of_women_and_children()
    {
        var records = Samples.Records.ToList();
        var adults = records.Where(r => r.ChildStatus is null).ToList();
        var children = records.Count(r => r.ChildStatus is not null) / (double)records.Count;
        var men = adults.Count(r => r.Sex == 'M') / (double)adults.Count;
        var youngAdults = adults.Count(r => r.AgeAt(DateOnly.FromDateTime(r.ArrivalUtc)) is >= 18 and <= 40) / (double)adults.Count;
        Assert.InRange(men, 0.72, 0.88);
        Assert.InRange(youngAdults, 0.72, 0.88);
        Assert.InRange(children, 0.06, 0.18);

        var landChildren = records.Where(r => r.Mode == "land").Count(r => r.ChildStatus is not null) / (double)records.Count(r => r.Mode == "land");
        var airChildren = records.Where(r => r.Mode == "air").Count(r => r.ChildStatus is not null) / (double)records.Count(r => r.Mode == "air");
        Assert.True(landChildren > 2.5 * airChildren, $"children by land {landChildren:P1}, by air {airChildren:P1}");
    }

    [Fact]
    public void Forced_returns_dominate_and_every_category_appears()
    {
        var records = Samples.Records.ToList();
        var byCategory = records.GroupBy(r => r.ReturnCategory).ToDictionary(g => g.Key, g => g.Count() / (double)records.Count);
        Assert.Equal(["assisted_voluntary", "forced", "spontaneous", "voluntary"], byCategory.Keys.Order(StringComparer.Ordinal));
        Assert.InRange(byCategory["forced"], 0.85, 0.96);
    }

    [Fact]
    public void Time_abroad_is_short_for_returns_from_Mexico_and_spread_for_returns_from_the_US()
    {
        var records = Samples.Records.Where(r => r.MonthsAbroad is not null).ToList();
        var fromMexico = records.Where(r => r.ReturnedFrom == "MX").Select(r => r.MonthsAbroad!.Value).ToList();
        var fromUs = records.Where(r => r.ReturnedFrom == "US").Select(r => r.MonthsAbroad!.Value).ToList();
        Assert.InRange(fromMexico.Count(m => m == 0) / (double)fromMexico.Count, 0.75, 0.95);
        Assert.InRange(fromUs.Count(m => m >= 12) / (double)fromUs.Count, 0.2, 0.5);
        Assert.All(records, r => Assert.True(r.MonthsAbroad <= Math.Max(0, (r.AgeAt(DateOnly.FromDateTime(r.ArrivalUtc)) ?? 99) * 12 + 24)));
    }
}
