using System.Net;
using System.Text.Json;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gyoryu.Web.Tests.Features.ApiDocs;

[Collection(DemoAppCollection.Name)]
public sealed class ApiDocumentationTests(DemoApp app)
{
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
        var target = app.Services.GetRequiredService<Gyoryu.Web.Infrastructure.Database.DatabaseTarget>();
        target.Provider.ShouldBe(Gyoryu.Web.Infrastructure.Database.DatabaseProvider.Sqlite);
        target.ConnectionString.ShouldContain(Path.Combine(Path.GetTempPath(), "gyoryu-web-tests"));
    }
}
