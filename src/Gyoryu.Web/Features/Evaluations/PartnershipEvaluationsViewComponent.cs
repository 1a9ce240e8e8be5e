using Microsoft.AspNetCore.Mvc;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>The partnership page's 성과평가 section: the evaluation history in short and the public feedback links.</summary>
public sealed class PartnershipEvaluationsViewComponent(EvaluationSheets sheets, FeedbackLinks links) : ViewComponent
{
    public const int Years = 5;

    public async Task<IViewComponentResult> InvokeAsync(int partnershipId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var history = await sheets.HistoryAsync(partnershipId, cancellationToken);
        var panel = await IndexModel.PanelAsync(links, partnershipId, Request, new LinkForm(), new Dictionary<string, string>(), cancellationToken) with { FromPartnershipPage = true };
        return View("/Features/Evaluations/_PartnershipEvaluations.cshtml",
            new PartnershipEvaluationsView(partnershipId, sheets.Today.Year, [.. history.Take(Years)], history.Count, panel));
    }
}

public sealed record PartnershipEvaluationsView(int PartnershipId, int ThisYear, IReadOnlyList<EvaluationSummary> Recent, int Total, FeedbackLinksPanel Links);
