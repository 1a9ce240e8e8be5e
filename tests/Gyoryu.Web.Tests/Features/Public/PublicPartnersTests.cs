using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gyoryu.Web.Features.Public;
using Gyoryu.Web.Tests.Features.Benefits;
using Gyoryu.Web.Tests.Features.Exchanges;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Public;

/// <summary>
/// 나주 (46170) records everything officers keep about a tie; the public page and the open data show only the public facts.
/// </summary>
[Collection(WritableAppCollection.Name)]
public sealed class PublicPartnersTests(WritableApp app)
{
    [Fact]
    public async Task Only_public_facts_of_signed_ties_reach_the_page_and_the_open_data()
    {
        using var officer = app.OfficerOf("46170");
        var signed = await officer.CreateExistingAsync("46170", "Anan", "JP", "Friendship", "2011-05", ["CultureArts", "Tourism"]);
        var candidate = await officer.CreateCandidateAsync("46170", "Ashiya", "JP");
        using (var contact = await officer.StepAsync(signed.Summary.Id, "contacts", new
               {
                   version = signed.Summary.Version, side = "Partner", name = "Tanaka Hiroshi", email = "tanaka@example.jp", phone = "+81-3-1234-5678",
               }))
        {
            await contact.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        await officer.ProposeOkAsync("46170", ExchangeApi.Plan("나주-아난 청소년 캠프 사업", signed.Summary.Id));
        var past = ExchangeApi.YouthExchange(new DateOnly(2025, 8, 4));
        past["title"] = "아난시 청소년 나주 배 농장 체험";
        await officer.RecordOkAsync(signed.Summary.Id, past);
        var published = await officer.PublishedAsync("46170", BenefitApi.Museum("나주 영산포 홍어거리 축제 입장료 면제"));
        var draft = await officer.OfferOkAsync("46170", BenefitApi.Museum("나주 빛가람 전망대 (검토 중 초안)"));
        using var citizen = app.CreateClient();

        var (page, html) = await PublicPagesTests.PageAsync(citizen, "/public/46170");
        using var open = await citizen.GetAsync("/api/public/local-governments/46170/partners");
        await open.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var json = await open.Content.ReadAsStringAsync();
        var data = JsonSerializer.Deserialize<PublicPartnersResponse>(json, GyoryuAppFactory.Json)!;
        var points = (await citizen.GetFromJsonAsync<List<PublicMapPoint>>("/api/public/local-governments/46170/map-points", GyoryuAppFactory.Json))!;

        page.QuerySelectorAll("#partners article").Length.ShouldBe(1);
        var card = page.QuerySelector("#partners article")!;
        card.TextContent.ShouldContain("Anan");
        card.TextContent.ShouldContain("2011년");
        card.TextContent.ShouldContain("우호교류");
        card.TextContent.ShouldContain("문화예술, 관광");
        page.QuerySelector("#partner-residents")!.TextContent.ShouldContain(published.Title);
        page.QuerySelector("#public-activities")!.TextContent.ShouldContain("아난시 청소년 나주 배 농장 체험");
        var partner = data.Partners.ShouldHaveSingleItem();
        partner.NameEn.ShouldBe("Anan");
        partner.SinceYear.ShouldBe(2011);
        partner.Type.ShouldBe(Domain.Partnerships.PartnershipType.Friendship);
        partner.Fields.ShouldBe(["CultureArts", "Tourism"]);
        data.BenefitsForAllPartnerResidents.ShouldHaveSingleItem().Title.ShouldBe(published.Title);
        data.RecentActivities.ShouldHaveSingleItem().Title.ShouldBe("아난시 청소년 나주 배 농장 체험");
        points.ShouldNotBeNull().Select(p => p.Kind).ShouldBe(["self", "international"]);
        points[1].Url.ShouldBe($"#{card.Id}");

        foreach (var hidden in new[]
                 {
                     candidate.Summary.PartnerNameKo, candidate.Summary.PartnerNameEn, "Tanaka", "tanaka@example.jp", "1234-5678", "나주-아난 청소년 캠프 사업",
                     "40,000,000", "40000000", "12,500,000", "12500000", "숙박 현물 제공", "내년 답방 합의", "학생 18명", "기존 협약", draft.Title,
                 })
        {
            html.ShouldNotContain(hidden);
            json.ShouldNotContain(hidden);
        }
    }
}
