using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Features.Exchanges;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Infrastructure.Security;

/// <summary>
/// Markup and formulas typed into names, motives, minutes and activities stay text: escaped in every page, plain strings in
/// the JSON, inline text (never a formula) in the workbooks and quoted in the CSV.
/// </summary>
[Collection(WritableAppCollection.Name)]
public sealed class HostileInputTests(WritableApp app)
{
    // 속초시: its own ties with a city named in markup and one named as a formula.
    private const string Owner = "51210";
    private const string Markup = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    private const string CityMarkup = "<script>alert(1)</script>";
    private const string CityMarkupKo = "<img src=x onerror=alert(1)>";
    private const string Formula = "=HYPERLINK(\"https://evil.example\",\"열기\")";
    private const string ActivityFormula = "=cmd|' /C calc'!A0";

    [Fact]
    public async Task Markup_in_a_city_name_motive_minutes_and_activity_is_shown_as_text_on_every_page_and_in_the_JSON()
    {
        using var officer = new OfficerSession(app, Owner);
        var world = await HostileWorld.CreateOnceAsync(officer);

        foreach (var (url, shown) in new[]
        {
            ($"/Partnerships/{world.MarkupTie}", new[] { CityMarkup, Markup }),
            ("/Partnerships", [CityMarkup]),
            ($"/Exchanges/Activities/{world.Activity}", [Markup]),
            ($"/Partnerships/{world.FormulaTie}/Performance", []),
            ("/", [CityMarkupKo]),
            ("/Performance", []),
            ("/Exchanges/Projects", []),
        })
        {
            using var response = await officer.Api.GetAsync(url);
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldNotContain("<script>alert(1)", Case.Insensitive, url);
            html.ShouldNotContain("<img src=x", Case.Insensitive, url);
            var page = await OfficerSession.HtmlAsync(response);
            PageMarkupTests.InlineCode(page).ShouldBeEmpty(url);
            page.QuerySelectorAll("img[onerror], img[src=x]").ShouldBeEmpty(url);
            foreach (var text in shown)
            {
                page.Body!.TextContent.ShouldContain(text, Case.Sensitive, $"{url} shows the text as typed");
            }
        }

        var tie = await officer.Api.GetFromJsonAsync<JsonElement>($"/api/partnerships/{world.MarkupTie}");
        tie.GetProperty("motive").GetString().ShouldBe(Markup);
        tie.GetProperty("summary").GetProperty("partnerNameEn").GetString().ShouldBe(CityMarkup);
        tie.GetProperty("meetings")[0].GetProperty("minutes").GetString().ShouldBe(Markup);
        var activity = await officer.Api.GetFromJsonAsync<JsonElement>($"/api/activities/{world.Activity}");
        activity.GetProperty("title").GetString().ShouldBe(ActivityFormula);
        activity.GetProperty("description").GetString().ShouldBe(Markup);
    }

    [Fact]
    public async Task Formula_like_text_stays_text_in_the_partnership_workbook_and_CSV_and_in_the_activity_workbook()
    {
        using var officer = new OfficerSession(app, Owner);
        await HostileWorld.CreateOnceAsync(officer);

        var partnerships = await SheetsAsync(officer, $"/api/partnerships/export.xlsx?government={Owner}");
        var guardedName = partnerships.Single().Cells.Single(c => c.Text == Formula);
        guardedName.IsInlineText.ShouldBeTrue();
        guardedName.QuotePrefixed.ShouldBeTrue("editing the cell keeps it text");
        partnerships.Single().Formulas.ShouldBe(0);

        var csv = await officer.Api.GetStringAsync($"/api/partnerships/export.csv?government={Owner}");
        csv.ShouldContain("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"열기\"\")\"");
        csv.ShouldNotContain(",=HYPERLINK");

        var activities = await SheetsAsync(officer, $"/api/local-governments/{Owner}/activities.xlsx");
        var guardedTitle = activities[0].Cells.Single(c => c.Text == ActivityFormula);
        guardedTitle.IsInlineText.ShouldBeTrue();
        guardedTitle.QuotePrefixed.ShouldBeTrue();
        activities[0].Cells.ShouldContain(c => c.Text == Markup && c.IsInlineText);
        activities.Sum(s => s.Formulas).ShouldBe(0);
    }

    private sealed record CellText(string Text, bool IsInlineText, bool QuotePrefixed);

    private sealed record SheetText(List<CellText> Cells, int Formulas);

    private static async Task<List<SheetText>> SheetsAsync(OfficerSession officer, string url)
    {
        using var response = await officer.Api.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        return workbook.Workbook.Sheets!.Elements<Sheet>()
            .Select(sheet => ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet)
            .Select(worksheet => new SheetText(
                [.. worksheet.Descendants<Cell>().Select(cell => new CellText(
                    cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty,
                    cell.DataType?.Value == CellValues.InlineString,
                    cell.StyleIndex?.Value is { } style && formats[(int)style].QuotePrefix?.Value == true))],
                worksheet.Descendants<CellFormula>().Count()))
            .ToList();
    }

    private sealed record HostileWorld(int MarkupTie, int FormulaTie, int Activity)
    {
        private static readonly SemaphoreSlim Once = new(1, 1);
        private static HostileWorld? created;

        public static async Task<HostileWorld> CreateOnceAsync(OfficerSession officer)
        {
            await Once.WaitAsync();
            try
            {
                return created ??= await CreateAsync(officer.Api);
            }
            finally
            {
                Once.Release();
            }
        }

        private static async Task<HostileWorld> CreateAsync(HttpClient api)
        {
            var markupCity = await AddCityAsync(api, CityMarkup, CityMarkupKo);
            var formulaCity = await AddCityAsync(api, Formula, "+1+2");

            var markupTie = await api.CreatePartnershipAsync(Owner, new
            {
                partnerForeignCityId = markupCity, type = "SisterCity", fields = new[] { "CultureArts" }, motive = Markup,
            });
            await api.StepOkAsync(markupTie.Summary.Id, "working-meetings", new
            {
                version = markupTie.Version, heldOn = "2025-03", place = "속초시청", attendees = "국제교류팀", minutes = Markup,
            });

            var formulaTie = await api.CreatePartnershipAsync(Owner, new
            {
                partnerForeignCityId = formulaCity, type = "Friendship", fields = new[] { "Tourism" },
                existingAgreement = true, signedOn = "2020", history = Formula,
            });
            var exchange = ExchangeApi.YouthExchange(new DateOnly(2025, 8, 1));
            exchange["title"] = ActivityFormula;
            exchange["description"] = Markup;
            var activity = await api.RecordOkAsync(formulaTie.Summary.Id, exchange);
            return new HostileWorld(markupTie.Summary.Id, formulaTie.Summary.Id, activity.Id);
        }

        private static async Task<int> AddCityAsync(HttpClient api, string nameEn, string nameKo)
        {
            using var response = await api.PostAsJsonAsync("/api/foreign-cities", new { nameEn, nameKo, countryCode = "FR" }, GyoryuAppFactory.Json);
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        }
    }
}
