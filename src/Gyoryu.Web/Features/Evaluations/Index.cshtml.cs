using Gyoryu.Web.Features.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>/Partnerships/{id}/Evaluations: every year's evaluation of a tie, its trend, and the public feedback links.</summary>
public sealed class IndexModel(EvaluationSheets sheets, FeedbackLinks links, PartnershipQueries partnerships, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public LinkForm Link { get; set; } = new();

    public PartnershipRow Row { get; private set; } = null!;

    public IReadOnlyList<EvaluationSummary> History { get; private set; } = [];

    public FeedbackLinksPanel Panel { get; private set; } = null!;

    public int ThisYear => sheets.Today.Year;

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, new Dictionary<string, string>(), cancellationToken) ? Page() : NotFound();

    /// <summary>Opens a feedback link; the partnership page's form posts here too, and is sent back there when it worked.</summary>
    public async Task<IActionResult> OnPostLinkAsync(int id, string? returnTo, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (ModelState.IsValid)
        {
            var outcome = await links.OpenAsync(id, new NewFeedbackLink(Link.Title, Link.ActivityId, Link.ClosesOn), cancellationToken);
            switch (outcome.Kind)
            {
                case OutcomeKind.NotFound:
                    return NotFound();
                case OutcomeKind.Done:
                    Status = l["의견 링크를 열었습니다. 주소를 복사해 참여자에게 보내세요."];
                    return Redirect(returnTo == "partnership" ? $"/Partnerships/{id}#evaluations" : $"/Partnerships/{id}/Evaluations#feedback-links");
                default:
                    errors[outcome.Refusal!.Field ?? string.Empty] = outcome.Refusal.Message;
                    break;
            }
        }
        else
        {
            foreach (var (key, entry) in ModelState.Where(e => e.Value!.Errors.Count > 0))
            {
                errors[key.StartsWith("Link.", StringComparison.Ordinal) ? key["Link.".Length..] : string.Empty] = entry!.Errors[0].ErrorMessage;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id, errors, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var row = await partnerships.RowAsync(id, null, cancellationToken);
        if (row is null)
        {
            return false;
        }

        Row = row;
        History = await sheets.HistoryAsync(id, cancellationToken);
        Panel = await PanelAsync(links, id, Request, Link, errors, cancellationToken);
        ViewData["Title"] = $"{row.PartnerNameKo} {l["평가 이력"]}";
        return true;
    }

    public static async Task<FeedbackLinksPanel> PanelAsync(
        FeedbackLinks links, int partnershipId, HttpRequest request, LinkForm form, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken) =>
        new(partnershipId, await links.ListAsync(partnershipId, cancellationToken), await links.ActivitiesAsync(partnershipId, cancellationToken),
            $"{request.Scheme}://{request.Host}{request.PathBase}", form, errors);
}
