using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Partners;

/// <summary>
/// What a local government says about itself when it looks for partners: its development vision, the industries it
/// leads in, the criteria it chooses partners by and the team that runs its external cooperation.
/// </summary>
public sealed class GovernmentProfile
{
    public const int MaxTextLength = 2000;

    private GovernmentProfile()
    {
        GovernmentCode = string.Empty;
        UpdatedBy = string.Empty;
    }

    public string GovernmentCode { get; private set; }

    /// <summary>Development direction and goals, e.g. 김포시's "명품 수로도시" (a global waterway city).</summary>
    public string? Vision { get; private set; }

    /// <summary>Leading industries in the government's own words (issue 3 adds a code list beside it).</summary>
    public string? KeyIndustries { get; private set; }

    /// <summary>How the government chooses partners, e.g. similar goals, complementary capabilities, economic potential.</summary>
    public string? PartnerCriteria { get; private set; }

    /// <summary>The unit in charge of partnerships, e.g. 대외협력팀.</summary>
    public string? CooperationTeam { get; private set; }

    public PartialDate? CooperationTeamSince { get; private set; }

    /// <summary>Where these facts come from (a press release, the government's plan).</summary>
    public string? Source { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static GovernmentProfile Start(string governmentCode, Stamp stamp) =>
        new() { GovernmentCode = governmentCode, UpdatedBy = stamp.By, UpdatedAt = stamp.At };

    public void Describe(
        string? vision, string? keyIndustries, string? partnerCriteria, string? cooperationTeam, PartialDate? cooperationTeamSince, string? source,
        Stamp stamp)
    {
        if (cooperationTeamSince is { } since && since.Earliest > stamp.Today)
        {
            throw new DomainRuleException(
                "profile.team-since-future", "조직 신설일은 오늘 이후일 수 없습니다.", "The team cannot have been set up in the future.", nameof(CooperationTeamSince));
        }

        // Every value is checked before any is assigned, so a refusal leaves the profile as it was.
        var checkedVision = Text(vision, nameof(Vision));
        var checkedIndustries = Text(keyIndustries, nameof(KeyIndustries));
        var checkedCriteria = Text(partnerCriteria, nameof(PartnerCriteria));
        var checkedTeam = Text(cooperationTeam, nameof(CooperationTeam));
        var checkedSource = Text(source, nameof(Source));
        Vision = checkedVision;
        KeyIndustries = checkedIndustries;
        PartnerCriteria = checkedCriteria;
        CooperationTeam = checkedTeam;
        CooperationTeamSince = cooperationTeamSince;
        Source = checkedSource;
        UpdatedBy = stamp.By;
        UpdatedAt = stamp.At;
    }

    private static string? Text(string? value, string field)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return text is { Length: > MaxTextLength }
            ? throw new DomainRuleException(
                "profile.text-too-long", $"{MaxTextLength}자 이하로 입력하세요.", $"Keep it to {MaxTextLength} characters.", field)
            : text;
    }
}
