namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>A place's industries as bit positions, so that all of them fit in one 64-bit mask (see <see cref="Industries"/>).</summary>
public enum Industry : byte
{
    Semiconductors = 0,
    SecondaryBatteries = 1,
    Steel = 2,
    Shipbuilding = 3,
    Automotive = 4,
    Petrochemicals = 5,
    Ict = 6,
    BioHealth = 7,
    LogisticsPort = 8,
    Agriculture = 9,
    Fisheries = 10,
    FoodProcessing = 11,
    Tourism = 12,
    CultureContent = 13,
    HydrogenEnergy = 14,
    RenewableEnergy = 15,
    Aerospace = 16,
    Textiles = 17,
    Machinery = 18,

    /// <summary>Canal or waterfront city (운하·수변도시).</summary>
    Waterways = 19,
    Education = 20,
    Finance = 21,
    Robotics = 22,
    Defense = 23,
    Display = 24,
    Cosmetics = 25,
    Sports = 26,
    Forestry = 27,
}

/// <summary>Labels and mask helpers for <see cref="Industry"/>.</summary>
public static class Industries
{
    /// <summary>Number of defined industries; every bit position is below this.</summary>
    public const int Count = 28;

    private static readonly string[] KoreanLabels =
    [
        "반도체", "이차전지", "철강", "조선", "자동차", "석유화학", "정보통신", "바이오헬스", "물류·항만", "농업",
        "수산업", "식품가공", "관광", "문화콘텐츠", "수소에너지", "신재생에너지", "항공우주", "섬유", "기계", "수변·운하",
        "교육", "금융", "로봇", "방위산업", "디스플레이", "화장품", "스포츠", "임업",
    ];

    private static readonly string[] EnglishLabels =
    [
        "Semiconductors", "Secondary batteries", "Steel", "Shipbuilding", "Automotive", "Petrochemicals", "ICT", "Bio-health",
        "Logistics & ports", "Agriculture", "Fisheries", "Food processing", "Tourism", "Culture & content", "Hydrogen energy",
        "Renewable energy", "Aerospace", "Textiles", "Machinery", "Canals & waterfronts", "Education", "Finance", "Robotics",
        "Defence", "Displays", "Cosmetics", "Sports", "Forestry",
    ];

    public static IReadOnlyList<Industry> All { get; } = Enumerable.Range(0, Count).Select(i => (Industry)i).ToArray();

    public static string Korean(this Industry industry) => KoreanLabels[(int)industry];

    public static string English(this Industry industry) => EnglishLabels[(int)industry];

    public static ulong Bit(this Industry industry) => 1UL << (int)industry;

    public static ulong Mask(params ReadOnlySpan<Industry> industries)
    {
        ulong mask = 0;
        foreach (var industry in industries)
        {
            mask |= industry.Bit();
        }

        return mask;
    }

    public static IEnumerable<Industry> InMask(ulong mask)
    {
        for (var i = 0; i < Count; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                yield return (Industry)i;
            }
        }
    }
}
