using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Exchanges.Activities;

/// <summary>Revises an activity if nobody saved it since the officer opened it.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class EditModel(ExchangeQueries queries, ActivityCommands commands, CurrentOfficer officer, IStringLocalizer<SharedResource> l) : ActivityFormPage
{
    public int Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public override string SubmitLabel => l["저장"];

    public override string CancelUrl => $"/Exchanges/Activities/{Id}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var view = await LoadAsync(id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        Form = ActivityInput.From(view.Activity);
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
        return Answer(outcome, l["저장했습니다."], $"/Exchanges/Activities/{id}", l[ExchangesApi.ActivityStaleDetail]);
    }

    private async Task<ActivityView?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await queries.ActivityAsync(officer.GovernmentCode, id, cancellationToken);
        if (view is null)
        {
            return null;
        }

        Id = id;
        Title = view.Activity.Title;
        Partnership = view.Partnership;
        Projects = (await queries.ProjectsOfPartnershipAsync(view.Activity.PartnershipId, cancellationToken))
            .Where(p => !p.IsClosed || p.Id == view.Activity.ProjectId).ToList();
        ViewData["Title"] = view.Activity.Title;
        return view;
    }
}
