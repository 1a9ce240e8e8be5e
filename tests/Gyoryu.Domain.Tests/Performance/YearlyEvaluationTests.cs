using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;

namespace Gyoryu.Domain.Tests.Performance;

public sealed class YearlyEvaluationTests
{
    private static readonly Stamp Evaluator = new("평가자", new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
    private static readonly FeedbackSummary TwoAnswers = new(2, 4.5);

    [Fact]
    public void Weighted_mean_points_and_grade_follow_the_weights()
    {
        // (20×5 + 30×4 + 50×2) / 100 = 3.2 → (3.2 − 1) / 4 × 100 = 55 → B
        var evaluation = Conduct(Recommendation.Maintain, null, ("활성도", 20, 5), ("참여", 30, 4), ("성과", 50, 2));

        YearlyEvaluation.WeightedMean([(20, 5), (30, 4), (50, 2)]).ShouldBe(3.2, 1e-9);
        evaluation.Points.ShouldBe(55.0);
        evaluation.Grade.ShouldBe(Grade.B);
        evaluation.Recommendation.ShouldBe(Recommendation.Maintain);
        evaluation.Scores.Select(s => (s.Position, s.Name, s.Score)).ShouldBe([(1, "활성도", 5), (2, "참여", 4), (3, "성과", 2)]);
        evaluation.FeedbackCount.ShouldBe(2);
        evaluation.FeedbackAverage.ShouldBe(4.5);
        evaluation.EvaluatedBy.ShouldBe("평가자");
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(5.0, 100.0)]
    [InlineData(3.0, 50.0)]
    [InlineData(4.4, 85.0)]
    [InlineData(3.7, 67.5)]
    [InlineData(2.3333333333, 33.3)]
    public void Points_map_the_1_to_5_mean_onto_0_to_100_with_one_decimal(double mean, double points) =>
        YearlyEvaluation.PointsOf(mean).ShouldBe(points);

    [Theory]
    [InlineData(100.0, Grade.S)]
    [InlineData(85.0, Grade.S)]
    [InlineData(84.9, Grade.A)]
    [InlineData(70.0, Grade.A)]
    [InlineData(69.9, Grade.B)]
    [InlineData(50.0, Grade.B)]
    [InlineData(49.9, Grade.C)]
    [InlineData(30.0, Grade.C)]
    [InlineData(29.9, Grade.D)]
    [InlineData(0.0, Grade.D)]
    public void Grade_boundaries_are_85_70_50_and_30_inclusive(double points, Grade grade) =>
        YearlyEvaluation.GradeOf(points).ShouldBe(grade);

    [Theory]
    [InlineData(Grade.S, Recommendation.Strengthen)]
    [InlineData(Grade.A, Recommendation.Strengthen)]
    [InlineData(Grade.B, Recommendation.Maintain)]
    [InlineData(Grade.C, Recommendation.Review)]
    [InlineData(Grade.D, Recommendation.ConsiderTermination)]
    public void Each_grade_suggests_a_recommendation(Grade grade, Recommendation recommendation) =>
        YearlyEvaluation.SuggestedRecommendation(grade).ShouldBe(recommendation);

    [Fact]
    public void Recommending_other_than_the_grade_suggests_needs_a_comment()
    {
        var refusal = Should.Throw<DomainRuleException>(() => Conduct(Recommendation.ConsiderTermination, "  ", ("활성도", 100, 4)));

        refusal.Rule.ShouldBe("evaluation.recommendation.reason");
        refusal.Field.ShouldBe("Comment");
        refusal.Korean.ShouldBe("우수(A) 등급의 기본 권고는 '강화'입니다. 다르게 권고하려면 평가 의견에 이유를 적으세요.");

        var withReason = Conduct(Recommendation.ConsiderTermination, "상대 도시가 교류 중단을 요청함", ("활성도", 100, 4));
        withReason.Points.ShouldBe(75.0);
        withReason.Grade.ShouldBe(Grade.A);
        withReason.Recommendation.ShouldBe(Recommendation.ConsiderTermination);
        withReason.Comment.ShouldBe("상대 도시가 교류 중단을 요청함");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_score_outside_1_to_5_is_refused_naming_the_criterion(int score)
    {
        var refusal = Should.Throw<DomainRuleException>(() => Conduct(Recommendation.Maintain, null, ("활성도", 50, 3), ("만족도", 50, score)));

        refusal.Rule.ShouldBe("evaluation.score.range");
        refusal.Field.ShouldBe("Scores[1].Score");
        refusal.Korean.ShouldBe("'만족도' 점수는 1에서 5 사이여야 합니다.");
    }

    [Fact]
    public void A_future_year_is_refused_and_revising_replaces_scores_and_keeps_the_year()
    {
        Should.Throw<DomainRuleException>(() => YearlyEvaluation.Conduct("41570", 1, 2027, [Line("활성도", 100, 3)], Recommendation.Maintain, null, FeedbackSummary.None, Evaluator))
            .Rule.ShouldBe("evaluation.year");

        var evaluation = Conduct(Recommendation.Maintain, null, ("활성도", 100, 3));
        var reviser = Evaluator with { By = "검토자" };
        evaluation.Revise([Line("활성도", 60, 5), Line("만족도", 40, 5)], Recommendation.Strengthen, null, FeedbackSummary.None, reviser);

        evaluation.Year.ShouldBe(2026);
        evaluation.Scores.Count.ShouldBe(2);
        evaluation.Points.ShouldBe(100.0);
        evaluation.Grade.ShouldBe(Grade.S);
        evaluation.FeedbackCount.ShouldBe(0);
        evaluation.FeedbackAverage.ShouldBeNull();
        evaluation.EvaluatedBy.ShouldBe("검토자");
    }

    private static YearlyEvaluation Conduct(Recommendation recommendation, string? comment, params (string Name, int Weight, int Score)[] lines) =>
        YearlyEvaluation.Conduct("41570", 1, 2026, [.. lines.Select(l => Line(l.Name, l.Weight, l.Score))], recommendation, comment, TwoAnswers, Evaluator);

    private static CriterionScore Line(string name, int weight, int score) => new(name, weight, KpiKind.None, "평가자 판단", score);
}
