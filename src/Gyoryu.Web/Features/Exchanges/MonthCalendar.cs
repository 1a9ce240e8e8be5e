using System.Globalization;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>One month as weeks of seven days from Sunday, each day with the activities running on it.</summary>
public sealed class MonthCalendar
{
    private MonthCalendar(DateOnly first, IReadOnlyList<IReadOnlyList<CalendarDay>> weeks)
    {
        First = first;
        Weeks = weeks;
    }

    /// <summary>The first day of the month.</summary>
    public DateOnly First { get; }

    public IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks { get; }

    /// <summary>The first day shown: the Sunday on or before the 1st.</summary>
    public DateOnly GridStart => Weeks[0][0].Date;

    public DateOnly GridEnd => Weeks[^1][^1].Date;

    public string Key => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string PreviousKey => First.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string NextKey => First.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"2026-12" to its first day; anything else is the month of <paramref name="today"/>.</summary>
    public static DateOnly MonthOf(string? key, DateOnly today) =>
        DateOnly.TryParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) && first.Year is >= 1950 and <= 2100
            ? first
            : new DateOnly(today.Year, today.Month, 1);

    /// <summary>The grid of days around the month of <paramref name="first"/>; the rows only place what touches the grid.</summary>
    public static (DateOnly Start, DateOnly End) GridOf(DateOnly first)
    {
        var start = first.AddDays(-(int)first.DayOfWeek);
        var last = first.AddMonths(1).AddDays(-1);
        var end = last.AddDays(6 - (int)last.DayOfWeek);
        return (start, end);
    }

    public static MonthCalendar Build(DateOnly first, IReadOnlyList<ActivityRow> activities, DateOnly today)
    {
        var (start, end) = GridOf(first);
        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var weekStart = start; weekStart <= end; weekStart = weekStart.AddDays(7))
        {
            weeks.Add(Enumerable.Range(0, 7).Select(i =>
            {
                var day = weekStart.AddDays(i);
                return new CalendarDay(day, day.Month == first.Month, day == today, activities.Where(a => a.IsOn(day)).ToList());
            }).ToList());
        }

        return new MonthCalendar(first, weeks);
    }
}

public sealed record CalendarDay(DateOnly Date, bool InMonth, bool IsToday, IReadOnlyList<ActivityRow> Activities);
