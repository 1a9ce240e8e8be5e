using System.Globalization;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Infrastructure.Audit;

namespace Gyoryu.Web.Features.Audit;

/// <summary>
/// The log's code names as an administrator reads them: records, actions and properties in Korean where a label exists;
/// in English the code names are shown as they are (they are English words).
/// </summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["Partnership"] = "교류 관계",
        ["WorkingMeeting"] = "실무협의",
        ["CouncilApproval"] = "의회 의결",
        ["TimelineEntry"] = "타임라인",
        ["Contact"] = "연락처",
        ["AgreementDocument"] = "협약 문서",
        ["Activity"] = "교류 활동",
        ["ActivityAttachment"] = "활동 첨부 파일",
        ["ActivityLink"] = "활동 링크",
        ["ExchangeProject"] = "교류협력 사업",
        ["ProjectPartnership"] = "사업 대상 교류",
        ["Rubric"] = "평가 기준표",
        ["RubricCriterion"] = "평가 기준",
        ["YearlyEvaluation"] = "연간 성과평가",
        ["EvaluationScore"] = "평가 점수",
        ["FeedbackLink"] = "피드백 링크",
        ["Feedback"] = "피드백",
        ["Candidate"] = "교류 후보",
        ["PlaceProfile"] = "지역 프로필",
        ["GovernmentProfile"] = "기관 프로필",
        ["TwinImport"] = "자매도시 목록 가져오기",
    };

    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["OwnerCode"] = "소유 기관", ["Status"] = "상태", ["Type"] = "유형", ["Fields"] = "교류 분야", ["Motive"] = "추진 배경",
        ["History"] = "교류 연혁", ["DateBasis"] = "체결일 근거", ["SignedOn"] = "체결일", ["SignedType"] = "체결 유형", ["SignedYear"] = "체결 연도",
        ["SigningPlace"] = "체결 장소", ["UpgradedOn"] = "격상일", ["ExpiresOn"] = "만료일", ["LastRenewedOn"] = "최근 갱신일",
        ["DormantSince"] = "휴면 시작일", ["TerminatedOn"] = "종료일", ["TerminationReason"] = "종료 사유", ["TerminationDecision"] = "종료 결정",
        ["LastStepOn"] = "최근 단계 일자", ["PartnerKind"] = "상대 구분", ["PartnerLocalGovernmentCode"] = "상대 지자체 코드",
        ["PartnerForeignCityId"] = "상대 해외 도시 번호", ["PairKey"] = "교류 쌍 키", ["HeldOn"] = "일자", ["Place"] = "장소", ["Attendees"] = "참석자",
        ["AgreedFields"] = "합의 분야", ["Minutes"] = "회의록", ["ApprovedOn"] = "의결일", ["ForType"] = "의결 대상 유형", ["ResolutionNumber"] = "의결 번호",
        ["Kind"] = "종류", ["OccurredOn"] = "일자", ["Note"] = "메모", ["Name"] = "이름", ["Organisation"] = "소속", ["Position"] = "직위",
        ["Email"] = "이메일", ["Phone"] = "전화", ["IsSignatory"] = "서명자", ["Side"] = "소속 측", ["FileName"] = "파일 이름",
        ["ContentType"] = "파일 형식", ["Size"] = "크기(바이트)", ["Sha256"] = "SHA-256", ["Description"] = "설명", ["Title"] = "제목",
        ["Direction"] = "방문 방향", ["EndsOn"] = "종료일", ["Year"] = "연도", ["Officials"] = "공무원", ["Citizens"] = "시민", ["Students"] = "학생",
        ["Companies"] = "참여 기업", ["People"] = "참여 인원", ["Cost"] = "비용(원)", ["AgreementsSigned"] = "체결 협약", ["ExportContracts"] = "수출 계약 건수",
        ["ExportAmount"] = "수출 계약액(원)", ["Visitors"] = "방문객", ["OutcomeNote"] = "성과 메모", ["ProjectId"] = "사업 번호", ["Url"] = "주소",
        ["StartsOn"] = "시작일", ["Department"] = "담당 부서", ["PlannedBudget"] = "계획 예산(원)", ["ExecutedBudget"] = "집행액(원)",
        ["PartnerContribution"] = "상대 분담액(원)", ["PartnerContributionNote"] = "상대 분담 메모", ["CancellationReason"] = "취소 사유",
        ["Weight"] = "가중치", ["Kpi"] = "지표", ["Guidance"] = "설명", ["Points"] = "점수", ["Grade"] = "등급", ["Recommendation"] = "권고",
        ["Comment"] = "의견", ["Score"] = "점수", ["Evidence"] = "근거", ["Token"] = "토큰", ["ClosesOn"] = "마감일", ["Satisfaction"] = "만족도",
        ["Role"] = "응답자 구분", ["Notes"] = "메모", ["Source"] = "출처", ["PlaceKey"] = "장소 키", ["PartnershipId"] = "교류 관계 번호",
        ["ActivityId"] = "활동 번호", ["FeedbackLinkId"] = "피드백 링크 번호", ["EvaluatedBy"] = "평가자", ["EvaluatedAt"] = "평가 일시",
        ["FeedbackCount"] = "피드백 수", ["FeedbackAverage"] = "피드백 평균", ["Rows"] = "행 수", ["LinksAdded"] = "추가된 연결",
        ["LinksAlreadyKnown"] = "이미 있던 연결", ["PlacesCreated"] = "만든 장소", ["UnmatchedRows"] = "맞추지 못한 행", ["UnmatchedReport"] = "맞추지 못한 목록",
        ["ImportedBy"] = "가져온 사람", ["ImportedAt"] = "가져온 일시", ["Vision"] = "비전", ["KeyIndustries"] = "주력 산업", ["PartnerCriteria"] = "상대 선정 기준",
        ["CooperationTeam"] = "대외협력 조직", ["CooperationTeamSince"] = "조직 설치 연도", ["GoalText"] = "교류 목표", ["Specialties"] = "특산물",
        ["Festivals"] = "축제", ["Coastal"] = "해안 도시", ["IndustryMask"] = "산업", ["GoalTagMask"] = "목표 태그", ["PreferredFields"] = "희망 분야",
        ["RecommendationReason"] = "추천 사유", ["RecommendationScore"] = "추천 점수", ["LocalGovernmentCode"] = "지자체 코드", ["ForeignCityId"] = "해외 도시 번호",
        ["SubmittedAt"] = "제출 일시",
    };

    private static readonly Dictionary<string, string> Overrides = new(StringComparer.Ordinal)
    {
        ["RubricCriterion.Position"] = "순서",
        ["EvaluationScore.Position"] = "순서",
        ["RubricCriterion.Name"] = "기준 이름",
        ["EvaluationScore.Name"] = "기준 이름",
    };

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static IReadOnlyList<string> EntityTypes => [.. Types.Keys.Where(t => t is "Partnership" or "Activity" or "ExchangeProject" or "Rubric" or "YearlyEvaluation"
        or "FeedbackLink" or "Feedback" or "Candidate" or "PlaceProfile" or "GovernmentProfile" or "TwinImport")];

    public static string EntityType(string type) => English ? type : Types.GetValueOrDefault(type, type);

    public static string Action(string action, string? step)
    {
        var text = (English, action) switch
        {
            (true, _) => action,
            (_, AuditAction.Created) => "등록",
            (_, AuditAction.Updated) => "수정",
            (_, AuditAction.Deleted) => "삭제",
            (_, AuditAction.Step) => "단계 기록",
            _ => action,
        };
        return step is not null && Enum.TryParse<TimelineKind>(step, out var kind) ? $"{text} · {Labels.Timeline(kind)}" : text;
    }

    public static string ActionName(string action) => Action(action, null);

    /// <summary>"WorkingMeeting[+1].Place" reads "실무협의 [+1] 장소"; a top-level property just its label.</summary>
    public static string Property(string entityType, string path)
    {
        if (English)
        {
            return path;
        }

        var dot = path.LastIndexOf('.');
        if (dot < 0)
        {
            return PropertyOf(entityType, path);
        }

        var owner = path[..dot];
        var bracket = owner.IndexOf('[', StringComparison.Ordinal);
        var childType = bracket < 0 ? owner : owner[..bracket];
        var index = bracket < 0 ? string.Empty : " " + owner[bracket..];
        return $"{Types.GetValueOrDefault(childType, childType)}{index} {PropertyOf(childType, path[(dot + 1)..])}";
    }

    /// <summary>A stored value as text: enum names of the partnership lifecycle in Korean, the rest as recorded.</summary>
    public static string Value(string path, string? value)
    {
        if (value is null)
        {
            return English ? "(none)" : "(없음)";
        }

        var property = path[(path.LastIndexOf('.') + 1)..];
        return property switch
        {
            "Status" or "StatusAfter" when Enum.TryParse<PartnershipStatus>(value, out var status) && !int.TryParse(value, out _) => Labels.Status(status),
            "Type" or "SignedType" or "ForType" when Enum.TryParse<PartnershipType>(value, out var type) && !int.TryParse(value, out _) => Labels.Type(type),
            "Kind" when Enum.TryParse<TimelineKind>(value, out var kind) && !int.TryParse(value, out _) => Labels.Timeline(kind),
            "Fields" or "AgreedFields" when Enum.TryParse<ExchangeFields>(value, out var fields) && !int.TryParse(value, out _) => Labels.Fields(fields),
            _ => value,
        };
    }

    private static string PropertyOf(string type, string name) =>
        Overrides.GetValueOrDefault($"{type}.{name}") ?? Properties.GetValueOrDefault(name, name);
}

/// <summary>Where a logged record can be opened, when it still exists.</summary>
public static class AuditLinks
{
    public static bool HasPage(string entityType) => entityType is "Partnership" or "Activity" or "ExchangeProject" or "Candidate" or "Rubric";

    public static string? Url(string entityType, string entityId) => entityType switch
    {
        "Partnership" => $"/Partnerships/{entityId}",
        "Activity" => $"/Exchanges/Activities/{entityId}",
        "ExchangeProject" => $"/Exchanges/Projects/{entityId}",
        "Candidate" => $"/Discovery/Candidates/Edit/{entityId}",
        "Rubric" => "/Evaluations/Rubric",
        _ => null,
    };
}
