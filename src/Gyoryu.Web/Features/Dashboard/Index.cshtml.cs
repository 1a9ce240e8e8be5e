using Gyoryu.Web.Features.Performance;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Dashboard;

public sealed class IndexModel(DashboardQueries queries, PerformanceQueries performance, CurrentOfficer officer) : PageModel
{
    public DashboardSummary Summary { get; private set; } = null!;

    /// <summary>This year's KPIs per tie and the ties that look dormant.</summary>
    public GovernmentPerformance Performance { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var summary = await queries.SummaryAsync(officer.GovernmentCode, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        Summary = summary;
        Performance = (await performance.GovernmentAsync(summary.GovernmentCode, null, cancellationToken))!;
        return Page();
    }
}
