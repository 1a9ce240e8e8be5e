using Gyoryu.Web.Features.Exchanges;
using Gyoryu.Web.Features.Partnerships;

namespace Gyoryu.Web.Features.Benefits;

/// <summary>The benefit form of Create and Edit: the signed ties a benefit may be limited to.</summary>
public abstract class BenefitFormPage : ExchangeFormPage<BenefitInput>
{
    public IReadOnlyList<PartnershipRow> Choices { get; private set; } = [];

    public abstract string SubmitLabel { get; }

    public abstract string CancelUrl { get; }

    protected async Task LoadChoicesAsync(BenefitQueries queries, string code, int? current, CancellationToken cancellationToken) =>
        Choices = await queries.ChoicesAsync(code, current, cancellationToken);
}
