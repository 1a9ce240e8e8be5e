using System.Globalization;
using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Exchanges: the month calendar, the upcoming list and the recent list.</summary>
public sealed class ActivityCalendarPage(IPage page)
{
    public IPage Page => page;

    public ILocator Caption => page.Locator("#calendar caption");

    public static async Task<ActivityCalendarPage> OpenAsync(IPage page, DateOnly month)
    {
        await page.GotoAsync($"/Exchanges?month={month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        return new ActivityCalendarPage(page);
    }

    /// <summary>The links to activities shown in the calendar cell of one day.</summary>
    public ILocator ActivitiesOn(DateOnly day) =>
        page.Locator($"#calendar td[data-date='{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'] a[data-activity-id]");

    public ILocator Upcoming(int activityId) => page.Locator($"#upcoming li[data-activity-id='{activityId}']");
}
