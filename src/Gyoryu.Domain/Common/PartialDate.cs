using System.Globalization;

namespace Gyoryu.Domain.Common;

/// <summary>
/// A date known to the day, the month or only the year: many historic agreements are reported as "April 2023" or "2006".
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can stand for.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can stand for.</summary>
    public DateOnly Latest => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : Month is not null
            ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
            : new DateOnly(Year, 12, 31);

    public static PartialDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static PartialDate OfMonth(int year, int month)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), "Year or month out of range.");
        }

        return new(year, month, null);
    }

    public static PartialDate OfYear(int year) =>
        year is < 1900 or > 2200 ? throw new ArgumentOutOfRangeException(nameof(year)) : new(year, null, null);

    /// <summary>Parses "2006", "2023-04" or "2024-05-14".</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !parts.All(p => p.All(char.IsAsciiDigit) && p.Length > 0) || parts.Skip(1).Any(p => p.Length > 2))
        {
            return false;
        }

        if (parts[0].Length != 4)
        {
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            date = new PartialDate(year, null, null);
            return true;
        }

        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            date = new PartialDate(year, month, null);
            return true;
        }

        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"Not a partial date: '{text}'.");

    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest) is var c and not 0 ? c : Latest.CompareTo(other.Latest);

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>"2024년 5월 14일", "2023년 4월", "2006년"; English: "14 May 2024", "April 2023", "2006".</summary>
    public string ToDisplayString(CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        return Precision switch
        {
            DatePrecision.Day => english ? Earliest.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : $"{Year}년 {Month}월 {Day}일",
            DatePrecision.Month => english ? Earliest.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : $"{Year}년 {Month}월",
            _ => english ? Year.ToString(CultureInfo.InvariantCulture) : $"{Year}년",
        };
    }
}

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
