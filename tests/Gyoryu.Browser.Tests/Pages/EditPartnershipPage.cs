using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Partnerships/Edit/{id}: fields, motive, history; carries the version the officer saw.</summary>
public sealed class EditPartnershipPage(IPage page)
{
    public IPage Page => page;

    public ILocator Motive => page.Locator("[name='Form.Motive']");

    /// <summary>The page-level error (a stale save is refused here).</summary>
    public ILocator PageError => page.Locator("#page-error");

    public static async Task<EditPartnershipPage> OpenAsync(IPage page, int id)
    {
        await page.GotoAsync($"/Partnerships/Edit/{id}");
        return new EditPartnershipPage(page);
    }

    /// <summary>Presses 저장 and waits for the answer: the details page, or this form again with its errors.</summary>
    public Task SaveAsync() =>
        Navigation.SubmitAsync(page, page.Locator("form.gy-form button[type=submit]"));
}
