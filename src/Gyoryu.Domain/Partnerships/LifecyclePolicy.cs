namespace Gyoryu.Domain.Partnerships;

/// <summary>Settings a local government may choose; the law fixes the rest.</summary>
/// <param name="CouncilApprovalRequiredForFriendship">Some councils also resolve friendship agreements (조례에 따라).</param>
public sealed record LifecyclePolicy(bool CouncilApprovalRequiredForFriendship)
{
    public static readonly LifecyclePolicy Default = new(CouncilApprovalRequiredForFriendship: false);
}
