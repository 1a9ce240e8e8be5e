using System.Net;
using System.Net.Http.Json;
using Gyoryu.Domain.Partners;
using Gyoryu.Web.Features.LocalGovernments;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.LocalGovernments;

[Collection(DemoAppCollection.Name)]
public sealed class LocalGovernmentSearchTests(DemoApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("김포")]
    [InlineData("Gimpo")]
    [InlineData("gimpo")]
    [InlineData("41570")]
    public async Task Gimpo_is_found_by_Korean_name_English_name_or_code(string q)
    {
        var found = await Search(q);

        var gimpo = found.ShouldHaveSingleItem();
        gimpo.Code.ShouldBe("41570");
        gimpo.NameKo.ShouldBe("김포시");
        gimpo.NameEn.ShouldBe("Gimpo-si");
        gimpo.ProvinceKo.ShouldBe("경기도");
        gimpo.Tier.ShouldBe(Tier.Basic);
    }

    [Fact]
    public async Task A_search_by_province_lists_its_governments()
    {
        var found = await Search("경상북도");

        found.ShouldContain(g => g.Code == "47110" && g.NameKo == "포항시");
        found.ShouldContain(g => g.Code == "47940" && g.NameKo == "울릉군");
        found.ShouldNotContain(g => g.ProvinceKo != "경상북도");
    }

    [Fact]
    public async Task An_empty_search_lists_every_local_government()
    {
        var all = await Search(string.Empty);

        all.Count(g => g.Tier == Tier.Metropolitan).ShouldBe(17);
        all.Count(g => g.Tier is Tier.Metropolitan or Tier.Basic).ShouldBe(243);
        all.Select(g => g.Code).ShouldBeUnique();
    }

    [Fact]
    public async Task Nothing_matches_an_unknown_name()
    {
        (await Search("없는도시")).ShouldBeEmpty();
    }

    [Fact]
    public async Task One_government_is_read_by_its_code()
    {
        var yongin = await client.GetFromJsonAsync<LocalGovernmentItem>("/api/local-governments/41460", GyoryuAppFactory.Json);

        yongin!.NameKo.ShouldBe("용인시");
        yongin.NameEn.ShouldBe("Yongin-si");
        yongin.FullNameKo.ShouldContain("용인");
        yongin.Population.ShouldBeGreaterThan(1_000_000);
        yongin.Latitude.ShouldBeInRange(37.0, 37.5);
        yongin.Longitude.ShouldBeInRange(127.0, 127.5);
    }

    [Theory]
    [InlineData("/api/local-governments/99999")]
    [InlineData("/api/local-governments/99999/partnerships")]
    public async Task An_unknown_code_is_not_found(string url)
    {
        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_tier_is_sent_as_its_name()
    {
        var json = await client.GetStringAsync("/api/local-governments/41570");

        json.ShouldContain("\"tier\":\"Basic\"");
    }

    private async Task<List<LocalGovernmentItem>> Search(string q) =>
        (await client.GetFromJsonAsync<List<LocalGovernmentItem>>($"/api/local-governments?q={Uri.EscapeDataString(q)}", GyoryuAppFactory.Json))!;
}
