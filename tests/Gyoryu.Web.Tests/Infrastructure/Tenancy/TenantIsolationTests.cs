using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Infrastructure.Tenancy;

/// <summary>
/// Walks every route of the app as an officer of another government (종로구) and proves that none reads or changes 김포시's records:
/// a route that names a 김포 record or 김포's code answers 404 or 403 for every method; every other page or list shows none of 김포's
/// records. A new route whose parameters this test cannot fill fails it until someone says what the route addresses.
/// </summary>
public sealed class TenantIsolationTests(TenantIsolationTests.IsolationApp app) : IClassFixture<TenantIsolationTests.IsolationApp>
{
    private const string Gimpo = "41570";
    private const string Jongno = "11110";
    private const string Password = "isolation-2026";

    // Routes open without signing in, each for a reason a reviewer agreed to.
    private static readonly string[] AnonymousRoutes =
    [
        "health/live", "health/ready", // the proxy and monitoring
        "error", // what a failed request shows, to anyone
        "culture", // the language switch on public pages
        "account/signin", // signing in
        "feedback/{token}", "feedback/{token}/thanks", "api/feedback/{token}", // the secret link is the permission
        "public", "public/{code}", "api/public/local-governments", "api/public/local-governments/{code}/partners",
        "api/public/local-governments/{code}/map-points", // the citizens' pages: only signed ties' public facts (ADR 0016)
    ];

    // Shared by every government by design: reference facts and the national twin-town network; checked to show no 김포 record.
    private static readonly string[] SharedRoutes =
    [
        "localgovernments/{code}", "api/local-governments/{code}", "api/local-governments/{code}/profile",
        "discovery/profiles/{placekey}", "api/places/{placekey}/profile",
        "api/discovery/twin-imports/jobs/{id}", "api/discovery/twin-imports/{id:int}/unmatched.csv",
    ];

    [Fact]
    public async Task An_officer_of_another_government_gets_404_or_403_on_every_route_that_names_a_Gimpo_record_and_sees_no_Gimpo_record_elsewhere()
    {
        var records = await app.GimpoRecordsAsync();
        using var other = await app.ClientSignedInAsAsync("jongno.officer", Password);
        var token = await AntiforgeryTokenAsync(other);
        var failures = new List<string>();
        var checkedRoutes = 0;

        foreach (var (template, methods, endpoint) in Routes())
        {
            if (AnonymousRoutes.Contains(template) || template.StartsWith("account/", StringComparison.Ordinal) || template.StartsWith("openapi", StringComparison.Ordinal))
            {
                continue;
            }

            var url = Fill(template, records, out var unknown);
            if (unknown is not null)
            {
                failures.Add($"{template}: cannot fill {{{unknown}}}; add what it addresses to this test");
                continue;
            }

            var namesGimpo = template.Contains('{') && !SharedRoutes.Contains(template);
            foreach (var method in methods)
            {
                checkedRoutes++;
                using var response = await SendAsync(other, method, url, template, token);
                var status = (int)response.StatusCode;
                if (namesGimpo)
                {
                    if (status is not (403 or 404))
                    {
                        failures.Add($"{method} {url} ({template}) answered {status}, expected 403 or 404");
                    }
                }
                else if (method == "GET")
                {
                    var body = await TextOfAsync(response);
                    if (records.Markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } leaked)
                    {
                        failures.Add($"GET {url} showed 김포's \"{leaked}\"");
                    }
                }
            }
        }

