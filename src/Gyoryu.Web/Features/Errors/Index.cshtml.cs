using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Errors;

/// <summary>
/// The page a browser sees when a request failed: what happened in plain words and a trace id to quote, never the exception.
/// The exception handler re-runs the failed request here, whatever its method, so no handler is bound to GET only.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel : PageModel
{
    public int Status { get; private set; }

    public string TraceId { get; private set; } = string.Empty;

    public bool IsNotFound => Status == StatusCodes.Status404NotFound;

    public bool IsForbidden => Status == StatusCodes.Status403Forbidden;

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        // Re-run by the exception handler (500) or the status code pages (the original 4xx/5xx); opened directly, a 500 still.
        Status = Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
