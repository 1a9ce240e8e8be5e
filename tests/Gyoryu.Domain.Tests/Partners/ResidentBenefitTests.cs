using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Tests.Partners;

public sealed class ResidentBenefitTests
{
    private static readonly Stamp Clerk = new("clerk@gimpo", new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    private static BenefitTerms Museum(DateOnly? from = null, DateOnly? until = null, int? partnershipId = null) => new(
        "  김포아트빌리지 전시 관람료 50% 감면  ", BenefitCategory.Facility, "매표소에서 신분증(주소지 확인) 제시", "김포아트빌리지", from, until, partnershipId);

    [Fact]
    public void An_offered_benefit_is_a_trimmed_draft_for_every_partner_city()
    {
        var benefit = ResidentBenefit.Offer("41570", Museum(), Clerk);

        benefit.Title.ShouldBe("김포아트빌리지 전시 관람료 50% 감면");
        benefit.OwnerCode.ShouldBe("41570");
        benefit.IsPublished.ShouldBeFalse();
        benefit.ForAllPartners.ShouldBeTrue();
        benefit.CreatedBy.ShouldBe("clerk@gimpo");
        benefit.UpdatedAt.ShouldBe(Clerk.At);
    }

    [Theory]
    [InlineData("", "매표소에서 신분증 제시", "김포아트빌리지", "Title", "혜택명을 입력하세요.")]
    [InlineData("입장료 감면", " ", "김포아트빌리지", "Details", "이용 방법을 입력하세요.")]
    [InlineData("입장료 감면", "신분증 제시", "", "Place", "장소·제공 기관을 입력하세요.")]
    public void Missing_title_details_or_place_are_refused_in_Korean_naming_the_field(string title, string details, string place, string field, string korean)
    {
        var refusal = Should.Throw<DomainRuleException>(() =>
            ResidentBenefit.Offer("41570", new BenefitTerms(title, BenefitCategory.Facility, details, place, null, null, null), Clerk));

        refusal.Field.ShouldBe(field);
        refusal.Korean.ShouldBe(korean);
        refusal.English.ShouldStartWith("Enter ");
    }

    [Fact]
    public void A_title_too_long_an_unknown_category_and_an_end_before_the_start_are_refused()
    {
        Should.Throw<DomainRuleException>(() => ResidentBenefit.Offer("41570", Museum() with { Title = new string('가', 201) }, Clerk))
            .Korean.ShouldBe("혜택명은 200자 이하로 입력하세요.");
        Should.Throw<DomainRuleException>(() => ResidentBenefit.Offer("41570", Museum() with { Category = (BenefitCategory)42 }, Clerk))
            .Field.ShouldBe("Category");
        var period = Should.Throw<DomainRuleException>(() => ResidentBenefit.Offer("41570", Museum(new DateOnly(2027, 1, 10), new DateOnly(2027, 1, 9)), Clerk));
        period.Rule.ShouldBe("benefit.period");
        period.Field.ShouldBe("ValidUntil");
        period.Korean.ShouldBe("종료일은 시작일보다 앞설 수 없습니다.");
        Should.Throw<DomainRuleException>(() => ResidentBenefit.Offer("41570", Museum(new DateOnly(1999, 12, 31)), Clerk)).Field.ShouldBe("ValidFrom");
    }

    [Fact]
    public void A_refused_revision_leaves_the_benefit_as_it_was()
    {
        var benefit = ResidentBenefit.Offer("41570", Museum(partnershipId: 7), Clerk);

        Should.Throw<DomainRuleException>(() => benefit.Revise(Museum() with { Title = "새 이름", Place = "" }, Clerk));

        benefit.Title.ShouldBe("김포아트빌리지 전시 관람료 50% 감면");
        benefit.Place.ShouldBe("김포아트빌리지");
        benefit.PartnershipId.ShouldBe(7);
    }

    [Fact]
    public void Publishing_then_withdrawing_moves_the_benefit_on_and_off_the_public_pages_once_each()
    {
        var benefit = ResidentBenefit.Offer("41570", Museum(), Clerk);

        benefit.Publish(Clerk);
        benefit.IsPublished.ShouldBeTrue();
        benefit.PublishedAt.ShouldBe(Clerk.At);
        Should.Throw<DomainRuleException>(() => benefit.Publish(Clerk)).Rule.ShouldBe("benefit.publish.already");

        benefit.Withdraw(Clerk);
        benefit.IsPublished.ShouldBeFalse();
        benefit.PublishedAt.ShouldBeNull();
        Should.Throw<DomainRuleException>(() => benefit.Withdraw(Clerk)).Korean.ShouldBe("게시되지 않은 혜택입니다.");
    }

    [Fact]
    public void A_benefit_whose_period_has_ended_cannot_be_published_nor_a_published_one_given_a_past_end()
    {
        var ended = ResidentBenefit.Offer("41570", Museum(new DateOnly(2026, 1, 1), new DateOnly(2026, 10, 31)), Clerk);
        Should.Throw<DomainRuleException>(() => ended.Publish(Clerk)).Rule.ShouldBe("benefit.publish.ended");
        ended.HasEnded(Clerk.Today).ShouldBeTrue();

        var live = ResidentBenefit.Offer("41570", Museum(until: new DateOnly(2026, 12, 31)), Clerk);
        live.Publish(Clerk);
        Should.Throw<DomainRuleException>(() => live.Revise(Museum(until: new DateOnly(2026, 11, 1)), Clerk)).Field.ShouldBe("ValidUntil");
        live.ValidUntil.ShouldBe(new DateOnly(2026, 12, 31));
        live.HasEnded(Clerk.Today).ShouldBeFalse();
    }
}
