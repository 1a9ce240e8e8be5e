using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Exchanges/Activities/{id}: facts, participants by kind, outcomes, attachments and links.</summary>
public sealed class ActivityDetailsPage(IPage page)
{
    public IPage Page => page;

    public int Id => int.Parse(page.Url.Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);

    public ILocator Title => page.Locator("#activity-title");

    public ILocator Kind => page.Locator("#activity-kind");

    public ILocator Planned => page.Locator("#activity-planned");

    public ILocator Direction => page.Locator("#activity-direction");

    public ILocator Period => page.Locator("#activity-period");

    public ILocator Place => page.Locator("#activity-place");

    public ILocator Cost => page.Locator("#activity-cost");

    public ILocator Partnership => page.Locator("#activity-partnership");

    /// <summary>The count of one kind of participant: "officials", "citizens", "students", "companies" or "people".</summary>
    public ILocator Participants(string kind) => page.Locator($"#participants-{kind}");

    /// <summary>An outcome: "agreements", "export-contracts", "export-amount", "visitors" or "note".</summary>
    public ILocator Outcome(string name) => page.Locator($"#outcome-{name}");
}
