using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Gyoryu.Web.Features.Benefits;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Benefits;

/// <summary>/Benefits as an officer of 순천 (46150) uses it.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class BenefitPagesTests(WritableApp app)
{
    [Fact]
    public async Task A_benefit_offered_through_the_form_is_listed_as_a_draft_and_publishing_it_puts_it_on_the_public_page()
    {
        using var officer = new OfficerSession(app, "46150");
        var tie = await officer.Api.CreateExistingAsync("46150", "Akiruno", "JP", "SisterCity", "2001");

        using var created = await officer.PostFormAsync("/Benefits/Create", "/Benefits/Create",
            ("Form.Title", "순천만국가정원 입장료 50% 감면"), ("Form.Category", "Facility"), ("Form.PartnershipId", ""),
            ("Form.Place", "순천만국가정원"), ("Form.Details", "매표소에서 신분증을 제시하세요."), ("Form.ValidFrom", ""), ("Form.ValidUntil", ""));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        created.Headers.Location!.OriginalString.ShouldBe("/Benefits");
        var list = await officer.GetPageAsync("/Benefits");
        var row = list.QuerySelectorAll("#benefit-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "순천만국가정원 입장료 50% 감면");
        row.TextContent.ShouldContain("미게시");
        row.TextContent.ShouldContain("모든 교류 도시 주민");
        list.QuerySelector(".gy-status-message")!.TextContent.ShouldContain("혜택을 등록했습니다.");
        (await officer.GetPageAsync("/public/46150")).QuerySelector("#partner-residents")!.TextContent.ShouldNotContain("순천만국가정원 입장료");

        var id = row.GetAttribute("data-benefit-id")!;
        var version = row.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        using var published = await officer.PostFormAsync("/Benefits", "/Benefits?handler=Step", ("id", id), ("step", "Publish"), ("version", version));

        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await officer.GetPageAsync("/Benefits");
        after.QuerySelector($"tr[data-benefit-id='{id}']")!.TextContent.ShouldContain("게시 중");
        after.QuerySelector($"#withdraw-{id}").ShouldNotBeNull();
        var publicPage = await officer.GetPageAsync("/public/46150");
        publicPage.QuerySelector($"#partner-residents li[data-benefit-id='{id}']")!.TextContent.ShouldContain("매표소에서 신분증을 제시하세요.");
        var cityId = await officer.Api.ForeignCityIdAsync("Akiruno", "JP");
        publicPage.QuerySelector($"#partner-FC-{cityId}")!.TextContent.ShouldContain("Akiruno");
    }

    [Fact]
    public async Task Missing_fields_and_an_end_before_the_start_show_Korean_errors_beside_the_fields_and_save_nothing()
    {
        using var officer = new OfficerSession(app, "46150");
        var before = await CountAsync(officer);

        using var empty = await officer.PostFormAsync("/Benefits/Create", "/Benefits/Create",
            ("Form.Title", ""), ("Form.Category", "Lodging"), ("Form.Place", "낙안읍성"), ("Form.Details", ""));
        using var backwards = await officer.PostFormAsync("/Benefits/Create", "/Benefits/Create",
            ("Form.Title", "낙안읍성 민박 10% 할인"), ("Form.Category", "Lodging"), ("Form.Place", "낙안읍성"), ("Form.Details", "예약 때 알려 주세요."),
            ("Form.ValidFrom", "2027-05-01"), ("Form.ValidUntil", "2027-04-30"));

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await OfficerSession.HtmlAsync(empty);
        page.QuerySelector("#Form_Title-error")!.TextContent.ShouldBe("혜택명을 입력하세요.");
        page.QuerySelector("#Form_Title")!.GetAttribute("aria-describedby")!.ShouldContain("Form_Title-error");
        page.QuerySelector("#Form_Details-error")!.TextContent.ShouldBe("이용 방법을 입력하세요.");
        page.QuerySelector("#Form_Place")!.GetAttribute("value").ShouldBe("낙안읍성");
        page.QuerySelector("#Form_Category option[selected]")!.GetAttribute("value").ShouldBe("Lodging");
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var second = await OfficerSession.HtmlAsync(backwards);
        second.QuerySelector("#Form_ValidUntil-error")!.TextContent.ShouldBe("종료일은 시작일보다 앞설 수 없습니다.");
        second.QuerySelector("#Form_ValidUntil")!.GetAttribute("aria-invalid").ShouldBe("true");
        second.QuerySelector("#Form_Title")!.GetAttribute("value").ShouldBe("낙안읍성 민박 10% 할인");
        (await CountAsync(officer)).ShouldBe(before);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_a_Korean_message_and_keeps_what_was_typed()
    {
        using var officer = new OfficerSession(app, "46150");
        var offered = await officer.Api.OfferOkAsync("46150", BenefitApi.Museum("순천 드라마촬영장 입장료 감면"));
        var first = BenefitApi.Museum("순천 드라마촬영장 입장료 30% 감면");
        first["version"] = offered.Version;
        using (var saved = await officer.Api.PutAsJsonAsync($"/api/benefits/{offered.Id}", first, GyoryuAppFactory.Json))
        {
            await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        var edit = $"/Benefits/Edit/{offered.Id}";
        using var stale = await officer.PostFormAsync(edit, edit,
            ("Form.Title", "순천 드라마촬영장 입장료 50% 감면"), ("Form.Category", "Facility"), ("Form.Place", "시립박물관"),
            ("Form.Details", "신분증 제시"), ("Form.Version", offered.Version.ToString(CultureInfo.InvariantCulture)));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await OfficerSession.HtmlAsync(stale);
        page.QuerySelector("#page-error")!.TextContent.ShouldContain("이 혜택은 다른 사용자가 먼저 수정했습니다.");
        page.QuerySelector("#Form_Title")!.GetAttribute("value").ShouldBe("순천 드라마촬영장 입장료 50% 감면");
        page.QuerySelector("#reload-latest")!.GetAttribute("href").ShouldBe(edit);
        (await officer.Api.GetFromJsonAsync<BenefitItem>($"/api/benefits/{offered.Id}", GyoryuAppFactory.Json))!.Title.ShouldBe("순천 드라마촬영장 입장료 30% 감면");
    }

    [Fact]
    public async Task Publishing_from_a_list_opened_before_someone_else_changed_the_benefit_conflicts()
    {
        using var officer = new OfficerSession(app, "46150");
        var offered = await officer.Api.OfferOkAsync("46150", BenefitApi.Museum("순천 낙안읍성 체험료 감면"));
        using (var publish = await officer.Api.BenefitStepAsync(offered.Id, "publish", offered.Version))
        {
            await publish.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        using var stale = await officer.PostFormAsync("/Benefits", "/Benefits?handler=Step",
            ("id", offered.Id.ToString(CultureInfo.InvariantCulture)), ("step", "Publish"), ("version", offered.Version.ToString(CultureInfo.InvariantCulture)));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await OfficerSession.HtmlAsync(stale)).QuerySelector("#page-error")!.TextContent.ShouldContain("이 혜택은 다른 사용자가 먼저 수정했습니다.");
    }

    private static async Task<int> CountAsync(OfficerSession officer) =>
        (await officer.Api.GetFromJsonAsync<List<BenefitItem>>("/api/local-governments/46150/benefits", GyoryuAppFactory.Json))!.Count;
}
