using System.Globalization;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Features.Partnerships;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>Display names of activity kinds, directions, project statuses and amounts in the current UI culture.</summary>
public static class ExchangeLabels
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Kind(ActivityKind kind) => English ? ActivityKindNames.English(kind) : ActivityKindNames.Korean(kind);

    public static string Direction(VisitDirection direction) => English ? ActivityKindNames.English(direction) : ActivityKindNames.Korean(direction);

    public static string Status(ProjectStatus status) => English ? status switch
    {
        ProjectStatus.Proposed => "Proposed",
        ProjectStatus.Approved => "Approved",
        ProjectStatus.InProgress => "In progress",
        ProjectStatus.Completed => "Completed",
        _ => "Cancelled",
    } : ExchangeProject.StatusKorean(status);

    public static string StatusCss(ProjectStatus status) => "gy-project-status gy-project-status--" + status.ToString().ToLowerInvariant();

    public static string Step(ProjectStep step) => English ? step switch
    {
        ProjectStep.Approve => "Approve",
        ProjectStep.Start => "Start",
        ProjectStep.RecordExecutedBudget => "Record spending",
        ProjectStep.Complete => "Complete",
        _ => "Cancel project",
    } : step switch
    {
        ProjectStep.Approve => "승인",
        ProjectStep.Start => "추진 시작",
        ProjectStep.RecordExecutedBudget => "집행액 기록",
        ProjectStep.Complete => "완료",
        _ => "취소",
    };

    /// <summary>"1,234,000원"; in English "KRW 1,234,000".</summary>
    public static string Won(long amount)
    {
        var digits = amount.ToString("#,0", CultureInfo.InvariantCulture);
        return English ? $"KRW {digits}" : $"{digits}원";
    }

    public static string Count(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"42.5%", or "-" when nothing was planned.</summary>
    public static string Rate(double? percent) => percent is { } p ? p.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "-";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026년 12월 5일 ~ 7일" style period of an activity or project.</summary>
    public static string Period(DateOnly start, DateOnly? end) =>
        end is { } e && e != start ? $"{Labels.Date(start)} ~ {Labels.Date(e)}" : Labels.Date(start);

    public static string PartnerName(this PartnershipRow row, bool english) => english ? row.PartnerNameEn : row.PartnerNameKo;
}
