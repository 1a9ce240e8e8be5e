using System.Globalization;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Web.Features.Discovery;

/// <summary>Display names of discovery values in the current UI culture.</summary>
public static class DiscoveryLabels
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Source(CandidateSource source) => English ? source.English() : source.Korean();

    public static string Status(CandidateStatus status) => English ? status.English() : status.Korean();

    public static string StatusCss(CandidateStatus status) => "gy-status gy-candidate-status--" + status.ToString().ToLowerInvariant();

    public static string Industry(Industry industry) => English ? industry.English() : industry.Korean();

    public static string GoalTag(GoalTag tag) => English ? tag.English() : tag.Korean();

    public static string Coastal(bool? coastal) => coastal switch
    {
        true => English ? "Coastal" : "해안",
        false => English ? "Inland" : "내륙",
        null => English ? "Unknown" : "미상",
    };

    public static string Score(double? score) => score?.ToString("0.###", CultureInfo.InvariantCulture) ?? "-";

    public static string When(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
