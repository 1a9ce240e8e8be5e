using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Benefits;

/// <summary>Revises a benefit if nobody saved it since the officer opened it; a published one changes on the public page at once.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class EditModel(BenefitQueries queries, BenefitCommands commands, CurrentOfficer officer, IStringLocalizer<SharedResource> l) : BenefitFormPage
{
    public int Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public override string SubmitLabel => l["저장"];

    public override string CancelUrl => "/Benefits";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var row = await LoadAsync(id, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        Form = BenefitInput.From(row.Benefit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Form.Version is not { } version)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await commands.ReviseAsync(officer.GovernmentCode, id, version, Form, cancellationToken);
        return Answer(outcome, l["저장했습니다."], "/Benefits", l[BenefitsApi.StaleDetail]);
    }

    private async Task<BenefitRow?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var row = await queries.FindAsync(officer.GovernmentCode, id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        Id = id;
        Title = row.Benefit.Title;
        ViewData["Title"] = row.Benefit.Title;
        await LoadChoicesAsync(queries, officer.GovernmentCode, row.Benefit.PartnershipId, cancellationToken);
        return row;
    }
}
