namespace Reintegra.Matching.Tests;

public class ModelTests
{
    [Fact]
    public void Model_round_trips_through_json()
    {
        var model = MatchModel.CreateDefault();
        model.Prior = 1.5e-5;
        model.Thresholds.SamePerson = 0.97;
        model.Level(MatchField.Surnames, "both_exact_swapped").M = 0.123;
        model.SurnameFrequencies = new() { ["garcia"] = 0.05 };

        var copy = MatchModel.FromJson(model.ToJson());

        Assert.Equal(1.5e-5, copy.Prior);
        Assert.Equal(0.97, copy.Thresholds.SamePerson);
        Assert.Equal(0.123, copy.Level(MatchField.Surnames, "both_exact_swapped").M);
        Assert.Equal(0.05, copy.SurnameFrequencies!["garcia"]);
        Assert.Contains("\"both_exact_swapped\"", model.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Training_from_labels_learns_that_agreement_is_evidence()
    {
        var (records, key) = Registry();
        var model = ModelTrainer.Train(records, key, randomPairs: 100_000);
        Assert.True(model.Level(MatchField.Surnames, "both_exact").Weight > 5);
        Assert.True(model.Level(MatchField.GivenNames, "different").Weight < -3);
        Assert.True(model.Level(MatchField.BirthDate, "exact").Weight > 5);
        Assert.InRange(model.Prior, 1e-6, 1e-2);
    }

    [Fact]
    public void Expectation_maximisation_converges_without_labels()
    {
        var (records, _) = Registry();
        var model = ModelTrainer.Train(records, randomPairs: 100_000);
        Assert.True(model.Level(MatchField.BirthDate, "exact").Weight > 3);
        Assert.True(model.Level(MatchField.Documents, "same").Weight > 5);
        Assert.Contains("EM", model.TrainedOn, StringComparison.Ordinal);
    }

    [Fact]
    public void Deduplication_clusters_repeats_and_respects_exclusions()
    {
        var (records, key) = Registry();
        var model = ModelTrainer.Train(records, key, randomPairs: 100_000);
        var result = Deduplicator.Deduplicate(records, model);
        var truth = records.ToDictionary(r => r.Id, key);
        var wrong = result.Clusters.Count(c => c.Ids.Select(id => truth[id]).Distinct().Count() > 1);
        Assert.True(result.Clusters.Count >= 150, $"{result.Clusters.Count} clusters");
        Assert.True(wrong <= result.Clusters.Count / 50, $"{wrong} mixed clusters");

        var pair = result.Clusters[0].Pairs[0];
        var exclusions = new ExcludedPairs();
        exclusions.Add(pair.A, pair.B);
        var again = Deduplicator.Deduplicate(records, model, exclusions);
        Assert.DoesNotContain(again.Clusters, c => c.Ids.Contains(pair.A) && c.Ids.Contains(pair.B));
    }

    /// <summary>2,000 people, 200 of whom came back once with a typo, a missing second surname or a swapped date.</summary>
    private static (List<IdentityRecord> Records, Func<IdentityRecord, string> Key) Registry()
    {
        var people = People.Crowd(2000, seed: 3);
        var records = new List<IdentityRecord>(people);
        for (var i = 0; i < 200; i++)
        {
            var p = people[i * 10];
            var repeat = (i % 3) switch
            {
                0 => p with { SecondSurname = null },
                1 => p with { BirthDate = BirthDate.Full(p.BirthDate.Year, p.BirthDate.Day <= 12 ? p.BirthDate.Day : p.BirthDate.Month, p.BirthDate.Day <= 12 ? p.BirthDate.Month : p.BirthDate.Day) },
                _ => p with { GivenNames = p.GivenNames + "a", Documents = [] },
            };
            records.Add(repeat with { Id = p.Id + "-again" });
        }

        return (records, r => r.Id.Replace("-again", "", StringComparison.Ordinal));
    }
}
