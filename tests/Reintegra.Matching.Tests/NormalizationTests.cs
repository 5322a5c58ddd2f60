using Reintegra.Matching.Normalization;

namespace Reintegra.Matching.Tests;

public class NormalizationTests
{
    private static NormalizedName Name(string? given, string? first, string? second = null, Sex sex = Sex.Unknown) =>
        NameNormalizer.Normalize(given, first, second, sex);

    [Fact]
    public void Case_and_accents_fold_to_the_same_tokens()
    {
        var a = Name("JOSÉ ÁNGEL", "NÚÑEZ", "MUÑOZ");
        var b = Name("jose angel", "nunez", "munoz");
        Assert.Equal(b.Given, a.Given);
        Assert.Equal(b.Surnames, a.Surnames);
    }

    [Fact]
    public void Particles_are_dropped_from_given_names_and_surnames()
    {
        Assert.Equal(["maria", "angeles"], Name("María de los Ángeles", "López").Given);
        Assert.Equal(["juan", "dios"], Name("Juan de Dios", "Pérez").Given);
        Assert.Equal(["cruz", "rio"], Name("Ana", "De la Cruz", "Del Río").Surnames);
        Assert.Equal(["ortega", "gasset"], Name("José", "Ortega y Gasset").Surnames);
    }

    [Fact]
    public void Abbreviated_given_names_expand_and_initials_stay_initials()
    {
        Assert.Equal(["maria", "guadalupe"], Name("Ma. Guadalupe", "Pérez").Given);
        Assert.Equal(["maria", "guadalupe"], Name("Mª Gpe.", "Pérez").Given);
        Assert.Equal(["francisco"], Name("Fco.", "Pérez").Given);
        Assert.Equal(["j", "luis"], Name("J. Luis", "Pérez").Given);
    }

    [Fact]
    public void Abbreviated_surnames_expand()
    {
        Assert.Equal(["gonzalez", "hernandez"], Name("Ana", "Glez.", "Hdez").Surnames);
    }

    [Fact]
    public void Hyphenated_or_both_in_one_field_surnames_become_two()
    {
        Assert.Equal(["garcia", "lopez"], Name("Ana", "García-López").Surnames);
        Assert.Equal(["garcia", "lopez"], Name("Ana", "García López", "").Surnames);
    }

    [Fact]
    public void Married_name_is_kept_apart()
    {
        var married = Name("Rosa", "López", "Pérez de García", Sex.Female);
        Assert.Equal(["lopez", "perez"], married.Surnames);
        Assert.Equal(["garcia"], married.Married);

        var widow = Name("Rosa", "López", "viuda de Mejía", Sex.Female);
        Assert.Equal(["lopez"], widow.Surnames);
        Assert.Equal(["mejia"], widow.Married);
    }

    [Fact]
    public void De_surnames_are_not_mistaken_for_married_names()
    {
        var name = Name("Rosa", "López", "de León", Sex.Female);
        Assert.Equal(["lopez", "leon"], name.Surnames);
        Assert.Empty(name.Married);
        Assert.Empty(Name("Juan", "López", "de García", Sex.Male).Married);
    }

    [Fact]
    public void Mayan_names_keep_their_letters_without_apostrophes()
    {
        var name = Name("K'iche' Ixchel", "Tz'ul", "Xoy");
        Assert.Equal(["kiche", "ixchel"], name.Given);
        Assert.Equal(["tzul", "xoy"], name.Surnames);
        Assert.Equal(["tzul"], Name("A", "Tz’ul").Surnames);
    }

    [Fact]
    public void San_and_santa_join_the_following_word()
    {
        Assert.Equal(["sanmartin"], Name("Ana", "San Martín").Surnames);
        Assert.Equal(["santacruz"], Name("Ana", "Santa Cruz").Surnames);
    }

    [Fact]
    public void Other_scripts_are_kept_as_letters()
    {
        var name = Name("Дмитрий", "王");
        Assert.Equal(["дмитрии"], name.Given);
        Assert.Equal(["王"], name.Surnames);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--- ... 123")]
    public void Empty_or_symbol_only_names_give_no_tokens(string? value)
    {
        var name = Name(value, value, value);
        Assert.Empty(name.Given);
        Assert.Empty(name.Surnames);
    }

    [Fact]
    public void Very_long_input_is_bounded()
    {
        var name = Name(new string('a', 100_000), string.Join(' ', Enumerable.Repeat("garcia", 1000)));
        Assert.Single(name.Given);
        Assert.True(name.Given[0].Length <= NameTokenizer.MaxTokenLength);
        Assert.True(name.Surnames.Length <= NameNormalizer.MaxSurnames);
    }
}
