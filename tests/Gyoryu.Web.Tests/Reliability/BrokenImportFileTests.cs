using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Gyoryu.Web.Features.Discovery.Import;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Features.Discovery.Import;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Tests.Reliability;

/// <summary>
/// Broken twin-town lists through both ways officers upload them (the import page and the API): each is refused with a message that
/// says what is wrong and where, in Korean or English, and nothing is written — no import record, no link, no city.
/// </summary>
[Collection(TwinImportAppCollection.Name)]
public sealed class BrokenImportFileTests(TwinImportApp app)
{
    private const string Valid =
        "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n" +
        "Wonju,South Korea,37.34,127.92,Tessarwick,Canada,49.2,-123.1\n" +
        "\"Gangneung, Gangwon\",South Korea,37.75,128.87,\"Quorlin \"\"Old Town\"\"\",Germany,50.1,8.6\n" +
        "Sokcho,South Korea,38.2,128.59,밀레니엄하펜,Germany,53.5,10.0\n";

    public static TheoryData<string> Cases => new(Broken.Keys);

    private static readonly Dictionary<string, (Func<byte[]> Bytes, string Korean, string English)> Broken = new()
    {
        ["truncated mid-row"] = (() => CutAt("Tess", 4), "2번째 줄의 열이 5개입니다. 8개여야 합니다.", "Line 2 has 5 columns; it needs 8."),
        ["truncated mid-quote"] = (() => CutAt("\"Old To", 7), "3번째 줄: 큰따옴표로 시작한 값이 닫히지 않았습니다.", "Line 3: a quoted value is never closed."),
        ["truncated mid-character"] = (() => CutAt("밀", 1),
            "4번째 줄: 파일이 글자 중간에서 끝납니다.", "Line 4: the file ends in the middle of a character."),
        ["Latin-1 bytes as UTF-8"] = (() => [.. Encoding.Latin1.GetBytes(Valid.Replace("Wonju", "Zürich", StringComparison.Ordinal))],
            "2번째 줄: UTF-8로도 한글 엑셀의 CP949로도 읽을 수 없는 글자가 있습니다.", "Line 2: there are bytes that are neither UTF-8 nor the CP949"),
        ["random bytes"] = (RandomBytes, "1번째 줄: UTF-8로도 한글 엑셀의 CP949로도 읽을 수 없는", "Line 1: there are bytes that are neither UTF-8"),
        ["a zip (xlsx) file"] = (() => [.. "PK\x03\x04"u8, .. RandomBytes()],
            "CSV 파일이 아니라 엑셀 통합 문서(.xlsx) 또는 ZIP 압축 파일입니다.", "This is not a CSV file but an Excel workbook (.xlsx) or a ZIP archive."),
        ["a png image"] = (() => [0x89, .. "PNG\r\n\x1a\n"u8, 0, 0, 0, 13, .. "IHDR"u8, .. RandomBytes()],
            "CSV 파일이 아니라 PNG 그림입니다.", "This is not a CSV file but a PNG image."),
        ["an empty file"] = (() => [], "빈 파일입니다.", "The file is empty."),
        ["only blank lines"] = (() => "\r\n\r\n  \n"u8.ToArray(), "파일이 비어 있습니다. 머리글 줄이 필요합니다.", "The file is empty; it needs a header line."),
        ["the header only"] = (() => Encoding.UTF8.GetBytes(TwinCsv.Header + "\n"), "머리글만 있고 가져올 행이 없습니다.", "There is only the header; the file has no rows to import."),
        ["a wrong header"] = (() => Encoding.UTF8.GetBytes(Valid.Replace("city1,country1", "도시1,국가1", StringComparison.Ordinal)),
            "첫 줄은 머리글 'city1,country1,lat1,lng1,city2,country2,lat2,lng2'이어야 합니다.", "The first line must be the header 'city1,country1,lat1,lng1,city2,country2,lat2,lng2'."),
        ["too many columns"] = (() => Encoding.UTF8.GetBytes(Valid.Replace("-123.1\n", "-123.1,extra\n", StringComparison.Ordinal)),
            "2번째 줄의 열이 9개입니다. 8개여야 합니다.", "Line 2 has 9 columns; it needs 8."),
        ["an unterminated quote"] = (() => Encoding.UTF8.GetBytes(Valid.Replace("Sokcho,", "\"Sokcho,", StringComparison.Ordinal)),
            "4번째 줄: 큰따옴표로 시작한 값이 닫히지 않았습니다.", "Line 4: a quoted value is never closed."),
        ["text after a closing quote"] = (() => Encoding.UTF8.GetBytes(Valid.Replace("\"Gangneung, Gangwon\"", "\"Gangneung, Gangwon", StringComparison.Ordinal)),
            "3번째 줄: 따옴표로 묶은 값 뒤에 다른 글자가 있습니다.", "Line 3: there is text after a quoted value."),
        ["a NUL byte"] = (() => Encoding.UTF8.GetBytes(Valid.Replace("Quorlin", "Quor\0lin", StringComparison.Ordinal)),
            "3번째 줄에 NUL 문자(0x00)가 있습니다.", "Line 3 contains a NUL character (0x00)"),
        ["UTF-16"] = (() => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Valid)],
            "1번째 줄에 NUL 문자(0x00)가 있습니다. 텍스트 CSV가 아니거나 UTF-16으로 저장된 파일입니다.", "saved as UTF-16"),
        ["a line of 100,000 characters"] = (() => Encoding.UTF8.GetBytes(Valid.Replace("Wonju", new string('W', 100_000), StringComparison.Ordinal)),
            "2번째 줄: city1 값이 100000자입니다. 200자 이하여야 합니다.", "Line 2: the city1 value is 100000 characters long; it may be at most 200."),
        ["over the upload limit"] = (() => Oversized(), "파일이 20MB보다 큽니다.", "The file is larger than 20 MB."),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_broken_file_is_refused_through_the_API_in_Korean_and_English_and_writes_nothing(string broken)
    {
        var (bytes, korean, english) = Broken[broken];
        var content = bytes();
        var before = await NetworkAsync();

        (await UploadThroughApiAsync(app.CreateClient(), content)).ShouldHaveSingleItem().ShouldStartWith(korean);
        (await UploadThroughApiAsync(app.CreateClient("en"), content)).ShouldHaveSingleItem().ShouldContain(english);

        (await NetworkAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_broken_file_is_refused_on_the_import_page_with_the_message_and_writes_nothing(string broken)
    {
        var (bytes, korean, _) = Broken[broken];
        var before = await NetworkAsync();

        (await UploadThroughPageAsync(bytes())).ShouldHaveSingleItem().ShouldStartWith(korean);

        (await NetworkAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("UTF-8 without BOM", "바람숲마을")]
    [InlineData("UTF-8 with BOM", "노을강마을")]
    [InlineData("CP949 (Korean Excel)", "별빛언덕마을")]
    public async Task A_list_with_Hangul_imports_the_same_from_UTF8_with_or_without_BOM_and_from_CP949(string encoding, string name)
    {
        var text = TwinCsv.Of($"Sokcho,South Korea,38.2,128.59,{name},Germany,53.5,10.0");
        byte[] content = encoding switch
        {
            "UTF-8 with BOM" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "CP949 (Korean Excel)" => CodePagesEncodingProvider.Instance.GetEncoding(949)!.GetBytes(text),
            _ => Encoding.UTF8.GetBytes(text),
        };
        using var client = app.CreateClient();

        var job = await FinishedJobAsync(client, content);

        job.GetProperty("state").GetString().ShouldBe("Succeeded", job.ToString());
        job.GetProperty("result").GetProperty("linksAdded").GetInt32().ShouldBe(1);
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            (await db.ForeignCities.CountAsync(c => c.NameEn == name)).ShouldBe(1);
        }
    }

    private static byte[] CutAt(string marker, int keep)
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker));
        return bytes[..(at + keep)];
    }

    private static byte[] RandomBytes()
    {
        var bytes = new byte[4096];
        new Random(20261201).NextBytes(bytes);
        bytes[0] = 0xFF;
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        }

        return bytes;
    }

    private static byte[] Oversized()
    {
        var row = Encoding.UTF8.GetBytes("Wonju,South Korea,37.34,127.92,Tessarwick,Canada,49.2,-123.1\n");
        var bytes = new byte[TwinImportUpload.MaxBytes + 1];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = row[i % row.Length];
        }

        return bytes;
    }

    /// <summary>The messages the API gives for the file: the upload's refusal (400), or the errors of the job it started.</summary>
    private static async Task<List<string>> UploadThroughApiAsync(HttpClient client, byte[] content)
    {
        using (client)
        {
            using var response = await client.PostAsync("/api/discovery/twin-imports", Upload(content));
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                return [.. (await response.ProblemAsync()).GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()!)];
            }

            await response.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
            var job = await FollowAsync(client, response.Headers.Location!.ToString());
            job.GetProperty("state").GetString().ShouldBe("Malformed", job.ToString());
            return [.. job.GetProperty("result").GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];
        }
    }

    private async Task<JsonElement> FinishedJobAsync(HttpClient client, byte[] content)
    {
        using var response = await client.PostAsync("/api/discovery/twin-imports", Upload(content));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        return await FollowAsync(client, response.Headers.Location!.ToString());
    }

    private static async Task<JsonElement> FollowAsync(HttpClient client, string location)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            if (job.GetProperty("state").GetString() != "Running")
            {
                return job;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{location} did not finish.");
    }

    /// <summary>The messages the import page shows for the file: beside the file field, or in the finished job's report.</summary>
    private async Task<List<string>> UploadThroughPageAsync(byte[] content)
    {
        using var officer = new OfficerSession(app, "41570");
        var form = await officer.GetPageAsync("/Discovery/Import");
        var upload = Upload(content);
        upload.Add(new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        using var response = await officer.Api.PostAsync("/Discovery/Import", upload);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var refused = await OfficerSession.HtmlAsync(response);
            return [refused.QuerySelector("#import-file-error")!.TextContent.Trim()];
        }

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        for (var i = 0; i < 600; i++)
        {
            var page = await officer.GetPageAsync(location);
            if (page.QuerySelector("#import-report") is not null)
            {
                return [.. page.QuerySelectorAll("#import-errors li").Select(li => li.TextContent.Trim())];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{location} did not finish.");
    }

    private static MultipartFormDataContent Upload(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "twins.csv" } };
    }

    /// <summary>The twin network, the imports and the foreign cities, row for row.</summary>
    private async Task<string> NetworkAsync()
    {
        await using var connection = app.OpenConnection();
        await connection.OpenAsync();
        var print = await DatabaseFingerprint.TakeAsync(connection, "TwinLinks", "TwinImports");
        await using var cities = connection.CreateCommand();
        cities.CommandText = "SELECT COUNT(*) || '/' || COALESCE(MAX(\"Id\"), 0) FROM \"ForeignCities\""; // an import only ever adds cities
        return $"TwinLinks {print["TwinLinks"]}; TwinImports {print["TwinImports"]}; ForeignCities {await cities.ExecuteScalarAsync()}";
    }
}
