using Gyoryu.Domain.Common;
using static Gyoryu.Domain.Discovery.Scoring.Industry;

namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// Symmetric weights 0..1 saying how much two different industries complement each other.
/// The diagonal is always 0: sharing an industry counts towards similarity, not complementarity.
/// </summary>
public sealed class ComplementarityMatrix
{
    private readonly float[] weights;

    private ComplementarityMatrix(float[] weights) => this.weights = weights;

    public static ComplementarityMatrix Empty { get; } = new(new float[Industries.Count * Industries.Count]);

    /// <summary>Defaults drawn from Korea's value chains and from what sister cities actually exchange.</summary>
    public static ComplementarityMatrix Default { get; } = Empty
        .With(Semiconductors, SecondaryBatteries, 0.9)
        .With(Semiconductors, Ict, 0.85)
        .With(Semiconductors, Display, 0.8)
        .With(Semiconductors, Machinery, 0.5)
        .With(Semiconductors, Automotive, 0.6)
        .With(Semiconductors, Robotics, 0.6)
        .With(Semiconductors, Aerospace, 0.5)
        .With(Semiconductors, Education, 0.4)
        .With(SecondaryBatteries, Automotive, 0.9)
        .With(SecondaryBatteries, HydrogenEnergy, 0.7)
        .With(SecondaryBatteries, RenewableEnergy, 0.75)
        .With(SecondaryBatteries, Petrochemicals, 0.5)
        .With(Steel, Shipbuilding, 0.9)
        .With(Steel, Automotive, 0.85)
        .With(Steel, Machinery, 0.75)
        .With(Steel, Defense, 0.5)
        .With(Shipbuilding, LogisticsPort, 0.7)
        .With(Shipbuilding, Machinery, 0.6)
        .With(Shipbuilding, Fisheries, 0.4)
        .With(Shipbuilding, Defense, 0.6)
        .With(Automotive, Machinery, 0.7)
        .With(Automotive, HydrogenEnergy, 0.75)
        .With(Automotive, Robotics, 0.6)
        .With(Automotive, Petrochemicals, 0.4)
        .With(Petrochemicals, Textiles, 0.6)
        .With(Petrochemicals, Cosmetics, 0.4)
        .With(Petrochemicals, LogisticsPort, 0.5)
        .With(Petrochemicals, HydrogenEnergy, 0.5)
        .With(Ict, Finance, 0.6)
        .With(Ict, CultureContent, 0.65)
        .With(Ict, Education, 0.55)
        .With(Ict, Robotics, 0.7)
        .With(Ict, BioHealth, 0.5)
        .With(Ict, Display, 0.6)
        .With(BioHealth, Cosmetics, 0.6)
        .With(BioHealth, Education, 0.5)
        .With(BioHealth, Agriculture, 0.35)
        .With(BioHealth, FoodProcessing, 0.5)
        .With(LogisticsPort, Fisheries, 0.5)
        .With(LogisticsPort, FoodProcessing, 0.45)
        .With(LogisticsPort, Finance, 0.4)
        .With(Agriculture, FoodProcessing, 0.9)
        .With(Agriculture, Tourism, 0.6)
        .With(Agriculture, Forestry, 0.5)
        .With(Agriculture, BioHealth, 0.35)
        .With(Fisheries, FoodProcessing, 0.8)
        .With(Fisheries, Tourism, 0.5)
        .With(FoodProcessing, Tourism, 0.5)
        .With(Tourism, CultureContent, 0.8)
        .With(Tourism, Waterways, 0.8)
        .With(Tourism, Sports, 0.6)
        .With(Tourism, Forestry, 0.4)
        .With(CultureContent, Education, 0.5)
        .With(CultureContent, Cosmetics, 0.45)
        .With(CultureContent, Sports, 0.4)
        .With(HydrogenEnergy, RenewableEnergy, 0.8)
        .With(HydrogenEnergy, LogisticsPort, 0.5)
        .With(RenewableEnergy, Forestry, 0.3)
        .With(Aerospace, Machinery, 0.7)
        .With(Aerospace, Defense, 0.8)
        .With(Aerospace, Ict, 0.5)
        .With(Textiles, Cosmetics, 0.3)
        .With(Textiles, CultureContent, 0.35)
        .With(Machinery, Robotics, 0.8)
        .With(Machinery, Defense, 0.5)
        .With(Waterways, LogisticsPort, 0.5)
        .With(Waterways, CultureContent, 0.5)
        .With(Education, Finance, 0.3)
        .With(Display, Robotics, 0.4);

    /// <summary>How much <paramref name="a"/> and <paramref name="b"/> complement each other, 0..1; 0 for the same industry.</summary>
    public double Weight(Industry a, Industry b) => weights[Cell((int)a, (int)b)];

    /// <summary>A copy with one symmetric entry replaced, so defaults can be tuned per deployment.</summary>
    public ComplementarityMatrix With(Industry a, Industry b, double weight)
    {
        if (!double.IsFinite(weight) || weight is < 0 or > 1)
        {
            throw new DomainRuleException(
                "scoring.complementarity-out-of-range",
                $"산업 보완 가중치는 0에서 1 사이여야 합니다: {a.Korean()}–{b.Korean()}",
                $"An industry complementarity weight must be between 0 and 1: {a.English()}–{b.English()}",
                "weight");
        }

        if (a == b)
        {
            throw new DomainRuleException(
                "scoring.complementarity-same-industry",
                $"같은 산업({a.Korean()})은 보완이 아니라 유사도로 계산합니다.",
                $"The same industry ({a.English()}) counts as similarity, not complementarity.",
                "industry");
        }

        var copy = (float[])weights.Clone();
        copy[Cell((int)a, (int)b)] = (float)weight;
        copy[Cell((int)b, (int)a)] = (float)weight;
        return new ComplementarityMatrix(copy);
    }

    /// <summary>For each industry j: the best weight between j and any other industry of <paramref name="sourceMask"/>.</summary>
    internal void BestAgainst(ulong sourceMask, Span<float> best)
    {
        best.Clear();
        var mask = sourceMask;
        while (mask != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            if (i >= Industries.Count)
            {
                continue;
            }

            var row = weights.AsSpan(i * Industries.Count, Industries.Count);
            for (var j = 0; j < Industries.Count; j++)
            {
                if (row[j] > best[j])
                {
                    best[j] = row[j];
                }
            }
        }
    }

    private static int Cell(int a, int b) => (a * Industries.Count) + b;
}
