using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// No demo data: 울릉군 is not registered yet, so the officer starts from nothing but the reference tables.
public sealed class Gimpo_officer_takes_Ulleung_from_candidate_to_sister_city(AppServerWithoutDemoData app, BrowserFixture browser)
    : IClassFixture<AppServerWithoutDemoData>, IClassFixture<BrowserFixture>
{
    private const string Ulleung = "47940";

    [Fact]
    public async Task Candidate_meeting_council_approval_and_signing_end_in_an_active_sister_city()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var create = await CreatePartnershipPage.OpenAsync(page);
            await Expect(create.Owner).ToHaveTextAsync("김포시");
            await create.ChooseDomesticAsync();
            await create.ChoosePartnerGovernmentAsync(Ulleung);
            await create.ChooseTypeAsync("SisterCity");
            await create.TickFieldAsync("Tourism");
            await create.WriteMotiveAsync("국내 자매결연 확대: 시민이 체감하는 대외협력");
            await BrowserFixture.SaveScreenshotAsync(page, "create-partnership", fullPage: true);
            var details = await create.RegisterAsync();

            await Expect(details.PartnerName).ToHaveTextAsync("울릉군");
            await Expect(details.Status).ToHaveTextAsync("후보");
            await Expect(details.Type).ToHaveTextAsync("자매결연");

            await details.RecordWorkingMeetingAsync(heldOn: null, place: "김포시청", attendees: "김포시 자치행정과, 울릉군 관계 공무원");
            await Expect(details.Status).ToHaveTextAsync("실무협의");

            await details.RecordCouncilApprovalAsync("SisterCity", resolutionNumber: "제2024-17호");
            await Expect(details.Status).ToHaveTextAsync("의회 의결");

            await details.SignAgreementAsync("SisterCity", place: "김포시청");
            await Expect(details.Status).ToHaveTextAsync("협약 체결(교류 중)");
            await Expect(details.Type).ToHaveTextAsync("자매결연");
            await Expect(details.TimelineTitles).ToHaveTextAsync(["협약 체결", "의회 의결", "실무협의", "후보 등록"]);

            await BrowserFixture.SaveScreenshotAsync(page, "partnership-details", fullPage: true);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
