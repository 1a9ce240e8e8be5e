using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Infrastructure;
using Gyoryu.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Features.Partnerships;

public sealed class DetailsModel(
    PartnershipQueries queries, PartnershipCommands commands, IStringLocalizer<SharedResource> l, IOptions<GyoryuOptions> options) : PageModel
{
    public long MaxDocumentBytes => options.Value.MaxDocumentBytes;

    public Partnership Partnership { get; private set; } = null!;

    public PartnershipRow Row { get; private set; } = null!;

    /// <summary>The step whose form failed, to show it open with its errors and values.</summary>
    public string? OpenStep { get; private set; }

    public bool Stale { get; private set; }

    /// <summary>An active friendship that has no council resolution for sister cities yet cannot be upgraded.</summary>
    public bool UpgradeWaitsForCouncilApproval =>
        Partnership is { Status: PartnershipStatus.Active, Type: PartnershipType.Friendship }
        && !Partnership.AvailableSteps().Contains(LifecycleStep.UpgradeToSisterCity);

    [TempData]
    public string? Status { get; set; }

    public static readonly IReadOnlyDictionary<string, Type> StepInputs = new Dictionary<string, Type>
    {
        [nameof(LifecycleStep.InformationGathering)] = typeof(InformationGatheringInput),
        [nameof(LifecycleStep.WorkingMeeting)] = typeof(WorkingMeetingInput),
        [nameof(LifecycleStep.CouncilApproval)] = typeof(CouncilApprovalInput),
        [nameof(LifecycleStep.SignAgreement)] = typeof(SignAgreementInput),
        [nameof(LifecycleStep.UpgradeToSisterCity)] = typeof(UpgradeInput),
        [nameof(LifecycleStep.Renew)] = typeof(RenewalInput),
        [nameof(LifecycleStep.MarkDormant)] = typeof(DormancyInput),
        [nameof(LifecycleStep.Reactivate)] = typeof(ReactivationInput),
        [nameof(LifecycleStep.Terminate)] = typeof(TerminationInput),
        ["Contact"] = typeof(ContactInput),
    };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(int id, string step, CancellationToken cancellationToken)
    {
        if (!StepInputs.TryGetValue(step, out var inputType))
        {
            return BadRequest();
        }

        var input = (StepInput)Activator.CreateInstance(inputType)!;
        if (!await TryUpdateModelAsync(input, inputType, step) || !TryValidateModel(input, step))
        {
            return await FailedAsync(id, step, cancellationToken);
        }

        var outcome = await commands.ApplyAsync(id, input.Version!.Value, input.ApplyTo, cancellationToken);
        return await AfterAsync(id, step, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostDocumentAsync(int id, int version, IFormFile? file, string? description, CancellationToken cancellationToken)
    {
        const string step = "Document";
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError($"{step}.File", l["올릴 파일을 선택하세요."]);
            return await FailedAsync(id, step, cancellationToken);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var outcome = await commands.AttachDocumentAsync(id, version, new UploadedDocument(file.FileName, buffer.ToArray(), description), cancellationToken);
        return await AfterAsync(id, step, outcome, cancellationToken);
    }

    public string? Error(string step, string field) =>
        ModelState.TryGetValue($"{step}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string? Value(string step, string field) =>
        OpenStep == step && ModelState.TryGetValue($"{step}.{field}", out var entry) ? entry.AttemptedValue : null;

    private async Task<IActionResult> AfterAsync(int id, string step, Outcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Stale:
                Stale = true;
                ModelState.AddModelError(string.Empty, ErrorSetup.Titles.StaleDetail);
                return await FailedAsync(id, step, cancellationToken);
            case OutcomeKind.Refused:
                var refusal = outcome.Refusal!;
                ModelState.AddModelError(refusal.Field is null ? $"{step}." : $"{step}.{refusal.Field}", refusal.Message);
                return await FailedAsync(id, step, cancellationToken);
            default:
                Status = l["저장했습니다."];
                return RedirectToPage(new { id });
        }
    }

    private async Task<IActionResult> FailedAsync(int id, string step, CancellationToken cancellationToken)
    {
        OpenStep = step;
        Response.StatusCode = Stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (IsLifecycleStepNotOffered(step))
        {
            // The page has no form for this step to show its errors beside, so they go to the top of the page.
            foreach (var message in StepErrors(step).ToList())
            {
                ModelState.AddModelError(string.Empty, message);
            }
        }

        return Page();
    }

    private bool IsLifecycleStepNotOffered(string step) =>
        Enum.TryParse<LifecycleStep>(step, out var lifecycleStep) && !Partnership.AvailableSteps().Contains(lifecycleStep);

    private IEnumerable<string> StepErrors(string step) =>
        ModelState.Where(entry => entry.Key.StartsWith(step + ".", StringComparison.Ordinal))
            .SelectMany(entry => entry.Value!.Errors.Select(error => error.ErrorMessage));

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var partnership = await queries.AggregateAsync(id, cancellationToken);
        var row = await queries.RowAsync(id, null, cancellationToken);
        if (partnership is null || row is null)
        {
            return false;
        }

        Partnership = partnership;
        Row = row;
        ViewData["Title"] = row.PartnerNameKo;
        return true;
    }
}
