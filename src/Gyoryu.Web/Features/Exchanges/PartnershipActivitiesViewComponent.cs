using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>The 교류 활동 section of the partnership page: its activities (latest first, planned ones marked) and its projects.</summary>
public sealed class PartnershipActivitiesViewComponent(ExchangeQueries queries, GyoryuDbContext db, TimeProvider clock) : ViewComponent
{
    /// <summary>The partnership page shows the latest few; a busy tie's whole history belongs to the calendar and the export.</summary>
    public const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync(int partnershipId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var status = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => (PartnershipStatus?)p.Status).SingleOrDefaultAsync(cancellationToken);
        var model = new PartnershipActivities(
            partnershipId,
            status is not null and not PartnershipStatus.Terminated,
            await queries.OfPartnershipAsync(partnershipId, cancellationToken, Shown) ?? [],
            await db.Activities.CountAsync(a => a.PartnershipId == partnershipId, cancellationToken),
            await queries.ProjectsOfPartnershipAsync(partnershipId, cancellationToken),
            ExchangesApi.Today(clock));
        return View("/Features/Exchanges/PartnershipActivities.cshtml", model);
    }
}

public sealed record PartnershipActivities(
    int PartnershipId, bool IsLive, IReadOnlyList<ActivityRow> Activities, int Total, IReadOnlyList<ExchangeProject> Projects, DateOnly Today);
