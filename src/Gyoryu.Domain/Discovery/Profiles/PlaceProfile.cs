using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Discovery.Profiles;

/// <summary>
/// What discovery knows about a place beyond the reference tables: its industries and development goals (coded and in
/// words), whether it lies on the coast, its specialties and festivals. One per Korean local government or foreign city.
/// </summary>
public sealed class PlaceProfile
{
    public const int MaxGoalTextLength = 2000;
    public const int MaxSpecialtiesLength = 1000;
    public const int MaxFestivalsLength = 8000;
    public const int MaxSourceLength = 500;

    private PlaceProfile()
    {
        PlaceKey = string.Empty;
        UpdatedBy = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary><see cref="Discovery.PlaceKey"/> of the place, e.g. "KR-41570".</summary>
    public string PlaceKey { get; private set; }

    public PartnerKind Kind { get; private set; }

    public string? LocalGovernmentCode { get; private set; }

    public int? ForeignCityId { get; private set; }

    /// <summary>Bits of <see cref="Industry"/>.</summary>
    public ulong IndustryMask { get; private set; }

    /// <summary>Bits of <see cref="GoalTag"/>.</summary>
    public ulong GoalTagMask { get; private set; }

    /// <summary>Development goals in the place's own words, Korean or English.</summary>
    public string? GoalText { get; private set; }

    /// <summary>Null while nobody has said.</summary>
    public bool? Coastal { get; private set; }

    /// <summary>Local specialties, comma-separated: "인삼, 도자기".</summary>
    public string? Specialties { get; private set; }

    /// <summary>Festival names, one per line.</summary>
    public string? Festivals { get; private set; }

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public PartnerRef Place => new(Kind, LocalGovernmentCode, ForeignCityId);

    public IReadOnlyList<Industry> Industries => Scoring.Industries.InMask(IndustryMask).ToArray();

    public IReadOnlyList<GoalTag> GoalTags => Scoring.GoalTags.InMask(GoalTagMask).ToArray();

    public static PlaceProfile Start(PartnerRef place, Stamp stamp) =>
        new()
        {
            PlaceKey = Discovery.PlaceKey.Of(place),
            Kind = place.Kind,
            LocalGovernmentCode = place.LocalGovernmentCode,
            ForeignCityId = place.ForeignCityId,
            UpdatedBy = stamp.By,
            UpdatedAt = stamp.At,
        };

    /// <summary>Replaces everything an officer can edit; nothing changes when one value is refused.</summary>
    public void Describe(
        IEnumerable<Industry> industries, IEnumerable<GoalTag> goalTags, string? goalText, bool? coastal, string? specialties, string? festivals,
        string? source, Stamp stamp)
    {
        Industry[] industryList = [.. industries];
        GoalTag[] tagList = [.. goalTags];
        if (industryList.Any(i => !Enum.IsDefined(i)))
        {
            throw new DomainRuleException("profile.industry-unknown", "알 수 없는 산업 코드입니다.", "Unknown industry code.", "Industries");
        }

        if (tagList.Any(t => !Enum.IsDefined(t)))
        {
            throw new DomainRuleException("profile.goal-tag-unknown", "알 수 없는 발전 목표 코드입니다.", "Unknown development-goal code.", "GoalTags");
        }

        var industryMask = Scoring.Industries.Mask(industryList);
        var tagMask = Scoring.GoalTags.Mask(tagList);
        var checkedGoalText = Text(goalText, MaxGoalTextLength, nameof(GoalText));
        var checkedSpecialties = Text(NormaliseList(specialties, ", "), MaxSpecialtiesLength, nameof(Specialties));
        var checkedFestivals = Text(NormaliseList(festivals, "\n"), MaxFestivalsLength, nameof(Festivals));
        var checkedSource = Text(source, MaxSourceLength, nameof(Source));
        IndustryMask = industryMask;
        GoalTagMask = tagMask;
        GoalText = checkedGoalText;
        Coastal = coastal;
        Specialties = checkedSpecialties;
        Festivals = checkedFestivals;
        Source = checkedSource;
        UpdatedBy = stamp.By;
        UpdatedAt = stamp.At;
    }

    /// <summary>Fills specialties and festivals from reference data, but never over what an officer has written.</summary>
    public bool PrefillFromFestivals(IEnumerable<(string Festival, string? Subject)> festivals, string source)
    {
        if (Specialties is not null || Festivals is not null)
        {
            return false;
        }

        var list = festivals.ToList();
        if (list.Count == 0)
        {
            return false;
        }

        var subjects = list.Select(f => f.Subject).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal);
        Specialties = Fit(string.Join(", ", subjects), MaxSpecialtiesLength, ", ");
        Festivals = Fit(string.Join('\n', list.Select(f => f.Festival).Distinct(StringComparer.Ordinal)), MaxFestivalsLength, "\n");
        Source ??= source;
        return true;
    }

    /// <summary>Free text for the recommender's goal similarity: the goals, then specialties and festival names.</summary>
    public string? TextForMatching(string? vision = null)
    {
        var parts = new[] { vision, GoalText, Specialties, Festivals?.Replace('\n', ' ') }.Where(p => !string.IsNullOrWhiteSpace(p));
        var text = string.Join(' ', parts);
        return text.Length == 0 ? null : text;
    }

    private static string? NormaliseList(string? text, string separator)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var items = text.Split(separator == "\n" ? ['\n', '\r'] : [',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal);
        var joined = string.Join(separator, items);
        return joined.Length == 0 ? null : joined;
    }

    // Reference data may hold more than the column does: keep whole items up to the limit.
    private static string? Fit(string text, int max, string separator)
    {
        if (text.Length <= max)
        {
            return text.Length == 0 ? null : text;
        }

        var cut = text.LastIndexOf(separator, max - 1, StringComparison.Ordinal);
        return cut <= 0 ? null : text[..cut];
    }

    private static string? Text(string? value, int max, string field)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return text is not null && text.Length > max
            ? throw new DomainRuleException("profile.text-too-long", $"{max}자 이하로 입력하세요.", $"Keep it to {max} characters.", field)
            : text;
    }
}
