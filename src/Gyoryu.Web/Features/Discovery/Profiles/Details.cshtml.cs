using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Discovery.Profiles;

public sealed class DetailsModel(PlaceProfileQueries queries) : PageModel
{
    public PlaceProfileView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string placeKey, CancellationToken cancellationToken)
    {
        var view = await queries.FindAsync(placeKey, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        ViewData["Title"] = view.Place.NameKo;
        return Page();
    }
}
