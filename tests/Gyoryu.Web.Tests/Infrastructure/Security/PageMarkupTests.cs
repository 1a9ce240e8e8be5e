using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Discovery.Candidates;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Features.Evaluations;
using Gyoryu.Web.Tests.Features.Exchanges;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Infrastructure.Security;

/// <summary>
/// Every page, as the strict CSP needs it: no inline script, handler attribute, style attribute or javascript: link, and
/// every post form carrying (and needing) its antiforgery token. Pages come from the route table, so a new page is checked too.
/// </summary>
[Collection(WritableAppCollection.Name)]
public sealed class PageMarkupTests(WritableApp app)
{
    // 증평군: its own tie, activity, project, candidate, evaluation and feedback link, so every detail page has something to show.
    private const string Owner = "43745";

    [Fact]
    public async Task No_page_has_inline_script_handler_attributes_style_attributes_or_javascript_links()
    {
        using var officer = new OfficerSession(app, Owner);
        var problems = new List<string>();
        foreach (var url in await PageUrlsAsync(officer))
        {
            var page = await OpenAsync(officer, url);
            problems.AddRange(InlineCode(page).Select(problem => $"{url}: {problem}"));
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_post_form_carries_an_antiforgery_token_and_is_refused_without_it()
    {
        using var officer = new OfficerSession(app, Owner);
        var forms = 0;
        var problems = new List<string>();
        foreach (var url in await PageUrlsAsync(officer))
        {
            var page = await OpenAsync(officer, url);
            foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form").Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
            {
                forms++;
                if (form.QuerySelector("input[name=__RequestVerificationToken]") is null)
                {
                    problems.Add($"{url}: form {form.Action} has no antiforgery token");
                    continue;
                }

                var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
                var fields = form.QuerySelectorAll<IHtmlInputElement>("input[name]")
                    .Where(i => i.Name != "__RequestVerificationToken" && i.Type is not ("checkbox" or "radio" or "file"))
                    .Select(i => KeyValuePair.Create(i.Name!, i.Value));
                using var refused = await officer.Api.PostAsync(action, new FormUrlEncodedContent(fields));
                if (refused.StatusCode != HttpStatusCode.BadRequest)
                {
                    problems.Add($"{url}: POST {action} without a token answered {(int)refused.StatusCode}");
                }
            }
        }

        problems.ShouldBeEmpty();
        forms.ShouldBeGreaterThan(15, "the layout's two forms on every page, and the pages' own");
    }

    /// <summary>What the CSP would refuse, or what would run a script some other way.</summary>
    internal static IEnumerable<string> InlineCode(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            // A JSON data island is read by our script, never run.
            if (!script.HasAttribute("src") && script.GetAttribute("type") != "application/json")
            {
                yield return $"inline <script>{Shorten(script.TextContent)}</script>";
            }
        }

        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"<{element.LocalName} {attribute.Name}=\"{Shorten(attribute.Value)}\">";
                }
                else if (attribute.Name == "style")
                {
                    yield return $"<{element.LocalName} style=\"{Shorten(attribute.Value)}\">";
                }
                else if (attribute.Name is "href" or "src" or "action" or "formaction" &&
                         attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"<{element.LocalName} {attribute.Name}=\"{Shorten(attribute.Value)}\">";
                }
            }
        }

        if (page.QuerySelector("style") is { } style)
        {
            yield return $"<style>{Shorten(style.TextContent)}</style>";
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static async Task<IHtmlDocument> OpenAsync(OfficerSession officer, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await officer.Api.SendAsync(request);
        if (url != "/Error")
        {
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every page route without parameters, and the detail and edit pages of one of each thing.</summary>
    private async Task<List<string>> PageUrlsAsync(OfficerSession officer)
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(url => !url.EndsWith("/Index", StringComparison.OrdinalIgnoreCase))
            // Refused to this administrator by design (403); GuestAreaTests checks the guest page's markup as the guest.
            .Where(url => url is not ("/Account/AccessDenied" or "/Guest"))
            .Distinct()
            .ToList();
        routes.ShouldContain("/");
        routes.ShouldContain("/Partnerships");
        routes.ShouldContain("/Discovery/Candidates");

        var world = await World.CreateOnceAsync(app, officer);
        return
        [
            .. routes,
            $"/Partnerships/{world.Partnership}", $"/Partnerships/Edit/{world.Partnership}",
            $"/Partnerships/{world.Partnership}/Performance", $"/Partnerships/{world.Partnership}/Evaluations",
            $"/Partnerships/{world.Partnership}/Evaluations/2025", $"/Partnerships/{world.Partnership}/Evaluations/2025/Report",
            $"/Exchanges/Activities/{world.Activity}", $"/Exchanges/Activities/Edit/{world.Activity}",
            $"/Exchanges/Projects/{world.Project}", $"/Exchanges/Projects/Edit/{world.Project}",
            $"/Discovery/Candidates/Edit/{world.Candidate}",
            $"/Discovery/Profiles/KR-{Owner}", $"/Discovery/Profiles/Edit/KR-{Owner}",
            $"/LocalGovernments/{Owner}", "/LocalGovernments/41570",
            $"/feedback/{world.FeedbackToken}",
        ];
    }

    private sealed record World(int Partnership, int Activity, int Project, int Candidate, string FeedbackToken)
    {
        private static readonly SemaphoreSlim Once = new(1, 1);
        private static World? created;

        public static async Task<World> CreateOnceAsync(GyoryuAppFactory app, OfficerSession officer)
        {
            await Once.WaitAsync();
            try
            {
                return created ??= await CreateAsync(app, officer);
            }
            finally
            {
                Once.Release();
            }
        }

        private static async Task<World> CreateAsync(GyoryuAppFactory app, OfficerSession officer)
        {
            var partnership = await EvaluationWorld.PartnershipAsync(app, Owner, "Hamburg", "DE",
                EvaluationWorld.Held(new DateOnly(2025, 5, 10), VisitDirection.Inbound, ExchangeFields.Youth, new Participants(2, 3, 10, 0), 1_000_000, new Outcomes(0, 0, 0, 15, null)));
            var activity = (await officer.Api.PartnershipActivitiesAsync(partnership)).First().Id;
            var project = (await officer.Api.ProposeOkAsync(Owner, ExchangeApi.Plan("함부르크 청소년 교류 사업", partnership))).Summary.Id;

            var city = await officer.Api.ForeignCityIdAsync("Vienna", "AT");
            using var added = await officer.Api.PostAsJsonAsync($"/api/local-governments/{Owner}/candidates",
                new { placeKey = $"FC-{city}", source = "Forum", preferredFields = new[] { "Tourism" } }, GyoryuAppFactory.Json);
            await added.ShouldHaveStatusAsync(HttpStatusCode.Created);
            var candidate = (await added.Content.ReadFromJsonAsync<CandidateItem>(GyoryuAppFactory.Json))!.Id;

            string[] criteria = ["교류 활성도", "상호 방문 균형", "시민 참여", "경제 성과", "예산 효율", "분야 다양성", "참여자 만족도"];
            using var evaluated = await officer.Api.PutAsJsonAsync($"/api/partnerships/{partnership}/evaluations/2025",
                new { scores = criteria.Select(c => new { criterion = c, score = 4 }) }, GyoryuAppFactory.Json);
            await evaluated.ShouldHaveStatusAsync(HttpStatusCode.OK);

            var (scope, db) = app.CreateDbContext();
            await using (scope)
            {
                var link = Gyoryu.Domain.Performance.FeedbackLink.Open(Owner, partnership, null, "행사", GyoryuApi.Today.AddDays(30), EvaluationWorld.Clerk);
                db.FeedbackLinks.Add(link);
                await db.SaveChangesAsync();
                return new World(partnership, activity, project, candidate, link.Token);
            }
        }
    }
}
