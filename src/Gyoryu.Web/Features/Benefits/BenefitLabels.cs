using System.Globalization;
using Gyoryu.Domain.Partners;

namespace Gyoryu.Web.Features.Benefits;

/// <summary>Display names of benefit categories and periods in the current UI culture.</summary>
public static class BenefitLabels
{
    public static readonly IReadOnlyList<BenefitCategory> Categories = Enum.GetValues<BenefitCategory>();

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Category(BenefitCategory category) => English ? category switch
    {
        BenefitCategory.Facility => "Public facilities",
        BenefitCategory.Festival => "Festivals & events",
        BenefitCategory.Lodging => "Lodging & tourism",
        _ => "Other",
    } : category switch
    {
        BenefitCategory.Facility => "시설 이용",
        BenefitCategory.Festival => "축제·행사",
        BenefitCategory.Lodging => "숙박·관광",
        _ => "기타",
    };

    /// <summary>"상시", "2026년 1월 1일부터", "2026년 12월 31일까지" or both ends.</summary>
    public static string Period(DateOnly? from, DateOnly? until) => (from, until) switch
    {
        (null, null) => English ? "Ongoing" : "상시",
        ({ } f, null) => English ? $"From {Labels.Date(f)}" : $"{Labels.Date(f)}부터",
        (null, { } u) => English ? $"Until {Labels.Date(u)}" : $"{Labels.Date(u)}까지",
        ({ } f, { } u) => $"{Labels.Date(f)} ~ {Labels.Date(u)}",
    };
}
