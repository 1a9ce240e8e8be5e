using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.LocalGovernments;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Discovery.Candidates;

/// <summary>
/// 후보 목록 of the current officer's government. <c>POST ?handler=Add</c> is also the target of other pages' "add to the board"
/// buttons: it answers with a redirect to their <c>returnUrl</c> (local only) and a message.
/// </summary>
public sealed class IndexModel(
    CandidateQueries queries, CandidateCommands commands, CurrentOfficer officer, GovernmentDirectory directory, GyoryuDbContext db,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const string BoardUrl = "/Discovery/Candidates";

    [BindProperty(SupportsGet = true, Name = "status")]
    public CandidateStatus? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "source")]
    public CandidateSource? SourceFilter { get; set; }

    /// <summary>What the officer searched for in the place picker.</summary>
    [BindProperty(SupportsGet = true, Name = "find")]
    public string? Find { get; set; }

    public AddForm Add { get; private set; } = new();

    public GovernmentOption? Owner { get; private set; }

    public IReadOnlyList<CandidateRow> Candidates { get; private set; } = [];

    public IReadOnlyList<PlaceName> Found { get; private set; } = [];

    /// <summary>The row and action ("Drop", "TakeForward") whose form failed, to show it open with its errors and values.</summary>
    public (int Id, string Action)? OpenAction { get; private set; }

    public bool Stale { get; private set; }

    [TempData]
    public string? Status { get; set; }

    [TempData]
    public string? StatusKind { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync([Bind(Prefix = "Add")] AddForm add, string? returnUrl, CancellationToken cancellationToken)
    {
        Add = add;
        var source = ParseSource(add.Source);
        double? score = null;
        if (!string.IsNullOrWhiteSpace(add.RecommendationScore))
        {
            if (double.TryParse(add.RecommendationScore, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
            {
                score = parsed;
            }
            else
            {
                ModelState.AddModelError("Add.RecommendationScore", l["추천 점수는 숫자로 입력하세요."]);
            }
        }

        if (source is null)
        {
            ModelState.AddModelError("Add.Source", l["후보가 된 경로를 선택하세요."]);
        }

        if (ModelState.IsValid)
        {
            var outcome = await commands.AddAsync(officer.GovernmentCode, new NewCandidate
            {
                PlaceKey = add.PlaceKey,
                Source = source,
                PreferredFields = add.PreferredFields,
                Notes = add.Notes,
                RecommendationReason = add.RecommendationReason,
                RecommendationScore = score,
            }, cancellationToken);
            switch (outcome.Kind)
            {
                case OutcomeKind.Done:
                    Status = l["후보 목록에 추가했습니다."];
                    return Redirect(SafeReturn(returnUrl));
                case OutcomeKind.Refused when outcome.Refusal!.Rule == CandidateCommands.DuplicateRule:
                    Status = l["이미 후보 목록에 있습니다."];
                    StatusKind = "info";
                    return Redirect(SafeReturn(returnUrl));
                case OutcomeKind.Refused:
                    ModelState.AddModelError(outcome.Refusal!.Field is { } field ? $"Add.{field}" : string.Empty, outcome.Refusal.Message);
                    break;
                default:
                    return NotFound();
            }
        }

        // A page elsewhere has no form here to show the errors beside, so they go back with the officer.
        if (!SafeReturn(returnUrl).StartsWith(BoardUrl, StringComparison.OrdinalIgnoreCase))
        {
            Status = string.Join(' ', ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            StatusKind = "danger";
            return Redirect(SafeReturn(returnUrl));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDropAsync(int id, [Bind(Prefix = "Drop")] DropForm drop, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await FailedAsync(id, "Drop", cancellationToken);
        }

        var outcome = await commands.DropAsync(officer.GovernmentCode, id, new DroppedCandidate { Reason = drop.Reason, Version = drop.Version }, cancellationToken);
        if (outcome.Kind == OutcomeKind.Done)
        {
            Status = l["검토 제외로 옮겼습니다."];
            return RedirectToPage();
        }

        return await AfterRefusalAsync(id, "Drop", outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostTakeForwardAsync(int id, [Bind(Prefix = "TakeForward")] TakeForwardForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await FailedAsync(id, "TakeForward", cancellationToken);
        }

        var outcome = await commands.TakeForwardAsync(
            officer.GovernmentCode, id, new CandidateTakenForward { Type = form.Type, Version = form.Version }, cancellationToken);
        if (outcome.Kind == OutcomeKind.Done)
        {
            Status = l["교류 추진으로 넘겼습니다. 후보 단계의 교류 관계를 만들었습니다."];
            return Redirect($"/Partnerships/{outcome.Id}");
        }

        return await AfterRefusalAsync(id, "TakeForward", outcome, cancellationToken);
    }

    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string? Attempted(string key) => ModelState.TryGetValue(key, out var entry) ? entry.AttemptedValue : null;

    public bool IsOpen(int id, string action) => OpenAction is { } open && open.Id == id && open.Action == action;

    private async Task<IActionResult> AfterRefusalAsync(int id, string action, Outcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Stale:
                Stale = true;
                ModelState.AddModelError(action, l[CandidatesApi.StaleDetail]);
                break;
            default:
                var refusal = outcome.Refusal!;
                ModelState.AddModelError(refusal.Field is "Reason" or "Type" ? $"{action}.{refusal.Field}" : action, refusal.Message);
                break;
        }

        return await FailedAsync(id, action, cancellationToken);
    }

    private async Task<IActionResult> FailedAsync(int id, string action, CancellationToken cancellationToken)
    {
        OpenAction = (id, action);
        Response.StatusCode = Stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private string SafeReturn(string? returnUrl) =>
        !string.IsNullOrWhiteSpace(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : BoardUrl;

    private static CandidateSource? ParseSource(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !text.Trim().All(c => char.IsAsciiDigit(c) || c == '-')
        && Enum.TryParse<CandidateSource>(text.Trim(), ignoreCase: true, out var source) && Enum.IsDefined(source)
            ? source
            : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Owner = await directory.FindAsync(officer.GovernmentCode, cancellationToken);
        Candidates = await queries.ListAsync(officer.GovernmentCode, StatusFilter, SourceFilter, cancellationToken);
        Found = await Places.SearchAsync(db, Find, officer.GovernmentCode, 30, cancellationToken);
        ViewData["Title"] = l["후보 목록"].Value;
    }
}

/// <summary>The board's add form, and the contract other pages post to: <c>Add.PlaceKey</c>, <c>Add.Source</c> (enum name), ...</summary>
public sealed class AddForm
{
    public string? PlaceKey { get; set; }

    public string? Source { get; set; }

    public List<string> PreferredFields { get; set; } = [];

    [StringLength(Candidate.MaxNotesLength, ErrorMessage = "메모는 4000자 이하로 입력하세요.")]
    public string? Notes { get; set; }

    [StringLength(Candidate.MaxReasonLength, ErrorMessage = "추천 이유는 500자 이하로 입력하세요.")]
    public string? RecommendationReason { get; set; }

    /// <summary>An invariant-culture number, e.g. "0.82".</summary>
    public string? RecommendationScore { get; set; }
}

public sealed class DropForm
{
    [Required(ErrorMessage = "제외 사유를 입력하세요.")]
    [StringLength(Candidate.MaxNotesLength, ErrorMessage = "제외 사유는 4000자 이하로 입력하세요.")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}

public sealed class TakeForwardForm
{
    [Required(ErrorMessage = "추진할 협약 유형을 선택하세요.")]
    public PartnershipType? Type { get; set; }

    public int Version { get; set; }
}
