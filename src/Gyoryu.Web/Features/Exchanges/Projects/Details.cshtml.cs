using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Features.Discovery;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Exchanges.Projects;

/// <summary>One project: its plan, partnerships and activities, and a form for each status step the domain allows now.</summary>
public sealed class DetailsModel(ExchangeQueries queries, ProjectCommands commands, CurrentOfficer officer, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : VersionedEditPage
{
    public ProjectView View { get; private set; } = null!;

    public DateOnly Today => ExchangesApi.Today(clock);

    /// <summary>The step whose form failed, shown open with its error.</summary>
    public ProjectStep? OpenStep { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(int id, ProjectStep step, CancellationToken cancellationToken)
    {
        var input = new ProjectStepInput();
        if (!await TryUpdateModelAsync(input, step.ToString()) || !TryValidateModel(input, step.ToString()))
        {
            return await FailedAsync(id, step, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var outcome = await commands.StepAsync(officer.GovernmentCode, id, step, input, cancellationToken);
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                Status = l["저장했습니다."];
                return RedirectToPage(new { id });
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Stale:
                ModelState.AddModelError(string.Empty, l[ExchangesApi.ProjectStaleDetail]);
                return await FailedAsync(id, step, StatusCodes.Status409Conflict, cancellationToken);
            default:
                var refusal = outcome.Refusal!;
                ModelState.AddModelError($"{step}.{refusal.Field}", refusal.Message);
                return await FailedAsync(id, step, refusal.Field is null ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, cancellationToken);
        }
    }

    /// <summary>The value the officer typed into a step's field, kept when the step was refused.</summary>
    public string? Value(ProjectStep step, string field) =>
        OpenStep == step && ModelState.TryGetValue($"{step}.{field}", out var entry) ? entry.AttemptedValue : null;

    private async Task<IActionResult> FailedAsync(int id, ProjectStep step, int status, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        OpenStep = step;
        Response.StatusCode = status;
        if (!View.Project.AvailableSteps().Contains(step))
        {
            // No form of that step is on the page to show the refusal beside.
            foreach (var message in ModelState.Where(e => e.Key.StartsWith(step + ".", StringComparison.Ordinal)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList())
            {
                ModelState.AddModelError(string.Empty, message);
            }
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await queries.ProjectAsync(officer.GovernmentCode, id, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        ViewData["Title"] = view.Project.Title;
        return true;
    }
}
