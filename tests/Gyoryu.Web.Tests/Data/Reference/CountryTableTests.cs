using Gyoryu.Web.Data.Reference;

namespace Gyoryu.Web.Tests.Data.Reference;

public class CountryTableTests
{
    private static readonly IReadOnlyList<Gyoryu.Domain.Partners.Country> Countries = CountryTable.Load(NodeModules.Path);

    [Fact]
    public void Countries_carry_Korean_names()
    {
        Countries.Single(c => c.Code == "US").NameKo.ShouldBe("미국");
        Countries.Single(c => c.Code == "CN").NameKo.ShouldBe("중국");
        Countries.Single(c => c.Code == "JP").NameKo.ShouldBe("일본");
    }

    [Fact]
    public void Korea_is_included_with_its_codes_and_region()
    {
        var korea = Countries.Single(c => c.Code == "KR");
        korea.Code3.ShouldBe("KOR");
        korea.NameKo.ShouldBe("대한민국");
        korea.NameEn.ShouldBe("South Korea");
        korea.Region.ShouldBe("Asia");
    }

    [Fact]
    public void Codes_and_Korean_names_are_unique()
    {
        Countries.Count.ShouldBeGreaterThan(240);
        Countries.Select(c => c.Code).Distinct().Count().ShouldBe(Countries.Count);
        Countries.Select(c => c.Code3).Distinct().Count().ShouldBe(Countries.Count);
        Countries.GroupBy(c => c.NameKo).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        Countries.ShouldAllBe(c => c.Code.Length == 2 && c.Code3.Length == 3 && c.NameKo.Length > 0 && c.Region.Length > 0);
    }
}
