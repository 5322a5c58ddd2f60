using System.Diagnostics;
using System.Text;
using Reintegra.Matching.Normalization;

namespace Reintegra.Matching.Tests;

public class FuzzTests
{
    private static string RandomText(Random random, int maxLength)
    {
        var length = random.Next(maxLength);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0xD800, 0xE000),
                1 => (char)random.Next(0x300, 0x370),
                2 => " -.'’"[random.Next(5)],
                3 => (char)random.Next('a', 'z' + 1),
                _ => (char)random.Next(0, 0x10000),
            });
        }

        return builder.ToString();
    }

    [Fact]
    public void Normaliser_never_throws_and_stays_fast_on_random_unicode()
    {
        var random = new Random(2024);
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText(random, i % 100 == 0 ? 50_000 : 60);
            var clock = Stopwatch.StartNew();
            var name = NameNormalizer.Normalize(text, text, RandomText(random, 40), Sex.Female);
            foreach (var token in name.Given.Concat(name.Surnames))
            {
                _ = SpanishPhonetic.Encode(token);
            }

            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
        }

        Assert.True(slowest < TimeSpan.FromMilliseconds(200), $"slowest call {slowest.TotalMilliseconds} ms");
    }

    [Fact]
    public void Lookup_answers_bad_input_with_few_or_no_candidates()
    {
        using var index = People.IndexWith();
        IdentityRecord[] bad =
        [
            new("empty"),
            new("one-surname") { FirstSurname = "García" },
            new("script") { GivenNames = "محمد", FirstSurname = "王", BirthDate = new BirthDate(3000, 13, 45) },
            new("long") { GivenNames = new string('x', 1_000_000), FirstSurname = string.Concat(Enumerable.Repeat("García ", 10_000)) },
            new("absurd") { GivenNames = "José", BirthDate = new BirthDate(1, 99, 99), Documents = [new("", ""), new("x", new string('9', 10_000))] },
        ];

        foreach (var query in bad)
        {
            var clock = Stopwatch.StartNew();
            var found = index.Lookup(query, 10);
            Assert.True(clock.ElapsedMilliseconds < 500, $"{query.Id} took {clock.ElapsedMilliseconds} ms");
            Assert.All(found, c => Assert.NotEqual(MatchBand.SamePerson, c.Band));
        }

        Assert.Empty(index.Lookup(bad[0]));
    }

    [Fact]
    public void Random_records_never_throw_in_lookup_or_indexing()
    {
        var random = new Random(5);
        using var index = People.IndexWith();
        for (var i = 0; i < 300; i++)
        {
            var record = new IdentityRecord(RandomText(random, 10))
            {
                GivenNames = RandomText(random, 30),
                FirstSurname = RandomText(random, 30),
                SecondSurname = RandomText(random, 30),
                Sex = (Sex)random.Next(4),
                BirthDate = new BirthDate(random.Next(-5, 3000), random.Next(-1, 20), random.Next(-1, 40), random.Next(2) == 0),
                Nationality = RandomText(random, 5),
                OriginPcode = RandomText(random, 8),
                Documents = [new(RandomText(random, 4), RandomText(random, 20))],
            };
            _ = index.Lookup(record, 5);
            index.AddOrUpdate(record);
        }
    }
}
