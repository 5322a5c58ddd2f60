namespace Reintegra.Matching.Tests;

public class IndexTests
{
    private static readonly IdentityRecord Lupe = People.Person("lupe", "Ma. Guadalupe", "Xicoténcatl", "Quiñónez", Sex.Female, BirthDate.Full(1975, 11, 30), "2345678901234");

    [Fact]
    public void Added_people_are_found_and_removed_people_are_not()
    {
        using var index = People.IndexWith();
        var query = Lupe with { Id = "q", GivenNames = "Lupe" };
        Assert.DoesNotContain(index.Lookup(query), c => c.Id == "lupe");

        index.AddOrUpdate(Lupe);
        Assert.Equal("lupe", index.Lookup(query)[0].Id);

        Assert.True(index.Remove("lupe"));
        Assert.False(index.Remove("lupe"));
        Assert.DoesNotContain(index.Lookup(query), c => c.Id == "lupe");
    }

    [Fact]
    public void Updating_a_person_replaces_the_old_keys()
    {
        using var index = People.IndexWith(Lupe);
        var count = index.Count;
        index.AddOrUpdate(Lupe with { FirstSurname = "Tz'ul", SecondSurname = "Pop", Documents = [] });
        Assert.Equal(count, index.Count);
        Assert.DoesNotContain(index.Lookup(Lupe with { Id = "q", BirthDate = default, Documents = [] }), c => c.Id == "lupe");
        Assert.Equal("lupe", index.Lookup(Lupe with { Id = "q", FirstSurname = "Tzul", SecondSurname = "Pop" })[0].Id);
    }

    [Fact]
    public void The_query_itself_and_excluded_pairs_are_never_returned()
    {
        using var index = People.IndexWith(Lupe);
        Assert.DoesNotContain(index.Lookup(Lupe), c => c.Id == "lupe");

        var query = Lupe with { Id = "other" };
        Assert.Equal("lupe", index.Lookup(query)[0].Id);
        index.Exclusions.Add("other", "lupe");
        Assert.DoesNotContain(index.Lookup(query), c => c.Id == "lupe");
    }

    [Fact]
    public void Candidates_are_ranked_with_bands_by_threshold()
    {
        using var index = People.IndexWith(Lupe);
        var results = index.Lookup(Lupe with { Id = "q" }, 10);
        Assert.Equal("lupe", results[0].Id);
        Assert.Equal(MatchBand.SamePerson, results[0].Band);
        for (var i = 1; i < results.Count; i++)
        {
            Assert.True(results[i - 1].MatchWeight >= results[i].MatchWeight);
        }

        var t = index.Model.Thresholds;
        foreach (var c in results)
        {
            var expected = c.Probability >= t.SamePerson ? MatchBand.SamePerson : c.Probability >= t.Ask ? MatchBand.Ask : MatchBand.NewPerson;
            Assert.True(c.Band <= expected);
        }
    }

    [Fact]
    public void Evidence_weights_add_up_to_the_match_weight()
    {
        using var index = People.IndexWith(Lupe);
        var best = index.Lookup(Lupe with { Id = "q", SecondSurname = null })[0];
        var prior = Math.Log2(index.Model.Prior / (1 - index.Model.Prior));
        Assert.Equal(best.MatchWeight, best.Evidence.Sum(e => e.Weight) + prior, 1);
        Assert.Equal(7, best.Evidence.Count);
    }

    [Fact]
    public void Statistics_report_size_and_memory()
    {
        using var index = People.IndexWith(Lupe);
        var stats = index.GetStatistics();
        Assert.Equal(2001, stats.People);
        Assert.True(stats.EstimatedBytes > 100_000);
        Assert.True(stats.BlockingKeys > 1000);
    }

    [Fact]
    public async Task Lookups_run_safely_while_people_are_registered()
    {
        using var index = People.IndexWith(Lupe);
        var crowd = People.Crowd(3000, seed: 99);
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var lookups = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var found = index.Lookup(Lupe with { Id = "q" }, 5);
                if (found.Count == 0 || found[0].Id != "lupe")
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref lookups);
            }
        })).ToArray();

        for (var i = 0; i < crowd.Count; i++)
        {
            index.AddOrUpdate(crowd[i] with { Id = $"new-{i}" });
            if (i % 3 == 0)
            {
                index.Remove($"new-{i / 2}");
            }
        }

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Equal(0, failures);
        Assert.True(lookups > 0);
    }
}
