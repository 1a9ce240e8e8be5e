using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Partners;

namespace Gyoryu.Domain.Tests.Discovery.Network;

public sealed class TwinPlaceMatcherTests
{
    // Real MOIS codes; coordinates are the centroids of the project's reference table.
    private static readonly KnownGovernment[] Governments =
    [
        new("11000", "서울특별시", "Seoul", "서울특별시", Tier.Metropolitan, 37.5521, 126.9919),
        new("26000", "부산광역시", "Busan", "부산광역시", Tier.Metropolitan, 35.1998, 129.0587),
        new("11710", "송파구", "Songpa-gu", "서울특별시", Tier.Basic, 37.5051, 127.1153),
        new("11680", "강남구", "Gangnam-gu", "서울특별시", Tier.Basic, 37.4972, 127.0627),
        new("11140", "중구", "Jung-gu", "서울특별시", Tier.Basic, 37.5601, 126.9959),
        new("26110", "중구", "Jung-gu", "부산광역시", Tier.Basic, 35.1056, 129.0319),
        new("27260", "수성구", "Suseong-gu", "대구광역시", Tier.Basic, 35.8342, 128.6614),
        new("50110", "제주시", "Jeju-si", "제주특별자치도", Tier.AdministrativeCity, 33.4435, 126.5301),
        new("50130", "서귀포시", "Seogwipo-si", "제주특별자치도", Tier.AdministrativeCity, 33.3239, 126.5811),
        new("47110", "포항시", "Pohang-si", "경상북도", Tier.Basic, 36.0932, 129.3055),
        new("41570", "김포시", "Gimpo-si", "경기도", Tier.Basic, 37.6784, 126.6249),
        new("41460", "용인시", "Yongin-si", "경기도", Tier.Basic, 37.2215, 127.2219),
        new("41280", "고양시", "Goyang-si", "경기도", Tier.Basic, 37.6651, 126.8357),
        new("48120", "창원시", "Changwon-si", "경상남도", Tier.Basic, 35.2003, 128.5993),
    ];

    private static readonly KnownForeignCity[] Cities =
    [
        City(1, "Springfield", "US", 39.7990, -89.6440, 114_000),
        City(2, "Springfield", "US", 42.1155, -72.5395, 155_000),
        City(3, "Springfield", "US", 37.1943, -93.2915, 169_000),
        City(4, "Amasya", "TR", 40.65, 35.8331, 101_000),
        City(5, "Córdoba", "CO", 9.5244, -74.878, 30_000),
        City(6, "Chaoyang", "CN", 41.5757, 120.4486, 295_000),
        City(7, "Montréal", "CA", 45.5089, -73.5617, 1_762_949),
        City(8, "Newport", "GB", 51.5833, -3.0, 145_700),
        City(9, "Newport", "GB", 50.701, -1.2883, 25_000),
    ];

    private static readonly Dictionary<string, string> CountryNames = new()
    {
        ["South Korea"] = "KR",
        ["United States"] = "US",
        ["Turkey"] = "TR",
        ["Colombia"] = "CO",
        ["China"] = "CN",
        ["Canada"] = "CA",
        ["United Kingdom"] = "GB",
        ["Italy"] = "IT",
        ["Germany"] = "DE",
    };

    private static KnownForeignCity City(int id, string name, string country, double lat, double lng, int population) =>
        new(id, name, SearchText.Fold(name), country, lat, lng, population);

    private static TwinPlaceMatcher Matcher(params KnownGovernment[] extra) => new([.. Governments, .. extra], Cities, CountryNames);

