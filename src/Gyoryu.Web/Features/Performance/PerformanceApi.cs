using System.Globalization;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Infrastructure;
using Gyoryu.Web.Infrastructure.Errors;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gyoryu.Web.Features.Performance;

/// <summary>KPIs, dormancy, yearly evaluations and public feedback.</summary>
public static class PerformanceApi
{
    public static IServiceCollection AddPerformance(this IServiceCollection services)
    {
        services.AddScoped<KpiQueries>();
        services.AddScoped<PerformanceQueries>();
        services.AddScoped<PerformanceExport>();
        services.AddOptions<GyoryuOptions>()
            .Validate(o => o.DormancyMonths >= 1, "Gyoryu:DormancyMonths must be at least 1.")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapPerformanceApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/partnerships/{id:int}/kpis", PartnershipKpis).WithTags("Performance").WithName("GetPartnershipKpis");
        var governments = endpoints.MapGroup("/api/local-governments/{code}").WithTags("Performance");
        governments.MapGet("/kpis", GovernmentKpis).WithName("GetGovernmentKpis");
        governments.MapGet("/dormant", Dormant).WithName("GetDormantPartnerships");
        governments.MapGet("/activities.xlsx", ExportExcel).WithName("ExportActivitiesExcel");
        // The /Performance page's download: the acting officer's government.
        endpoints.MapGet("/Performance/Export", ExportForOfficer).WithTags("Performance").WithName("ExportPerformanceExcel");
        return endpoints;
    }

    public static async Task<Results<Ok<PartnershipKpisResponse>, NotFound>> PartnershipKpis(int id, PerformanceQueries queries, CancellationToken cancellationToken)
    {
        var report = await queries.PartnershipAsync(id, null, withFields: false, cancellationToken);
        return report is null ? TypedResults.NotFound() : TypedResults.Ok(PartnershipKpisResponse.From(report));
    }

    public static async Task<IResult> GovernmentKpis(string code, int? year, PerformanceQueries queries, CancellationToken cancellationToken)
    {
        if (InvalidYear(year) is { } invalid)
        {
            return invalid;
        }

        var overview = await queries.GovernmentAsync(code, year, cancellationToken);
        return overview is null ? TypedResults.NotFound() : TypedResults.Ok(GovernmentKpisResponse.From(overview));
    }

    public static async Task<Results<Ok<IReadOnlyList<DormantTieResponse>>, NotFound>> Dormant(string code, PerformanceQueries queries, CancellationToken cancellationToken)
    {
        var overview = await queries.GovernmentAsync(code, null, cancellationToken);
        return overview is null
            ? TypedResults.NotFound()
            : TypedResults.Ok<IReadOnlyList<DormantTieResponse>>([.. overview.Dormant.Select(DormantTieResponse.From)]);
    }

    public static async Task<IResult> ExportExcel(
        string code, int? year, PerformanceQueries queries, PerformanceExport export, Data.GyoryuDbContext db, CancellationToken cancellationToken)
    {
        if (InvalidYear(year) is { } invalid)
        {
            return invalid;
        }

        if (!await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.LocalGovernments.Where(g => g.Code == code), cancellationToken))
        {
            return TypedResults.Problem(ErrorSetup.Titles.NotFound, statusCode: StatusCodes.Status404NotFound);
        }

        var bytes = await export.ToExcelAsync(code, year, queries.Today, CultureInfo.CurrentUICulture, cancellationToken);
        return TypedResults.File(bytes, Partnerships.PartnershipExport.ExcelContentType, PerformanceExport.FileName(code, year));
    }

    public static Task<IResult> ExportForOfficer(
        int? year, CurrentOfficer officer, PerformanceQueries queries, PerformanceExport export, Data.GyoryuDbContext db, CancellationToken cancellationToken) =>
        ExportExcel(officer.GovernmentCode, year, queries, export, db, cancellationToken);

    private static IResult? InvalidYear(int? year) => year is null or (>= 1950 and <= 2100)
        ? null
        : TypedResults.ValidationProblem(
            new Dictionary<string, string[]>
            {
                ["year"] = [CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "The year must be between 1950 and 2100." : "연도는 1950년부터 2100년 사이여야 합니다."],
            },
            title: ErrorSetup.Titles.Invalid);
}

