using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Import;

public sealed class IndexModel(GyoryuDbContext db, TwinImportJobs jobs, CurrentOfficer officer) : PageModel
{
    /// <summary>How many unmatched rows or errors the page lists; the CSV download has them all.</summary>
    public const int Shown = 200;

    [BindProperty(SupportsGet = true, Name = "job")]
    public string? JobId { get; set; }

    [BindProperty(SupportsGet = true, Name = "import")]
    public int? ImportId { get; set; }

    public TwinImportJob? Job { get; private set; }

    public TwinImportJob? OtherRunning { get; private set; }

    public TwinImportReport? Report { get; private set; }

    /// <summary>Whether the job was still running when this request looked; the view shows its progress, the script reloads when it ends.</summary>
    public bool JobRunning { get; private set; }

    public IReadOnlyList<TwinImportItem> Imports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Job = JobId is null ? null : jobs.Find(JobId);
        if (JobId is not null && Job is null)
        {
            return NotFound();
        }

        // The job finishes on another thread: read "running" before the result (Finish sets the result first), and let the view use
        // this one reading, so that a job ending mid-request shows either its progress or its report, never neither.
        JobRunning = Job is { IsFinished: false };
        if (!JobRunning && Job?.Result is { } result)
        {
            Report = TwinImportReport.From(result);
        }
        else if (ImportId is { } id)
        {
            var import = await db.TwinImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (import is null)
            {
                return NotFound();
            }

            Report = TwinImportReport.From(import);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (TwinImportUpload.Refusal(file) is { } refusal)
        {
            ModelState.AddModelError("file", refusal);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var content = await TwinImportUpload.ReadAsync(file!, cancellationToken);
        if (jobs.Start(content, file!.FileName, officer.Name, officer.GovernmentCode) is not { } job)
        {
            ModelState.AddModelError("file", System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
                ? "Another import is running. Wait until it ends, then try again."
                : "다른 가져오기가 진행 중입니다. 끝난 뒤에 다시 시도하세요.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage(new { job = job.Id });
    }

    public string? FileError => ModelState.TryGetValue("file", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        OtherRunning = jobs.Running is { } running && running.Id != Job?.Id ? running : null;
        Imports = await TwinImportItem.Query(db).Take(50).ToListAsync(cancellationToken);
    }
}

/// <summary>What the page shows of a finished import, from a job that just ended or from a stored import.</summary>
public sealed record TwinImportReport(
    TwinImportResultKind Kind, int? ImportId, string FileName, int Rows, int LinksAdded, int LinksAlreadyKnown, int PlacesCreated, int UnmatchedRows,
    IReadOnlyList<TwinUnmatched> Unmatched, IReadOnlyList<TwinListError> Errors, TimeSpan? Elapsed)
{
    public static TwinImportReport From(TwinImportResult r) => new(
        r.Kind, r.ImportId, r.FileName, r.Rows, r.LinksAdded, r.LinksAlreadyKnown, r.PlacesCreated, r.UnmatchedRows, r.Unmatched, r.Errors, r.Elapsed);

    public static TwinImportReport From(TwinImport i) => new(
        TwinImportResultKind.Imported, i.Id, i.FileName, i.Rows, i.LinksAdded, i.LinksAlreadyKnown, i.PlacesCreated, i.UnmatchedRows, i.Unmatched(), [], null);
}
