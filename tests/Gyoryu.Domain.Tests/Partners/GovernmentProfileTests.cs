using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Tests.Partners;

public sealed class GovernmentProfileTests
{
    private static readonly Stamp Clerk = new("김포시 대외협력팀", new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.FromHours(9)));

    [Fact]
    public void A_profile_keeps_the_vision_criteria_and_team_trimmed_and_who_wrote_them()
    {
        var profile = GovernmentProfile.Start("41570", Clerk);

        profile.Describe(" 명품 수로도시 ", "", "비슷한 발전 목표, 보완적 역량, 경제 협력 가능성", "대외협력팀", PartialDate.OfMonth(2024, 1), "보도자료", Clerk);

        profile.GovernmentCode.ShouldBe("41570");
        profile.Vision.ShouldBe("명품 수로도시");
        profile.KeyIndustries.ShouldBeNull();
        profile.PartnerCriteria.ShouldBe("비슷한 발전 목표, 보완적 역량, 경제 협력 가능성");
        profile.CooperationTeam.ShouldBe("대외협력팀");
        profile.CooperationTeamSince.ShouldBe(PartialDate.OfMonth(2024, 1));
        profile.UpdatedBy.ShouldBe("김포시 대외협력팀");
        profile.UpdatedAt.ShouldBe(Clerk.At);
    }

    [Fact]
    public void A_team_cannot_have_been_set_up_after_today()
    {
        var profile = GovernmentProfile.Start("41570", Clerk);

        var refusal = Should.Throw<DomainRuleException>(() =>
            profile.Describe(null, null, null, "대외협력팀", PartialDate.OfMonth(2024, 3), null, Clerk));

        refusal.Rule.ShouldBe("profile.team-since-future");
        refusal.Field.ShouldBe("CooperationTeamSince");
        profile.CooperationTeam.ShouldBeNull("nothing is half written");
    }

    [Fact]
    public void Overlong_text_is_refused_naming_the_field_and_nothing_changes()
    {
        var profile = GovernmentProfile.Start("41570", Clerk);
        profile.Describe("수로도시", null, null, null, null, null, Clerk);

        var refusal = Should.Throw<DomainRuleException>(() =>
            profile.Describe("새 비전", null, new string('가', GovernmentProfile.MaxTextLength + 1), null, null, null, Clerk));

        refusal.Field.ShouldBe("PartnerCriteria");
        profile.Vision.ShouldBe("수로도시");
    }
}
