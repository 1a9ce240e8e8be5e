using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gyoryu.Web.Tests.Features.Benefits;
using Gyoryu.Web.Tests.Features.Exchanges;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Public;

/// <summary>/public as a citizen reads it, over the demo data of 김포시 and 용인특례시; 가평군 (41820) publishes one benefit.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class PublicPagesTests(WritableApp app)
{
    [Fact]
    public async Task Gimpo_shows_its_signed_partners_with_festivals_and_published_benefits_and_nothing_internal()
    {
        using var citizen = app.CreateClient();

        var (page, html) = await PageAsync(citizen, "/public/41570");

        page.QuerySelector("#public-title")!.TextContent.ShouldBe("김포시의 교류 도시");
        page.QuerySelector("#public-summary")!.TextContent.ShouldContain("국내 4곳, 해외 2곳");
        var partners = page.QuerySelectorAll("#partners article h3").Select(h => h.TextContent).ToList();
        partners.ShouldBe(["글렌데일시", "허쩌(하택)시", "상주시", "해남군", "동작구", "가평군"], ignoreOrder: true);
        var haenam = page.QuerySelector("#partner-KR-46820")!;
        haenam.QuerySelector(".gy-festivals")!.TextContent.ShouldContain("명량대첩축제");
        haenam.TextContent.ShouldContain("자매결연");
        var glendale = page.QuerySelectorAll("#partners article").Single(a => a.QuerySelector("h3")!.TextContent == "글렌데일시");
        glendale.QuerySelector("[lang=en]")!.TextContent.ShouldBe("Glendale");
        glendale.TextContent.ShouldContain("미국");
        var own = page.QuerySelector("#partner-residents")!.TextContent;
        own.ShouldContain("김포아트빌리지 체험 프로그램 이용료 50% 감면");
        own.ShouldContain("매표소에서 주소지가 적힌 신분증을 제시하세요.");
        own.ShouldContain("글렌데일 시민 김포 홈스테이 숙박 지원");
        own.ShouldContain("글렌데일시 주민만");
        page.QuerySelector("#public-activities")!.TextContent.ShouldContain("재즈페스티벌 in 가평 김포 홍보 부스");
        page.QuerySelectorAll("#public-activities tbody tr").Length.ShouldBeInRange(1, 10);
        page.QuerySelector(".gy-map")!.GetAttribute("data-points-url").ShouldBe("/api/public/local-governments/41570/map-points");

        // A candidate (울릉군) and its talks, a draft benefit, costs, budgets and sources stay with the officers.
        foreach (var hidden in new[] { "울릉", "애기봉", "000원", "국내 자매결연 확대", "에너지경제", "김포-글렌데일 청소년 교류·홈스테이" })
        {
            html.ShouldNotContain(hidden);
        }

        page.QuerySelector("#government-switch").ShouldBeNull();
        page.QuerySelector(".gy-main-menu").ShouldBeNull();
        page.QuerySelector("a[href='/Partnerships']").ShouldBeNull();
    }

    [Fact]
    public async Task A_domestic_partners_benefit_is_listed_for_our_residents_and_one_named_to_a_tie_only_on_that_tie()
    {
        using var gapyeong = app.OfficerOf("41820");
        await gapyeong.PublishedAsync("41820", BenefitApi.Museum("자라섬 캠핑장 이용료 20% 할인"));
        using var citizen = app.CreateClient();

        var (gimpo, _) = await PageAsync(citizen, "/public/41570");
        var (pohang, _) = await PageAsync(citizen, "/public/47110");
        var (jindo, _) = await PageAsync(citizen, "/public/46900");
        var (yongin, _) = await PageAsync(citizen, "/public/41460");

        gimpo.QuerySelector("#our-residents-heading")!.TextContent.ShouldBe("김포시 주민이 교류 도시에서 받는 혜택");
        gimpo.QuerySelector("#benefits-KR-41820")!.TextContent.ShouldContain("자라섬 캠핑장 이용료 20% 할인");
        gimpo.QuerySelector("#partner-KR-41820 .gy-partner-benefits a")!.GetAttribute("href").ShouldBe("#benefits-KR-41820");
        var forPohang = pohang.QuerySelector("#benefits-KR-41460")!.TextContent;
        forPohang.ShouldContain("포항 시민 용인 공공체육시설 사용료 50% 감면");
        forPohang.ShouldContain("용인자연휴양림 숙박 요금 30% 감면");
        var forJindo = jindo.QuerySelector("#benefits-KR-41460")!.TextContent;
        forJindo.ShouldContain("용인자연휴양림 숙박 요금 30% 감면");
        forJindo.ShouldNotContain("포항 시민");
        yongin.QuerySelector("#partner-residents")!.TextContent.ShouldContain("포항시 주민만");
        yongin.QuerySelector("#partners article h3")!.TextContent.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_chooser_lists_governments_with_signed_partners_by_province_and_finds_them_by_name()
    {
        using var citizen = app.CreateClient();

        var (all, _) = await PageAsync(citizen, "/public");
        var (found, _) = await PageAsync(citizen, "/public?q=%EA%B9%80%ED%8F%AC");

        var gyeonggi = all.QuerySelectorAll(".gy-public-province").Single(s => s.QuerySelector("h2")!.TextContent == "경기도");
        gyeonggi.QuerySelector("a[href='/public/41570']")!.TextContent.ShouldBe("김포시");
        gyeonggi.QuerySelector("a[href='/public/41460']").ShouldNotBeNull();
        all.QuerySelector("a[href='/public/47110']").ShouldNotBeNull();
        all.QuerySelector("a[href='/public/47940']").ShouldBeNull();
        found.QuerySelectorAll(".gy-public-governments a").Select(a => a.GetAttribute("href")).ShouldBe(["/public/41570"]);
        found.QuerySelector("#public-q")!.GetAttribute("value").ShouldBe("김포");
    }

    [Theory]
    [InlineData("/public/99999")]
    [InlineData("/public/abc")]
    [InlineData("/api/public/local-governments/99999/partners")]
    [InlineData("/api/public/local-governments/99999/map-points")]
    public async Task An_unknown_government_is_not_found(string url)
    {
        using var citizen = app.CreateClient();

        using var response = await citizen.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_English_page_names_partners_in_English_and_categories_in_English()
    {
        using var citizen = app.CreateClient("en-US");

        var (page, _) = await PageAsync(citizen, "/public/41570");

        page.DocumentElement.GetAttribute("lang").ShouldBe("en");
        page.QuerySelector("#public-title")!.TextContent.ShouldBe("Partner cities of Gimpo-si");
        page.QuerySelector("#partner-KR-46820 h3")!.TextContent.ShouldBe("Haenam-gun");
        page.QuerySelector("#partner-residents .gy-benefit-category")!.TextContent.ShouldBe("Public facilities");
    }

    internal static async Task<(IHtmlDocument Page, string Html)> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        return (await new HtmlParser().ParseDocumentAsync(html), html);
    }
}
