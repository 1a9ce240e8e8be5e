using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/public and /public/{code}: the citizens' guide to a government's partner cities, read without signing in.</summary>
public sealed class PublicPartnersPage(IPage page)
{
    public IPage Page => page;

    public ILocator Title => page.Locator("#public-title");

    public ILocator Count => page.Locator("#public-count");

    public ILocator Map => page.Locator("[data-partner-map]");

    public ILocator PartnerResidentsBenefits => page.Locator("#partner-residents");

    public ILocator PartnerCards => page.Locator("#partners article");

    public ILocator OfficerMenu => page.Locator(".gy-main-menu, #government-switch");

    public static async Task<PublicPartnersPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/public");
        return new PublicPartnersPage(page);
    }

    public ILocator Partner(string name) => page.Locator("#partners article").Filter(new() { Has = page.Locator("h3", new() { HasTextString = name }) });

    /// <summary>Types into the search box and presses Enter there, as a keyboard user does.</summary>
    public async Task SearchAsync(string text)
    {
        var box = page.Locator("#public-q");
        await box.FocusAsync();
        await box.FillAsync(text);
        await page.EvaluateAsync("() => { window.gyoryuBeforeSubmit = true; }");
        await box.PressAsync("Enter");
        await Navigation.WaitForAnsweringPageAsync(page);
    }

    public Task ChooseGovernmentAsync(string name) => Navigation.FollowAsync(page.Locator(".gy-public-governments a", new() { HasTextString = name }));

    /// <summary>Follows a link of the page's table of contents from the keyboard.</summary>
    public Task JumpToAsync(string linkText) => Navigation.FollowAsync(page.Locator(".gy-public-toc a", new() { HasTextString = linkText }));
}
