using System.Text.Json;
using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Discovery/Import (교류망 가져오기): the upload form, the running job's progress, the report and the past imports.</summary>
public sealed class TwinImportPage(IPage page)
{
    public ILocator Heading => page.Locator("h1");

    public ILocator FileInput => page.Locator("#import-form").GetByLabel("CSV 파일");

    public ILocator UploadButton => page.Locator("#import-form").GetByRole(AriaRole.Button, new() { Name = "가져오기 시작" });

    /// <summary>The running job's section (progress bar and aria-live status); gone once the job has ended.</summary>
    public ILocator Job => page.Locator("#import-job");

    public ILocator Progress => page.Locator("#import-progress");

    public ILocator Status => page.Locator("#import-status");

    public ILocator Report => page.Locator("#import-report");

    public ILocator ReportTitle => page.Locator("#import-report-title");

    /// <summary>The notice a re-import of a file already imported shows above the first import's counts.</summary>
    public ILocator AlreadyImported => page.Locator("#import-already");

    /// <summary>The alert of a malformed file, with one item per error (data-line).</summary>
    public ILocator Errors => page.Locator("#import-errors");

    public ILocator ErrorItems => Errors.Locator("li");

    public ILocator UnmatchedRows => page.Locator("#unmatched-table tbody tr");

    public ILocator PastImports => page.Locator("#imports-table tbody tr");

    public ILocator FileError => page.Locator("#import-file-error");

    public static async Task<TwinImportPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/Discovery/Import");
        return new TwinImportPage(page);
    }

    /// <summary>One number of the report (rows, links-added, links-known, places-created, unmatched).</summary>
    public ILocator Count(string name) => page.Locator($"#import-counts dd[data-count=\"{name}\"]");

    /// <summary>The cells of one unmatched row: 줄, 열, 이름, 국가, 이유.</summary>
    public static ILocator CellsOf(ILocator row) => row.Locator("td, th");

    /// <summary>Chooses a CSV file as an officer does in the file dialog, then presses 가져오기 시작 and waits for the page that answers.</summary>
    public async Task UploadAsync(string fileName, byte[] content)
    {
        await FileInput.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = content });
        await Navigation.SubmitAsync(page, UploadButton);
    }

    /// <summary>
    /// Waits, without sleeping, until the job has ended: its script polls the status and reloads the page, which then shows the report
    /// in place of the progress bar. A small file may already be done when the redirect after the upload is answered.
    /// </summary>
    public async Task WaitForReportAsync()
    {
        try
        {
            await Report.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        }
        catch (TimeoutException e)
        {
            var main = await page.Locator("main").InnerTextAsync();
            var status = page.Url.Contains("job=", StringComparison.Ordinal) ? (await JobStatusAsync()).ToString() : "no job";
            throw new TimeoutException($"No import report: url={page.Url} status={status}\n{main}", e);
        }

        await Job.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    /// <summary>The job id in the address the upload redirected to (?job=...).</summary>
    public string JobId =>
        System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["job"]
        ?? throw new InvalidOperationException($"No job in {page.Url}.");

    /// <summary>The JSON status the page's script polls for this job: state, stateText, stage, stageText, percent.</summary>
    public async Task<JsonElement> JobStatusAsync()
    {
        var response = await page.APIRequest.GetAsync($"/api/discovery/twin-imports/jobs/{JobId}?unmatched=0");
        if (!response.Ok)
        {
            throw new InvalidOperationException($"The job status answered {response.Status}.");
        }

        return (await response.JsonAsync())!.Value;
    }
}
