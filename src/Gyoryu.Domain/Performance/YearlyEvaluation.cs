using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Performance;

/// <summary>평가 등급, from the weighted score on a 0–100 scale.</summary>
public enum Grade
{
    S,
    A,
    B,
    C,
    D,
}

/// <summary>평가 결과 권고.</summary>
public enum Recommendation
{
    /// <summary>강화.</summary>
    Strengthen,

    /// <summary>유지.</summary>
    Maintain,

    /// <summary>재검토.</summary>
    Review,

    /// <summary>종료 검토.</summary>
    ConsiderTermination,
}

/// <summary>One criterion as scored: the rubric line is copied so a later rubric change does not rewrite history.</summary>
public sealed record CriterionScore(string Name, int Weight, KpiKind Kpi, string Evidence, int Score);

/// <summary>
/// 연간 성과평가 of one partnership: scores 1–5 per criterion, weighted into points, a grade and a recommendation.
/// One per partnership and year; re-evaluating revises it.
/// </summary>
public sealed class YearlyEvaluation
{
    private readonly List<EvaluationScore> scores = [];

    private YearlyEvaluation()
    {
        OwnerCode = string.Empty;
        EvaluatedBy = string.Empty;
    }

    public int Id { get; private set; }

    public string OwnerCode { get; private set; }

    public int PartnershipId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<EvaluationScore> Scores => scores;

    /// <summary>0–100: the weighted mean score mapped so that all 1s give 0 and all 5s give 100.</summary>
    public double Points { get; private set; }

    public Grade Grade { get; private set; }

