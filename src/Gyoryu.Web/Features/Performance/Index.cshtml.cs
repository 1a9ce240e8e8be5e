using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Performance;

/// <summary>/Performance (성과평가): the acting government's ties with a year's KPIs, dormancy flags and the Excel download.</summary>
public sealed class IndexModel(PerformanceQueries queries, CurrentOfficer officer) : PageModel
{
    public GovernmentPerformance Overview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        var overview = await queries.GovernmentAsync(officer.GovernmentCode, year is >= 1950 and <= 2100 ? year : null, cancellationToken);
        if (overview is null)
        {
            return NotFound();
        }

        Overview = overview;
        return Page();
    }
}
