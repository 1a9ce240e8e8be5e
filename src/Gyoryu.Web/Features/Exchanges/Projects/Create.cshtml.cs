using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Exchanges.Projects;

/// <summary>사업 등록: a proposed project under one or more of the government's partnerships.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class CreateModel(ExchangeQueries queries, ProjectCommands commands, CurrentOfficer officer, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : ProjectFormPage
{
    public override string SubmitLabel => l["등록"];

    public override string CancelUrl => "/Exchanges/Projects";

    public async Task OnGetAsync(int? partnershipId, CancellationToken cancellationToken)
    {
        var today = ExchangesApi.Today(clock);
        Form = new ProjectInput { StartsOn = today, EndsOn = new DateOnly(today.Year, 12, 31), PartnershipIds = partnershipId is { } id ? [id] : [] };
        await LoadChoicesAsync(queries, officer.GovernmentCode, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(queries, officer.GovernmentCode, cancellationToken);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await commands.ProposeAsync(officer.GovernmentCode, Form, cancellationToken);
        return Answer(outcome, l["사업을 등록했습니다."], $"/Exchanges/Projects/{outcome.Id}", l[ExchangesApi.ProjectStaleDetail]);
    }
}
