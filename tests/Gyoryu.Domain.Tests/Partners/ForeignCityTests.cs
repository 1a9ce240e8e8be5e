using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;

namespace Gyoryu.Domain.Tests.Partners;

public sealed class ForeignCityTests
{
    private const string Gimpo = "41570";

    [Fact]
    public void A_user_can_add_a_foreign_city_that_is_not_in_the_reference_list()
    {
        var city = ForeignCity.AddedByUser(Gimpo, "  Hakodate ", " 하코다테 ", "JP", " Hokkaido ", false, 245_000, 41.77, 140.73);

        city.NameEn.ShouldBe("Hakodate");
        city.SearchName.ShouldBe("hakodate");
        city.NameKo.ShouldBe("하코다테");
        city.CountryCode.ShouldBe("JP");
        city.AdminRegion.ShouldBe("Hokkaido");
        city.Population.ShouldBe(245_000);
        city.Latitude.ShouldBe(41.77);
        city.Longitude.ShouldBe(140.73);
        city.IsRegion.ShouldBeFalse();
        city.AddedByCode.ShouldBe(Gimpo);
        city.ReferenceId.ShouldBeNull();
    }

    [Fact]
    public void Blank_optional_details_are_left_unknown()
    {
        var city = ForeignCity.AddedByUser(Gimpo, "Bavaria", "  ", "DE", "", true, null, null, null);

        city.NameKo.ShouldBeNull();
        city.AdminRegion.ShouldBeNull();
        city.Population.ShouldBeNull();
        city.Latitude.ShouldBeNull();
        city.Longitude.ShouldBeNull();
        city.IsRegion.ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_foreign_city_needs_an_english_name(string name)
    {
        var refusal = Should.Throw<DomainRuleException>(() => Add(name: name));

        refusal.Rule.ShouldBe("foreign-city.name-required");
        refusal.Field.ShouldBe("NameEn");
        refusal.Korean.ShouldBe("도시 영문 이름을 입력하세요.");
    }

    [Theory]
    [InlineData("KR")]
    [InlineData("")]
    [InlineData("J")]
    [InlineData("JPN")]
    public void A_foreign_city_needs_a_two_letter_country_other_than_korea(string country)
    {
        var refusal = Should.Throw<DomainRuleException>(() => Add(country: country));

        refusal.Rule.ShouldBe("foreign-city.country");
        refusal.Field.ShouldBe("CountryCode");
        refusal.Korean.ShouldContain("대한민국 제외");
    }

    [Fact]
    public void A_lower_case_korean_country_code_is_refused_too()
    {
        Should.Throw<DomainRuleException>(() => Add(country: "kr")).Rule.ShouldBe("foreign-city.country");
    }

    [Theory]
    [InlineData(90.01, 0.0)]
    [InlineData(-90.01, 0.0)]
    [InlineData(0.0, 180.01)]
    [InlineData(0.0, -180.01)]
    public void Coordinates_outside_the_globe_are_refused(double latitude, double longitude)
    {
        var refusal = Should.Throw<DomainRuleException>(() => Add(latitude: latitude, longitude: longitude));

        refusal.Rule.ShouldBe("foreign-city.coordinates");
        refusal.Korean.ShouldContain("사이여야 합니다");
    }

    [Theory]
    [InlineData(90.0, 180.0)]
    [InlineData(-90.0, -180.0)]
    [InlineData(0.0, 0.0)]
    public void Coordinates_on_the_edge_of_the_globe_are_accepted(double latitude, double longitude)
    {
        var city = Add(latitude: latitude, longitude: longitude);

        city.Latitude.ShouldBe(latitude);
        city.Longitude.ShouldBe(longitude);
    }

    [Fact]
    public void Coordinates_that_are_not_numbers_are_refused()
    {
        Should.Throw<DomainRuleException>(() => Add(latitude: double.NaN)).Rule.ShouldBe("foreign-city.coordinates");
        Should.Throw<DomainRuleException>(() => Add(longitude: double.NaN)).Rule.ShouldBe("foreign-city.coordinates");
    }

    [Fact]
    public void A_negative_population_is_refused()
    {
        var refusal = Should.Throw<DomainRuleException>(() => Add(population: -1));

        refusal.Rule.ShouldBe("foreign-city.population");
        refusal.Field.ShouldBe("Population");
        refusal.Korean.ShouldBe("인구는 0 이상이어야 합니다.");
    }

    [Fact]
    public void A_population_of_zero_is_accepted()
    {
        Add(population: 0).Population.ShouldBe(0);
    }

    [Fact]
    public void A_reference_city_has_no_user_behind_it()
    {
        var city = ForeignCity.FromReference("jp-osaka", "Osaka", "JP", "Osaka", 2_750_000, 34.69, 135.50);

        city.ReferenceId.ShouldBe("jp-osaka");
        city.AddedByCode.ShouldBeNull();
        city.NameKo.ShouldBeNull();
    }

    [Fact]
    public void A_korean_name_can_be_given_later()
    {
        var city = ForeignCity.FromReference("jp-osaka", "Osaka", "JP", "Osaka", 2_750_000, 34.69, 135.50);

        city.NameInKorean(" 오사카 ");
        city.NameKo.ShouldBe("오사카");

        city.NameInKorean(" ");
        city.NameKo.ShouldBeNull();
    }

    private static ForeignCity Add(
        string name = "Osaka", string country = "JP", int? population = 2_750_000, double? latitude = 34.69, double? longitude = 135.50) =>
        ForeignCity.AddedByUser(Gimpo, name, "오사카", country, "Osaka", false, population, latitude, longitude);
}
