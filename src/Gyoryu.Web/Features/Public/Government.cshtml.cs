using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Public;

/// <summary>/public/{code}: a government's signed partners, what they are known for, and the benefits either side's residents can claim.</summary>
[AllowAnonymous]
public sealed class GovernmentModel(PublicQueries queries) : PageModel
{
    public PublicGovernmentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await queries.GovernmentAsync(code, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        ViewData["Title"] = view.Government.NameKo;
        return Page();
    }
}
