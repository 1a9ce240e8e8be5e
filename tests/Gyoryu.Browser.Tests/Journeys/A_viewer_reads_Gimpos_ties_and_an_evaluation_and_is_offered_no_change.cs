using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Demo data, as 김포시's viewer (열람자): a manager who reads the ties and the evaluations but records nothing.
public sealed class A_viewer_reads_Gimpos_ties_and_an_evaluation_and_is_offered_no_change(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_pages_read_as_for_an_officer_without_buttons_the_evaluation_is_shown_disabled_and_an_edit_address_is_refused()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl, signInAs: "gimpo.viewer");
        try
        {
            await DashboardPage.OpenAsync(page);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "새 교류 등록" })).ToHaveCountAsync(0);

            var glendale = await (await PartnershipListPage.OpenAsync(page)).OpenPartnershipAsync("글렌데일시");
            await Expect(glendale.PartnerName).ToHaveTextAsync("글렌데일시");
            await Expect(glendale.TimelineTitles.First).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "정보 수정" })).ToHaveCountAsync(0);
            await Expect(page.Locator("#steps")).ToHaveCountAsync(0);
            await Expect(page.Locator("#document-form")).ToHaveCountAsync(0);
            // Only the header's own forms post: the language switch and signing out.
            await Expect(page.Locator("form[method=post]:not(.gy-language):not(.gy-sign-out)")).ToHaveCountAsync(0);

            var evaluation = await EvaluationPage.OpenAsync(page, glendale.Id, 2025);
            await Expect(evaluation.Criteria.First).ToBeVisibleAsync();
            await Expect(page.Locator("#evaluation-form .gy-read-only-note")).ToHaveTextAsync("열람자는 볼 수만 있고 고칠 수 없습니다.");
            await Expect(evaluation.Criteria.First.Locator("input[type=radio]").First).ToBeDisabledAsync();
            await Expect(page.Locator("#save-evaluation")).ToBeHiddenAsync();
            await BrowserFixture.SaveScreenshotAsync(page, "viewer-evaluation", fullPage: true);

            var refused = await page.GotoAsync($"/Partnerships/Edit/{glendale.Id}");
            refused!.Status.ShouldBe(403);
            await Expect(page.Locator("h1")).ToContainTextAsync("권한이 없습니다");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
