using Gyoryu.Web.Features.Partnerships;

namespace Gyoryu.Web.Features.Exchanges.Projects;

/// <summary>The project form of Create and Edit: the government's partnerships a project may serve.</summary>
public abstract class ProjectFormPage : ExchangeFormPage<ProjectInput>
{
    public IReadOnlyList<PartnershipRow> Choices { get; protected set; } = [];

    public abstract string SubmitLabel { get; }

    public abstract string CancelUrl { get; }

    /// <summary>Live partnerships, and any the project already serves even if they ended since.</summary>
    protected async Task LoadChoicesAsync(ExchangeQueries queries, string code, CancellationToken cancellationToken)
    {
        var all = await queries.PartnershipsAsync(code, liveOnly: false, cancellationToken);
        Choices = all.Where(r => r.Status != Domain.Partnerships.PartnershipStatus.Terminated || Form.PartnershipIds.Contains(r.Id)).ToList();
    }
}
