using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Partnerships;

namespace Gyoryu.Web.Tests.Features.Partnerships;

public class PartnershipExportTests
{
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private const string QuotedName = "호안끼엠 \"구시가\", 하노이";
    private const string FormulaName = "=HYPERLINK(\"http://evil.example\",\"클릭\")";

    private static readonly PartnershipRow[] Rows =
    [
        Row(
            1, "경기도", "수원시", "Suwon", isDomestic: false, QuotedName, "Hoan Kiem, Hanoi", "Hà Nội", "VN", "베트남", "Vietnam",
            PartnershipType.SisterCity, PartnershipStatus.Active, PartialDate.OfYear(2006), PartialDate.OfDay(new DateOnly(2024, 5, 14)),
            ExchangeFields.Administration | ExchangeFields.CultureArts | ExchangeFields.Economy),
        Row(
            2, "전라남도", "순천시", "Suncheon", isDomestic: false, FormulaName, "=1+2", "-2+3", "JP", "일본", "Japan",
            PartnershipType.Friendship, PartnershipStatus.CouncilApproved, PartialDate.OfMonth(2023, 4), null, ExchangeFields.Tourism),
        Row(
            3, "강원특별자치도", "춘천시", "Chuncheon", isDomestic: true, "종로구", "Jongno-gu", "서울특별시\n도심권", "KR", "대한민국", "South Korea",
            PartnershipType.ExchangeMou, PartnershipStatus.Dormant, null, null, ExchangeFields.None),
    ];

    private static readonly string[] KoreanHeaders =
        ["연번", "시도", "자치단체", "상대국", "상대 도시", "상대 도시 영문", "상대 지역", "구분", "상태", "체결일", "자매결연 격상일", "교류 분야", "국내/국제"];

    private static readonly string[] EnglishHeaders =
    [
        "No.", "Province", "Local government", "Country", "Partner", "Partner (English)", "Partner region", "Type", "Status",
        "Signed on", "Upgraded on", "Fields", "Domestic/International",
    ];

    [Fact]
    public void File_name_is_dated_in_Korea_time()
    {
        var lateEveningUtc = new DateTimeOffset(2026, 11, 21, 15, 30, 0, TimeSpan.Zero);

        PartnershipExport.FileName("xlsx", lateEveningUtc).ShouldBe("gyoryu-partnerships-20261122.xlsx");
        PartnershipExport.FileName(".csv", lateEveningUtc).ShouldBe("gyoryu-partnerships-20261122.csv");
        PartnershipExport.FileName("xlsx").ShouldMatch(@"^gyoryu-partnerships-\d{8}\.xlsx$");
    }

    [Fact]
    public void Excel_export_is_a_valid_workbook_with_one_Korean_sheet()
    {
        var bytes = PartnershipExport.ToExcel(Rows, Korean);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ShouldHaveSingleItem();
        sheet.Name!.Value.ShouldBe("교류현황");
        document.WorkbookPart.WorkbookStylesPart.ShouldNotBeNull();
    }

