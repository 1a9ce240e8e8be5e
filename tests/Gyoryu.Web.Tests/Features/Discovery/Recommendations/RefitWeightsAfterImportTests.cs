using System.Net.Http.Json;
using System.Text.Json;
using Gyoryu.Web.Features.Discovery.Recommendations;
using Gyoryu.Web.Tests.Features.Discovery.Import;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Features.Discovery.Recommendations;

[Collection(TwinImportAppCollection.Name)]
public sealed class RefitWeightsAfterImportTests(TwinImportApp app)
{
    [Fact]
    public async Task An_import_that_adds_links_stores_fitted_weights_and_the_recommendations_use_them()
    {
        // A small star of Korean governments around made-up foreign towns, so the fit has validation links to learn from.
        string[] korean = ["Gangneung", "Donghae", "Sokcho", "Samcheok", "Taebaek", "Hongcheon", "Hoengseong", "Yeongwol", "Pyeongchang", "Jeongseon"];
        var rows = korean.SelectMany((city, i) => new[]
        {
            $"{city},South Korea,37.5,128.9,Refitbury {i % 3},Australia,-33.{i},151.2",
            $"{city},South Korea,37.5,128.9,Refitville {i % 4},New Zealand,-41.{i},174.7",
        }).ToArray();

        var result = await app.ImportAsync(TwinCsv.Bytes(rows), fileName: "refit.csv");

        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var import = await db.TwinImports.SingleAsync(i => i.Id == result.ImportId);
            import.FittedWeights.ShouldNotBeNull();
            import.FitSummary.ShouldNotBeNull().ShouldContain("recall@50");
        }

        // Pages answer from the last snapshot while a new one builds; wait for the one that holds the fit.
        await app.Services.GetRequiredService<DiscoveryIndex>().FreshAsync();
        using var client = app.CreateClient("ko");
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/local-governments/51150/recommendations?top=5");
        var weights = answer.GetProperty("weights");
        weights.GetProperty("origin").GetString().ShouldBe("fitted");
        weights.GetProperty("fittedOnImport").GetInt32().ShouldBe(result.ImportId!.Value);
    }
}
