using System.Globalization;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using static Gyoryu.Domain.Tests.Partnerships.PartnershipBuilder;

namespace Gyoryu.Domain.Tests.Partnerships;

public sealed class PartnershipRulesTests
{
    // ---- who can be a partner ----------------------------------------------------------------

    [Fact]
    public void A_local_government_cannot_partner_with_itself()
    {
        var self = new PartnerRef(PartnerKind.LocalGovernment, Owner, null);

        var refusal = Should.Throw<DomainRuleException>(() =>
            Partnership.RegisterCandidate(Owner, self, "KR", PartnershipType.Friendship, SomeFields, null, Clerk));

        refusal.Rule.ShouldBe("partnership.partner.self");
        refusal.Field.ShouldBe("Partner");
        refusal.Korean.ShouldContain("자기 자신과는");
    }

    [Fact]
    public void An_existing_agreement_with_oneself_is_refused_too()
    {
        var self = new PartnerRef(PartnerKind.LocalGovernment, Owner, null);

        Should.Throw<DomainRuleException>(() =>
                Partnership.RegisterExistingAgreement(Owner, self, "KR", PartnershipType.SisterCity, null, SomeFields, null, Clerk))
            .Rule.ShouldBe("partnership.partner.self");
    }

    [Fact]
    public void A_korean_city_from_the_foreign_city_list_cannot_be_a_partner()
    {
        var refusal = Should.Throw<DomainRuleException>(() =>
            Partnership.RegisterCandidate(Owner, ForeignPartner, "KR", PartnershipType.Friendship, SomeFields, null, Clerk));

        refusal.Rule.ShouldBe("partnership.partner.domestic");
        refusal.Korean.ShouldContain("대한민국 지방자치단체로 등록하세요");
    }

    [Theory]
    [InlineData("4157")]
    [InlineData("415700")]
    [InlineData(null)]
    public void A_domestic_partner_must_be_identified_by_a_five_digit_government_code(string? code)
    {
        var partner = new PartnerRef(PartnerKind.LocalGovernment, code, null);

        var refusal = Should.Throw<DomainRuleException>(() =>
            Partnership.RegisterCandidate(Owner, partner, "KR", PartnershipType.Friendship, SomeFields, null, Clerk));

        refusal.Rule.ShouldBe("partnership.partner.domestic");
        refusal.Korean.ShouldContain("대한민국 지방자치단체여야");
    }

    [Fact]
    public void A_foreign_partner_must_name_its_city()
    {
        var partner = new PartnerRef(PartnerKind.ForeignCity, null, null);

        Should.Throw<DomainRuleException>(() =>
                Partnership.RegisterCandidate(Owner, partner, "JP", PartnershipType.Friendship, SomeFields, null, Clerk))
            .Rule.ShouldBe("partnership.partner.required");
    }

    [Fact]
    public void A_domestic_partnership_is_the_same_pair_whichever_side_registers_it()
    {
        var fromGimpo = Partnership.RegisterCandidate(
            Owner, new PartnerRef(PartnerKind.LocalGovernment, DomesticPartner, null), "KR", PartnershipType.Friendship, SomeFields, null, Clerk);
        var fromBusan = Partnership.RegisterCandidate(
            DomesticPartner, new PartnerRef(PartnerKind.LocalGovernment, Owner, null), "KR", PartnershipType.Friendship, SomeFields, null, Clerk);

        fromGimpo.PairKey.ShouldBe(fromBusan.PairKey);
        fromGimpo.PairKey.ShouldBe("26110|41570");
        fromGimpo.IsDomestic.ShouldBeTrue();
        fromGimpo.OwnerCode.ShouldNotBe(fromBusan.OwnerCode);
    }

    [Fact]
    public void A_foreign_city_pair_belongs_to_the_registering_government()
    {
        var city = new PartnerRef(PartnerKind.ForeignCity, null, PartnerCityId);

        Partnership.PairKeyOf(Owner, city).ShouldBe("41570|FC:42");
        Partnership.PairKeyOf(DomesticPartner, city).ShouldNotBe(Partnership.PairKeyOf(Owner, city));
        Partnership.PairKeyOf(Owner, city).ShouldBe(Candidate().PairKey);
    }

