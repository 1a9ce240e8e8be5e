using System.Globalization;
using Gyoryu.Domain.Performance;

namespace Gyoryu.Web.Features.Performance;

/// <summary>KPI values as the pages show them, in the current UI culture.</summary>
public static class KpiFormat
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>"1,234,000원" (English: "KRW 1,234,000").</summary>
    public static string Money(long amount) => English
        ? string.Create(CultureInfo.InvariantCulture, $"KRW {amount:N0}")
        : string.Create(CultureInfo.InvariantCulture, $"{amount:N0}원");

    public static string Money(long? amount) => amount is { } a ? Money(a) : "-";

    /// <summary>"우리 3 : 상대 2": our delegations to the partner against theirs to us.</summary>
    public static string Balance(int outbound, int inbound) => English
        ? string.Create(CultureInfo.InvariantCulture, $"Us {outbound} : Partner {inbound}")
        : string.Create(CultureInfo.InvariantCulture, $"우리 {outbound} : 상대 {inbound}");

    public static string Balance(PartnershipYearKpis kpis) => Balance(kpis.OutboundVisits, kpis.InboundVisits);

    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"수출 2건 150,000,000원 · 협약 1건"; "-" when there was none.</summary>
    public static string Outcomes(PartnershipYearKpis kpis) => kpis is { ExportContracts: 0, ExportAmount: 0, AgreementsSigned: 0 } ? "-" : English
        ? string.Create(CultureInfo.InvariantCulture, $"{kpis.ExportContracts} export contracts, {Money(kpis.ExportAmount)} · {kpis.AgreementsSigned} agreements")
        : string.Create(CultureInfo.InvariantCulture, $"수출 {kpis.ExportContracts}건 {Money(kpis.ExportAmount)} · 협약 {kpis.AgreementsSigned}건");

    public static string Fields(PartnershipYearKpis kpis) => kpis.FieldCount == 0
        ? "-"
        : string.Create(CultureInfo.InvariantCulture, $"{kpis.FieldCount} ({Labels.Fields(kpis.FieldsCovered)})");

    public static string Days(int? days) => days is not { } d ? "-" : English
        ? string.Create(CultureInfo.InvariantCulture, $"{d:N0} days")
        : string.Create(CultureInfo.InvariantCulture, $"{d:N0}일");

    public static string Evidence(DormancyFinding finding) => English ? finding.EvidenceEnglish : finding.EvidenceKorean;
}
