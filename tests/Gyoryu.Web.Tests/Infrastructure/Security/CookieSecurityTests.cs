using System.Net;
using AngleSharp.Html.Parser;
using Gyoryu.Web.Infrastructure.Officers;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace Gyoryu.Web.Tests.Infrastructure.Security;

[Collection(DemoAppCollection.Name)]
public sealed class CookieSecurityTests(DemoApp app)
{
    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task Antiforgery_culture_and_government_cookies_are_HttpOnly_SameSite_and_Secure_exactly_when_the_request_is(string origin, bool https)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(origin), AllowAutoRedirect = false });

        using var page = await client.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var antiforgery = CookiesOf(page).Single(c => c.Name.ToString().StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        CookiesOf(page).ShouldAllBe(c => c.HttpOnly && c.SameSite != SameSiteMode.None && c.Secure == https);
        ShouldBeGuarded(antiforgery, https, SameSiteMode.Strict);

        var html = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        var token = html.QuerySelector("form[action='/culture'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        // The explicit Cookie header replaces the client's own, which carries the sign-in the token is bound to: send both.
        var cookie = $"{antiforgery.Name}={antiforgery.Value}; {string.Join("; ", client.DefaultRequestHeaders.GetValues("Cookie"))}";

        using var culture = await PostAsync(client, "/culture", cookie, ("culture", "en-US"), ("returnUrl", "/"), ("__RequestVerificationToken", token));
        culture.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cultureCookie = CookiesOf(culture).Single(c => c.Name == CookieRequestCultureProvider.DefaultCookieName);
        ShouldBeGuarded(cultureCookie, https, SameSiteMode.Lax);

        using var government = await PostAsync(client, "/government", cookie, ("code", "41460"), ("returnUrl", "/"), ("__RequestVerificationToken", token));
        government.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var governmentCookie = CookiesOf(government).Single(c => c.Name == CurrentOfficer.GovernmentCookie);
        governmentCookie.Value.ToString().ShouldBe("41460");
        ShouldBeGuarded(governmentCookie, https, SameSiteMode.Lax);
    }

    private static void ShouldBeGuarded(SetCookieHeaderValue cookie, bool https, SameSiteMode sameSite)
    {
        cookie.HttpOnly.ShouldBeTrue($"{cookie.Name} is read by no script");
        cookie.SameSite.ShouldBe(sameSite, cookie.Name.ToString());
        cookie.Secure.ShouldBe(https, $"{cookie.Name}: Secure exactly when the request came over HTTPS");
    }

    private static IList<SetCookieHeaderValue> CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? SetCookieHeaderValue.ParseList([.. values]) : [];

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string cookie, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))),
        };
        request.Headers.Add(HeaderNames.Cookie, cookie);
        return await client.SendAsync(request);
    }
}
