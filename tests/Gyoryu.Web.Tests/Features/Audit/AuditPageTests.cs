using System.Net;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gyoryu.Web.Features.Audit;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Features.Exchanges;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Audit;

/// <summary>The administrator's log page, API and exports; owners are 전남 구례군 (46730), 고흥군 (46770) and 보성군 (46780).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class AuditPageTests(WritableApp app)
{
    [Fact]
    public async Task The_page_lists_the_governments_entries_newest_first_with_before_and_after_and_a_link_to_the_record()
    {
        using var session = new OfficerSession(app, "46730");
        var older = await session.Api.CreateCandidateAsync("46730", "Amiens", "FR");
        var newer = await session.Api.CreateCandidateAsync("46730", "Reims", "FR");
        await session.Api.StepOkAsync(newer.Summary.Id, "working-meetings", new { version = newer.Version, heldOn = "2025-02-03", place = "랭스 시청", attendees = "구례군 대표단" });
        using var elsewhere = new OfficerSession(app, "46770");
        await elsewhere.Api.CreateCandidateAsync("46770", "Angers", "FR");

        var page = await session.GetPageAsync("/Audit");

        var rows = page.QuerySelectorAll("#audit-table > tbody > tr[data-audit-id]");
        var ids = rows.Select(r => long.Parse(r.GetAttribute("data-audit-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ids.ShouldBe(ids.OrderDescending().ToList());
        rows.Length.ShouldBe(3);
        var step = rows[0];
        step.TextContent.ShouldContain(GyoryuAppFactory.AdministratorDisplayName);
        step.TextContent.ShouldContain("단계 기록 · 실무협의");
        step.TextContent.ShouldContain(newer.Summary.PartnerNameKo);
        step.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/Partnerships/{newer.Summary.Id}");
        var changes = step.QuerySelectorAll("details table tbody tr").Select(r => r.TextContent).ToList();
        changes.ShouldContain(c => c.Contains("상태", StringComparison.Ordinal) && c.Contains("후보", StringComparison.Ordinal) && c.Contains("실무협의", StringComparison.Ordinal));
        changes.ShouldContain(c => c.Contains("실무협의 [+1] 장소", StringComparison.Ordinal) && c.Contains("랭스 시청", StringComparison.Ordinal));
        rows[2].TextContent.ShouldContain("등록");
        rows[2].TextContent.ShouldContain(older.Summary.PartnerNameKo);
        page.QuerySelector("#audit-table")!.TextContent.ShouldNotContain("Angers");
    }

    [Fact]
    public async Task Filters_narrow_by_action_record_type_text_and_dates_and_pages_follow_on_without_overlap()
    {
        using var session = new OfficerSession(app, "46780");
        var partnership = await session.Api.CreateExistingAsync("46780", "Orléans", "FR", "Friendship", "2012");
        var activity = await session.Api.RecordOkAsync(partnership.Summary.Id, ExchangeApi.YouthExchange(new DateOnly(2025, 4, 1)));
        await session.Api.CreateCandidateAsync("46780", "Tours", "FR");
        await session.Api.CreateCandidateAsync("46780", "Metz", "FR");

        var activities = await ListAsync(session, "?entityType=Activity");
        var steps = await ListAsync(session, "?action=Step");
        var text = await ListAsync(session, "?q=" + Uri.EscapeDataString("청소년 홈스테이"));
        var tomorrow = GyoryuApi.Today.AddDays(1).Iso();
        var future = await ListAsync(session, $"?from={tomorrow}");
        var today = await ListAsync(session, $"?from={GyoryuApi.Today.AddDays(-1).Iso()}&to={GyoryuApi.Today.Iso()}");

        activities.Items.ShouldHaveSingleItem().EntityId.ShouldBe(activity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        steps.Items.ShouldBeEmpty();
        text.Items.ShouldHaveSingleItem().EntityType.ShouldBe("Activity");
        future.Items.ShouldBeEmpty();
        today.Items.Count.ShouldBe(4);

        var first = await ListAsync(session, "?pageSize=3");
        var second = await ListAsync(session, $"?pageSize=3&before={first.Next}");
        first.Items.Count.ShouldBe(3);
        first.Next.ShouldNotBeNull();
        second.Items.ShouldHaveSingleItem();
        second.Next.ShouldBeNull();
        first.Items.Concat(second.Items).Select(i => i.Id).ShouldBe(today.Items.Select(i => i.Id));

        var page = await session.GetPageAsync($"/Audit?entityType=Activity");
        page.QuerySelectorAll("#audit-table > tbody > tr[data-audit-id]").Length.ShouldBe(1);
        page.QuerySelector("#audit-export-xlsx")!.GetAttribute("href").ShouldBe("/api/audit/export.xlsx?entityType=Activity");
    }

    [Fact]
    public async Task The_Excel_and_CSV_exports_hold_the_same_filtered_entries_as_the_list()
    {
        using var session = new OfficerSession(app, "46770");
        var created = await session.Api.CreateCandidateAsync("46770", "Caen", "FR");
        await session.Api.StepOkAsync(created.Summary.Id, "information-gathering", new { version = created.Version, on = GyoryuApi.Today.Iso(), note = "=HYPERLINK(\"x\")" });
        var listed = await ListAsync(session, "?entityType=Partnership");

        using var xlsx = await session.Api.GetAsync("/api/audit/export.xlsx?entityType=Partnership");
        await xlsx.ShouldHaveStatusAsync(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("gyoryu-audit-46770-");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single();
        sheet.Name!.Value.ShouldBe(AuditExport.SheetKorean);
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        // Blank cells are not written, so cells are read by their column letter.
        var cells = rows.Select(r => r.Elements<Cell>().ToDictionary(c => c.CellReference!.Value!.TrimEnd("0123456789".ToCharArray()), c => c.CellValue?.Text ?? c.InnerText)).ToList();
        cells[0]["A"].ShouldBe("번호");
        cells[0]["J"].ShouldBe("변경 내용");
        cells.Skip(1).Select(r => long.Parse(r["A"], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(listed.Items.Select(i => i.Id));
        cells[1]["I"].ShouldBe("단계 기록 · 정보수집·의향 타진");
        cells[1]["J"].ShouldContain("상태: 후보 → 정보수집·의향 타진");
        cells[1]["C"].ShouldBe(GyoryuAppFactory.AdministratorDisplayName);

        using var csv = await session.Api.GetAsync("/api/audit/export.csv?entityType=Partnership");
        await csv.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldStartWith("번호,일시(한국),처리자,");
        text.ShouldContain(GyoryuAppFactory.AdministratorDisplayName);
        foreach (var item in listed.Items)
        {
            text.ShouldContain($"\r\n{item.Id},");
        }
    }

    private static async Task<AuditListResponse> ListAsync(OfficerSession session, string query)
    {
        using var response = await session.Api.GetAsync("/api/audit" + query);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<AuditListResponse>(GyoryuAppFactory.Json))!;
    }
}
