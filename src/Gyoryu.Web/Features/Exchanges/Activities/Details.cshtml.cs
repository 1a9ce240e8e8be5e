using Gyoryu.Web.Features.Discovery;
using Gyoryu.Web.Infrastructure;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Features.Exchanges.Activities;

/// <summary>One activity with all it holds; attachments and news links are added here.</summary>
public sealed class DetailsModel(
    ExchangeQueries queries, ActivityCommands commands, CurrentOfficer officer, TimeProvider clock, IStringLocalizer<SharedResource> l,
    IOptions<GyoryuOptions> options) : VersionedEditPage
{
    public ActivityView View { get; private set; } = null!;

    public DateOnly Today => ExchangesApi.Today(clock);

    public long MaxAttachmentBytes => options.Value.MaxDocumentBytes;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    // Attachments and links only add, so they do not ask for the version the page was read at.
    public async Task<IActionResult> OnPostAttachmentAsync(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("Attachment.File", l["올릴 파일을 선택하세요."]);
            return await FailedAsync(id, cancellationToken);
        }

        var outcome = await commands.AttachAsync(officer.GovernmentCode, id, null, await ExchangesApi.UploadAsync(file, cancellationToken), cancellationToken);
        return await AfterAsync(id, "Attachment", outcome, l["첨부 파일을 올렸습니다."], cancellationToken);
    }

    public async Task<IActionResult> OnPostLinkAsync(int id, [Bind(Prefix = "Link")] LinkInput link, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await FailedAsync(id, cancellationToken);
        }

        var outcome = await commands.AddLinkAsync(officer.GovernmentCode, id, null, link, cancellationToken);
        return await AfterAsync(id, "Link", outcome, l["링크를 추가했습니다."], cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, string form, Partnerships.Outcome outcome, string saved, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case Partnerships.OutcomeKind.Done:
                Status = saved;
                return RedirectToPage(new { id });
            case Partnerships.OutcomeKind.NotFound:
                return NotFound();
            case Partnerships.OutcomeKind.Stale:
                ModelState.AddModelError(string.Empty, l[ExchangesApi.ActivityStaleDetail]);
                return await FailedAsync(id, cancellationToken, StatusCodes.Status409Conflict);
            default:
                ModelState.AddModelError($"{form}.{(form == "Attachment" ? "File" : "Url")}", outcome.Refusal!.Message);
                return await FailedAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult> FailedAsync(int id, CancellationToken cancellationToken, int status = StatusCodes.Status400BadRequest)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await queries.ActivityAsync(officer.GovernmentCode, id, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        ViewData["Title"] = view.Activity.Title;
        return true;
    }
}
