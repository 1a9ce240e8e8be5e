using System.Net;
using System.Text.RegularExpressions;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Features.Guest;

/// <summary>The demo guest of 글렌데일 (김포's sister city) sees that one tie's shared items and writes in its thread.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class GuestAreaTests(WritableApp app)
{
    [Fact]
    public async Task The_Glendale_guest_sees_the_tie_its_activities_and_thread_but_no_cost_and_nothing_else()
    {
        using var guest = await app.ClientSignedInAsAsync("glendale.guest", AccountSeed.DemoPassword);
        using var page = await guest.GetAsync("/Guest");
        await page.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("김포시 – 글렌데일시");
        html.ShouldContain("글렌데일 청소년 홈스테이");
        html.ShouldNotContain("15,400,000");
        html.ShouldNotContain("원</td>");
        Regex.IsMatch(html, "<script(?![^>]*\\bsrc=)|\\son[a-z]+=|\\sstyle=", RegexOptions.IgnoreCase).ShouldBeFalse("no inline script, handler or style");

        var glendale = await GlendaleAsync();
        (await guest.GetAsync($"/Partnerships/{glendale}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await guest.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await guest.GetAsync($"/api/partnerships/{glendale}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await guest.GetAsync("/Guest?handler=Document&documentId=999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_message_from_the_guest_reaches_the_officers_thread_and_their_answer_reaches_the_guest()
    {
        var glendale = await GlendaleAsync();
        using var guest = await app.ClientSignedInAsAsync("glendale.guest", AccountSeed.DemoPassword);
        var form = await guest.GetStringAsync("/Guest");
        using var blank = await guest.PostAsync("/Guest", AntiforgeryForm.From(form, ("Message", "   ")));
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await blank.Content.ReadAsStringAsync()).ShouldContain("남길 말을 입력해 주세요.");

        using var posted = await guest.PostAsync("/Guest", AntiforgeryForm.From(form, ("Message", "Our students land at Gimpo on 3 March. <b>Thanks!</b>")));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var officer = await app.ClientSignedInAsAsync("gimpo.officer", AccountSeed.DemoPassword);
        var thread = await officer.GetStringAsync($"/Partnerships/{glendale}/Thread");
        thread.ShouldContain("Our students land at Gimpo on 3 March. &lt;b&gt;Thanks!&lt;/b&gt;");
        thread.ShouldContain("Glendale Sister City Commission");
        using var answer = await officer.PostAsync($"/Partnerships/{glendale}/Thread", AntiforgeryForm.From(thread, ("Message", "공항에서 맞이하겠습니다.")));
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await guest.GetStringAsync("/Guest")).ShouldContain("공항에서 맞이하겠습니다.");

        using var viewer = await app.ClientSignedInAsAsync("gimpo.viewer", AccountSeed.DemoPassword);
        (await viewer.GetStringAsync($"/Partnerships/{glendale}/Thread")).ShouldNotContain("id=\"thread-form\"");
    }

    private async Task<int> GlendaleAsync()
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            return (await db.Users.SingleAsync(u => u.UserName == "glendale.guest")).PartnershipId!.Value;
        }
    }
}
