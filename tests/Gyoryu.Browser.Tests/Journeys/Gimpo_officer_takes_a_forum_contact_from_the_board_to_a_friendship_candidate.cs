using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// 김포시, the waterway city, met Amsterdam's canal-city officials at a forum; no one has registered that tie yet.
public sealed class Gimpo_officer_takes_a_forum_contact_from_the_board_to_a_friendship_candidate(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Adding_from_the_board_and_taking_forward_lands_on_a_partnership_at_the_candidate_stage()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var board = await CandidateBoardPage.OpenAsync(page);
            await Expect(board.Owner).ToHaveTextAsync("김포시");

            await board.FindPlaceAsync("Amsterdam");
            await board.ChoosePlaceAsync("Amsterdam", "네덜란드");
            await board.ChooseSourceAsync("포럼·회의");
            await board.TickPreferredFieldAsync("관광");
            await board.WriteNotesAsync("세계 운하도시 포럼에서 수로 관광 교류를 제안받음");
            await board.AddAsync();

            await Expect(board.StatusMessage).ToContainTextAsync("후보 목록에 추가했습니다.");
            var card = board.Candidate("Amsterdam");
            await Expect(card).ToHaveCountAsync(1);
            await Expect(card.Locator(".gy-candidate-source")).ToHaveTextAsync("포럼·회의");
            await Expect(card.Locator(".gy-candidate-fields")).ToHaveTextAsync("관광");
            await BrowserFixture.SaveScreenshotAsync(page, "candidate-board", fullPage: true);

            var partnership = await board.TakeForwardAsync("Amsterdam", "우호교류");

            await Expect(partnership.Status).ToHaveTextAsync("후보");
            await Expect(partnership.Type).ToHaveTextAsync("우호교류");
            await Expect(partnership.PartnerName).ToContainTextAsync("Amsterdam");
            await Expect(partnership.TimelineTitles).ToHaveTextAsync(["후보 등록"]);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
