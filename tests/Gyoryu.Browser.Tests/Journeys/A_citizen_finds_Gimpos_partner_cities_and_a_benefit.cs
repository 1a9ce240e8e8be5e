using System.Text.RegularExpressions;
using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Demo data, in a browser with no cookies of the app: a citizen looks up 김포시 from the keyboard alone.
public sealed class A_citizen_finds_Gimpos_partner_cities_and_a_benefit(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_citizen_searches_for_Gimpo_opens_it_and_reads_a_partner_and_a_benefit_with_the_keyboard()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var guide = await PublicPartnersPage.OpenAsync(page);
            await Expect(guide.OfficerMenu).ToHaveCountAsync(0);

            await guide.SearchAsync("김포");
            await Expect(guide.Count).ToHaveTextAsync("교류 도시가 있는 지방자치단체 1곳");
            await guide.ChooseGovernmentAsync("김포시");

            await Expect(page).ToHaveURLAsync(new Regex("/public/41570$"));
            await Expect(guide.Title).ToHaveTextAsync("김포시의 교류 도시");
            await Expect(guide.OfficerMenu).ToHaveCountAsync(0);
            await Expect(guide.PartnerCards).ToHaveCountAsync(6);
            var gapyeong = guide.Partner("가평군");
            await Expect(gapyeong).ToContainTextAsync("자매결연");
            await Expect(gapyeong.Locator(".gy-festivals")).ToContainTextAsync("재즈페스티벌");
            await Expect(page.Locator("body")).Not.ToContainTextAsync("울릉군");

            await guide.JumpToAsync("교류 도시 주민 혜택");
            await Expect(page).ToHaveURLAsync(new Regex("#partner-residents$"));
            await Expect(guide.PartnerResidentsBenefits).ToContainTextAsync("김포아트빌리지 체험 프로그램 이용료 50% 감면");
            await Expect(guide.PartnerResidentsBenefits).ToContainTextAsync("글렌데일시 주민만");

            await Expect(guide.Map).ToHaveAttributeAsync("data-map-ready", "true");
            await Expect(guide.Map).ToHaveAttributeAsync("data-marker-count", "7");
            await BrowserFixture.SaveScreenshotAsync(page, "public-partners", fullPage: true);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
