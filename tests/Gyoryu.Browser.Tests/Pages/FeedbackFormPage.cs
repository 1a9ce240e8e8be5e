using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/feedback/{token}: the public form a citizen answers without signing in.</summary>
public sealed class FeedbackFormPage(IPage page)
{
    public IPage Page => page;

    public ILocator About => page.Locator("#feedback-about");

    public ILocator Title => page.Locator("#feedback-title");

    public ILocator SatisfactionError => page.Locator("#satisfaction-error");

    public ILocator Thanks => page.Locator("#feedback-thanks");

    public static async Task<FeedbackFormPage> OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        return new FeedbackFormPage(page);
    }

    /// <summary>Chooses a satisfaction score by its label ("5점 · 매우 만족").</summary>
    public Task ChooseSatisfactionAsync(int score) => Navigation.TickAsync(page.Locator($"#satisfaction input[name='Form.Satisfaction'][value='{score}']"));

    public Task ChooseRoleAsync(string role) => Navigation.TickAsync(page.Locator($"#role input[value='{role}']"));

    public Task WriteCommentAsync(string comment) => page.Locator("#feedback-comment").FillAsync(comment);

    public Task SendAsync() => Navigation.SubmitAsync(page, page.Locator("#send-feedback"));
}
