using System.Globalization;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Performance;

/// <summary>One .xlsx of a government's activities (every column) and its KPIs per partnership and year.</summary>
public sealed class PerformanceExport(GyoryuDbContext db, KpiQueries kpis, PartnershipQueries partnerships)
{
    public const string ActivitiesSheetKorean = "교류활동";
    public const string KpisSheetKorean = "성과지표";

    private static readonly (string Korean, string English)[] ActivityHeaders =
    [
        ("연번", "No."), ("교류 관계", "Partner"), ("활동명", "Title"), ("활동 유형", "Kind"), ("방문 방향", "Direction"),
        ("시작일", "Held on"), ("종료일", "Ends on"), ("연도", "Year"), ("구분", "Held or planned"), ("장소", "Place"), ("교류 분야", "Fields"),
        ("공무원", "Officials"), ("시민", "Citizens"), ("학생", "Students"), ("참여 기업", "Companies"), ("참여 인원", "People reached"),
        ("비용(원)", "Cost (KRW)"), ("체결 협약", "Agreements signed"), ("수출 계약 건수", "Export contracts"), ("수출 계약액(원)", "Export amount (KRW)"),
        ("방문객", "Visitors"), ("성과 메모", "Outcome note"), ("설명", "Description"), ("사업 번호", "Project id"),
    ];

    private static readonly (string Korean, string English)[] KpiHeaders =
    [
        ("교류 관계", "Partner"), ("연도", "Year"), ("활동 수", "Activities"), ("우리 측 방문", "Our visits"), ("상대 측 방문", "Partner visits"),
        ("참여 인원", "People reached"), ("집행 예산(원)", "Budget executed (KRW)"), ("1인당 비용(원)", "Cost per participant (KRW)"),
        ("체결 협약", "Agreements signed"), ("수출 계약 건수", "Export contracts"), ("수출 계약액(원)", "Export amount (KRW)"), ("방문객", "Visitors"),
        ("교류 분야 수", "Fields covered"), ("교류 분야", "Fields"), ("마지막 활동일", "Last activity"), ("마지막 활동 후 경과일", "Days since last activity"),
    ];

    /// <summary>"gyoryu-performance-41570-2026.xlsx".</summary>
    public static string FileName(string code, int? year) =>
        string.Create(CultureInfo.InvariantCulture, $"gyoryu-performance-{code}-{(year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "all")}.xlsx");

    /// <summary>The workbook of the activities <paramref name="ownerCode"/> recorded in <paramref name="year"/> (every year when null).</summary>
    public async Task<byte[]> ToExcelAsync(string ownerCode, int? year, DateOnly today, CultureInfo culture, CancellationToken cancellationToken)
    {
        var english = PartnershipExport.IsEnglish(culture);
        var names = (await partnerships.AllAsync(new PartnershipFilter { Government = ownerCode }, cancellationToken))
            .ToDictionary(r => r.Id, r => english ? r.PartnerNameEn : r.PartnerNameKo);
        var query = db.Activities.AsNoTracking().Where(a => a.OwnerCode == ownerCode);
        if (year is { } y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            query = query.Where(a => a.HeldOn >= from && a.HeldOn <= to);
        }

        var activities = await query.OrderBy(a => a.HeldOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var yearly = await kpis.ByYearForGovernmentAsync(ownerCode, year, today, cancellationToken);

        string Partner(int id) => names.GetValueOrDefault(id) ?? id.ToString(CultureInfo.InvariantCulture);
        var activityRows = activities.Select((a, i) => ActivityCells(a, i + 1, Partner(a.PartnershipId), today, english)).ToList();
        var kpiRows = yearly.OrderBy(k => Partner(k.PartnershipId), StringComparer.Ordinal).ThenBy(k => k.Year)
            .Select(k => KpiCells(k, Partner(k.PartnershipId), today, english)).ToList();
        return PartnershipExport.Workbook(english,
        [
            new ExcelSheet(english ? "Activities" : ActivitiesSheetKorean, Header(ActivityHeaders, english), activityRows),
            new ExcelSheet(english ? "KPIs" : KpisSheetKorean, Header(KpiHeaders, english), kpiRows),
        ]);
    }

    private static object[] Header((string Korean, string English)[] headers, bool english) =>
        [.. headers.Select(h => (object)(english ? h.English : h.Korean))];

    private static object[] ActivityCells(Activity a, int number, string partner, DateOnly today, bool english) =>
    [
        number, partner, a.Title,
        english ? ActivityKindNames.English(a.Kind) : ActivityKindNames.Korean(a.Kind),
        english ? ActivityKindNames.English(a.Direction) : ActivityKindNames.Korean(a.Direction),
        Iso(a.HeldOn), a.EndsOn is { } end ? Iso(end) : string.Empty, a.Year,
        a.IsPlanned(today) ? (english ? "Planned" : "예정") : (english ? "Held" : "실시"),
        a.Place, FieldNames(a.Fields, english),
        a.Officials, a.Citizens, a.Students, a.Companies, a.People, a.Cost,
        a.AgreementsSigned, a.ExportContracts, a.ExportAmount, a.Visitors,
        a.OutcomeNote ?? string.Empty, a.Description ?? string.Empty,
        a.ProjectId is { } project ? project : string.Empty,
    ];

    private static object[] KpiCells(PartnershipYearKpis k, string partner, DateOnly today, bool english) =>
    [
        partner, k.Year, k.Activities, k.OutboundVisits, k.InboundVisits, k.PeopleReached, k.Cost,
        k.CostPerParticipant is { } perHead ? perHead : string.Empty,
        k.AgreementsSigned, k.ExportContracts, k.ExportAmount, k.Visitors, k.FieldCount, FieldNames(k.FieldsCovered, english),
        k.LastActivityOn is { } last ? Iso(last) : string.Empty,
        k.DaysSinceLastActivity(today) is { } days ? days : string.Empty,
    ];

    private static string FieldNames(ExchangeFields fields, bool english) =>
        string.Join(", ", ExchangeFieldNames.Split(fields).Select(f => english ? ExchangeFieldNames.English(f) : ExchangeFieldNames.Korean(f)));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
