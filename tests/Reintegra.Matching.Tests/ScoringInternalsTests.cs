using Reintegra.Matching.Normalization;
using Reintegra.Matching.Scoring;

namespace Reintegra.Matching.Tests;

public class ScoringInternalsTests
{
    [Theory]
    [InlineData("0801199012345", "0801199012345", true)]
    [InlineData("0801199012345", "0801199012346", true)]
    [InlineData("0801199012345", "0801199021345", true)]
    [InlineData("0801199012345", "080119901234", true)]
    [InlineData("0801199012345", "08011990123456", true)]
    [InlineData("0801199012345", "0801199012354x", false)]
    [InlineData("0801199012345", "0801199054321", false)]
    public void One_edit_check_agrees_with_edit_distance(string a, string b, bool expected)
    {
        Assert.Equal(expected, StringDistance.WithinOneEdit(a, b));
        Assert.Equal(expected, StringDistance.BoundedEditDistance(a, b, 1) <= 1);
    }

    [Fact]
    public void Relation_cache_is_symmetric_and_ignores_query_only_tokens()
    {
        var cache = new RelationCache(10);
        cache.Set(7, 3, 1, 4);
        Assert.True(cache.TryGet(3, 7, 1, out var relation));
        Assert.Equal(4, relation);
        Assert.False(cache.TryGet(3, 7, 0, out _));
        cache.Set(-1, 3, 0, 2);
        Assert.False(cache.TryGet(-1, 3, 0, out _));
    }

    [Fact]
    public void Nicknames_belong_to_their_groups_only()
    {
        var variants = NameVariants.Default;
        Assert.Contains(variants.GroupsOf("jose")[0], variants.GroupsOf("pepe"));
        Assert.Empty(variants.GroupsOf("luis").Intersect(variants.GroupsOf("jose")));
        Assert.True(variants.GroupsOf("beto").Length >= 4);
        Assert.Equal("maria", variants.ExpandGiven("ma"));
        Assert.Equal("hernandez", variants.ExpandSurname("hdez"));
    }

    [Fact]
    public void January_first_is_read_as_a_defaulted_date()
    {
        using var index = People.IndexWith(People.Person("p", "Ixchel", "Tzul", "Xoy", Sex.Female, BirthDate.Full(1990, 6, 15)));
        var defaulted = index.Lookup(People.Person("q", "Ixchel", "Tzul", "Xoy", Sex.Female, BirthDate.Full(1990, 1, 1)))[0];
        Assert.Equal("dob_default_january_first", defaulted.Evidence[2].Reason);
        var other = index.Lookup(People.Person("q", "Ixchel", "Tzul", "Xoy", Sex.Female, BirthDate.Full(1990, 11, 20)))[0];
        Assert.Equal("dob_same_year", other.Evidence[2].Reason);
        Assert.True(other.Evidence[2].Weight < defaulted.Evidence[2].Weight);
    }

    [Fact]
    public void Estimated_ages_find_people_three_years_off_both_ways()
    {
        var registered = People.Person("p", "Ixchel", "Tzul", null, Sex.Female, BirthDate.FromEstimatedAge(30, new DateOnly(2020, 1, 1)));
        using var index = People.IndexWith(registered);
        var query = registered with { Id = "q", GivenNames = "Ixchel Marisol", BirthDate = BirthDate.Full(1987, 5, 5) };
        Assert.Equal("p", index.Lookup(query)[0].Id);

        using var other = People.IndexWith(registered with { BirthDate = BirthDate.Full(1993, 5, 5) });
        var estimated = registered with { Id = "q", BirthDate = BirthDate.FromEstimatedAge(30, new DateOnly(2020, 1, 1)) };
        Assert.Equal("p", other.Lookup(estimated)[0].Id);
    }

    [Fact]
    public void A_misspelt_single_surname_is_still_a_candidate()
    {
        var registered = People.Person("p", "Andrés", "Escobar", null, Sex.Male, BirthDate.YearOnly(1988));
        using var index = People.IndexWith(registered);
        Assert.Equal("p", index.Lookup(registered with { Id = "q", FirstSurname = "Esocvar" })[0].Id);
    }
}
