using System.Net.Http.Json;
using Gyoryu.Web.Features.ForeignCities;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.ForeignCities;

[Collection(DemoAppCollection.Name)]
public sealed class ForeignCitySearchTests(DemoApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_city_is_found_by_its_English_name_within_a_country()
    {
        var found = await Search("Glendale", "US");

        found.Count.ShouldBeGreaterThan(1);
        found.ShouldAllBe(c => c.CountryCode == "US" && c.CountryNameKo == "미국");
        found.ShouldContain(c => c.AdminRegion == "California");
        found.Select(c => c.Population ?? 0).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task A_city_named_in_Korean_by_a_partnership_is_found_by_that_name()
    {
        (await Search("글렌데일", null)).ShouldHaveSingleItem().NameEn.ShouldBe("Glendale");
    }

    [Theory]
    [InlineData("Osaka")]
    [InlineData("Kyoto")]
    [InlineData("Kobe")]
    public async Task A_city_is_found_by_its_name_written_without_diacritics(string plain)
    {
        // The reference list spells them Ōsaka, Kyōto, Kōbe; officers type the plain ASCII name.
        (await Search(plain, "JP")).ShouldNotBeEmpty($"searching \"{plain}\" in Japan found nothing");
    }

    private async Task<List<ForeignCityItem>> Search(string q, string? country) =>
        (await client.GetFromJsonAsync<List<ForeignCityItem>>(
            $"/api/foreign-cities?q={Uri.EscapeDataString(q)}{(country is null ? string.Empty : "&country=" + country)}", GyoryuAppFactory.Json))!;
}
