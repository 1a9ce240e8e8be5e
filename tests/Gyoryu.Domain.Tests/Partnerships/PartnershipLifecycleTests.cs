using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using static Gyoryu.Domain.Tests.Partnerships.PartnershipBuilder;

namespace Gyoryu.Domain.Tests.Partnerships;

public sealed class PartnershipLifecycleTests
{
    private static readonly LifecyclePolicy FriendshipNeedsCouncil = new(CouncilApprovalRequiredForFriendship: true);

    // ---- legal transitions -------------------------------------------------------------------

    [Fact]
    public void Registering_a_candidate_starts_the_lifecycle()
    {
        var partnership = Candidate(PartnershipType.SisterCity);

        partnership.Status.ShouldBe(PartnershipStatus.Candidate);
        partnership.Type.ShouldBe(PartnershipType.SisterCity);
        partnership.IsLive.ShouldBeTrue();
        partnership.IsSigned.ShouldBeFalse();
        partnership.SignedType.ShouldBeNull();
        partnership.LastStepOn.ShouldBeNull();
        partnership.CreatedAt.ShouldBe(Clerk.At);
        partnership.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineKind.CandidateRegistered);
        partnership.Timeline[0].StatusAfter.ShouldBe(PartnershipStatus.Candidate);
    }

    [Fact]
    public void Information_gathering_moves_a_candidate_to_exploring()
    {
        var partnership = Candidate();

        partnership.BeginInformationGathering(GatheredOn, "의향서 발송", Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.Exploring);
        partnership.LastStepOn.ShouldBe(PartialDate.OfDay(GatheredOn));
        partnership.Timeline.Count.ShouldBe(2);
        partnership.Timeline[^1].Kind.ShouldBe(TimelineKind.InformationGathering);
        partnership.Timeline[^1].Note.ShouldBe("의향서 발송");
    }

    [Theory]
    [InlineData(PartnershipStatus.Candidate, PartnershipStatus.Negotiating)]
    [InlineData(PartnershipStatus.Exploring, PartnershipStatus.Negotiating)]
    [InlineData(PartnershipStatus.Negotiating, PartnershipStatus.Negotiating)]
    [InlineData(PartnershipStatus.CouncilApproved, PartnershipStatus.CouncilApproved)]
    public void A_working_meeting_before_signing_brings_the_partnership_into_negotiation(PartnershipStatus from, PartnershipStatus expected)
    {
        var partnership = InStatus(from);
        var entries = partnership.Timeline.Count;

        var meeting = partnership.RecordWorkingMeeting(
            PartialDate.OfDay(NextStepOn), "  오사카 시청  ", " 국제교류과장 ", ExchangeFields.Youth, "  청소년 교류 합의 ", Colleague);

        partnership.Status.ShouldBe(expected);
        partnership.Meetings[^1].ShouldBeSameAs(meeting);
        meeting.Place.ShouldBe("오사카 시청");
        meeting.Attendees.ShouldBe("국제교류과장");
        meeting.Minutes.ShouldBe("청소년 교류 합의");
        meeting.AgreedFields.ShouldBe(ExchangeFields.Youth);
        partnership.Timeline.Count.ShouldBe(entries + 1);
        partnership.Timeline[^1].Kind.ShouldBe(TimelineKind.WorkingMeeting);
        partnership.Timeline[^1].StatusAfter.ShouldBe(expected);
    }

    [Fact]
    public void A_working_meeting_on_an_active_friendship_prepares_its_upgrade_and_keeps_it_active()
    {
        var partnership = Active(PartnershipType.Friendship);

        partnership.RecordWorkingMeeting(PartialDate.OfDay(NextStepOn), "김포시청", "부시장", ExchangeFields.Administration, null, Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.Active);
        partnership.Type.ShouldBe(PartnershipType.Friendship);
        partnership.Meetings.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(PartnershipType.SisterCity)]
    [InlineData(PartnershipType.Friendship)]
    [InlineData(PartnershipType.ExchangeMou)]
    public void Council_approval_after_working_talks_awaits_signature_for_the_approved_type(PartnershipType forType)
    {
        var partnership = Negotiating(PartnershipType.ExchangeMou);

        partnership.RecordCouncilApproval(ApprovedOn, forType, " 제2025-17호 ", Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.CouncilApproved);
        partnership.Type.ShouldBe(forType);
        var approval = partnership.CouncilApprovals.ShouldHaveSingleItem();
        approval.ForType.ShouldBe(forType);
        approval.ApprovedOn.ShouldBe(ApprovedOn);
        approval.ResolutionNumber.ShouldBe("제2025-17호");
        partnership.Timeline[^1].Kind.ShouldBe(TimelineKind.CouncilApproval);
    }

    [Fact]
    public void A_second_council_approval_while_awaiting_signature_retargets_the_agreement()
    {
        var partnership = CouncilApproved(PartnershipType.Friendship);

        partnership.RecordCouncilApproval(NextStepOn, PartnershipType.SisterCity, null, Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.CouncilApproved);
        partnership.Type.ShouldBe(PartnershipType.SisterCity);
        partnership.CouncilApprovals.Select(a => a.ForType).ShouldBe([PartnershipType.Friendship, PartnershipType.SisterCity]);
    }

    public static TheoryData<PartnershipType, PartnershipStatus, PartnershipType?, bool> Signings => new()
    {
        // type signed, status before, council approval recorded for, policy requires approval for friendship
        { PartnershipType.Friendship, PartnershipStatus.Negotiating, null, false },
        { PartnershipType.ExchangeMou, PartnershipStatus.Negotiating, null, false },
        { PartnershipType.ExchangeMou, PartnershipStatus.Negotiating, null, true },
        { PartnershipType.SisterCity, PartnershipStatus.CouncilApproved, PartnershipType.SisterCity, false },
        { PartnershipType.Friendship, PartnershipStatus.CouncilApproved, PartnershipType.Friendship, true },
        { PartnershipType.ExchangeMou, PartnershipStatus.CouncilApproved, PartnershipType.SisterCity, false },
    };

    [Theory]
    [MemberData(nameof(Signings))]
    public void Signing_an_agreement_makes_the_partnership_active(
        PartnershipType type, PartnershipStatus before, PartnershipType? approvedFor, bool friendshipNeedsCouncil)
    {
        var partnership = approvedFor is { } approved ? CouncilApproved(approved) : Negotiating(type);
        partnership.Status.ShouldBe(before);
        var entries = partnership.Timeline.Count;

        partnership.SignAgreement(type, NextStepOn, " 오사카 시청 ", null, new LifecyclePolicy(friendshipNeedsCouncil), Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.Active);
        partnership.Type.ShouldBe(type);
        partnership.SignedType.ShouldBe(type);
        partnership.SignedOn.ShouldBe(PartialDate.OfDay(NextStepOn));
        partnership.SignedYear.ShouldBe(NextStepOn.Year);
        partnership.SigningPlace.ShouldBe("오사카 시청");
        partnership.ExpiresOn.ShouldBeNull();
        partnership.IsSigned.ShouldBeTrue();
        partnership.Timeline.Count.ShouldBe(entries + 1);
        partnership.Timeline[^1].Kind.ShouldBe(TimelineKind.AgreementSigned);
        partnership.Timeline[^1].StatusAfter.ShouldBe(PartnershipStatus.Active);
        partnership.Timeline[^1].Note.ShouldBe($"{Partnership.TypeKorean(type)} · 오사카 시청");
    }

    [Fact]
    public void Signing_a_fixed_term_agreement_records_its_expiry()
    {
        var partnership = Negotiating(PartnershipType.ExchangeMou);

        partnership.SignAgreement(PartnershipType.ExchangeMou, SignedOn, null, FixedTermExpiry, LifecyclePolicy.Default, Colleague);

        partnership.ExpiresOn.ShouldBe(FixedTermExpiry);
        partnership.SigningPlace.ShouldBeNull();
        partnership.AvailableSteps().ShouldContain(LifecycleStep.Renew);
    }

    [Fact]
    public void A_friendship_is_upgraded_to_a_sister_city_after_the_council_approves_it()
    {
        var partnership = Active(PartnershipType.Friendship);

        partnership.RecordCouncilApproval(SisterApprovedOn, PartnershipType.SisterCity, "제2025-41호", Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.Active);
        partnership.Type.ShouldBe(PartnershipType.Friendship);

        var upgradedOn = SisterApprovedOn.AddDays(30);
        partnership.UpgradeToSisterCity(upgradedOn, "오사카 시청", LifecyclePolicy.Default, Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.Active);
        partnership.Type.ShouldBe(PartnershipType.SisterCity);
        partnership.UpgradedOn.ShouldBe(PartialDate.OfDay(upgradedOn));
        partnership.SignedType.ShouldBe(PartnershipType.Friendship, "the first agreement stays on record");
        partnership.SignedOn.ShouldBe(PartialDate.OfDay(SignedOn));
        partnership.SigningPlace.ShouldBe("오사카 시청");
        partnership.Timeline.TakeLast(2).Select(e => e.Kind).ShouldBe([TimelineKind.CouncilApproval, TimelineKind.UpgradedToSisterCity]);
        partnership.AvailableSteps().ShouldNotContain(LifecycleStep.UpgradeToSisterCity);
    }

    [Fact]
    public void An_upgrade_without_a_place_keeps_the_original_signing_place()
    {
        var partnership = ActiveFriendshipApprovedForSister();

        partnership.UpgradeToSisterCity(NextStepOn, "  ", LifecyclePolicy.Default, Colleague);

        partnership.SigningPlace.ShouldBe("김포아트홀");
    }

    [Fact]
    public void Renewing_a_fixed_term_agreement_extends_its_expiry()
    {
        var partnership = Active(PartnershipType.ExchangeMou, FixedTermExpiry);
        var newExpiry = FixedTermExpiry.AddYears(3);

        partnership.Renew(NextStepOn, newExpiry, Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.Active);
        partnership.ExpiresOn.ShouldBe(newExpiry);
        partnership.LastRenewedOn.ShouldBe(NextStepOn);
        partnership.Timeline[^1].Kind.ShouldBe(TimelineKind.Renewed);
        partnership.Timeline[^1].Note.ShouldBe(newExpiry.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_active_partnership_goes_dormant_and_is_reactivated()
    {
        var partnership = Active(PartnershipType.SisterCity);

        partnership.MarkDormant(DormantOn, " 3년간 교류 실적 없음 ", Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.Dormant);
        partnership.DormantSince.ShouldBe(DormantOn);
        partnership.IsSigned.ShouldBeTrue();
        partnership.Timeline[^1].Note.ShouldBe("3년간 교류 실적 없음");

        partnership.Reactivate(NextStepOn, "청소년 교류 재개", Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.Active);
        partnership.DormantSince.ShouldBeNull();
        partnership.Type.ShouldBe(PartnershipType.SisterCity);
        partnership.Timeline.TakeLast(2).Select(e => e.Kind).ShouldBe([TimelineKind.MarkedDormant, TimelineKind.Reactivated]);
    }

    [Theory]
    [InlineData(PartnershipStatus.Candidate, false)]
    [InlineData(PartnershipStatus.Exploring, false)]
    [InlineData(PartnershipStatus.Negotiating, false)]
    [InlineData(PartnershipStatus.CouncilApproved, false)]
    [InlineData(PartnershipStatus.Active, true)]
    [InlineData(PartnershipStatus.Dormant, true)]
    public void A_partnership_can_be_terminated_from_any_live_status(PartnershipStatus from, bool wasSigned)
    {
        var partnership = InStatus(from);
        var entries = partnership.Timeline.Count;

        partnership.Terminate(NextStepOn, " 상대 도시 행정구역 통합 ", " 시장 결재 ", Colleague);

        partnership.Status.ShouldBe(PartnershipStatus.Terminated);
        partnership.IsLive.ShouldBeFalse();
        partnership.IsSigned.ShouldBe(wasSigned);
        partnership.TerminatedOn.ShouldBe(NextStepOn);
        partnership.TerminationReason.ShouldBe("상대 도시 행정구역 통합");
        partnership.TerminationDecision.ShouldBe("시장 결재");
        partnership.AvailableSteps().ShouldBeEmpty();
        partnership.Timeline.Count.ShouldBe(entries + 1);
        partnership.Timeline[^1].Kind.ShouldBe(TimelineKind.Terminated);
        partnership.Timeline[^1].Note.ShouldBe("상대 도시 행정구역 통합 · 시장 결재");
    }

    [Fact]
    public void The_whole_journey_of_a_sister_city_is_on_its_timeline_in_order()
    {
        var partnership = Candidate(PartnershipType.SisterCity);
        partnership.BeginInformationGathering(new DateOnly(2024, 1, 5), null, Clerk);
        partnership.RecordWorkingMeeting(PartialDate.OfMonth(2024, 3), "김포시청", "실무단", SomeFields, null, Clerk);
        partnership.RecordCouncilApproval(new DateOnly(2024, 6, 20), PartnershipType.SisterCity, "제2024-9호", Clerk);
        partnership.SignAgreement(PartnershipType.SisterCity, new DateOnly(2024, 9, 1), "오사카", null, LifecyclePolicy.Default, Clerk);
        partnership.MarkDormant(new DateOnly(2025, 9, 1), null, Clerk);
        partnership.Reactivate(new DateOnly(2026, 2, 1), null, Clerk);
        partnership.Terminate(new DateOnly(2026, 11, 22), "합의 해지", "의회 의결", Clerk);

        partnership.Timeline.Select(e => (e.Kind, e.StatusAfter)).ShouldBe(
        [
            (TimelineKind.CandidateRegistered, PartnershipStatus.Candidate),
            (TimelineKind.InformationGathering, PartnershipStatus.Exploring),
            (TimelineKind.WorkingMeeting, PartnershipStatus.Negotiating),
            (TimelineKind.CouncilApproval, PartnershipStatus.CouncilApproved),
            (TimelineKind.AgreementSigned, PartnershipStatus.Active),
            (TimelineKind.MarkedDormant, PartnershipStatus.Dormant),
            (TimelineKind.Reactivated, PartnershipStatus.Active),
            (TimelineKind.Terminated, PartnershipStatus.Terminated),
        ]);
        partnership.Timeline.Select(e => e.OccurredOn?.ToString()).ShouldBe(
            [null, "2024-01-05", "2024-03", "2024-06-20", "2024-09-01", "2025-09-01", "2026-02-01", "2026-11-22"]);
    }

    [Fact]
    public void An_agreement_signed_before_the_system_is_registered_as_active()
    {
        var partnership = Partnership.RegisterExistingAgreement(
            Owner, ForeignPartner, "CN", PartnershipType.Friendship, PartialDate.OfYear(2006), SomeFields, " 2006년 우호교류 협약 ", Clerk, "산둥성");

        partnership.Status.ShouldBe(PartnershipStatus.Active);
        partnership.Type.ShouldBe(PartnershipType.Friendship);
        partnership.SignedType.ShouldBe(PartnershipType.Friendship);
        partnership.SignedOn.ShouldBe(PartialDate.OfYear(2006));
        partnership.SignedYear.ShouldBe(2006);
        partnership.SigningPlace.ShouldBe("산둥성");
        partnership.History.ShouldBe("2006년 우호교류 협약");
        partnership.LastStepOn.ShouldBe(PartialDate.OfYear(2006));
        partnership.IsSigned.ShouldBeTrue();
        var entry = partnership.Timeline.ShouldHaveSingleItem();
        entry.Kind.ShouldBe(TimelineKind.ExistingAgreementRegistered);
        entry.OccurredOn.ShouldBe(PartialDate.OfYear(2006));
        entry.StatusAfter.ShouldBe(PartnershipStatus.Active);
    }

    [Fact]
    public void An_existing_agreement_keeps_its_motive_and_the_basis_of_its_date_in_one_timeline_entry()
    {
        var partnership = Partnership.RegisterExistingAgreement(
            Owner, ForeignPartner, "CN", PartnershipType.SisterCity, PartialDate.OfMonth(2023, 4), SomeFields, null, Clerk,
            motive: " 산업 보완성 ", dateBasis: " 시 보도자료 2023-04-20 ");

        partnership.Motive.ShouldBe("산업 보완성");
        partnership.DateBasis.ShouldBe("시 보도자료 2023-04-20");
        partnership.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineKind.ExistingAgreementRegistered);
    }

    [Fact]
    public void An_existing_agreement_of_unknown_date_can_still_take_later_steps()
    {
        var partnership = Partnership.RegisterExistingAgreement(
            Owner, ForeignPartner, "US", PartnershipType.SisterCity, null, SomeFields, null, Clerk);

        partnership.SignedOn.ShouldBeNull();
        partnership.SignedYear.ShouldBeNull();

        partnership.MarkDormant(new DateOnly(1990, 1, 1), null, Clerk);

        partnership.Status.ShouldBe(PartnershipStatus.Dormant);
    }

    // ---- illegal transitions -----------------------------------------------------------------

    /// <summary>A step that must be refused: the partnership it is tried on, the step, the rule code and what the Korean message says.</summary>
    public sealed record IllegalStep(Func<Partnership> Given, Action<Partnership> Step, string Rule, string KoreanReason);

    private static readonly Dictionary<string, IllegalStep> IllegalSteps = new()
    {
        ["information gathering from Exploring"] = new(() => Exploring(), Gather, "partnership.information-gathering.status", "후보 단계에서만"),
        ["information gathering from Negotiating"] = new(() => Negotiating(), Gather, "partnership.information-gathering.status", "후보 단계에서만"),
        ["information gathering from CouncilApproved"] = new(() => CouncilApproved(), Gather, "partnership.information-gathering.status", "후보 단계에서만"),
        ["information gathering from Active"] = new(() => Active(), Gather, "partnership.information-gathering.status", "후보 단계에서만"),
        ["information gathering from Dormant"] = new(() => Dormant(), Gather, "partnership.information-gathering.status", "후보 단계에서만"),

        ["working meeting on an active sister city"] = new(() => Active(PartnershipType.SisterCity), Meet, "partnership.working-meeting.status", "실무협의를 기록할 수 없습니다"),
        ["working meeting on an active MOU"] = new(() => Active(PartnershipType.ExchangeMou), Meet, "partnership.working-meeting.status", "실무협의를 기록할 수 없습니다"),
        ["working meeting on a dormant friendship"] = new(() => Dormant(), Meet, "partnership.working-meeting.status", "휴면 상태에서는"),
        ["working meeting without a place"] = new(
            () => Candidate(), p => p.RecordWorkingMeeting(PartialDate.OfDay(NextStepOn), " ", "실무단", SomeFields, null, Colleague),
            "partnership.working-meeting.place", "회의 장소"),
        ["working meeting without attendees"] = new(
            () => Candidate(), p => p.RecordWorkingMeeting(PartialDate.OfDay(NextStepOn), "김포시청", "", SomeFields, null, Colleague),
            "partnership.working-meeting.attendees", "참석자"),

        ["council approval from Candidate"] = new(() => Candidate(), ApproveSister, "partnership.council-approval.status", "실무협의를 기록한 뒤"),
        ["council approval from Exploring"] = new(() => Exploring(), ApproveSister, "partnership.council-approval.status", "실무협의를 기록한 뒤"),
        ["friendship council approval on an active friendship"] = new(
            () => Active(PartnershipType.Friendship), p => p.RecordCouncilApproval(NextStepOn, PartnershipType.Friendship, null, Colleague),
            "partnership.council-approval.status", "의회 의결을 기록할 수 없습니다"),
        ["council approval on an active sister city"] = new(() => Active(PartnershipType.SisterCity), ApproveSister, "partnership.council-approval.status", "의회 의결을 기록할 수 없습니다"),
        ["council approval on a dormant friendship"] = new(() => Dormant(), ApproveSister, "partnership.council-approval.status", "휴면 상태에서는"),

        ["signing from Candidate"] = new(() => Candidate(), SignMou, "partnership.sign.status", "실무협의를 먼저 기록하세요"),
        ["signing from Exploring"] = new(() => Exploring(), SignMou, "partnership.sign.status", "실무협의를 먼저 기록하세요"),
        ["signing from Active"] = new(() => Active(), SignMou, "partnership.sign.status", "협약을 체결할 수 없습니다"),
        ["signing from Dormant"] = new(() => Dormant(), SignMou, "partnership.sign.status", "협약을 체결할 수 없습니다"),
        ["signing from Terminated"] = new(() => Terminated(), SignMou, "partnership.sign.status", "종료 상태에서는"),
        ["sister-city signing without council approval"] = new(
            () => Negotiating(PartnershipType.SisterCity), p => Sign(p, PartnershipType.SisterCity, LifecyclePolicy.Default),
            "partnership.sign.council-approval-required", "자매결연 협약은 의회 의결이 있어야"),
        ["sister-city signing with only a friendship council approval"] = new(
            () => CouncilApproved(PartnershipType.Friendship), p => Sign(p, PartnershipType.SisterCity, LifecyclePolicy.Default),
            "partnership.sign.council-approval-required", "의회 의결이 있어야"),
        ["friendship signing without approval when the policy requires it"] = new(
            () => Negotiating(PartnershipType.Friendship), p => Sign(p, PartnershipType.Friendship, FriendshipNeedsCouncil),
            "partnership.sign.council-approval-required", "우호교류 협약은 의회 의결이 있어야"),
        ["friendship signing with only a sister-city approval when the policy requires it"] = new(
            () => CouncilApproved(PartnershipType.SisterCity), p => Sign(p, PartnershipType.Friendship, FriendshipNeedsCouncil),
            "partnership.sign.council-approval-required", "의회 의결이 있어야"),
        ["signing with an expiry on the signing date"] = new(
            () => Negotiating(PartnershipType.ExchangeMou),
            p => p.SignAgreement(PartnershipType.ExchangeMou, NextStepOn, null, NextStepOn, LifecyclePolicy.Default, Colleague),
            "partnership.sign.expiry", "만료일은 체결일 이후"),

        ["upgrading a dormant friendship approved for sister"] = new(
            () =>
            {
                var p = ActiveFriendshipApprovedForSister();
                p.MarkDormant(SisterApprovedOn.AddDays(1), null, Clerk);
                return p;
            },
            Upgrade, "partnership.upgrade.dormant", "먼저 교류를 재개하세요"),
        ["upgrading an active sister city"] = new(() => Active(PartnershipType.SisterCity), Upgrade, "partnership.upgrade.not-friendship", "우호교류만"),
        ["upgrading an active MOU"] = new(() => Active(PartnershipType.ExchangeMou), Upgrade, "partnership.upgrade.not-friendship", "우호교류만"),
        ["upgrading before signing"] = new(() => CouncilApproved(PartnershipType.SisterCity), Upgrade, "partnership.upgrade.not-friendship", "협약이 체결된 우호교류만"),
        ["upgrading without a sister-city council approval"] = new(() => Active(PartnershipType.Friendship), Upgrade, "partnership.upgrade.council-approval-required", "의회 의결이 필요"),
        ["upgrading with only the friendship's own council approval"] = new(
            () =>
            {
                var p = CouncilApproved(PartnershipType.Friendship);
                p.SignAgreement(PartnershipType.Friendship, SignedOn, null, null, FriendshipNeedsCouncil, Clerk);
                return p;
            },
            Upgrade, "partnership.upgrade.council-approval-required", "의회 의결이 필요"),

        ["renewing an open-ended agreement"] = new(() => Active(PartnershipType.ExchangeMou), RenewByThreeYears, "partnership.renew.open-ended", "기간이 정해지지 않은"),
        ["renewing with an earlier expiry"] = new(
            () => Active(PartnershipType.ExchangeMou, FixedTermExpiry), p => p.Renew(NextStepOn, FixedTermExpiry.AddDays(-1), Colleague),
            "partnership.renew.expiry", "새 만료일은 현재 만료일보다 뒤여야"),
        ["renewing with the same expiry"] = new(
            () => Active(PartnershipType.ExchangeMou, FixedTermExpiry), p => p.Renew(NextStepOn, FixedTermExpiry, Colleague),
            "partnership.renew.expiry", "새 만료일"),
        ["renewing a dormant agreement"] = new(
            () =>
            {
                var p = Active(PartnershipType.ExchangeMou, FixedTermExpiry);
                p.MarkDormant(DormantOn, null, Clerk);
                return p;
            },
            RenewByThreeYears, "partnership.renew.status", "체결된 협약만"),
        ["renewing before signing"] = new(() => Negotiating(), RenewByThreeYears, "partnership.renew.status", "체결된 협약만"),

        ["marking a candidate dormant"] = new(() => Candidate(), Sleep, "partnership.dormant.status", "교류 중인 관계만 휴면으로"),
        ["marking a negotiating partnership dormant"] = new(() => Negotiating(), Sleep, "partnership.dormant.status", "교류 중인 관계만 휴면으로"),
        ["marking a dormant partnership dormant again"] = new(() => Dormant(), Sleep, "partnership.dormant.status", "교류 중인 관계만 휴면으로"),
        ["reactivating an active partnership"] = new(() => Active(), Wake, "partnership.reactivate.status", "휴면 상태인 관계만"),
        ["reactivating a candidate"] = new(() => Candidate(), Wake, "partnership.reactivate.status", "휴면 상태인 관계만"),

        ["terminating twice"] = new(() => Terminated(), End, "partnership.terminate.already", "이미 종료된"),
        ["terminating without a reason"] = new(
            () => Active(), p => p.Terminate(NextStepOn, "  ", "시장 결재", Colleague), "partnership.terminate.reason", "종료 사유"),
        ["terminating without a decision"] = new(
            () => Active(), p => p.Terminate(NextStepOn, "교류 중단", "", Colleague), "partnership.terminate.decision", "종료 결정"),

        ["editing the details of a terminated partnership"] = new(
            () => Terminated(), p => p.EditDetails(ExchangeFields.Economy, "새 동기", null, null, Colleague), "partnership.terminated", "종료된 교류는 수정할 수 없습니다"),
        ["information gathering on a terminated partnership"] = new(() => Terminated(), Gather, "partnership.information-gathering.status", "현재: 종료"),
        ["working meeting on a terminated partnership"] = new(() => Terminated(), Meet, "partnership.working-meeting.status", "종료 상태에서는"),
        ["council approval on a terminated partnership"] = new(() => Terminated(), ApproveSister, "partnership.council-approval.status", "종료 상태에서는"),
        ["upgrading a terminated partnership"] = new(() => Terminated(), Upgrade, "partnership.upgrade.not-friendship", "우호교류만"),
        ["renewing a terminated partnership"] = new(() => Terminated(PartnershipType.ExchangeMou), RenewByThreeYears, "partnership.renew.status", "체결된 협약만"),
        ["marking a terminated partnership dormant"] = new(() => Terminated(), Sleep, "partnership.dormant.status", "휴면으로 지정할 수"),
        ["reactivating a terminated partnership"] = new(() => Terminated(), Wake, "partnership.reactivate.status", "휴면 상태인 관계만"),
    };

    public static TheoryData<string> IllegalStepNames => new(IllegalSteps.Keys);

    [Theory]
    [MemberData(nameof(IllegalStepNames))]
    public void An_illegal_step_is_refused_with_its_reason_and_leaves_the_partnership_untouched(string step)
    {
        var illegal = IllegalSteps[step];
        var partnership = illegal.Given();

        var refusal = partnership.ShouldRefuse(illegal.Step, illegal.Rule);

        refusal.Korean.ShouldContain(illegal.KoreanReason);
    }

    [Fact]
    public void Upgrading_a_dormant_partnership_is_refused()
    {
        var partnership = Dormant(PartnershipType.Friendship);

        var refusal = partnership.ShouldRefuse(Upgrade, "partnership.upgrade.dormant");

        refusal.Korean.ShouldBe("휴면 상태인 교류는 자매결연으로 격상할 수 없습니다. 먼저 교류를 재개하세요.");
        refusal.English.ShouldContain("reactivate it first");
    }

    [Fact]
    public void Signing_a_sister_city_agreement_without_council_approval_is_refused()
    {
        var partnership = Negotiating(PartnershipType.SisterCity);

        var refusal = partnership.ShouldRefuse(p => Sign(p, PartnershipType.SisterCity, LifecyclePolicy.Default), "partnership.sign.council-approval-required");

        refusal.Korean.ShouldBe("자매결연 협약은 의회 의결이 있어야 체결할 수 있습니다.");
        refusal.English.ShouldBe("A sister-city agreement needs the council's approval first.");
    }

    [Fact]
    public void A_status_refusal_names_the_current_status()
    {
        var partnership = Negotiating();

        var refusal = partnership.ShouldRefuse(Gather, "partnership.information-gathering.status");

        refusal.Korean.ShouldBe("정보수집은 후보 단계에서만 시작할 수 있습니다. (현재: 실무협의)");
        refusal.English.ShouldEndWith("(now: Negotiating)");
    }

    [Fact]
    public void Terminating_twice_is_refused_and_keeps_the_first_termination()
    {
        var partnership = Terminated();

        partnership.ShouldRefuse(End, "partnership.terminate.already");

        partnership.TerminatedOn.ShouldBe(TerminatedOn);
        partnership.TerminationReason.ShouldBe("상대 도시의 교류 중단 요청");
    }

    [Fact]
    public void A_refused_council_approval_does_not_record_an_approval_that_signing_could_rely_on()
    {
        var partnership = Candidate(PartnershipType.SisterCity);

        partnership.ShouldRefuse(ApproveSister, "partnership.council-approval.status");
        partnership.RecordWorkingMeeting(PartialDate.OfDay(MetOn), "김포시청", "실무단", SomeFields, null, Clerk);

        partnership.ShouldRefuse(p => Sign(p, PartnershipType.SisterCity, LifecyclePolicy.Default), "partnership.sign.council-approval-required");
    }

    [Fact]
    public void A_council_approval_refused_for_its_date_leaves_the_intended_type_unchanged()
    {
        var partnership = Negotiating(PartnershipType.Friendship);

        partnership.ShouldRefuse(
            p => p.RecordCouncilApproval(MetOn.AddDays(-1), PartnershipType.SisterCity, null, Colleague), "partnership.date.order");

        partnership.Type.ShouldBe(PartnershipType.Friendship);
    }

    private static void Gather(Partnership p) => p.BeginInformationGathering(NextStepOn, null, Colleague);

    private static void Meet(Partnership p) =>
        p.RecordWorkingMeeting(PartialDate.OfDay(NextStepOn), "김포시청", "실무단", SomeFields, null, Colleague);

    private static void ApproveSister(Partnership p) => p.RecordCouncilApproval(NextStepOn, PartnershipType.SisterCity, null, Colleague);

    private static void SignMou(Partnership p) => Sign(p, PartnershipType.ExchangeMou, LifecyclePolicy.Default);

    private static void Sign(Partnership p, PartnershipType type, LifecyclePolicy policy) =>
        p.SignAgreement(type, NextStepOn, null, null, policy, Colleague);

    private static void Upgrade(Partnership p) => p.UpgradeToSisterCity(NextStepOn, null, LifecyclePolicy.Default, Colleague);

    private static void RenewByThreeYears(Partnership p) => p.Renew(NextStepOn, FixedTermExpiry.AddYears(3), Colleague);

    private static void Sleep(Partnership p) => p.MarkDormant(NextStepOn, null, Colleague);

    private static void Wake(Partnership p) => p.Reactivate(NextStepOn, null, Colleague);

    private static void End(Partnership p) => p.Terminate(NextStepOn, "교류 중단", "시장 결재", Colleague);
}
