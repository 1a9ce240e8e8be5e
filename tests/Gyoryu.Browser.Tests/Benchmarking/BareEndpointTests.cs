using System.Net;
using Gyoryu.Browser.Tests.Infrastructure;

namespace Gyoryu.Browser.Tests.Benchmarking;

/// <summary>
/// The bare endpoint of the list benchmark (docs/benchmarks.md) replays what the real endpoint sent. It needs a real
/// socket to capture over loopback, so it is tested on the app as a process rather than on the in-memory test server.
/// </summary>
public sealed class BareEndpointTests(BareEndpointTests.BareEndpointApp benchmarkApp, AppServer plainApp)
    : IClassFixture<BareEndpointTests.BareEndpointApp>, IClassFixture<AppServer>
{
    [Theory]
    [InlineData("/api/partnerships?page=1&pageSize=50")]
    [InlineData("/api/local-governments/41570/partnerships")]
    public async Task The_bare_endpoint_serves_exactly_the_bytes_of_the_endpoint_it_copies(string path)
    {
        using var http = await SignedInAsync(benchmarkApp.BaseUrl, "gimpo.officer");

        var real = await http.GetByteArrayAsync(path);
        var bare = await http.GetAsync($"/bench/bare?of={Uri.EscapeDataString(path)}");

        bare.StatusCode.ShouldBe(HttpStatusCode.OK);
        bare.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await bare.Content.ReadAsByteArrayAsync()).ShouldBe(real);
        real.Length.ShouldBeGreaterThan(1000);
    }

    [Theory]
    [InlineData("//example.org/")]
    [InlineData("/bench/bare")]
    [InlineData("http://example.org/")]
    public async Task The_bare_endpoint_only_copies_paths_of_the_app_itself(string of)
    {
        using var http = new HttpClient { BaseAddress = new Uri(benchmarkApp.BaseUrl) };

        using var response = await http.GetAsync($"/bench/bare?of={Uri.EscapeDataString(of)}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Without_the_benchmark_setting_there_is_no_bare_endpoint()
    {
        // Signed in: an anonymous request to any unmapped path is sent to the sign-in page instead.
        using var http = await SignedInAsync(plainApp.BaseUrl, "gimpo.officer");

        using var response = await http.GetAsync("/bench/bare?of=/api/partnerships");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_bare_endpoint_never_replays_one_users_capture_to_another()
    {
        const string path = "/api/partnerships?page=1&pageSize=50";
        using var gimpo = await SignedInAsync(benchmarkApp.BaseUrl, "gimpo.officer");
        using var yongin = await SignedInAsync(benchmarkApp.BaseUrl, "yongin.officer");

        var gimpoBare = await gimpo.GetByteArrayAsync($"/bench/bare?of={Uri.EscapeDataString(path)}");
        var yonginBare = await yongin.GetByteArrayAsync($"/bench/bare?of={Uri.EscapeDataString(path)}");

        yonginBare.ShouldBe(await yongin.GetByteArrayAsync(path));
        yonginBare.ShouldNotBe(gimpoBare);
    }

    // The sign-in form as a script would post it: antiforgery cookie and token from the GET, then the credentials.
    private static async Task<HttpClient> SignedInAsync(string baseUrl, string userName)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        var form = await http.GetStringAsync("/Account/SignIn");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var response = await http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.UserName"] = userName,
            ["Form.Password"] = BrowserFixture.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return http;
    }

    public sealed class BareEndpointApp() : AppServer(demoData: true, new Dictionary<string, string> { ["Gyoryu__Benchmark__BareEndpoint"] = "true" });
}
