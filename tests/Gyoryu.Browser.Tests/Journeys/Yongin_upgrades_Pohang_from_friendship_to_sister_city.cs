using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Demo data: 용인특례시 and 포항시 signed a friendship agreement on 2024-05-14, meant as the step before sister cities.
public sealed class Yongin_upgrades_Pohang_from_friendship_to_sister_city(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    private const string CouncilApprovalNeeded = "자매결연 격상에는 의회 의결이 필요합니다. 의회 의결을 먼저 기록하세요.";

    [Fact]
    public async Task The_upgrade_is_refused_without_council_approval_and_done_with_it()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl, signInAs: "yongin.officer");
        try
        {
            var list = await PartnershipListPage.OpenAsync(page);
            var pohang = await list.OpenPartnershipAsync("포항시");
            await Expect(pohang.Type).ToHaveTextAsync("우호교류");
            await Expect(pohang.Status).ToHaveTextAsync("협약 체결(교류 중)");
            await Expect(pohang.SignedOn).ToContainTextAsync("2024년 5월 14일");

            // Without a council resolution the page does not offer the upgrade; a post made anyway is refused.
            await Expect(pohang.Step("UpgradeToSisterCity")).ToHaveCountAsync(0);
            await Expect(page.Locator("#upgrade-hint")).ToContainTextAsync("의회 의결을 기록하세요");
            await pohang.PostStepNotOfferedAsync("UpgradeToSisterCity", new Dictionary<string, string>
            {
                ["UpgradeToSisterCity.UpgradedOn"] = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            });
            // Read now, asserted at the end, so a missing message does not hide whether the rest of the journey works.
            var refusalShown = await page.GetByText(CouncilApprovalNeeded).IsVisibleAsync();
            await Expect(pohang.Type).ToHaveTextAsync("우호교류");
            await Expect(pohang.Status).ToHaveTextAsync("협약 체결(교류 중)");
            await Expect(pohang.UpgradedOn).ToHaveCountAsync(0);

            await PartnershipDetailsPage.OpenAsync(page, pohang.Id);
            await pohang.RecordCouncilApprovalAsync("SisterCity");
            await Expect(pohang.TimelineTitles.First).ToHaveTextAsync("의회 의결");
            await Expect(pohang.Type).ToHaveTextAsync("우호교류");

            await pohang.UpgradeToSisterCityAsync();
            await Expect(pohang.Type).ToHaveTextAsync("자매결연");
            await Expect(pohang.Status).ToHaveTextAsync("협약 체결(교류 중)");
            await Expect(pohang.UpgradedOn).ToBeVisibleAsync();
            await Expect(pohang.TimelineTitles.First).ToHaveTextAsync("자매결연 격상");

            await BrowserFixture.SaveScreenshotAsync(page, "upgrade", fullPage: true);

            refusalShown.ShouldBeTrue($"the refused upgrade should say \"{CouncilApprovalNeeded}\" on the page it answers with");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
