using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Gyoryu.Web.Tests.Features.Evaluations.EvaluationWorld;

namespace Gyoryu.Web.Tests.Features.Evaluations;

/// <summary>The public form of ties of 경남 김해시 (48250) and 밀양시 (48270), answered by someone with no officer cookie.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class PublicFeedbackTests(WritableApp app)
{
    [Fact]
    public async Task An_answer_with_a_score_is_saved_and_appears_in_the_years_evaluation()
    {
        var (id, token) = await LinkAsync("48250", "Toulouse");
        using var citizen = Citizen();
        var form = await FormAsync(citizen, token);
        form.QuerySelector("#feedback-about")!.TextContent.ShouldBe("김해시 · Toulouse");
        form.QuerySelector("#feedback-title")!.TextContent.ShouldBe("청소년 홈스테이 소감");
        form.QuerySelectorAll("input[name='Form.Satisfaction']").Select(i => i.ParentElement!.TextContent.Trim())
            .ShouldBe(["1점 · 매우 불만족", "2점 · 불만족", "3점 · 보통", "4점 · 만족", "5점 · 매우 만족"]);

        using var response = await PostAsync(citizen, token, form, ("Form.Satisfaction", "5"), ("Form.Role", "Participant"), ("Form.Comment", "  좋은 경험이었습니다  "),
            ("Form.FormStamp", StampFromSecondsAgo(app, token, 30)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/feedback/{token}/thanks");
        var saved = (await FeedbackAsync(app, id)).ShouldHaveSingleItem();
        (saved.Satisfaction, saved.Comment, saved.Role.ToString(), saved.Year).ShouldBe((5, "좋은 경험이었습니다", "Participant", GyoryuApi.Today.Year));

        var evaluation = await citizen.GetFromJsonAsync<JsonElement>($"/api/partnerships/{id}/evaluations/{GyoryuApi.Today.Year}", GyoryuAppFactory.Json);
        evaluation.GetProperty("feedbackCount").GetInt32().ShouldBe(1);
        evaluation.GetProperty("feedbackAverage").GetDouble().ShouldBe(5.0);
        evaluation.GetProperty("comments")[0].GetProperty("comment").GetString().ShouldBe("좋은 경험이었습니다");
        var satisfaction = evaluation.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "참여자 만족도");
        satisfaction.GetProperty("evidence").GetString().ShouldBe("만족도 평균 5.0점 (응답 1건)");
        satisfaction.GetProperty("suggestedScore").GetInt32().ShouldBe(5);
    }

    [Theory]
    [InlineData("0", "만족도는 1점에서 5점 사이로 골라 주세요.")]
    [InlineData("6", "만족도는 1점에서 5점 사이로 골라 주세요.")]
    [InlineData("", "만족도를 골라 주세요.")]
    public async Task A_score_out_of_range_or_missing_is_refused_beside_the_field_and_nothing_is_saved(string score, string message)
    {
        var (id, token) = await LinkAsync("48250", score == "" ? "Montpellier" : score == "0" ? "Strasbourg" : "Rennes");
        using var citizen = Citizen();
        var form = await FormAsync(citizen, token);

        using var response = await PostAsync(citizen, token, form, ("Form.Satisfaction", score), ("Form.Comment", "남겨 둘 의견"),
            ("Form.FormStamp", StampFromSecondsAgo(app, token, 30)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await OfficerSession.HtmlAsync(response);
        page.QuerySelector("#satisfaction-error")!.TextContent.ShouldBe(message);
        page.QuerySelector("#satisfaction")!.GetAttribute("aria-describedby").ShouldBe("satisfaction-error");
        page.QuerySelector("#feedback-comment")!.TextContent.ShouldBe("남겨 둘 의견");
        (await FeedbackAsync(app, id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_filled_honeypot_and_an_answer_sent_at_once_are_refused_politely_and_nothing_is_saved()
    {
        var (id, token) = await LinkAsync("48270", "Lille");
        using var citizen = Citizen();
        var form = await FormAsync(citizen, token);
        form.QuerySelector(".gy-hp")!.GetAttribute("aria-hidden").ShouldBe("true");
        form.QuerySelector("#feedback-website")!.GetAttribute("tabindex").ShouldBe("-1");

        using var bot = await PostAsync(citizen, token, form, ("Form.Satisfaction", "5"), ("Form.Website", "http://spam.example"),
            ("Form.FormStamp", StampFromSecondsAgo(app, token, 30)));
        bot.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OfficerSession.HtmlAsync(bot)).QuerySelector("#page-error")!.TextContent.Trim().ShouldBe("의견을 접수할 수 없습니다. 페이지를 새로 고친 뒤 다시 작성해 주세요.");

        // The stamp the page itself handed out a moment ago: faster than a person reads.
        var stamp = form.QuerySelector("input[name='Form.FormStamp']")!.GetAttribute("value")!;
        using var fast = await PostAsync(citizen, token, form, ("Form.Satisfaction", "5"), ("Form.FormStamp", stamp));
        fast.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OfficerSession.HtmlAsync(fast)).QuerySelector("#page-error")!.TextContent.Trim().ShouldBe("너무 빨리 제출되었습니다. 내용을 확인하신 뒤 잠시 후 다시 제출해 주세요.");

        using var forged = await PostAsync(citizen, token, form, ("Form.Satisfaction", "5"), ("Form.FormStamp", "not-a-stamp"));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await FeedbackAsync(app, id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_closed_link_says_so_and_an_unknown_token_is_a_Korean_404()
    {
        var id = await PartnershipAsync(app, "48270", "Dijon", "FR");
        var token = await ClosedLinkAsync(app, "48270", id);
        using var citizen = Citizen();

        using var closed = await citizen.GetAsync($"/feedback/{token}");
        closed.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var page = await OfficerSession.HtmlAsync(closed);
        page.QuerySelector("#feedback-closed")!.TextContent.ShouldContain("의견 접수가 마감되었습니다.");
        page.QuerySelector("#feedback-form").ShouldBeNull();

        using var api = await citizen.PostAsJsonAsync($"/api/feedback/{token}", new { satisfaction = 4, formStamp = StampFromSecondsAgo(app, token, 30) });
        await api.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);
        (await api.ProblemAsync()).GetProperty("detail").GetString().ShouldBe("의견 접수가 마감되었습니다.");

        using var unknown = await citizen.GetAsync("/feedback/AAAAAAAAAAAAAAAAAAAAAA");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OfficerSession.HtmlAsync(unknown)).QuerySelector("#feedback-missing")!.TextContent.ShouldBe("찾을 수 없는 의견 링크입니다.");
        (await FeedbackAsync(app, id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_JSON_answer_follows_the_same_rules()
    {
        var (id, token) = await LinkAsync("48270", "Reims");
        using var client = Citizen();
        var described = await client.GetFromJsonAsync<JsonElement>($"/api/feedback/{token}", GyoryuAppFactory.Json);
        described.GetProperty("title").GetString().ShouldBe("청소년 홈스테이 소감");
        described.GetProperty("isOpen").GetBoolean().ShouldBeTrue();

        using var outOfRange = await client.PostAsJsonAsync($"/api/feedback/{token}", new { satisfaction = 6, formStamp = StampFromSecondsAgo(app, token, 30) });
        await outOfRange.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await outOfRange.ProblemAsync()).GetProperty("errors").GetProperty("satisfaction")[0].GetString().ShouldBe("만족도는 1점에서 5점 사이로 골라 주세요.");

        using var missing = await client.PostAsJsonAsync($"/api/feedback/{token}", new { comment = "점수 없음" });
        await missing.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await missing.ProblemAsync()).GetProperty("errors").GetProperty("satisfaction")[0].GetString().ShouldBe("만족도를 골라 주세요.");

        using var tooFast = await client.PostAsJsonAsync($"/api/feedback/{token}", new { satisfaction = 4, formStamp = described.GetProperty("formStamp").GetString() });
        await tooFast.ShouldHaveStatusAsync(HttpStatusCode.UnprocessableEntity);

        using var english = new HttpRequestMessage(HttpMethod.Post, $"/api/feedback/{token}") { Content = JsonContent.Create(new { satisfaction = 0, formStamp = StampFromSecondsAgo(app, token, 30) }) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        using var englishAnswer = await client.SendAsync(english);
        (await englishAnswer.ProblemAsync()).GetProperty("errors").GetProperty("satisfaction")[0].GetString().ShouldBe("Choose a satisfaction score from 1 to 5.");
        (await FeedbackAsync(app, id)).ShouldBeEmpty();

        using var good = await client.PostAsJsonAsync($"/api/feedback/{token}", new { satisfaction = 4, role = "PartnerSide", comment = "Great", formStamp = StampFromSecondsAgo(app, token, 30) }, GyoryuAppFactory.Json);
        await good.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await FeedbackAsync(app, id)).ShouldHaveSingleItem().Role.ShouldBe(Domain.Performance.FeedbackRole.PartnerSide);
    }

    private async Task<(int Id, string Token)> LinkAsync(string owner, string city)
    {
        var id = await PartnershipAsync(app, owner, city, "FR",
            Held(new DateOnly(GyoryuApi.Today.Year, 1, 5), VisitDirection.Inbound, ExchangeFields.Youth, new Participants(1, 10, 0, 0), 0, Outcomes.None));
        using var officer = new OfficerSession(app, owner);
        using var response = await officer.Api.PostAsJsonAsync($"/api/partnerships/{id}/feedback-links", new { title = "청소년 홈스테이 소감" }, GyoryuAppFactory.Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var link = await response.Content.ReadFromJsonAsync<JsonElement>();
        link.GetProperty("url").GetString().ShouldEndWith($"/feedback/{link.GetProperty("token").GetString()}");
        return (id, link.GetProperty("token").GetString()!);
    }

    private HttpClient Citizen() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<IHtmlDocument> FormAsync(HttpClient client, string token)
    {
        using var response = await client.GetAsync($"/feedback/{token}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await OfficerSession.HtmlAsync(response);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, IHtmlDocument form, params (string Name, string Value)[] fields)
    {
        var antiforgery = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", antiforgery)));
        return client.PostAsync($"/feedback/{token}", body);
    }
}
