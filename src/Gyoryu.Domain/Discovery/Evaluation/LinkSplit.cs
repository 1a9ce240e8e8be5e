using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Domain.Discovery.Evaluation;

/// <summary>A known tie taken out of the network, to be found again: candidates are ranked for <see cref="Source"/> and <see cref="Target"/> is looked for.</summary>
public sealed record HiddenLink(string Source, string Target, bool SourceIsKorean);

/// <summary>
/// The known ties split into those the rankers see and those hidden from them. Rule: distinct ties are put in a canonical order,
/// shuffled with the seed, and walked in that order; a tie is hidden while fewer than the share are hidden and both of its places
/// still keep another tie, so every hidden link joins two places the remaining network knows. The Korean end of a tie is its
/// source (the app ranks for Korean governments); otherwise the seed picks the end.
/// </summary>
public sealed class LinkSplit
{
    public const double DefaultShare = 0.1;

    public const ulong DefaultSeed = 20250101;

    private LinkSplit(IReadOnlyList<PlaceTie> remaining, IReadOnlyList<HiddenLink> hidden, double share, ulong seed, int distinctTies)
    {
        Remaining = remaining;
        Hidden = hidden;
        Share = share;
        Seed = seed;
        DistinctTies = distinctTies;
    }

    public IReadOnlyList<PlaceTie> Remaining { get; }

    public IReadOnlyList<HiddenLink> Hidden { get; }

    public double Share { get; }

    public ulong Seed { get; }

    /// <summary>Ties after duplicates (in either order) were merged.</summary>
    public int DistinctTies { get; }

    public static LinkSplit Hide(IReadOnlyList<PlaceRecord> places, IReadOnlyList<PlaceTie> ties, double share = DefaultShare, ulong seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(ties);
        if (!double.IsFinite(share) || share is <= 0 or >= 1)
        {
            throw new DomainRuleException("evaluation.share-out-of-range", "숨길 비율은 0과 1 사이여야 합니다.", "The hidden share must be between 0 and 1.", nameof(share));
        }

        var korean = new Dictionary<string, bool>(places.Count, StringComparer.Ordinal);
        foreach (var place in places)
        {
            korean[place.Id] = IsKorean(place);
        }

        var distinct = ties
            .Select(t => string.CompareOrdinal(t.A, t.B) <= 0 ? (A: t.A, B: t.B) : (A: t.B, B: t.A))
            .Where(t => t.A != t.B)
            .Distinct()
            .Order(PairOrder.Instance)
            .ToList();
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (a, b) in distinct)
        {
            KoreanOf(korean, a);
            KoreanOf(korean, b);
            degree[a] = degree.GetValueOrDefault(a) + 1;
            degree[b] = degree.GetValueOrDefault(b) + 1;
        }

        var random = new SeededRandom(seed);
        random.Shuffle(distinct);
        var wanted = (int)Math.Round(share * distinct.Count);
        var hidden = new List<HiddenLink>(wanted);
        var remaining = new List<PlaceTie>(distinct.Count - wanted);
        foreach (var (a, b) in distinct)
        {
            var flip = random.NextBool();
            if (hidden.Count < wanted && degree[a] > 1 && degree[b] > 1)
            {
                degree[a]--;
                degree[b]--;
                var (koreanA, koreanB) = (korean[a], korean[b]);
                var aIsSource = koreanA != koreanB ? koreanA : flip;
                hidden.Add(aIsSource ? new HiddenLink(a, b, koreanA) : new HiddenLink(b, a, koreanB));
            }
            else
            {
                remaining.Add(new PlaceTie(a, b));
            }
        }

        return new LinkSplit(remaining, hidden, share, seed, distinct.Count);
    }

    internal static bool IsKorean(PlaceRecord place) =>
        place.Kind == PlaceKind.Korean || string.Equals(place.CountryCode.Trim(), "KR", StringComparison.OrdinalIgnoreCase);

    private static bool KoreanOf(Dictionary<string, bool> korean, string id) =>
        korean.TryGetValue(id, out var isKorean)
            ? isKorean
            : throw new DomainRuleException("evaluation.unknown-tie-place", $"결연 자료에 알 수 없는 장소가 있습니다: {id}", $"A tie names an unknown place: {id}", "ties");

    private sealed class PairOrder : IComparer<(string A, string B)>
    {
        public static readonly PairOrder Instance = new();

        public int Compare((string A, string B) x, (string A, string B) y)
        {
            var first = string.CompareOrdinal(x.A, y.A);
            return first != 0 ? first : string.CompareOrdinal(x.B, y.B);
        }
    }
}
