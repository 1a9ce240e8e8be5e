using Gyoryu.Domain.Partners;
using Gyoryu.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.LocalGovernments;

public sealed class IndexModel(GyoryuDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Tier? Tier { get; set; }

    public IReadOnlyList<LocalGovernment> Governments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Governments = await LocalGovernmentSearch.FindAsync(db, Q, Tier, 500, cancellationToken);
}
