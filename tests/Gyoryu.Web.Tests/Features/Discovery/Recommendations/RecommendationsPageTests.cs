using System.Globalization;
using AngleSharp.Html.Parser;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Discovery.Recommendations;

/// <summary>/Discovery/Recommendations for the officer's government (김포시 by default) over the demo data.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class RecommendationsPageTests(DemoApp app)
{
    [Fact]
    public async Task The_page_lists_ranked_places_with_reasons_score_bars_and_an_add_form()
    {
        var document = await PageAsync("/Discovery/Recommendations?scope=international&top=10");

        var items = document.QuerySelectorAll("#recommendations li[data-place-key]");
        items.Length.ShouldBe(10);
        document.QuerySelector("#scope-international")!.HasAttribute("checked").ShouldBeTrue();
        var first = items[0];
        first.GetAttribute("data-place-key")!.ShouldStartWith("FC-");
        first.QuerySelector(".gy-reason")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        first.QuerySelectorAll(".gy-score-bars tr[data-component]").Length.ShouldBe(5);
        first.QuerySelectorAll(".gy-score-bars meter").Length.ShouldBe(5);
        first.QuerySelector(".gy-score-bars .gy-score-value")!.TextContent.ShouldMatch(@"^\d\.\d{3}$");

        var form = first.QuerySelector("form.gy-add-candidate")!;
        form.GetAttribute("action").ShouldBe("/Discovery/Candidates?handler=Add");
        form.GetAttribute("method").ShouldBe("post");
        string Field(string name) => form.QuerySelector($"input[name='{name}']")!.GetAttribute("value")!;
        Field("Add.PlaceKey").ShouldBe(first.GetAttribute("data-place-key"));
        Field("Add.Source").ShouldBe("Recommendation");
        Field("Add.RecommendationReason").ShouldBe(first.QuerySelector(".gy-reason")!.TextContent.Trim());
        double.Parse(Field("Add.RecommendationScore"), CultureInfo.InvariantCulture).ShouldBeInRange(0, 1);
        Field("returnUrl").ShouldBe("/Discovery/Recommendations?scope=international&top=10");
        Field("__RequestVerificationToken").ShouldNotBeNullOrWhiteSpace();
        form.QuerySelector("button")!.TextContent.ShouldContain("후보에 추가");
    }

    [Fact]
    public async Task The_page_shows_the_weights_in_use_and_a_map_of_the_same_query()
    {
        var document = await PageAsync("/Discovery/Recommendations?scope=domestic&top=5");

        document.QuerySelector("#weights-in-use")!.TextContent.ShouldContain("기본값");
        document.QuerySelectorAll("#weights input[type=number]").Select(i => i.GetAttribute("name")).ShouldBe(
            ["similarity", "complementarity", "economic", "network", "concentration"]);
        document.QuerySelector("#recommendation-map")!.GetAttribute("data-points-url")
            .ShouldBe("/api/local-governments/41570/recommendations/map-points?scope=domestic&top=5");
    }

    [Fact]
    public async Task Without_an_imported_network_the_page_says_so_and_links_to_the_import()
    {
        var document = await PageAsync("/Discovery/Recommendations");

        document.QuerySelector("#no-network a")!.GetAttribute("href").ShouldBe("/Discovery/Import");
    }

    [Fact]
    public async Task Another_government_can_be_chosen_but_its_results_cannot_be_added_to_the_officers_board()
    {
        var document = await PageAsync("/Discovery/Recommendations?government=47110&top=3");

        document.QuerySelector("#results-heading")!.TextContent.ShouldContain("포항시");
        document.QuerySelectorAll("#recommendations li[data-place-key]").Length.ShouldBe(3);
        document.QuerySelectorAll("form.gy-add-candidate").Length.ShouldBe(0);
        document.QuerySelector("#other-government").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_weight_out_of_range_is_shown_as_an_error_not_a_crash()
    {
        var document = await PageAsync("/Discovery/Recommendations?similarity=3");

        document.QuerySelector("#page-error")!.TextContent.ShouldContain("0에서 1 사이");
        document.QuerySelector("#recommendations").ShouldBeNull();
    }

    [Fact]
    public async Task The_page_is_in_English_when_asked()
    {
        using var client = app.CreateClient("en-US");
        var document = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/Discovery/Recommendations?top=3"));

        document.QuerySelector("h1")!.TextContent.ShouldBe("Candidate recommendations");
        document.QuerySelector("form.gy-add-candidate button")!.TextContent.ShouldContain("Add to candidates");
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
