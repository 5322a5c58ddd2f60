namespace Reintegra.Synthetic.Tests;

public class RepeatReturnTests
{
    [Fact]
    public void Repeat_returns_are_people_seen_in_an_earlier_arrival_of_the_same_country()
    {
        var firstSeen = new Dictionary<long, Arrival>();
        var repeats = 0;
        foreach (var arrival in Samples.Arrivals)
        {
            Assert.Equal(arrival.Returnees.Count, arrival.Returnees.Select(r => r.PersonKey).Distinct().Count());
            foreach (var r in arrival.Returnees)
            {
                if (r.IsRepeatReturn)
                {
                    repeats++;
                    Assert.True(firstSeen.TryGetValue(r.PersonKey, out var earlier), "a repeat must have come before");
                    Assert.True(earlier.ArrivalUtc < arrival.ArrivalUtc);
                    Assert.Equal(earlier.Country, arrival.Country);
                }
                else
                {
                    Assert.True(firstSeen.TryAdd(r.PersonKey, arrival), "a first return happens once");
                }
            }
        }
        var share = repeats / (double)Samples.Records.Count();
        Assert.InRange(share, 0.08, 0.17);
    }

    [Fact]
    public void A_repeat_record_is_a_variation_of_the_same_canonical_identity()
    {
        var generator = new ReturneeGenerator(Samples.Options());
        var repeats = Samples.Records.Where(r => r.IsRepeatReturn).Take(500).ToList();
        Assert.All(repeats, r =>
        {
            var identity = generator.Identity(r.PersonKey);
            Assert.Equal(identity.Sex, r.Sex);
            Assert.Equal(identity.OriginAdmin2, r.OriginAdmin2);
            if (r.Variations == RecordVariations.None)
            {
                Assert.Equal(identity.GivenNames, r.GivenNames);
                Assert.Equal(identity.FirstSurname, r.FirstSurname);
                Assert.Equal(identity.SecondSurname, r.SecondSurname);
                Assert.Equal(identity.DateOfBirth, r.DateOfBirth);
            }
        });
        Assert.Contains(repeats, r => r.Variations != RecordVariations.None);
    }

    [Fact]
    public void The_benchmark_stream_gives_exactly_the_count_asked_for()
    {
        var generator = new ReturneeGenerator(Samples.Options(9));
        Assert.Equal(12_345, generator.ReturnEvents(12_345).Count());
        Assert.Equal(12_345, generator.ReturnEvents(12_345).Select(r => r.RecordKey).Distinct().Count());
    }
}
