using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Tests.Exchanges;

public sealed class ActivityTests
{
    private static readonly Stamp Clerk = new("clerk@gimpo", new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    private static ActivityRecord Homestay(Participants? participants = null, long cost = 18_000_000, Outcomes? outcomes = null, DateOnly? endsOn = null) => new(
        ActivityKind.YouthExchange, VisitDirection.Inbound, "글렌데일 청소년 홈스테이", new DateOnly(2026, 7, 20), endsOn ?? new DateOnly(2026, 7, 27), "김포시 일원",
        ExchangeFields.Youth | ExchangeFields.Education, null, participants ?? new Participants(3, 6, 18, 0), cost, outcomes ?? new Outcomes(0, 0, 0, 40, "홈스테이 가정 12곳"), null);

    [Fact]
    public void Recording_an_activity_keeps_participants_by_kind_and_counts_people_without_companies()
    {
        var activity = Activity.Record("41570", 7, Homestay(new Participants(3, 6, 18, 2)), Clerk);

        activity.People.ShouldBe(27);
        activity.Companies.ShouldBe(2);
        activity.Year.ShouldBe(2026);
        activity.Participants.ShouldBe(new Participants(3, 6, 18, 2));
        activity.Outcomes.Visitors.ShouldBe(40);
        activity.IsPlanned(Clerk.Today).ShouldBeFalse();
    }

    [Fact]
    public void An_activity_dated_after_today_is_planned()
    {
        var activity = Activity.Record("41570", 7, Homestay() with { HeldOn = new DateOnly(2027, 5, 1), EndsOn = null }, Clerk);

        activity.IsPlanned(Clerk.Today).ShouldBeTrue();
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, "Officials")]
    [InlineData(0, -3, 0, 0, "Citizens")]
    [InlineData(0, 0, -1, 0, "Students")]
    [InlineData(0, 0, 0, -1, "Companies")]
    public void Negative_participant_counts_are_refused_naming_the_field(int officials, int citizens, int students, int companies, string field)
    {
        var refusal = Should.Throw<DomainRuleException>(() => Activity.Record("41570", 7, Homestay(new Participants(officials, citizens, students, companies)), Clerk));

        refusal.Rule.ShouldBe("activity.count.negative");
        refusal.Field.ShouldBe(field);
        refusal.Korean.ShouldContain("0 이상이어야 합니다");
    }

    [Fact]
    public void A_negative_cost_an_end_before_the_start_and_an_amount_without_contracts_are_refused()
    {
        Should.Throw<DomainRuleException>(() => Activity.Record("41570", 7, Homestay(cost: -1), Clerk)).Field.ShouldBe("Cost");
        var period = Should.Throw<DomainRuleException>(() => Activity.Record("41570", 7, Homestay(endsOn: new DateOnly(2026, 7, 19)), Clerk));
        period.Rule.ShouldBe("activity.period");
        period.Korean.ShouldBe("종료일은 시작일보다 앞설 수 없습니다.");
        Should.Throw<DomainRuleException>(() => Activity.Record("41570", 7, Homestay(outcomes: new Outcomes(0, 0, 5_000_000, 0, null)), Clerk))
            .Rule.ShouldBe("activity.export.contracts");
    }

    [Fact]
    public void A_refused_revision_changes_nothing()
    {
        var activity = Activity.Record("41570", 7, Homestay(), Clerk);

        Should.Throw<DomainRuleException>(() => activity.Revise(Homestay(new Participants(100, 100, 100, 0), outcomes: new Outcomes(0, 0, 0, -1, null)), Clerk));

        activity.People.ShouldBe(27);
        activity.Officials.ShouldBe(3);
        activity.Visitors.ShouldBe(40);
    }

    [Fact]
    public void Links_must_be_web_addresses()
    {
        var activity = Activity.Record("41570", 7, Homestay(), Clerk);

        activity.AddLink("https://www.gimpo.go.kr/news/1", "보도자료", Clerk).Url.ShouldBe("https://www.gimpo.go.kr/news/1");
        Should.Throw<DomainRuleException>(() => activity.AddLink("javascript:alert(1)", null, Clerk)).Rule.ShouldBe("activity.link.url");
        Should.Throw<DomainRuleException>(() => activity.AddLink("www.example.com", null, Clerk)).Rule.ShouldBe("activity.link.url");
        activity.Links.Count.ShouldBe(1);
    }
}
