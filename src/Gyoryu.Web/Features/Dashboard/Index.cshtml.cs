using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Dashboard;

public sealed class IndexModel(DashboardQueries queries, CurrentOfficer officer) : PageModel
{
    public DashboardSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var summary = await queries.SummaryAsync(officer.GovernmentCode, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        Summary = summary;
        return Page();
    }
}
