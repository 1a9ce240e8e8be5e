using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Demo data, as 김포시 (the default): 동작구 last came on 2023-05-20 (평화누리길 걷기), more than three years ago;
// 글렌데일시 has youth exchanges every year from 2023 to 2026.
public sealed class A_tie_with_no_activity_for_three_years_shows_as_dormant(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    private const string DongjakEvidence = "마지막 교류 활동 2023-05-20 (동작구 주민 평화누리길 걷기 초청) 이후";

    [Fact]
    public async Task The_dashboard_lists_it_with_evidence_and_its_page_warns_while_an_active_tie_stays_quiet()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var dashboard = await DashboardPage.OpenAsync(page);
            await Expect(dashboard.DormantHeading).ToHaveTextAsync("휴면 의심 교류");
            await Expect(dashboard.Evidence("동작구")).ToContainTextAsync(DongjakEvidence);
            await Expect(dashboard.Evidence("동작구")).ToContainTextAsync("(기준 24개월)");
            await Expect(dashboard.DormantTie("동작구")).ToContainTextAsync("휴면 지정은 교류 관계 페이지의 다음 단계에서 할 수 있습니다.");
            await Expect(dashboard.DormantTie("글렌데일시")).ToHaveCountAsync(0);
            await BrowserFixture.SaveScreenshotAsync(page, "dormancy-dashboard", fullPage: true);

            var quiet = await dashboard.OpenDormantTieAsync("동작구");
            await Expect(quiet.Alert).ToBeVisibleAsync();
            await Expect(quiet.Alert).ToHaveAttributeAsync("role", "alert");
            await Expect(quiet.Evidence).ToContainTextAsync(DongjakEvidence);
            await Expect(page.Locator("#step-MarkDormant")).ToBeVisibleAsync();

            dashboard = await DashboardPage.OpenAsync(page);
            var kpis = await dashboard.OpenKpisAsync("글렌데일시");
            await Expect(kpis.YearRows).ToHaveCountAsync(4);
            await Expect(kpis.Row(2025)).ToContainTextAsync("우리 1 : 상대 0");
            await Expect(kpis.Row(2025)).ToContainTextAsync("54,500,000원");
            await Expect(kpis.DrawnChart("activities")).ToHaveCountAsync(1);
            await Expect(kpis.DrawnChart("budget")).ToHaveCountAsync(1);
            await Expect(kpis.DrawnChart("fields")).ToHaveCountAsync(1);
            await Expect(new PerformanceDormancyAlert(page).Alert).ToHaveCountAsync(0);
            await BrowserFixture.SaveScreenshotAsync(page, "kpi-charts", fullPage: true);

            await Navigation.FollowAsync(kpis.PartnershipLink);
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Partnerships/\d+$"));
            await Expect(page.Locator("#partnership-kpis")).ToBeVisibleAsync();
            await Expect(new PerformanceDormancyAlert(page).Alert).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
