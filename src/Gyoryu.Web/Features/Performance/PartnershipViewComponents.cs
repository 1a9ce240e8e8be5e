using Microsoft.AspNetCore.Mvc;

namespace Gyoryu.Web.Features.Performance;

/// <summary>The partnership page's 휴면 의심 alert with its evidence; renders nothing for a tie that is not flagged.</summary>
public sealed class DormancyAlertViewComponent(PerformanceQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int partnershipId)
    {
        var finding = await queries.DormancyAsync(partnershipId, HttpContext.RequestAborted);
        return finding is null ? Content(string.Empty) : View("~/Features/Performance/DormancyAlert.cshtml", finding);
    }
}

/// <summary>The partnership page's KPI section: this year's figures and a link to the KPI page with every year and the charts.</summary>
public sealed class PartnershipKpisViewComponent(PerformanceQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int partnershipId)
    {
        var report = await queries.PartnershipAsync(partnershipId, null, withFields: false, HttpContext.RequestAborted);
        return report is null ? Content(string.Empty) : View("~/Features/Performance/PartnershipKpis.cshtml", report);
    }
}
