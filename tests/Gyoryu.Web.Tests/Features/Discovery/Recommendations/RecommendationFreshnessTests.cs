using System.Net;
using System.Net.Http.Json;
using Gyoryu.Web.Features.Discovery.Recommendations;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Discovery.Recommendations;

/// <summary>Recommendations right after a partnership is saved, before and after the index has rebuilt.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class RecommendationFreshnessTests(WritableApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_place_taken_as_a_partner_a_moment_ago_is_not_recommended_again()
    {
        // 정선군 ranks for itself: no other test touches its partnerships.
        var before = await RecommendAsync("/api/local-governments/51770/recommendations?scope=international&top=5");
        var first = before.Items[0];
        var cityId = int.Parse(first.PlaceKey["FC-".Length..], System.Globalization.CultureInfo.InvariantCulture);

        await client.CreatePartnershipAsync("51770", new { partnerForeignCityId = cityId, type = "Friendship", fields = new[] { "Economy" }, motive = "추천 결과 검토" });
        var after = await RecommendAsync("/api/local-governments/51770/recommendations?scope=international&top=5");

        after.Items.Select(i => i.PlaceKey).ShouldNotContain(first.PlaceKey);
        after.Items.Count.ShouldBe(5);
        after.Source.ExistingTies.ShouldBeGreaterThanOrEqualTo(before.Source.ExistingTies);
    }

    private async Task<RecommendationList> RecommendAsync(string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<RecommendationList>(GyoryuAppFactory.Json))!;
    }
}
