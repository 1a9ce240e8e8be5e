using System.Net;
using System.Text.Json;
using Gyoryu.Web.Infrastructure.Database;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gyoryu.Web.Tests.Features.ApiDocs;

/// <summary>The OpenAPI document, Swagger UI and health endpoints, and that the test host is the app we think it is.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class ApiDocumentationTests(DemoApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public void The_app_runs_from_the_web_project_folder()
    {
        var environment = app.Services.GetRequiredService<IHostEnvironment>();
        Path.GetFileName(environment.ContentRootPath.TrimEnd(Path.DirectorySeparatorChar)).ShouldBe("Gyoryu.Web");
        File.Exists(Path.Combine(environment.ContentRootPath, "Gyoryu.Web.csproj")).ShouldBeTrue();
    }

    [Fact]
    public void The_app_uses_the_test_database_file()
    {
        var target = app.Services.GetRequiredService<DatabaseTarget>();
        if (TestDatabase.IsPostgreSql)
        {
            target.Provider.ShouldBe(DatabaseProvider.PostgreSql);
            target.ConnectionString.ShouldContain("Database=gyoryu_t_");
        }
        else
        {
            target.Provider.ShouldBe(DatabaseProvider.Sqlite);
            target.ConnectionString.ShouldContain(Path.Combine(Path.GetTempPath(), "gyoryu-web-tests"));
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_partnership_endpoints()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        document.RootElement.GetProperty("info").GetProperty("title").GetString().ShouldBe("Gyoryu (교류) API");
        var paths = document.RootElement.GetProperty("paths");
        var listed = paths.EnumerateObject().Select(p => p.Name).ToList();
        listed.ShouldContain("/api/partnerships");
        listed.ShouldContain("/api/partnerships/{id}");
        listed.ShouldContain("/api/partnerships/export.xlsx");
        listed.ShouldContain("/api/partnerships/export.csv");
        listed.ShouldContain("/api/local-governments");
        listed.ShouldContain("/api/local-governments/{code}");
        listed.ShouldContain("/api/local-governments/{code}/partnerships");
        foreach (var step in new[] { "information-gathering", "working-meetings", "council-approvals", "agreement", "upgrade", "renewal", "dormancy", "reactivation", "termination", "contacts", "documents" })
        {
            var path = $"/api/partnerships/{{id}}/{step}";
            listed.ShouldContain(path);
            paths.GetProperty(path).TryGetProperty("post", out _).ShouldBeTrue($"{path} has no POST");
        }

        paths.GetProperty("/api/partnerships/{id}").TryGetProperty("put", out _).ShouldBeTrue();
        paths.GetProperty("/api/local-governments/{code}/partnerships").TryGetProperty("post", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Swagger_UI_is_served()
    {
        using var response = await client.GetAsync("/swagger/index.html");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_health_endpoints_report_healthy(string url)
    {
        using var response = await client.GetAsync(url);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}
