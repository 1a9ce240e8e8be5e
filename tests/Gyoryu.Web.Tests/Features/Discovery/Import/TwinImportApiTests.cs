using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gyoryu.Web.Features.Discovery.Import;
using Gyoryu.Web.Infrastructure.CommandLine;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Features.Discovery.Import;

[Collection(TwinImportAppCollection.Name)]
public sealed class TwinImportApiTests(TwinImportApp app)
{
    [Fact]
    public async Task An_upload_is_accepted_as_a_job_that_ends_with_the_report()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync("/api/discovery/twin-imports", Upload(TwinCsv.Of(
            "Wonju,South Korea,37.34,127.92,Tessarwick,Canada,49.2,-123.1",
            "Wonju,South Korea,37.34,127.92,Atlantis,Grece,37.9,23.7")));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/api/discovery/twin-imports/jobs/");
        var job = await FinishedAsync(client, location);
        job.GetProperty("state").GetString().ShouldBe("Succeeded");
        var result = job.GetProperty("result");
        result.GetProperty("linksAdded").GetInt32().ShouldBe(1);
        result.GetProperty("placesCreated").GetInt32().ShouldBe(1);
        result.GetProperty("unmatchedRows").GetInt32().ShouldBe(1);
        var unmatched = result.GetProperty("unmatched").EnumerateArray().Single();
        unmatched.GetProperty("line").GetInt32().ShouldBe(3);
        unmatched.GetProperty("reason").GetString()!.ShouldContain("알 수 없습니다");

        var imports = await client.GetFromJsonAsync<List<TwinImportItem>>("/api/discovery/twin-imports", GyoryuAppFactory.Json);
        imports!.ShouldContain(i => i.Id == result.GetProperty("importId").GetInt32() && i.FileName == "upload.csv" && i.LinksAdded == 1);
    }

    [Fact]
    public async Task A_malformed_upload_ends_its_job_with_line_numbered_errors_in_the_users_language()
    {
        using var client = app.CreateClient("en");
        using var response = await client.PostAsync("/api/discovery/twin-imports", Upload(TwinCsv.Of("Sokcho,South Korea,38.2,128.59,Nowhere,France,45")));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Accepted);

        var job = await FinishedAsync(client, response.Headers.Location!.ToString());

        job.GetProperty("state").GetString().ShouldBe("Malformed");
        var error = job.GetProperty("result").GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("line").GetInt32().ShouldBe(2);
        error.GetProperty("message").GetString().ShouldBe("Line 2 has 7 columns; it needs 8.");
        job.GetProperty("stateText").GetString()!.ShouldContain("Nothing was imported");
    }

    [Theory]
    [InlineData(null, "가져올 CSV 파일을 선택하세요.")]
    [InlineData("list.txt", ".csv 파일만 가져올 수 있습니다.")]
    [InlineData("empty.csv", "빈 파일입니다.")]
    public async Task An_obviously_wrong_upload_is_refused_naming_the_file_field(string? fileName, string message)
    {
        using var client = app.CreateClient();
        using var form = new MultipartFormDataContent();
        if (fileName is not null)
        {
            form.Add(new ByteArrayContent(fileName == "empty.csv" ? [] : "a,b\n"u8.ToArray()), "file", fileName);
        }
        else
        {
            form.Add(new StringContent("x"), "other");
        }

        using var response = await client.PostAsync("/api/discovery/twin-imports", form);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe(message);
    }

    [Fact]
    public async Task An_unknown_job_is_not_found()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/discovery/twin-imports/jobs/nosuchjob");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_page_lists_imports_and_offers_the_upload()
    {
        await app.ImportAsync(TwinCsv.Bytes("Tongyeong,South Korea,34.85,128.43,Pellamure,Italy,44.1,9.8"), "page-list.csv");
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/Discovery/Import");

        html.ShouldContain("교류망 가져오기");
        html.ShouldContain("name=\"file\"");
        html.ShouldContain("page-list.csv");
        (await app.CreateClient("en").GetStringAsync("/Discovery/Import")).ShouldContain("Previous imports");
    }

    [Fact]
    public async Task The_command_line_verb_imports_prints_the_unmatched_lines_and_exits_by_outcome()
    {
        var folder = Directory.CreateTempSubdirectory("gyoryu-import-verb");
        try
        {
            var good = Path.Combine(folder.FullName, "good.csv");
            await File.WriteAllTextAsync(good, TwinCsv.Of(
                "Samcheok,South Korea,37.45,129.16,Dravenholm,Norway,60.1,10.2",
                "Samcheok,South Korea,37.45,129.16,Falkland Islands,,-51.73,-59.22"));
            var bad = Path.Combine(folder.FullName, "bad.csv");
            await File.WriteAllTextAsync(bad, "name,country\nSamcheok,South Korea\n");

            var (code, output, error) = await RunVerbAsync(good);
            code.ShouldBe(0);
            output.ShouldContain("가져오기 완료");
            output.ShouldContain("교류 연결 1건 추가");
            output.ShouldContain("3번째 줄 (city2) Falkland Islands");
            error.ShouldContain("교류 연결 저장 중");

            var again = await RunVerbAsync(good, "--lang", "en");
            again.Code.ShouldBe(0);
            again.Output.ShouldContain("This file was imported already");

            var malformed = await RunVerbAsync(bad);
            malformed.Code.ShouldBe(1);
            malformed.Output.ShouldContain("아무것도 가져오지 않았습니다");
            malformed.Output.ShouldContain("첫 줄은 머리글");

            await Should.ThrowAsync<CommandLineUsageException>(() => RunVerbAsync(Path.Combine(folder.FullName, "missing.csv")));
            await Should.ThrowAsync<CommandLineUsageException>(() => RunVerbAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<(int Code, string Output, string Error)> RunVerbAsync(params string[] words)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new ImportTwinsVerb().RunAsync(scope.ServiceProvider, new CommandLineArguments(words), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private static MultipartFormDataContent Upload(string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "upload.csv" } };
    }

    private static async Task<JsonElement> FinishedAsync(HttpClient client, string location)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            if (job.GetProperty("state").GetString() != "Running")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{location} still running after 30 s.");
    }
}
