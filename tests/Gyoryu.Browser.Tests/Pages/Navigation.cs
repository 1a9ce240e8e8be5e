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

    /// <summary>Follows a link as a keyboard user does (focus, Enter), for the same reason as <see cref="SubmitAsync"/>.</summary>
    public static async Task FollowAsync(ILocator link)
    {
        await link.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await link.PressAsync("Enter");
    }

    /// <summary>Opens a &lt;details&gt; by its summary from the keyboard, and waits until it is open; an open one is left as it is.</summary>
    public static async Task OpenDetailsAsync(ILocator details)
    {
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").First.PressAsync("Enter");
        }

        await Microsoft.Playwright.Assertions.Expect(details).ToHaveAttributeAsync("open", "");
    }

    /// <summary>
    /// Ticks a radio button or checkbox as a keyboard user does (focus, Space), then waits until it is checked. KRDS's header
    /// changes its height as the page scrolls, so a click aimed where the input was before scrolling into view can land on the
    /// label beside it and change nothing.
    /// </summary>
    public static async Task TickAsync(ILocator input)
    {
        await input.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        if (!await input.IsCheckedAsync())
        {
            await input.FocusAsync();
            await input.PressAsync(" ");
        }

        await Microsoft.Playwright.Assertions.Expect(input).ToBeCheckedAsync();
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
