using System.Text;
using Gyoryu.Web.Features.Discovery.Import;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Features.Discovery.Import;

/// <summary>An app of its own for the import tests, whose imports change the network and the foreign cities other tests read.</summary>
public sealed class TwinImportApp() : GyoryuAppFactory(demoData: false);

[CollectionDefinition(Name)]
public sealed class TwinImportAppCollection : ICollectionFixture<TwinImportApp>
{
    public const string Name = "Twin import app";
}

internal static class TwinCsv
{
    public const string Header = "city1,country1,lat1,lng1,city2,country2,lat2,lng2";

    public static string Of(params string[] rows) => string.Join("\n", rows.Prepend(Header)) + "\n";

    public static byte[] Bytes(params string[] rows) => Encoding.UTF8.GetBytes(Of(rows));

    public static async Task<TwinImportResult> ImportAsync(this GyoryuAppFactory app, byte[] content, string fileName = "twins.csv", IDiscoveryNetworkListener? listener = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var importer = listener is null
            ? scope.ServiceProvider.GetRequiredService<TwinImporter>()
            : ActivatorUtilities.CreateInstance<TwinImporter>(scope.ServiceProvider, new[] { listener }.AsEnumerable());
        return await importer.ImportAsync(content, fileName, "테스트", null, CancellationToken.None);
    }

    public static async Task<(int Cities, int Links, int Imports)> CountsAsync(this GyoryuAppFactory app)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            return (db.ForeignCities.Count(), db.TwinLinks.Count(), db.TwinImports.Count());
        }
    }
}
