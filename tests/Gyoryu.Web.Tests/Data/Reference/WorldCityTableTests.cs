using Gyoryu.Web.Data.Reference;

namespace Gyoryu.Web.Tests.Data.Reference;

public class WorldCityTableTests
{
    private static readonly WorldCityLoad Loaded = WorldCityTable.LoadWithCounts(NodeModules.Path);

    [Fact]
    public void Known_partner_cities_are_in_the_list()
    {
        Loaded.Cities.ShouldContain(c => c.NameEn == "Glendale" && c.CountryCode == "US");
        var heze = Loaded.Cities.Single(c => c.NameEn == "Heze" && c.CountryCode == "CN");
        heze.AdminRegion.ShouldBe("Shandong");
        heze.Population.ShouldNotBeNull();
        heze.Latitude!.Value.ShouldBe(35.2, 0.5);
        heze.Longitude!.Value.ShouldBe(115.4, 0.5);
        heze.ReferenceId.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Korean_cities_are_left_out_because_Korean_partners_are_local_governments()
    {
        Loaded.Cities.ShouldNotContain(c => c.CountryCode == "KR");
        Loaded.SkippedKorean.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Every_city_has_a_known_country_and_a_unique_reference_id()
    {
        var countries = CountryTable.Load(NodeModules.Path).Select(c => c.Code).ToHashSet();
        Loaded.Cities.Count.ShouldBeGreaterThan(40_000);
        Loaded.Cities.ShouldAllBe(c => countries.Contains(c.CountryCode));
        Loaded.Cities.Select(c => c.ReferenceId).Distinct().Count().ShouldBe(Loaded.Cities.Count);
        Loaded.SkippedUnknownCountry.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Decimal_populations_are_read_and_missing_ones_stay_null()
    {
        // Canadian rows write population as "108860.00".
        Loaded.Cities.Single(c => c.NameEn == "St. John's" && c.CountryCode == "CA").Population.ShouldBe(108_860);
        Loaded.Cities.ShouldContain(c => c.Population == null);
        Loaded.Cities.ShouldAllBe(c => c.Population == null || c.Population >= 0);
    }
}
