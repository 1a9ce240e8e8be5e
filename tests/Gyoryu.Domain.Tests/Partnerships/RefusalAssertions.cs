using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Tests.Partnerships;

/// <summary>What a refused step must leave exactly as it was.</summary>
internal sealed record PartnershipState(
    PartnershipStatus Status,
    PartnershipType Type,
    int TimelineCount,
    int Version,
    PartialDate? LastStepOn,
    DateTimeOffset UpdatedAt,
    int Meetings,
    int CouncilApprovals,
    PartialDate? SignedOn,
    DateOnly? ExpiresOn)
{
    public static PartnershipState Of(Partnership p) => new(
        p.Status, p.Type, p.Timeline.Count, p.Version, p.LastStepOn, p.UpdatedAt, p.Meetings.Count, p.CouncilApprovals.Count, p.SignedOn, p.ExpiresOn);
}

internal static class RefusalAssertions
{
    /// <summary>Asserts the step is refused under <paramref name="rule"/>, with messages, and that the partnership is untouched.</summary>
    public static DomainRuleException ShouldRefuse(this Partnership partnership, Action<Partnership> step, string rule)
    {
        var before = PartnershipState.Of(partnership);

        var refusal = Should.Throw<DomainRuleException>(() => step(partnership));

        refusal.Rule.ShouldBe(rule);
        refusal.Korean.ShouldNotBeNullOrWhiteSpace();
        refusal.English.ShouldNotBeNullOrWhiteSpace();
        PartnershipState.Of(partnership).ShouldBe(before);
        return refusal;
    }
}
