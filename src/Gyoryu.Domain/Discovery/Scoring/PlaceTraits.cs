namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// What the recommender's first look at a candidate needs, packed into one 64-bit word per place so the scan reads 8 bytes instead
/// of five columns: industries (bits 0–27), goal tags (28–47), a size band (48–50), has goal tokens (51).
/// A mask with bits beyond the defined codes is saturated, so an overlap that the full masks have is never missed.
/// </summary>
internal static class PlaceTraits
{
    public const int SizeBands = 8;

    public const ulong IndustryBits = (1UL << Industries.Count) - 1;

    public const int TagShift = Industries.Count;

    public const ulong TagBits = ((1UL << GoalTags.Count) - 1) << TagShift;

    public const int SizeShift = TagShift + GoalTags.Count;

    public const ulong HasTokens = 1UL << (SizeShift + 3);

    public static ulong Pack(ulong industries, ulong tags, float sizeScore, bool hasTokens) =>
        Masks(industries, tags)
        | ((ulong)SizeBand(sizeScore) << SizeShift)
        | (hasTokens ? HasTokens : 0);

    /// <summary>The industry and tag fields alone, for the source's side of the overlap test.</summary>
    public static ulong Masks(ulong industries, ulong tags) =>
        ((industries & ~IndustryBits) != 0 ? IndustryBits : industries)
        | (((tags & ~((1UL << GoalTags.Count) - 1)) != 0 ? (1UL << GoalTags.Count) - 1 : tags) << TagShift);

    /// <summary>Band b holds size scores in [b/8, (b+1)/8]; scores lie in 0..1.</summary>
    public static int SizeBand(float sizeScore) => Math.Clamp((int)(sizeScore * SizeBands), 0, SizeBands - 1);

    public static int SizeBand(ulong traits) => (int)(traits >> SizeShift) & (SizeBands - 1);

    public static double SizeBandLow(int band) => (double)band / SizeBands;

    public static double SizeBandHigh(int band) => (double)(band + 1) / SizeBands;
}
