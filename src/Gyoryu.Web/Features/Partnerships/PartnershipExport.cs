using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Web.Features.Partnerships;

/// <summary>The partnership list as an Excel workbook or a CSV file, in the column layout of GAOK's 자매결연 현황.</summary>
public static class PartnershipExport
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string CsvContentType = "text/csv; charset=utf-8";

    private static readonly TimeSpan KoreaOffset = TimeSpan.FromHours(9);

    private static readonly (string Korean, string English)[] Headers =
    [
        ("연번", "No."),
        ("시도", "Province"),
        ("자치단체", "Local government"),
        ("상대국", "Country"),
        ("상대 도시", "Partner"),
        ("상대 도시 영문", "Partner (English)"),
        ("상대 지역", "Partner region"),
        ("구분", "Type"),
        ("상태", "Status"),
        ("체결일", "Signed on"),
        ("자매결연 격상일", "Upgraded on"),
        ("교류 분야", "Fields"),
        ("국내/국제", "Domestic/International"),
    ];

    // Style indexes into the stylesheet written by Styles().
    private const uint HeaderStyle = 1;
    private const uint GuardedTextStyle = 2;

    /// <summary>"gyoryu-partnerships-20261122.xlsx", dated in Korea.</summary>
    public static string FileName(string extension) => FileName(extension, DateTimeOffset.UtcNow);

    public static string FileName(string extension, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var day = now.ToOffset(KoreaOffset);
        return string.Create(CultureInfo.InvariantCulture, $"gyoryu-partnerships-{day:yyyyMMdd}.{extension.TrimStart('.')}");
    }

    public static byte[] ToCsv(IReadOnlyList<PartnershipRow> rows, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(culture);
        var english = IsEnglish(culture);
        return Csv(Headers.Select(h => (object)(english ? h.English : h.Korean)).ToArray(), rows.Select((row, i) => Cells(row, i + 1, english)));
    }

    /// <summary>A CSV file of a header and rows of cells, UTF-8 with a BOM; formula-like text is quoted out of harm.</summary>
    internal static byte[] Csv(object[] header, IEnumerable<object[]> rows)
    {
        var text = new StringBuilder();
        AppendCsvLine(text, header);
        foreach (var row in rows)
        {
            AppendCsvLine(text, row);
        }

        // The BOM is what makes Korean Excel read the file as UTF-8 rather than CP949.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    public static byte[] ToExcel(IReadOnlyList<PartnershipRow> rows, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(culture);
        var english = IsEnglish(culture);
        var header = Headers.Select(h => (object)(english ? h.English : h.Korean)).ToArray();
        var table = rows.Select((row, i) => Cells(row, i + 1, english)).ToList();
        return Workbook(english, [new ExcelSheet(english ? "Partnerships" : "교류현황", header, table)]);
    }

    /// <summary>
    /// A workbook of one or more sheets, each a bold header row over its table with a frozen header and an autofilter.
    /// Cells are ints, longs or strings (empty strings are left blank).
    /// </summary>
    internal static byte[] Workbook(bool english, IReadOnlyList<ExcelSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles(english ? "Calibri" : "맑은 고딕");

            var sheetList = new Sheets();
            var definedNames = new DefinedNames();
            for (var s = 0; s < sheets.Count; s++)
            {
                var (sheetName, header, table) = sheets[s];
                var lastColumn = ColumnName(header.Length);
                var lastRow = table.Count + 1;
                var range = $"A1:{lastColumn}{lastRow.ToString(CultureInfo.InvariantCulture)}";

                var sheetData = new SheetData(ExcelRow(1, header, HeaderStyle));
                for (var i = 0; i < table.Count; i++)
                {
                    sheetData.Append(ExcelRow((uint)i + 2, table[i], style: null));
                }

                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                sheetPart.Worksheet = new Worksheet(
                    new SheetDimension { Reference = range },
                    new SheetViews(new SheetView(
                        new Pane
                        {
                            VerticalSplit = 1D,
                            TopLeftCell = "A2",
                            ActivePane = PaneValues.BottomLeft,
                            State = PaneStateValues.Frozen,
                        },
                        new Selection
                        {
                            Pane = PaneValues.BottomLeft,
                            ActiveCell = "A2",
                            SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" },
                        })
                    { TabSelected = s == 0, WorkbookViewId = 0U }),
                    new SheetFormatProperties { DefaultRowHeight = 16.5D },
                    ColumnWidths(header, table),
                    sheetData,
                    new AutoFilter { Reference = range },
                    new PageMargins { Left = 0.7D, Right = 0.7D, Top = 0.75D, Bottom = 0.75D, Header = 0.3D, Footer = 0.3D });
                sheetList.Append(new Sheet { Name = sheetName, SheetId = (uint)s + 1, Id = workbookPart.GetIdOfPart(sheetPart) });

                // Excel records an autofilter's range as this hidden name too; without it some readers drop the filter.
                var filterRange = $"'{sheetName}'!$A$1:${lastColumn}${lastRow.ToString(CultureInfo.InvariantCulture)}";
                definedNames.Append(new DefinedName(filterRange) { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)s, Hidden = true });
            }

            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), sheetList, definedNames);
        }

        return stream.ToArray();
    }

    /// <summary>Whether a spreadsheet would read the text as a formula (OWASP's CSV-injection list).</summary>
    internal static bool LooksLikeFormula(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    internal static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>One row's cells: an int for the running number, strings (empty when unknown) for the rest.</summary>
    private static object[] Cells(PartnershipRow row, int number, bool english) =>
    [
        number,
        row.GovernmentProvinceKo,
        english && !string.IsNullOrWhiteSpace(row.GovernmentNameEn) ? row.GovernmentNameEn : row.GovernmentNameKo,
        english ? row.CountryNameEn : row.CountryNameKo,
        row.PartnerNameKo,
        row.PartnerNameEn,
        row.PartnerRegion ?? string.Empty,
        english ? Capitalise(Partnership.TypeEnglish(row.Type)) : Partnership.TypeKorean(row.Type),
        english ? Words(row.Status.ToString()) : Partnership.StatusKorean(row.Status),
        DateText(row.SignedOn),
        DateText(row.UpgradedOn),
        string.Join(", ", ExchangeFieldNames.Split(row.Fields).Select(f => english ? ExchangeFieldNames.English(f) : ExchangeFieldNames.Korean(f))),
        row.IsDomestic ? (english ? "Domestic" : "국내") : (english ? "International" : "국제"),
    ];

    private static string DateText(PartialDate? date) => date?.ToString() ?? string.Empty;

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"CouncilApproved" -> "Council approved".</summary>
    private static string Words(string pascal)
    {
        var words = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }

    private static void AppendCsvLine(StringBuilder text, IEnumerable<object> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            var value = cell switch
            {
                int n => n.ToString(CultureInfo.InvariantCulture),
                string s when LooksLikeFormula(s) => "'" + s,
                _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty,
            };
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(value);
            }
        }

        text.Append("\r\n");
    }

    private static Row ExcelRow(uint index, IReadOnlyList<object> cells, uint? style)
    {
        var row = new Row { RowIndex = index };
        var suffix = index.ToString(CultureInfo.InvariantCulture);
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = ColumnName(c + 1) + suffix;
            switch (cells[c])
            {
                case int or long:
                    row.Append(new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.Number,
                        CellValue = new CellValue(Convert.ToString(cells[c], CultureInfo.InvariantCulture)!),
                        StyleIndex = style,
                    });
                    break;
                case string s when s.Length > 0:
                    // Inline strings are never evaluated; the quote-prefix style keeps a formula-like text as text when edited.
                    row.Append(new Cell(new InlineString(new Text(XmlSafe(s)) { Space = SpaceProcessingModeValues.Preserve }))
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                        StyleIndex = style ?? (LooksLikeFormula(s) ? GuardedTextStyle : null),
                    });
                    break;
            }
        }

        return row;
    }

    private static Columns ColumnWidths(object[] header, IReadOnlyList<object[]> table)
    {
        var columns = new Columns();
        for (var c = 0; c < header.Length; c++)
        {
            var widest = table.Select(r => DisplayWidth(r[c])).Prepend(DisplayWidth(header[c]) + 3).Max();
            columns.Append(new Column
            {
                Min = (uint)c + 1,
                Max = (uint)c + 1,
                Width = Math.Clamp(widest + 2, 6, 60),
                CustomWidth = true,
            });
        }

        return columns;
    }

    /// <summary>Width in Excel character units: Hangul and CJK take about two, the autofilter button about three (added for headers).</summary>
    private static double DisplayWidth(object cell)
    {
        var text = Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty;
        return text.Split('\n').Max(line => line.Sum(ch => IsWide(ch) ? 1.9 : 1.0));
    }

    private static bool IsWide(char ch) =>
        ch is (>= '\u1100' and <= '\u11FF') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFF60');

    private static string ColumnName(int number)
    {
        var name = string.Empty;
        while (number > 0)
        {
            var rest = (number - 1) % 26;
            name = (char)('A' + rest) + name;
            number = (number - 1) / 26;
        }

        return name;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates), which would make the part unreadable.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }

        return safe.ToString();
    }

    private static Stylesheet Styles(string fontName) => new(
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = fontName }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = fontName }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE8EEF7" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 3U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 49U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true, QuotePrefix = true })
        { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}

/// <summary>One worksheet of an export: its tab name, header row and rows of cells.</summary>
internal sealed record ExcelSheet(string Name, object[] Header, IReadOnlyList<object[]> Rows);
