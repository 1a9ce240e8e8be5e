using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;

namespace Gyoryu.Domain.Tests.Performance;

public sealed class RubricTests
{
    private static readonly Stamp Admin = new("admin@gimpo", new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
    private static readonly Stamp Later = new("later@gimpo", new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_default_rubric_has_seven_criteria_whose_weights_add_to_100()
    {
        var rubric = Rubric.CreateDefault("41570", Admin);

        rubric.Criteria.Count.ShouldBe(7);
        rubric.Criteria.Sum(c => c.Weight).ShouldBe(100);
        rubric.Criteria.Select(c => c.Position).ShouldBe([1, 2, 3, 4, 5, 6, 7]);
        rubric.Criteria[0].Name.ShouldBe("교류 활성도");
        rubric.Criteria[0].Kpi.ShouldBe(KpiKind.ActivityCount);
        rubric.Criteria.ShouldContain(c => c.Kpi == KpiKind.Satisfaction && c.Weight == 10);
        rubric.UpdatedBy.ShouldBe("admin@gimpo");
    }

    [Fact]
    public void Weights_that_add_to_90_are_refused_with_the_total_and_the_criteria_are_kept()
    {
        var rubric = Rubric.CreateDefault("41570", Admin);

        var refusal = Should.Throw<DomainRuleException>(() => rubric.Replace(
            [new("교류 활성도", 50, KpiKind.ActivityCount, null), new("시민 참여", 40, KpiKind.PeopleReached, null)], Later));

        refusal.Rule.ShouldBe("rubric.total");
        refusal.Korean.ShouldBe("가중치 합계는 100이어야 합니다 (현재 90).");
        refusal.English.ShouldBe("The weights must add up to 100 (now 90).");
        refusal.Field.ShouldBe("Criteria");
        rubric.Criteria.Count.ShouldBe(7);
        rubric.UpdatedBy.ShouldBe("admin@gimpo");
    }

    [Fact]
    public void Weights_that_add_to_100_replace_every_criterion_trimmed_and_in_order()
    {
        var rubric = Rubric.CreateDefault("41570", Admin);

        rubric.Replace([new(" 교류 활성도 ", 60, KpiKind.ActivityCount, "  "), new("만족도", 40, KpiKind.Satisfaction, " 피드백 ")], Later);

        rubric.Criteria.Select(c => (c.Position, c.Name, c.Weight, c.Kpi, c.Guidance))
            .ShouldBe([(1, "교류 활성도", 60, KpiKind.ActivityCount, (string?)null), (2, "만족도", 40, KpiKind.Satisfaction, "피드백")]);
        rubric.UpdatedBy.ShouldBe("later@gimpo");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_weight_outside_1_to_100_is_refused_naming_the_row(int weight)
    {
        var rubric = Rubric.CreateDefault("41570", Admin);

        var refusal = Should.Throw<DomainRuleException>(() => rubric.Replace(
            [new("교류 활성도", 100, KpiKind.ActivityCount, null), new("만족도", weight, KpiKind.Satisfaction, null)], Later));

        refusal.Rule.ShouldBe("rubric.weight");
        refusal.Field.ShouldBe("Criteria[1].Weight");
        refusal.Korean.ShouldBe("'만족도'의 가중치는 1에서 100 사이여야 합니다.");
    }

    [Fact]
    public void A_nameless_row_an_empty_rubric_a_duplicate_and_thirteen_rows_are_refused()
    {
        var rubric = Rubric.CreateDefault("41570", Admin);

        Should.Throw<DomainRuleException>(() => rubric.Replace([new(" ", 100, KpiKind.None, null)], Later)).Field.ShouldBe("Criteria[0].Name");
        Should.Throw<DomainRuleException>(() => rubric.Replace([], Later)).Rule.ShouldBe("rubric.empty");
        Should.Throw<DomainRuleException>(() => rubric.Replace([new("A", 50, KpiKind.None, null), new("A ", 50, KpiKind.None, null)], Later))
            .Korean.ShouldBe("'A' 기준이 두 번 있습니다.");
        var thirteen = Enumerable.Range(1, 13).Select(i => new CriterionDraft($"기준 {i}", i == 1 ? 88 : 1, KpiKind.None, null)).ToList();
        Should.Throw<DomainRuleException>(() => rubric.Replace(thirteen, Later)).Rule.ShouldBe("rubric.too-many");
        rubric.Criteria.Count.ShouldBe(7);
    }
}
