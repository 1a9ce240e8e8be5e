namespace Gyoryu.Domain.Performance;

/// <summary>The KPI a rubric criterion draws its evidence from; <see cref="None"/> leaves the criterion to the evaluator.</summary>
public enum KpiKind
{
    None,
    ActivityCount,
    VisitBalance,
    PeopleReached,
    CostPerParticipant,
    EconomicOutcomes,
    FieldsCovered,
    Recency,
    Satisfaction,
}

/// <summary>The KPI facts behind a criterion, in words, with the score they suggest (null when there is nothing to go on).</summary>
public sealed record KpiEvidence(string Korean, string English, int? SuggestedScore)
{
    /// <summary>Reads a year's KPIs (and feedback) as evidence for a criterion; thresholds are stated in docs/decisions.</summary>
    public static KpiEvidence For(KpiKind kind, PartnershipYearKpis kpis, FeedbackSummary feedback, DateOnly asOf) => kind switch
    {
        KpiKind.ActivityCount => new(
            $"교류 활동 {kpis.Activities}건",
            kpis.Activities == 1 ? "1 activity" : $"{kpis.Activities} activities",
            kpis.Activities switch { 0 => 1, 1 => 2, <= 3 => 3, <= 5 => 4, _ => 5 }),
        KpiKind.VisitBalance => kpis.VisitBalance is { } balance
            ? new($"우리 측 방문 {kpis.OutboundVisits}회 · 상대 측 방문 {kpis.InboundVisits}회 (균형 {balance:0.00})",
                $"{kpis.OutboundVisits} visits out, {kpis.InboundVisits} in (balance {balance:0.00})",
                balance switch { 0 => 2, < 0.5 => 3, < 0.8 => 4, _ => 5 })
            : new("상호 방문 없음", "No visits either way", 1),
        KpiKind.PeopleReached => new(
            $"참여 인원 {kpis.PeopleReached:N0}명 (공무원 {kpis.Officials:N0} · 시민 {kpis.Citizens:N0} · 학생 {kpis.Students:N0}), 기업 {kpis.Companies:N0}곳",
            $"{kpis.PeopleReached:N0} people (officials {kpis.Officials:N0}, citizens {kpis.Citizens:N0}, students {kpis.Students:N0}), {kpis.Companies:N0} companies",
            kpis.PeopleReached switch { 0 => 1, < 20 => 2, < 50 => 3, < 200 => 4, _ => 5 }),
        KpiKind.CostPerParticipant => kpis.CostPerParticipant is { } perHead
            ? new($"집행 {kpis.Cost:N0}원 · 1인당 {perHead:N0}원", $"Spent ₩{kpis.Cost:N0}, ₩{perHead:N0} per participant",
                perHead switch { <= 100_000 => 5, <= 300_000 => 4, <= 1_000_000 => 3, <= 3_000_000 => 2, _ => 1 })
            : kpis.Cost == 0
                ? new("집행액 없음 · 참여자 없음", "Nothing spent, nobody reached", null)
                : new($"집행 {kpis.Cost:N0}원, 참여자 없음", $"Spent ₩{kpis.Cost:N0} with nobody reached", 1),
        KpiKind.EconomicOutcomes => new(
            $"수출 계약 {kpis.ExportContracts}건 {kpis.ExportAmount:N0}원 · 협약 {kpis.AgreementsSigned}건 · 방문객 {kpis.Visitors:N0}명",
            $"{kpis.ExportContracts} export contracts worth ₩{kpis.ExportAmount:N0}, {kpis.AgreementsSigned} agreements, {kpis.Visitors:N0} visitors",
            kpis.ExportAmount >= 100_000_000 || kpis.ExportContracts >= 3 ? 5
                : kpis.ExportAmount > 0 ? 4
                : kpis.AgreementsSigned > 0 || kpis.Visitors >= 1_000 ? 3
                : kpis.Companies > 0 || kpis.Visitors > 0 ? 2
                : 1),
        KpiKind.FieldsCovered => new(
            $"교류 분야 {kpis.FieldCount}개",
            $"{kpis.FieldCount} fields covered",
            kpis.FieldCount switch { 0 => 1, 1 => 2, 2 => 3, 3 => 4, _ => 5 }),
        KpiKind.Recency => kpis.DaysSinceLastActivity(asOf) is { } days
            ? new($"마지막 활동 {kpis.LastActivityOn:yyyy-MM-dd} ({days}일 전)", $"Last activity {kpis.LastActivityOn:yyyy-MM-dd} ({days} days ago)",
                days switch { <= 90 => 5, <= 180 => 4, <= 365 => 3, <= 730 => 2, _ => 1 })
            : new("기록된 활동 없음", "No activity recorded", 1),
        KpiKind.Satisfaction => feedback.AverageSatisfaction is { } average
            ? new($"만족도 평균 {average:0.0}점 (응답 {feedback.Count}건)", $"Average satisfaction {average:0.0} ({feedback.Count} responses)",
                Math.Clamp((int)Math.Round(average, MidpointRounding.AwayFromZero), 1, 5))
            : new("접수된 피드백 없음", "No feedback received", null),
        _ => new("평가자 판단", "Evaluator's judgement", null),
    };
}