        foreach (var url in new[] { $"/Exchanges?partnershipId={records.PartnershipId}", $"/Exchanges/Activities/Create?partnershipId={records.PartnershipId}", $"/Exchanges/Projects/Create?partnershipId={records.PartnershipId}" })
        {
            using var response = await other.GetAsync(url);
            var body = await TextOfAsync(response);
            if (response.StatusCode == HttpStatusCode.OK && records.Markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } leaked)
            {
                failures.Add($"GET {url} showed 김포's \"{leaked}\"");
            }
        }

        failures.ShouldBeEmpty();
        checkedRoutes.ShouldBeGreaterThan(80, "the walk reached the route table");
    }

    [Fact]
    public async Task A_viewer_of_Gimpo_reads_its_records_but_every_change_is_refused()
    {
        var records = await app.GimpoRecordsAsync();
        using var viewer = await app.ClientSignedInAsAsync("gimpo.viewer", AccountSeed.DemoPassword);
        (await viewer.GetAsync($"/Partnerships/{records.PartnershipId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await AntiforgeryTokenAsync(viewer);
        var failures = new List<string>();
        foreach (var (template, methods, _) in Routes())
        {
            if (AnonymousRoutes.Contains(template) || template.StartsWith("account/", StringComparison.Ordinal) || template is "culture")
            {
                continue;
            }

            var url = Fill(template, records, out var unknown);
            foreach (var method in methods.Where(m => m != "GET" && unknown is null))
            {
                using var response = await SendAsync(viewer, method, url, template, token);
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{method} {url} answered {(int)response.StatusCode}, expected 403");
                }
            }
        }

        failures.ShouldBeEmpty();
        (await app.GimpoRecordsAsync()).Markers.ShouldBe(records.Markers, "nothing changed");
    }

    [Fact]
    public async Task A_viewer_of_Gimpo_is_shown_no_control_that_could_only_fail_and_the_edit_pages_refuse_them()
    {
        var records = await app.GimpoRecordsAsync();
        using var viewer = await app.ClientSignedInAsAsync("gimpo.viewer", AccountSeed.DemoPassword);
        using var officer = await app.ClientSignedInAsAsync("gimpo.officer", AccountSeed.DemoPassword);
        viewer.DefaultRequestHeaders.Accept.ParseAdd("text/html"); // as a browser asks, so a refusal is the error page
        var failures = new List<string>();
        var controlsShownToTheOfficer = 0;
        var readOnlyForms = 0;
        foreach (var template in Routes().Where(r => r.Methods.Contains("GET")).Select(r => r.Template).Distinct())
        {
            var url = Fill(template, records, out var unknown);
            if (unknown is not null || template.StartsWith("api/", StringComparison.Ordinal) || template.StartsWith("openapi", StringComparison.Ordinal)
                || template.Contains('.', StringComparison.Ordinal) || template.StartsWith("swagger", StringComparison.Ordinal)
                || template.StartsWith("account/", StringComparison.Ordinal))
            {
                continue;
            }

            using var asViewer = await viewer.GetAsync(url);
            if (template.Split('/').Any(segment => segment is "create" or "edit"))
            {
                if (asViewer.StatusCode != HttpStatusCode.Forbidden || !(await asViewer.Content.ReadAsStringAsync()).Contains("권한이 없습니다", StringComparison.Ordinal))
                {
                    failures.Add($"GET {url} answered the viewer {(int)asViewer.StatusCode}, expected 403 with 권한이 없습니다");
                }

                continue;
            }

            if (asViewer.StatusCode != HttpStatusCode.OK || asViewer.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = HtmlParser.ParseDocument(await asViewer.Content.ReadAsStringAsync());
            failures.AddRange(EditControls(page).Select(control => $"GET {url} shows the viewer {control}"));
            readOnlyForms += page.QuerySelectorAll("form.gy-read-only > fieldset[disabled]").Length;

            using var asOfficer = await officer.GetAsync(url);
            controlsShownToTheOfficer += EditControls(HtmlParser.ParseDocument(await asOfficer.Content.ReadAsStringAsync())).Count;
        }

        failures.ShouldBeEmpty();
        controlsShownToTheOfficer.ShouldBeGreaterThan(20, "the same pages show an officer their edit controls, so the walk can see them");
        readOnlyForms.ShouldBeGreaterThanOrEqualTo(2, "the evaluation and the rubric stay readable to a viewer");
    }

    private static readonly AngleSharp.Html.Parser.HtmlParser HtmlParser = new();

    // The language switch and signing out are a viewer's own business; everything else posted changes a record.
    private static readonly string[] PostsAViewerMayMake = ["/culture", "/Account/SignOut"];

    private static List<string> EditControls(AngleSharp.Dom.IDocument page) =>
    [
        .. page.QuerySelectorAll("form[method=post i]")
            .Where(form => !PostsAViewerMayMake.Any(action => (form.GetAttribute("action") ?? "").StartsWith(action, StringComparison.OrdinalIgnoreCase)))
            .Select(form => $"a form posting to '{form.GetAttribute("action")}' ({form.Id ?? form.ClassName})"),
        .. page.QuerySelectorAll("a[href]")
            .Where(a => Regex.IsMatch(a.GetAttribute("href")!, @"/(Create|Edit)(/|\?|$)", RegexOptions.IgnoreCase))
            .Select(a => $"a link to {a.GetAttribute("href")}"),
        .. page.QuerySelectorAll("a, button").Where(control => control.TextContent.Contains("평가하기", StringComparison.Ordinal))
            .Select(control => $"'{control.TextContent.Trim()}' (evaluating is an officer's act)"),
    ];

    [Fact]
    public async Task Without_signing_in_only_the_agreed_routes_answer_and_the_rest_ask_for_a_sign_in()
    {
        var records = await app.GimpoRecordsAsync();
        using var anonymous = app.CreateAnonymousClient();
        var open = Routes().Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(r => r.Template).Distinct().Order().ToList();
        open.ShouldBe(AnonymousRoutes.Order().ToList(), "a route open to everyone needs a reason in AnonymousRoutes");

        foreach (var (template, _, _) in Routes().Where(r => !AnonymousRoutes.Contains(r.Template) && !r.Template.StartsWith("openapi", StringComparison.Ordinal)))
        {
            var url = Fill(template, records, out var unknown);
            if (unknown is not null)
            {
                continue;
            }

            using var response = await anonymous.GetAsync(url);
            var expected = template.StartsWith("api/", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect;
            response.StatusCode.ShouldBe(expected, $"GET {url}");
            if (expected == HttpStatusCode.Redirect)
            {
                response.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/Account/SignIn");
            }
        }
    }

    private IEnumerable<(string Template, string[] Methods, RouteEndpoint Endpoint)> Routes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (
                Template: e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/').ToLowerInvariant(),
                Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET", "POST"],
                Endpoint: e))
            .Where(r => r.Template != "index" || true);

    private static string Fill(string template, GimpoRecords records, out string? unknown)
    {
        string? missing = null;
        var url = Regex.Replace(template, @"\{(\w+)(:[^}]*)?\}", match =>
        {
            var name = match.Groups[1].Value.ToLowerInvariant();
            string? value = name switch
            {
                "code" => Gimpo,
                "year" => records.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "documentid" => records.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "attachmentid" => records.AttachmentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "placekey" => $"KR-{Gimpo}",
                "token" => "unknown-token",
                "id" => IdFor(template, records),
                _ => null,
            };
            missing ??= value is null ? name : null;
            return value ?? string.Empty;
        });
        unknown = missing;
        return "/" + url;
    }

    private static string? IdFor(string template, GimpoRecords records)
    {
        int? id = template switch
        {
            _ when template.StartsWith("api/partnerships/", StringComparison.Ordinal) || template.StartsWith("partnerships/", StringComparison.Ordinal) => records.PartnershipId,
            _ when template.Contains("activities/", StringComparison.Ordinal) || template.StartsWith("api/activities/", StringComparison.Ordinal) => records.ActivityId,
            _ when template.Contains("projects/", StringComparison.Ordinal) => records.ProjectId,
            _ when template.Contains("candidates/", StringComparison.Ordinal) => records.CandidateId,
            _ when template.StartsWith("api/discovery/twin-imports/", StringComparison.Ordinal) => 1,
            _ when template.Contains("benefits/", StringComparison.Ordinal) => records.BenefitId,
            _ => null,
        };
        return id?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string template, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            request.Content = template.StartsWith("api/", StringComparison.Ordinal)
                ? JsonContent.Create(new { })
                : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        }

        var response = await client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.UnsupportedMediaType)
        {
            // An upload endpoint only matches a multipart body; send it one, so the route itself answers.
            response.Dispose();
            using var upload = new HttpRequestMessage(new HttpMethod(method), url) { Content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } } };
            return await client.SendAsync(upload);
        }

        return response;
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var html = await (await client.GetAsync("/Account/Password")).Content.ReadAsStringAsync();
        return AntiforgeryForm.TokenIn(html);
    }

    // Spreadsheets are zip files: their text is read from the XML parts inside.
    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(await reader.ReadToEndAsync());
            }

            return text.ToString();
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>김포's records that the walk names, and text only 김포's records contain.</summary>
    public sealed record GimpoRecords(
        int PartnershipId, int ActivityId, int ProjectId, int CandidateId, int BenefitId, int Year, int DocumentId, int AttachmentId, IReadOnlyList<string> Markers);

    /// <summary>Its own app: if isolation ever failed, the walk's writes must not spoil other tests' data.</summary>
    public sealed class IsolationApp : GyoryuAppFactory, IAsyncLifetime
    {
        private GimpoRecords? records;

        public async Task InitializeAsync()
        {
            await CreateUserAsync("jongno.officer", Jongno, Roles.Officer, Password);
            using var client = CreateClient();
            var cityId = await client.ForeignCityIdAsync("Zagreb", "HR");
            using var candidate = await client.PostAsJsonAsync($"/api/local-governments/{Gimpo}/candidates",
                new { placeKey = $"FC-{cityId}", source = "Forum", preferredFields = new[] { "Tourism" }, notes = "김포 내부 검토 메모 자그레브" }, Json);
            await candidate.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        public async Task<GimpoRecords> GimpoRecordsAsync()
        {
            var (scope, db) = CreateDbContext();
            await using (scope)
            {
                var partnership = await db.Partnerships.Where(p => p.OwnerCode == Gimpo && db.Activities.Any(a => a.PartnershipId == p.Id)).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
                var activity = await db.Activities.Where(a => a.PartnershipId == partnership).OrderBy(a => a.Id).FirstAsync();
                var project = await db.ExchangeProjects.Where(p => p.OwnerCode == Gimpo).OrderBy(p => p.Id).FirstAsync();
                var candidate = await db.Candidates.Where(c => c.OwnerCode == Gimpo).OrderBy(c => c.Id).FirstAsync();
                var benefit = await db.ResidentBenefits.Where(b => b.OwnerCode == Gimpo).OrderBy(b => b.Id).FirstAsync();
                var markers = await db.Activities.Where(a => a.OwnerCode == Gimpo).Select(a => a.Title).ToListAsync();
                markers.Add(project.Title);
                markers.Add(candidate.Notes!);
                markers.Add(benefit.Title);
                records = new GimpoRecords(partnership, activity.Id, project.Id, candidate.Id, benefit.Id, DateTime.UtcNow.Year, 1, 1, markers.Distinct().Order().ToList());
                return records;
            }
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
