using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Tests.Discovery.Candidates;

public sealed class CandidateTests
{
    private const string Owner = "41570"; // 경기도 김포시

    private static readonly PartnerRef Heze = new(PartnerKind.ForeignCity, null, 42);

    private static readonly PartnerRef Ulleung = new(PartnerKind.LocalGovernment, "47940", null);

    private static readonly Stamp Clerk = new("clerk@gimpo", new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    private static readonly Stamp Colleague = new("colleague@gimpo", new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));

    private static Candidate Considering(string? notes = "수로도시 포럼에서 만남") =>
        Candidate.Add(Owner, Heze, CandidateSource.Forum, ExchangeFields.Tourism | ExchangeFields.Economy, notes, Clerk);

    // ---- adding ---------------------------------------------------------------------------------

    [Fact]
    public void A_new_candidate_is_under_consideration_on_its_owners_board()
    {
        var candidate = Candidate.Add(Owner, Heze, CandidateSource.Recommendation, ExchangeFields.Tourism, "  관광 교류  ", Clerk, "수변 도시, 관광 목표 일치", 0.82);

        candidate.Status.ShouldBe(CandidateStatus.Considering);
        candidate.IsOpen.ShouldBeTrue();
        candidate.PlaceKey.ShouldBe("FC-42");
        candidate.BoardKey.ShouldBe("41570|FC-42");
        candidate.Place.ShouldBe(Heze);
        candidate.Notes.ShouldBe("관광 교류");
        candidate.RecommendationReason.ShouldBe("수변 도시, 관광 목표 일치");
        candidate.RecommendationScore.ShouldBe(0.82);
        candidate.CreatedBy.ShouldBe(Clerk.By);
        candidate.UpdatedAt.ShouldBe(Clerk.At);
        candidate.PartnershipId.ShouldBeNull();
    }

    [Fact]
    public void A_korean_government_can_be_a_candidate_under_its_code()
    {
        var candidate = Candidate.Add(Owner, Ulleung, CandidateSource.Referral, ExchangeFields.None, null, Clerk);

        candidate.PlaceKey.ShouldBe("KR-47940");
        candidate.LocalGovernmentCode.ShouldBe("47940");
        candidate.Notes.ShouldBeNull();
    }

    [Fact]
    public void A_government_cannot_put_itself_on_its_own_board()
    {
        var self = new PartnerRef(PartnerKind.LocalGovernment, Owner, null);

        var refusal = Should.Throw<DomainRuleException>(() => Candidate.Add(Owner, self, CandidateSource.Other, ExchangeFields.None, null, Clerk));

        refusal.Rule.ShouldBe("candidate.self");
        refusal.Korean.ShouldContain("자기 자신을");
    }

    [Fact]
    public void An_unknown_source_is_refused_naming_the_source()
    {
        var refusal = Should.Throw<DomainRuleException>(() => Candidate.Add(Owner, Heze, (CandidateSource)99, ExchangeFields.None, null, Clerk));

        refusal.Rule.ShouldBe("candidate.source");
        refusal.Field.ShouldBe("Source");
    }

