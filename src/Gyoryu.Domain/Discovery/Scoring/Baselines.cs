using System.Globalization;
using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// A one-number ranker for evaluation: the same filters, exclusions, tie order and heap as the recommender, but a naive score.
/// Totals are on each baseline's own scale; components are left at zero.
/// </summary>
public abstract class BaselineRanker : ICandidateRanker
{
    protected BaselineRanker(PlaceIndex index) => Index = index;

    public abstract string Name { get; }

    protected PlaceIndex Index { get; }

    /// <summary>Korean label for the reason line, e.g. "후보 연결 수".</summary>
    protected abstract string KoreanLabel { get; }

    public IReadOnlyList<Recommendation> Rank(string sourcePlaceId, RankingFilter filter, ScoringWeights weights, int top)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (top < 1)
        {
            throw new DomainRuleException("scoring.top-out-of-range", "추천 개수는 1 이상이어야 합니다.", "At least one recommendation must be asked for.", "top");
        }

        var source = Index.IndexOf(sourcePlaceId);
        var partners = new ulong[(Index.Count + 63) >> 6];
        foreach (var partner in Index.Neighbours(source))
        {
            partners[partner >> 6] |= 1UL << partner;
        }

        var allowed = filter.AllowedCountries(Index, source);
        var min = filter.MinPopulation ?? long.MinValue;
        var max = filter.MaxPopulation ?? long.MaxValue;
        var heap = new TopN(top);
        var state = Prepare(source, partners);
        for (var c = 0; c < Index.Count; c++)
        {
            var population = Index.Population(c);
            if (c == source || (partners[c >> 6] & (1UL << c)) != 0 || !allowed[Index.CountryOf(c)] || population < min || population > max
                || !filter.SuitsFields(Index.IndustryMask(c), Index.GoalTagMask(c)))
            {
                continue;
            }

            heap.Offer(Score(source, c, state, partners), c);
        }

        return heap.DrainBestFirst()
            .Select((x, k) => new Recommendation(
                Index.Id(x.Place), x.Place, k + 1, x.Score, ComponentScores.None,
                $"기준선: {KoreanLabel} {x.Score.ToString("0.###", CultureInfo.InvariantCulture)}"))
            .ToList();
    }

    /// <summary>Per-source state (e.g. a country prior); null when the baseline needs none.</summary>
    protected virtual double[]? Prepare(int source, ulong[] partners) => null;

    protected abstract double Score(int source, int candidate, double[]? state, ulong[] partners);
}

/// <summary>Uniformly random but reproducible: the same seed, source and candidate always give the same score.</summary>
public sealed class RandomRanker(PlaceIndex index, ulong seed = 20240601) : BaselineRanker(index)
{
    public override string Name => "random";

    protected override string KoreanLabel => "무작위";

    protected override double Score(int source, int candidate, double[]? state, ulong[] partners)
    {
        // SplitMix64 of (seed, source, candidate) mapped to [0, 1).
        var z = seed + ((ulong)source * 0x9E3779B97F4A7C15UL) + ((ulong)candidate * 0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}

/// <summary>Popular places first: how many partners the candidate already has.</summary>
public sealed class DegreeRanker(PlaceIndex index) : BaselineRanker(index)
{
    public override string Name => "degree";

    protected override string KoreanLabel => "후보 연결 수";

    protected override double Score(int source, int candidate, double[]? state, ulong[] partners) => Index.Degree(candidate);
}

/// <summary>P(candidate's country | source's country), Laplace-smoothed, times (1 + the candidate's degree).</summary>
public sealed class CountryPriorDegreeRanker(PlaceIndex index) : BaselineRanker(index)
{
    public override string Name => "country-prior-degree";

    protected override string KoreanLabel => "국가쌍 사전확률×연결 수";

    protected override double[] Prepare(int source, ulong[] partners)
    {
        var from = Index.CountryOf(source);
        var row = Enumerable.Range(0, Index.CountryCount).Select(c => (double)Index.CountryTies(from, c)).ToArray();
        var total = row.Sum();
        return row.Select(ties => (ties + 1) / (total + row.Length)).ToArray();
    }

    protected override double Score(int source, int candidate, double[]? state, ulong[] partners) =>
        state![Index.CountryOf(candidate)] * (1 + Index.Degree(candidate));
}

/// <summary>Partners of partners: how many partners the source and the candidate share.</summary>
public sealed class CommonNeighboursRanker(PlaceIndex index) : BaselineRanker(index)
{
    public override string Name => "common-neighbours";

    protected override string KoreanLabel => "공통 협력 도시 수";

    protected override double Score(int source, int candidate, double[]? state, ulong[] partners)
    {
        var common = 0;
        foreach (var z in Index.Neighbours(candidate))
        {
            common += (partners[z >> 6] & (1UL << z)) != 0 ? 1 : 0;
        }

        return common;
    }
}
