using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;

namespace Gyoryu.Domain.Tests.Performance;

public sealed class DormancyRuleBoundaryTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Exactly_the_threshold_of_quiet_months_is_not_yet_dormant()
    {
        DormancyRule.Check(PartnershipStatus.Active, new DateOnly(2010, 1, 1), new DateOnly(2024, 12, 1), "답방", Today).ShouldBeNull();
    }

    [Fact]
    public void One_day_past_the_threshold_is_dormant_with_the_last_activity_as_evidence()
    {
        var finding = DormancyRule.Check(PartnershipStatus.Active, new DateOnly(2010, 1, 1), new DateOnly(2024, 11, 30), "답방", Today);

        finding.ShouldNotBeNull();
        finding.QuietSince.ShouldBe(new DateOnly(2024, 11, 30));
        finding.QuietMonths.ShouldBe(24);
        finding.ThresholdMonths.ShouldBe(24);
        finding.EvidenceKorean.ShouldBe("마지막 교류 활동 2024-11-30 (답방) 이후 24개월 동안 활동이 없습니다 (기준 24개월).");
        finding.EvidenceEnglish.ShouldBe("No activity for 24 months since the last one on 2024-11-30 (답방) (threshold 24 months).");
    }

    [Fact]
    public void A_tie_without_activity_is_counted_from_its_signing_date()
    {
        DormancyRule.Check(PartnershipStatus.Active, new DateOnly(2024, 12, 1), null, null, Today).ShouldBeNull();

        var finding = DormancyRule.Check(PartnershipStatus.Active, new DateOnly(2024, 11, 30), null, null, Today);

        finding.ShouldNotBeNull();
        finding.LastActivityOn.ShouldBeNull();
        finding.QuietSince.ShouldBe(new DateOnly(2024, 11, 30));
        finding.EvidenceKorean.ShouldBe("협약(2024-11-30) 이후 기록된 교류 활동이 없습니다: 24개월 (기준 24개월).");
    }

    [Fact]
    public void A_recent_activity_outweighs_an_old_signing_date()
    {
        DormancyRule.Check(PartnershipStatus.Active, new DateOnly(1995, 3, 1), new DateOnly(2026, 6, 1), "축제 참가", Today).ShouldBeNull();
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(36, false)]
    public void The_threshold_is_configurable(int months, bool dormant)
    {
        var finding = DormancyRule.Check(PartnershipStatus.Active, null, new DateOnly(2024, 6, 1), null, Today, months);

        (finding is not null).ShouldBe(dormant);
        if (finding is not null)
        {
            finding.QuietMonths.ShouldBe(30);
            finding.ThresholdMonths.ShouldBe(months);
        }
    }

    [Theory]
    [InlineData(PartnershipStatus.Candidate)]
    [InlineData(PartnershipStatus.Negotiating)]
    [InlineData(PartnershipStatus.Terminated)]
    public void Only_signed_ties_are_checked(PartnershipStatus status)
    {
        DormancyRule.Check(status, new DateOnly(2000, 1, 1), null, null, Today).ShouldBeNull();
    }

    [Fact]
    public void A_tie_already_marked_dormant_keeps_its_evidence()
    {
        DormancyRule.Check(PartnershipStatus.Dormant, new DateOnly(2000, 1, 1), null, null, Today).ShouldNotBeNull();
    }

    [Fact]
    public void A_signed_tie_with_no_known_date_and_no_activity_has_nothing_to_count_from()
    {
        DormancyRule.Check(PartnershipStatus.Active, null, null, null, Today).ShouldBeNull();
    }

    [Fact]
    public void A_threshold_below_one_month_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DormancyRule.Check(PartnershipStatus.Active, null, null, null, Today, 0));
    }
}
