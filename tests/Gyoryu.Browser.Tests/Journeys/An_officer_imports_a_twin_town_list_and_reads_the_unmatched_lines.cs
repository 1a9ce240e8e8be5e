using System.Text;
using System.Text.RegularExpressions;
using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// An officer feeds a world twin-town list into the network that backs recommendations, reads which lines did not match and why,
// then learns that the same file twice changes nothing and that a file with the wrong header is refused whole.
public sealed partial class An_officer_imports_a_twin_town_list_and_reads_the_unmatched_lines(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    private const string Header = "city1,country1,lat1,lng1,city2,country2,lat2,lng2";

    // Line 1 is the header. Velmorra is made up, so it is created once for lines 3 and 5; line 4 has no country2.
    private static readonly byte[] TwinList = Csv(
        Header,
        "Suseong (Daegu),South Korea,35.8342,128.6614,Montreal,Canada,45.5089,-73.5542",
        "Gimpo,South Korea,37.6784,126.6249,Velmorra,Italy,43.1,12.4",
        "Gangneung,South Korea,37.75,128.87,\"Varna, Bulgaria\",,43.2167,27.9167",
        "Velmorra,Italy,43.1,12.4,Pohang,South Korea,36.09,129.3",
        "Yeosu,South Korea,34.76,127.66,Montreal,Canada,45.5089,-73.5542");

    [Fact]
    public async Task Importing_reports_links_places_and_the_unmatched_line_then_the_same_file_again_and_a_bad_header_change_nothing()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var import = await TwinImportPage.OpenAsync(page);
            await Expect(import.Heading).ToHaveTextAsync("교류망 가져오기");
            await Expect(import.Report).ToHaveCountAsync(0);

            await import.UploadAsync("sister-cities.csv", TwinList);

            await Expect(page).ToHaveURLAsync(JobAddress());
            await import.WaitForReportAsync();
            var status = await import.JobStatusAsync();
            status.GetProperty("state").GetString().ShouldBe("Succeeded");
            status.GetProperty("stateText").GetString().ShouldBe("가져오기 완료");
            status.GetProperty("percent").GetInt32().ShouldBe(100);

            await Expect(import.ReportTitle).ToHaveTextAsync("가져오기 결과 · sister-cities.csv");
            await Expect(import.AlreadyImported).ToHaveCountAsync(0);
            await Expect(import.Count("rows")).ToHaveTextAsync("5");
            await Expect(import.Count("links-added")).ToHaveTextAsync("4");
            await Expect(import.Count("links-known")).ToHaveTextAsync("0");
            await Expect(import.Count("places-created")).ToHaveTextAsync("1");
            await Expect(import.Count("unmatched")).ToHaveTextAsync("1");

            await Expect(import.UnmatchedRows).ToHaveCountAsync(1);
            var unmatched = TwinImportPage.CellsOf(import.UnmatchedRows.First);
            await Expect(unmatched).ToHaveTextAsync(["4", "city2", "Varna, Bulgaria", "", "국가가 비어 있습니다."]);
            await Expect(import.PastImports).ToHaveCountAsync(1);
            await BrowserFixture.SaveScreenshotAsync(page, "twin-import", fullPage: true);

            // The same bytes under another name: the first import's counts, and nothing new in the list of imports.
            await import.UploadAsync("sister-cities-again.csv", TwinList);

            await import.WaitForReportAsync();
            (await import.JobStatusAsync()).GetProperty("state").GetString().ShouldBe("AlreadyImported");
            await Expect(import.AlreadyImported).ToContainTextAsync("이미 가져온 파일입니다. 바뀐 것이 없습니다.");
            await Expect(import.ReportTitle).ToHaveTextAsync("가져오기 결과 · sister-cities.csv");
            await Expect(import.Count("links-added")).ToHaveTextAsync("4");
            await Expect(import.Count("places-created")).ToHaveTextAsync("1");
            await Expect(import.PastImports).ToHaveCountAsync(1);

            // A file whose first line is not the header: one error on line 1, no counts, and still one import.
            await import.UploadAsync("wrong-header.csv", Csv(
                "도시1,국가1,위도1,경도1,도시2,국가2,위도2,경도2",
                "Mokpo,South Korea,34.81,126.39,Brelwick,Norway,60.1,10.2"));

            await import.WaitForReportAsync();
            (await import.JobStatusAsync()).GetProperty("state").GetString().ShouldBe("Malformed");
            await Expect(import.Errors).ToContainTextAsync("파일 형식이 올바르지 않아 아무것도 가져오지 않았습니다.");
            await Expect(import.Errors).ToContainTextAsync("오류 1건");
            await Expect(import.ErrorItems).ToHaveCountAsync(1);
            await Expect(import.ErrorItems.First).ToHaveAttributeAsync("data-line", "1");
            await Expect(import.ErrorItems.First).ToHaveTextAsync($"첫 줄은 머리글 '{Header}'이어야 합니다.");
            await Expect(import.Count("links-added")).ToHaveCountAsync(0);
            await Expect(import.PastImports).ToHaveCountAsync(1);
            await Expect(import.PastImports.First.Locator("th")).ToHaveTextAsync("sister-cities.csv");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    [GeneratedRegex(@"/Discovery/Import\?job=[0-9a-f]{12}$")]
    private static partial Regex JobAddress();
}
