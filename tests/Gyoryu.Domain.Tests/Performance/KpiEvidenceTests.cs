using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;

namespace Gyoryu.Domain.Tests.Performance;

public sealed class KpiEvidenceTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 4)]
    [InlineData(6, 5)]
    public void Activity_count_suggests_a_score(int activities, int score)
    {
        var evidence = KpiEvidence.For(KpiKind.ActivityCount, Kpis() with { Activities = activities }, FeedbackSummary.None, AsOf);

        evidence.Korean.ShouldBe($"교류 활동 {activities}건");
        evidence.SuggestedScore.ShouldBe(score);
    }

    [Fact]
    public void Visit_balance_reads_both_directions()
    {
        KpiEvidence.For(KpiKind.VisitBalance, Kpis() with { OutboundVisits = 2, InboundVisits = 1 }, FeedbackSummary.None, AsOf)
            .ShouldBe(new KpiEvidence("우리 측 방문 2회 · 상대 측 방문 1회 (균형 0.50)", "2 visits out, 1 in (balance 0.50)", 4));
        KpiEvidence.For(KpiKind.VisitBalance, Kpis(), FeedbackSummary.None, AsOf).SuggestedScore.ShouldBe(1);
        KpiEvidence.For(KpiKind.VisitBalance, Kpis() with { OutboundVisits = 3 }, FeedbackSummary.None, AsOf).SuggestedScore.ShouldBe(2);
    }

    [Fact]
    public void People_cost_and_recency_thresholds()
    {
        var kpis = Kpis() with { Officials = 4, Citizens = 30, Students = 16, Cost = 10_000_000, LastActivityOn = new DateOnly(2026, 9, 1) };

        KpiEvidence.For(KpiKind.PeopleReached, kpis, FeedbackSummary.None, AsOf).SuggestedScore.ShouldBe(4); // 50 people
        var cost = KpiEvidence.For(KpiKind.CostPerParticipant, kpis, FeedbackSummary.None, AsOf);
        cost.Korean.ShouldBe("집행 10,000,000원 · 1인당 200,000원");
        cost.SuggestedScore.ShouldBe(4);
        var recency = KpiEvidence.For(KpiKind.Recency, kpis, FeedbackSummary.None, AsOf);
        recency.Korean.ShouldBe("마지막 활동 2026-09-01 (90일 전)");
        recency.SuggestedScore.ShouldBe(5);
        KpiEvidence.For(KpiKind.CostPerParticipant, Kpis(), FeedbackSummary.None, AsOf).SuggestedScore.ShouldBeNull();
    }

    [Fact]
    public void Satisfaction_rounds_the_average_and_no_feedback_leaves_it_to_the_evaluator()
    {
        var evidence = KpiEvidence.For(KpiKind.Satisfaction, Kpis(), new FeedbackSummary(4, 4.5), AsOf);

        evidence.Korean.ShouldBe("만족도 평균 4.5점 (응답 4건)");
        evidence.SuggestedScore.ShouldBe(5);
        KpiEvidence.For(KpiKind.Satisfaction, Kpis(), new FeedbackSummary(3, 3.4), AsOf).SuggestedScore.ShouldBe(3);
        KpiEvidence.For(KpiKind.Satisfaction, Kpis(), FeedbackSummary.None, AsOf).ShouldBe(new KpiEvidence("접수된 피드백 없음", "No feedback received", null));
        KpiEvidence.For(KpiKind.None, Kpis(), FeedbackSummary.None, AsOf).SuggestedScore.ShouldBeNull();
    }

    [Fact]
    public void Economic_outcomes_and_fields()
    {
        KpiEvidence.For(KpiKind.EconomicOutcomes, Kpis() with { ExportContracts = 1, ExportAmount = 20_000_000 }, FeedbackSummary.None, AsOf).SuggestedScore.ShouldBe(4);
        KpiEvidence.For(KpiKind.EconomicOutcomes, Kpis() with { ExportAmount = 100_000_000 }, FeedbackSummary.None, AsOf).SuggestedScore.ShouldBe(5);
        KpiEvidence.For(KpiKind.EconomicOutcomes, Kpis() with { Visitors = 1_000 }, FeedbackSummary.None, AsOf).SuggestedScore.ShouldBe(3);
        KpiEvidence.For(KpiKind.EconomicOutcomes, Kpis(), FeedbackSummary.None, AsOf).SuggestedScore.ShouldBe(1);
        var fields = KpiEvidence.For(KpiKind.FieldsCovered, Kpis() with { FieldsCovered = ExchangeFields.Economy | ExchangeFields.Tourism }, FeedbackSummary.None, AsOf);
        fields.Korean.ShouldBe("교류 분야 2개");
        fields.SuggestedScore.ShouldBe(3);
    }

    private static PartnershipYearKpis Kpis() => PartnershipYearKpis.Empty(7, 2026);
}
