using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Benefits;

/// <summary>혜택 등록: a draft benefit of the officer's government for residents of its partner cities.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class CreateModel(BenefitQueries queries, BenefitCommands commands, CurrentOfficer officer, IStringLocalizer<SharedResource> l) : BenefitFormPage
{
    public override string SubmitLabel => l["등록"];

    public override string CancelUrl => "/Benefits";

    public async Task OnGetAsync(int? partnershipId, CancellationToken cancellationToken)
    {
        Form = new BenefitInput { PartnershipId = partnershipId };
        await LoadChoicesAsync(queries, officer.GovernmentCode, null, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(queries, officer.GovernmentCode, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await commands.OfferAsync(officer.GovernmentCode, Form, cancellationToken);
        return Answer(outcome, l["혜택을 등록했습니다. 게시하면 공개 페이지에 나옵니다."], "/Benefits", l[BenefitsApi.StaleDetail]);
    }
}
