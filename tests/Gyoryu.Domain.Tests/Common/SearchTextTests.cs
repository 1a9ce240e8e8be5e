using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Tests.Common;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Ōsaka", "osaka")]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("  Kraków ", "krakow")]
    [InlineData("Düsseldorf", "dusseldorf")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("İstanbul", "istanbul")]
    public void Folding_removes_accents_and_case(string name, string folded) =>
        SearchText.Fold(name).ShouldBe(folded);

    [Fact]
    public void Folding_keeps_Hangul_syllables_whole() =>
        SearchText.Fold("글렌데일").ShouldBe("글렌데일");

    [Fact]
    public void A_folded_name_starts_with_the_folded_plain_spelling() =>
        SearchText.Fold("Kyōto").ShouldStartWith(SearchText.Fold("Kyoto"));
}
