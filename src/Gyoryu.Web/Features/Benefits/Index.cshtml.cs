using Gyoryu.Web.Features.Discovery;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Benefits;

/// <summary>/Benefits: the officer's government's benefits for residents of its partner cities, published or not.</summary>
public sealed class IndexModel(BenefitQueries queries, BenefitCommands commands, CurrentOfficer officer, IStringLocalizer<SharedResource> l) : VersionedEditPage
{
    public IReadOnlyList<BenefitRow> Benefits { get; private set; } = [];

    public string GovernmentCode => officer.GovernmentCode;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Benefits = await queries.ListAsync(officer.GovernmentCode, cancellationToken);

    /// <summary>게시 or 게시 중단 of one benefit, if nobody changed it since the list was opened.</summary>
    public async Task<IActionResult> OnPostStepAsync(int id, BenefitStep step, int? version, CancellationToken cancellationToken)
    {
        var outcome = version is { } v
            ? await commands.StepAsync(officer.GovernmentCode, id, step, v, cancellationToken)
            : Outcome.Stale;
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        var saved = step == BenefitStep.Publish ? l["게시했습니다. 공개 페이지에 나옵니다."] : l["게시를 중단했습니다."];
        var answer = Answer(outcome, saved, "/Benefits", l[BenefitsApi.StaleDetail]);
        if (outcome.Kind != OutcomeKind.Done)
        {
            // The refusal is about the row, not a form field: show it above the list.
            foreach (var key in ModelState.Keys.Where(k => k.Length > 0).ToList())
            {
                foreach (var error in ModelState[key]!.Errors)
                {
                    ModelState.AddModelError(string.Empty, error.ErrorMessage);
                }

                ModelState.Remove(key);
            }

            Benefits = await queries.ListAsync(officer.GovernmentCode, cancellationToken);
        }

        return answer;
    }
}
