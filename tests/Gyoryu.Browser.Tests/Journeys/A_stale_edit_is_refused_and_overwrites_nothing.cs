using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Two tabs of one officer open the same edit form; the second save carries a version that is no longer current.
public sealed class A_stale_edit_is_refused_and_overwrites_nothing(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_second_tab_gets_the_Korean_conflict_message_and_the_first_tabs_motive_stays()
    {
        var tabA = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var tabB = await tabA.Context.NewPageAsync();
            var glendale = await (await PartnershipListPage.OpenAsync(tabA)).OpenPartnershipAsync("글렌데일시");
            var id = glendale.Id;

            var editA = await EditPartnershipPage.OpenAsync(tabA, id);
            var editB = await EditPartnershipPage.OpenAsync(tabB, id);
            await Expect(editB.PageError).ToBeHiddenAsync();

            await editA.Motive.FillAsync("탭 A: 글렌데일 한인 사회와의 교육 교류 확대");
            await editA.SaveAsync();
            var details = new PartnershipDetailsPage(tabA);
            await Expect(details.Motive).ToHaveTextAsync("탭 A: 글렌데일 한인 사회와의 교육 교류 확대");

            await editB.Motive.FillAsync("탭 B: 덮어쓰면 안 되는 내용");
            await editB.SaveAsync();
            await Expect(editB.PageError).ToContainTextAsync("다른 사용자가 먼저 수정했습니다");
            await Expect(editB.PageError).ToContainTextAsync("아무것도 덮어쓰지 않았습니다");
            await Expect(editB.Motive).ToHaveValueAsync("탭 B: 덮어쓰면 안 되는 내용");
            await BrowserFixture.SaveScreenshotAsync(tabB, "stale-edit");

            await PartnershipDetailsPage.OpenAsync(tabB, id);
            await Expect(new PartnershipDetailsPage(tabB).Motive).ToHaveTextAsync("탭 A: 글렌데일 한인 사회와의 교육 교류 확대");
        }
        finally
        {
            await tabA.Context.CloseAsync();
        }
    }
}
