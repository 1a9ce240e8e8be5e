using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Partnerships/{id}/Evaluations/{year}: the year's evaluation with its KPI evidence and feedback, and its printable report.</summary>
public sealed class EvaluationPage(IPage page)
{
    public IPage Page => page;

    public ILocator State => page.Locator("#evaluation-state");

    public ILocator FeedbackCount => page.Locator("#feedback-count");

    public ILocator FeedbackAverage => page.Locator("#feedback-average");

    public ILocator FeedbackComments => page.Locator("#feedback-comments li");

    public ILocator Points => page.Locator("#evaluation-points");

    public ILocator Grade => page.Locator("#evaluation-grade");

    public ILocator Criteria => page.Locator(".gy-criterion");

    public ILocator CheckedRecommendation => page.Locator("#recommendation input:checked");

    public static async Task<EvaluationPage> OpenAsync(IPage page, int partnershipId, int year)
    {
        await page.GotoAsync($"/Partnerships/{partnershipId}/Evaluations/{year}");
        return new EvaluationPage(page);
    }

    /// <summary>The criterion fieldset whose legend starts with <paramref name="name"/>.</summary>
    public ILocator Criterion(string name) => page.Locator(".gy-criterion").Filter(new() { Has = page.Locator("legend", new() { HasTextString = name }) });

    public ILocator Evidence(string criterion) => Criterion(criterion).Locator(".gy-evidence-text");

    public Task ScoreAsync(string criterion, int score) => Navigation.TickAsync(Criterion(criterion).Locator($"input[type=radio][value='{score}']"));

    public Task SaveAsync() => Navigation.SubmitAsync(page, page.Locator("#save-evaluation"));

    public async Task<EvaluationReportPage> OpenReportAsync()
    {
        await Navigation.FollowAsync(page.Locator("#open-report"));
        await page.WaitForURLAsync("**/Report");
        return new EvaluationReportPage(page);
    }
}

/// <summary>/Partnerships/{id}/Evaluations/{year}/Report: the A4 report.</summary>
public sealed class EvaluationReportPage(IPage page)
{
    public IPage Page => page;

    public ILocator Title => page.Locator("#report-title");

    public ILocator Points => page.Locator("#report-points");

    public ILocator Grade => page.Locator("#report-grade");

    public ILocator Recommendation => page.Locator("#report-recommendation");

    public ILocator FeedbackSummary => page.Locator("#report-feedback-summary");

    public ILocator Comments => page.Locator("#report-comments li");

    public ILocator PrintButton => page.Locator("#print-report");

    public ILocator Navigation => page.Locator("#krds-header");
}
