namespace Gyoryu.Domain.Discovery.Network;

/// <summary>
/// A twinning between two places as published in a twin-town list: evidence for discovery, not a partnership anyone in
/// Gyoryu manages. Stored once per pair whatever the order or number of times the list names it.
/// </summary>
public sealed class TwinLink
{
    private TwinLink()
    {
        PlaceA = string.Empty;
        PlaceB = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The <see cref="PlaceKey"/> that sorts first.</summary>
    public string PlaceA { get; private set; }

    public string PlaceB { get; private set; }

    /// <summary>The import that first brought the link.</summary>
    public int ImportId { get; private set; }

    /// <summary>The line of that import's file.</summary>
    public int Line { get; private set; }

    public static TwinLink Between(string placeKey, string otherPlaceKey, int importId, int line)
    {
        if (placeKey == otherPlaceKey)
        {
            throw new ArgumentException("A place is not twinned with itself.", nameof(otherPlaceKey));
        }

        var (a, b) = PlaceKey.Ordered(placeKey, otherPlaceKey);
        return new TwinLink { PlaceA = a, PlaceB = b, ImportId = importId, Line = line };
    }
}
