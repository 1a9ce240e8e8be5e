using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Exchanges.Activities;

/// <summary>활동 기록 under one partnership; without one, a chooser of the government's live partnerships.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class CreateModel(ExchangeQueries queries, ActivityCommands commands, CurrentOfficer officer, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : ActivityFormPage
{
    public IReadOnlyList<PartnershipRow> Choices { get; private set; } = [];

    public bool Choosing { get; private set; }

    public override string SubmitLabel => l["기록"];

    public override string CancelUrl => Partnership is null ? "/Exchanges" : $"/Partnerships/{Partnership.Id}";

    public async Task<IActionResult> OnGetAsync(int? partnershipId, CancellationToken cancellationToken)
    {
        if (partnershipId is null)
        {
            Choosing = true;
            Choices = await queries.PartnershipsAsync(officer.GovernmentCode, liveOnly: true, cancellationToken);
            return Page();
        }

        if (!await LoadAsync(partnershipId.Value, cancellationToken))
        {
            return NotFound();
        }

        Form = new ActivityInput { HeldOn = ExchangesApi.Today(clock), Fields = FieldCodes.Codes(Partnership.Fields).ToList() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int partnershipId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(partnershipId, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await commands.RecordAsync(officer.GovernmentCode, partnershipId, Form, cancellationToken);
        return Answer(outcome, l["활동을 기록했습니다."], $"/Exchanges/Activities/{outcome.Id}", l[ExchangesApi.ActivityStaleDetail]);
    }

    private async Task<bool> LoadAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var row = await queries.PartnershipAsync(officer.GovernmentCode, partnershipId, cancellationToken);
        if (row is null)
        {
            return false;
        }

        Partnership = row;
        Projects = (await queries.ProjectsOfPartnershipAsync(partnershipId, cancellationToken)).Where(p => !p.IsClosed).ToList();
        return true;
    }
}
