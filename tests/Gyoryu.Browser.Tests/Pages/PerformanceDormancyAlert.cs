using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>The 휴면 의심 alert that Features/Performance puts at the top of a partnership's page (and its KPI page).</summary>
public sealed class PerformanceDormancyAlert(IPage page)
{
    public ILocator Alert => page.Locator("#dormancy-alert");

    public ILocator Evidence => page.Locator("#dormancy-evidence");
}
