using System.Net;
using System.Net.Http.Json;
using Gyoryu.Web.Features.Discovery.Recommendations;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Discovery.Recommendations;

/// <summary>GET /api/local-governments/{code}/recommendations over the demo data (김포시 with its partners, 44k world cities).</summary>
[Collection(DemoAppCollection.Name)]
public sealed class RecommendationsApiTests(DemoApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Gimpo_gets_ranked_places_with_component_scores_and_a_Korean_reason()
    {
        var list = await RecommendAsync("/api/local-governments/41570/recommendations?top=5");

        list.Source.PlaceKey.ShouldBe("KR-41570");
        list.Source.NameKo.ShouldBe("김포시");
        list.Items.Count.ShouldBe(5);
        list.Items.Select(i => i.Rank).ShouldBe([1, 2, 3, 4, 5]);
        list.Items.Select(i => i.Total).ShouldBeInOrder(SortDirection.Descending);
        foreach (var item in list.Items)
        {
            item.Reason.ShouldNotBeNullOrWhiteSpace();
            item.Reason.Any(c => c is >= '가' and <= '힣').ShouldBeTrue(item.Reason);
            new[] { item.Components.Similarity, item.Components.Complementarity, item.Components.Economic, item.Components.Network }
                .ShouldAllBe(v => v >= 0 && v <= 1);
            item.NameEn.ShouldNotBeNullOrWhiteSpace();
            item.CountryNameKo.ShouldNotBeNullOrWhiteSpace();
        }

        list.Weights.Origin.ShouldBe("default");
        list.Weights.Label.ShouldBe("기본값");
    }

    [Fact]
    public async Task Places_Gimpo_already_partners_with_never_appear()
    {
        var list = await RecommendAsync("/api/local-governments/41570/recommendations?scope=domestic&top=200");

        var keys = list.Items.Select(i => i.PlaceKey).ToList();
        keys.ShouldNotContain("KR-41570");
        foreach (var partner in new[] { "47250", "46820", "11590", "41820", "47940" })
        {
            keys.ShouldNotContain($"KR-{partner}");
        }

        list.Items.ShouldAllBe(i => i.CountryCode == "KR");
    }

    [Fact]
    public async Task A_tourism_exchange_keeps_the_places_whose_profile_has_tourism()
    {
        // In the demo data only 용인 and 포항 have goals or industries; both name tourism among their goals.
        var list = await RecommendAsync("/api/local-governments/41570/recommendations?scope=domestic&field=Tourism&top=200");

        list.Items.Select(i => i.PlaceKey).ShouldBe(["KR-41460", "KR-47110"], ignoreOrder: true);
        list.Fields.ShouldBe(["Tourism"]);
    }

    [Fact]
    public async Task An_unknown_exchange_field_is_refused_naming_the_field()
    {
        var response = await client.GetAsync("/api/local-governments/41570/recommendations?field=Fishing");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        problem.GetProperty("errors").TryGetProperty("field", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task International_scope_returns_only_foreign_places()
    {
        var list = await RecommendAsync("/api/local-governments/41570/recommendations?scope=international&top=50");

        list.Items.Count.ShouldBe(50);
        list.Items.ShouldAllBe(i => i.CountryCode != "KR" && i.PlaceKey.StartsWith("FC-"));
        list.Scope.ShouldBe("international");
    }

    [Fact]
    public async Task Countries_may_be_named_in_Korean_or_English_or_by_code()
    {
        var korean = await RecommendAsync("/api/local-governments/41570/recommendations?country=일본&top=10");
        var mixed = await RecommendAsync("/api/local-governments/41570/recommendations?country=Japan,CN&top=30");

        korean.Items.ShouldAllBe(i => i.CountryCode == "JP");
        korean.Countries.ShouldBe(["JP"]);
        mixed.Items.ShouldAllBe(i => i.CountryCode == "JP" || i.CountryCode == "CN");
    }

    [Fact]
    public async Task A_government_may_be_named_instead_of_coded()
    {
        var byKorean = await RecommendAsync($"/api/local-governments/{Uri.EscapeDataString("김포시")}/recommendations?top=1");
        var byEnglish = await RecommendAsync("/api/local-governments/Gimpo/recommendations?top=1");

        byKorean.Source.PlaceKey.ShouldBe("KR-41570");
        byEnglish.Source.PlaceKey.ShouldBe("KR-41570");
    }

    [Fact]
    public async Task An_unknown_government_answers_404_naming_the_nearest_names()
    {
        using var response = await client.GetAsync($"/api/local-governments/{Uri.EscapeDataString("김포군")}/recommendations");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        var problem = await response.ProblemAsync();
        problem.GetProperty("detail").GetString()!.ShouldContain("김포시");
        var suggestions = problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("placeKey").GetString()).ToList();
        suggestions.Count.ShouldBe(3);
        suggestions.ShouldContain("KR-41570");
    }

    [Fact]
    public async Task A_name_shared_by_several_governments_is_refused_listing_them()
    {
        using var response = await client.GetAsync($"/api/local-governments/{Uri.EscapeDataString("중구")}/recommendations");

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("options").GetArrayLength().ShouldBeGreaterThan(1);
    }

    [Theory]
    [InlineData("similarity=1.5", "similarity")]
    [InlineData("complementarity=-0.1", "complementarity")]
    [InlineData("concentration=2", "concentration")]
    public async Task A_weight_out_of_range_answers_400_naming_the_parameter(string query, string field)
    {
        using var response = await client.GetAsync($"/api/local-governments/41570/recommendations?{query}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        problem.GetProperty("rule").GetString().ShouldBe("scoring.weight-out-of-range");
    }

    [Fact]
    public async Task An_unknown_country_answers_400()
    {
        using var response = await client.GetAsync("/api/local-governments/41570/recommendations?country=Narnia");

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").GetProperty("country")[0].GetString()!.ShouldContain("Narnia");
    }

    [Fact]
    public async Task Custom_weights_are_used_and_reported()
    {
        var list = await RecommendAsync("/api/local-governments/41570/recommendations?network=0&economic=1&top=3");

        list.Weights.Origin.ShouldBe("custom");
        list.Weights.Network.ShouldBe(0);
        list.Weights.Economic.ShouldBe(1);
    }

    [Fact]
    public async Task The_map_points_start_with_the_government_itself()
    {
        var points = await client.GetFromJsonAsync<List<RecommendationMapPoint>>("/api/local-governments/41570/recommendations/map-points?top=5", GyoryuAppFactory.Json);

        points![0].Kind.ShouldBe("self");
        points[0].Name.ShouldBe("김포시");
        points.Count.ShouldBe(6);
        points.Skip(1).ShouldAllBe(p => p.Url!.StartsWith("#rec-"));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_recommendations_endpoint()
    {
        var document = await client.GetStringAsync("/openapi/v1.json");

        document.ShouldContain("/api/local-governments/{code}/recommendations");
    }

    private async Task<RecommendationList> RecommendAsync(string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<RecommendationList>(GyoryuAppFactory.Json))!;
    }
}
