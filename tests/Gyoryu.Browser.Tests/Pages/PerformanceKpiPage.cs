using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Partnerships/{id}/Performance: KPIs by year, three chart.js charts with table fallbacks.</summary>
public sealed class PerformanceKpiPage(IPage page)
{
    public ILocator YearRows => page.Locator("#kpi-table tbody tr");

    /// <summary>A chart ("activities", "budget", "fields") once performance-charts.js has drawn it.</summary>
    public ILocator DrawnChart(string name) => page.Locator($"canvas[data-kpi-chart='{name}'][data-chart-ready='true']");

    public ILocator Row(int year) => page.Locator($"#kpi-table tbody tr[data-year='{year}']");

    public ILocator PartnershipLink => page.Locator(".gy-breadcrumb a").Nth(1);
}