    [Theory]
    [InlineData("Seoul – Songpa", "11710")]
    [InlineData("Seoul - Songpa", "11710")]
    [InlineData("Songpa (Seoul)", "11710")]
    [InlineData("Songpa-gu", "11710")]
    [InlineData("송파구", "11710")]
    [InlineData("Suseong (Daegu)", "27260")]
    [InlineData("Jeju City", "50110")]
    [InlineData("Jeju", "50110")]
    [InlineData("Pohang", "47110")]
    [InlineData("Gimpo", "41570")]
    [InlineData("GIMPO-SI", "41570")]
    [InlineData("Yongin", "41460")]
    [InlineData("Seogwipo", "50130")]
    [InlineData("Gangnam District", "11680")]
    [InlineData("Jung District, Busan", "26110")]
    [InlineData("Busan – Jung", "26110")]
    [InlineData("Jung (Seoul)", "11140")]
    [InlineData("Changwon", "48120")]
    [InlineData("Goyang", "41280")]
    [InlineData("Busan", "26000")]
    [InlineData("Seoul", "11000")]
    [InlineData("Busan Metropolitan City", "26000")]
    [InlineData("Seoul Special City", "11000")]
    public void Korean_name_variants_resolve_to_one_local_government(string name, string code)
    {
        var match = Matcher().MatchKorean(name, null, null);

        match.Kind.ShouldBe(PlaceMatchKind.LocalGovernment);
        match.GovernmentCode.ShouldBe(code);
        match.CountryCode.ShouldBe("KR");
        match.Reason.ShouldBeNull();
    }

