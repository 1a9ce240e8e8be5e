using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/ (대시보드): counts, the 휴면 의심 list with evidence, this year's KPI table, the map.</summary>
public sealed partial class DashboardPage(IPage page)
{
    public ILocator DormantHeading => page.Locator("#dormant-heading");

    /// <summary>The flagged ties, one list item each (name link, status, evidence, hint).</summary>
    public ILocator DormantTies => page.Locator("#dormant-list > li");

    public ILocator KpiRows => page.Locator("#government-kpi-table tbody tr");

    public static async Task<DashboardPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        return new DashboardPage(page);
    }

    public ILocator DormantTie(string partnerName) => DormantTies.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = partnerName, Exact = true }) });

    public ILocator Evidence(string partnerName) => DormantTie(partnerName).Locator(".gy-dormant-evidence");

    /// <summary>Follows a flagged tie's link to its partnership page.</summary>
    public async Task<PerformanceDormancyAlert> OpenDormantTieAsync(string partnerName)
    {
        await Navigation.FollowAsync(DormantTie(partnerName).GetByRole(AriaRole.Link, new() { Name = partnerName, Exact = true }));
        await page.WaitForURLAsync(PartnershipUrl());
        return new PerformanceDormancyAlert(page);
    }

    /// <summary>Follows a tie's name in the KPI table to its KPI page.</summary>
    public async Task<PerformanceKpiPage> OpenKpisAsync(string partnerName)
    {
        await Navigation.FollowAsync(page.Locator("#government-kpi-table").GetByRole(AriaRole.Link, new() { Name = partnerName, Exact = true }));
        await page.WaitForURLAsync(KpiUrl());
        return new PerformanceKpiPage(page);
    }

    [GeneratedRegex(@"/Partnerships/\d+$")]
    private static partial Regex PartnershipUrl();

    [GeneratedRegex(@"/Partnerships/\d+/Performance$")]
    private static partial Regex KpiUrl();
}
