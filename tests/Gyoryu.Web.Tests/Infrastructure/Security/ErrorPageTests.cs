using System.Net;
using AngleSharp.Html.Parser;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Infrastructure.Security;

/// <summary>The app with one more address, /__throw, that fails the way an unexpected bug would; test code only.</summary>
public sealed class ThrowingApp : IAsyncLifetime
{
    public const string Secret = "connection to db-internal-7 refused";

    public GyoryuAppFactory Factory { get; } = new(demoData: false);

    public WebApplicationFactory<Program> In(string environment) =>
        Factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowingEndpoint>());
        });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private sealed class ThrowingEndpoint : IStartupFilter
    {
        // After the app's own pipeline: a request no endpoint took ends here, inside the app's exception handler.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context =>
            {
                if (context.Request.Path.Value?.EndsWith("/__throw", StringComparison.Ordinal) == true)
                {
                    throw new InvalidOperationException(Secret);
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        };
    }
}

public sealed class ErrorPageTests(ThrowingApp app) : IClassFixture<ThrowingApp>
{
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    public async Task A_failed_page_shows_a_Korean_apology_with_a_trace_id_and_nothing_of_the_exception(string environment)
    {
        using var client = app.In(environment).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/__throw");
        request.Headers.Accept.ParseAdd(Browser);
        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        ShouldNotLeak(html);
        var page = await new HtmlParser().ParseDocumentAsync(html);
        page.QuerySelector("h1")!.TextContent.ShouldBe("요청을 처리하지 못했습니다");
        page.QuerySelector("#trace-id")!.TextContent.ShouldMatch("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$");
        response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem().ShouldStartWith("default-src 'self'");
    }

    [Fact]
    public async Task A_failed_form_post_gets_the_same_page_in_English_when_the_officer_reads_English()
    {
        using var client = app.In("Production").CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/__throw") { Content = new FormUrlEncodedContent([KeyValuePair.Create("name", "x")]) };
        request.Headers.Accept.ParseAdd(Browser);
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        ShouldNotLeak(html);
        var page = await new HtmlParser().ParseDocumentAsync(html);
        page.QuerySelector("h1")!.TextContent.ShouldBe("The request could not be completed");
        page.QuerySelector("#trace-id")!.TextContent.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("Testing", "/__throw")]
    [InlineData("Production", "/__throw")]
    [InlineData("Production", "/api/__throw")]
    public async Task A_failed_API_call_answers_500_ProblemDetails_with_a_trace_id_and_no_exception_details(string environment, string url)
    {
        using var client = app.In(environment).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        ShouldNotLeak(body);
        var problem = await response.ProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(500);
        problem.GetProperty("title").GetString().ShouldBe("서버에서 요청을 처리하지 못했습니다.");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.EnumerateObject().Select(p => p.Name).ShouldBe(["type", "title", "status", "traceId"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_unknown_address_shows_a_friendly_not_found_page_to_a_browser_and_ProblemDetails_to_a_script()
    {
        using var client = app.In("Production").CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.Accept.ParseAdd(Browser);
        using var page = await client.SendAsync(request);
        using var script = await client.GetAsync("/no/such/page");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        html.QuerySelector("h1")!.TextContent.ShouldBe("페이지를 찾을 수 없습니다");
        html.QuerySelector("a[href='/']").ShouldNotBeNull();
        script.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await script.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(404);
    }

    private static void ShouldNotLeak(string body)
    {
        body.ShouldNotContain(ThrowingApp.Secret);
        body.ShouldNotContain("InvalidOperationException");
        body.ShouldNotContain("at Gyoryu.");
        body.ShouldNotContain("at Microsoft.");
        body.ShouldNotContain(".cs:line");
        body.ShouldNotContain("/work/");
        body.ShouldNotContain("exception", Case.Insensitive);
        body.ShouldNotContain("stack", Case.Insensitive);
    }
}
