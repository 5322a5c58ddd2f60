using Reintegra.Matching.Normalization;

namespace Reintegra.Matching.Tests;

public class PhoneticTests
{
    [Theory]
    [InlineData("vasquez", "bazquez")]
    [InlineData("vasquez", "vazquez")]
    [InlineData("jimenez", "ximenez")]
    [InlineData("jimenez", "gimenez")]
    [InlineData("javier", "xavier")]
    [InlineData("gonzalez", "gonzales")]
    [InlineData("hernandez", "ernandez")]
    [InlineData("yolanda", "llolanda")]
    [InlineData("castillo", "castiyo")]
    [InlineData("carrillo", "carillo")]
    [InlineData("cecilia", "sesilia")]
    [InlineData("quintero", "kintero")]
    [InlineData("guillermo", "guiyermo")]
    [InlineData("ambrosio", "anbrosio")]
    [InlineData("saavedra", "sabedra")]
    [InlineData("ruiz", "ruis")]
    public void Spellings_that_sound_alike_in_the_region_share_a_key(string a, string b) =>
        Assert.Equal(SpanishPhonetic.Encode(a), SpanishPhonetic.Encode(b));

    [Theory]
    [InlineData("lara", "lira")]
    [InlineData("lopez", "perez")]
    [InlineData("mora", "mara")]
    [InlineData("gil", "gel")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(SpanishPhonetic.Encode(a), SpanishPhonetic.Encode(b));

    [Fact]
    public void Empty_and_foreign_letters_do_not_throw() =>
        Assert.Equal("王", SpanishPhonetic.Encode("王"));
}
