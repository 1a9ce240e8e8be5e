using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Partnerships: the filters, the table and the downloads.</summary>
public sealed class PartnershipListPage(IPage page)
{
    public ILocator Rows => page.Locator("#partnership-table tbody tr");

    public ILocator ResultCount => page.Locator("#result-count");

    public static async Task<PartnershipListPage> OpenAsync(IPage page, string query = "")
    {
        await page.GotoAsync("/Partnerships" + query);
        return new PartnershipListPage(page);
    }

    /// <summary>The country select submits the filter form on change.</summary>
    public async Task FilterByCountryAsync(string countryCode)
    {
        await page.SelectOptionAsync("#country", countryCode);
        await page.WaitForURLAsync(new Regex($"[?&]country={countryCode}(&|$)"));
    }

    public async Task<PartnershipDetailsPage> OpenPartnershipAsync(string partnerName)
    {
        await Navigation.FollowAsync(page.Locator("#partnership-table").GetByRole(AriaRole.Link, new() { Name = partnerName, Exact = true }));
        await page.WaitForURLAsync(new Regex(@"/Partnerships/\d+$"));
        return new PartnershipDetailsPage(page);
    }

    /// <summary>Clicks 엑셀 내려받기 and saves the file; returns its path.</summary>
    public Task<string> DownloadExcelAsync(string folder) => DownloadAsync("#export-xlsx", folder);

    private async Task<string> DownloadAsync(string button, string folder)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(button));
        var path = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
