using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;
using static Gyoryu.Web.Tests.Features.Performance.PerformanceSeed;

namespace Gyoryu.Web.Tests.Features.Performance;

/// <summary>The activities-and-KPIs workbook, read back with DocumentFormat.OpenXml; the owner is 고성군 (48820).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class PerformanceExportTests(WritableApp app)
{
    [Fact]
    public async Task The_workbook_holds_the_years_activities_under_Korean_headers_and_the_kpis_per_partnership()
    {
        await TieAsync(app, "48820", "JP", 7, PartialDate.OfYear(2009),
            Activity(new DateOnly(2025, 4, 10), VisitDirection.Outbound, ExchangeFields.Economy, new Participants(2, 0, 0, 4), 7_000_000, new Outcomes(0, 1, 55_000_000, 0, "부품 수출"), "수출 상담회"),
            Activity(new DateOnly(2025, 11, 3), VisitDirection.Inbound, ExchangeFields.Youth, new Participants(1, 0, 12, 0), 9_100_000, title: "청소년 홈스테이"),
            Activity(new DateOnly(2024, 5, 1), VisitDirection.Inbound, ExchangeFields.Sports, new Participants(3, 0, 0, 0), 1_000_000, title: "작년 활동"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "gyoryu-government=48820");

        using var response = await client.GetAsync("/Performance/Export?year=2025");
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("gyoryu-performance-48820-2025.xlsx");
        var sheets = ReadWorkbook(await response.Content.ReadAsByteArrayAsync());

        sheets.Keys.ShouldBe(["교류활동", "성과지표"]);
        var activities = sheets["교류활동"];
        activities[0][..6].ShouldBe(["연번", "교류 관계", "활동명", "활동 유형", "방문 방향", "시작일"]);
        activities.Count.ShouldBe(3);
        var header = activities[0].ToList();
        var export = activities[1];
        export[header.IndexOf("활동명")].ShouldBe("수출 상담회");
        export[header.IndexOf("활동 유형")].ShouldBe("대표단 방문");
        export[header.IndexOf("방문 방향")].ShouldBe("우리 측 방문");
        export[header.IndexOf("시작일")].ShouldBe("2025-04-10");
        export[header.IndexOf("교류 분야")].ShouldBe("경제");
        export[header.IndexOf("참여 기업")].ShouldBe("4");
        export[header.IndexOf("비용(원)")].ShouldBe("7000000");
        export[header.IndexOf("수출 계약액(원)")].ShouldBe("55000000");
        export[header.IndexOf("성과 메모")].ShouldBe("부품 수출");
        activities[2][header.IndexOf("활동명")].ShouldBe("청소년 홈스테이");

        var kpis = sheets["성과지표"];
        var kpiHeader = kpis[0].ToList();
        var row = kpis.Skip(1).ShouldHaveSingleItem();
        row[kpiHeader.IndexOf("연도")].ShouldBe("2025");
        row[kpiHeader.IndexOf("활동 수")].ShouldBe("2");
        row[kpiHeader.IndexOf("참여 인원")].ShouldBe("15");
        row[kpiHeader.IndexOf("집행 예산(원)")].ShouldBe("16100000");
        row[kpiHeader.IndexOf("1인당 비용(원)")].ShouldBe("1073333");
        row[kpiHeader.IndexOf("수출 계약액(원)")].ShouldBe("55000000");
        row[kpiHeader.IndexOf("교류 분야 수")].ShouldBe("2");
        row[kpiHeader.IndexOf("마지막 활동일")].ShouldBe("2025-11-03");

        using var api = await client.GetAsync("/api/local-governments/48820/activities.xlsx");
        var everyYear = ReadWorkbook(await api.Content.ReadAsByteArrayAsync());
        everyYear["교류활동"].Count.ShouldBe(4);
        everyYear["성과지표"].Skip(1).Select(r => r[kpiHeader.IndexOf("연도")]).ShouldBe(["2024", "2025"]);
    }

    /// <summary>Each sheet by name, as rows of text (numbers as written), empty strings for missing cells.</summary>
    private static Dictionary<string, List<string[]>> ReadWorkbook(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var result = new Dictionary<string, List<string[]>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<string[]>();
            foreach (var row in part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
            {
                var cells = new string[30];
                Array.Fill(cells, string.Empty);
                foreach (var cell in row.Elements<Cell>())
                {
                    cells[ColumnIndex(cell.CellReference!.Value!)] = cell.DataType?.Value == CellValues.InlineString
                        ? cell.InlineString!.InnerText
                        : cell.CellValue?.Text ?? string.Empty;
                }

                rows.Add(cells);
            }

            result[sheet.Name!.Value!] = rows;
        }

        return result;
    }

    private static int ColumnIndex(string reference) =>
        reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (index, c) => (index * 26) + (c - 'A' + 1)) - 1;
}
