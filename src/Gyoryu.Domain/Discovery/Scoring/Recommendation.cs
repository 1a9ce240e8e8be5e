namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>Each component 0..1 before weighting; <see cref="Concentration"/> is the penalty's share (0 = no concentration).</summary>
public sealed record ComponentScores(double Similarity, double Complementarity, double Economic, double Network, double Concentration)
{
    public static ComponentScores None { get; } = new(0, 0, 0, 0, 0);
}

public enum ConcentrationScope
{
    Country,
    Region,
}

/// <summary>The source already has many ties in the candidate's country or province.</summary>
public sealed record ConcentrationWarning(ConcentrationScope Scope, string Name, int ExistingTies, double Share, string Korean, string English);

/// <param name="Index">The place's index in <see cref="PlaceIndex"/>.</param>
/// <param name="Reason">One line in Korean naming the strongest component(s).</param>
public sealed record Recommendation(
    string PlaceId,
    int Index,
    int Rank,
    double Total,
    ComponentScores Components,
    string Reason,
    ConcentrationWarning? Warning = null);

/// <summary>Anything that ranks candidate partners for a place: the recommender, its LINQ twin, and the evaluation baselines.</summary>
public interface ICandidateRanker
{
    string Name { get; }

    /// <summary>The best <paramref name="top"/> candidates, best first; the source and its existing partners never appear.</summary>
    IReadOnlyList<Recommendation> Rank(string sourcePlaceId, RankingFilter filter, ScoringWeights weights, int top);
}
