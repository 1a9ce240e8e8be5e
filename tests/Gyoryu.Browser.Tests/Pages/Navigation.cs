using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

public static class Navigation
{
    private const string AnsweringPageReady = "() => window.gyoryuBeforeSubmit === undefined && document.readyState !== 'loading'";

    /// <summary>
    /// Presses a submit button as a keyboard user does (focus, Enter) and returns once the page that answers has been parsed,
    /// whether the app redirects (saved) or answers the post itself (errors), so no assertion can read the page the form was on.
    /// A mouse click lands on coordinates, and on a loaded runner a late layout shift once moved the button away from them:
    /// the click hit nothing and no form was sent.
    /// </summary>
    public static async Task SubmitAsync(IPage page, ILocator submit)
    {
        await submit.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.EvaluateAsync("() => { window.gyoryuBeforeSubmit = true; }");
        await submit.PressAsync("Enter");
        await WaitForAnsweringPageAsync(page);
    }

    /// <summary>
    /// Polls on a timer rather than on animation frames, which a busy headless browser may hold back; on a timeout says
    /// where the browser stood, so a failure in CI can be read without a trace.
    /// </summary>
    public static async Task WaitForAnsweringPageAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync(AnsweringPageReady, null, new PageWaitForFunctionOptions { PollingInterval = 100 });
        }
        catch (TimeoutException e)
        {
            var state = await page.EvaluateAsync<string>(
                "() => `readyState=${document.readyState} stillOnFormPage=${window.gyoryuBeforeSubmit === true} title=${document.title} alerts=${[...document.querySelectorAll('[role=alert]')].map(a => a.textContent.trim()).join(' | ')} focused=${document.activeElement?.outerHTML.slice(0, 120)}`");
            throw new TimeoutException($"No answering page after the submit: url={page.Url} {state}", e);
        }
    }
}
