using System.Globalization;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Audit;

namespace Gyoryu.Web.Features.Audit;

/// <summary>The filtered log as an Excel workbook or a CSV file: one row per entry, the changes as "property: before → after" lines.</summary>
public static class AuditExport
{
    public const string SheetKorean = "감사로그";

    private static readonly TimeSpan KoreaOffset = TimeSpan.FromHours(9);

    private static readonly (string Korean, string English)[] Headers =
    [
        ("번호", "No."), ("일시(한국)", "When (Korea)"), ("처리자", "Actor"), ("처리자 ID", "Actor id"), ("기관 코드", "Government"),
        ("대상 종류", "Record type"), ("대상 번호", "Record id"), ("대상", "Record"), ("작업", "Action"), ("변경 내용", "Changes"), ("요청 경로", "Request path"),
    ];

    /// <summary>"gyoryu-audit-41570-20261202.xlsx", dated in Korea.</summary>
    public static string FileName(string tenantCode, string extension, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"gyoryu-audit-{tenantCode}-{now.ToOffset(KoreaOffset):yyyyMMdd}.{extension}");

    public static byte[] ToExcel(IReadOnlyList<AuditEntry> entries, CultureInfo culture)
    {
        var english = PartnershipExport.IsEnglish(culture);
        return PartnershipExport.Workbook(english, [new ExcelSheet(english ? "Audit log" : SheetKorean, Header(english), [.. entries.Select(Cells)])]);
    }

    public static byte[] ToCsv(IReadOnlyList<AuditEntry> entries, CultureInfo culture) =>
        PartnershipExport.Csv(Header(PartnershipExport.IsEnglish(culture)), entries.Select(Cells));

    /// <summary>"2026-12-01 14:02:05" in Korea time.</summary>
    public static string When(DateTimeOffset at) => at.ToOffset(KoreaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>One line per changed property.</summary>
    public static string ChangesText(AuditEntry entry) => string.Join('\n', AuditQueries.Changes(entry).Select(c =>
        c.Before is null ? $"{AuditLabels.Property(entry.EntityType, c.Property)}: {AuditLabels.Value(c.Property, c.After)}"
        : c.After is null ? $"{AuditLabels.Property(entry.EntityType, c.Property)}: {AuditLabels.Value(c.Property, c.Before)} → {AuditLabels.Value(c.Property, null)}"
        : $"{AuditLabels.Property(entry.EntityType, c.Property)}: {AuditLabels.Value(c.Property, c.Before)} → {AuditLabels.Value(c.Property, c.After)}"));

    private static object[] Header(bool english) => [.. Headers.Select(h => (object)(english ? h.English : h.Korean))];

    private static object[] Cells(AuditEntry e) =>
    [
        e.Id, When(e.At), e.Actor, e.ActorId ?? string.Empty, e.TenantCode, AuditLabels.EntityType(e.EntityType), e.EntityId, e.Label ?? string.Empty,
        AuditLabels.Action(e.Action, e.Step), ChangesText(e), e.RequestPath ?? string.Empty,
    ];
}
