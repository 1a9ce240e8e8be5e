using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Exchanges.Projects;

/// <summary>교류협력 사업 of the officer's government with status, period, budgets and execution rate.</summary>
public sealed class IndexModel(ExchangeQueries queries, CurrentOfficer officer) : PageModel
{
    public IReadOnlyList<ExchangeProject> Projects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Projects = await queries.ProjectsAsync(officer.GovernmentCode, cancellationToken);
}
