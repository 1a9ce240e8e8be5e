using Gyoryu.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Guest;

/// <summary>/Partnerships/{id}/Thread: the officers' side of the thread they share with the partner city's guests.</summary>
public sealed class ThreadModel(GuestArea area) : PageModel
{
    [BindProperty]
    public string? Message { get; set; }

    public IReadOnlyList<CommentView> Comments { get; private set; } = [];

    public string? MessageError { get; private set; }

    public int PartnershipId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        PartnershipId = id;
        Comments = await area.CommentsAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        PartnershipId = id;
        try
        {
            return await area.PostAsync(id, Message, cancellationToken) is null ? NotFound() : Redirect($"/Partnerships/{id}/Thread#thread");
        }
        catch (DomainRuleException refusal)
        {
            MessageError = refusal.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Comments = await area.CommentsAsync(id, cancellationToken);
            return Page();
        }
    }
}
