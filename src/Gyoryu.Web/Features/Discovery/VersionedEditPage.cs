using Gyoryu.Web.Features.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Discovery;

/// <summary>An edit form guarded by a version: how a saved, stale, refused or missing record is answered.</summary>
public abstract class VersionedEditPage : PageModel
{
    /// <summary>Someone else saved first: the page says so and keeps what the officer typed.</summary>
    public bool Stale { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    protected IActionResult Answer(Outcome outcome, string savedMessage, string savedUrl, string staleMessage)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                Status = savedMessage;
                return Redirect(savedUrl);
            case OutcomeKind.Stale:
                // Nothing was written.
                Stale = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                ModelState.AddModelError(string.Empty, staleMessage);
                return Page();
            case OutcomeKind.Refused:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                ModelState.AddModelError(outcome.Refusal!.Field is { } field ? $"Form.{field}" : string.Empty, outcome.Refusal.Message);
                return Page();
            default:
                return NotFound();
        }
    }
}
