using System.Text.Json;
using Gyoryu.Web.Features.Discovery.Recommendations;
using Gyoryu.Web.Infrastructure.CommandLine;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Features.Discovery.Recommendations;

/// <summary>`recommend` run against the demo app's services, its standard output parsed back as JSON.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class RecommendVerbTests(DemoApp app)
{
    [Fact]
    public async Task A_Korean_government_named_in_Korean_gets_one_JSON_object_of_results()
    {
        var (code, output, _) = await RunAsync("--city", "김포", "--top", "5", "--format", "json");

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("source").GetProperty("placeKey").GetString().ShouldBe("KR-41570");
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(5);
        foreach (var item in items)
        {
            item.GetProperty("nameKo").GetString().ShouldNotBeNullOrWhiteSpace();
            item.GetProperty("countryCode").GetString().ShouldNotBeNullOrWhiteSpace();
            item.GetProperty("total").GetDouble().ShouldBeInRange(0, 1);
            item.GetProperty("components").GetProperty("similarity").ValueKind.ShouldBe(JsonValueKind.Number);
            item.GetProperty("reason").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task A_foreign_city_can_be_the_source_when_its_country_is_given()
    {
        var (code, output, _) = await RunAsync("--city", "Osaka", "--country", "Japan", "--scope", "international", "--top", "3");

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("source").GetProperty("countryCode").GetString().ShouldBe("JP");
        json.RootElement.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("countryCode").GetString() != "JP");
    }

    [Fact]
    public async Task An_ambiguous_name_exits_with_2_listing_the_options()
    {
        var (code, output, error) = await RunAsync("--city", "중구");

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("KR-11140");
        error.ShouldContain("KR-26110");
    }

    [Fact]
    public async Task A_format_other_than_json_is_refused()
    {
        await Should.ThrowAsync<CommandLineUsageException>(() => RunAsync("--city", "김포", "--format", "csv"));
    }

    [Fact]
    public async Task A_batch_ranks_every_row_as_JSON_lines_and_reports_rows_it_cannot_resolve()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gyoryu-batch-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["city,country", "김포시,대한민국", "Osaka,Japan", "Nowhereville,Japan", "\"Pohang\",South Korea"]);
        try
        {
            var (code, output, error) = await RunAsync("--batch", file, "--top", "4", "--format", "json");

            code.ShouldBe(1);
            error.ShouldContain("1 of 4");
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            lines.Count.ShouldBe(4);
            lines.Select(l => l.GetProperty("line").GetInt32()).ShouldBe([2, 3, 4, 5]);
            lines[0].GetProperty("source").GetProperty("placeKey").GetString().ShouldBe("KR-41570");
            lines[0].GetProperty("items").GetArrayLength().ShouldBe(4);
            lines[1].GetProperty("source").GetProperty("countryCode").GetString().ShouldBe("JP");
            lines[2].GetProperty("error").GetString().ShouldBe("not found");
            lines[3].GetProperty("source").GetProperty("placeKey").GetString().ShouldBe("KR-47110");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] words)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new RecommendVerb().RunAsync(scope.ServiceProvider, new CommandLineArguments(words), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