/// <summary>One year's KPIs with the derived values, as the API gives them.</summary>
public sealed record KpiResponse(
    int PartnershipId, int Year, int Activities, int OutboundVisits, int InboundVisits, double? VisitBalance,
    int PeopleReached, int Officials, int Citizens, int Students, int Companies,
    long BudgetExecuted, long? CostPerParticipant, int AgreementsSigned, int ExportContracts, long ExportAmount, int Visitors,
    IReadOnlyList<ExchangeFields> FieldsCovered, int FieldCount, DateOnly? LastActivityOn, int? DaysSinceLastActivity)
{
    public static KpiResponse From(PartnershipYearKpis k, DateOnly today) => new(
        k.PartnershipId, k.Year, k.Activities, k.OutboundVisits, k.InboundVisits, k.VisitBalance,
        k.PeopleReached, k.Officials, k.Citizens, k.Students, k.Companies,
        k.Cost, k.CostPerParticipant, k.AgreementsSigned, k.ExportContracts, k.ExportAmount, k.Visitors,
        [.. ExchangeFieldNames.Split(k.FieldsCovered)], k.FieldCount, k.LastActivityOn, k.DaysSinceLastActivity(today));
}

/// <summary>Why a tie looks dormant: the evidence in both languages and the dates behind it.</summary>
public sealed record DormancyResponse(
    DateOnly QuietSince, DateOnly? LastActivityOn, string? LastActivityTitle, int QuietMonths, int ThresholdMonths, string EvidenceKorean, string EvidenceEnglish)
{
    public static DormancyResponse? From(DormancyFinding? f) => f is null
        ? null
        : new(f.QuietSince, f.LastActivityOn, f.LastActivityTitle, f.QuietMonths, f.ThresholdMonths, f.EvidenceKorean, f.EvidenceEnglish);
}

public sealed record PartnershipKpisResponse(int PartnershipId, DateOnly AsOf, IReadOnlyList<KpiResponse> Years, DormancyResponse? Dormancy)
{
    public static PartnershipKpisResponse From(PartnershipKpiReport report) =>
        new(report.Partnership.Id, report.Today, [.. report.Years.Select(k => KpiResponse.From(k, report.Today))], DormancyResponse.From(report.Dormancy));
}

public sealed record GovernmentKpiRow(
    int PartnershipId, string PartnerNameKo, string PartnerNameEn, PartnershipType Type, PartnershipStatus Status,
    KpiResponse Kpis, DateOnly? LastActivityOn, int? DaysSinceLastActivity, DormancyResponse? Dormancy);

public sealed record GovernmentKpisResponse(
    string GovernmentCode, int Year, DateOnly AsOf, int Activities, int PeopleReached, long BudgetExecuted, long ExportAmount,
    IReadOnlyList<GovernmentKpiRow> Partnerships)
{
    public static GovernmentKpisResponse From(GovernmentPerformance g) => new(
        g.GovernmentCode, g.Year, g.Today, g.Activities, g.PeopleReached, g.BudgetExecuted, g.ExportAmount,
        [.. g.Partnerships.Select(p => new GovernmentKpiRow(
            p.Partnership.Id, p.Partnership.PartnerNameKo, p.Partnership.PartnerNameEn, p.Partnership.Type, p.Partnership.Status,
            KpiResponse.From(p.Kpis, g.Today), p.LastActivity?.HeldOn, p.DaysSinceLastActivity(g.Today), DormancyResponse.From(p.Dormancy)))]);
}

public sealed record DormantTieResponse(int PartnershipId, string PartnerNameKo, string PartnerNameEn, PartnershipStatus Status, DormancyResponse Dormancy)
{
    public static DormantTieResponse From(PartnershipPerformance p) =>
        new(p.Partnership.Id, p.Partnership.PartnerNameKo, p.Partnership.PartnerNameEn, p.Partnership.Status, DormancyResponse.From(p.Dormancy)!);
}
