using Reintegra.Matching.Scoring;

namespace Reintegra.Matching.Tests;

public class ComparisonTests
{
    private static readonly IdentityRecord Rosa = People.Person("rosa", "María Rosa", "Xicoténcatl", "Quiñónez", Sex.Female, BirthDate.Full(1988, 3, 7), "1234567890101");

    private static FieldEvidence Field(MatchCandidate candidate, string field) => candidate.Evidence.Single(e => e.Field == field);

    private static MatchCandidate Best(IdentityRecord query, params IdentityRecord[] people)
    {
        using var index = People.IndexWith(people);
        return index.Lookup(query, 5)[0];
    }

    [Fact]
    public void Exact_rare_names_are_proposed_as_the_same_person_with_reasons()
    {
        var best = Best(Rosa with { Id = "q" }, Rosa);
        Assert.Equal("rosa", best.Id);
        Assert.Equal(MatchBand.SamePerson, best.Band);
        Assert.Equal("surnames_exact", Field(best, "surnames").Reason);
        Assert.Equal("given_name_exact", Field(best, "givenNames").Reason);
        Assert.Equal("dob_exact", Field(best, "birthDate").Reason);
        Assert.Equal("document_same", Field(best, "documents").Reason);
        Assert.True(Field(best, "surnames").Weight > 10);
    }

    [Fact]
    public void Swapped_surnames_are_recognised()
    {
        var best = Best(Rosa with { Id = "q", FirstSurname = "Quiñónez", SecondSurname = "Xicoténcatl" }, Rosa);
        Assert.Equal("surnames_swapped", Field(best, "surnames").Reason);
    }

    [Fact]
    public void Missing_second_surname_still_agrees()
    {
        var best = Best(Rosa with { Id = "q", SecondSurname = null }, Rosa);
        Assert.Equal("rosa", best.Id);
        Assert.Equal("surname_one_missing", Field(best, "surnames").Reason);
    }

    [Fact]
    public void Joined_surnames_agree_with_separate_ones()
    {
        var best = Best(Rosa with { Id = "q", FirstSurname = "XicotencatlQuinonez", SecondSurname = null }, Rosa);
        Assert.Equal("surnames_joined", Field(best, "surnames").Reason);
    }

    [Fact]
    public void Spelling_variants_are_phonetic_matches()
    {
        var best = Best(Rosa with { Id = "q", FirstSurname = "Xicotenkatl", SecondSurname = "Kiñones" }, Rosa);
        Assert.Equal("surname_phonetic_match", Field(best, "surnames").Reason);
    }

    [Fact]
    public void Nicknames_are_recognised_as_given_names()
    {
        var jose = People.Person("jose", "José", "Xicoténcatl", "Quiñónez", Sex.Male, BirthDate.Full(1980, 5, 2));
        var best = Best(jose with { Id = "q", GivenNames = "Pepe" }, jose);
        Assert.Equal("given_name_nickname", Field(best, "givenNames").Reason);
    }

    [Fact]
    public void A_dropped_second_given_name_is_a_subset()
    {
        var best = Best(Rosa with { Id = "q", GivenNames = "Rosa" }, Rosa);
        Assert.Equal("given_name_subset", Field(best, "givenNames").Reason);
    }

    [Fact]
    public void Married_name_matches_the_husband_surname()
    {
        var married = Rosa with { Id = "q", SecondSurname = "Quiñónez de Pérez" };
        var best = Best(married, Rosa);
        Assert.Equal("rosa", best.Id);
        Assert.Equal("surnames_exact", Field(best, "surnames").Reason);
    }

    [Theory]
    [InlineData(1988, 7, 3, "dob_day_month_swapped")]
    [InlineData(1989, 3, 7, "dob_one_digit")]
    [InlineData(1988, 0, 0, "dob_year_only")]
    [InlineData(1991, 3, 7, "dob_within_five_years")]
    public void Date_of_birth_levels(int year, int month, int day, string reason)
    {
        var best = Best(Rosa with { Id = "q", BirthDate = new BirthDate(year, month, day) }, Rosa);
        Assert.Equal(reason, Field(best, "birthDate").Reason);
    }

    [Fact]
    public void Estimated_age_agrees_within_a_year()
    {
        var query = Rosa with { Id = "q", BirthDate = BirthDate.FromEstimatedAge(37, new DateOnly(2026, 1, 1)) };
        Assert.Equal("dob_estimated_age_agrees", Field(Best(query, Rosa), "birthDate").Reason);
    }

    [Fact]
    public void Common_surnames_weigh_less_than_rare_ones()
    {
        var common = People.Person("c", "Ana", "García", "López", Sex.Female, BirthDate.Full(1990, 1, 2));
        var rare = People.Person("r", "Ana", "Xicoténcatl", "Quiñónez", Sex.Female, BirthDate.Full(1990, 1, 2));
        using var index = People.IndexWith(common, rare);
        var commonWeight = Field(index.Lookup(common with { Id = "q1" })[0], "surnames").Weight;
        var rareWeight = Field(index.Lookup(rare with { Id = "q2" })[0], "surnames").Weight;
        Assert.True(rareWeight > commonWeight + 4, $"rare {rareWeight} vs common {commonWeight}");
    }

    [Fact]
    public void Twins_are_never_proposed_strongly()
    {
        var twin = Rosa with { Id = "twin", GivenNames = "Ana Lucía", Documents = [] };
        var best = Best(Rosa with { Id = "q", Documents = [] }, twin);
        Assert.Equal("twin", best.Id);
        Assert.NotEqual(MatchBand.SamePerson, best.Band);
        Assert.Equal("given_name_different", Field(best, "givenNames").Reason);
    }

    [Fact]
    public void Siblings_sharing_a_first_given_name_conflict()
    {
        var sibling = People.Person("sib", "José Luis", "Xicoténcatl", "Quiñónez", Sex.Male, BirthDate.Full(1990, 1, 1));
        var query = sibling with { Id = "q", GivenNames = "José Manuel", BirthDate = BirthDate.Full(1992, 4, 4) };
        var best = Best(query, sibling);
        Assert.Equal("given_name_conflict", Field(best, "givenNames").Reason);
        Assert.NotEqual(MatchBand.SamePerson, best.Band);
    }

    [Theory]
    [InlineData(19880307, 19880308, true)]
    [InlineData(19880307, 19880370, true)]
    [InlineData(19880307, 19890308, false)]
    public void One_digit_dates(int a, int b, bool expected) => Assert.Equal(expected, FieldComparer.DiffersByOneDigit(a, b));

    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    public void Jaro_winkler_matches_published_values(string a, string b, double expected) =>
        Assert.Equal(expected, StringDistance.JaroWinkler(a, b), 2);

    [Fact]
    public void Bounded_edit_distance_counts_transpositions_as_one()
    {
        Assert.Equal(1, StringDistance.BoundedEditDistance("garcia", "gracia", 2));
        Assert.Equal(2, StringDistance.BoundedEditDistance("ab", "ba1x", 1));
    }
}
