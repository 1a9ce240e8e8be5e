using System.Net.Http.Json;
using System.Text.Json;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Dashboard;

/// <summary>
/// Demo data: 김포-동작구 has had no activity since 2023-05-20 and 용인-진도 (signed 2006) none at all; every other dated
/// signed tie has recent activity.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class DashboardDormancyTests(DemoApp app)
{
    private const string DongjakEvidence = "마지막 교류 활동 2023-05-20 (동작구 주민 평화누리길 걷기 초청) 이후";

    [Fact]
    public async Task The_dashboard_lists_the_quiet_tie_with_its_evidence_and_a_hint_to_mark_it_dormant()
    {
        var html = await Page("/", "41570");

        var section = Between(html, "id=\"dormant\"", "</section>");
        section.ShouldContain("휴면 의심 교류");
        section.ShouldContain("동작구");
        section.ShouldContain(DongjakEvidence);
        section.ShouldContain("휴면 지정은 교류 관계 페이지의 다음 단계에서 할 수 있습니다.");
        section.ShouldNotContain("글렌데일"); // youth exchanges every year (a fixed demo date: true until August 2028)
    }

    [Fact]
    public async Task A_tie_with_no_activity_since_signing_is_flagged_from_its_signing_date()
    {
        var html = await Page("/", "41460");

        var section = Between(html, "id=\"dormant\"", "</section>");
        section.ShouldContain("진도군");
        section.ShouldContain("협약(2006-12-31) 이후 기록된 교류 활동이 없습니다");
        section.ShouldNotContain("포항시");
    }

    [Fact]
    public async Task The_dashboard_shows_this_years_totals_and_a_kpi_row_per_tie()
    {
        var dashboard = await Page("/", "41570");
        var year2025 = await Page("/Performance?year=2025", "41570");

        Between(dashboard, "id=\"government-kpi-table\"", "</table>").ShouldContain("글렌데일시");
        dashboard.ShouldContain("id=\"kpi-totals\"");
        dashboard.ShouldContain("id=\"dashboard-counts\""); // the existing content stays
        var glendale = Between(Between(year2025, "id=\"government-kpi-table\"", "</table>"), ">글렌데일시</a>", "</tr>");
        glendale.ShouldContain("우리 1 : 상대 0");
        glendale.ShouldContain("54,500,000원");
        glendale.ShouldContain("2,595,238원");
        var totals = Between(year2025, "id=\"kpi-totals\"", "</ul>"); // 2025: 글렌데일, 허쩌, 가평, 상주
        totals.ShouldContain("data-total=\"budget\">73,000,000원");
        totals.ShouldContain("data-total=\"people\">85");
    }

    [Fact]
    public async Task The_quiet_ties_page_shows_the_alert_and_an_active_ties_page_does_not()
    {
        var dormant = await Json("/api/local-governments/41570/dormant");
        var dongjak = dormant.EnumerateArray().Single(d => d.GetProperty("partnerNameKo").GetString() == "동작구");
        dormant.EnumerateArray().ShouldNotContain(d => d.GetProperty("partnerNameEn").GetString() == "Glendale");
        var kpis = await Json("/api/local-governments/41570/kpis");
        var glendale = kpis.GetProperty("partnerships").EnumerateArray().Single(p => p.GetProperty("partnerNameEn").GetString() == "Glendale");

        var quietPage = await Page($"/Partnerships/{dongjak.GetProperty("partnershipId").GetInt32()}", "41570");
        var activePage = await Page($"/Partnerships/{glendale.GetProperty("partnershipId").GetInt32()}", "41570");

        Between(quietPage, "id=\"dormancy-alert\"", "</div>").ShouldContain(DongjakEvidence);
        quietPage.ShouldContain("role=\"alert\" id=\"dormancy-alert\"");
        activePage.ShouldNotContain("id=\"dormancy-alert\"");
        activePage.ShouldContain("id=\"partnership-kpis\"");
        activePage.ShouldContain($"/Partnerships/{glendale.GetProperty("partnershipId").GetInt32()}/Performance");
    }

    [Fact]
    public async Task The_kpi_page_has_every_year_three_charts_with_labels_and_a_data_island()
    {
        var kpis = await Json("/api/local-governments/41570/kpis");
        var glendale = kpis.GetProperty("partnerships").EnumerateArray().Single(p => p.GetProperty("partnerNameEn").GetString() == "Glendale").GetProperty("partnershipId").GetInt32();

        var html = await Page($"/Partnerships/{glendale}/Performance", "41570");

        var table = Between(html, "id=\"kpi-table\"", "</table>");
        foreach (var year in new[] { "2023", "2024", "2025", "2026" })
        {
            table.ShouldContain($"data-year=\"{year}\"");
        }

        table.ShouldContain("54,500,000원");
        html.ShouldContain("data-kpi-chart=\"activities\"");
        html.ShouldContain("data-kpi-chart=\"budget\"");
        html.ShouldContain("data-kpi-chart=\"fields\"");
        html.ShouldContain("<script type=\"application/json\" id=\"kpi-chart-data\">");
        html.ShouldContain("/js/performance-charts.js");
        html.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task The_performance_page_offers_the_excel_download_and_links_each_ties_kpis()
    {
        var html = await Page("/Performance", "41570");

        html.ShouldContain("/Performance/Export?year=");
        html.ShouldContain("/Performance\">글렌데일시</a>");
        html.ShouldContain("휴면 의심");
    }

    private async Task<string> Page(string url, string government)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"gyoryu-government={government}");
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonElement> Json(string url) =>
        await app.CreateClient().GetFromJsonAsync<JsonElement>(url, GyoryuAppFactory.Json);

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        from.ShouldBeGreaterThanOrEqualTo(0, $"the page has no {start}");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..(to < 0 ? html.Length : to)];
    }
}
