using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// How much each component counts. The four positive weights are normalised by their sum, so the total stays in 0..1;
/// <see cref="Concentration"/> is then subtracted, scaled by the share of the source's ties already in the candidate's country or province.
/// The defaults are what <c>WeightFitter</c> fits on the worldwide twin-town list (docs/discovery-evaluation.md), since the app ranks before
/// any import: that list has no goals or industries, so similarity and complementarity keep their earlier values (0.3, 0.25), and it
/// has no populations, so economic is fitted on distance and country closeness alone. Refit after an import.
/// </summary>
public sealed record ScoringWeights
{
    public ScoringWeights(double similarity = 0.3, double complementarity = 0.25, double economic = 0.05, double network = 0.6, double concentration = 0)
    {
        Similarity = Checked(similarity, nameof(Similarity), "발전목표 유사도");
        Complementarity = Checked(complementarity, nameof(Complementarity), "산업 보완성");
        Economic = Checked(economic, nameof(Economic), "경제협력 잠재력");
        Network = Checked(network, nameof(Network), "교류망 근거");
        Concentration = Checked(concentration, nameof(Concentration), "집중 감점");
        if (similarity + complementarity + economic + network == 0)
        {
            throw new DomainRuleException(
                "scoring.weights-all-zero",
                "유사도·보완성·경제협력·교류망 가중치 중 하나 이상은 0보다 커야 합니다.",
                "At least one of the similarity, complementarity, economic and network weights must be above zero.",
                nameof(Similarity));
        }
    }

    public static ScoringWeights Default { get; } = new();

    public double Similarity { get; }

    public double Complementarity { get; }

    public double Economic { get; }

    public double Network { get; }

    public double Concentration { get; }

    internal double PositiveSum => Similarity + Complementarity + Economic + Network;

    /// <summary>The weighted total of components; clamped at 0 so a penalty never ranks below an excluded place.</summary>
    public double Combine(double similarity, double complementarity, double economic, double network, double concentration) =>
        Math.Max(0, (((Similarity * similarity) + (Complementarity * complementarity) + (Economic * economic) + (Network * network)) / PositiveSum)
            - (Concentration * concentration));

    private static double Checked(double value, string field, string korean) =>
        double.IsFinite(value) && value is >= 0 and <= 1
            ? value
            : throw new DomainRuleException(
                "scoring.weight-out-of-range",
                $"{korean} 가중치는 0에서 1 사이여야 합니다.",
                $"The {field} weight must be between 0 and 1.",
                field);
}
