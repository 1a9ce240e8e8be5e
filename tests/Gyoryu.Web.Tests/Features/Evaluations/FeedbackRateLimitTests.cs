using System.Net;
using System.Net.Http.Json;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Gyoryu.Web.Tests.Features.Evaluations.EvaluationWorld;

namespace Gyoryu.Web.Tests.Features.Evaluations;

/// <summary>The app with a tiny allowance: two answers per address and link per ten minutes.</summary>
public sealed class TinyFeedbackLimitApp() : GyoryuAppFactory(demoData: false, settings: new Dictionary<string, string?>
{
    ["Gyoryu:Feedback:PermitLimit"] = "2",
    ["Gyoryu:Feedback:WindowSeconds"] = "600",
});

public sealed class FeedbackRateLimitTests(TinyFeedbackLimitApp app) : IClassFixture<TinyFeedbackLimitApp>
{
    [Fact]
    public async Task The_third_answer_from_one_address_through_one_link_gets_a_Korean_429_and_reading_stays_free()
    {
        var id = await PartnershipAsync(app, "48310", "Lyon", "FR");
        string token;
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var link = FeedbackLink.Open("48310", id, null, "거제 시민 의견", null, Clerk with { At = DateTimeOffset.UtcNow });
            db.FeedbackLinks.Add(link);
            await db.SaveChangesAsync();
            token = link.Token;
        }

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var first = await client.PostAsJsonAsync($"/api/feedback/{token}", new { satisfaction = 4, formStamp = StampFromSecondsAgo(app, token, 30) });
        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var second = await client.PostAsJsonAsync($"/api/feedback/{token}", new { satisfaction = 9, formStamp = StampFromSecondsAgo(app, token, 30) });
        await second.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);

        using var third = await client.PostAsync($"/feedback/{token}", new FormUrlEncodedContent([KeyValuePair.Create("Form.Satisfaction", "5")]));
        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        third.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(600));
        var html = await third.Content.ReadAsStringAsync();
        html.ShouldContain("같은 곳에서 의견이 너무 많이 제출되었습니다. 10분 뒤에 다시 시도해 주세요.");

        using var api = await client.PostAsJsonAsync($"/api/feedback/{token}", new { satisfaction = 5, formStamp = StampFromSecondsAgo(app, token, 30) });
        await api.ShouldHaveStatusAsync(HttpStatusCode.TooManyRequests);
        (await api.ProblemAsync()).GetProperty("detail").GetString().ShouldBe("같은 곳에서 의견이 너무 많이 제출되었습니다. 10분 뒤에 다시 시도해 주세요.");

        using var read = await client.GetAsync($"/feedback/{token}");
        await read.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await FeedbackAsync(app, id)).Count.ShouldBe(1);
    }
}