    [Fact]
    public void An_undefined_exchange_field_is_refused()
    {
        Should.Throw<DomainRuleException>(() => Candidate.Add(Owner, Heze, CandidateSource.Forum, (ExchangeFields)(1 << 20), null, Clerk))
            .Rule.ShouldBe("candidate.fields");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_recommendation_score_that_is_not_a_number_is_refused(double score)
    {
        Should.Throw<DomainRuleException>(() => Candidate.Add(Owner, Heze, CandidateSource.Recommendation, ExchangeFields.None, null, Clerk, "이유", score))
            .Field.ShouldBe("RecommendationScore");
    }

    [Fact]
    public void Notes_longer_than_the_limit_are_refused_naming_the_notes()
    {
        var refusal = Should.Throw<DomainRuleException>(() =>
            Candidate.Add(Owner, Heze, CandidateSource.Forum, ExchangeFields.None, new string('가', Candidate.MaxNotesLength + 1), Clerk));

        refusal.Rule.ShouldBe("candidate.text-too-long");
        refusal.Field.ShouldBe("Notes");
    }

    // ---- revising -------------------------------------------------------------------------------

    [Fact]
    public void Revising_replaces_source_fields_and_notes_and_stamps_the_change()
    {
        var candidate = Considering();

        candidate.Revise(CandidateSource.PartnerRequest, ExchangeFields.Education, "상대 도시가 교육 교류를 요청", Colleague);

        candidate.Source.ShouldBe(CandidateSource.PartnerRequest);
        candidate.PreferredFields.ShouldBe(ExchangeFields.Education);
        candidate.Notes.ShouldBe("상대 도시가 교육 교류를 요청");
        candidate.UpdatedBy.ShouldBe(Colleague.By);
        candidate.CreatedBy.ShouldBe(Clerk.By);
    }

    [Fact]
    public void A_refused_revision_changes_nothing()
    {
        var candidate = Considering();

        Should.Throw<DomainRuleException>(() =>
            candidate.Revise(CandidateSource.Other, ExchangeFields.Education, new string('가', Candidate.MaxNotesLength + 1), Colleague));

        candidate.Source.ShouldBe(CandidateSource.Forum);
        candidate.PreferredFields.ShouldBe(ExchangeFields.Tourism | ExchangeFields.Economy);
        candidate.UpdatedBy.ShouldBe(Clerk.By);
    }

    [Fact]
    public void A_dropped_candidate_cannot_be_revised()
    {
        var candidate = Considering();
        candidate.Drop("예산 부족", Clerk);

        Should.Throw<DomainRuleException>(() => candidate.Revise(CandidateSource.Other, ExchangeFields.None, null, Colleague))
            .Rule.ShouldBe("candidate.revise");
    }

    // ---- dropping -------------------------------------------------------------------------------

    [Fact]
    public void Dropping_keeps_the_candidate_and_appends_the_reason_to_its_notes()
    {
        var candidate = Considering();

        candidate.Drop("  상대 측 회신 없음 ", Colleague);

        candidate.Status.ShouldBe(CandidateStatus.Dropped);
        candidate.IsOpen.ShouldBeFalse();
        candidate.Notes.ShouldBe("수로도시 포럼에서 만남\n상대 측 회신 없음");
        candidate.UpdatedBy.ShouldBe(Colleague.By);
    }

    [Fact]
    public void Dropping_a_candidate_without_notes_makes_the_reason_its_notes()
    {
        var candidate = Considering(notes: null);

        candidate.Drop("상대 측 회신 없음", Colleague);

        candidate.Notes.ShouldBe("상대 측 회신 없음");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Dropping_without_a_reason_is_refused_naming_the_reason(string? reason)
    {
        var candidate = Considering();

        var refusal = Should.Throw<DomainRuleException>(() => candidate.Drop(reason, Colleague));

        refusal.Rule.ShouldBe("candidate.drop-reason");
        refusal.Field.ShouldBe("Reason");
        candidate.Status.ShouldBe(CandidateStatus.Considering);
        candidate.Notes.ShouldBe("수로도시 포럼에서 만남");
    }

    [Fact]
    public void A_candidate_already_dropped_cannot_be_dropped_again()
    {
        var candidate = Considering();
        candidate.Drop("예산 부족", Clerk);

        Should.Throw<DomainRuleException>(() => candidate.Drop("다시", Colleague)).Rule.ShouldBe("candidate.drop");
        candidate.Notes.ShouldBe("수로도시 포럼에서 만남\n예산 부족");
    }

    // ---- taking forward -------------------------------------------------------------------------

    [Fact]
    public void Taking_forward_starts_a_partnership_at_the_candidate_stage_with_the_preferred_fields_and_notes()
    {
        var candidate = Considering();

        var partnership = candidate.TakeForward(PartnershipType.Friendship, "CN", Colleague);

        candidate.Status.ShouldBe(CandidateStatus.Promoted);
        candidate.Partnership.ShouldBeSameAs(partnership);
        partnership.OwnerCode.ShouldBe(Owner);
        partnership.PartnerForeignCityId.ShouldBe(42);
        partnership.Status.ShouldBe(PartnershipStatus.Candidate);
        partnership.Type.ShouldBe(PartnershipType.Friendship);
        partnership.Fields.ShouldBe(ExchangeFields.Tourism | ExchangeFields.Economy);
        partnership.Motive.ShouldBe("수로도시 포럼에서 만남");
        partnership.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineKind.CandidateRegistered);
    }

    [Fact]
    public void A_recommended_candidate_without_notes_carries_the_recommendation_reason_as_motive()
    {
        var candidate = Candidate.Add(Owner, Heze, CandidateSource.Recommendation, ExchangeFields.None, null, Clerk, "수변 도시, 관광 목표 일치", 0.7);

        candidate.TakeForward(PartnershipType.ExchangeMou, "CN", Colleague).Motive.ShouldBe("수변 도시, 관광 목표 일치");
    }

    [Fact]
    public void A_candidate_taken_forward_cannot_be_taken_forward_again()
    {
        var candidate = Considering();
        candidate.TakeForward(PartnershipType.Friendship, "CN", Clerk);

        Should.Throw<DomainRuleException>(() => candidate.TakeForward(PartnershipType.SisterCity, "CN", Colleague)).Rule.ShouldBe("candidate.take-forward");
        Should.Throw<DomainRuleException>(() => candidate.Drop("취소", Colleague)).Rule.ShouldBe("candidate.drop");
    }

    [Fact]
    public void An_undefined_agreement_type_is_refused_and_the_candidate_stays_open()
    {
        var candidate = Considering();

        Should.Throw<DomainRuleException>(() => candidate.TakeForward((PartnershipType)99, "CN", Colleague)).Field.ShouldBe("Type");

        candidate.Status.ShouldBe(CandidateStatus.Considering);
        candidate.Partnership.ShouldBeNull();
    }

    [Fact]
    public void When_the_partnership_rules_refuse_the_candidate_stays_open()
    {
        // A city from the foreign list that lies in Korea must be registered as a Korean government instead.
        var candidate = Considering();

        Should.Throw<DomainRuleException>(() => candidate.TakeForward(PartnershipType.Friendship, "KR", Colleague)).Rule.ShouldBe("partnership.partner.domestic");

        candidate.Status.ShouldBe(CandidateStatus.Considering);
        candidate.UpdatedBy.ShouldBe(Clerk.By);
    }

    // ---- labels ---------------------------------------------------------------------------------

    [Fact]
    public void Every_source_and_status_has_a_korean_and_an_english_label()
    {
        foreach (var source in Enum.GetValues<CandidateSource>())
        {
            source.Korean().ShouldNotBeNullOrWhiteSpace();
            source.English().ShouldNotBeNullOrWhiteSpace();
        }

        CandidateSource.Forum.Korean().ShouldBe("포럼·회의");
        CandidateStatus.Promoted.Korean().ShouldBe("교류 추진");
        Enum.GetValues<CandidateStatus>().Select(s => s.English()).Distinct().Count().ShouldBe(3);
    }
}
