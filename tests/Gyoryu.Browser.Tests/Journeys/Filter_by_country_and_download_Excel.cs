using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Demo data, as 김포시 (the default): four domestic sister cities, 허쩌(하택)시 in China and Glendale in the US.
public sealed class Filter_by_country_and_download_Excel(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task China_leaves_only_Heze_and_the_workbook_holds_that_one_row_under_Korean_headers()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        var downloads = Directory.CreateTempSubdirectory("gyoryu-downloads-").FullName;
        try
        {
            var list = await PartnershipListPage.OpenAsync(page);
            await Expect(list.Rows).ToHaveCountAsync(7);
            await BrowserFixture.SaveScreenshotAsync(page, "partnership-list", fullPage: true);

            await list.FilterByCountryAsync("CN");
            await Expect(list.Rows).ToHaveCountAsync(1);
            await Expect(list.Rows.First).ToContainTextAsync("허쩌(하택)시");
            await Expect(list.Rows.First).ToContainTextAsync("Heze");
            await Expect(list.ResultCount).ToHaveTextAsync("총 1건");

            var workbook = await list.DownloadExcelAsync(downloads);

            Path.GetExtension(workbook).ShouldBe(".xlsx");
            var rows = ReadFirstSheet(workbook);
            rows.Count.ShouldBe(2, "a header row and exactly one partnership");
            rows[0].Take(5).ShouldBe(["연번", "시도", "자치단체", "상대국", "상대 도시"]);
            rows[1][0].ShouldBe("1");
            rows[1].ShouldContain("허쩌(하택)시");
            rows[1].ShouldContain("Heze");
            rows[1].ShouldContain("김포시");
            rows[1].ShouldContain("중국");
        }
        finally
        {
            await page.Context.CloseAsync();
            Directory.Delete(downloads, recursive: true);
        }
    }

    [Fact]
    public async Task The_dashboard_draws_the_partner_map()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            await page.GotoAsync("/");
            await Expect(page.Locator("h1")).ToContainTextAsync("김포시");
            var map = page.Locator("[data-partner-map]");
            await Expect(map).ToHaveAttributeAsync("data-map-ready", "true");
            await Expect(map.Locator(".leaflet-interactive").First).ToBeVisibleAsync();
            (await map.Locator(".leaflet-marker-icon").CountAsync()).ShouldBeGreaterThan(1);

            await BrowserFixture.SaveScreenshotAsync(page, "dashboard", fullPage: true);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Every row of the first worksheet as text, whether the cells hold inline, shared or number values.</summary>
    private static List<string[]> ReadFirstSheet(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First();
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        return worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(cell => cell.DataType?.Value switch
            {
                var t when t == CellValues.SharedString => shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)],
                var t when t == CellValues.InlineString => cell.InlineString?.InnerText ?? "",
                _ => cell.CellValue?.Text ?? "",
            }).ToArray())
            .ToList();
    }
}
