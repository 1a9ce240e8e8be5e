using System.Net;
using System.Net.Http.Json;
using Gyoryu.Web.Features.Exchanges;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Exchanges;

/// <summary>The exchanges pages as an officer uses them. Owners: 완주 (52710), 진안 (52720), 무주 (52730), 임실 (52750).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class ExchangePagesTests(WritableApp app)
{
    [Fact]
    public async Task Recording_through_the_form_redirects_to_the_details_page_with_every_value()
    {
        using var officer = new OfficerSession(app, "52710");
        var partnership = await officer.Api.CreateExistingAsync("52710", "Akiruno", "JP", "SisterCity", "1998");
        var create = $"/Exchanges/Activities/Create?partnershipId={partnership.Summary.Id}";

        using var response = await officer.PostFormAsync(create, create, Form(new DateOnly(2026, 7, 20), new DateOnly(2026, 7, 24)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldStartWith("/Exchanges/Activities/");
        var details = await officer.GetPageAsync(location);
        details.QuerySelector("#activity-title")!.TextContent.ShouldBe("글로벌 청소년 캠프");
        details.QuerySelector("#activity-kind")!.TextContent.ShouldBe("청소년 교류·홈스테이");
        details.QuerySelector("#activity-direction")!.TextContent.ShouldBe("상대 측 방문");
        details.QuerySelector("#activity-period")!.TextContent.ShouldBe("2026년 7월 20일 ~ 2026년 7월 24일");
        details.QuerySelector("#activity-place")!.TextContent.ShouldBe("완주군청");
        details.QuerySelector("#activity-fields")!.TextContent.ShouldBe("교육, 청소년");
        details.QuerySelector("#participants-officials")!.TextContent.ShouldBe("3");
        details.QuerySelector("#participants-citizens")!.TextContent.ShouldBe("6");
        details.QuerySelector("#participants-students")!.TextContent.ShouldBe("18");
        details.QuerySelector("#participants-people")!.TextContent.ShouldBe("27");
        details.QuerySelector("#activity-cost")!.TextContent.ShouldBe("8,400,000원");
        details.QuerySelector("#outcome-export-amount")!.TextContent.ShouldBe("0원");
        details.QuerySelector("#outcome-visitors")!.TextContent.ShouldBe("120");
        details.QuerySelector("#activity-partnership")!.GetAttribute("href").ShouldBe($"/Partnerships/{partnership.Summary.Id}");
        details.QuerySelector(".gy-status-message")!.TextContent.ShouldContain("활동을 기록했습니다.");
    }

    [Fact]
    public async Task An_end_before_the_start_shows_the_Korean_error_beside_the_end_date_keeps_the_input_and_saves_nothing()
    {
        using var officer = new OfficerSession(app, "52710");
        var partnership = await officer.Api.CreateExistingAsync("52710", "Annaka", "JP", "Friendship", "2002");
        var create = $"/Exchanges/Activities/Create?partnershipId={partnership.Summary.Id}";

        using var response = await officer.PostFormAsync(create, create, Form(new DateOnly(2026, 7, 20), new DateOnly(2026, 7, 19)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await OfficerSession.HtmlAsync(response);
        page.QuerySelector("#Form_EndsOn-error")!.TextContent.ShouldBe("종료일은 시작일보다 앞설 수 없습니다.");
        page.QuerySelector("#Form_EndsOn")!.GetAttribute("aria-describedby")!.ShouldContain("Form_EndsOn-error");
        page.QuerySelector("#Form_EndsOn")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#Form_Title")!.GetAttribute("value").ShouldBe("글로벌 청소년 캠프");
        page.QuerySelector("#Form_Students")!.GetAttribute("value").ShouldBe("18");
        (await officer.Api.PartnershipActivitiesAsync(partnership.Summary.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_negative_cost_and_a_word_for_a_number_are_refused_in_Korean_and_nothing_is_saved()
    {
        using var officer = new OfficerSession(app, "52720");
        var partnership = await officer.Api.CreateExistingAsync("52720", "Amagasaki", "JP", "Friendship", "2003");
        var create = $"/Exchanges/Activities/Create?partnershipId={partnership.Summary.Id}";

        using var negative = await officer.PostFormAsync(create, create,
            [.. Form(new DateOnly(2026, 7, 20), null).Where(f => f.Name != "Form.Cost"), ("Form.Cost", "-5000")]);
        using var word = await officer.PostFormAsync(create, create,
            [.. Form(new DateOnly(2026, 7, 20), null).Where(f => f.Name != "Form.Visitors"), ("Form.Visitors", "많음")]);

        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OfficerSession.HtmlAsync(negative)).QuerySelector("#Form_Cost-error")!.TextContent.ShouldBe("비용은 0원 이상이어야 합니다.");
        word.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var wordPage = await OfficerSession.HtmlAsync(word);
        wordPage.QuerySelector("#Form_Visitors-error").ShouldNotBeNull();
        wordPage.QuerySelector("#Form_Visitors")!.GetAttribute("value").ShouldBe("많음");
        (await officer.Api.PartnershipActivitiesAsync(partnership.Summary.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_a_Korean_message_and_the_first_save_stays()
    {
        using var officer = new OfficerSession(app, "52720");
        var partnership = await officer.Api.CreateExistingAsync("52720", "Ashiya", "JP", "Friendship", "2004");
        var recorded = await officer.Api.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(new DateOnly(2026, 6, 1)));
        var edit = $"/Exchanges/Activities/Edit/{recorded.Id}";
        var revision = ExchangeApi.YouthExchange(new DateOnly(2026, 6, 1));
        revision["title"] = "먼저 저장한 제목";
        revision["version"] = recorded.Version;
        using (var first = await officer.Api.PutAsJsonAsync($"/api/activities/{recorded.Id}", revision, GyoryuAppFactory.Json))
        {
            await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        using var stale = await officer.PostFormAsync(edit, edit,
            [.. Form(new DateOnly(2026, 6, 1), null).Where(f => f.Name is not ("Form.Title" or "Form.Version")), ("Form.Title", "나중에 저장한 제목"),
                ("Form.Version", recorded.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await OfficerSession.HtmlAsync(stale);
        page.QuerySelector("#page-error")!.TextContent.ShouldContain("이 활동은 다른 사용자가 먼저 수정했습니다.");
        page.QuerySelector("#Form_Title")!.GetAttribute("value").ShouldBe("나중에 저장한 제목");
        (await officer.Api.ActivityAsync(recorded.Id)).Title.ShouldBe("먼저 저장한 제목");
    }

    [Fact]
    public async Task The_calendar_shows_an_activity_on_each_of_its_days_and_the_upcoming_list_shows_a_future_one()
    {
        using var officer = new OfficerSession(app, "52730");
        var partnership = await officer.Api.CreateExistingAsync("52730", "Anan", "JP", "Friendship", "2005");
        var festival = ExchangeApi.YouthExchange(new DateOnly(2027, 3, 10), new DateOnly(2027, 3, 12));
        festival["title"] = "벚꽃 축제 참가";
        festival["kind"] = "FestivalParticipation";
        var multiDay = await officer.Api.RecordOkAsync(partnership.Summary.Id, festival);
        var soon = GyoryuApi.Today.AddDays(20);
        var visit = ExchangeApi.YouthExchange(soon);
        visit["title"] = "시장 대표단 방문";
        var upcoming = await officer.Api.RecordOkAsync(partnership.Summary.Id, visit);

        var march = await officer.GetPageAsync("/Exchanges?month=2027-03");
        var home = await officer.GetPageAsync($"/Exchanges?month={soon:yyyy-MM}");

        march.QuerySelector("#calendar caption")!.TextContent.ShouldBe("2027년 3월 교류 활동 달력");
        march.QuerySelectorAll("#calendar thead th").Select(th => th.TextContent).ShouldBe(["일", "월", "화", "수", "목", "금", "토"]);
        foreach (var day in new[] { "2027-03-09", "2027-03-13" })
        {
            march.QuerySelector($"#calendar td[data-date='{day}'] a[data-activity-id='{multiDay.Id}']").ShouldBeNull();
        }

        foreach (var day in new[] { "2027-03-10", "2027-03-11", "2027-03-12" })
        {
            march.QuerySelector($"#calendar td[data-date='{day}'] a[data-activity-id='{multiDay.Id}']")!.TextContent.ShouldBe("벚꽃 축제 참가");
        }

        march.QuerySelector("#previous-month")!.GetAttribute("href").ShouldBe("/Exchanges?month=2027-02");
        march.QuerySelector("#next-month")!.GetAttribute("href").ShouldBe("/Exchanges?month=2027-04");
        home.QuerySelector($"#calendar td[data-date='{soon.Iso()}'] a[data-activity-id='{upcoming.Id}']").ShouldNotBeNull();
        var listed = home.QuerySelector($"#upcoming li[data-activity-id='{upcoming.Id}']").ShouldNotBeNull();
        listed.TextContent.ShouldContain("시장 대표단 방문");
        listed.TextContent.ShouldContain("예정");
        home.QuerySelector($"#upcoming li[data-activity-id='{multiDay.Id}']").ShouldBeNull();
        home.QuerySelector($"#calendar td[data-date='{GyoryuApi.Today.Iso()}']")?.GetAttribute("aria-current").ShouldBe("date");
    }

    [Fact]
    public async Task The_partnership_page_lists_its_activities_latest_first_with_planned_ones_marked_and_links_to_record_one()
    {
        using var officer = new OfficerSession(app, "52730");
        var partnership = await officer.Api.CreateExistingAsync("52730", "Arao", "JP", "Friendship", "2006");
        var past = ExchangeApi.YouthExchange(new DateOnly(2025, 5, 1));
        past["title"] = "지난 방문";
        var future = ExchangeApi.YouthExchange(GyoryuApi.Today.AddDays(40));
        future["title"] = "다음 방문";
        await officer.Api.RecordOkAsync(partnership.Summary.Id, past);
        await officer.Api.RecordOkAsync(partnership.Summary.Id, future);

        var page = await officer.GetPageAsync($"/Partnerships/{partnership.Summary.Id}");

        var items = page.QuerySelectorAll("#partnership-activities li").ToList();
        items.Select(li => li.QuerySelector("a")!.TextContent).ShouldBe(["다음 방문", "지난 방문"]);
        items[0].QuerySelector(".gy-planned")!.TextContent.ShouldBe("예정");
        items[1].QuerySelector(".gy-planned").ShouldBeNull();
        page.QuerySelector("#record-activity")!.GetAttribute("href").ShouldBe($"/Exchanges/Activities/Create?partnershipId={partnership.Summary.Id}");
    }

    [Fact]
    public async Task A_busy_partnership_page_shows_the_latest_ten_and_points_to_the_calendar_for_the_rest()
    {
        using var officer = new OfficerSession(app, "52770");
        var partnership = await officer.Api.CreateExistingAsync("52770", "Kurume", "JP", "Friendship", "2001");
        for (var i = 0; i < 12; i++)
        {
            var activity = ExchangeApi.YouthExchange(new DateOnly(2024, 1, 10).AddDays(i * 20));
            activity["title"] = $"방문 {i + 1:00}";
            await officer.Api.RecordOkAsync(partnership.Summary.Id, activity);
        }

        var page = await officer.GetPageAsync($"/Partnerships/{partnership.Summary.Id}");

        var titles = page.QuerySelectorAll("#partnership-activities li a").Select(a => a.TextContent).ToList();
        titles.Count.ShouldBe(10);
        titles[0].ShouldBe("방문 12");
        titles[^1].ShouldBe("방문 03");
        page.QuerySelector("#more-activities")!.TextContent.ShouldContain("전체 12건 중 최근 10건입니다.");
        page.QuerySelector("#more-activities a")!.GetAttribute("href").ShouldBe($"/Exchanges?partnershipId={partnership.Summary.Id}");
    }

    [Fact]
    public async Task A_project_page_offers_only_the_steps_its_status_allows_and_a_refused_cancel_shows_the_reason_error()
    {
        using var officer = new OfficerSession(app, "52730");
        var partnership = await officer.Api.CreateExistingAsync("52730", "Asago", "JP", "Friendship", "2007");
        var project = await officer.Api.ProposeOkAsync("52730", ExchangeApi.Plan("청소년 캠프 사업", partnership.Summary.Id));
        var url = $"/Exchanges/Projects/{project.Summary.Id}";

        var proposed = await officer.GetPageAsync(url);
        using var cancel = await officer.PostFormAsync(url, $"{url}?handler=Step&step=Cancel",
            ("Cancel.Version", project.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Cancel.Reason", ""));
        using var approve = await officer.PostFormAsync(url, $"{url}?handler=Step&step=Approve",
            ("Approve.Version", project.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var approved = await officer.GetPageAsync(url);

        proposed.QuerySelectorAll("#project-steps form").Select(f => f.Id).ShouldBe(["step-Approve", "step-Cancel"]);
        proposed.QuerySelector("#project-planned")!.TextContent.ShouldBe("40,000,000원");
        cancel.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OfficerSession.HtmlAsync(cancel)).QuerySelector("#Cancel-Reason-error")!.TextContent.ShouldBe("취소 사유를 입력하세요.");
        approve.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        approved.QuerySelector("#project-status")!.TextContent.ShouldBe("승인");
        approved.QuerySelectorAll("#project-steps form").Select(f => f.Id).ShouldBe(["step-Start", "step-Cancel"]);
    }

    [Fact]
    public async Task A_project_proposed_through_the_form_for_two_partnerships_is_listed_with_its_budgets_and_its_edit_form_is_filled()
    {
        using var officer = new OfficerSession(app, "52750");
        var first = await officer.Api.CreateExistingAsync("52750", "Abiko", "JP", "Friendship", "2010");
        var second = await officer.Api.CreateExistingAsync("52750", "Adachi", "JP", "Friendship", "2011");
        const string create = "/Exchanges/Projects/Create";

        using var response = await officer.PostFormAsync(create, create,
            ("Form.Title", "임실 치즈 홍보 사업"), ("Form.Department", "농업정책과"), ("Form.StartsOn", "2027-02-01"), ("Form.EndsOn", "2027-11-30"),
            ("Form.PartnershipIds", first.Summary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.PartnershipIds", second.Summary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.Fields", "Economy"), ("Form.PlannedBudget", "25000000"), ("Form.PartnerContribution", "5000000"), ("Form.Version", ""));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = response.Headers.Location!.OriginalString.Split('/').Last();
        var list = await officer.GetPageAsync("/Exchanges/Projects");
        var row = list.QuerySelector($"#project-table tr[data-project-id='{id}']").ShouldNotBeNull();
        row.QuerySelectorAll("td").Select(td => td.TextContent).ShouldBe(["제안", "2027년 2월 1일 ~ 2027년 11월 30일", "농업정책과", "25,000,000원", "0원", "0%", "5,000,000원"]);
        var edit = await officer.GetPageAsync($"/Exchanges/Projects/Edit/{id}");
        edit.QuerySelector("#Form_Title")!.GetAttribute("value").ShouldBe("임실 치즈 홍보 사업");
        edit.QuerySelectorAll("input[name='Form.PartnershipIds']:checked").Select(i => i.GetAttribute("value"))
            .ShouldBe([first.Summary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), second.Summary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], ignoreOrder: true);
    }

    [Fact]
    public async Task The_exchanges_home_reads_in_English_when_the_officer_chose_English()
    {
        using var officer = new OfficerSession(app, "52750");
        officer.Api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await officer.GetPageAsync("/Exchanges?month=2027-05");

        page.QuerySelector("#calendar caption")!.TextContent.ShouldBe("Exchange activity calendar, May 2027");
        page.QuerySelectorAll("#calendar thead th").Select(th => th.TextContent).ShouldBe(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
        page.QuerySelector("#record-activity")!.TextContent.ShouldBe("Record activity");
    }

    private static (string Name, string Value)[] Form(DateOnly heldOn, DateOnly? endsOn) =>
    [
        ("Form.Kind", "YouthExchange"), ("Form.Direction", "Inbound"), ("Form.Title", "글로벌 청소년 캠프"),
        ("Form.HeldOn", heldOn.Iso()), ("Form.EndsOn", endsOn?.Iso() ?? ""), ("Form.Place", "완주군청"),
        ("Form.Fields", "Youth"), ("Form.Fields", "Education"), ("Form.ProjectId", ""),
        ("Form.Officials", "3"), ("Form.Citizens", "6"), ("Form.Students", "18"), ("Form.Companies", ""),
        ("Form.Cost", "8400000"), ("Form.AgreementsSigned", "0"), ("Form.ExportContracts", "0"), ("Form.ExportAmount", ""),
        ("Form.Visitors", "120"), ("Form.OutcomeNote", "답방 합의"), ("Form.Description", "청소년 18명 홈스테이"), ("Form.Version", ""),
    ];
}
