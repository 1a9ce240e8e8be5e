using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Domain.Tests.Discovery.Evaluation;

/// <summary>Small networks whose structure a good ranker can see and a random one cannot.</summary>
internal static class EvaluationFixtures
{
    /// <summary>
    /// Countries twin in fixed pairs (KR–JP, DE–FR, US–CN); within a pair, town i of one country twins with towns i-1..i+1 of the other,
    /// and towns are laid out along a line, so common partners, the country prior and distance all point at the hidden partner.
    /// </summary>
    public static (List<PlaceRecord> Places, List<PlaceTie> Ties) Banded(int townsPerCountry = 30)
    {
        (string A, string B, double Lat, double Lng)[] pairs = [("KR", "JP", 36, 128), ("DE", "FR", 49, 6), ("US", "CN", 35, -100)];
        var places = new List<PlaceRecord>();
        var ties = new List<PlaceTie>();
        foreach (var (a, b, lat, lng) in pairs)
        {
            for (var i = 0; i < townsPerCountry; i++)
            {
                places.Add(new PlaceRecord($"{a}{i}", a == "KR" ? PlaceKind.Korean : PlaceKind.Foreign, a, string.Empty, 0, lat, lng + (i * 0.2)));
                places.Add(new PlaceRecord($"{b}{i}", PlaceKind.Foreign, b, string.Empty, 0, lat + 2, lng + (i * 0.2)));
            }

            for (var i = 0; i < townsPerCountry; i++)
            {
                for (var j = Math.Max(0, i - 1); j <= Math.Min(townsPerCountry - 1, i + 1); j++)
                {
                    ties.Add(new PlaceTie($"{a}{i}", $"{b}{j}"));
                }
            }
        }

        return (places, ties);
    }

    public static PlaceRecord Place(string id, string country = "JP") =>
        new(id, country == "KR" ? PlaceKind.Korean : PlaceKind.Foreign, country, string.Empty, 0, 35, 135);
}
