using System.Globalization;
using Gyoryu.Domain.Performance;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>Display names of rubric, evaluation and feedback values in the current UI culture.</summary>
public static class EvaluationLabels
{
    public static readonly IReadOnlyList<KpiKind> KpiKinds = Enum.GetValues<KpiKind>();

    public static readonly IReadOnlyList<Recommendation> Recommendations = Enum.GetValues<Recommendation>();

    public static readonly IReadOnlyList<FeedbackRole> Roles = Enum.GetValues<FeedbackRole>();

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Kpi(KpiKind kind) => English ? kind switch
    {
        KpiKind.ActivityCount => "Number of activities",
        KpiKind.VisitBalance => "Balance of visits",
        KpiKind.PeopleReached => "People reached",
        KpiKind.CostPerParticipant => "Cost per participant",
        KpiKind.EconomicOutcomes => "Economic outcomes",
        KpiKind.FieldsCovered => "Fields covered",
        KpiKind.Recency => "Last activity",
        KpiKind.Satisfaction => "Satisfaction (feedback)",
        _ => "None (evaluator's judgement)",
    } : kind switch
    {
        KpiKind.ActivityCount => "교류 활동 건수",
        KpiKind.VisitBalance => "상호 방문 균형",
        KpiKind.PeopleReached => "참여 인원",
        KpiKind.CostPerParticipant => "1인당 비용",
        KpiKind.EconomicOutcomes => "경제 성과",
        KpiKind.FieldsCovered => "교류 분야 수",
        KpiKind.Recency => "최근 활동",
        KpiKind.Satisfaction => "참여자 만족도(피드백)",
        _ => "없음(평가자 판단)",
    };

    public static string Grade(Grade grade) => English
        ? $"{grade} ({grade switch { Domain.Performance.Grade.S => "outstanding", Domain.Performance.Grade.A => "good", Domain.Performance.Grade.B => "fair", Domain.Performance.Grade.C => "poor", _ => "weak" }})"
        : $"{grade} ({YearlyEvaluation.GradeKorean(grade)})";

    public static string Recommendation(Recommendation recommendation) =>
        English ? YearlyEvaluation.RecommendationEnglish(recommendation) : YearlyEvaluation.RecommendationKorean(recommendation);

    public static string Role(FeedbackRole role) => English ? role switch
    {
        FeedbackRole.Participant => "Participant",
        FeedbackRole.Citizen => "Citizen",
        _ => "From the partner city",
    } : role switch
    {
        FeedbackRole.Participant => "참가자",
        FeedbackRole.Citizen => "시민",
        _ => "상대 도시",
    };

    /// <summary>1 매우 불만족 … 5 매우 만족.</summary>
    public static string Satisfaction(int score) => English ? score switch
    {
        1 => "Very dissatisfied",
        2 => "Dissatisfied",
        3 => "Neutral",
        4 => "Satisfied",
        _ => "Very satisfied",
    } : score switch
    {
        1 => "매우 불만족",
        2 => "불만족",
        3 => "보통",
        4 => "만족",
        _ => "매우 만족",
    };

    public static string Evidence(KpiEvidence evidence) => English ? evidence.English : evidence.Korean;

    public static string Points(double points) => points.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Average(double? average) => average is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    public static string Korea(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
