using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/LocalGovernments/{code}: where an officer picks the government they work for.</summary>
public sealed class LocalGovernmentPage(IPage page)
{
    public static async Task<LocalGovernmentPage> OpenAsync(IPage page, string code)
    {
        await page.GotoAsync($"/LocalGovernments/{code}");
        return new LocalGovernmentPage(page);
    }

    /// <summary>Presses 이 기관으로 작업하기; the app remembers the choice in a cookie and shows its dashboard.</summary>
    public Task WorkAsThisGovernmentAsync() =>
        Navigation.SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "이 기관으로 작업하기" }));
}
