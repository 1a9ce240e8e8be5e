using System.Text.RegularExpressions;
using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// 김포시 looks for a waterway city abroad to befriend: 후보 도시 추천 ranks them, and the officer keeps one on the board.
public sealed partial class Gimpo_officer_adds_a_recommended_partner_abroad_to_the_candidate_board(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    // Hangul in it and no line break.
    private const string KoreanLine = @"^[^\n]*[가-힣][^\n]*$";

    private static readonly string[] Components = ["similarity", "complementarity", "economic", "network"];

    [Fact]
    public async Task Filtering_abroad_reading_the_reason_and_adding_one_puts_it_on_the_board_with_that_reason()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var recommendations = await RecommendationsPage.OpenAsync(page);
            await Expect(recommendations.Heading).ToHaveTextAsync("후보 도시 추천");
            await Expect(recommendations.ResultsHeading).ToContainTextAsync("김포시");

            await recommendations.ChooseScopeAsync("해외");
            await recommendations.ApplyAsync();

            await Expect(page).ToHaveURLAsync(ScopeInternational());
            await Expect(recommendations.Scope("해외")).ToBeCheckedAsync();
            (await recommendations.Results.CountAsync()).ShouldBeGreaterThan(0);
            var countries = await recommendations.CountryCodesAsync();
            countries.ShouldAllBe(code => code.Length == 2 && code != "KR");
            await Expect(recommendations.Results.Locator(".gy-rec-facts dd").Filter(new() { HasText = "대한민국" })).ToHaveCountAsync(0);

            // The officer reads why the top result is there: one Korean line, and four scored components beside their bars.
            var first = recommendations.Results.First;
            var reason = (await RecommendationsPage.ReasonOf(first).InnerTextAsync()).Trim();
            reason.ShouldMatch(KoreanLine);
            await Expect(RecommendationsPage.BreakdownOf(first)).ToHaveCountAsync(Components.Length + 1);
            foreach (var component in Components)
            {
                var value = RecommendationsPage.ComponentValue(first, component);
                await Expect(value).ToHaveTextAsync(Score());
                await Expect(RecommendationsPage.ComponentBar(first, component)).ToHaveAttributeAsync("value", (await value.InnerTextAsync()).Trim());
            }

            // The penalty row's bar shows the penalty printed beside it (a minus sign when there is one).
            var penalty = RecommendationsPage.ComponentValue(first, "concentration");
            await Expect(penalty).ToHaveTextAsync(Penalty());
            await Expect(RecommendationsPage.ComponentBar(first, "concentration"))
                .ToHaveAttributeAsync("value", (await penalty.InnerTextAsync()).Trim().TrimStart('−'));

            await BrowserFixture.SaveScreenshotAsync(page, "recommendations", fullPage: true);

            // Keyboard-usable and well-formed: the add control is a real submit button in a POST form; no id is used twice.
            (await recommendations.DuplicateIdsAsync()).ShouldBeEmpty();
            var chosen = recommendations.FirstNotOnBoard;
            var placeKey = await RecommendationsPage.PlaceKeyOfAsync(chosen);
            (await RecommendationsPage.CountryCodeOfAsync(chosen)).ShouldNotBe("KR");
            var chosenReason = (await RecommendationsPage.ReasonOf(chosen).InnerTextAsync()).Trim();
            chosenReason.ShouldMatch(KoreanLine);
            (await RecommendationsPage.AddButtonShapeAsync(chosen)).ShouldBe("button type=submit form=post");

            await recommendations.AddWithKeyboardAsync(chosen);

            await Expect(recommendations.StatusMessage).ToContainTextAsync("후보 목록에 추가했습니다.");
            await Expect(page).ToHaveURLAsync(ScopeInternational());
            var added = recommendations.Result(placeKey);
            await Expect(RecommendationsPage.OnBoardBadgeOf(added)).ToHaveTextAsync("후보 목록에 있음");
            await Expect(RecommendationsPage.AddButtonOf(added)).ToHaveCountAsync(0);
            (await recommendations.DuplicateIdsAsync()).ShouldBeEmpty();

            var board = await CandidateBoardPage.OpenAsync(page);
            var card = board.CandidateFor(placeKey);
            await Expect(card).ToHaveCountAsync(1);
            await Expect(card.Locator(".gy-candidate-source")).ToHaveTextAsync("추천 결과");
            await Expect(CandidateBoardPage.ReasonOf(card)).ToContainTextAsync(chosenReason);
            await BrowserFixture.SaveScreenshotAsync(page, "candidate-board-after-recommendation", fullPage: true);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [GeneratedRegex(@"/Discovery/Recommendations\?.*scope=international")]
    private static partial Regex ScopeInternational();

    [GeneratedRegex(@"^\d\.\d{3}$")]
    private static partial Regex Score();

    [GeneratedRegex(@"^−?\d\.\d{3}$")]
    private static partial Regex Penalty();
}
