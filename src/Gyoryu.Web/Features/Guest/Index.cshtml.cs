using Gyoryu.Domain.Common;
using Gyoryu.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Guest;

/// <summary>/Guest: a partner city's counterpart sees their partnership's shared items and writes in the shared thread.</summary>
[Authorize(Policy = Policies.PartnerGuest)]
[ReadersMayPost]
public sealed class IndexModel(GuestArea area) : PageModel
{
    [BindProperty]
    public string? Message { get; set; }

    public SharedItems? Items { get; private set; }

    public string? MessageError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await area.AdmitGuestAsync(cancellationToken) is not int id)
        {
            return NotFound();
        }

        try
        {
            await area.PostAsync(id, Message, cancellationToken);
            return Redirect("/Guest#thread");
        }
        catch (DomainRuleException refusal)
        {
            MessageError = refusal.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Items = await area.LoadAsync(id, cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnGetDocumentAsync(int documentId, CancellationToken cancellationToken)
    {
        if (await area.AdmitGuestAsync(cancellationToken) is not int id || await area.DocumentAsync(id, documentId, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        return File(file.Bytes, file.ContentType, file.FileName);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await area.AdmitGuestAsync(cancellationToken) is not int id)
        {
            return false;
        }

        Items = await area.LoadAsync(id, cancellationToken);
        return Items is not null;
    }
}