    [Fact]
    public void A_bare_jung_district_is_ambiguous_without_coordinates()
    {
        var match = Matcher().MatchKorean("Jung District", null, null);

        match.Kind.ShouldBe(PlaceMatchKind.Unmatched);
        match.Reason.ShouldBe("twin-match.kr-ambiguous");
        match.ReasonEnglish!.ShouldContain("11140");
        match.ReasonEnglish!.ShouldContain("26110");
        match.ReasonKorean.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Coordinates_pick_the_jung_district_they_lie_in()
    {
        var match = Matcher().MatchKorean("Jung District", 35.10, 129.03);

        match.GovernmentCode.ShouldBe("26110");
        match.DistanceKm!.Value.ShouldBeLessThan(5);
        match.FarFromCoordinates.ShouldBeFalse();
    }

    [Fact]
    public void Two_counties_of_the_same_name_are_told_apart_by_coordinates()
    {
        var matcher = Matcher(
            new KnownGovernment("51820", "고성군", "Goseong-gun", "강원특별자치도", Tier.Basic, 38.3765, 128.4007),
            new KnownGovernment("48820", "고성군", "Goseong-gun", "경상남도", Tier.Basic, 35.0156, 128.2911));

        matcher.MatchKorean("Goseong", 34.97, 128.32).GovernmentCode.ShouldBe("48820");
        matcher.MatchKorean("Goseong", 38.38, 128.47).GovernmentCode.ShouldBe("51820");
        matcher.MatchKorean("Goseong", 36.5, 127.0).Reason.ShouldBe("twin-match.kr-ambiguous");
    }

    [Fact]
    public void A_bare_metropolitan_name_means_the_metropolitan_government_unless_the_coordinates_say_otherwise()
    {
        var matcher = Matcher(
            new KnownGovernment("29000", "광주광역시", "Gwangju", "광주광역시", Tier.Metropolitan, 35.1558, 126.8356),
            new KnownGovernment("41610", "광주시", "Gwangju-si", "경기도", Tier.Basic, 37.4030, 127.3011));

        matcher.MatchKorean("Gwangju", null, null).GovernmentCode.ShouldBe("29000");
        matcher.MatchKorean("Gwangju", 35.16, 126.85).GovernmentCode.ShouldBe("29000");
        matcher.MatchKorean("Gwangju", 37.41, 127.26).GovernmentCode.ShouldBe("41610");
        matcher.MatchKorean("Gwangju City", null, null).GovernmentCode.ShouldBe("41610");
    }

    [Fact]
    public void With_the_province_known_jeju_city_is_the_city_and_a_bare_jeju_the_province()
    {
        var matcher = Matcher(
            new KnownGovernment("50000", "제주특별자치도", "Jeju Special Self-Governing Province", "제주특별자치도", Tier.Metropolitan, 33.3873, 126.5541));

        matcher.MatchKorean("Jeju City", 33.5, 126.53).GovernmentCode.ShouldBe("50110");
        matcher.MatchKorean("Jeju", 33.5, 126.53).GovernmentCode.ShouldBe("50000");
        matcher.MatchKorean("Jeju Province", null, null).GovernmentCode.ShouldBe("50000");
    }

    [Fact]
    public void A_province_is_found_by_the_english_name_derived_from_its_code()
    {
        var matcher = Matcher(new KnownGovernment("44000", "충청남도", "Chungcheongnam-do", "충청남도", Tier.Metropolitan, 36.5, 126.8));

        matcher.MatchKorean("South Chungcheong", null, null).GovernmentCode.ShouldBe("44000");
        matcher.MatchKorean("South Chungcheong Province", null, null).GovernmentCode.ShouldBe("44000");
        matcher.MatchKorean("Chungcheongnam-do", null, null).GovernmentCode.ShouldBe("44000");
    }

    [Fact]
    public void A_district_the_named_city_does_not_have_is_unmatched()
    {
        var match = Matcher().MatchKorean("Suseong (Seoul)", null, null);

        match.Kind.ShouldBe(PlaceMatchKind.Unmatched);
        match.Reason.ShouldBe("twin-match.kr-not-found-in-qualifier");
    }

    [Fact]
    public void An_unknown_korean_place_is_unmatched_not_created()
    {
        var match = Matcher().Match(new TwinPlace("Deokjin (Yeongam)", "South Korea", 34.8, 126.6));

        match.Kind.ShouldBe(PlaceMatchKind.Unmatched);
        match.Reason.ShouldBe("twin-match.kr-not-found");
        match.IsResolved.ShouldBeFalse();
    }

    [Fact]
    public void A_township_within_a_named_county_is_unmatched_naming_the_county()
    {
        var matcher = Matcher(new KnownGovernment("44760", "부여군", "Buyeo-gun", "충청남도", Tier.Basic, 36.2757, 126.9097));

        var match = matcher.MatchKorean("Jangam-myeon (Buyeo)", 36.2288, 126.9056);

        match.Kind.ShouldBe(PlaceMatchKind.Unmatched);
        match.Reason.ShouldBe("twin-match.kr-below-government");
        match.ReasonKorean!.ShouldContain("부여군(44760)");
        match.ReasonEnglish!.ShouldContain("Buyeo-gun (44760)");
    }

    [Fact]
    public void A_korean_match_far_from_the_listed_coordinates_is_flagged()
    {
        // The real list puts Korean Anyang at China's Anyang; a name in Korea keeps its Korean match, flagged.
        var match = Matcher().Match(new TwinPlace("Gimpo", "Republic of Korea", 36.099, 114.392));

        match.GovernmentCode.ShouldBe("41570");
        match.FarFromCoordinates.ShouldBeTrue();
        match.Reason.ShouldBe("twin-match.far-from-coordinates");
    }

    [Fact]
    public void The_province_english_name_comes_from_the_code_prefix()
    {
        KoreanProvinces.EnglishName("11710").ShouldBe("Seoul");
        KoreanProvinces.EnglishName("43110").ShouldBe("North Chungcheong");
        KoreanProvinces.EnglishName("52110").ShouldBe("North Jeolla");
        KoreanProvinces.EnglishName("45110").ShouldBe("North Jeolla");
        KoreanProvinces.EnglishName("99000").ShouldBeNull();
        Governments.Single(g => g.Code == "27260").ProvinceEn.ShouldBe("Daegu");
    }

    [Fact]
    public void A_foreign_city_is_the_nearest_of_its_namesakes()
    {
        var match = Matcher().Match(new TwinPlace("Springfield", "United States", 39.78, -89.65));

        match.Kind.ShouldBe(PlaceMatchKind.ForeignCity);
        match.ForeignCityId.ShouldBe(1);
        match.CountryCode.ShouldBe("US");
        match.FarFromCoordinates.ShouldBeFalse();
    }

    [Fact]
    public void Without_coordinates_the_most_populous_namesake_wins()
    {
        Matcher().MatchForeign("Springfield", "US", null, null).ForeignCityId.ShouldBe(3);
    }

    [Fact]
    public void Namesakes_at_about_the_same_distance_go_to_the_more_populous()
    {
        var matcher = new TwinPlaceMatcher(
            [], [City(1, "Twin", "FR", 45.00, 5.00, 1_000), City(2, "Twin", "FR", 45.00, 5.0002, 90_000)], CountryNames);

        matcher.MatchForeign("Twin", "FR", 45.01, 5.0001).ForeignCityId.ShouldBe(2);
    }

    [Fact]
    public void The_only_namesake_is_taken_even_when_far_but_flagged()
    {
        var match = Matcher().Match(new TwinPlace("Amasya", "Turkey", 12.0, 40.0));

        match.Kind.ShouldBe(PlaceMatchKind.ForeignCity);
        match.ForeignCityId.ShouldBe(4);
        match.FarFromCoordinates.ShouldBeTrue();
        match.DistanceKm!.Value.ShouldBeGreaterThan(1_000);
    }

    [Fact]
    public void Namesakes_all_far_away_give_a_new_city()
    {
        var match = Matcher().Match(new TwinPlace("Newport", "United Kingdom", 55.0, -2.0));

        match.Kind.ShouldBe(PlaceMatchKind.NewForeignCity);
        match.Reason.ShouldBe("twin-match.new-foreign-city-far-namesakes");
    }

    [Fact]
    public void A_city_not_in_the_list_is_to_be_created_with_the_rows_name_country_and_coordinates()
    {
        var match = Matcher().Match(new TwinPlace(" Gaiarine ", "Italy", 45.8833, 12.4833));

        match.Kind.ShouldBe(PlaceMatchKind.NewForeignCity);
        match.IsResolved.ShouldBeTrue();
        match.Name.ShouldBe("Gaiarine");
        match.CountryCode.ShouldBe("IT");
        match.Latitude.ShouldBe(45.8833);
        match.Longitude.ShouldBe(12.4833);
        match.Reason.ShouldBe("twin-match.new-foreign-city");
    }

    [Fact]
    public void Names_match_folded_and_with_their_region_dropped_when_near()
    {
        var matcher = Matcher();

        matcher.Match(new TwinPlace("Montreal", "Canada", 45.5089, -73.5542)).ForeignCityId.ShouldBe(7);
        matcher.Match(new TwinPlace("Córdoba, Bolívar", "Colombia", 9.5244, -74.878)).ForeignCityId.ShouldBe(5);
    }

    [Fact]
    public void A_shortened_name_far_from_its_only_namesake_is_a_new_city()
    {
        // Chaoyang district of Beijing is not the Chaoyang in Liaoning, 400 km away.
        var match = Matcher().Match(new TwinPlace("Chaoyang (Beijing)", "China", 39.92, 116.44));

        match.Kind.ShouldBe(PlaceMatchKind.NewForeignCity);
    }

    [Theory]
    [InlineData("USA", "US")]
    [InlineData("People's Republic of China", "CN")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("UK", "GB")]
    [InlineData("Wales, United Kingdom", "GB")]
    [InlineData("England", "GB")]
    [InlineData("Republic of Ireland", "IE")]
    [InlineData("Georgia (country)", "GE")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Macedonia", "MK")]
    [InlineData("Kosovo", "XK")]
    [InlineData("Korea", "KR")]
    [InlineData("south korea", "KR")]
    [InlineData("Algarve, Portugal", "PT")]
    public void Country_names_and_aliases_resolve_to_iso_codes(string name, string code)
    {
        var matcher = new TwinPlaceMatcher([], [], new Dictionary<string, string> { ["Portugal"] = "PT" });

        matcher.CountryCodeOf(name).ShouldBe(code);
    }

    [Fact]
    public void The_given_country_list_wins_over_the_aliases()
    {
        new TwinPlaceMatcher([], [], new Dictionary<string, string> { ["Georgia (country)"] = "XX" }).CountryCodeOf("Georgia (country)").ShouldBe("XX");
    }

    [Fact]
    public void Rows_with_an_unknown_or_empty_country_are_unmatched_with_their_line_and_side_and_the_rest_resolves()
    {
        var parse = TwinList.Parse(string.Join(
            "\n",
            "city1,country1,lat1,lng1,city2,country2,lat2,lng2",
            "Busan,South Korea,35.18,129.075,Montreal,Canada,45.5089,-73.5542",
            "Springfield,United States,39.78,-89.65,Atlantis,Grece,37.9,23.7",
            "Ningbo,China,29.8603,121.6245,\"Varna, Bulgaria\",,43.2167,27.9167"));

        var result = Matcher().MatchAll(parse.Rows);

        result.Rows.Count.ShouldBe(3);
        result.Rows[0].First.GovernmentCode.ShouldBe("26000");
        result.Rows[0].Second.ForeignCityId.ShouldBe(7);
        result.Rows[0].IsLinkable.ShouldBeTrue();
        result.Rows[1].Second.Kind.ShouldBe(PlaceMatchKind.UnknownCountry);
        result.Rows[1].IsLinkable.ShouldBeFalse();
        result.Rows[2].IsLinkable.ShouldBeFalse();
        result.UnmatchedRows.ShouldBe(2);
        result.Unmatched.Select(u => (u.Line, u.Side, u.Name, u.Country, u.Rule)).ShouldBe(
        [
            (3, 2, "Atlantis", "Grece", "twin-match.unknown-country"),
            (4, 2, "Varna, Bulgaria", string.Empty, "twin-match.country-missing"),
        ]);
        result.Unmatched[0].English.ShouldContain("Grece");
        result.Unmatched[0].Korean.ShouldContain("Grece");
        result.Unmatched[1].Korean.ShouldBe("국가가 비어 있습니다.");
        result.Unmatched[1].English.ShouldBe("The country is empty.");
    }

    [Fact]
    public void A_korean_place_not_found_makes_its_row_unmatched()
    {
        var result = Matcher().MatchAll([new TwinRow(9, new TwinPlace("Atlantis-gun", "South Korea", 36, 127), new TwinPlace("Montreal", "Canada", 45.5, -73.55))]);

        var unmatched = result.Unmatched.ShouldHaveSingleItem();
        (unmatched.Line, unmatched.Side, unmatched.Rule).ShouldBe((9, 1, "twin-match.kr-not-found"));
        result.Rows.Single().IsLinkable.ShouldBeFalse();
    }

    [Fact]
    public void Two_sides_resolving_to_one_place_are_unmatched_not_linked_to_themselves()
    {
        var result = Matcher().MatchAll(
        [
            new TwinRow(2, new TwinPlace("Nienburg", "Germany", 52.6, 9.2), new TwinPlace("Nienburg", "Germany", 52.6, 9.2)),
            new TwinRow(3, new TwinPlace("Seoul", "South Korea", 37.55, 126.99), new TwinPlace("Seoul Special City", "Korea", 37.55, 126.99)),
        ]);

        result.Unmatched.Select(u => (u.Line, u.Rule)).ShouldBe([(2, "twin-match.same-place"), (3, "twin-match.same-place")]);
        result.Rows.ShouldAllBe(r => !r.IsLinkable);
    }

    [Fact]
    public void An_unmatched_place_survives_the_report_line_round_trip()
    {
        var unmatched = new TwinUnmatched(4564, 2, "Varna,\tBulgaria", string.Empty, "twin-match.country-missing", "국가가 비어 있습니다.", "The country is empty.");

        TwinUnmatched.FromReportLine(unmatched.ToReportLine()).ShouldBe(unmatched with { Name = "Varna, Bulgaria" });
        TwinUnmatched.FromReportLine("line 4564: something else").ShouldBeNull();
    }
}
