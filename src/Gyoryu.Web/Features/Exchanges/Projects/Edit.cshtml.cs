using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Exchanges.Projects;

/// <summary>Revises a project's plan if nobody saved it since the officer opened it; a closed project keeps its plan.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class EditModel(ExchangeQueries queries, ProjectCommands commands, CurrentOfficer officer, IStringLocalizer<SharedResource> l) : ProjectFormPage
{
    public int Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public override string SubmitLabel => l["저장"];

    public override string CancelUrl => $"/Exchanges/Projects/{Id}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var view = await queries.ProjectAsync(officer.GovernmentCode, id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        Form = ProjectInput.From(view.Project);
        await LoadAsync(view, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var view = await queries.ProjectAsync(officer.GovernmentCode, id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        await LoadAsync(view, cancellationToken);
        if (!ModelState.IsValid || Form.Version is not { } version)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await commands.ReviseAsync(officer.GovernmentCode, id, version, Form, cancellationToken);
        return Answer(outcome, l["저장했습니다."], $"/Exchanges/Projects/{id}", l[ExchangesApi.ProjectStaleDetail]);
    }

    private async Task LoadAsync(ProjectView view, CancellationToken cancellationToken)
    {
        Id = view.Project.Id;
        Title = view.Project.Title;
        ViewData["Title"] = Title;
        await LoadChoicesAsync(queries, officer.GovernmentCode, cancellationToken);
    }
}
