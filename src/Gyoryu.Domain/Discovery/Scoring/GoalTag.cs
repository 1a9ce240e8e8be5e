namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>A fixed vocabulary of development-goal tags, as bit positions of a 64-bit mask (see <see cref="GoalTags"/>).</summary>
public enum GoalTag : byte
{
    SmartCity = 0,
    CarbonNeutral = 1,
    Tourism = 2,
    Waterfront = 3,
    AdvancedIndustry = 4,
    Agriculture = 5,
    Maritime = 6,
    CultureArts = 7,
    Education = 8,
    Youth = 9,
    AgeFriendly = 10,
    Logistics = 11,
    InternationalExchange = 12,
    Sports = 13,
    HealthCare = 14,
    Environment = 15,
    Heritage = 16,
    UrbanRegeneration = 17,
    Startups = 18,
    Energy = 19,
}

public static class GoalTags
{
    public const int Count = 20;

    private static readonly string[] KoreanLabels =
    [
        "스마트시티", "탄소중립", "관광", "수변·수로도시", "첨단산업", "농업", "해양", "문화예술", "교육", "청년",
        "고령친화", "물류", "국제교류", "스포츠", "보건의료", "환경", "역사문화유산", "도시재생", "창업", "에너지",
    ];

    private static readonly string[] EnglishLabels =
    [
        "Smart city", "Carbon neutrality", "Tourism", "Waterfront & canal city", "Advanced industry", "Agriculture", "Maritime",
        "Culture & arts", "Education", "Youth", "Age-friendly", "Logistics", "International exchange", "Sports", "Health care",
        "Environment", "Heritage", "Urban regeneration", "Start-ups", "Energy",
    ];

    public static IReadOnlyList<GoalTag> All { get; } = Enumerable.Range(0, Count).Select(i => (GoalTag)i).ToArray();

    public static string Korean(this GoalTag tag) => KoreanLabels[(int)tag];

    public static string English(this GoalTag tag) => EnglishLabels[(int)tag];

    public static ulong Bit(this GoalTag tag) => 1UL << (int)tag;

    public static ulong Mask(params ReadOnlySpan<GoalTag> tags)
    {
        ulong mask = 0;
        foreach (var tag in tags)
        {
            mask |= tag.Bit();
        }

        return mask;
    }

    public static IEnumerable<GoalTag> InMask(ulong mask)
    {
        for (var i = 0; i < Count; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                yield return (GoalTag)i;
            }
        }
    }
}
