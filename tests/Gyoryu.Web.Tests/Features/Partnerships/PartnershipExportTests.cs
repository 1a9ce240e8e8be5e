using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Partnerships;

/// <summary>The Excel and CSV exports hold the same rows as the filtered list (demo data, unchanged in this collection).</summary>
[Collection(DemoAppCollection.Name)]
public sealed class PartnershipExportTests(DemoApp app)
{
    private const int PartnerKoColumn = 4;
    private const int PartnerEnColumn = 5;
    private const int TypeColumn = 7;
    private const int SignedOnColumn = 9;

    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("government=41570")]
    [InlineData("country=KR")]
    [InlineData("decade=2020")]
    [InlineData("field=Economy")]
    [InlineData("")]
    public async Task The_Excel_export_holds_the_rows_of_the_filtered_list(string query)
    {
        var list = await client.ListAsync($"/api/partnerships?pageSize=500&{query}");

        using var response = await client.GetAsync($"/api/partnerships/export.xlsx?{query}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName ?? string.Empty).Trim('"').ShouldMatch(@"^gyoryu-partnerships-\d{8}\.xlsx$");
        var rows = ReadSheet(await response.Content.ReadAsByteArrayAsync());
        rows[0].ShouldBe(["연번", "시도", "자치단체", "상대국", "상대 도시", "상대 도시 영문", "상대 지역", "구분", "상태", "체결일", "자매결연 격상일", "교류 분야", "국내/국제"]);
        var data = rows.Skip(1).ToList();
        data.Count.ShouldBe(list.Total);
        data.Select(r => r[0]).ShouldBe(Enumerable.Range(1, data.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        data.Select(RowKey).ShouldBe(list.Items.Select(ItemKey), ignoreOrder: true);
    }

    [Fact]
    public async Task The_Excel_export_writes_Korean_labels_and_partial_dates()
    {
        using var response = await client.GetAsync("/api/partnerships/export.xlsx?government=41460&type=Friendship");

        var row = ReadSheet(await response.Content.ReadAsByteArrayAsync()).Skip(1).ShouldHaveSingleItem();
        row[1].ShouldBe("경기도");
        row[2].ShouldBe("용인시");
        row[3].ShouldBe("대한민국");
        row[PartnerKoColumn].ShouldBe("포항시");
        row[PartnerEnColumn].ShouldBe("Pohang-si");
        row[TypeColumn].ShouldBe("우호교류");
        row[8].ShouldBe("협약 체결(교류 중)");
        row[SignedOnColumn].ShouldBe("2024-05-14");
        row[11].ShouldBe("행정, 인적, 문화예술, 경제, 관광");
        row[12].ShouldBe("국내");
    }

    [Fact]
    public async Task The_Excel_export_is_in_English_for_an_English_speaking_client()
    {
        using var english = app.CreateClient("en-US");

        using var response = await english.GetAsync("/api/partnerships/export.xlsx?country=CN");

        var rows = ReadSheet(await response.Content.ReadAsByteArrayAsync());
        rows[0][0].ShouldBe("No.");
        rows[0][4].ShouldBe("Partner");
        var heze = rows.Skip(1).ShouldHaveSingleItem();
        heze[2].ShouldBe("Gimpo-si");
        heze[3].ShouldBe("China");
        heze[TypeColumn].ShouldBe("Sister-city");
        heze[12].ShouldBe("International");
    }

    [Fact]
    public async Task An_export_of_nothing_has_only_the_header()
    {
        using var response = await client.GetAsync("/api/partnerships/export.xlsx?type=ExchangeMou");

        ReadSheet(await response.Content.ReadAsByteArrayAsync()).ShouldHaveSingleItem()[0].ShouldBe("연번");
    }

    [Theory]
    [InlineData("government=41570")]
    [InlineData("country=CN")]
    [InlineData("status=Negotiating")]
    [InlineData("q=포항")]
    public async Task The_CSV_export_starts_with_a_BOM_and_holds_the_rows_of_the_filtered_list(string query)
    {
        var list = await client.ListAsync($"/api/partnerships?pageSize=500&{query}");

        using var response = await client.GetAsync($"/api/partnerships/export.csv?{query}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName ?? string.Empty).Trim('"').ShouldMatch(@"^gyoryu-partnerships-\d{8}\.csv$");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("연번,시도,자치단체,상대국,상대 도시");
        var rows = lines.Skip(1).Select(ParseCsvLine).ToList();
        rows.Count.ShouldBe(list.Total);
        rows.Select(RowKey).ShouldBe(list.Items.Select(ItemKey), ignoreOrder: true);
    }

    [Fact]
    public async Task The_CSV_export_quotes_values_that_hold_commas()
    {
        using var response = await client.GetAsync("/api/partnerships/export.csv?country=US");

        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("\"행정, 문화예술, 관광, 교육\"");
    }

    private static string RowKey(IReadOnlyList<string> row) => $"{row[PartnerKoColumn]}|{row[PartnerEnColumn]}|{row[SignedOnColumn]}";

    private static string ItemKey(PartnershipSummary item) => $"{item.PartnerNameKo}|{item.PartnerNameEn}|{item.SignedOn}";

    /// <summary>Every row of the first sheet as text, with empty strings for missing cells.</summary>
    private static List<string[]> ReadSheet(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().ShouldHaveSingleItem();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<string[]>();
        foreach (var row in part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var cells = new string[13];
            Array.Fill(cells, string.Empty);
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                cells[column] = cell.DataType?.Value switch
                {
                    var t when t == CellValues.InlineString => cell.InlineString!.InnerText,
                    var t when t == CellValues.SharedString => shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)],
                    _ => cell.CellValue?.Text ?? string.Empty,
                };
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    private static string[] ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