    // ---- dates: not in the future, in Korea -------------------------------------------------

    [Fact]
    public void Today_is_judged_in_korea_time()
    {
        Clerk.Today.ShouldBe(new DateOnly(2026, 11, 22));
        (Clerk with { At = new DateTimeOffset(2026, 11, 22, 14, 59, 59, TimeSpan.Zero) }).Today.ShouldBe(new DateOnly(2026, 11, 22));
        (Clerk with { At = new DateTimeOffset(2026, 11, 22, 15, 30, 0, TimeSpan.Zero) }).Today.ShouldBe(new DateOnly(2026, 11, 23));
        (Clerk with { At = new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.FromHours(-5)) }).Today.ShouldBe(new DateOnly(2026, 11, 23));
    }

    [Fact]
    public void A_step_dated_today_is_allowed()
    {
        var partnership = Candidate();

        partnership.BeginInformationGathering(new DateOnly(2026, 11, 22), null, Clerk);

        partnership.Status.ShouldBe(PartnershipStatus.Exploring);
    }

    [Fact]
    public void A_step_dated_tomorrow_is_refused()
    {
        var partnership = Candidate();

        var refusal = partnership.ShouldRefuse(p => p.BeginInformationGathering(new DateOnly(2026, 11, 23), null, Clerk), "partnership.date.future");

        refusal.Field.ShouldBe("On");
        refusal.Korean.ShouldContain("오늘 이후일 수 없습니다");
    }

    [Fact]
    public void After_three_in_the_afternoon_utc_it_is_already_tomorrow_in_korea()
    {
        var lateEvening = new Stamp("clerk@gimpo", new DateTimeOffset(2026, 11, 22, 15, 30, 0, TimeSpan.Zero));
        var partnership = Candidate();

        partnership.BeginInformationGathering(new DateOnly(2026, 11, 23), null, lateEvening);

        partnership.Status.ShouldBe(PartnershipStatus.Exploring);
    }

    [Fact]
    public void Just_before_midnight_in_korea_tomorrow_is_still_the_future()
    {
        var lastMinute = new Stamp("clerk@gimpo", new DateTimeOffset(2026, 11, 22, 14, 59, 0, TimeSpan.Zero));

        Candidate().ShouldRefuse(p => p.BeginInformationGathering(new DateOnly(2026, 11, 23), null, lastMinute), "partnership.date.future");
    }

    public static TheoryData<string, bool> MeetingDatesAroundToday => new()
    {
        { "2026-11-22", true },
        { "2026-11-23", false },
        { "2026-11", true },
        { "2026-12", false },
        { "2026", true },
        { "2027", false },
    };

    [Theory]
    [MemberData(nameof(MeetingDatesAroundToday))]
    public void A_partial_date_is_in_the_future_only_when_it_cannot_have_begun_yet(string heldOn, bool allowed)
    {
        var partnership = Candidate();
        void Meet(Partnership p) => p.RecordWorkingMeeting(PartialDate.Parse(heldOn), "김포시청", "실무단", SomeFields, null, Clerk);

        if (allowed)
        {
            Meet(partnership);
            partnership.Meetings.ShouldHaveSingleItem().HeldOn.ToString().ShouldBe(heldOn);
        }
        else
        {
            partnership.ShouldRefuse(Meet, "partnership.date.future").Field.ShouldBe("HeldOn");
        }
    }

    [Fact]
    public void An_existing_agreement_signed_in_the_future_is_refused()
    {
        var refusal = Should.Throw<DomainRuleException>(() => Partnership.RegisterExistingAgreement(
            Owner, ForeignPartner, "JP", PartnershipType.SisterCity, PartialDate.OfYear(2027), SomeFields, null, Clerk));

        refusal.Rule.ShouldBe("partnership.date.future");
        refusal.Field.ShouldBe("SignedOn");
    }

    [Fact]
    public void An_existing_agreement_signed_this_year_is_allowed()
    {
        var partnership = Partnership.RegisterExistingAgreement(
            Owner, ForeignPartner, "JP", PartnershipType.SisterCity, PartialDate.OfYear(2026), SomeFields, null, Clerk);

        partnership.SignedYear.ShouldBe(2026);
    }

    // ---- dates: in chronological order ------------------------------------------------------

    [Fact]
    public void A_step_dated_before_the_previous_step_is_refused()
    {
        var partnership = Candidate();
        partnership.BeginInformationGathering(new DateOnly(2025, 3, 1), null, Clerk);

        var refusal = partnership.ShouldRefuse(
            p => p.RecordWorkingMeeting(PartialDate.OfDay(new DateOnly(2025, 2, 28)), "김포시청", "실무단", SomeFields, null, Clerk),
            "partnership.date.order");

        refusal.Field.ShouldBe("HeldOn");
        refusal.Korean.ShouldBe("날짜는 앞 단계의 날짜(2025-03-01) 이후여야 합니다.");
    }

    [Fact]
    public void A_step_on_the_same_day_as_the_previous_one_is_allowed()
    {
        var partnership = Candidate();
        partnership.BeginInformationGathering(new DateOnly(2025, 3, 1), null, Clerk);

        partnership.RecordWorkingMeeting(PartialDate.OfDay(new DateOnly(2025, 3, 1)), "김포시청", "실무단", SomeFields, null, Clerk);

        partnership.Status.ShouldBe(PartnershipStatus.Negotiating);
    }

    public static TheoryData<string, string> OutOfOrderSteps => new()
    {
        { "council approval", "ApprovedOn" },
        { "signing", "SignedOn" },
        { "termination", "On" },
    };

    [Theory]
    [MemberData(nameof(OutOfOrderSteps))]
    public void Every_lifecycle_step_is_held_to_chronological_order(string step, string field)
    {
        var partnership = Negotiating(PartnershipType.ExchangeMou);
        var dayBeforeMeeting = MetOn.AddDays(-1);
        Action<Partnership> act = step switch
        {
            "council approval" => p => p.RecordCouncilApproval(dayBeforeMeeting, PartnershipType.ExchangeMou, null, Colleague),
            "signing" => p => p.SignAgreement(PartnershipType.ExchangeMou, dayBeforeMeeting, null, null, LifecyclePolicy.Default, Colleague),
            _ => p => p.Terminate(dayBeforeMeeting, "중단", "결재", Colleague),
        };

        partnership.ShouldRefuse(act, "partnership.date.order").Field.ShouldBe(field);
    }

    [Fact]
    public void Steps_after_signing_are_held_to_chronological_order()
    {
        var beforeSigning = SignedOn.AddDays(-1);

        Active(PartnershipType.ExchangeMou, FixedTermExpiry)
            .ShouldRefuse(p => p.Renew(beforeSigning, FixedTermExpiry.AddYears(1), Colleague), "partnership.date.order");
        Active().ShouldRefuse(p => p.MarkDormant(beforeSigning, null, Colleague), "partnership.date.order");
        Dormant().ShouldRefuse(p => p.Reactivate(DormantOn.AddDays(-1), null, Colleague), "partnership.date.order");
        ActiveFriendshipApprovedForSister()
            .ShouldRefuse(p => p.UpgradeToSisterCity(SisterApprovedOn.AddDays(-1), null, LifecyclePolicy.Default, Colleague), "partnership.date.order");
    }

    [Fact]
    public void A_signing_within_the_month_of_a_meeting_known_only_to_the_month_is_allowed()
    {
        var partnership = Candidate(PartnershipType.ExchangeMou);
        partnership.RecordWorkingMeeting(PartialDate.OfMonth(2023, 10), "김포시청", "실무단", SomeFields, null, Clerk);

        partnership.SignAgreement(PartnershipType.ExchangeMou, new DateOnly(2023, 10, 5), null, null, LifecyclePolicy.Default, Clerk);

        partnership.Status.ShouldBe(PartnershipStatus.Active);
        partnership.LastStepOn.ShouldBe(PartialDate.OfDay(new DateOnly(2023, 10, 5)));
    }

    [Fact]
    public void A_signing_before_the_month_of_a_meeting_known_only_to_the_month_is_refused()
    {
        var partnership = Candidate(PartnershipType.ExchangeMou);
        partnership.RecordWorkingMeeting(PartialDate.OfMonth(2023, 10), "김포시청", "실무단", SomeFields, null, Clerk);

        var refusal = partnership.ShouldRefuse(
            p => p.SignAgreement(PartnershipType.ExchangeMou, new DateOnly(2023, 9, 30), null, null, LifecyclePolicy.Default, Clerk),
            "partnership.date.order");

        refusal.Korean.ShouldContain("(2023-10)");
    }

    [Fact]
    public void A_meeting_known_only_to_the_month_does_not_move_the_last_step_back()
    {
        var partnership = Candidate();
        partnership.BeginInformationGathering(new DateOnly(2023, 10, 20), null, Clerk);

        partnership.RecordWorkingMeeting(PartialDate.OfMonth(2023, 10), "김포시청", "실무단", SomeFields, null, Clerk);

        partnership.LastStepOn.ShouldBe(PartialDate.OfDay(new DateOnly(2023, 10, 20)));
        partnership.Timeline[^1].OccurredOn.ShouldBe(PartialDate.OfDay(new DateOnly(2023, 10, 20)));
        partnership.ShouldRefuse(
            p => p.SignAgreement(PartnershipType.Friendship, new DateOnly(2023, 10, 19), null, null, LifecyclePolicy.Default, Clerk),
            "partnership.date.order");
    }

    [Fact]
    public void A_step_after_an_agreement_known_only_to_the_year_may_fall_in_that_year()
    {
        var partnership = Partnership.RegisterExistingAgreement(
            Owner, ForeignPartner, "CN", PartnershipType.Friendship, PartialDate.OfYear(2006), SomeFields, null, Clerk);

        partnership.ShouldRefuse(
            p => p.RecordCouncilApproval(new DateOnly(2005, 12, 31), PartnershipType.SisterCity, null, Clerk), "partnership.date.order");

        partnership.RecordCouncilApproval(new DateOnly(2006, 1, 1), PartnershipType.SisterCity, null, Clerk);
        partnership.CouncilApprovals.ShouldHaveSingleItem();
    }

    // ---- the timeline -----------------------------------------------------------------------

    [Fact]
    public void Each_step_adds_one_timeline_entry_saying_who_recorded_it_and_when()
    {
        var registrar = new Stamp("kim@gimpo", new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero));
        var researcher = new Stamp("lee@gimpo", new DateTimeOffset(2025, 1, 15, 1, 0, 0, TimeSpan.Zero));
        var negotiator = new Stamp("park@gimpo", new DateTimeOffset(2025, 3, 3, 2, 0, 0, TimeSpan.Zero));
        var signer = new Stamp("choi@gimpo", new DateTimeOffset(2025, 6, 1, 3, 0, 0, TimeSpan.Zero));

        var partnership = Partnership.RegisterCandidate(Owner, ForeignPartner, "JP", PartnershipType.ExchangeMou, SomeFields, "항만 협력", registrar);
        partnership.BeginInformationGathering(new DateOnly(2025, 1, 15), "자료 요청", researcher);
        partnership.RecordWorkingMeeting(PartialDate.OfDay(new DateOnly(2025, 3, 3)), "김포시청", "항만과", SomeFields, null, negotiator);
        partnership.SignAgreement(PartnershipType.ExchangeMou, new DateOnly(2025, 6, 1), null, null, LifecyclePolicy.Default, signer);

        partnership.Timeline.Select(e => (e.RecordedBy, e.RecordedAt)).ShouldBe(
        [
            (registrar.By, registrar.At),
            (researcher.By, researcher.At),
            (negotiator.By, negotiator.At),
            (signer.By, signer.At),
        ]);
        partnership.Timeline[0].Note.ShouldBe("항만 협력");
        partnership.Timeline[1].Note.ShouldBe("자료 요청");
        partnership.Timeline[2].Note.ShouldBe("김포시청 · 항만과");
        partnership.CreatedAt.ShouldBe(registrar.At);
        partnership.UpdatedAt.ShouldBe(signer.At);
    }

    [Fact]
    public void Editing_details_is_recorded_without_a_date_and_leaves_the_lifecycle_alone()
    {
        var partnership = Active();

        partnership.EditDetails(ExchangeFields.Economy | ExchangeFields.Youth, "  경제 협력  ", " ", "협약서", Colleague);

        partnership.Fields.ShouldBe(ExchangeFields.Economy | ExchangeFields.Youth);
        partnership.Motive.ShouldBe("경제 협력");
        partnership.History.ShouldBeNull();
        partnership.DateBasis.ShouldBe("협약서");
        partnership.Status.ShouldBe(PartnershipStatus.Active);
        partnership.LastStepOn.ShouldBe(PartialDate.OfDay(SignedOn));
        var entry = partnership.Timeline[^1];
        entry.Kind.ShouldBe(TimelineKind.DetailsEdited);
        entry.OccurredOn.ShouldBeNull();
        entry.RecordedBy.ShouldBe(Colleague.By);
        partnership.UpdatedAt.ShouldBe(Colleague.At);
    }

    [Fact]
    public void A_contact_needs_a_name_and_a_plausible_email()
    {
        var partnership = Active();

        partnership.ShouldRefuse(p => p.AddContact(ContactSide.Partner, " ", null, null, null, null, false, Colleague), "partnership.contact.name");
        partnership.ShouldRefuse(p => p.AddContact(ContactSide.Partner, "다나카", null, null, "tanaka.example.jp", null, false, Colleague), "partnership.contact.email");

        var contact = partnership.AddContact(ContactSide.Partner, " 다나카 ", "오사카시", "국제교류과장", "tanaka@example.jp", null, true, Colleague);

        contact.Name.ShouldBe("다나카");
        contact.IsSignatory.ShouldBeTrue();
        partnership.Timeline[^1].Kind.ShouldBe(TimelineKind.ContactAdded);
        partnership.Timeline[^1].Note.ShouldBe("다나카 국제교류과장");
    }

    [Fact]
    public void An_attached_document_records_who_uploaded_it()
    {
        var partnership = Active();

        var document = partnership.AttachDocument("협약서.pdf", "application/pdf", DocumentKind.Pdf, 1024, new string('a', 64), "  ", Colleague);

        document.UploadedBy.ShouldBe(Colleague.By);
        document.UploadedAt.ShouldBe(Colleague.At);
        document.Description.ShouldBeNull();
        partnership.Documents.ShouldHaveSingleItem();
        partnership.Timeline[^1].Kind.ShouldBe(TimelineKind.DocumentAttached);
    }

    // ---- refusal messages follow the UI culture -----------------------------------------------

    [Theory]
    [InlineData("ko-KR", "이미 종료된 교류입니다.")]
    [InlineData("en-US", "This partnership has already ended.")]
    [InlineData("en-GB", "This partnership has already ended.")]
    [InlineData("ja-JP", "이미 종료된 교류입니다.")]
    public void A_refusal_message_is_korean_unless_the_ui_culture_is_english(string culture, string expected)
    {
        var partnership = Terminated();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            var refusal = Should.Throw<DomainRuleException>(() => partnership.Terminate(NextStepOn, "중단", "결재", Clerk));

            refusal.Message.ShouldBe(expected);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    // ---- AvailableSteps offers exactly what the lifecycle allows ------------------------------

    private static readonly Dictionary<string, Func<Partnership>> StatusFixtures = new()
    {
        ["candidate"] = () => Candidate(),
        ["exploring"] = () => Exploring(),
        ["negotiating friendship"] = () => Negotiating(PartnershipType.Friendship),
        ["negotiating sister city"] = () => Negotiating(PartnershipType.SisterCity),
        ["council-approved sister city"] = () => CouncilApproved(PartnershipType.SisterCity),
        ["active friendship approved for sister, open-ended"] = () => ActiveFriendshipApprovedForSister(),
        ["active friendship approved for sister, fixed-term"] = () => ActiveFriendshipApprovedForSister(FixedTermExpiry),
        ["active sister city, open-ended"] = () => Active(PartnershipType.SisterCity),
        ["active MOU, fixed-term"] = () => Active(PartnershipType.ExchangeMou, FixedTermExpiry),
        ["dormant friendship"] = () => Dormant(PartnershipType.Friendship),
        ["dormant sister city"] = () => Dormant(PartnershipType.SisterCity),
        ["terminated"] = () => Terminated(),
        ["terminated before signing"] = () =>
        {
            var p = Negotiating();
            p.Terminate(NextStepOn, "협의 결렬", "국장 결재", Clerk);
            return p;
        },
    };

    public static TheoryData<string> StatusFixtureNames => new(StatusFixtures.Keys);

    [Theory]
    [MemberData(nameof(StatusFixtureNames))]
    public void Available_steps_are_exactly_the_steps_the_partnership_accepts(string fixture)
    {
        var offered = StatusFixtures[fixture]().AvailableSteps();
        var mismatches = new List<string>();

        foreach (var step in Enum.GetValues<LifecycleStep>())
        {
            var partnership = StatusFixtures[fixture]();
            var accepted = Accepts(partnership, step);
            if (accepted != offered.Contains(step))
            {
                mismatches.Add($"{step}: offered={offered.Contains(step)}, accepted={accepted}");
            }
        }

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void An_upgrade_is_not_offered_before_the_council_approves_the_sister_city_agreement()
    {
        var partnership = Active(PartnershipType.Friendship);

        Accepts(partnership, LifecycleStep.UpgradeToSisterCity).ShouldBeFalse();
        partnership.AvailableSteps().ShouldNotContain(LifecycleStep.UpgradeToSisterCity);
    }

    /// <summary>Tries the most permissive form of a step (an MOU needs no council, the council may approve a sister city) after every fixture date.</summary>
    private static bool Accepts(Partnership partnership, LifecycleStep step)
    {
        try
        {
            switch (step)
            {
                case LifecycleStep.InformationGathering:
                    partnership.BeginInformationGathering(NextStepOn, null, Colleague);
                    break;
                case LifecycleStep.WorkingMeeting:
                    partnership.RecordWorkingMeeting(PartialDate.OfDay(NextStepOn), "김포시청", "실무단", SomeFields, null, Colleague);
                    break;
                case LifecycleStep.CouncilApproval:
                    partnership.RecordCouncilApproval(NextStepOn, PartnershipType.SisterCity, null, Colleague);
                    break;
                case LifecycleStep.SignAgreement:
                    partnership.SignAgreement(PartnershipType.ExchangeMou, NextStepOn, null, null, LifecyclePolicy.Default, Colleague);
                    break;
                case LifecycleStep.UpgradeToSisterCity:
                    partnership.UpgradeToSisterCity(NextStepOn, null, LifecyclePolicy.Default, Colleague);
                    break;
                case LifecycleStep.Renew:
                    partnership.Renew(NextStepOn, new DateOnly(2040, 1, 1), Colleague);
                    break;
                case LifecycleStep.MarkDormant:
                    partnership.MarkDormant(NextStepOn, null, Colleague);
                    break;
                case LifecycleStep.Reactivate:
                    partnership.Reactivate(NextStepOn, null, Colleague);
                    break;
                case LifecycleStep.Terminate:
                    partnership.Terminate(NextStepOn, "교류 중단", "시장 결재", Colleague);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(step), step, "A new lifecycle step needs an attempt here.");
            }

            return true;
        }
        catch (DomainRuleException)
        {
            return false;
        }
    }
}
