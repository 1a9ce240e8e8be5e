using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

public static class Navigation
{
    /// <summary>
    /// Clicks a submit button and returns once the page that answers has loaded, whether the app redirects (saved) or
    /// answers the post itself (errors), so no assertion can read the page the form was on.
    /// </summary>
    public static async Task SubmitAsync(IPage page, ILocator submit)
    {
        await page.EvaluateAsync("() => { window.gyoryuBeforeSubmit = true; }");
        await submit.ClickAsync();
        await page.WaitForFunctionAsync("() => window.gyoryuBeforeSubmit === undefined && document.readyState === 'complete'");
    }
}
