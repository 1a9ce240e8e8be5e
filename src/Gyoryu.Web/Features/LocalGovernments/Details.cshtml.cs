using Gyoryu.Domain.Partners;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.LocalGovernments;

public sealed class DetailsModel(GyoryuDbContext db, PartnershipQueries queries) : PageModel
{
    public LocalGovernment Government { get; private set; } = null!;

    public IReadOnlyList<PartnershipRow> Partnerships { get; private set; } = [];

    public GovernmentProfile? Profile { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var government = await db.LocalGovernments.AsNoTracking().SingleOrDefaultAsync(g => g.Code == code, cancellationToken);
        if (government is null)
        {
            return NotFound();
        }

        Government = government;
        Profile = await db.GovernmentProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.GovernmentCode == code, cancellationToken);
        Partnerships = await queries.AllAsync(new PartnershipFilter { Government = code }, cancellationToken);
        ViewData["Title"] = government.NameKo;
        return Page();
    }
}
