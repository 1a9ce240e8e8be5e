using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Features.Partnerships;

namespace Gyoryu.Web.Features.Exchanges.Activities;

/// <summary>The activity form of Create and Edit: the partnership it belongs to and that partnership's projects.</summary>
public abstract class ActivityFormPage : ExchangeFormPage<ActivityInput>
{
    public PartnershipRow Partnership { get; protected set; } = null!;

    public IReadOnlyList<ExchangeProject> Projects { get; protected set; } = [];

    public abstract string SubmitLabel { get; }

    public abstract string CancelUrl { get; }
}
