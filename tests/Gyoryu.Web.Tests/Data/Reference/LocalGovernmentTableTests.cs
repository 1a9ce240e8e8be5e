using Gyoryu.Domain.Partners;
using Gyoryu.Web.Data.Reference;

namespace Gyoryu.Web.Tests.Data.Reference;

public class LocalGovernmentTableTests
{
    private static readonly IReadOnlyList<LocalGovernment> Table = LocalGovernmentTable.Load();

    private static LocalGovernment ByCode(string code) => Table.Single(g => g.Code == code);

    [Fact]
    public void The_table_holds_17_metropolitan_226_basic_and_2_administrative_cities()
    {
        Table.Count(g => g.Tier == Tier.Metropolitan).ShouldBe(17);
        Table.Count(g => g.Tier == Tier.Basic).ShouldBe(226);
        Table.Count(g => g.Tier == Tier.AdministrativeCity).ShouldBe(2);
        Table.Count.ShouldBe(245);
    }

    [Fact]
    public void Basic_governments_are_75_cities_82_counties_and_69_districts()
    {
        var basic = Table.Where(g => g.Tier == Tier.Basic).ToList();
        basic.Count(g => g.NameKo.EndsWith('시')).ShouldBe(75);
        basic.Count(g => g.NameKo.EndsWith('군')).ShouldBe(82);
        basic.Count(g => g.NameKo.EndsWith('구')).ShouldBe(69);
    }

    [Fact]
    public void Codes_are_unique_five_digit_codes()
    {
        Table.Select(g => g.Code).Distinct().Count().ShouldBe(Table.Count);
        Table.ShouldAllBe(g => g.Code.Length == 5 && g.Code.All(char.IsAsciiDigit));
    }

    [Fact]
    public void Every_government_belongs_to_a_metropolitan_government_by_code_and_name()
    {
        var provinces = Table.Where(g => g.Tier == Tier.Metropolitan).ToDictionary(g => g.Code);
        foreach (var g in Table)
        {
            provinces.ShouldContainKey(g.ProvinceCode);
            provinces[g.ProvinceCode].NameKo.ShouldBe(g.ProvinceKo);
        }

        provinces.Values.ShouldAllBe(p => p.ProvinceCode == p.Code);
    }

    [Fact]
    public void Every_row_has_English_name_population_and_coordinates_in_Korea()
    {
        foreach (var g in Table)
        {
            g.NameEn.ShouldNotBeNullOrWhiteSpace();
            g.Population.ShouldBeGreaterThan(0);
            g.PopulationMonth.ShouldBe("2025-09");
            g.Latitude.ShouldBeInRange(33, 39);
            g.Longitude.ShouldBeInRange(124, 132);
        }
    }

    [Fact]
    public void Gimpo_has_its_English_name_province_population_and_position()
    {
        var gimpo = ByCode("41570");
        gimpo.NameKo.ShouldBe("김포시");
        gimpo.NameEn.ShouldContain("Gimpo");
        gimpo.ProvinceKo.ShouldBe("경기도");
        gimpo.ProvinceCode.ShouldBe("41000");
        gimpo.Tier.ShouldBe(Tier.Basic);
        gimpo.Population.ShouldBeGreaterThan(400_000);
        gimpo.Latitude.ShouldBe(37.6, 0.15);
        gimpo.Longitude.ShouldBe(126.7, 0.15);
        gimpo.FullNameKo.ShouldBe("경기도 김포시");
    }

    [Fact]
    public void Cities_split_into_general_districts_appear_once_as_the_city()
    {
        ByCode("47110").NameKo.ShouldBe("포항시");
        ByCode("47110").NameEn.ShouldBe("Pohang-si");
        ByCode("41460").NameKo.ShouldBe("용인시");
        ByCode("41460").NameEn.ShouldBe("Yongin-si");
        Table.ShouldNotContain(g => g.Code == "41461" || g.Code == "47111");
        Table.ShouldNotContain(g => g.NameKo.Contains("출장소"));
    }

    [Fact]
    public void Gunwi_belongs_to_Daegu_under_its_new_code()
    {
        var gunwi = ByCode("27720");
        gunwi.NameKo.ShouldBe("군위군");
        gunwi.ProvinceKo.ShouldBe("대구광역시");
        gunwi.ProvinceCode.ShouldBe("27000");
        Table.ShouldNotContain(g => g.Code == "47720");
    }

    [Fact]
    public void Gangwon_and_Jeonbuk_use_the_special_self_governing_codes_51_and_52()
    {
        var gangwon = Table.Where(g => g.ProvinceKo == "강원특별자치도").ToList();
        var jeonbuk = Table.Where(g => g.ProvinceKo == "전북특별자치도").ToList();
        gangwon.Count.ShouldBe(19);
        jeonbuk.Count.ShouldBe(15);
        gangwon.ShouldAllBe(g => g.Code.StartsWith("51"));
        jeonbuk.ShouldAllBe(g => g.Code.StartsWith("52"));
        Table.ShouldNotContain(g => g.Code.StartsWith("42") || g.Code.StartsWith("45"));
    }

    [Fact]
    public void Seoul_is_metropolitan_with_code_11000()
    {
        var seoul = ByCode("11000");
        seoul.NameKo.ShouldBe("서울특별시");
        seoul.NameEn.ShouldBe("Seoul");
        seoul.Tier.ShouldBe(Tier.Metropolitan);
        seoul.FullNameKo.ShouldBe("서울특별시");
    }

    [Fact]
    public void Jeju_administrative_cities_follow_the_243_governments()
    {
        Table.Skip(243).Select(g => (g.Code, g.NameKo, g.Tier)).ShouldBe(
        [
            ("50110", "제주시", Tier.AdministrativeCity),
            ("50130", "서귀포시", Tier.AdministrativeCity),
        ]);
        Table.Take(243).ShouldAllBe(g => g.Tier != Tier.AdministrativeCity);
    }

    [Fact]
    public void Metropolitan_population_is_the_sum_of_its_units()
    {
        foreach (var province in Table.Where(g => g.Tier == Tier.Metropolitan && g.Code != "36000"))
        {
            Table.Where(g => g.Tier != Tier.Metropolitan && g.ProvinceCode == province.Code).Sum(g => g.Population)
                .ShouldBe(province.Population, province.NameKo);
        }
    }
}
