using System.Net;
using System.Net.Http.Json;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Infrastructure;
using static Gyoryu.Web.Tests.Features.Evaluations.EvaluationWorld;

namespace Gyoryu.Web.Tests.Features.Evaluations;

/// <summary>The evaluation, history, report and partnership pages of ties of 경남 양산시 (48330) and 거창군 (48880).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class EvaluationPagesTests(WritableApp app)
{
    [Fact]
    public async Task The_form_prefills_suggested_scores_saves_and_the_report_prints_the_numbers()
    {
        var id = await PartnershipAsync(app, "48330", "Grenoble", "FR",
            Held(new DateOnly(2025, 5, 1), VisitDirection.Outbound, ExchangeFields.Economy, new Participants(2, 0, 0, 3), 6_000_000, new Outcomes(0, 1, 50_000_000, 0, null)));
        using var officer = new OfficerSession(app, "48330");

        var form = await officer.GetPageAsync($"/Partnerships/{id}/Evaluations/2025");
        form.QuerySelector("#criterion-0 .gy-evidence-text")!.TextContent.ShouldBe("교류 활동 1건");
        form.QuerySelector("#criterion-0 input[type=radio]:checked")!.GetAttribute("value").ShouldBe("2");
        form.QuerySelector("#criterion-3 .gy-evidence-text")!.TextContent.ShouldBe("수출 계약 1건 50,000,000원 · 협약 0건 · 방문객 0명");
        form.QuerySelector("#criterion-3 input[type=radio]:checked")!.GetAttribute("value").ShouldBe("4");
        form.QuerySelector("#criterion-6 input[type=radio]:checked").ShouldBeNull(); // no feedback: the evaluator decides
        form.QuerySelector("#year-chooser a[aria-current=page]")!.TextContent.ShouldBe("2025");

        (string, string)[] fields =
        [
            .. Enumerable.Range(0, 7).Select(i => ($"Form.Criteria[{i}]", form.QuerySelector($"input[name='Form.Criteria[{i}]']")!.GetAttribute("value")!)),
            .. new[] { 3, 2, 2, 4, 3, 2 }.Select((score, i) => ($"Form.Scores[{i}]", score.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ];
        using var missing = await officer.PostFormAsync($"/Partnerships/{id}/Evaluations/2025", $"/Partnerships/{id}/Evaluations/2025", [.. fields, ("Form.Recommendation", "Review")]);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OfficerSession.HtmlAsync(missing)).QuerySelector("#criterion-6-error")!.TextContent.ShouldBe("'참여자 만족도' 점수는 1에서 5 사이여야 합니다.");

        // (20×3 + 10×2 + 20×2 + 20×4 + 10×3 + 10×2 + 10×3) / 100 = 2.8 → 45 → C → 재검토
        using var saved = await officer.PostFormAsync($"/Partnerships/{id}/Evaluations/2025", $"/Partnerships/{id}/Evaluations/2025",
            [.. fields, ("Form.Scores[6]", "3"), ("Form.Recommendation", "Review"), ("Form.Comment", "경제 교류 외 활동 부족")]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var report = await officer.GetPageAsync($"/Partnerships/{id}/Evaluations/2025/Report");
        report.QuerySelector("#report-title")!.TextContent.ShouldBe("양산시 – Grenoble 2025년 교류 성과평가 결과");
        report.QuerySelector("#report-points")!.TextContent.ShouldBe("45.0 / 100");
        report.QuerySelector("#report-grade")!.TextContent.ShouldBe("C (미흡)");
        report.QuerySelector("#report-recommendation")!.TextContent.ShouldBe("재검토");
        report.QuerySelector("#report-comment")!.TextContent.ShouldBe("경제 교류 외 활동 부족");
        report.QuerySelector("#report-weighted-mean")!.TextContent.ShouldBe("2.80");
        report.QuerySelectorAll("#report-criteria tbody tr").Length.ShouldBe(7);
        report.QuerySelector("#report-criteria tbody tr")!.TextContent.ShouldContain("교류 활동 1건");
        report.QuerySelectorAll(".gy-signatures th").Select(th => th.TextContent).ShouldBe(["작성", "검토", "승인"]);
        report.QuerySelector("#print-report")!.TextContent.ShouldBe("인쇄");

        var english = await officer.GetPageAsync($"/Partnerships/{id}/Evaluations/2025/Report?culture=en-US");
        english.QuerySelector("#report-title")!.TextContent.ShouldBe("Yangsan-si – Grenoble: exchange evaluation for 2025");
        english.QuerySelector("#report-grade")!.TextContent.ShouldBe("C (poor)");
        english.QuerySelector("#report-recommendation")!.TextContent.ShouldBe("Review");
        english.QuerySelector("[data-kpi=people]")!.TextContent.ShouldBe("2 people (officials 2, citizens 0, students 0), 3 companies");
        var englishForm = await officer.GetPageAsync($"/Partnerships/{id}/Evaluations/2025?culture=en-US");
        englishForm.QuerySelector("#criterion-0 .gy-evidence-text")!.TextContent.ShouldBe("1 activity");

        var overview = await officer.GetPageAsync("/Performance?year=2025");
        var row = overview.QuerySelector($"#year-evaluations-table tr[data-partnership-id='{id}']")!;
        row.TextContent.ShouldContain("45.0");
        row.TextContent.ShouldContain("재검토");
        row.QuerySelector($"a[href='/Partnerships/{id}/Evaluations/2025']")!.TextContent.ShouldBe("평가 보기");
        overview.QuerySelector("#rubric-link")!.GetAttribute("href").ShouldBe("/Evaluations/Rubric");

        var history = await officer.GetPageAsync($"/Partnerships/{id}/Evaluations");
        history.QuerySelector("#evaluation-history tbody tr[data-year='2025']")!.TextContent.ShouldContain("45.0");
        history.QuerySelector("#evaluation-trend")!.GetAttribute("aria-label").ShouldBe("연도별 환산 점수 추이: 2025 45.0");
    }

    [Fact]
    public async Task The_partnership_page_opens_a_feedback_link_and_lists_its_public_address_and_responses()
    {
        var id = await PartnershipAsync(app, "48880", "Annecy", "FR");
        using var officer = new OfficerSession(app, "48880");
        var details = await officer.GetPageAsync($"/Partnerships/{id}");
        details.QuerySelector("#evaluations #feedback-links-empty").ShouldNotBeNull();
        details.QuerySelector("#evaluate-this-year")!.GetAttribute("href").ShouldBe($"/Partnerships/{id}/Evaluations/{GyoryuApi.Today.Year}");

        using var refused = await officer.PostFormAsync($"/Partnerships/{id}", $"/Partnerships/{id}/Evaluations?handler=Link", ("Link.Title", " "));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OfficerSession.HtmlAsync(refused)).QuerySelector("#link-title-error")!.TextContent.ShouldBe("피드백을 받을 내용(제목)을 입력하세요.");

        using var opened = await officer.PostFormAsync($"/Partnerships/{id}", $"/Partnerships/{id}/Evaluations?handler=Link",
            ("Link.Title", "안시 교류 만족도"), ("Link.ClosesOn", GyoryuApi.Today.AddDays(30).Iso()), ("returnTo", "partnership"));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        opened.Headers.Location!.ToString().ShouldBe($"/Partnerships/{id}#evaluations");

        var after = await officer.GetPageAsync($"/Partnerships/{id}");
        var item = after.QuerySelector("#feedback-links li")!;
        item.QuerySelector(".gy-link-title")!.TextContent.ShouldBe("안시 교류 만족도");
        item.QuerySelector(".gy-link-responses")!.TextContent.ShouldBe("응답 0건");
        var url = item.QuerySelector(".gy-feedback-url")!.GetAttribute("value")!;
        url.ShouldBe($"http://localhost/feedback/{item.GetAttribute("data-token")}");
        (await officer.Api.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/partnerships/{id}/feedback-links", GyoryuAppFactory.Json))!
            .ShouldHaveSingleItem().GetProperty("url").GetString().ShouldBe(url);
    }
}