    public Recommendation Recommendation { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>피드백 건수 and average at the time of evaluation, so the report shows what the evaluator saw.</summary>
    public int FeedbackCount { get; private set; }

    public double? FeedbackAverage { get; private set; }

    public string EvaluatedBy { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    public int Version { get; private set; }

    public static YearlyEvaluation Conduct(
        string ownerCode, int partnershipId, int year, IReadOnlyList<CriterionScore> criterionScores, Recommendation recommendation, string? comment,
        FeedbackSummary feedback, Stamp stamp)
    {
        if (year < 1950 || year > stamp.Today.Year)
        {
            throw Refused("year", "평가 연도는 올해 이전이어야 합니다.", "The evaluation year cannot be in the future.", nameof(Year));
        }

        var evaluation = new YearlyEvaluation { OwnerCode = ownerCode, PartnershipId = partnershipId, Year = year };
        evaluation.Apply(criterionScores, recommendation, comment, feedback, stamp);
        return evaluation;
    }

    public void Revise(IReadOnlyList<CriterionScore> criterionScores, Recommendation recommendation, string? comment, FeedbackSummary feedback, Stamp stamp) =>
        Apply(criterionScores, recommendation, comment, feedback, stamp);

    /// <summary>Σ(weight × score) / Σweight, on the 1–5 scale.</summary>
    public static double WeightedMean(IEnumerable<(int Weight, int Score)> lines)
    {
        var list = lines.ToList();
        var totalWeight = list.Sum(l => l.Weight);
        return totalWeight == 0 ? 0 : (double)list.Sum(l => l.Weight * l.Score) / totalWeight;
    }

    /// <summary>Maps a 1–5 weighted mean onto 0–100, rounded to one decimal.</summary>
    public static double PointsOf(double weightedMean) => Math.Round((weightedMean - 1) / 4 * 100, 1, MidpointRounding.AwayFromZero);

    /// <summary>S ≥ 85, A ≥ 70, B ≥ 50, C ≥ 30, D below.</summary>
    public static Grade GradeOf(double points) => points switch
    {
        >= 85 => Grade.S,
        >= 70 => Grade.A,
        >= 50 => Grade.B,
        >= 30 => Grade.C,
        _ => Grade.D,
    };

    public static Recommendation SuggestedRecommendation(Grade grade) => grade switch
    {
        Grade.S or Grade.A => Recommendation.Strengthen,
        Grade.B => Recommendation.Maintain,
        Grade.C => Recommendation.Review,
        _ => Recommendation.ConsiderTermination,
    };

    public static string GradeKorean(Grade grade) => grade switch
    {
        Grade.S => "탁월",
        Grade.A => "우수",
        Grade.B => "보통",
        Grade.C => "미흡",
        _ => "부진",
    };

    public static string RecommendationKorean(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Strengthen => "강화",
        Recommendation.Maintain => "유지",
        Recommendation.Review => "재검토",
        _ => "종료 검토",
    };

    public static string RecommendationEnglish(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Strengthen => "Strengthen",
        Recommendation.Maintain => "Maintain",
        Recommendation.Review => "Review",
        _ => "Consider ending",
    };

    private void Apply(IReadOnlyList<CriterionScore> criterionScores, Recommendation recommendation, string? comment, FeedbackSummary feedback, Stamp stamp)
    {
        if (criterionScores.Count == 0)
        {
            throw Refused("scores.empty", "평가 기준별 점수를 입력하세요.", "Score at least one criterion.", "Scores");
        }

        for (var i = 0; i < criterionScores.Count; i++)
        {
            if (criterionScores[i].Score is < 1 or > 5)
            {
                throw Refused("score.range", $"'{criterionScores[i].Name}' 점수는 1에서 5 사이여야 합니다.",
                    $"The score for '{criterionScores[i].Name}' must be between 1 and 5.", $"Scores[{i}].Score");
            }

            if (criterionScores[i].Weight is < 1 or > 100)
            {
                throw Refused("weight.range", $"'{criterionScores[i].Name}' 가중치가 올바르지 않습니다.", $"The weight of '{criterionScores[i].Name}' is not valid.", $"Scores[{i}].Weight");
            }
        }

        var points = PointsOf(WeightedMean(criterionScores.Select(s => (s.Weight, s.Score))));
        var grade = GradeOf(points);
        var cleanComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (recommendation != SuggestedRecommendation(grade) && cleanComment is null)
        {
            throw Refused("recommendation.reason",
                $"{GradeKorean(grade)}({grade}) 등급의 기본 권고는 '{RecommendationKorean(SuggestedRecommendation(grade))}'입니다. 다르게 권고하려면 평가 의견에 이유를 적으세요.",
                $"Grade {grade} suggests '{RecommendationEnglish(SuggestedRecommendation(grade))}'. Give your reason in the comment to recommend otherwise.",
                nameof(Comment));
        }

        if (cleanComment is { Length: > 4000 })
        {
            throw Refused("comment.length", "평가 의견은 4,000자까지 입력할 수 있습니다.", "The comment can be at most 4,000 characters.", nameof(Comment));
        }

        scores.Clear();
        scores.AddRange(criterionScores.Select((s, i) => new EvaluationScore(i + 1, s.Name, s.Weight, s.Kpi, s.Evidence, s.Score)));
        Points = points;
        Grade = grade;
        Recommendation = recommendation;
        Comment = cleanComment;
        FeedbackCount = feedback.Count;
        FeedbackAverage = feedback.AverageSatisfaction is { } average ? Math.Round(average, 2) : null;
        EvaluatedBy = stamp.By;
        EvaluatedAt = stamp.At;
    }

    private static DomainRuleException Refused(string rule, string korean, string english, string field) =>
        new($"evaluation.{rule}", korean, english, field);
}

public sealed class EvaluationScore
{
    private EvaluationScore()
    {
        Name = string.Empty;
        Evidence = string.Empty;
    }

    internal EvaluationScore(int position, string name, int weight, KpiKind kpi, string evidence, int score)
    {
        Position = position;
        Name = name;
        Weight = weight;
        Kpi = kpi;
        Evidence = evidence;
        Score = score;
    }

    public int Id { get; private set; }

    public int EvaluationId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; }

    public int Weight { get; private set; }

    public KpiKind Kpi { get; private set; }

    public string Evidence { get; private set; }

    public int Score { get; private set; }
}
