using System.Text.Json;
using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Demo data, as 김포시 (the default). The app sends script-src 'self' and style-src 'self' with no 'unsafe-inline':
// anything inline that a page, KRDS, Leaflet or chart.js relied on would be refused and reported here.
public sealed class Main_pages_run_under_the_strict_content_security_policy(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    // Recorded from the first script of every document, before any page script can run.
    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
        """;

    [Fact]
    public async Task Dashboard_lists_calendar_charts_maps_and_government_pages_report_no_violation_and_still_draw()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        var reported = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                reported.Add($"{page.Url}: {message.Text}");
            }
        };
        await page.AddInitScriptAsync(ViolationRecorder);
        try
        {
            var glendale = await PartnershipIdAsync(page, "Glendale");

            await OpenAsync(page, "/", reported);
            var dashboardMap = page.Locator("[data-partner-map]");
            await Expect(dashboardMap).ToHaveAttributeAsync("data-map-ready", "true");
            await Expect(dashboardMap.Locator(".leaflet-interactive").First).ToBeVisibleAsync();
            // A marker's popup is built by Leaflet at run time (positioned through element.style, which the CSP allows).
            await dashboardMap.Locator(".leaflet-marker-icon").First.PressAsync("Enter");
            await Expect(dashboardMap.Locator(".leaflet-popup")).ToBeVisibleAsync();
            await page.Mouse.WheelAsync(0, 1200);
            await RecordedAsync(page, reported);

            await OpenAsync(page, "/Partnerships", reported);
            await Expect(page.Locator("#partnership-table tbody tr")).ToHaveCountAsync(7);

            await OpenAsync(page, $"/Partnerships/{glendale}", reported);
            await Expect(page.Locator("h1")).ToContainTextAsync("글렌데일");

            await OpenAsync(page, $"/Partnerships/{glendale}/Performance", reported);
            var kpis = new PerformanceKpiPage(page);
            await Expect(kpis.DrawnChart("activities")).ToHaveCountAsync(1);
            await Expect(kpis.DrawnChart("budget")).ToHaveCountAsync(1);
            await Expect(kpis.DrawnChart("fields")).ToHaveCountAsync(1);
            // chart.js sizes its canvases itself; a refused style would leave them 0 px high.
            (await page.Locator("canvas[data-kpi-chart='budget']").BoundingBoxAsync())!.Height.ShouldBeGreaterThan(50);
            await page.Locator("canvas[data-kpi-chart='activities']").HoverAsync();
            await RecordedAsync(page, reported);

            foreach (var url in new[]
            {
                $"/Partnerships/{glendale}/Evaluations", "/Partnerships/Create", "/Exchanges", "/Exchanges/Projects", "/Performance",
                "/Evaluations/Rubric", "/Discovery/Candidates", "/Discovery/Import", "/LocalGovernments", "/LocalGovernments/41570",
            })
            {
                await OpenAsync(page, url, reported);
            }

            await OpenAsync(page, "/Exchanges", reported);
            await Expect(page.Locator("main table, main .gy-calendar").First).ToBeVisibleAsync();

            await OpenAsync(page, "/Discovery/Recommendations?country=US", reported);
            var recommendationMap = page.Locator("[data-partner-map]");
            if (await recommendationMap.CountAsync() > 0)
            {
                await Expect(recommendationMap).ToHaveAttributeAsync("data-map-ready", "true");
            }

            await OpenAsync(page, "/swagger/index.html", reported);
            // The OpenAPI document is generated on its first request, which can take a while on a loaded runner.
            await Expect(page.Locator(".swagger-ui .info .title")).ToContainTextAsync("Gyoryu", new() { Timeout = 60_000 });
            await RecordedAsync(page, reported);

            reported.ShouldBeEmpty();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task OpenAsync(IPage page, string url, List<string> reported)
    {
        if (page.Url.StartsWith("http", StringComparison.Ordinal))
        {
            await RecordedAsync(page, reported);
        }

        var response = await page.GotoAsync(url);
        response!.Status.ShouldBe(200, url);
        (await response.HeaderValueAsync("content-security-policy")).ShouldNotBeNull(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static async Task RecordedAsync(IPage page, List<string> reported)
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
        reported.AddRange(violations.Select(v => $"{page.Url}: {v}"));
    }

    private static async Task<int> PartnershipIdAsync(IPage page, string partnerNameEn)
    {
        var response = await page.APIRequest.GetAsync("/api/local-governments/41570/partnerships?pageSize=100");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("items").EnumerateArray()
            .First(item => item.GetProperty("partnerNameEn").GetString()!.Contains(partnerNameEn, StringComparison.Ordinal))
            .GetProperty("id").GetInt32();
    }
}
