using System.Globalization;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Web.Features;

/// <summary>Display names of domain values in the current UI culture.</summary>
public static class Labels
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Type(PartnershipType type) => English ? type switch
    {
        PartnershipType.Friendship => "Friendship",
        PartnershipType.SisterCity => "Sister city",
        _ => "Exchange MOU",
    } : Partnership.TypeKorean(type);

    public static string Status(PartnershipStatus status) => English ? status switch
    {
        PartnershipStatus.Candidate => "Candidate",
        PartnershipStatus.Exploring => "Gathering information",
        PartnershipStatus.Negotiating => "Working-level talks",
        PartnershipStatus.CouncilApproved => "Council approved",
        PartnershipStatus.Active => "Signed (active)",
        PartnershipStatus.Dormant => "Dormant",
        _ => "Terminated",
    } : Partnership.StatusKorean(status);

    public static string Field(ExchangeFields field) => English ? ExchangeFieldNames.English(field) : ExchangeFieldNames.Korean(field);

    public static string Fields(ExchangeFields fields) => string.Join(", ", ExchangeFieldNames.Split(fields).Select(Field));

    public static string Date(PartialDate? date) => date?.ToDisplayString(CultureInfo.CurrentUICulture) ?? (English ? "unknown" : "미상");

    public static string Date(DateOnly? date) => date is { } d ? Date(PartialDate.OfDay(d)) : "-";

    public static string Step(LifecycleStep step) => English ? step switch
    {
        LifecycleStep.InformationGathering => "Start information gathering",
        LifecycleStep.WorkingMeeting => "Record working-level meeting",
        LifecycleStep.CouncilApproval => "Record council approval",
        LifecycleStep.SignAgreement => "Sign agreement",
        LifecycleStep.UpgradeToSisterCity => "Upgrade to sister city",
        LifecycleStep.Renew => "Renew agreement",
        LifecycleStep.MarkDormant => "Mark dormant",
        LifecycleStep.Reactivate => "Reactivate",
        _ => "Terminate",
    } : step switch
    {
        LifecycleStep.InformationGathering => "정보수집·의향 타진 시작",
        LifecycleStep.WorkingMeeting => "실무협의 기록",
        LifecycleStep.CouncilApproval => "의회 의결 기록",
        LifecycleStep.SignAgreement => "협약 체결",
        LifecycleStep.UpgradeToSisterCity => "자매결연 격상",
        LifecycleStep.Renew => "협약 갱신",
        LifecycleStep.MarkDormant => "휴면 지정",
        LifecycleStep.Reactivate => "교류 재개",
        _ => "교류 종료",
    };

    public static string Timeline(TimelineKind kind) => English ? kind switch
    {
        TimelineKind.CandidateRegistered => "Registered as candidate",
        TimelineKind.ExistingAgreementRegistered => "Existing agreement registered",
        TimelineKind.InformationGathering => "Information gathering started",
        TimelineKind.WorkingMeeting => "Working-level meeting",
        TimelineKind.CouncilApproval => "Council approval",
        TimelineKind.AgreementSigned => "Agreement signed",
        TimelineKind.UpgradedToSisterCity => "Upgraded to sister city",
        TimelineKind.Renewed => "Agreement renewed",
        TimelineKind.MarkedDormant => "Marked dormant",
        TimelineKind.Reactivated => "Reactivated",
        TimelineKind.Terminated => "Terminated",
        TimelineKind.DetailsEdited => "Details edited",
        TimelineKind.ContactAdded => "Contact added",
        _ => "Document attached",
    } : kind switch
    {
        TimelineKind.CandidateRegistered => "후보 등록",
        TimelineKind.ExistingAgreementRegistered => "기존 협약 등록",
        TimelineKind.InformationGathering => "정보수집·의향 타진",
        TimelineKind.WorkingMeeting => "실무협의",
        TimelineKind.CouncilApproval => "의회 의결",
        TimelineKind.AgreementSigned => "협약 체결",
        TimelineKind.UpgradedToSisterCity => "자매결연 격상",
        TimelineKind.Renewed => "협약 갱신",
        TimelineKind.MarkedDormant => "휴면 지정",
        TimelineKind.Reactivated => "교류 재개",
        TimelineKind.Terminated => "교류 종료",
        TimelineKind.DetailsEdited => "정보 수정",
        TimelineKind.ContactAdded => "연락처 추가",
        _ => "문서 첨부",
    };

    public static string StatusCss(PartnershipStatus status) => "gy-status gy-status--" + status.ToString().ToLowerInvariant();

    public static string TypeCss(PartnershipType type) => "gy-type gy-type--" + type.ToString().ToLowerInvariant();
}