    [Fact]
    public void Excel_export_has_a_bold_frozen_filtered_header()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(PartnershipExport.ToExcel(Rows, Korean)), false);
        var worksheet = Worksheet(document);

        ReadRow(worksheet, 1).ShouldBe(KoreanHeaders);
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var headerCell = worksheet.Descendants<Cell>().First(c => c.CellReference == "A1");
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)headerCell.StyleIndex!.Value);
        styles.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold.ShouldNotBeNull();

        var pane = worksheet.Descendants<Pane>().ShouldHaveSingleItem();
        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.TopLeftCell!.Value.ShouldBe("A2");
        pane.VerticalSplit!.Value.ShouldBe(1D);

        worksheet.Descendants<AutoFilter>().ShouldHaveSingleItem().Reference!.Value.ShouldBe("A1:M4");
        var columns = worksheet.Descendants<Column>().ToList();
        columns.Count.ShouldBe(13);
        columns.ShouldAllBe(c => c.Width!.Value >= 6 && c.Width!.Value <= 60);
        columns[11].Width!.Value.ShouldBeGreaterThan(columns[0].Width!.Value);
    }

    [Fact]
    public void Excel_export_writes_each_row_with_numbers_as_numbers_and_formulas_as_text()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(PartnershipExport.ToExcel(Rows, Korean)), false);
        var worksheet = Worksheet(document);

        ReadRow(worksheet, 2).ShouldBe(
            ["1", "경기도", "수원시", "베트남", QuotedName, "Hoan Kiem, Hanoi", "Hà Nội", "자매결연", "협약 체결(교류 중)", "2006", "2024-05-14", "행정, 문화예술, 경제", "국제"]);
        ReadRow(worksheet, 3).ShouldBe(
            ["2", "전라남도", "순천시", "일본", FormulaName, "=1+2", "-2+3", "우호교류", "의회 의결", "2023-04", string.Empty, "관광", "국제"]);
        ReadRow(worksheet, 4).ShouldBe(
            ["3", "강원특별자치도", "춘천시", "대한민국", "종로구", "Jongno-gu", "서울특별시\n도심권", "교류 MOU", "휴면", string.Empty, string.Empty, string.Empty, "국내"]);

        var number = Cell(worksheet, "A3");
        (number.DataType is null || number.DataType.Value == CellValues.Number).ShouldBeTrue();
        number.CellValue!.Text.ShouldBe("2");

        worksheet.Descendants<CellFormula>().ShouldBeEmpty();
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        foreach (var reference in new[] { "E3", "F3", "G3" })
        {
            var cell = Cell(worksheet, reference);
            cell.DataType!.Value.ShouldBe(CellValues.InlineString);
            var format = styles[(int)cell.StyleIndex!.Value];
            format.QuotePrefix!.Value.ShouldBeTrue();
            format.NumberFormatId!.Value.ShouldBe(49U);
        }
    }

    [Fact]
    public void Excel_export_uses_English_sheet_name_headers_and_values_under_English()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(PartnershipExport.ToExcel(Rows, English)), false);

        new OpenXmlValidator().Validate(document).ShouldBeEmpty();
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value.ShouldBe("Partnerships");
        var worksheet = Worksheet(document);
        ReadRow(worksheet, 1).ShouldBe(EnglishHeaders);
        ReadRow(worksheet, 2).ShouldBe(
            ["1", "경기도", "Suwon", "Vietnam", QuotedName, "Hoan Kiem, Hanoi", "Hà Nội", "Sister-city", "Active", "2006", "2024-05-14", "Administration, Culture & arts, Economy", "International"]);
        ReadRow(worksheet, 3)[8].ShouldBe("Council approved");
        ReadRow(worksheet, 4)[12].ShouldBe("Domestic");
    }

    [Fact]
    public void Excel_export_of_no_rows_is_a_valid_header_only_sheet()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(PartnershipExport.ToExcel([], Korean)), false);

        new OpenXmlValidator().Validate(document).ShouldBeEmpty();
        var worksheet = Worksheet(document);
        ReadRow(worksheet, 1).ShouldBe(KoreanHeaders);
        worksheet.Descendants<Row>().Count().ShouldBe(1);
        worksheet.Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe("A1:M1");
    }

    [Fact]
    public void Csv_export_starts_with_a_BOM_and_ends_lines_with_CRLF()
    {
        var bytes = PartnershipExport.ToCsv(Rows, Korean);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldEndWith("\r\n");
        text.Split("\r\n")[0].ShouldBe(string.Join(',', KoreanHeaders));
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Replace("서울특별시\n도심권", string.Empty, StringComparison.Ordinal)
            .ShouldNotContain('\n');
    }

    [Fact]
    public void Csv_export_quotes_commas_quotes_and_newlines()
    {
        var text = Csv(PartnershipExport.ToCsv(Rows, Korean));

        text.ShouldContain("\"호안끼엠 \"\"구시가\"\", 하노이\"");
        text.ShouldContain(",\"Hoan Kiem, Hanoi\",");
        text.ShouldContain(",\"서울특별시\n도심권\",");
        text.ShouldContain(",\"행정, 문화예술, 경제\",");
        text.ShouldContain(",2006,2024-05-14,");

        var records = ParseCsv(text);
        records.Count.ShouldBe(4);
        records.ShouldAllBe(r => r.Length == 13);
        records[0].ShouldBe(KoreanHeaders);
        records[1].ShouldBe(
            ["1", "경기도", "수원시", "베트남", QuotedName, "Hoan Kiem, Hanoi", "Hà Nội", "자매결연", "협약 체결(교류 중)", "2006", "2024-05-14", "행정, 문화예술, 경제", "국제"]);
        records[3].ShouldBe(
            ["3", "강원특별자치도", "춘천시", "대한민국", "종로구", "Jongno-gu", "서울특별시\n도심권", "교류 MOU", "휴면", string.Empty, string.Empty, string.Empty, "국내"]);
    }

    [Fact]
    public void Csv_export_guards_cells_that_a_spreadsheet_would_run_as_formulas()
    {
        var records = ParseCsv(Csv(PartnershipExport.ToCsv(Rows, Korean)));

        records[2].ShouldBe(
            ["2", "전라남도", "순천시", "일본", "'" + FormulaName, "'=1+2", "'-2+3", "우호교류", "의회 의결", "2023-04", string.Empty, "관광", "국제"]);
        records.Skip(1).SelectMany(r => r).ShouldAllBe(cell => cell.Length == 0 || !"=+-@".Contains(cell[0]));
    }

    [Fact]
    public void Csv_export_uses_English_headers_and_values_under_English()
    {
        var records = ParseCsv(Csv(PartnershipExport.ToCsv(Rows, English)));

        records[0].ShouldBe(EnglishHeaders);
        records[1][7].ShouldBe("Sister-city");
        records[2][7].ShouldBe("Friendship");
        records[3][7].ShouldBe("Exchange MOU");
        records[3][8].ShouldBe("Dormant");
        records[1][11].ShouldBe("Administration, Culture & arts, Economy");
    }

    private static PartnershipRow Row(
        int id, string province, string nameKo, string nameEn, bool isDomestic, string partnerKo, string partnerEn, string? region,
        string country, string countryKo, string countryEn, PartnershipType type, PartnershipStatus status, PartialDate? signedOn,
        PartialDate? upgradedOn, ExchangeFields fields) =>
        new(
            id, $"41{id:D3}", $"41{id:D3}", nameKo, nameEn, province, isDomestic, RegisteredByPartner: false,
            PartnerKey: isDomestic ? "11110" : $"city-{id}", partnerKo, partnerEn, region, country, countryKo, countryEn,
            type, status, signedOn, upgradedOn, fields, Latitude: 37.5, Longitude: 127.0, Version: 1);

    private static Worksheet Worksheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
    }

    private static Cell Cell(Worksheet worksheet, string reference) =>
        worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    /// <summary>The 13 cells of a row by reference, a missing cell read as empty.</summary>
    private static string[] ReadRow(Worksheet worksheet, int index)
    {
        var row = worksheet.Descendants<Row>().Single(r => r.RowIndex! == (uint)index);
        return Enumerable.Range(0, 13).Select(c =>
        {
            var reference = $"{(char)('A' + c)}{index}";
            var cell = row.Elements<Cell>().SingleOrDefault(x => x.CellReference == reference);
            return cell switch
            {
                null => string.Empty,
                { InlineString: { } inline } => inline.Text?.Text ?? string.Empty,
                _ => cell.CellValue?.Text ?? string.Empty,
            };
        }).ToArray();
    }

    private static string Csv(byte[] bytes) => new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                field.Length.ShouldBe(0, "a quote may only open a field");
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add([.. record]);
                record.Clear();
                i++;
            }
            else
            {
                (c is '\r' or '\n').ShouldBeFalse("a bare line break must be quoted");
                field.Append(c);
            }
        }

        quoted.ShouldBeFalse();
        record.ShouldBeEmpty("the last record ends with CRLF");
        field.Length.ShouldBe(0);
        return records;
    }
}
