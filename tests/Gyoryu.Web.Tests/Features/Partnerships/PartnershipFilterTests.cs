using System.Net;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Partnerships;

/// <summary>
/// The list's filters over the demo data alone (19 ties: 김포시 7, 용인특례시 12), which no test of this collection changes.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class PartnershipFilterTests(DemoApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Without_filters_every_partnership_is_listed()
    {
        var list = await client.ListAsync("/api/partnerships?pageSize=500");

        list.Total.ShouldBe(19);
        list.Items.Count.ShouldBe(19);
        list.Items.Select(p => p.Id).ShouldBeUnique();
    }

    [Fact]
    public async Task The_list_is_paged()
    {
        var first = await client.ListAsync("/api/partnerships?pageSize=5&page=1");
        var fourth = await client.ListAsync("/api/partnerships?pageSize=5&page=4");

        first.Total.ShouldBe(19);
        first.Items.Count.ShouldBe(5);
        first.PageSize.ShouldBe(5);
        fourth.Page.ShouldBe(4);
        fourth.Items.Count.ShouldBe(4);
        fourth.Items.Select(p => p.Id).ShouldNotContain(id => first.Items.Any(f => f.Id == id));
    }

    [Fact]
    public async Task Signed_ties_are_listed_newest_year_first_and_undated_ones_last()
    {
        var items = (await client.ListAsync("/api/partnerships?pageSize=500")).Items;

        items.Take(4).Select(p => p.SignedOn![..4]).ShouldBe(["2024", "2023", "2023", "2006"]);
        items.Skip(4).ShouldAllBe(p => p.SignedOn == null);
    }

    [Fact]
    public async Task Filtering_by_type_lists_only_that_type()
    {
        var friendships = await client.ListAsync("/api/partnerships?type=Friendship");
        var sisters = await client.ListAsync("/api/partnerships?type=SisterCity");
        var mous = await client.ListAsync("/api/partnerships?type=ExchangeMou");

        friendships.Items.ShouldHaveSingleItem().PartnerNameKo.ShouldBe("포항시");
        sisters.Total.ShouldBe(18);
        sisters.Items.ShouldAllBe(p => p.Type == PartnershipType.SisterCity);
        mous.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Filtering_by_status_lists_only_that_status()
    {
        var talks = await client.ListAsync("/api/partnerships?status=Negotiating");
        var active = await client.ListAsync("/api/partnerships?status=Active");

        talks.Items.ShouldHaveSingleItem().PartnerNameKo.ShouldBe("울릉군");
        active.Total.ShouldBe(18);
        active.Items.ShouldAllBe(p => p.Status == PartnershipStatus.Active);
    }

    [Theory]
    [InlineData("CN", "Heze")]
    [InlineData("cn", "Heze")]
    [InlineData("US", "Glendale")]
    public async Task Filtering_by_country_lists_that_countrys_partners(string country, string partner)
    {
        var list = await client.ListAsync($"/api/partnerships?country={country}");

        var only = list.Items.ShouldHaveSingleItem();
        only.PartnerNameEn.ShouldBe(partner);
        only.CountryCode.ShouldBe(country.ToUpperInvariant());
    }

    [Fact]
    public async Task Filtering_by_Korea_lists_the_domestic_ties()
    {
        var list = await client.ListAsync("/api/partnerships?country=KR&pageSize=500");

        list.Total.ShouldBe(17);
        list.Items.ShouldAllBe(p => p.CountryCode == "KR" && p.Scope == "domestic");
    }

    [Theory]
    [InlineData("Economy")]
    [InlineData("경제")]
    public async Task Filtering_by_field_lists_ties_covering_it(string field)
    {
        var list = await client.ListAsync($"/api/partnerships?field={Uri.EscapeDataString(field)}");

        list.Items.Select(p => p.PartnerNameKo).ShouldBe(["포항시", "허쩌(하택)시"], ignoreOrder: true);
        list.Items.ShouldAllBe(p => p.Fields.Contains("Economy"));
    }

    [Fact]
    public async Task Filtering_by_an_unknown_field_is_refused()
    {
        using var response = await client.GetAsync("/api/partnerships?field=Gardening");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Filtering_by_decade_lists_ties_signed_in_it()
    {
        var twenties = await client.ListAsync("/api/partnerships?decade=2020");
        var noughties = await client.ListAsync("/api/partnerships?decade=2000");
        var midDecade = await client.ListAsync("/api/partnerships?decade=2024");

        twenties.Items.Select(p => p.PartnerNameKo).ShouldBe(["포항시", "동작구", "가평군"], ignoreOrder: true);
        noughties.Items.ShouldHaveSingleItem().PartnerNameKo.ShouldBe("진도군");
        midDecade.Items.Select(p => p.Id).ShouldBe(twenties.Items.Select(p => p.Id), ignoreOrder: true);
    }

    [Theory]
    [InlineData("포항", 1)]
    [InlineData("Pohang", 1)]
    [InlineData("glendale", 1)]
    [InlineData("허쩌", 1)]
    [InlineData("김포", 7)]
    [InlineData("Yongin", 12)]
    [InlineData("경상북도", 4)]
    public async Task Searching_matches_either_side_by_Korean_or_English_name(string q, int expected)
    {
        var list = await client.ListAsync($"/api/partnerships?q={Uri.EscapeDataString(q)}&pageSize=500");

        list.Total.ShouldBe(expected);
    }

    [Fact]
    public async Task Filters_combine()
    {
        var list = await client.ListAsync("/api/partnerships?government=41570&country=KR&status=Active&decade=2020");

        list.Items.Select(p => p.PartnerNameKo).ShouldBe(["동작구", "가평군"], ignoreOrder: true);
    }

    [Fact]
    public async Task Filtering_by_government_includes_ties_where_it_is_the_domestic_partner()
    {
        var pohang = await client.ListAsync("/api/partnerships?government=47110");

        var only = pohang.Items.ShouldHaveSingleItem();
        only.GovernmentCode.ShouldBe("47110");
        only.PartnerNameKo.ShouldBe("용인시");
    }

    [Theory]
    [InlineData("type=Twin")]
    [InlineData("status=Sleeping")]
    [InlineData("decade=recent")]
    public async Task A_filter_value_of_the_wrong_kind_is_refused_with_400(string query)
    {
        using var response = await client.GetAsync($"/api/partnerships?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
