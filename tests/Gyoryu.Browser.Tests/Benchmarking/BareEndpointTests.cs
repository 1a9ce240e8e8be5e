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
        using var http = await SignedInHttp.CreateAsync(benchmarkApp.BaseUrl);

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
        using var http = await SignedInHttp.CreateAsync(benchmarkApp.BaseUrl);

        using var response = await http.GetAsync($"/bench/bare?of={Uri.EscapeDataString(of)}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Without_the_benchmark_setting_there_is_no_bare_endpoint()
    {
        using var http = await SignedInHttp.CreateAsync(plainApp.BaseUrl);

        using var response = await http.GetAsync("/bench/bare?of=/api/partnerships");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public sealed class BareEndpointApp() : AppServer(demoData: true, new Dictionary<string, string> { ["Gyoryu__Benchmark__BareEndpoint"] = "true" });
}
