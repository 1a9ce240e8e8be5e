namespace Gyoryu.Domain.Partnerships;

/// <summary>Who records a change, and when.</summary>
public readonly record struct Stamp(string By, DateTimeOffset At)
{
    private static readonly TimeSpan KoreaOffset = TimeSpan.FromHours(9);

    /// <summary>Today's date in Korea, against which "not in the future" is judged.</summary>
    public DateOnly Today => KoreaDate(At);

    /// <summary>The calendar day in Korea at the given instant.</summary>
    public static DateOnly KoreaDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(KoreaOffset).DateTime);
}
