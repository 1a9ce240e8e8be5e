using System.Net;
using Gyoryu.Web.Infrastructure.Security;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gyoryu.Web.Tests.Infrastructure.Security;

[Collection(DemoAppCollection.Name)]
public sealed class SecurityHeadersTests(DemoApp app)
{
    private const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    [Theory]
    [InlineData("/", "text/html", HttpStatusCode.OK)]
    [InlineData("/Partnerships", "text/html", HttpStatusCode.OK)]
    [InlineData("/Exchanges", "text/html", HttpStatusCode.OK)]
    [InlineData("/LocalGovernments/41570", "text/html", HttpStatusCode.OK)]
    [InlineData("/api/local-governments/41570/partnerships", "application/json", HttpStatusCode.OK)]
    [InlineData("/css/site.css", "*/*", HttpStatusCode.OK)]
    [InlineData("/js/site.js", "*/*", HttpStatusCode.OK)]
    [InlineData("/Error", "text/html", HttpStatusCode.InternalServerError)]
    [InlineData("/no-such-page", "text/html", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-thing", "application/json", HttpStatusCode.NotFound)]
    [InlineData("/Partnerships/999999", "text/html", HttpStatusCode.NotFound)]
    public async Task Every_answer_carries_the_strict_policy_and_the_other_security_headers(string url, string accept, HttpStatusCode status)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(status);
        Header(response, "Content-Security-Policy").ShouldBe(StrictPolicy);
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin");
        Header(response, "Permissions-Policy").ShouldBe("camera=(), microphone=(), geolocation=()");
        Header(response, "Cross-Origin-Opener-Policy").ShouldBe("same-origin");
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("HSTS is never sent over plain HTTP");
    }

    [Fact]
    public void The_policy_lets_no_inline_script_run_anywhere()
    {
        SecurityHeaders.ContentSecurityPolicy.ShouldBe(StrictPolicy);
        foreach (var policy in new[] { SecurityHeaders.ContentSecurityPolicy, SecurityHeaders.SwaggerContentSecurityPolicy })
        {
            var scripts = policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            scripts.ShouldBe("script-src 'self'");
        }
    }

    [Fact]
    public async Task Swagger_UI_alone_may_apply_inline_styles_and_still_runs_only_its_own_scripts()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/swagger/index.html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(response, "Content-Security-Policy").ShouldBe(StrictPolicy.Replace("style-src 'self';", "style-src 'self' 'unsafe-inline';", StringComparison.Ordinal));
        Header(response, "X-Frame-Options").ShouldBe("DENY");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/local-governments/41570/partnerships")]
    [InlineData("/css/site.css")]
    public async Task Over_HTTPS_outside_development_the_browser_is_told_to_stay_on_HTTPS_for_a_year(string url)
    {
        // UseHsts leaves localhost out on purpose (a developer's machine), so the test server is reached under a real-looking name.
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://gyoryu.example") });
        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(response, "Strict-Transport-Security").ShouldBe("max-age=31536000");
        Header(response, "Content-Security-Policy").ShouldBe(StrictPolicy);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new ShouldAssertException($"{response.RequestMessage?.RequestUri} answered without {name}.");
}
