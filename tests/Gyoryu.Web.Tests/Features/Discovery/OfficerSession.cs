using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gyoryu.Web.Features.Discovery.Candidates;
using Gyoryu.Web.Infrastructure.Officers;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Gyoryu.Web.Tests.Features.Discovery;

/// <summary>
/// An officer of one government using the pages as a browser would: cookies kept, antiforgery tokens read from the form,
/// redirects not followed so tests can read where they point.
/// </summary>
public sealed class OfficerSession : IDisposable
{
    private readonly HttpClient client;

    public OfficerSession(GyoryuAppFactory app, string governmentCode)
    {
        var cookies = new CookieContainer();
        cookies.Add(new Uri("http://localhost"), new Cookie(CurrentOfficer.GovernmentCookie, governmentCode));
        client = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        Api = client;
    }

    /// <summary>The same client, for JSON calls.</summary>
    public HttpClient Api { get; }

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form the way the page at <paramref name="pageUrl"/> would, with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string action, params (string Name, string Value)[] fields)
    {
        var page = await GetPageAsync(pageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} has no antiforgery token.");
        var body = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await client.PostAsync(action, body);
    }

    public static async Task<IHtmlDocument> HtmlAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public async Task<List<CandidateItem>> CandidatesAsync(string ownerCode) =>
        (await client.GetFromJsonAsync<List<CandidateItem>>($"/api/local-governments/{ownerCode}/candidates", GyoryuAppFactory.Json))!;

    public void Dispose() => client.Dispose();
}
