using System.Text.RegularExpressions;
using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Demo data, as 김포시 with its own app: the journey opens a feedback link on 글렌데일시, a citizen answers it, and the year's evaluation is saved and printed.
public sealed partial class Feedback_arrives_through_the_public_link_and_the_yearly_evaluation_is_printed(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    // The app's minimum fill time (Gyoryu:Feedback:MinimumFillSeconds, 2 s by default) and a little more.
    private static readonly TimeSpan FillTime = TimeSpan.FromSeconds(2.5);

    [Fact]
    public async Task A_citizen_answers_through_the_public_link_and_the_officer_evaluates_the_year_and_prints_the_report()
    {
        var year = DateTime.UtcNow.AddHours(9).Year;
        var officer = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        var citizen = await browser.NewPageAsync(baseUrl: app.BaseUrl, signInAs: null);
        try
        {
            // 1. The officer opens a feedback link on the 글렌데일시 partnership page and reads its public address.
            var list = await PartnershipListPage.OpenAsync(officer);
            var details = await list.OpenPartnershipAsync("글렌데일시");
            var partnershipId = details.Id;
            await Navigation.OpenDetailsAsync(officer.Locator("#open-feedback-link"));
            await officer.Locator("#link-title").FillAsync($"{year} 김포–글렌데일 청소년 홈스테이 소감");
            await Navigation.SubmitAsync(officer, officer.Locator("#open-link"));
            await Expect(officer).ToHaveURLAsync(new Regex($"/Partnerships/{partnershipId}#evaluations$"));
            var link = officer.Locator("#feedback-links li").First;
            await Expect(link.Locator(".gy-link-responses")).ToHaveTextAsync("응답 0건");
            var url = await link.Locator(".gy-feedback-url").InputValueAsync();
            url.ShouldStartWith($"{app.BaseUrl}/feedback/");
            await officer.Locator("#evaluations").ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveScreenshotAsync(officer, "partnership-evaluations");

            // 2. A citizen, in a browser with no cookies of the app, answers: first without a score, then with 5 and a comment.
            var form = await FeedbackFormPage.OpenAsync(citizen, url);
            var opened = DateTime.UtcNow;
            await Expect(form.About).ToHaveTextAsync("김포시 · 글렌데일시");
            await form.WriteCommentAsync("홈스테이 가정이 정말 친절했어요");
            await form.SendAsync();
            await Expect(form.SatisfactionError).ToHaveTextAsync("만족도를 골라 주세요.");
            await Expect(citizen.Locator("#feedback-comment")).ToHaveValueAsync("홈스테이 가정이 정말 친절했어요");
            await BrowserFixture.SaveScreenshotAsync(citizen, "feedback-form-missing-score", fullPage: true);

            await form.ChooseSatisfactionAsync(5);
            await form.ChooseRoleAsync("Participant");
            var wait = FillTime - (DateTime.UtcNow - opened);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            await form.SendAsync();
            await Expect(form.Thanks).ToHaveTextAsync("의견을 보내 주셔서 감사합니다.");

            // 3. The officer opens this year's evaluation and finds the answer in the evidence.
            var evaluation = await EvaluationPage.OpenAsync(officer, partnershipId, year);
            await Expect(evaluation.FeedbackCount).ToHaveTextAsync("1");
            await Expect(evaluation.FeedbackAverage).ToHaveTextAsync("5.0");
            await Expect(evaluation.FeedbackComments).ToContainTextAsync(["홈스테이 가정이 정말 친절했어요"]);
            await Expect(evaluation.Evidence("참여자 만족도")).ToHaveTextAsync("만족도 평균 5.0점 (응답 1건)");
            await Expect(evaluation.Criterion("참여자 만족도").Locator("input:checked")).ToHaveValueAsync("5");

            // Every other criterion gets 4: (90 × 4 + 10 × 5) / 100 = 4.1 → 77.5 points → A → 강화, previewed before saving.
            foreach (var criterion in new[] { "교류 활성도", "상호 방문 균형", "시민 참여", "경제 성과", "예산 효율", "분야 다양성" })
            {
                await evaluation.ScoreAsync(criterion, 4);
            }

            await Expect(evaluation.Points).ToHaveTextAsync("77.5");
            await Expect(evaluation.Grade).ToHaveTextAsync("A (우수)");
            await evaluation.SaveAsync();
            await Expect(evaluation.State).ToContainTextAsync("평가 완료");
            await Expect(evaluation.Points).ToHaveTextAsync("77.5");
            await Expect(evaluation.Grade).ToHaveTextAsync("A (우수)");
            await Expect(evaluation.CheckedRecommendation).ToHaveValueAsync("Strengthen");
            await BrowserFixture.SaveScreenshotAsync(officer, "evaluation-year", fullPage: true);

            // 4. The report: numbers, the comment, and a print layout without the menu that fits on at most two A4 pages.
            var report = await evaluation.OpenReportAsync();
            await Expect(report.Title).ToHaveTextAsync($"김포시 – 글렌데일시 {year}년 교류 성과평가 결과");
            await Expect(report.Points).ToHaveTextAsync("77.5 / 100");
            await Expect(report.Grade).ToHaveTextAsync("A (우수)");
            await Expect(report.Recommendation).ToHaveTextAsync("강화");
            await Expect(report.Comments).ToContainTextAsync(["홈스테이 가정이 정말 친절했어요"]);
            await Expect(report.Navigation).ToBeVisibleAsync();

            await officer.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Expect(report.Navigation).ToBeHiddenAsync();
            await Expect(report.PrintButton).ToBeHiddenAsync();
            await Expect(report.Title).ToBeVisibleAsync();
            var pdfPath = BrowserFixture.ScreenshotPath("evaluation-report.pdf");
            var pdf = await officer.PdfAsync(new PagePdfOptions { Format = "A4", Path = pdfPath, PreferCSSPageSize = true });
            var pages = PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
            pages.ShouldBeInRange(1, 2);
            await BrowserFixture.SaveScreenshotAsync(officer, "evaluation-report-print", fullPage: true);
        }
        finally
        {
            await citizen.Context.CloseAsync();
            await officer.Context.CloseAsync();
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
